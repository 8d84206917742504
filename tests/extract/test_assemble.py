"""Tests of sitbrief.extract.assemble: assemble extractor drafts into the validated fact model, with ids and
cross-references."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from sitbrief.extract import extract_facts
from sitbrief.extract.assemble import _headline_names, _headline_pattern, _name_in_title
from sitbrief.facts.model import Person
from sitbrief.read.article import read_article
from tests.extract.helpers import facts

TITLES = [
    ("Defence Minister Mira Tolsen of Norland meets Varo", "Mira Tolsen"),
    ("US Secretary of the Navy Mira Tolsen Jr. visits the fleet", "Mira Tolsen"),
    ("Mira Tolsen of the Arlen Group speaks", "Mira Tolsen"),
    ("Talks: Mira Tolsen, Jr., and Varo", "Mira Tolsen"),
    ("Mira Tolsen meets Mira Tolsen of Norland", "Mira Tolsen"),  # named twice: the name's own pattern
]

ARTICLE = """Navies to hold mine-clearing drill

KYIV, Sept 12 (Reuters) - Ukraine and Romania will begin a joint mine-clearing exercise in the western \
Black Sea on Sept. 23, officials said on Thursday.

The drills will involve minehunters and divers from both countries.
"""

PASSING = """Leaders sign pact

BRASILIA, May 15, 2024 - The two prime ministers, who met in Rio de Janeiro on May 2, signed a defence \
cooperation agreement in Brasilia on Tuesday.

The agreement covers training and joint patrols.
"""

def _names(f, event) -> set[str]:
    """Return the names of an event's participating people."""
    people = {p.id: p.name for p in f.people}
    return {people[i] for i in event.participants if i in people}


@pytest.mark.parametrize(("title", "name"), TITLES)
def test_the_marked_title_is_rewritten_as_the_names_own_pattern_rewrites_it(title: str, name: str) -> None:
    own = re.compile(_headline_pattern(name)).sub("X", title, count=1)
    marked, pattern = _name_in_title(title, name)
    assert pattern.sub("X", marked, count=1) == own


def test_a_title_names_people_by_surname() -> None:
    person = Person(id="p1", name="Mira Tolsen", evidence=["s1"])
    assert _headline_names("Defence Minister Mira Tolsen meets Varo", [person]) == "Tolsen meets Varo"


@pytest.mark.parametrize(
    ("name", "alias", "short"),
    [
        ("Tanaka Hiroshi", "Minister Tanaka", "Tanaka"),  # family name first, as the text uses it alone
        ("Park Min-jun", "Secretary-General Park", "Park"),
        ("Ana Ruiz Vega", "Ms Ruiz", "Ruiz"),  # two family names: the one the text uses
        ("Faisal bin Hamad", "Deputy Minister Faisal bin Hamad", "Faisal bin Hamad"),  # a father's name after "bin"
    ],
)
def test_a_title_uses_the_name_the_text_uses_alone_after_an_office(name: str, alias: str, short: str) -> None:
    person = Person(id="p1", name=name, aliases=[alias], evidence=["s1"])
    assert _headline_names(f"Reed meets with Minister {name} in Tokyo", [person]) == f"Reed meets with {short} in Tokyo"


@pytest.mark.parametrize("sentence", [
    "Secretary of State Ann Roe met with French Ambassador to the United States Tom Reed in Washington, D.C. today.",
    "Foreign Minister Ann Roe met with the Norland Ambassador to the United Nations Tom Reed in Geneva on Monday.",
    "Minister Ann Roe met with Special Envoy to the Middle East Tom Reed in Cairo on Monday.",
])
def test_an_office_running_through_to_leaves_the_headline_with_the_name(sentence):
    titles = [e.title for e in facts(sentence).events]
    assert titles and not any(" to Reed" in t for t in titles), titles
    assert any(t.startswith("Roe meets with Reed") for t in titles), titles


@pytest.mark.parametrize(("title", "expected"), [
    ("Roe to depart for visits to Vale and Norland to meet", "Roe to depart for visits to Vale and Norland"),
    ("Reed to travel to Portville in order to meet", "Reed to travel to Portville"),
    ("The minister flies to Oslo to sign", "The minister flies to Oslo"),
    ("Roe and Reed agree to meet", "Roe and Reed agree to meet"),
    ("Vale and Norland are set to sign", "Vale and Norland are set to sign"),
    ("The Secretary directs the Strike Group to remain", "The Secretary directs the Strike Group to remain"),
])
def test_a_purpose_whose_object_was_cut_leaves_the_headline(title: str, expected: str) -> None:
    from sitbrief.extract.titles import finish_title

    assert finish_title(title) == expected


@pytest.mark.parametrize("sentence", [
    "Secretary of Defense Ann Roe met today with his Norland counterpart, Secretary of State for Defence, Tom Reed, "
    "on the margins of the Defence Ministers Meeting in Portville.",
    "Foreign Minister Ann Roe met in Portville with her counterpart, Minister for Foreign Affairs, Tom Reed, and "
    "his deputy.",
    "Minister Ann Roe spoke by phone on Monday with her Vale counterpart, Chief of the Defence Staff, Tom Reed, "
    "about the exercise.",
])
def test_a_counterpart_named_after_an_office_appositive_is_the_name_in_the_headline(sentence):
    titles = [e.title for e in facts(sentence).events]
    assert titles and all("counterpart" not in t for t in titles) and any("Reed" in t for t in titles), titles


@pytest.mark.parametrize("quote", [
    "\u201cI treasure Boris\u2019s friendship and the work we do together,\u201d Reed said.",
    "\u201cBoris is a good friend,\u201d Reed said after the talks.",
    "\u201cWe thank Boris for his leadership,\u201d Reed told reporters.",
])
def test_a_given_name_a_quote_uses_is_not_the_headlines_surname(quote):
    body = ("Boris Johnson, the Foreign Secretary, has today met with Tom Reed, the Norland Foreign Minister, "
            "to discuss trade.\n\n" + quote)
    titles = [e.title for e in facts(body).events]
    assert titles and titles[0].startswith("Johnson "), titles


@pytest.mark.parametrize(("body", "title"), [
    ("The ministers also agreed to hold their next meeting in Riga in May.", "The ministers agree to hold"),
    ("Defence Ministers also took part in a table-top exercise on Monday.", "Defence Ministers take part in"),
    ("The two warships jointly conducted a drill off Guam on Tuesday.", "The two warships jointly conduct"),
])
def test_an_adverb_between_a_plural_subject_and_its_verb_keeps_the_verb_plural(body: str, title: str) -> None:
    assert any(e.title.startswith(title) for e in facts(body).events), [e.title for e in facts(body).events]


def test_an_events_place_may_follow_a_compass_word(tmp_path: Path) -> None:
    path = tmp_path / "drill.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    facts = extract_facts(read_article(path))
    places = {p.id: p.name for p in facts.places}
    main = next(e for e in facts.events if e.id == facts.summary.event)
    assert places.get(main.where) == "Black Sea"


def test_an_event_told_in_a_relative_clause_is_not_the_main_event(tmp_path: Path) -> None:
    path = tmp_path / "pact.txt"
    path.write_text(PASSING, encoding="utf-8")
    facts = extract_facts(read_article(path))
    main = next(e for e in facts.events if e.id == facts.summary.event)
    assert main.kind == "agreement" and main.when.start == "2024-05-14"


@pytest.mark.parametrize("body, reporter, taking_part", [
    ("Defence Minister Ana Ruiz met Foreign Minister Tom Vale in Madrid on Monday, "
     "ministry spokesman Carl Ibsen said.", "Carl Ibsen", {"Ana Ruiz", "Tom Vale"}),
    ("General Mark Hale visited the troops in Tallinn today, Press Secretary Jane Ode told reporters.",
     "Jane Ode", {"Mark Hale"}),
    ("Secretary Lee Park spoke by phone with Minister Omar Said on Tuesday, according to spokesperson Nina Cole.",
     "Nina Cole", {"Lee Park", "Omar Said"}),
])
def test_the_reporter_of_an_event_is_not_a_participant(body, reporter, taking_part):
    f = facts(body)
    assert f.events, body
    names = _names(f, f.events[0])
    assert reporter not in names
    assert taking_part <= names


def test_a_speaker_of_their_own_action_still_takes_part():
    f = facts("\u201cWe met our partners in Oslo on Monday,\u201d said Defence Minister Ana Ruiz.")
    assert f.events
    assert "Ana Ruiz" in _names(f, f.events[0])


def test_a_person_named_after_and_is_not_a_reporter():
    f = facts("Minister Ana Ruiz met Minister Tom Vale in Rome on Monday, and General Mark Hale said little.")
    assert {"Ana Ruiz", "Tom Vale", "Mark Hale"} <= _names(f, f.events[0])


@pytest.mark.parametrize("body, header, title", [
    ("Prime Minister Ann Roe issued the following statement today:\n\n\u201cToday we mark our national day.\n\n"
     "\u201cIn July, I met with the President of Vale, Bo Lee, to reaffirm our support.\u201d",
     "Statement by the Prime Minister on National Day", "Roe meets with the President of Vale"),
    ("\u201cLast week I met with the Foreign Minister of Chile in Santiago,\u201d Foreign Minister Ann Roe said on "
     "3 June 2024.", "Minister meets counterpart", "Roe meets with the Foreign Minister of Chile"),
    ("Today I visited the National War Memorial and attended the Last Post Ceremony.\n\nI was accompanied by "
     "the Director, Dr Bo Lee.", "Minister for Defence attends ceremony",
     "Minister for Defence visits the National War Memorial"),
    ("Today I met with Norland\u2019s Minister for Defence, the Hon Bo Lee, to discuss our programme.",
     "Vale and Norland strengthen partnership", "Meeting with Norland\u2019s Minister for Defence"),
])
def test_a_title_opening_on_i_names_the_one_who_says_it_in_the_third_person(body, header, title):
    titles = [e.title for e in facts(body, header, date(2024, 6, 5)).events]
    assert any(t.startswith(title) for t in titles), titles
    assert not any(re.match(r"I\s", t) for t in titles), titles


@pytest.mark.parametrize("body, title", [
    ("The Foreign Secretary, Bo Lee, met in Islamabad on 5 May 2024 with President Asif Ali, Prime Minister Shahbaz "
     "Khan, Foreign Minister Ishaq Dar and army chief Asim Munir.",
     "Lee meets with Ali, Khan, Dar and Munir in Islamabad"),
    ("Defence Minister Ann Roe held talks in Nairobi on Tuesday with President William Kip, Defence Secretary Aden "
     "Duale and General Charles Kahariri.", "Roe holds talks with Kip, Duale and Kahariri in Nairobi"),
    ("Foreign Secretary Ann Roe met in Lima (on 8 March 2024) with the President, Tom Reed, the Chief of Defence, "
     "General Jo Reed, and Minister for Interior Cy Poe.", "Roe meets with Tom Reed, Jo Reed and Poe in Lima"),
    ("Defence Secretary John Healey today attended the G7 Defence Ministers summit in Naples, where he met with "
     "Italy\u2019s Defence Minister Guido Crosetto and Japan\u2019s Defence Minister Gen Nakatani to discuss the "
     "programme.", "Healey meets with Crosetto and Nakatani in Naples"),
])
def test_a_meeting_with_a_list_of_people_is_titled_with_all_of_them(body, title):
    titles = [e.title for e in facts(body, published=date(2024, 6, 5)).events]
    assert title in titles, titles


def test_a_meeting_titled_by_its_subject_alone_is_titled_by_its_people():
    body = ("The Vale Ministers for Foreign Affairs and Defence, Ann Roe and Bo Lee, and the Norland Foreign and "
            "Defence Secretaries, Tom Reed and Jane Hill, met today for the fifth Vale-Norland Ministerial "
            "Consultations.")
    titles = [e.title for e in facts(body, published=date(2024, 6, 5)).events]
    assert "Roe, Lee, Reed and Hill meet" in titles, titles


def test_the_what_names_the_participants_its_title_calls_by_office():
    found = facts("On Tuesday, the Prime Minister, Ann Roe, met with the President of Vale, Bo Lee, at the summit "
                  "in Lima.", published=date(2024, 6, 4))
    assert found.summary.headline == "Roe meets with Lee"


def test_a_list_of_names_opening_the_what_is_not_an_office_before_a_name():
    found = facts("The ministers, Carr, Smith, Hague and Hammond, met today in Perth for talks.",
                  published=date(2024, 6, 4))
    assert found.summary.headline.startswith("Carr, Smith, Hague and Hammond meet")


def test_an_event_told_in_the_description_before_the_subjects_name_is_not_the_main_event():
    found = facts("One of the Navy's two frigates permanently on patrol in the Pacific, HMS Vale, joined forces with "
                  "the Norland Navy for a link-up.\n\nVale met up with the Norland destroyer NNS Lorn off the coast "
                  "of Upland for combined training.", published=date(2024, 6, 4))
    main = next(e for e in found.events if e.id == found.summary.event)
    assert main.kind in ("meeting", "exercise"), (main.kind, main.title)


def test_a_place_and_its_region_set_off_before_after_is_no_description():
    found = facts("The frigate HMS Vale has sailed into her home port of Fleet Base West in Rockingham, Western "
                  "Australia, after completing a nine-month deployment to the Gulf.", published=date(2024, 6, 4))
    main = next(e for e in found.events if e.id == found.summary.event)
    assert "sail" in main.title, main.title


def test_a_country_just_after_the_trigger_places_the_event_but_a_topics_country_does_not():
    from tests.extract.helpers import facts

    found = facts("Ministers convened a trilateral meeting in Singapore on Monday.")
    where = {p.id: p.name for p in found.places}
    assert [where.get(e.where) for e in found.events] == ["Singapore"]
    found = facts("The ministers held a meeting to discuss the crisis in Israel and Gaza.")
    assert [e.where for e in found.events] == [None]


def test_a_gathering_still_to_come_gives_its_country_to_no_event():
    from tests.extract.helpers import facts

    found = facts("Minister Ann Roe met Envoy Bo Lee by phone ahead of next month's summit in Japan.")
    assert [e.where for e in found.events] == [None]


def test_a_what_opening_on_the_ship_names_the_ship():
    from types import SimpleNamespace

    from sitbrief.extract.assemble import _vessel_named

    event = SimpleNamespace(participants=["o-hms-vale", "p-ann-roe"])
    ship = SimpleNamespace(id="o-hms-vale", name="HMS Vale", kind="ship")
    navy = SimpleNamespace(id="o-navy", name="Royal Navy", kind="organisation")
    assert _vessel_named("The ship to leave Portsmouth", event, [ship, navy]) == "HMS Vale to leave Portsmouth"
    assert _vessel_named("The frigate will sail", event, [ship]) == "HMS Vale will sail"
    other = SimpleNamespace(id="o-hms-fen", name="HMS Fen", kind="ship")
    assert _vessel_named("The ship to leave Portsmouth", SimpleNamespace(participants=["o-hms-vale", "o-hms-fen"]),
                         [ship, other]) == "The ship to leave Portsmouth"  # two ships: which one is not known


def test_a_subject_sharing_a_name_with_the_one_met_is_not_listed_twice():
    f = facts("Minister of Defence Ron Mark met with United States Secretary of Defense Mark Esper on 25 January "
              "2024 in Washington.")
    assert not [e.title for e in f.events if e.title.count("Mark") > 1], [e.title for e in f.events]


def test_a_what_that_would_be_the_documents_title_is_told_of_the_meetings_people():
    f = facts("WASHINGTON -- Australian Minister for Defence the Hon. Ann Roe MP, Japanese Minister of Defense Sato "
              "Ken, and U.S. Secretary of Defense Cy Poe, convened a Trilateral Defense Ministerial Meeting (TDMM) "
              "in Oslo on June 3, 2023, on the sidelines of the Nordic Security Dialogue.",
              header="Norland-Vale-Fen Trilateral Defense Ministers' Meeting 2023 Joint Statement")
    assert f.summary.headline == "Roe, Sato and Poe meet", f.summary.headline


def test_what_speaks_not_as_we_of_the_government():
    f = facts("The President and Prime Minister Bo Lee had a call today on several issues on our shared agenda. "
              "The two leaders discussed the summit in Oslo.", published=date(2009, 9, 10))
    assert "our" not in f.summary.headline.split(), f.summary.headline


def test_what_of_a_we_event_is_its_twin_of_the_same_day_that_names_who_took_part():
    from types import SimpleNamespace

    from sitbrief.extract.assemble import _told_not_as_we

    def event(n, title, people):
        return SimpleNamespace(id=f"ev-{n}", kind="talks", title=title, participants=people,
                               when=SimpleNamespace(start="2006-10-28"))

    we = event(1, "We were pleased to continue our consultations", [])
    twin = event(2, "Roe talks with Lee", ["p-roe", "p-lee"])
    assert _told_not_as_we(we.title, we, [we, twin]) == "Roe talks with Lee"
    assert _told_not_as_we(we.title, we, [we]) == ""
    assert _told_not_as_we("Roe talks with Lee", twin, [we, twin]) == "Roe talks with Lee"


def test_an_unquoted_i_after_a_lead_in_the_third_person_leaves_the_bluf():
    f = facts("Minister Ann Roe strongly condemns the attack in Oslo on 14 July 2017.\n\nMinister Ann Roe said:\n\n"
              "I strongly condemn the horrific attack in Oslo. I offer my condolences to the victims.",
              header="Minister statement on the attack in Oslo")
    assert f.summary.bluf == "Minister Ann Roe strongly condemns the attack in Oslo on 14 July 2017.", f.summary.bluf


def test_an_event_title_in_the_issuing_governments_voice_is_told_of_the_parties_or_its_official():
    from types import SimpleNamespace

    from sitbrief.extract.assemble import _retitle_own_voice

    f = facts("Prime Minister Ann Roe met Prime Minister Bo Lee in Oslo on 3 June 2024. "
              "They agreed for talks to take place between our teams in July.")
    titles = [e.title for e in f.events]
    assert "They agree for talks to take place between their teams" in titles, titles
    poe = SimpleNamespace(name="Cy Poe", affiliation="United States")
    events = [SimpleNamespace(title="Secretary Cy Poe raised our deep concerns about the tests"),
              SimpleNamespace(title="Our last meeting")]  # no one to tell it of: left as written
    _retitle_own_voice(events, [poe])
    told = "Secretary Cy Poe raised the United States\u2019 deep concerns about the tests"
    assert [e.title for e in events] == [told, "Our last meeting"]
