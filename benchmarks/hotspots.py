"""Where the time goes, with pyinstrument: a cold seed build by stage, and warm builds by module.

    python benchmarks/hotspots.py cold            # one cold `sitbrief build` of the seed, by stage
    python benchmarks/hotspots.py warm FILE...    # warm builds of FILEs: self time by module, top functions
    python benchmarks/hotspots.py imports         # import time of a cold seed build by package (-X importtime)

Prints JSON. Stages: import (module loading), font loading (TrueType parsing), extract, compose,
pdf, pptx, layout (loading and validating the layout), other. Times are per article and include
the profiler's overhead (roughly 1.3-2x), so read them as shares rather than absolute figures.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from pyinstrument import Profiler

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "kyodo-2023-10-19-japan-australia-defence-talks.txt"
STAGES = {"_find_and_load": "import", "load_font": "font loading", "extract_facts": "extract",
          "read_article": "extract", "compose": "compose", "write_pdf": "pdf", "write_pptx": "pptx",
          "load_layout": "layout", "theme": "layout"}
GROUPED = ("render", "extract", "layout")


def module_of(path: str | None) -> str:
    """Return a short module name for a frame's file: 'reportlab', 'sitbrief/render/fonts.py', ..."""
    if not path:
        return "<built-in>"
    text = path.replace("\\", "/")
    for marker in ("site-packages/", "/src/", "lib/python3."):
        if marker in text:
            parts = text.split(marker, 1)[1].split("/")
            if marker == "lib/python3.":
                parts = parts[1:]
            if parts and parts[0] == "sitbrief":
                return "/".join(parts[:3] if len(parts) > 2 and parts[1] in GROUPED else parts[:2])
            return parts[0].removesuffix(".py") if parts else text
    return "<built-in>" if text.startswith("<") else text


def tally(frame, context: tuple[str, str, str], counters: tuple[Counter, ...], seen: frozenset) -> None:
    """Add a frame's self time to its stage, its module and its sitbrief caller; its total time to
    its function (once per stack).

    Built-ins and generated code (``<string>``) count towards the module that called them; library
    time counts towards the innermost sitbrief function that called into the library.
    """
    stage, owner, caller = context
    stages, modules, functions, callers = counters
    stage = STAGES.get(frame.function, stage)
    module = module_of(frame.file_path)
    owner = owner if module.startswith("<") else module
    caller = f"{module}:{frame.function}" if module.startswith("sitbrief/") else caller
    real = [child for child in frame.children if not child.is_synthetic]
    own = frame.time - sum(child.time for child in real)
    stages[stage] += own
    modules[owner] += own
    callers[caller] += own
    key = f"{module}:{frame.function}"
    if key not in seen:
        functions[key] += frame.time
    for child in real:
        tally(child, (stage, owner, caller), counters, seen | {key})


def report(profiler: Profiler, per: int, top: int = 25) -> dict:
    """Return stage, module and function times in ms per article."""
    root = profiler.last_session.root_frame()
    stages, modules, functions, callers = Counter(), Counter(), Counter(), Counter()
    tally(root, ("other", "<main>", "<main>"), (stages, modules, functions, callers), frozenset())

    def ms(counter: Counter, n: int) -> dict[str, float]:
        return {k: round(v * 1000 / per, 1) for k, v in counter.most_common(n)}

    return {"total_ms": round(root.time * 1000 / per, 1), "stages": ms(stages, 20),
            "modules": ms(modules, top), "functions": ms(functions, top * 3), "callers": ms(callers, top)}


def cold() -> dict:
    """Profile one cold build of the seed in this (fresh) process."""
    profiler = Profiler(interval=0.0005)
    with tempfile.TemporaryDirectory() as tmp:
        profiler.start()
        from sitbrief.cli.main import main

        try:
            main(["build", str(SEED), "--out", tmp, "--force", "-q"], standalone_mode=False)
        finally:
            profiler.stop()
    return report(profiler, 1)


def warm(paths: list[Path]) -> dict:
    """Profile warm builds of `paths` (after one unprofiled build)."""
    from sitbrief.layout import load_layout
    from sitbrief.run.build import BuildOptions, build_one

    layout = load_layout()
    with tempfile.TemporaryDirectory() as tmp:
        options = BuildOptions(out=Path(tmp), force=True)
        build_one(paths[0], options, layout)
        profiler = Profiler(interval=0.0005)
        profiler.start()
        for path in paths:
            build_one(path, options, layout)
        profiler.stop()
    return report(profiler, len(paths))


def imports() -> dict:
    """Return the self import time (ms) of a cold seed build, summed by package."""
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run([sys.executable, "-X", "importtime", "-m", "sitbrief", "build", str(SEED), "--out", tmp,
                              "--force", "-q"], capture_output=True, text=True, check=True)
    totals: Counter = Counter()
    for line in run.stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "self" not in line:
            own, _total, name = (part.strip() for part in line[len("import time:"):].split("|"))
            parts = name.split(".")
            key = ".".join(parts[:2]) if parts[0] == "sitbrief" and len(parts) > 1 else parts[0]
            totals[key] += int(own) / 1000
    return {"total_ms": round(sum(totals.values()), 1), "packages": {k: round(v, 1) for k, v in totals.most_common(20)}}


def main() -> None:
    """Run the profile asked for and print JSON."""
    what = sys.argv[1] if len(sys.argv) > 1 else "cold"
    if what == "imports":
        print(json.dumps(imports()))
        return
    result = cold() if what == "cold" else warm([Path(p) for p in sys.argv[2:]] or [SEED])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
