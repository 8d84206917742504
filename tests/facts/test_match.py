"""One place decides "same person, organisation, place, event" for the digest and merged stories."""

from __future__ import annotations

from sitbrief.facts.match import (
    cluster,
    group_facts,
    person_keys,
    same_event,
    same_org,
    same_person,
    same_place,
    similar_titles,
)
from sitbrief.facts.model import Event, Facts, Organisation, Person, Place, When


def person(name: str, roles=(), affiliation=None, aliases=()) -> Person:
    return Person(id="p", name=name, roles=list(roles), affiliation=affiliation, aliases=list(aliases),
                  evidence=["s1"])


def event(title: str, start: str | None, kind="meeting", end=None, where=None, precision="day") -> Event:
    return Event(id="e", kind=kind, title=title, when=When(start=start, end=end, precision=precision),
                 where=where, evidence=["s1"])


def test_a_title_and_surname_is_the_person_named_in_full():
    assert same_person(person("Marsh", ["President"]), person("Anna Marsh"))
    assert same_person(person("President Marsh"), person("Anna Marsh", ["President"]))
    assert same_person(person("A. Marsh"), person("Anna Marsh"))
    assert same_person(person("Richard Marles"), person("Richard Donald Marles"))


def test_another_given_name_or_side_is_another_person():
    assert not same_person(person("Jane Smith"), person("John Smith"))
    assert not same_person(person("Richard Marles", affiliation="Australia"),
                           person("Richard Marles", affiliation="United Kingdom"))
    assert not same_person(person("Anna Marsh"), person("Anna Marshall"))


def test_an_alias_matches():
    assert same_person(person("Tunde Okafor", aliases=["Okafor"]), person("Minister Okafor", ["Foreign Minister"]))


def test_person_keys_match_full_name_or_first_and_surname():
    assert person_keys("José  Álvarez-Ruiz") == ["jose alvarez ruiz", "jose ruiz"]
    assert set(person_keys("Richard Marles")) & set(person_keys("Richard Donald Marles"))


def test_organisations_match_by_name_or_acronym_within_one_country():
    nato = Organisation(id="o1", name="North Atlantic Treaty Organization", acronym="NATO", evidence=["s1"])
    assert same_org(nato, Organisation(id="o2", name="NATO", evidence=["s1"]))
    mfa_v = Organisation(id="o3", name="Ministry of Foreign Affairs", country="Veldoria", evidence=["s1"])
    mfa_k = Organisation(id="o4", name="the Ministry of Foreign Affairs", country="Karesh", evidence=["s1"])
    assert same_org(mfa_v, Organisation(id="o5", name="The Ministry of Foreign Affairs", evidence=["s1"]))
    assert not same_org(mfa_v, mfa_k)


def test_places_match_by_name_unless_country_or_kind_disagree():
    geneva = Place(id="a", name="Geneva", kind="city", country="Switzerland", evidence=["s1"])
    assert same_place(geneva, Place(id="b", name="Geneva", evidence=["s1"]))
    assert not same_place(geneva, Place(id="c", name="Geneva", kind="city", country="United States", evidence=["s1"]))
    assert not same_place(geneva, Place(id="d", name="Vienna", kind="city", evidence=["s1"]))


def test_two_meetings_on_different_dates_are_different():
    assert not same_event(event("Marsh meets Okafor in Geneva", "2026-03-03"),
                          event("Marsh meets Okafor in Geneva", "2026-03-10"))


def test_a_date_inside_the_others_precision_is_compatible():
    month = event("Second round of border talks in Vienna", "2026-04", precision="month", kind="talks")
    assert same_event(month, event("Second round of border talks", "2026-04-14", kind="meeting"))
    assert not same_event(month, event("Second round of border talks", "2026-05-02"))


def test_the_same_kind_alone_is_not_the_same_event():
    assert not same_event(event("Marsh meets Okafor in Geneva", "2026-03-03"),
                          event("Defence chiefs meet in Brussels", "2026-03-03"))
    assert not same_event(event("Marsh meets Okafor", "2026-03-03", kind="meeting"),
                          event("Marsh meets Okafor", "2026-03-03", kind="appointment"))


def test_different_places_are_different_events():
    assert not same_event(event("Marsh meets Okafor", "2026-03-03", where="pl-a"),
                          event("Marsh meets Okafor", "2026-03-03", where="pl-b"))
    places = {"pl-a": Place(id="pl-a", name="Geneva", evidence=["s1"]),
              "pl-b": Place(id="pl-b", name="Geneva", kind="city", evidence=["s1"])}
    assert same_event(event("Marsh meets Okafor", "2026-03-03", where="pl-a"),
                      event("Marsh meets Okafor", "2026-03-03", where="pl-b"), places)


def test_titles_are_similar_when_most_words_of_the_shorter_are_shared():
    assert similar_titles("Marsh of Veldoria meets Okafor of Karesh in Geneva", "Marsh and Okafor meet in Geneva")
    assert not similar_titles("Marsh meets Okafor", "Okafor visits Vienna")


def test_cluster_joins_an_item_only_to_a_group_it_fully_matches():
    people = [person("Anna Marsh"), person("Marsh"), person("Mark Marsh"), person("A. Marsh")]
    groups = cluster(people, same_person)
    assert [[p.name for p in g] for g in groups] == [["Anna Marsh", "Marsh", "A. Marsh"], ["Mark Marsh"]]


def _facts(sentences: list[str], **items) -> Facts:
    rows, offset = [], 0
    for i, text in enumerate(sentences, start=1):
        rows.append({"id": f"s{i}", "text": text, "start": offset, "end": offset + len(text)})
        offset += len(text) + 1
    return Facts.model_validate({"article": {"sentences": rows}, **items})


def test_group_facts_matches_across_reports_and_folds_a_disputed_date_only_when_asked():
    meeting = {"title": "Marsh meets Okafor in Geneva", "kind": "meeting", "where": "pl-1", "evidence": ["s1"]}
    geneva = {"id": "pl-1", "name": "Geneva", "kind": "city", "evidence": ["s1"]}
    wire = _facts(["Marsh met Okafor in Geneva on Tuesday."],
                  people=[{"id": "p-1", "name": "Anna Marsh", "evidence": ["s1"]}], places=[geneva],
                  events=[{"id": "e-1", "when": {"start": "2026-03-03", "precision": "day"}, **meeting}])
    readout = _facts(["President Marsh met Okafor in Geneva on Wednesday."],
                     people=[{"id": "p-9", "name": "Marsh", "roles": ["President"], "evidence": ["s1"]}],
                     places=[{**geneva, "id": "pl-7"}],
                     events=[{"id": "e-4", "when": {"start": "2026-03-04", "precision": "day"},
                              **{**meeting, "where": "pl-7"}}])
    strict = group_facts([wire, readout])
    assert [[m.report for m in g] for g in strict.people] == [[1, 2]]
    assert [[m.report for m in g] for g in strict.places] == [[1, 2]]
    assert [[m.report for m in g] for g in strict.events] == [[1], [2]]
    folded = group_facts([wire, readout], disputed_dates=True)
    assert [[m.report for m in g] for g in folded.events] == [[1, 2]]


def test_two_dates_in_one_report_are_two_events_even_when_disputes_fold():
    meeting = {"title": "Marsh meets Okafor", "kind": "meeting", "evidence": ["s1"]}
    both = _facts(["Marsh met Okafor on Tuesday and again on Friday."],
                  events=[{"id": "e-1", "when": {"start": "2026-03-03"}, **meeting},
                          {"id": "e-2", "when": {"start": "2026-03-06"}, **meeting}])
    groups = group_facts([both, both], disputed_dates=True)
    assert [[m.report for m in g] for g in groups.events] == [[1, 2], [1, 2]]


def test_a_disputed_place_folds_but_not_a_disputed_place_and_date():
    def report(where: str, start: str) -> Facts:
        return _facts(["Marsh met Okafor."], places=[{"id": "pl-1", "name": where, "evidence": ["s1"]}],
                      events=[{"id": "e-1", "title": "Marsh meets Okafor", "kind": "meeting", "where": "pl-1",
                               "when": {"start": start}, "evidence": ["s1"]}])
    groups = group_facts([report("Geneva", "2026-03-03"), report("Vienna", "2026-03-03")], disputed_dates=True)
    assert [[m.report for m in g] for g in groups.events] == [[1, 2]]
    groups = group_facts([report("Geneva", "2026-03-03"), report("Vienna", "2026-03-05")], disputed_dates=True)
    assert [[m.report for m in g] for g in groups.events] == [[1], [2]]


def test_quotes_match_by_words_when_their_speakers_are_one():
    def report(name: str, text: str) -> Facts:
        return _facts([f'"{text}," {name} said.'], people=[{"id": "p-1", "name": name, "evidence": ["s1"]}],
                      quotes=[{"id": "q-1", "speaker": "p-1", "text": text, "evidence": ["s1"]}])
    same = group_facts([report("Anna Marsh", "The talks were frank and useful"), report("Marsh", "frank and useful")])
    assert [[m.report for m in g] for g in same.quotes] == [[1, 2]]
    other = group_facts([report("Anna Marsh", "frank and useful"), report("Tunde Okafor", "frank and useful")])
    assert [[m.report for m in g] for g in other.quotes] == [[1], [2]]


def test_cluster_by_keys_groups_as_comparing_everything_does():
    from sitbrief.facts.match import person_surnames

    people = [person(n) for n in ("Anna Marsh", "Tunde Okafor", "Marsh", "Mark Marsh", "Okafor", "A. Marsh",
                                  "Jane Smith", "John Smith", "Smith")]
    slow = cluster(people, same_person)
    fast = cluster(people, same_person, person_surnames)
    assert [[p.name for p in g] for g in fast] == [[p.name for p in g] for g in slow]
    assert len(fast) == 5
