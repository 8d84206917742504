"""Run every sitbrief benchmark and record the results in benchmarks/README.md (and results.json).

    python benchmarks/run.py              # the full run (about 10-15 minutes on 2 cores)
    python benchmarks/run.py --quick      # a smoke run: small batches, few repeats (results not recorded)

Measures: `sitbrief --help` cold; a cold `sitbrief build` of the seed (PDF + PPTX, one process);
warm per-article CPU cost in one process against the bare ReportLab + python-pptx baseline (ratio in
the same run); generated batches with --jobs 2 (wall time, peak RSS of each worker at several sizes);
the second, unchanged run; and pyinstrument profiles of the cold build and of warm builds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import measure  # noqa: E402

SEED = measure.ROOT / "seeds" / "kyodo-2023-10-19-japan-australia-defence-talks.txt"
README = HERE / "README.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
TARGETS = {  # issue 20: the writers at the libraries' floor
    "help": 0.15, "cold_ratio": 1.0, "ratio": 1.0, "pptx_ms": 70.0, "pdf_ms": 60.0, "extract_ms": 20.0,
    "batch_1000": 90.0, "rss_mib": 150.0, "unchanged": 2.0}


def log(message: str) -> None:
    """Print progress to stderr."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def cold_runs(work: Path, runs: int) -> dict:
    """Time `sitbrief --help` and a cold seed build, with and without compiled bytecode."""
    cache = work / "pycache"
    results = {}
    for label, bytecode in (("bytecode", True), ("no_bytecode", False)):
        environ = measure.env(bytecode, cache)
        log(f"cold: --help and seed build ({label})")
        results[f"help_{label}"] = measure.median_wall([str(measure.SITBRIEF), "--help"], environ, runs * 2)
        build = [str(measure.SITBRIEF), "build", str(SEED), "--out", str(work / "cold"), "--force", "-q"]
        results[f"build_{label}"] = measure.median_wall(build, environ, runs)
    log("cold: the bare baseline script on the seed")
    bare = [sys.executable, str(HERE / "baseline.py"), str(SEED), "--out", str(work / "bare")]
    results["baseline_script"] = measure.median_wall(bare, measure.env(True, cache), runs)
    return results


def warm_cost(feed: Path, count: int) -> dict:
    """Return warm per-article costs of sitbrief and the baseline (one process, same run)."""
    log(f"warm: {count} articles, sitbrief vs baseline")
    articles = sorted(feed.glob("*.txt"))[:count] + [SEED]
    out = subprocess.run([sys.executable, str(HERE / "warm.py"), *map(str, articles)], check=True,
                         capture_output=True, text=True, env=measure.env(True, feed.parent / "pycache"))
    return json.loads(out.stdout)


def batch_runs(work: Path, feed: Path, sizes: list[int]) -> dict:
    """Build the first N generated articles with --jobs 2 for each N; then the largest again, unchanged."""
    environ = measure.env(True, work / "pycache")
    results = {}
    for size in sizes:
        folder = work / f"feed-{size}"
        folder.mkdir()
        for path in sorted(feed.glob("*.txt"))[:size]:
            shutil.copy(path, folder / path.name)
        log(f"batch: {size} articles, --jobs 2")
        cmd = [str(measure.SITBRIEF), "build", str(folder), "--jobs", "2", "--out", str(work / f"out-{size}"), "-q"]
        run = measure.run_tree(cmd, environ)
        results[str(size)] = {"seconds": run.seconds, "cpu_seconds": run.cpu_seconds, "load": os.getloadavg()[0],
                              "parent_mib": run.parent_mib,
                              "workers_mib": sorted(run.workers_mib.values(), reverse=True),
                              "returncode": run.returncode}
    largest = max(sizes)
    log(f"batch: {largest} articles again, nothing changed")
    again = [str(measure.SITBRIEF), "build", str(work / f"feed-{largest}"), "--jobs", "2",
             "--out", str(work / f"out-{largest}"), "-q"]
    results["unchanged"] = measure.median_wall(again, environ, 3, warmup=0)
    results["unchanged_size"] = largest
    return results


def profiles(feed: Path, count: int) -> dict:
    """Return pyinstrument profiles of a cold seed build and of warm builds."""
    script = str(HERE / "hotspots.py")
    environ = measure.env(True, feed.parent / "pycache")
    log("profile: cold seed build")
    cold = subprocess.run([sys.executable, script, "cold"], check=True, capture_output=True, text=True, env=environ)
    log(f"profile: {count} warm builds")
    paths = [str(p) for p in sorted(feed.glob("*.txt"))[:count]]
    warm = subprocess.run([sys.executable, script, "warm", *paths], check=True, capture_output=True, text=True,
                          env=environ)
    log("profile: import time of a cold build")
    imports = subprocess.run([sys.executable, script, "imports"], check=True, capture_output=True, text=True,
                             env=environ)
    return {"cold": json.loads(cold.stdout), "warm": json.loads(warm.stdout), "imports": json.loads(imports.stdout)}


def verdict(value: float, target: float) -> str:
    """Return 'met' or 'NOT met'."""
    return "met" if value <= target else "**not met**"


def results_table(r: dict) -> list[str]:
    """Return the markdown table of measured values against the targets."""
    cold, warm, batch = r["cold"], r["warm"]["median_ms"], r["batch"]
    largest = str(r["batch"]["unchanged_size"])
    workers = [max(batch[str(s)]["workers_mib"] or [0.0]) for s in r["sizes"]]
    rows = [
        ("`sitbrief --help`, cold (median wall)", TARGETS["help"], cold["help_bytecode"]["median"], "s"),
        ("Seed build, PDF + PPTX, one cold process, over the bare scripts run cold (median walls)",
         TARGETS["cold_ratio"], cold["build_bytecode"]["median"] / cold["baseline_script"]["median"], "x"),
        ("Warm CPU per article, extract + compose + PDF + PPTX, over the bare ReportLab + python-pptx script "
         "(median of per-article ratios, same process)", TARGETS["ratio"], warm["ratio"], "x"),
        ("Warm CPU per article: deck (median)", TARGETS["pptx_ms"], warm["pptx"], "ms"),
        ("Warm CPU per article: PDF (median)", TARGETS["pdf_ms"], warm["pdf"], "ms"),
        ("Warm CPU per article: extraction (median)", TARGETS["extract_ms"], warm["extract"], "ms"),
        (f"{largest} generated articles, `--jobs 2` (wall)", TARGETS["batch_1000"], batch[largest]["seconds"], "s"),
        ("Peak RSS per worker (largest batch)", TARGETS["rss_mib"], workers[-1], "MiB"),
        (f"Second run, nothing changed, {largest} articles (median wall)", TARGETS["unchanged"],
         batch["unchanged"]["median"], "s"),
    ]
    lines = ["| Measure | Target | Measured | |", "|---|---|---|---|"]
    for name, target, value, unit in rows:
        lines.append(f"| {name} | <= {target:g} {unit} | {value:.3g} {unit} | {verdict(value, target)} |")
    return lines


def detail_lines(r: dict) -> list[str]:
    """Return the detailed figures: cold without bytecode, stages, memory by size, hot spots."""
    cold, warm = r["cold"], r["warm"]["median_ms"]
    lines = ["", "Cold runs without compiled bytecode for sitbrief's own modules (`PYTHONDONTWRITEBYTECODE=1`, "
             f"as in this sandbox): `--help` {cold['help_no_bytecode']['median']:.3f} s, seed build "
             f"{cold['build_no_bytecode']['median']:.3f} s. Seed build with bytecode "
             f"{cold['build_bytecode']['median']:.3f} s; the bare baseline script, cold, on the seed (imports, "
             f"the same seven fonts registered, PDF + PPTX): {cold['baseline_script']['median']:.3f} s.", "",
             f"Warm per-article CPU, median of {r['warm']['articles']} articles (ms): "
             + ", ".join(f"{k} {warm[k]:.1f}" for k in ("extract", "compose", "pdf", "pptx", "sitbrief"))
             + f"; baseline {warm['baseline']:.1f}.", "",
             "| Batch size | Wall (s) | Articles/s | CPU s per article | CPU / 2 (s) | Load after | "
             "Parent peak RSS (MiB) | Worker processes | Worker peak RSS, median / max (MiB) |",
             "|---|---|---|---|---|---|---|---|---|"]
    for size in r["sizes"]:
        b = r["batch"][str(size)]
        peaks = b["workers_mib"] or [0.0]
        lines.append(f"| {size} | {b['seconds']:.1f} | {size / b['seconds']:.1f} | {b['cpu_seconds'] / size:.3f} | "
                     f"{b['cpu_seconds'] / 2:.0f} | {b['load']:.1f} | {b['parent_mib']:.0f} | "
                     f"{len(b['workers_mib'])} | {statistics.median(peaks):.0f} / {max(peaks):.0f} |")
    return lines


def hotspot_lines(r: dict) -> list[str]:
    """Return the profile summaries: cold stages, warm modules and functions."""
    cold, warm = r["profiles"]["cold"], r["profiles"]["warm"]
    lines = ["", f"Cold seed build under pyinstrument ({cold['total_ms']:.0f} ms with profiler overhead), by stage:",
             "", "| Stage | ms |", "|---|---|"]
    lines += [f"| {k} | {v:.0f} |" for k, v in cold["stages"].items()]
    imports = r["profiles"]["imports"]
    lines += ["", f"Import time of a cold seed build (`-X importtime`, no profiler), {imports['total_ms']:.0f} ms "
              "in all; self time by package (top 12):", "", "| Package | ms |", "|---|---|"]
    lines += [f"| {k} | {v:.0f} |" for k, v in list(imports["packages"].items())[:12]]
    lines += ["", f"Warm builds under pyinstrument ({warm['total_ms']:.0f} ms per article with profiler overhead), "
              "self time by module (top 12):", "", "| Module | ms per article |", "|---|---|"]
    lines += [f"| {k} | {v:.0f} |" for k, v in list(warm["modules"].items())[:12]]
    lines += ["", "Warm builds, time in each sitbrief function itself plus the library code it calls directly "
              "(top 15):", "", "| Function | ms per article |", "|---|---|"]
    lines += [f"| `{k}` | {v:.0f} |" for k, v in list(warm["callers"].items())[:15]]
    sitbrief_functions = [(k, v) for k, v in warm["functions"].items() if k.startswith("sitbrief/")][:15]
    lines += ["", "Warm builds, inclusive time of sitbrief functions (top 15):", "",
              "| Function | ms per article |", "|---|---|"]
    lines += [f"| `{k}` | {v:.0f} |" for k, v in sitbrief_functions]
    return lines


def render(r: dict) -> str:
    """Return the results section of the README."""
    m = r["machine"]
    v = m["versions"]
    head = [START, "", f"Recorded {r['date']} with `python benchmarks/run.py` ({r['seconds'] / 60:.1f} min) on "
            f"{m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, {m['os']}; load average before the run "
            f"{m['load_before']:.2f}. Python {v['python']}, sitbrief {v['sitbrief']} (commit {m['commit']}), "
            f"ReportLab {v['reportlab']}, python-pptx {v['python-pptx']}, pydantic {v['pydantic']}, "
            f"Jinja2 {v['jinja2']}, Click {v['click']}, lxml {v['lxml']}.", ""]
    return "\n".join(head + results_table(r) + detail_lines(r) + hotspot_lines(r) + ["", END])


def record(r: dict) -> None:
    """Write results.json and the README's results section."""
    (HERE / "results.json").write_text(json.dumps(r, indent=1) + "\n")
    text = README.read_text() if README.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    README.write_text(before + render(r) + after)


def main() -> None:
    """Run the benchmarks and record them."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes, few repeats; nothing recorded")
    parser.add_argument("--sizes", default="100,500,1000", help="batch sizes (default 100,500,1000)")
    parser.add_argument("--runs", type=int, default=5, help="repeats of each cold measurement (default 5)")
    parser.add_argument("--warm", type=int, default=40, help="articles in the warm measurement (default 40)")
    args = parser.parse_args()
    sizes = [20, 60] if args.quick else [int(s) for s in args.sizes.split(",")]
    runs, warm_n = (2, 6) if args.quick else (args.runs, args.warm)
    started = time.time()
    result = {"date": time.strftime("%Y-%m-%d %H:%M"), "machine": measure.machine(), "sizes": sizes}
    with tempfile.TemporaryDirectory(prefix="sitbrief-bench-") as tmp:
        work = Path(tmp)
        feed = work / "generated"
        generate.generate(max(sizes + [warm_n]), feed, seed=1)
        result["cold"] = cold_runs(work, runs)
        result["warm"] = warm_cost(feed, warm_n)
        result["batch"] = batch_runs(work, feed, sizes)
        result["profiles"] = profiles(feed, min(warm_n, 10))
    result["seconds"] = time.time() - started
    (Path(tempfile.gettempdir()) / "sitbrief-bench-last.json").write_text(json.dumps(result))
    print("\n".join(results_table(result) + detail_lines(result)))
    if not args.quick:
        record(result)
        log(f"recorded in {README.relative_to(measure.ROOT)} and results.json")


if __name__ == "__main__":
    main()
