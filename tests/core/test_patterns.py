"""Compiled patterns served from the cache file behave exactly as freshly compiled ones."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = r"""
import re, sys
from sitbrief.core import patterns
patterns.cache_patterns()
cases = [(r"(?P<name>[A-Z][a-z]+) (?:met|meets) (\w+)", 0), (r"\bdefen[cs]e\b", re.I),
         (rb"^\d{4}-\d\d$", re.M), (r"(?x) a  b # spaced", 0), (r"caf\u00e9|(?i:ship)s?", 0)]
compiled = [re.compile(p, f) for p, f in cases]
text = "Anna met Ben; DEFENSE and defence. caf\u00e9 SHIPS"
for c in compiled:
    probe = b"2024-01\n1999-12" if isinstance(c.pattern, bytes) else text
    print(c.pattern, c.flags, c.groups, sorted(c.groupindex.items()),
          [m.span() for m in c.finditer(probe)], [m.groups() for m in c.finditer(probe)])
print("served", len(patterns._state.get("used", ())))
"""


def _run(cache: Path, **env: str) -> list[str]:
    environ = {**os.environ, "XDG_CACHE_HOME": str(cache), "SITBRIEF_PATTERN_CACHE": "1", **env}
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=environ, check=True)
    return out.stdout.splitlines()


@pytest.mark.skipif(sys.version_info < (3, 11), reason="re._compiler is Python 3.11+")
def test_second_run_served_from_the_file_with_equal_patterns(tmp_path: Path) -> None:
    first = _run(tmp_path)
    files = list((tmp_path / "sitbrief").glob("patterns-*.marshal"))
    assert len(files) == 1
    second = _run(tmp_path)
    assert first[:-1] == second[:-1]  # same patterns, flags, groups and matches
    off = _run(tmp_path, SITBRIEF_PATTERN_CACHE="0")
    assert off[:-1] == first[:-1]
    assert files[0].stat().st_mtime_ns == list((tmp_path / "sitbrief").glob("patterns-*.marshal"))[0].stat().st_mtime_ns


@pytest.mark.skipif(sys.version_info < (3, 11), reason="re._compiler is Python 3.11+")
def test_damaged_file_only_means_compiling_afresh(tmp_path: Path) -> None:
    clean = _run(tmp_path)
    for path in (tmp_path / "sitbrief").glob("patterns-*.marshal"):
        path.write_bytes(b"\x00not marshal")
    assert _run(tmp_path)[:-1] == clean[:-1]


def test_turned_off_by_the_environment(monkeypatch) -> None:
    from sitbrief.core import patterns

    monkeypatch.setenv("SITBRIEF_PATTERN_CACHE", "0")
    monkeypatch.setattr(patterns, "_state", {})
    assert patterns.cache_patterns() is False
