"""The package shows the flow: imports run down the stages only, and no module imports itself back."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "sitbrief"
# Rank of each stage: a module may import its own stage or a lower one, never a higher one, and
# never a different stage of the same rank (siblings stay independent).
RANKS = {
    "core": 0, "text": 0, "geo": 0,
    "facts": 1,
    "read": 2,
    "extract": 3, "layout": 3,
    "compose": 4,
    "render": 5,
    "run": 6,
    "cli": 7,
}


def module_name(path: Path) -> str:
    """Return the dotted module name of a file under src/."""
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> set[str]:
    """Return every sitbrief module `path` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.split(".")[0] == "sitbrief"}


def graph() -> dict[str, set[str]]:
    """Return the import graph of the package, restricted to modules that exist."""
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in imported_modules(path) if m in files and m != name} for name, path in files.items()}


def stage(module: str) -> str | None:
    """Return the stage folder a module belongs to (None for the package root)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def upward_imports(edges: dict[str, set[str]]) -> list[str]:
    """Return 'a -> b' for every import of a higher stage or of a sibling stage."""
    bad = []
    for source, targets in edges.items():
        here = stage(source)
        if here is None or here == "__main__":
            continue
        for target in targets:
            there = stage(target)
            if there is None:
                if target != "sitbrief":
                    bad.append(f"{source} -> {target}")
                continue
            if there != here and RANKS[there] >= RANKS[here]:
                bad.append(f"{source} -> {target}")
    return sorted(bad)


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """Return one import circle as a list of modules, or None."""
    state: dict[str, int] = {}
    trail: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        trail.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return trail[trail.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        state[node] = 2
        trail.pop()
        return None

    for node in sorted(edges):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_every_stage_folder_has_a_rank_and_a_docstring():
    folders = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())
    assert set(folders) == set(RANKS) - {"__pycache__"}
    for name in folders:
        tree = ast.parse((PACKAGE / name / "__init__.py").read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{name}/__init__.py has no docstring saying what goes in and out"


def test_imports_only_go_down_the_flow():
    assert upward_imports(graph()) == []


def test_no_import_circles():
    assert find_cycle(graph()) is None


@pytest.mark.parametrize("edges, expected", [
    ({"sitbrief.read.a": {"sitbrief.run.b"}, "sitbrief.run.b": set()}, ["sitbrief.read.a -> sitbrief.run.b"]),
    ({"sitbrief.extract.a": {"sitbrief.layout.b"}, "sitbrief.layout.b": set()},
     ["sitbrief.extract.a -> sitbrief.layout.b"]),
    ({"sitbrief.run.a": {"sitbrief.read.b"}, "sitbrief.read.b": set()}, []),
])
def test_the_rule_catches_upward_and_sideways_imports(edges, expected):
    assert upward_imports(edges) == expected


def test_the_walk_finds_a_circle():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}}
    assert find_cycle(edges) == ["a", "b", "c", "a"]
