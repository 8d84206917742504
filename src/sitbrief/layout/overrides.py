"""Template overrides that override nothing: a child's `{% block %}` its parent does not have.

Jinja2 silently ignores a block of an extending template that its parent does not define, so
a misspelt `{% block footr %}` changes nothing and says nothing. This finds such blocks, with
the file, the line and the parent's block names to choose from.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from jinja2 import TemplateError, nodes

from sitbrief.layout.templates import ChainSandbox


@dataclass(frozen=True)
class StrayBlock:
    """A block of an extending template that its parent template does not define."""

    file: str
    line: int
    block: str
    parent: str
    known: tuple[str, ...]

    def message(self) -> str:
        """Return one line naming the file, line and block, with the closest real block."""
        close = difflib.get_close_matches(self.block, self.known, n=1)
        hint = (f"did you mean {close[0]!r}?" if close
                else f"its blocks are: {', '.join(self.known) or 'none'}")
        return (f"{self.file}, line {self.line}: {{% block {self.block} %}} overrides nothing: "
                f"{self.parent} has no block {self.block!r}, so it is ignored; {hint}")


def stray_blocks(environment: ChainSandbox, names: list[str]) -> list[StrayBlock]:
    """Return the blocks of templates `names` that their parent templates do not define."""
    found = []
    for name in names:
        try:
            found += _stray_in(environment, name)
        except TemplateError:
            continue  # reported by the compile check
    return found


def _stray_in(environment: ChainSandbox, name: str) -> list[StrayBlock]:
    """Return the stray blocks of one template (none when it extends nothing)."""
    source, filename, _ = environment.loader.get_source(environment, name)
    tree = environment.parse(source, name, filename)
    extends = tree.find(nodes.Extends)
    if extends is None or not isinstance(extends.template, nodes.Const):
        return []
    parent = environment.join_path(str(extends.template.value), name)
    known = _all_blocks(environment, parent, depth=0)
    return [StrayBlock(filename, block.lineno, block.name, str(extends.template.value),
                       tuple(sorted(known)))
            for block in tree.find_all(nodes.Block) if block.name not in known]


def _all_blocks(environment: ChainSandbox, name: str, depth: int) -> set[str]:
    """Return the block names template `name` and the templates it extends define."""
    source, filename, _ = environment.loader.get_source(environment, name)
    tree = environment.parse(source, name, filename)
    names = {block.name for block in tree.find_all(nodes.Block)}
    extends = tree.find(nodes.Extends)
    if depth < 10 and extends is not None and isinstance(extends.template, nodes.Const):
        parent = environment.join_path(str(extends.template.value), name)
        names |= _all_blocks(environment, parent, depth + 1)
    return names
