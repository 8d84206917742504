"""Several reports of one story make one fact model: ids unique, support listed, disputes recorded."""

from __future__ import annotations

import pytest

from sitbrief.core.errors import InputError
from sitbrief.facts.io import dump_facts, parse_facts
from sitbrief.facts.merge import is_merged, merge_facts
from sitbrief.facts.model import Facts, Place


def report(outlet: str, published: str, sentences: list[str], **items) -> Facts:
    """Return a one-report fact model with sentences s1.. and the given items."""
    rows, offset = [], 0
    for i, text in enumerate(sentences, start=1):
        rows.append({"id": f"s{i}", "text": text, "start": offset, "end": offset + len(text)})
        offset += len(text) + 1
    return Facts.model_validate({
        "article": {"title": f"{outlet} report", "source": outlet, "published": published, "sentences": rows},
        "summary": {"bluf": sentences[0], "evidence": ["s1"]},
        "sources": [{"id": "src-1", "outlet": outlet, "published": published}],
        **items})


def meeting(start: str, where="pl-riga", title="Lind meets Ozola in Riga", evidence=("s1",), **more) -> dict:
    return {"id": "ev-1", "kind": "meeting", "title": title, "when": {"start": start, "precision": "day"},
            "where": where, "participants": ["p-lind"], "evidence": list(evidence), **more}


RIGA = {"id": "pl-riga", "name": "Riga", "kind": "city", "country": "Latvia", "evidence": ["s1"]}


@pytest.fixture
def three() -> list[Facts]:
    wire = report("Harbor Wire", "2026-03-04", [
        "Estonian Defence Minister Kaarel Lind met Inese Ozola in Riga on Tuesday.",
        '"We are buying together," Ozola said.',
        "The deal is worth 300 million euros."],
        people=[{"id": "p-lind", "name": "Kaarel Lind", "roles": ["Defence Minister"], "evidence": ["s1"]},
                {"id": "p-ozola", "name": "Inese Ozola", "evidence": ["s1", "s2"]}],
        places=[RIGA], events=[meeting("2026-03-03", evidence=["s1", "s3"])],
        quotes=[{"id": "q-1", "speaker": "p-ozola", "text": "We are buying together", "evidence": ["s2"]}])
    ministry = report("Latvian Ministry of Defence", "2026-03-03", [
        "Minister Ozola hosted Minister Lind in Riga on 3 March 2026.",
        "We are buying together because we will defend together.",
        "The deal is worth 350 million euros."],
        people=[{"id": "p-ozola", "name": "Ozola", "roles": ["Minister of Defence"], "evidence": ["s1"]},
                {"id": "p-lind", "name": "Lind", "roles": ["Minister"], "evidence": ["s1"]}],
        places=[RIGA], events=[meeting("2026-03-03", title="Ozola hosts Lind in Riga", evidence=["s1", "s3"])],
        quotes=[{"id": "q-1", "speaker": "p-ozola", "speaker_inferred": True,
                 "text": "We are buying together because we will defend together.", "evidence": ["s2"]}])
    readout = report("Estonian Ministry of Defence", "2026-03-04", [
        "Minister Kaarel Lind met Minister Inese Ozola in Riga on 4 March 2026."],
        people=[{"id": "p-lind", "name": "Kaarel Lind", "roles": ["Minister of Defence"], "evidence": ["s1"]}],
        places=[RIGA], events=[meeting("2026-03-04")])
    return [wire, ministry, readout]


@pytest.fixture
def story(three) -> Facts:
    return merge_facts(three, ["wire.txt", "ministry.html", "readout.txt"])


def test_sentence_ids_are_unique_and_each_keeps_its_report(story):
    ids = [s.id for s in story.article.sentences]
    assert ids[:3] == ["s1.1", "s1.2", "s1.3"] and ids[-1] == "s3.1" and len(set(ids)) == len(ids) == 7
    assert [s.source for s in story.article.sentences] == ["src-1"] * 3 + ["src-2"] * 3 + ["src-3"]
    assert [s.outlet for s in story.sources] == ["Harbor Wire", "Latvian Ministry of Defence",
                                                 "Estonian Ministry of Defence"]
    assert is_merged(story)


def test_people_places_events_and_quotes_list_every_report(story):
    lind = next(p for p in story.people if p.id == "p-lind")
    assert lind.name == "Kaarel Lind" and lind.reported_by == ["src-1", "src-2", "src-3"]
    assert "Lind" in lind.aliases and lind.evidence == ["s1.1", "s2.1", "s3.1"]
    assert [len(p.reported_by) for p in story.people] == [3, 2]
    assert [p.reported_by for p in story.places] == [["src-1", "src-2", "src-3"]]
    [event] = story.events
    assert event.reported_by == ["src-1", "src-2", "src-3"] and event.where == "pl-riga"
    [quote] = story.quotes
    assert quote.text.startswith("We are buying together because") and quote.reported_by == ["src-1", "src-2"]
    assert quote.speaker == "p-ozola"


def test_a_conflicting_date_is_recorded_with_both_versions_and_their_sources(story):
    date = next(d for d in story.discrepancies if d.about == "date")
    assert date.item == "ev-1" and date.subject == "Lind meets Ozola in Riga"
    assert [(v.text, v.sources, v.evidence) for v in date.versions] == [
        ("2026-03-03", ["src-1", "src-2"], ["s1.1", "s2.1"]), ("2026-03-04", ["src-3"], ["s3.1"])]
    assert story.events[0].when.start == "2026-03-03"  # the majority's, with the other shown beside it


def test_a_conflicting_figure_is_recorded(story):
    figure = next(d for d in story.discrepancies if d.about == "number")
    assert figure.subject == "Lind meets Ozola in Riga (euros)"
    assert [(v.text, v.sources) for v in figure.versions] == [("300 million euros", ["src-1"]),
                                                            ("350 million euros", ["src-2"])]


def test_compatible_facts_are_no_discrepancy(three):
    three[2].events[0].when.start = "2026-03"
    three[2].events[0].when.precision = "month"
    story = merge_facts(three)
    assert not [d for d in story.discrepancies if d.about == "date"]


def test_a_different_role_of_one_kind_is_a_discrepancy():
    def one(outlet: str, role: str) -> Facts:
        return report(outlet, "2026-03-04", [f"{role} Kaarel Lind spoke."],
                      people=[{"id": "p-lind", "name": "Kaarel Lind", "roles": [role], "evidence": ["s1"]}])
    story = merge_facts([one("A", "Defence Minister"), one("B", "Foreign Minister")])
    [role] = story.discrepancies
    assert role.about == "role" and [v.text for v in role.versions] == ["Defence Minister", "Foreign Minister"]
    assert not merge_facts([one("A", "Defence Minister"), one("B", "Minister of Defence")]).discrepancies


def test_the_merged_model_round_trips_and_a_one_report_file_reads_as_before(story, three):
    text = dump_facts(story)
    assert "schema_version: '1.1'" in text and "reported_by:" in text and "source: src-3" in text
    assert parse_facts(text, "story.yaml") == story
    single = dump_facts(three[0])
    assert "reported_by" not in single and "discrepancies" not in single and "source: src" not in single
    old = parse_facts(single.replace("schema_version: '1.1'", "schema_version: '1.0'"), "old.yaml")
    assert old.schema_version == "1.0" and old.people == three[0].people


def test_a_hand_edit_pointing_at_no_source_is_refused(story):
    text = dump_facts(story).replace("source: src-3", "source: src-9", 1)
    with pytest.raises(InputError, match=r"article.sentences\[6\].source: 'src-9' is not the id of any source"):
        parse_facts(text, "story.yaml")


def test_a_merged_story_is_not_merged_again(story, three):
    with pytest.raises(InputError, match="story.yaml: is already a merged story"):
        merge_facts([story, three[0]], ["story.yaml", "wire.txt"])


def test_a_disputed_place_and_status_are_recorded(three):
    vienna = {"id": "pl-vienna", "name": "Vienna", "kind": "city", "country": "Austria", "evidence": ["s1"]}
    three[2] = three[2].model_copy(update={"places": [Place.model_validate(vienna)]})
    three[2].events[0].where, three[2].events[0].when.start = "pl-vienna", "2026-03-03"
    three[2].events[0].status = "planned"
    story = merge_facts(three)
    disputes = {d.about: [(v.text, v.sources) for v in d.versions] for d in story.discrepancies}
    assert disputes["place"] == [("Riga", ["src-1", "src-2"]), ("Vienna", ["src-3"])]
    assert disputes["status"] == [("past", ["src-1", "src-2"]), ("planned", ["src-3"])]
    assert "date" not in disputes and len(story.events) == 1
