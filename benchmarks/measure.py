"""Measuring helpers for the benchmark runner: wall time of commands, peak RSS of a process tree,
machine and version information."""

from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SITBRIEF = Path(sys.executable).parent / "sitbrief"


def env(bytecode: bool, cache: Path) -> dict[str, str]:
    """Return the environment for runs with (or without) compiled bytecode for sitbrief's modules."""
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base["PYTHONWARNINGS"] = "ignore"
    if bytecode:
        base["PYTHONPYCACHEPREFIX"] = str(cache)
    else:
        base["PYTHONDONTWRITEBYTECODE"] = "1"
        base.pop("PYTHONPYCACHEPREFIX", None)
    return base


def wall(cmd: list[str], environ: dict[str, str], cwd: Path = ROOT) -> float:
    """Return the wall time of one run of `cmd` (which must succeed)."""
    start = time.perf_counter()
    subprocess.run(cmd, env=environ, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_wall(cmd: list[str], environ: dict[str, str], runs: int, warmup: int = 1) -> dict:
    """Return median/min/max wall seconds of `runs` runs after `warmup` unmeasured ones."""
    for _ in range(warmup):
        wall(cmd, environ)
    times = [wall(cmd, environ) for _ in range(runs)]
    return {"median": statistics.median(times), "min": min(times), "max": max(times), "runs": runs}


@dataclass
class TreeRun:
    """A command's wall time and the peak RSS (VmHWM, MiB) of it and of each child process."""

    seconds: float = 0.0
    cpu_seconds: float = 0.0
    parent_mib: float = 0.0
    workers_mib: dict[int, float] = field(default_factory=dict)
    returncode: int = 0


def _status_kib(pid: int, key: str) -> int:
    """Return a /proc/PID/status value in KiB (0 when the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    """Return the direct children of `pid` (Linux /proc)."""
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        found = []
        for task in tasks:
            found += [int(c) for c in (task / "children").read_text().split()]
        return found
    except OSError:
        return []


def run_tree(cmd: list[str], environ: dict[str, str], poll: float = 0.05) -> TreeRun:
    """Run `cmd`, sampling the peak RSS of it and of its worker processes until it ends."""
    result = TreeRun()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=environ, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    errors: list[bytes] = []
    reader = threading.Thread(target=lambda: errors.append(proc.stderr.read()))
    reader.start()
    while proc.poll() is None:
        result.parent_mib = max(result.parent_mib, _status_kib(proc.pid, "VmHWM") / 1024)
        for child in _children(proc.pid):
            peak = _status_kib(child, "VmHWM") / 1024
            result.workers_mib[child] = max(result.workers_mib.get(child, 0.0), peak)
        time.sleep(poll)
    result.seconds = time.perf_counter() - start
    reader.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result.cpu_seconds = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    result.returncode = proc.returncode
    if proc.returncode not in (0, 4):
        raise RuntimeError(f"{cmd} failed ({proc.returncode}): {errors[0][-2000:].decode(errors='replace')}")
    return result


def cpu_model() -> str:
    """Return the CPU model name."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_gib() -> float:
    """Return the machine's memory in GiB."""
    return _status_kib_meminfo() / 1024 / 1024


def _status_kib_meminfo() -> int:
    try:
        return int(Path("/proc/meminfo").read_text().split("\n")[0].split()[1])
    except (OSError, ValueError, IndexError):
        return 0


def versions() -> dict[str, str]:
    """Return the versions of Python, sitbrief and the libraries that matter for speed."""
    from importlib.metadata import PackageNotFoundError, version

    found = {"python": platform.python_version()}
    for name in ("sitbrief", "reportlab", "python-pptx", "pydantic", "jinja2", "click", "lxml", "pyinstrument"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "-"
    return found


def git_commit() -> str:
    """Return the current commit (with '+dirty' when the tree has changes)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return head + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine() -> dict:
    """Return what the results were measured on."""
    return {"cpu": cpu_model(), "cores": os.cpu_count(), "memory_gib": round(memory_gib(), 1),
            "os": f"{platform.system()} {platform.release()}", "load_before": os.getloadavg()[0],
            "versions": versions(), "commit": git_commit()}
