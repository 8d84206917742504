"""Property tests: random articles and fact models give valid outputs or sitbrief's own errors, nothing else."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from sitbrief.core.errors import FactsError, SitbriefError
from sitbrief.core.yamlio import dump_yaml
from sitbrief.facts.io import dump_facts, parse_facts
from sitbrief.facts.model import Facts
from tests.hostile.helpers import PPTX_ESCAPE, REPLACEMENT, SEED, deck_text, needs_poppler, needs_qpdf, pdf_text

WORDS = ["Officials", "met", "in", "Manila", "on", "Monday", "said", "the", "ministry", "Minister", "Kihara",
         "agreed", "drills", "next", "month", "late", "November", ".", ",", "\n\n", "\n", "AT&T", "<b>", "&nbsp;",
         '"', "\u201c", "Łódź", "Київ", "東京", "القاهرة", "🚢", "e\u0301", "\u200d", "\u202e", "\x00", "\r\n"]
# Any character but lone surrogates (not encodable) and U+FFFD itself (the symptom looked for).
CHARS = st.characters(exclude_categories=("Cs",), exclude_characters="\ufffd")
# Printable text (no C0/C1 controls): what a fact file may hold.
PRINTABLE = st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\ufffd")
NOISE = st.lists(st.one_of(st.sampled_from(WORDS), st.text(CHARS, max_size=25)), max_size=40).map(" ".join)
# Random noise inside and after an ordinary lead, so that most examples get as far as the writers.
ARTICLES = st.tuples(NOISE, NOISE).map(
    lambda parts: f"Officials said {parts[0]} at the talks in Manila on Monday, the ministry said.\n\n{parts[1]}")
# Bugs in modules owned elsewhere, each pinned by a strict xfail test; a property test that meets one
# records it as an event instead of failing. Remove an entry when its xfail test starts passing.
KNOWN_BUGS: list[tuple[type, str]] = []
SETTINGS = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=1)
def _layout():
    """Return the default layout (loaded once for every example)."""
    from sitbrief.layout import load_layout

    return load_layout("default")


@lru_cache(maxsize=1)
def _seed_data() -> str:
    """Return the seed article's fact model as JSON text."""
    from sitbrief.extract import extract_facts
    from sitbrief.read.article import read_article

    return dump_facts(extract_facts(read_article(SEED)), "json")


def _known_bug(exc: Exception) -> bool:
    """Tell whether `exc` is one of KNOWN_BUGS (and record it as an event)."""
    for kind, fragment in KNOWN_BUGS:
        if isinstance(exc, kind) and fragment in str(exc):
            event(f"known bug: {fragment}")
            return True
    return False


def _render_and_check(facts: Facts, folder: Path) -> None:
    """Compose and write both outputs; check the PDF strictly and the deck by re-opening and measuring."""
    from sitbrief.compose.single import compose
    from sitbrief.render.pdf.writer import write_pdf
    from sitbrief.render.pptx.check import check_deck
    from sitbrief.render.pptx.writer import write_pptx

    layout = _layout()
    theme = layout.theme()
    brief = compose(facts, layout)
    pdf, deck = folder / "brief.pdf", folder / "brief.pptx"
    try:
        write_pdf(brief, theme, pdf)
    except Exception as exc:
        if _known_bug(exc):
            return
        raise
    write_pptx(brief, theme, deck)
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    assert REPLACEMENT not in pdf_text(pdf)
    text = deck_text(deck)
    assert REPLACEMENT not in text and PPTX_ESCAPE not in text
    assert check_deck(deck, theme) == []


@needs_poppler
@needs_qpdf
@pytest.mark.slow
@SETTINGS
@given(ARTICLES)
def test_random_articles_build_or_raise_sitbrief_errors(text: str) -> None:
    from sitbrief.extract import extract_facts
    from sitbrief.read.article import read_article

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_bytes(text.encode("utf-8"))
        try:
            facts = extract_facts(read_article(path))
            _render_and_check(facts, Path(folder))
        except SitbriefError as exc:
            event(f"refused: {type(exc).__name__}")
            return
        event("rendered")


def _paths(node, prefix: tuple = ()) -> list[tuple]:
    """Return the path of every value inside nested dicts and lists."""
    found = [prefix] if prefix else []
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, child in children:
        found += _paths(child, (*prefix, key))
    return found


def _apply(data: dict, path: tuple, action: str, value) -> None:
    """Set, delete or add beside the value at `path` in `data`."""
    *parents, last = path
    node = data
    for part in parents:
        if not isinstance(node, (dict, list)):
            return  # an earlier change replaced this path's parent: nothing left to change
        node = node[part]
    if not isinstance(node, (dict, list)):
        return
    if action == "set":
        node[last] = value
    elif action == "delete":
        del node[last]
    elif isinstance(node, dict):
        node[f"{last}_extra"] = value
    else:
        node.append(value)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(CHARS, max_size=20) | st.just("s1"),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6)


@st.composite
def edits(draw) -> list[tuple]:
    """Draw one to three edits (path, action, value) of the seed fact model."""
    paths = _paths(json.loads(_seed_data()))
    return draw(st.lists(st.tuples(st.sampled_from(paths), st.sampled_from(["set", "delete", "add"]),
                                   JSON_VALUES), min_size=1, max_size=3))


@settings(max_examples=60, deadline=None)
@given(edits(), st.sampled_from(["json", "yaml"]))
def test_random_fact_edits_validate_or_raise_facts_error(changes: list[tuple], fmt: str) -> None:
    data = json.loads(_seed_data())
    for path, action, value in changes:
        try:
            _apply(data, path, action, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit removed or replaced this path
    text = json.dumps(data) if fmt == "json" else dump_yaml(data)
    try:
        assert isinstance(parse_facts(text, f"facts.{fmt}"), Facts)
    except FactsError as exc:
        assert "\n" not in str(exc).strip() and str(exc).startswith("facts.")
        event("refused")
        return
    event("valid")


TEXT_FIELDS = [("summary", "bluf"), ("summary", "headline"), ("summary", "key_points", 0, "text"),
               ("people", 0, "name"), ("people", 0, "roles", 0), ("organisations", 0, "name"),
               ("context", 0, "text"), ("article", "source"), ("related", 0)]


@needs_poppler
@needs_qpdf
@pytest.mark.slow
@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(TEXT_FIELDS), st.text(PRINTABLE, min_size=1, max_size=120)),
                min_size=1, max_size=4))
def test_random_text_in_valid_facts_renders_or_is_refused(changes: list[tuple]) -> None:
    data = json.loads(_seed_data())
    data.setdefault("context", []).insert(0, {"text": "Background.", "evidence": ["s1"]})
    data.setdefault("related", []).insert(0, "Related story")
    for path, value in changes:
        _apply(data, path, "set", value)
    try:
        facts = parse_facts(json.dumps(data), "facts.json")
    except FactsError:
        event("refused")
        return
    with tempfile.TemporaryDirectory() as folder:
        try:
            _render_and_check(copy.deepcopy(facts), Path(folder))
        except SitbriefError as exc:
            event(f"not rendered: {type(exc).__name__}")
            return
    event("rendered")
