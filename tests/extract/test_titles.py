"""Titles never open on a pronoun the reader cannot place: "He"/"It" named by the antecedent, "We, the
leaders of ..." by its appositive, a first-person lead's What by the article's headline; an office run
joined by "and" before a name goes with the office."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.extract.assemble import _headline_names, _surname, statement_authors, third_person
from sitbrief.extract.titles import _drop_appositives, finish_title, noun_phrase
from sitbrief.facts.model import Person
from tests.extract.helpers import facts


def _titles(f) -> list[str]:
    return [e.title for e in f.events]


def test_a_ship_it_is_named_by_the_ship():
    f = facts(
        "A new season brought a new task for the crew of the frigate HMNZS Kauri as it left its home port "
        "of Devonport on 4 March 2024 to join a multinational task group in the Gulf."
    )
    assert not any(t.startswith("It ") for t in _titles(f))


def test_a_he_is_named_by_the_office_called_before():
    f = facts(
        "Defence Minister Ann Roe visited the northern garrison on 3 May 2024 to thank the troops.\n\n"
        "The Defence Minister praised their readiness during the long winter.\n\n"
        "She will meet the regional governor in Lisburn on 5 May 2024 to discuss the new barracks."
    )
    assert any(t.startswith("Roe will meet") or t.startswith("Roe to meet") for t in _titles(f)), _titles(f)


def test_we_the_leaders_of_is_the_appositive():
    named = _drop_appositives("We, the leaders of Chile, Peru, and the Republic of Korea, ")
    assert named == "The leaders of Chile, Peru, and the Republic of Korea"
    assert _drop_appositives("They, the ministers of Mali and Chad, ") == "The ministers of Mali and Chad"


def test_a_first_person_what_gives_way_to_the_headline():
    f = facts("Today I met with the Minister for Defence of Fiji, Ratu Isoa Tikoca, to discuss maritime "
              "security in the Pacific and our joint patrols.",
              header="Fiji and New Zealand deepen maritime cooperation")
    assert f.summary.headline == "Fiji and New Zealand deepen maritime cooperation"


_DIRECTOR = Person(id="p-ann-roe", name="Ann Roe", roles=["Director"], evidence=["s1"])
_ROE = Person(id="p-ann-roe", name="Ann Roe", roles=["Secretary of Defense"], evidence=["s1"])
_LEE = Person(id="p-bo-lee", name="Bo Lee", roles=["Secretary of State"], evidence=["s1"])


@pytest.mark.parametrize(
    "title,people,named",
    [
        # an office joined by "and" goes with the name
        ("He to meet Office of Science and Technology Policy Director Ann Roe", [_DIRECTOR], "He to meet Roe"),
        ("Lee and Director Ann Roe meet in Oslo", [_DIRECTOR], "Lee and Roe meet in Oslo"),
        # an office run before "and" that names another person stays
        ("Secretary of State Bo Lee and Secretary of Defense Ann Roe meet in Lima", [_ROE, _LEE],
         "Lee and Roe meet in Lima"),
    ],
)
def test_an_office_goes_with_the_name_it_stands_before(title, people, named):
    assert _headline_names(title, people) == named


@pytest.mark.parametrize(
    "text,head",
    [
        # a subject set off by a pair of dashes keeps its head
        ("The leaders of the Nordic defence forum \u2013 Minister Ann Roe of Norway and Minister Bo Lee of "
         "Sweden \u2013 on 3 May 2024 reviewed progress under the forum.",
         "The leaders of the Nordic defence forum review"),
        # a country in a subject list stays and a prefixed verb keeps its hyphen
        ("On 3 May 2024, Ghana, the United Kingdom, and the African Union co-hosted a forum on coastal "
         "infrastructure in Accra.", "Ghana, the United Kingdom and the African Union co-host"),
    ],
)
def test_a_subject_headline_keeps_its_head(text, head):
    f = facts(text)
    assert f.summary.headline.startswith(head), f.summary.headline


def test_a_key_point_opening_on_he_is_named_when_the_sentence_before_is_not_shown():
    f = facts(
        "The frigate HMNZS Kauri left her home port of Devonport on 4 March 2024 for a six-month deployment to the "
        "Gulf, where she will join a multinational task group patrolling the shipping lanes.\n\n"
        "\u201cThis is our commitment to our partners,\u201d said Commander Ann Roe, the ship\u2019s commanding "
        "officer, speaking before the departure.\n\n"
        "She was joined on the jetty by Commodore Bo Lee, who will take command of the task group in May."
    )
    points = [p.text for p in f.summary.key_points]
    assert any(p.startswith("Ann Roe was joined") for p in points), points


def test_a_key_point_opening_on_this_is_left_out_when_what_it_points_to_is_not_shown():
    f = facts(
        "The frigate HMS Vale departed her home port of Plymouth on 4 March 2024 on a nine-month deployment to "
        "the Gulf and the Indian Ocean with the combined maritime forces.\n\n"
        "The crew has been preparing for the deployment for six months with the sea training staff.\n\n"
        "This honed their skills with a series of increasingly complex drills and boarding scenarios.\n\n"
        "The frigate will join the multinational task force in the Gulf in April and visit three ports."
    )
    assert not any(p.text.startswith("This honed") for p in f.summary.key_points)


def test_we_of_a_statement_is_the_signatories_its_title_names():
    assert statement_authors("Nordic leaders\u2019 declaration on Arctic security") == "Nordic leaders"
    assert statement_authors("Joint statement from the Foreign Ministers of Chile and Peru") == (
        "The Foreign Ministers of Chile and Peru")
    assert statement_authors("Statement by the Press Secretary on the floods") is None
    f = facts("We discussed the latest developments in the Sahel on 3 May 2024 and agreed to meet again.",
              header="Joint statement from the Foreign Ministers of Chile and Peru")
    assert f.summary.headline.startswith("The Foreign Ministers of Chile and Peru discuss"), f.summary.headline


def test_a_bluf_calling_someone_by_surname_names_them_in_full():
    f = facts(
        "PORTVILLE, June 12, 2024 \u2013 Small children waved paper flags as the band played while their "
        "commander Col. Ann Roeburn turned a new page in the unit's history.\n\n"
        "On Tuesday, Roeburn and her deputy, Maj. Bo Lee, cased the battalion colours in a ceremony at Camp Vale.\n\n"
        "The battalion deploys to the north later this year."
    )
    assert "Ann Roeburn and her deputy" in f.summary.bluf, f.summary.bluf


def test_a_name_written_family_name_first_is_headlined_by_the_family_name():
    written = Person(id="p-1", name="Hayashi Yoshimasa", affiliation="Japan", evidence=["s1"])
    assert _surname(written) == "Hayashi"
    western = Person(id="p-2", name="Mark Mitchell", affiliation="New Zealand", evidence=["s1"])
    assert _surname(western) == "Mitchell"


def test_a_title_loses_a_stray_part_of_day_and_a_joined_lead_in():
    assert finish_title("The Prime Minister speaks to Roe evening") == "The Prime Minister speaks to Roe"
    assert finish_title("Roe and Lee hold talks on the night") == "Roe and Lee hold talks on the night"
    assert finish_title("Roe, Lee and Poe take part in a virtual meeting and confirmed") == (
        "Roe, Lee and Poe take part in a virtual meeting")


def test_the_signatories_own_their_commitment():
    assert third_person(" reaffirm our commitment to us and ourselves") == (
        " reaffirm their commitment to them and themselves")
    assert third_person(" meet the US envoy") == " meet the US envoy"


@pytest.mark.parametrize("title, finished", [
    ("Roe condemned the attack, saying", "Roe condemned the attack"),
    ("Lee welcomed the deal, adding that", "Lee welcomed the deal"),
    ("The navy held drills, noting:", "The navy held drills"),
    ("Japan issues a tsunami warning", "Japan issues a tsunami warning"),
])
def test_a_title_never_ends_on_the_speech_participle_whose_words_were_cut(title, finished):
    assert finish_title(title) == finished


def test_a_short_noun_phrase_whose_date_was_cut_ends_on_no_preposition():
    text = "HMAS Toowoomba departed for the RIMPAC exercise on 7 June."
    at = text.index("exercise")
    date = (text.index("7 June"), text.index("7 June") + len("7 June"))
    assert noun_phrase(text, (at, at + len("exercise")), date) == "RIMPAC exercise"


def test_no_event_title_ends_on_a_preposition_left_by_its_cut_date():
    body = "HMAS Toowoomba arrived in Pearl Harbor on 3 June and departed for the RIMPAC exercise on 7 June."
    ends = {e.title.split()[-1].lower() for e in facts(body).events}
    assert not ends & {"on", "in", "at", "for", "the", "a"}



@pytest.mark.parametrize(
    "body,title",
    [
        ("In March, Australia and the UK concluded a new defence treaty, which entered into force in August.",
         "The new defence treaty enters into force"),
        ("Australia and the UK signed a defence treaty in March that entered into force in August.",
         "The defence treaty enters into force"),
    ],
)
def test_a_relative_clause_after_an_object_has_the_object_as_its_subject(body, title):
    assert title in [e.title for e in facts(body).events]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Burt condemns today\u2019s (14 July) terror attack in Jerusalem.", "terror attack",
         "Terror attack in Jerusalem"),
        ("Burt condemns the Jerusalem (Old City) terror attack.", "terror attack", "Terror attack"),
        ("Burt condemns the Old City terror attack.", "terror attack", "Old City terror attack"),
    ],
)
def test_a_bracket_opened_before_ends_the_modifiers(text: str, trigger: str, expected: str) -> None:
    at = text.index(trigger)
    assert noun_phrase(text, (at, at + len(trigger)), None) == expected


def test_we_of_a_joint_statement_by_two_offices_is_both():
    title = "Joint Statement by the President of Norland and the Prime Minister of Sudland"
    assert statement_authors(title) == "The President of Norland and the Prime Minister of Sudland"
    assert statement_authors("Statement by the Minister of Foreign Affairs and Trade") is None
    f = facts("We were pleased to continue our consultations today. We discussed the security of Sudland.",
              header=title, published=date(2006, 10, 28))
    assert f.summary.headline.startswith("The President of Norland and the Prime Minister of Sudland were pleased"), \
        f.summary.headline
    assert "their consultations" in f.summary.bluf, f.summary.bluf


def test_an_aside_between_a_spaced_hyphen_and_a_dash_leaves_the_subject():
    found = facts(
        "Two Portsmouth-based frigates - HMS Iron Duke and HMS Richmond – returned home to cheering crowds on "
        "Thursday following six months at sea.", "Navy news", date(2011, 7, 29),
    )
    assert _titles(found) == ["Two Portsmouth-based frigates return home to cheering crowds"]
