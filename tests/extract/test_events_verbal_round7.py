"""Events reported by verbal clauses (round 7): whole classes, every inflection and word order."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import facts

ANCHOR = date(2024, 6, 3)


def _events(body: str) -> list[tuple[str, str]]:
    return [(e.kind, e.title) for e in facts(body, "Defence news", ANCHOR).events]


def _kinds(body: str) -> list[str]:
    return [kind for kind, _ in _events(body)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Foreign Secretary will travel to Paris today, following two days of meetings in Berlin with "
        "Chancellor Scholz and Foreign Minister Baerbock.",
        "The envoy flew home on Friday after three days of meetings in Ankara with President Erdogan.",
        "Ms Lee arrived in Seoul on Monday, following meetings in Tokyo with Prime Minister Kishida.",
    ],
)
def test_meetings_told_before_the_main_verb_are_their_own_event(sentence):
    assert any(kind == "meeting" and title.startswith("Meetings") for kind, title in _events(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister holds meetings in Washington with senior officials.",
        "The envoy held talks in New Delhi with Prime Minister Modi.",
    ],
)
def test_meetings_in_a_place_with_a_counterpart(sentence):
    assert {"meeting", "talks"} & set(_kinds(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Assembly adopted a resolution demanding a ceasefire on Tuesday.",
        "The UN Security Council adopts Resolution 2735 on Gaza.",
        "The Senate passed legislation to fund the navy.",
        "The provincial assembly passes a law to protect journalists.",
        "Resolution 2334 was adopted unanimously by the Security Council in December.",
        "The bill was passed by the Bundestag on Friday.",
        "Parliament overwhelmingly approved the defence budget last week.",
        "The Diet enacted a new security law in 2015.",
    ],
)
def test_a_body_adopting_or_passing_a_text_is_an_event(sentence):
    assert "other" in _kinds(sentence)


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
    assert _events(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The first cadets graduated from the naval academy in July.",
        "Forty sailors graduate from the submarine school today.",
        "The first class of Australian officers graduates from the nuclear power school.",
        "The new headquarters opened in Reading on Monday.",
        "The embassy officially opens in Honiara next week.",
        "The minister resigned on Friday.",
        "The Defence Minister stepped down after the scandal.",
        "Ray Smith steps down as Chief of Army in June.",
    ],
)
def test_graduating_opening_and_stepping_down(sentence):
    assert "other" in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Smith, who graduated from West Point, commands the division.", "He was resigned to defeat."],
)
def test_a_graduate_described_or_resigned_to_is_not_an_event(sentence):
    assert _events(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The two carrier groups operated together in the Philippine Sea last week.",
        "HMS Kent operates alongside the Japanese navy in the East China Sea.",
        "The F-35s trained with Japanese fighters over the Sea of Japan on Monday.",
        "The frigate will train with the Indian Navy in the Arabian Sea.",
        "Marines train alongside Australian soldiers in Darwin.",
        "The task group exercised with 11 nations across Southeast Asia.",
    ],
)
def test_forces_training_or_operating_with_others(sentence):
    assert "exercise" in _kinds(sentence)


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
    assert _events(sentence) == []


def test_a_purpose_infinitive_is_titled_by_the_subject_not_the_movement():
    found = _events(
        "Four F-22 Raptors, one C-17 Globemaster III, and approximately 60 Airmen arrived at Spangdahlem Air Base, "
        "Germany, to train with allied air forces and U.S. services through mid-September."
    )
    assert ("exercise", "Four F-22 Raptors and approximately 60 Airmen train with allied air forces") in found
    assert any(kind == "deployment" and "arrive" in title for kind, title in found)


@pytest.mark.parametrize(
    "sentence,second",
    [
        ("The UK was increasing the number of Tornado aircraft deployed in the region and sending a new squadron "
         "of Typhoons to Cyprus.", "sending"),
        ("The minister visited the troops in Mali and then flew to Niger.", "Niger"),
        ("The frigate left Sydney and later arrived in Noumea.", "The frigate arrives in Noumea"),
        ("The minister met the Emir and also visited the troops.", "The minister visits the troops"),
    ],
)
def test_a_second_predicate_after_and_is_a_second_event(sentence, second):
    found = _events(sentence)
    assert len(found) == 2 and any(second in title for _, title in found)


def test_a_date_before_and_a_second_predicate_dates_the_first_and_both_are_kept():
    found = facts(
        "The carrier strike group departed the U.S. Central Command area of responsibility today "
        "and will remain briefly in the Mediterranean before returning home.", "Defence news", ANCHOR).events
    assert any("departs" in e.title and e.when.start == "2024-06-03" for e in found)
    assert any("remain" in e.title and e.when.start is None for e in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ship returned safely to Devonport after nine months away.",
        "The three hostages returned safely.",
        "The crew returns safely to port.",
        "The destroyer has been transiting the South China Sea after departing Naval Base Guam.",
        "The battalion has trained in Poland since arriving at the base in April.",
    ],
)
def test_safe_returns_and_movements_after_since_are_events(sentence):
    assert "deployment" in _kinds(sentence)


def test_an_opening_departure_is_the_first_leg_of_the_main_journey():
    found = _events("Upon departing Paris, the Foreign Secretary travelled to Rome for a press conference.")
    assert [kind for kind, _ in found] == ["meeting"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Marines take part in service projects with local communities.",
        "The ship is receiving maintenance, while the Marines are training ashore, and will be participating in "
        "service projects with local communities.",
    ],
)
def test_taking_part_told_in_a_second_predicate(sentence):
    assert any("service projects" in title for _, title in _events(sentence))


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("The President named Tom Hale as his new national security adviser.", "appointment"),
        ("The government named Admiral Kim Lee the next Chief of Navy.", "appointment"),
        ("Rear Admiral Jo Bell has been named commander of the task force.", "appointment"),
        ("The Defence Secretary welcomed his Australian counterpart to London.", "meeting"),
        ("The Secretary delivered remarks at the conference.", "statement"),
        ("The Prime Minister addressed the UN General Assembly on Tuesday.", "statement"),
        ("The Defence Secretary addressed the ship's company on the flight deck.", "statement"),
        ("Russian aircraft violated Estonian airspace on Friday.", "other"),
        ("Two Chinese coast guard ships blocked a Philippine resupply mission.", "other"),
    ],
)
def test_naming_welcoming_addressing_and_incursions(sentence, kind):
    assert kind in _kinds(sentence)


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
    assert _events(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers committed to meet regularly as part of efforts to address security challenges.",
        "The two leaders decided to meet again in Tokyo next year.",
        "The envoys pledged to meet in Geneva.",
    ],
)
def test_a_decision_to_meet_is_a_planned_meeting(sentence):
    assert "meeting" in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Halifax will be operating with its NATO allies in Western and Northern European waters.",
        "The frigate is operating alongside the Japanese navy.",
    ],
)
def test_operating_with_allies_in_the_progressive(sentence):
    assert "exercise" in _kinds(sentence)


def test_asking_someone_to_travel_is_a_planned_visit():
    assert "meeting" in _kinds("The President asked the Secretary of State to visit Beijing next month.")
    assert _events("He asked reporters to wait.") == []


def test_an_unlike_happening_after_another_stays_apart():
    found = _events(
        "On 7 July the three ministers took part in a virtual meeting. "
        "The ministers also welcomed the opening of the new headquarters in Reading."
    )
    assert any("opening of the new headquarters" in title for _, title in found)
    assert len(found) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "In Cambodia the secretary will join 10 other defense chiefs from ASEAN at their annual retreat in Siem-Reap.",
        "The Foreign Secretary joined G7 counterparts in Capri on Thursday.",
    ],
)
def test_joining_counterparts_is_a_meeting(sentence):
    assert "meeting" in _kinds(sentence)


def test_joining_others_in_condemning_is_no_meeting():
    assert "meeting" not in _kinds("The Prime Minister joined other leaders in condemning the decision.")


def test_a_safe_return_is_an_event():
    found = _events("The Prime Minister congratulated the President on the safe return of three US citizens.")
    assert any("safe return" in title for _, title in found)


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("The Secretary received the Indonesian ambassador at the Pentagon on Monday.", "meeting"),
        ("The Foreign Secretary led a trade delegation to India last week.", "meeting"),
        ("The minister landed in Kyiv on Tuesday morning.", "deployment"),
        ("The aircraft touched down at RAAF Base Darwin on Friday.", "deployment"),
        ("The Prime Minister stopped over in Singapore on his way to Australia.", "deployment"),
        ("The ship evacuated 200 civilians from Port Sudan.", "other"),
        ("HMNZS Canterbury delivered humanitarian aid to Tonga.", "other"),
        ("RAF aircraft airdropped supplies to Gaza on Tuesday.", "other"),
    ],
)
def test_receiving_leading_landing_and_relief(sentence, kind):
    assert kind in _kinds(sentence)


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
    assert _events(sentence) == []


@pytest.mark.parametrize(
    "sentence,kind,title",
    [
        ("Scheduled to run from Aug. 9-18, LSE 2023 is a live, virtual, and constructive, globally-integrated exercise "
         "designed to refine the synchronization of maritime operations.", "exercise", "LSE 2023 is"),
        ("Set to take place on 3 July, the summit will gather leaders from 30 nations.", "meeting", "The summit will"),
        ("Due to begin on 10 June, the drills will involve 20 ships.", "exercise", "The drills will"),
    ],
)
def test_an_opening_timetable_dates_the_subjects_event(sentence, kind, title):
    found = facts(sentence, "Defence news", ANCHOR).events
    assert any(e.kind == kind and e.title.startswith(title) and e.when.start for e in found)


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("The President held a bilateral with Prime Minister Albanese on the margins of the G20.", "meeting"),
        ("The Defence Secretary will host his counterparts at Lancaster House.", "meeting"),
        ("The Minister will represent Australia at the ASEAN Defence Ministers' Meeting.", "meeting"),
        ("The Secretary will make stops in Tokyo and Seoul.", "meeting"),
        ("The patrol ship called at Suva for fuel.", "deployment"),
        ("The battlegroup rotated out of Estonia in December.", "deployment"),
        ("Two B-1B bombers flew over the Korean Peninsula on Friday.", "deployment"),
    ],
)
def test_bilaterals_hosting_representing_stops_and_ship_calls(sentence, kind):
    assert kind in _kinds(sentence)


def test_a_host_nation_or_a_representative_at_a_funeral_is_no_meeting():
    assert "meeting" not in _kinds("The President represented the country at the funeral.")
    assert "meeting" not in _kinds("Fiji is the host country of the games.")


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("Three sailors were rescued by the coast guard.", "other"),
        ("The minister was welcomed by the Governor-General at Government House.", "meeting"),
        ("The crew was greeted by Prime Minister Luxon on arrival.", "meeting"),
    ],
)
def test_passive_rescues_and_welcomes(sentence, kind):
    assert kind in _kinds(sentence)


def test_a_proposal_welcomed_by_analysts_is_no_meeting():
    assert _events("The proposal was welcomed by analysts.") == []


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("The Secretary conferred with his Japanese counterpart on Tuesday.", "talks"),
        ("The ministers consulted with NATO allies on the crisis.", "talks"),
        ("The two leaders talked by phone on Monday.", "call"),
        ("The leaders spoke via video link.", "call"),
    ],
)
def test_conferring_consulting_and_talking_by_phone_or_video(sentence, kind):
    assert kind in _kinds(sentence)


def test_consulting_in_general_is_no_talks():
    assert _events("The ministry will continue to consult with partners on such matters.") == []


def test_a_title_stops_at_following():
    found = _events(
        "HMS Argyll will deploy to Japan to take part in exercises in December 2018 following participation in a "
        "Five Power Defence Arrangements exercise."
    )
    assert ("exercise", "HMS Argyll will deploy to Japan to take part in exercises") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cWe will defend our common security,\u201d Trump told members of South Korea's National Assembly.",
        "The minister told delegates at the Shangri-La Dialogue that the region faced new threats.",
    ],
)
def test_telling_an_assembly_or_conference_is_an_address(sentence):
    found = _events(sentence)
    assert found and not found[0][1].startswith(("\u201c", '"'))


def test_an_opening_during_the_visit_does_not_fold_the_verb_into_the_visit():
    found = _events(
        "While in Fiji, Minister Lee will meet with the Minister of Defence. "
        "During the visit Minister Lee will also attend a remembrance ceremony at the National War Memorial."
    )
    assert len(found) == 2


def test_a_second_bare_verb_shares_the_first_verbs_will():
    found = facts(
        "The minister will attend a ceremony at the War Memorial, and tour the new camp.", "Defence news", ANCHOR
    ).events
    assert {e.status for e in found} == {"planned"} and len(found) == 2


def test_a_ships_visit_and_a_ministers_visit_stay_apart():
    found = _events(
        "HMS Kent visited Manila this week. The ship's visit deepens defence ties. "
        "Defence Minister Lord Smith visited Manila and HMS Kent, where he met the crew."
    )
    assert len([kind for kind, _ in found if kind == "meeting"]) >= 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The five brothers lost their lives during the Battle of Guadalcanal on November 13, 1942.",
        "Two soldiers were killed in a roadside bombing on Sunday.",
        "The former minister died in hospital on Friday.",
    ],
)
def test_deaths_are_happenings(sentence):
    assert "other" in _kinds(sentence)


def test_deaths_over_the_centuries_are_no_happening():
    assert _events("Thousands of sailors have lost their lives at sea over the centuries.") == []


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
