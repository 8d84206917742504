"""Run builds over many inputs: expand folders and globs, skip unchanged ones, build the rest in
parallel, isolate failures and report.

Freshness is checked in the parent (one layout hash per run, no renderer imported), so a run with
nothing changed never starts a worker. Workers are forked after the parent has imported the
writers and loaded the fonts, and every exception is caught inside the worker; a worker that dies
outright (killed, crashed) costs only the input it was building.
"""

from __future__ import annotations

import gc
import glob
import os
import sys
import time
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from sitbrief.core.errors import InputError, SitbriefError
from sitbrief.run.build import BuildOptions, BuildResult, build_one, fresh_result, layout_key, sweep_temp_files
from sitbrief.run.progress import Progress, Reporter
from sitbrief.run.stamp import input_key

INPUT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".yaml", ".yml", ".json"}
EXIT_INTERNAL = 70
WORKER_DIED = "the worker process building it died (killed or crashed)"
TASKS_PER_WORKER = 50

_LAYOUTS: dict[str, object] = {}


def expand_inputs(items: list[str], out: Path | None = None) -> list[Path]:
    """Return the input files named by paths, folders and globs, in order, once each; a folder's
    files inside the output folder `out` (the fact files saved beside the briefs) are not inputs."""
    found: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            found += [p for p in _folder_inputs(path) if not _inside(p, out)]
        elif not path.exists() and any(c in item for c in "*?["):
            matches = sorted(Path(p) for p in glob.glob(item, recursive=True) if Path(p).is_file())
            if not matches:
                raise InputError(f"{item}: no files match this pattern")
            found += matches
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def _inside(path: Path, folder: Path | None) -> bool:
    """Tell whether `path` lies in `folder`."""
    return folder is not None and path.resolve().is_relative_to(Path(folder).resolve())


def _folder_inputs(folder: Path) -> list[Path]:
    """Return the article and fact files under `folder`, skipping READMEs and hidden files and folders."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES
                  and not p.name.upper().startswith("README.")
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def watch_root(item: str) -> Path:
    """Return what to watch for an input item: the path itself, or a glob's fixed leading folder."""
    parts = Path(item).parts
    fixed = next((i for i, part in enumerate(parts) if any(c in part for c in "*?[")), None)
    if fixed is None or Path(item).exists():
        return Path(item)
    return Path(*parts[:fixed]) if fixed else Path(".")


def run_build(items: list[str], options: BuildOptions, jobs: int | None = None, digest: bool = False,
              watch: bool = False, quiet: bool = False, verbose: bool = False, merge: bool = False) -> None:
    """Build every input (or one digest, or one merged story, of them) and report; exit non-zero when any failed."""
    reporter = Reporter(quiet, verbose)
    combine = "merge" if merge else "digest" if digest else None
    if options.since is not None:
        from sitbrief.run.previous import load_previous

        load_previous(options.since)  # refuse an unusable previous fact file before building
    if watch:
        from sitbrief.run.watch import watch_and_build

        rebuild = partial(_round, items, options, jobs, combine, reporter, True)
        watch_and_build([watch_root(i) for i in items], options, rebuild)
        return
    code = _round(items, options, jobs, combine, reporter, False)
    if code:
        sys.exit(code)


def _round(items: list[str], options: BuildOptions, jobs: int | None, combine: str | None, reporter: Reporter,
           watching: bool) -> int:
    """Build once; return the exit code (0, or 4 when some input failed)."""
    paths = expand_inputs(items, options.out)
    if not paths:
        raise InputError("no input files found")
    if options.since is not None and len(paths) > 1 and combine is None:
        raise InputError(f"--since compares one brief with the previous one, but {len(paths)} inputs "
                         "were given; build them one at a time")
    sweep_temp_files(options.out)
    if combine == "merge":
        from sitbrief.run.story import build_story

        reporter.one(build_story(paths, options))
        return 0
    if combine == "digest":
        from sitbrief.run.digest import build_digest

        result = build_digest(paths, options)
        reporter.one(result)
        return result.exit_code
    if len(paths) == 1 and not watching:
        reporter.one(build_one(paths[0], options))
        return 0
    start = time.monotonic()
    results = build_many(paths, options, jobs or os.cpu_count() or 1, Progress(len(paths), reporter.quiet))
    return reporter.summary(results, time.monotonic() - start)


def build_many(paths: list[Path], options: BuildOptions, jobs: int, progress: Progress | None = None
               ) -> list[BuildResult]:
    """Build `paths` with up to `jobs` processes; return one result per input, in input order."""
    from sitbrief.layout import load_layout

    progress = progress or Progress(len(paths), quiet=True)
    layout = load_layout(options.layout)
    results, stale = _triage(paths, options, layout_key(layout), progress)
    workers = min(jobs, len(stale))
    if workers > 1:
        results.update(_pooled(stale, options, layout, workers, progress))
    else:
        results.update(_serial(stale, options, layout, progress))
    progress.close()
    ordered = [results[p] for p in paths]
    _flag_collisions(ordered)
    return ordered


def _triage(paths: list[Path], options: BuildOptions, fingerprint: str, progress: Progress
            ) -> tuple[dict[Path, BuildResult], list[Path]]:
    """Return the results of unchanged (or unreadable) inputs, and the inputs left to build."""
    results: dict[Path, BuildResult] = {}
    stale: list[Path] = []
    for path in paths:
        try:
            found = None if options.force else fresh_result(path, options, input_key(path, fingerprint, options))
        except SitbriefError as exc:
            found = failed(path, exc)
        if found is None:
            stale.append(path)
            continue
        results[path] = found
        progress.step(found)
    return results, stale


def failed(path: Path, exc: BaseException) -> BuildResult:
    """Return the result of an input whose build raised `exc`, with a one-line error."""
    if isinstance(exc, SitbriefError):
        return BuildResult(input=path, error=" ".join(str(exc).split()), exit_code=exc.exit_code)
    message = " ".join(str(exc).split())
    return BuildResult(input=path, error=f"internal error: {type(exc).__name__}: {message}",
                       exit_code=EXIT_INTERNAL)


def _safe_build(path: Path, options: BuildOptions, layout=None) -> BuildResult:
    """Build one input, turning any failure into a result with a one-line error."""
    try:
        return build_one(path, options, layout)
    except Exception as exc:  # noqa: BLE001 - one bad article never stops the others
        return failed(path, exc)


def _serial(paths: list[Path], options: BuildOptions, layout, progress: Progress) -> dict[Path, BuildResult]:
    """Build `paths` one after another in this process."""
    results: dict[Path, BuildResult] = {}
    for path in paths:
        results[path] = _safe_build(path, options, layout)
        progress.step(results[path])
    return results


def _worker_build(path: Path, options: BuildOptions) -> BuildResult:
    """Build one input in a worker, reusing the layout loaded before the fork."""
    key = repr(options.layout)
    try:
        if key not in _LAYOUTS:
            from sitbrief.layout import load_layout

            _LAYOUTS[key] = load_layout(options.layout)
    except Exception as exc:  # noqa: BLE001
        return failed(path, exc)
    return _safe_build(path, options, _LAYOUTS[key])


def _pooled(paths: list[Path], options: BuildOptions, layout, workers: int, progress: Progress
            ) -> dict[Path, BuildResult]:
    """Build `paths` in process pools; a fresh pool (forked warm) every few hundred inputs keeps
    worker memory flat, and after a worker death only its input fails."""
    _warm(layout)
    _LAYOUTS[repr(options.layout)] = layout
    results: dict[Path, BuildResult] = {}
    pending, size = list(paths), workers * TASKS_PER_WORKER
    with _frozen():
        while pending:
            chunk, pending = pending[:size], pending[size:]
            lost = _pool_round(chunk, options, workers, results, progress)
            # The pool feeds inputs in order, so the one that killed it is among the first
            # `workers + 1` unfinished ones: build those alone, then carry on with the rest.
            for path in lost[: workers + 1]:
                results[path] = _isolated(path, options)
                progress.step(results[path])
            pending = lost[workers + 1:] + pending
    return results


@contextmanager
def _frozen():
    """Keep what the parent holds now (imports, lexicon, atlas, templates) out of the garbage collector's
    passes while workers are forked from it: a worker's collections then walk only its own objects.
    Left alone when something is frozen already (the caller's own freeze is not undone)."""
    ours = gc.get_freeze_count() == 0
    if ours:
        gc.collect()
        gc.freeze()
    try:
        yield
    finally:
        if ours:
            gc.unfreeze()


def _pool_round(paths: list[Path], options: BuildOptions, workers: int, results: dict[Path, BuildResult],
                progress: Progress) -> list[Path]:
    """Build `paths` in one pool; return those lost when the pool broke, in submission order."""
    from concurrent.futures import as_completed
    from concurrent.futures.process import BrokenProcessPool

    lost: list[Path] = []
    with _executor(workers) as pool:
        futures = {pool.submit(_worker_build, path, options): path for path in paths}
        try:
            for future in as_completed(futures):
                path = futures[future]
                try:
                    results[path] = future.result()
                except BrokenProcessPool:
                    lost.append(path)
                    continue
                progress.step(results[path])
        except KeyboardInterrupt:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    order = {path: i for i, path in enumerate(paths)}
    return sorted(lost, key=order.__getitem__)


def _isolated(path: Path, options: BuildOptions) -> BuildResult:
    """Build one input in a process of its own, so that a crash costs only this input."""
    from concurrent.futures.process import BrokenProcessPool

    with _executor(1) as pool:
        try:
            return pool.submit(_worker_build, path, options).result()
        except BrokenProcessPool:
            return BuildResult(input=path, error=WORKER_DIED, exit_code=EXIT_INTERNAL)


def _executor(workers: int):
    """Return a process pool, forking where possible so workers start warm (imported on first use)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork") if sys.platform == "linux" else None
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def _warm(layout) -> None:
    """Import every stage and load what each build needs first, once, before workers are forked.

    A pool renewed every TASKS_PER_WORKER inputs forks from this parent again, so whatever is not
    loaded here (extraction's patterns and lexicon, compose, the layout's templates) every new
    worker would load once more. Fallback fonts (CJK ones are 4-5 MB each) are left to the
    workers that meet text needing them.
    """
    try:
        _warm_writers(layout)
        _rehearse(layout)
        _warm_stages(layout)
    except Exception:  # noqa: BLE001 - each input reports its own failure when it is built
        return


def _warm_writers(layout) -> None:
    """Import the writers and load the body and heading fonts."""
    import sitbrief.render.pdf.writer  # noqa: F401
    import sitbrief.render.pptx.writer  # noqa: F401
    from sitbrief.render.fonts import load_font

    theme = layout.theme()
    main = [f for face in (theme.body_font, theme.heading_font)
            for f in (face.regular, face.bold, face.italic, face.bold_italic)]
    for file in dict.fromkeys(f for f in main if f):
        load_font(file)


def _warm_stages(layout) -> None:
    """Load what the rehearsal of the sample does not reach: lint, fact files, the atlas, every template.

    Reading, extraction and compose, the lexicon and the gazetteer are loaded by `_rehearse`.
    """
    import sitbrief.compose.lint  # noqa: F401
    import sitbrief.facts.io  # noqa: F401
    from sitbrief.geo.shapes import atlas

    atlas()
    environment = layout.environment
    for name in environment.list_templates():
        environment.get_template(name)


_SAMPLE = ("TOKYO, Oct. 19 (Kyodo) -- Defence Minister Mira Tolsen met NATO Secretary General Arlen Varo in "
           "Tokyo on Thursday, and the two agreed to hold joint exercises in the East China Sea next month.\n\n"
           "\"We will deepen our cooperation,\" Tolsen told reporters after the talks.\n")


def _rehearse(layout) -> None:
    """Extract and compose a short sample article, so that the patterns, pre-checks and templates
    every build uses are compiled once before the fork (the caches hold pure look-ups only)."""
    from sitbrief.compose.single import compose
    from sitbrief.extract import extract_facts
    from sitbrief.read.article import parse_article

    compose(extract_facts(parse_article(_SAMPLE)), layout)


def _flag_collisions(results: list[BuildResult]) -> None:
    """Warn when two inputs built in this run wrote the same output file."""
    writers: dict[Path, Path] = {}
    for result in results:
        if result.error or result.skipped:
            continue
        for output in result.outputs:
            first = writers.setdefault(output, result.input)
            if first != result.input:
                result.warnings.append(f"{output} was also written by {first}; only one of them "
                                       "is there now (give the articles distinct titles or dates)")
