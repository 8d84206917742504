"""Inputs that used to run for minutes: work grows linearly, or is capped with a clear answer."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from sitbrief import extract_facts, read_article
from sitbrief.extract import events as event_module
from tests.hostile.helpers import SEED, invoke, time_limit

CLAUSE = "Officials said the navies agreed drills off Palawan on Monday and ministers met in Manila, "


def test_a_long_single_line_article_builds_in_linear_time(tmp_path: Path) -> None:
    article = tmp_path / "one-line.txt"
    article.write_text(CLAUSE * (300_000 // len(CLAUSE)), encoding="utf-8")
    with time_limit(40):  # a hang guard: it takes seconds now, about a minute before
        result = invoke("build", str(article), "--out", str(tmp_path / "out"), "--to", "pdf")
    assert result.exit_code == 0, result.stderr


def test_the_be_test_is_the_old_regular_expression_looking_only_at_the_end() -> None:
    rng = random.Random(7)
    pieces = ["be", "to be", "will be", "would be", "abe", " ", "\n", "x", "B", "é", "be.", "\u00a0"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        for end in range(len(text) + 1):
            old = re.search(r"\b(?:to be|will be|would be|be)\s*$", text[:end]) is not None
            assert event_module._ends_with_be(text, end) == old, (text, end)


def test_dates_are_found_once_per_sentence_however_many_events_it_holds(monkeypatch) -> None:
    calls = []
    original = event_module.status.find_dates  # read by _dates_in, in events/status.py
    monkeypatch.setattr(event_module.status, "find_dates", lambda *a: calls.append(a[0]) or original(*a))
    event_module._dates_in.cache_clear()
    extract_facts(read_article(SEED))
    assert len(calls) <= 2 * len(set(calls))  # once per sentence and tense, not once per event


def test_event_mentions_are_capped_with_a_warning(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(event_module, "MAX_EVENT_MENTIONS", 5)
    article = tmp_path / "many.txt"
    article.write_text(" ".join(f"Ministers met in Manila on {d} March 2024." for d in range(1, 28)),
                       encoding="utf-8")
    facts = extract_facts(read_article(article))
    assert len(facts.events) <= 5
    assert any("only the first 5 were read" in w for w in facts.warnings)


def _fact_file(tmp_path: Path, count: int, same_day: bool) -> Path:
    """Return a JSON fact file of the seed with `count` copies of its first event."""
    out = tmp_path / "seed.json"
    assert invoke("extract", str(SEED), "-o", str(out)).exit_code == 0
    facts = json.loads(out.read_text(encoding="utf-8"))
    first = facts["events"][0]
    facts["events"] = [dict(first, id=f"ev-{i}", title=f"Event {i}", when={
        "start": "2023-10-19" if same_day else f"{2000 + i % 20}-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "precision": "day"}) for i in range(count)]
    path = tmp_path / f"events-{count}.json"
    path.write_text(json.dumps(facts), encoding="utf-8")
    return path


def test_150_events_on_one_day_build_with_the_table_alone(tmp_path: Path) -> None:
    path = _fact_file(tmp_path, 150, same_day=True)
    with time_limit(60):
        result = invoke("build", str(path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr


def test_a_fact_file_over_the_event_cap_is_refused_in_one_line(tmp_path: Path) -> None:
    path = _fact_file(tmp_path, 1001, same_day=False)
    with time_limit(60):
        result = invoke("build", str(path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1, result.stderr
    assert "events: List should have at most 1000 items" in result.stderr


@pytest.mark.parametrize("count", [1000])
def test_the_event_cap_itself_builds(tmp_path: Path, count: int) -> None:
    path = _fact_file(tmp_path, count, same_day=False)
    with time_limit(90):
        result = invoke("build", str(path), "--out", str(tmp_path / "out"), "--to", "pdf")
    assert result.exit_code == 0, result.stderr
