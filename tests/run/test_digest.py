"""Digests: one report and deck for many articles, with actors, timeline and sources merged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sitbrief.compose.brief import Actors, EvidenceList, Sources, Timeline
from sitbrief.compose.digest import compose_digest
from sitbrief.compose.index import prefix_facts
from sitbrief.core.errors import EXIT_BATCH, InputError
from sitbrief.facts.model import Facts
from sitbrief.layout import load_layout
from sitbrief.run import build as build_module
from sitbrief.run.build import BuildOptions
from sitbrief.run.digest import build_digest
from tests.run.test_build import fake_writer

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"


def make_facts(published: str, outlet: str, sentences: list[str], people=(), orgs=(), events=(),
               quotes=()) -> Facts:
    """Return a small valid fact model: sentences s1.., people/orgs/events/quotes as tuples."""
    offset, rows = 0, []
    for i, text in enumerate(sentences, start=1):
        rows.append({"id": f"s{i}", "text": text, "start": offset, "end": offset + len(text)})
        offset += len(text) + 1
    return Facts.model_validate({
        "article": {"title": sentences[0][:60], "source": outlet, "published": published, "sentences": rows},
        "summary": {"bluf": sentences[0], "evidence": ["s1"]},
        "people": [{"id": pid, "name": name, "roles": roles, "affiliation": aff, "evidence": ev}
                   for pid, name, roles, aff, ev in people],
        "organisations": [{"id": oid, "name": name, "acronym": acr, "evidence": ev} for oid, name, acr, ev in orgs],
        "events": [{"id": eid, "title": title, "when": {"start": start, "precision": prec}, "status": status,
                    "evidence": ev} for eid, title, start, prec, status, ev in events],
        "quotes": [{"id": qid, "speaker": who, "text": text, "evidence": ev} for qid, who, text, ev in quotes],
        "sources": [{"id": "src", "outlet": outlet, "title": sentences[0][:60], "published": published}],
    })


@pytest.fixture(scope="module")
def three() -> list[Facts]:
    a = make_facts("2024-05-01", "Harbor Wire", [
        "Defence Minister Richard Marles met NATO officials in Canberra on Monday.",
        '"We stand together," Marles said.'],
        people=[("p-richard-marles", "Richard Marles", ["Defence Minister"], "Australia", ["s1"])],
        orgs=[("o-nato", "North Atlantic Treaty Organization", "NATO", ["s1"])],
        events=[("e1", "Marles meets NATO officials", "2024-04-29", "day", "past", ["s1"])],
        quotes=[("q1", "p-richard-marles", "We stand together", ["s2"])])
    b = make_facts("2024-05-02", "Pacific Post", [
        "Deputy Prime Minister Richard Donald Marles will visit NATO headquarters in June.",
        "Jane Holloway, a NATO spokeswoman, welcomed the visit."],
        people=[("p-marles", "Richard Donald Marles", ["Deputy Prime Minister"], "Australia", ["s1"]),
                ("p-jane-holloway", "Jane Holloway", ["spokeswoman"], None, ["s2"])],
        orgs=[("o-nato", "NATO", None, ["s1"])],
        events=[("e1", "Marles to visit NATO headquarters", "2024-06", "month", "planned", ["s1"]),
                ("e2", "Marles meets NATO officials", "2024-04-29", "day", "past", ["s2"])])
    c = make_facts("2024-04-30", "Channel Times", [
        "A British engineer also called Richard Marles won an award in London."],
        people=[("p-richard-marles", "Richard Marles", ["engineer"], "United Kingdom", ["s1"])])
    return [a, b, c]


@pytest.fixture(scope="module")
def digest(three):
    return compose_digest(three, load_layout())


def _block(brief, kind, cls):
    section = next(s for s in brief.sections if s.kind == kind)
    return next(b for b in section.blocks if isinstance(b, cls))


def test_same_person_in_two_stories_is_one_actor(digest):
    actors = _block(digest, "actors", Actors).actors
    marles = [a for a in actors if "Marles" in a.name]
    assert len(marles) == 2  # the Australian minister (two stories) and the British engineer
    minister = next(a for a in marles if a.affiliation == "Australia")
    assert minister.name == "Richard Donald Marles"
    assert minister.role == "Defence Minister; Deputy Prime Minister"
    assert minister.refs == ["a1-s1", "a2-s1"]


def test_organisations_merge_by_name_or_acronym(digest):
    orgs = [a for a in _block(digest, "actors", Actors).actors if a.kind_of == "organisation"]
    assert [o.name for o in orgs] == ["North Atlantic Treaty Organization (NATO)"]
    assert orgs[0].refs == ["a1-s1", "a2-s1"]


def test_sources_are_numbered_across_the_digest(digest):
    items = _block(digest, "sources", Sources).items
    assert [i.number for i in items] == [1, 2, 3]
    assert ["Harbor Wire" in items[0].text, "Pacific Post" in items[1].text] == [True, True]
    article_two = next(s for s in digest.sections if s.title.startswith("2. "))
    assert article_two.blocks[0].text.endswith("[2]")


def test_evidence_refs_are_unique_and_all_resolve(digest):
    from sitbrief.compose.brief import cited_refs as _cited

    cited = _cited(digest.sections, digest.slides)
    assert cited and cited <= set(digest.evidence)
    assert all(sid.split("-")[0] in ("a1", "a2", "a3") for sid in digest.evidence)
    assert [e.number for e in digest.evidence.values()] == list(range(1, len(digest.evidence) + 1))
    listed = _block(digest, "evidence", EvidenceList).items
    assert [e.sid for e in listed] == list(digest.evidence)


def test_timeline_is_merged_and_in_date_order(digest):
    entries = _block(digest, "timeline", Timeline).entries
    assert [e.label for e in entries] == ["Marles meets NATO officials", "Marles to visit NATO headquarters"]
    assert entries[0].refs == ["a1-s1", "a2-s2"]


def test_one_section_per_article_and_a_dated_file_name(digest):
    titles = [s.title for s in digest.sections if s.kind == "article"]
    assert [t.split(".")[0] for t in titles] == ["1", "2", "3"]
    assert digest.filename == "2024-05-02-digest"
    assert digest.title == "Daily situation report" and digest.serial.startswith("SB-20240502-DIGEST")
    assert any(s.kind == "bluf" for s in digest.slides) and digest.slides[0].kind == "title"


def test_prefixing_keeps_the_fact_model_valid(three):
    prefixed = prefix_facts(three[0], "a7")
    assert [s.id for s in prefixed.article.sentences] == ["a7-s1", "a7-s2"]
    assert prefixed.quotes[0].speaker == "a7-p-richard-marles" and prefixed.quotes[0].evidence == ["a7-s2"]


# --- build_digest ---------------------------------------------------------------------------

@pytest.fixture
def feed(tmp_path: Path) -> list[Path]:
    paths = []
    for name in ("readout.txt", "wire_dateline.txt"):
        shutil.copy(ARTICLES / name, tmp_path / name)
        paths.append(tmp_path / name)
    return paths


def test_digest_leaves_out_a_bad_input_says_so_and_skips_when_unchanged(feed, tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "_writer", fake_writer)
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    options = BuildOptions(out=tmp_path / "out")
    result = build_digest([*feed, bad], options)
    assert result.exit_code == EXIT_BATCH
    assert any(w.startswith(f"{bad}: left out of the digest: ") for w in result.warnings)
    assert [p.name.endswith("-digest.pdf") for p in result.outputs] == [True, False]
    good = build_digest(feed, options)
    assert not good.skipped and good.exit_code == 0
    assert build_digest(feed, options).skipped
    assert not build_digest(feed, BuildOptions(out=tmp_path / "out", force=True)).skipped


def test_digest_of_unreadable_inputs_only_is_an_error(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    with pytest.raises(InputError, match="no input could be read"):
        build_digest([bad], BuildOptions(out=tmp_path / "out"))


def test_real_writers_draw_a_digest(feed, tmp_path):
    result = build_digest(feed, BuildOptions(out=tmp_path / "out"))
    pdf, pptx = result.outputs
    assert pdf.read_bytes().startswith(b"%PDF") and pptx.read_bytes().startswith(b"PK")


@pytest.mark.slow
def test_a_digest_of_fifty_generated_articles_builds_and_names_files_in_its_warnings(tmp_path):
    import subprocess
    import sys

    from click.testing import CliRunner

    from sitbrief.cli.main import main

    feed = tmp_path / "feed"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "50", str(feed), "--seed", "1"],
                   check=True, capture_output=True)
    (feed / "zz-undated.txt").write_text("Talks will be held on Friday, the defence minister said on Monday.\n")
    result = CliRunner().invoke(main, ["build", str(feed), "--digest", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert sorted(p.suffix for p in (tmp_path / "out").glob("*-digest.*")) == [".pdf", ".pptx"]
    warnings = [line for line in result.output.splitlines() if "warning:" in line]
    assert any(f"warning: {feed / 'zz-undated.txt'}: no publication date" in w for w in warnings)
    assert not any("digest-" in w or ": article " in w for w in warnings)


def test_a_failed_input_is_named_once(tmp_path):
    from click.testing import CliRunner

    from sitbrief.cli.main import main

    bad = tmp_path / "bad.txt"
    bad.write_text("Too short.\n")
    result = CliRunner().invoke(main, ["build", str(bad), "--out", str(tmp_path / "out")])
    line = next(x for x in result.output.splitlines() if "error:" in x)
    assert line.count(str(bad)) == 1 and line.count("bad.txt") == 1
