"""Tests of sitbrief.extract.events.filters: the tests that reject a trigger as no event: reported, generic,
habitual."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.extract import extract_facts
from sitbrief.read.article import parse_article
from tests.extract.helpers import facts

ANCHOR = date(2024, 6, 3)

def _events(body: str, title: str = "Defence news") -> list:
    facts = extract_facts(parse_article(f"{title}\n\n{body}"), published=ANCHOR)
    return [(e.kind, e.title, e.when.start, e.status) for e in facts.events]

def _pairs(body: str) -> list[tuple[str, str]]:
    return [(e.kind, e.title) for e in facts(body, "Defence news", ANCHOR).events]

def _kinds(body: str) -> list[str]:
    return [kind for kind, _ in _pairs(body)]

def _all(body: str) -> list:
    return facts(body, "Defence news", ANCHOR).events


def test_said_in_a_statement_is_the_source_not_an_event_and_a_joint_sail_is_an_exercise():
    found = _events(
        "U.S. and Philippine forces conducted a joint sail in the South China Sea on Saturday, the military "
        "said in a statement on Sunday."
    )
    assert [(k, d) for k, _, d, _ in found] == [("exercise", "2024-06-01")]


def test_things_announced_by_someone_and_co_hosts_are_no_events():
    found = _events(
        "Investments announced by the United States can be found here.\n\n"
        "The co-hosts and participants praised the talks held in Bali on Monday."
    )
    assert [k for k, *_ in found] == ["talks"]


def test_a_habit_is_no_event_and_convened_reads_convene():
    found = _events(
        "U.S. Army Pacific routinely deploys forces on a rotational basis to the region.\n\n"
        "We convened today to reaffirm our commitment to cooperation."
    )
    assert all(k != "deployment" for k, *_ in found)
    assert any(t.startswith("We convene") for _, t, _, _ in found)


def test_a_document_named_without_an_action_is_no_event():
    found = _events(
        "Both leaders agree the Free Trade Agreement was incredibly important.\n\n"
        "Their claims are reflected in the United Nations Convention on the Law of the Sea.\n\n"
        "The two countries signed a logistics agreement in Manila."
    )
    assert [k for k, *_ in found] == ["agreement"] and "sign" in found[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        "The frigates operated in the Northern Coastal Exercise Area.",
        "Delegates gathered in the Summit Hall of the palace.",
        "They stressed the importance of regular high-level visits.",
        "The ministers recognised the value of port visits and deployments in the region.",
        "The two navies will continue to conduct joint exercises.",
        "They agreed to continue regular dialogue.",
        "The ministers highlighted bilateral exercises such as Coastal Shield.",
        "The Navy has deployed ships to the region every year since 2018.",
        "Such visits are vital to the relationship.",
        "The Government's policy is to deploy forces only with parliamentary approval.",
    ],
)
def test_a_name_a_habit_a_kind_of_activity_or_a_policy_is_no_event(sentence):
    assert _events(sentence) == []


def test_a_compound_and_a_deal_named_as_a_topic_are_no_events():
    assert _events("The course trained them as war-fighters with complex scenarios.") == []
    assert _events("The ministers discussed their views on the Iran nuclear deal.") == []
    found = _events("The two firms signed a deal for ten helicopters on Monday.")
    assert "deal" in [k for k, *_ in found]


def test_a_website_to_visit_and_a_named_war_in_passing_are_no_events():
    assert _events("For more news from the fleet, visit www.fleet.example.mil.") == []
    assert _events("The alliance has grown since the end of the Cold War.") == []
    found = _events("Troops fought in the war in the south on Monday.")
    assert [k for k, *_ in found] == ["other"]


def test_a_state_of_being_deployed_is_no_deployment():
    assert _events("Sailors make sacrifices when stationed far from home.") == []
    assert _events("There are currently up to 40 personnel deployed to coalitions in the region.") == []
    found = _events("The army deployed 40 personnel to the region on Monday.")
    assert [k for k, *_ in found] == ["deployment"]


def test_a_participle_describing_the_subject_is_not_a_deployment():
    body = "About 300 soldiers stationed in Northland are currently taking part in a training course in the hills."
    assert "deployment" not in {k for k, *_ in _events(body)}
    assert "deployment" in {k for k, *_ in _events("About 300 soldiers were stationed in Northland in March.")}


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cWe hold exercises every year,\u201d he said.",
        "\u201cWe have had exercises for decades,\u201d he said.",
        "\u201cThe visit was a success and the meeting went well,\u201d he said.",
        "\u201cWe meet regularly with our counterparts,\u201d he said.",
        "\u201cI have visited Japan many times,\u201d the minister said.",
        "\u201cWe will work with our partners and we will deploy when needed,\u201d he said.",
        "\u201cWe believe that exercises make us stronger,\u201d she said.",
    ],
)
def test_habits_opinions_and_others_actions_in_quotes_are_not_events(sentence):
    assert _events(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The crew has completed an extensive training programme delivered by sea training staff.",
        "Recruits must complete training before they deploy.",
    ],
)
def test_a_training_programme_or_a_requirement_is_not_an_exercise(sentence):
    assert "exercise" not in {k for k, *_ in _events(sentence)}


@pytest.mark.parametrize(
    "sentence", ["Retired officers were invited to the reception.", "The treaty bans nuclear tests."]
)
def test_a_retired_person_or_a_ban_on_tests_is_not_an_event(sentence):
    assert _events(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We will continue to hold discussions with partners.",
        "This is a discussion with Canada about trade.",
        "If the death of a soldier is confirmed, the unit will return.",
    ],
)
def test_habits_copulas_and_conditions_are_not_events(sentence):
    assert _events(sentence) == []


def test_what_an_event_marked_is_not_another_event():
    found = _events("Marines fought on Tarawa. The assault marked the beginning of the U.S. offensive in the Pacific.")
    assert not any("offensive" in t for _, t, *_ in found)


@pytest.mark.parametrize(
    "sentence,kind,title",
    [
        ("The talks were held in Geneva.", "talks", "The talks were held in Geneva"),
        ("The exercise was postponed because of the typhoon.", "exercise", "The exercise was postponed"),
        ("This year's summit took place in Vilnius.", "meeting", "Summit takes place in Vilnius"),
        ("The visit ended with a state dinner.", "meeting", "The visit ends with a state dinner"),
    ],
)
def test_an_event_noun_that_opens_a_sentence_as_its_subject_is_reported(sentence, kind, title):
    assert (kind, title) in {(k, t) for k, t, *_ in _events(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("These exercises are important for the alliance.", id="these-exercises-are-important"),
        pytest.param("Ships of this class require regular maintenance.", id="maintenance-in-general"),
        pytest.param("The minister declared that the talks had failed.", id="declaring-that-is-reporting"),
        pytest.param("Any deal must be approved by Congress.", id="a-deal-that-must-be-approved"),
    ],
)
def test_a_single_wording_that_reports_no_event(sentence):
    assert _events(sentence) == []


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("The minister opened talks with his counterpart.", "talks"),
        ("He opened the conference with a speech on maritime security.", "meeting"),
        ("The envoys continued their dialogue on Thursday.", "talks"),
    ],
)
def test_opening_or_continuing_a_named_event_is_reported(sentence, kind):
    assert kind in {k for k, *_ in _events(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Veterans who retired from the navy often work in industry.",
        "Sailors who deployed to the Gulf received medals.",
        "Both navies continue joint patrols in the region.",
    ],
)
def test_people_of_a_kind_and_continued_habits_are_not_events(sentence):
    assert _events(sentence) == []


def test_a_list_of_places_alone_adds_no_event():
    found = _events("The minister made visits to Paris, Berlin and Rome.")
    assert len(found) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "If he had a phone call with them, he would say so.",
        "Regular meetings with Japanese counterparts are planned.",
        "The country entered NATO in 2004.",
        "Crowds gathered in Red Square to watch the parade.",
    ],
)
def test_conditions_habits_and_accessions_are_no_meetings_or_movements(sentence):
    assert not {k for k, *_ in _events(sentence)} & {"call", "meeting", "deployment"}


@pytest.mark.parametrize(
    "sentence", ["The ships docked in Sydney are open to the public.", "Officers arrested in the past faced trials."]
)
def test_a_placed_participle_describing_the_subject_is_no_event(sentence):
    assert _events(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Lawmakers urged Congress to pass legislation on the matter.",
        "The government hopes to pass the bill before the summer.",
        "If the Senate passes the bill, the troops will stay.",
        "Congress must pass the budget.",
    ],
)
def test_a_text_only_wished_passed_is_not_an_event(sentence):
    assert _pairs(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["Smith, who graduated from West Point, commands the division.", "He was resigned to defeat."],
)
def test_a_graduate_described_or_resigned_to_is_not_an_event(sentence):
    assert _pairs(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ships regularly train with allies.",
        "The navy routinely operates alongside partners in the region.",
        "The course improves the crew's ability to operate with allied navies.",
        "The exercise gives sailors the opportunity to train with partners.",
    ],
)
def test_a_habit_or_an_ability_to_train_is_not_an_event(sentence):
    assert _pairs(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ship, named after Admiral Nelson, is the newest in the fleet.",
        "The minister addressed concerns about the budget.",
        "The new strategy addresses the nation's needs.",
        "The ministers welcomed their counterparts' commitment to peace.",
    ],
)
def test_a_name_given_or_a_topic_addressed_is_not_an_event(sentence):
    assert _pairs(sentence) == []


def test_joining_others_in_condemning_is_no_meeting():
    assert "meeting" not in _kinds("The Prime Minister joined other leaders in condemning the decision.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan received the minister's approval.",
        "The navy received two new frigates last year.",
        "The bus stops at Central Station.",
        "He led the delegation's preparations.",
    ],
)
def test_receiving_things_or_a_bus_stop_is_no_event(sentence):
    assert _pairs(sentence) == []


def test_a_host_nation_or_a_representative_at_a_funeral_is_no_meeting():
    assert "meeting" not in _kinds("The President represented the country at the funeral.")
    assert "meeting" not in _kinds("Fiji is the host country of the games.")


def test_a_proposal_welcomed_by_analysts_is_no_meeting():
    assert _pairs("The proposal was welcomed by analysts.") == []


def test_consulting_in_general_is_no_talks():
    assert _pairs("The ministry will continue to consult with partners on such matters.") == []


def test_deaths_over_the_centuries_are_no_happening():
    assert _pairs("Thousands of sailors have lost their lives at sea over the centuries.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The exercise runs across six maritime commands.",
        "The drills ran for two weeks.",
        "The exercise will last ten days.",
    ],
)
def test_an_exercise_that_runs_or_lasts_is_reported(sentence):
    assert "exercise" in _kinds(sentence)


def test_hoping_for_an_outcome_is_no_meeting():
    assert not _all("The ministers hope to meet their climate targets by 2030.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Each country has made its sovereign decision to join NATO.",
        "The decision to extend this deployment reflects the continued need.",
        "Our decision to support the programme was right.",
    ],
)
def test_a_decision_of_no_named_party_adds_no_event(sentence):
    assert not [e for e in _all(sentence) if "decision" in e.title.lower()]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Peters has announced that the Foreign Minister of China, Wang Yi, will visit New Zealand.",
        "The Prime Minister today announced that President Smith will make a state visit to Canada.",
    ],
)
def test_announcing_someone_else_s_visit_is_the_release_not_an_event(sentence):
    kinds = [e.kind for e in _all(sentence)]
    assert "meeting" in kinds and "announcement" not in kinds


def test_a_port_visit_described_not_placed_is_no_event():
    assert not _all("The port visit is an opportunity for the crew to rest.")


def test_missile_launches_in_general_are_no_event():
    assert not _all("Unlawful ballistic missile launches are deeply damaging for regional stability.")


def test_a_press_release_or_a_released_hostage_is_no_document():
    assert not _all("The press release was issued on Monday. Hostages must be released.")


def test_their_meeting_placed_at_a_venue_is_a_meeting_reported():
    found = _pairs("The leaders reflected on their meeting at the G7 in Hiroshima, and the courage of Ukraine.")
    assert [k for k, _ in found] == ["meeting"] and "Hiroshima" in found[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking during their meeting at the Pentagon, the Secretary said the alliance was strong.",
        "The leaders reflected on their meeting and the courage of Ukrainian forces.",
    ],
)
def test_their_meeting_as_a_frame_or_unplaced_is_no_new_meeting(sentence):
    assert "meeting" not in _kinds(sentence)


def test_a_possessors_continued_deployments_are_its_happening_not_a_habit():
    found = _kinds("The Secretary raised deep concerns regarding Russia’s continued military deployments in Ukraine.")
    assert "deployment" in found


def test_continued_exercises_without_a_possessor_stay_a_habit():
    found = _kinds("The two navies agreed on continued bilateral exercises to deepen cooperation.")
    assert "exercise" not in found


def test_a_possessors_hyphenated_happening_is_reported():
    found = _kinds("Both leaders discussed how best Ukraine’s counter-offensive could be supported by partners.")
    assert "other" in found
