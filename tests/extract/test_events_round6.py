"""Events, round 6: classes of missed events probed with invented sentences in other wordings."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import facts

ANCHOR = date(2024, 6, 3)
Q, E = "\u201c", "\u201d"


def _events(body: str, title: str = "Defence news") -> list:
    return [(e.kind, e.title, e.when.start, e.status) for e in facts(body, title, ANCHOR).events]


@pytest.mark.parametrize(
    "sentence,kind,words",
    [
        (f"{Q}I met with Minister Ana Reyes at the Halifax Forum last year,{E} Ms Tane said.", "meeting", "Tane meets"),
        (f"{Q}I will travel to Jakarta to meet senior officials,{E} Defence Minister Kim Lee said.", "meeting", "Lee"),
        (f"{Q}We conducted live-fire drills with the Japanese navy,{E} the commander said.", "exercise", "We conduct"),
        ('"We signed the logistics agreement in Manila," the minister said.', "agreement", "We sign"),
    ],
)
def test_the_speakers_own_action_in_a_quote_is_an_event(sentence, kind, words):
    found = _events(sentence)
    assert any(k == kind and t.startswith(words) and "\u201c" not in t and '"' not in t for k, t, *_ in found)


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
    "sentence,words",
    [
        ("The destroyers successfully conducted live missile firings off Hawaii.", "firings"),
        ("HMNZS Te Kaha carried out test firings of its new missile system near Auckland.", "firings"),
        ("The battalion completed six weeks of jungle training in Brunei.", "training"),
        ("The Defence Minister watched amphibious training at Shoalwater Bay.", "training"),
        ("The Chief of Navy observed live-fire training aboard HMAS Anzac.", "training"),
    ],
)
def test_firings_and_training_completed_or_watched_are_exercises(sentence, words):
    assert any(k == "exercise" and words in t for k, t, *_ in _events(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The crew has completed an extensive training programme delivered by sea training staff.",
        "Recruits must complete training before they deploy.",
    ],
)
def test_a_training_programme_or_a_requirement_is_not_an_exercise(sentence):
    assert "exercise" not in {k for k, *_ in _events(sentence)}


def test_an_opening_as_well_as_phrase_is_not_the_subject():
    found = _events(
        "As well as addressing the crew during his visit to the dockyard, the Defence Secretary watched "
        "damage-control training on board HMS Kent."
    )
    assert any(t.startswith("The Defence Secretary watches") for _, t, *_ in found)


@pytest.mark.parametrize(
    "sentence,words",
    [
        ("Officials discussed Pyongyang's latest ballistic missile test.", "missile test"),
        ("The regime carried out a nuclear test near Punggye-ri on Sunday.", "nuclear test"),
        ("The Chief of Army, who will retire at the end of the year, thanked the troops.", "retire"),
        ("The Prime Minister leaves office next month.", "leaves office"),
        ("The admiral retired from the navy in 2019.", "retire"),
    ],
)
def test_tests_retirements_and_leaving_office_are_events(sentence, words):
    assert any(k == "other" and words in t for k, t, *_ in _events(sentence))


@pytest.mark.parametrize(
    "sentence", ["Retired officers were invited to the reception.", "The treaty bans nuclear tests."]
)
def test_a_retired_person_or_a_ban_on_tests_is_not_an_event(sentence):
    assert _events(sentence) == []


def test_unlike_other_happenings_sharing_a_country_stay_apart():
    found = _events(
        "The leaders discussed the attack and Pyongyang on Monday. "
        "They also discussed Pyongyang's latest missile test, agreeing it was a provocation."
    )
    assert len([k for k, *_ in found if k == "other"]) == 2


@pytest.mark.parametrize(
    "sentence,kind,words",
    [
        ("Their teams would continue their technical discussions next week.", "talks", "discussions"),
        ("Admiral Kim Lee engaged in a think tank discussion at the Lowy Institute.", "talks", "discussion"),
        ("The Chief of Navy took part in a panel discussion at the university.", "talks", "discussion"),
        ("Gates will discuss the alliance during meetings with Prime Minister Yukio Hatoyama.", "meeting", "meetings"),
        ("The Defence Minister toured the shipyard at Ulsan.", "meeting", "tours the shipyard"),
        ("She offered condolences on the passing of former Premier Li Keqiang.", "other", "passing of Li Keqiang"),
        ("Ministers welcomed the opening of the new regional headquarters in Darwin.", "other", "opening"),
    ],
)
def test_discussions_meetings_tours_deaths_and_openings(sentence, kind, words):
    assert any(k == kind and words.lower() in t.lower() for k, t, *_ in _events(sentence))


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


@pytest.mark.parametrize(
    "sentence,kind",
    [
        pytest.param("General Kim Lee will join the minister for the annual U.S.-Korean Ministerial.", "meeting",
                     id="a-named-meeting-after-a-dotted-modifier"),
        pytest.param("HMS Kent has sailed for the Gulf.", "deployment", id="sailing-for-a-place"),
    ],
)
def test_a_single_wording_reports_its_kind(sentence, kind):
    assert kind in {k for k, *_ in _events(sentence)}


def test_what_an_event_marked_is_not_another_event():
    found = _events("Marines fought on Tarawa. The assault marked the beginning of the U.S. offensive in the Pacific.")
    assert not any("offensive" in t for _, t, *_ in found)


@pytest.mark.parametrize(
    "sentence,kind,words",
    [
        ("HMS Kent berthed in Yokosuka on Monday for a five-day port visit.", "deployment", "berths"),
        ("The frigate docked in Singapore after a month at sea.", "deployment", "docks"),
        ("The carrier strike group entered the South China Sea.", "deployment", "enters the South China Sea"),
        ("The regiment returned from Afghanistan last week.", "deployment", "returns from"),
        ("The Australian Army took delivery of the first Boxer vehicles.", "deal", "delivery"),
        ("The US Navy awarded a contract to General Dynamics.", "deal", "contract"),
        ("The aircraft carrier completed sea trials in the North Sea.", "exercise", "sea trials"),
        ("Forces rehearsed amphibious landings near the coast.", "exercise", "rehearse"),
        ("The minister paid a courtesy call on the governor.", "meeting", "courtesy call"),
        ("The admiral laid a wreath at the memorial.", "meeting", "wreath"),
        ("The minister inaugurated the new naval base on Tuesday.", "other", "inaugurates"),
        ("The Defence Secretary opened the new training facility in Wales.", "other", "opens"),
        ("The Coast Guard rescued 12 fishermen off Luzon.", "other", "rescues"),
        ("The leaders issued a joint statement after the summit.", "statement", "joint statement"),
        ("The Secretary gave a speech at the Naval War College.", "statement", "speech"),
        ("The exercise concluded on Friday with a live-fire demonstration.", "exercise", "exercise concludes"),
    ],
)
def test_more_wordings_of_movements_deliveries_visits_and_statements(sentence, kind, words):
    assert any(k == kind and words.lower() in t.lower() for k, t, *_ in _events(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The agreement entered into force in May.",
        "The offices are open to the public.",
        "General Ana Reyes, Chief of the Defence Staff, today issued the following statement:",
        "The ministry said in a statement on Sunday that talks were useful.",
    ],
)
def test_no_false_movement_opening_or_statement(sentence):
    kinds = {k for k, *_ in _events(sentence)}
    assert not kinds & {"deployment", "other", "statement"}


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
    "sentence,title",
    [
        ("A memorandum of understanding was signed on Tuesday.", "A memorandum of understanding is signed"),
        ("The ship was commissioned into service on Saturday.", "The ship is commissioned into service"),
        ("Two ships were deployed to the Gulf in May.", "Two ships are deployed to the Gulf"),
    ],
)
def test_a_passive_stays_passive_in_the_title(sentence, title):
    assert title in {t for _, t, *_ in _events(sentence)}


@pytest.mark.parametrize(
    "sentence,kind,words",
    [
        ("Ahead of a call with G20 leaders on Friday, the ministers agreed to act.", "call", "call with"),
        ("The commodore said that non-essential training had been postponed for four weeks.", "exercise", "postponed"),
        ("Live-fire drills were cancelled because of the weather.", "exercise", "cancelled"),
        ("HMNZS Aotearoa will undergo maintenance soon to be ready for the cyclone season.", "other", "maintenance"),
        ("The frigate entered a six-month refit at Rosyth.", "other", "refit"),
    ],
)
def test_calls_with_named_parties_postponements_and_maintenance(sentence, kind, words):
    assert any(k == kind and words in t for k, t, *_ in _events(sentence))


@pytest.mark.parametrize(
    "sentence,words",
    [
        ("Our cooperation arose out of an international tragedy, the tsunami of 2004.", "Tsunami of 2004"),
        ("Typhoon Haiyan struck the Philippines in 2013, killing thousands.", "Haiyan"),
        ("The minister recalled the arbitral award issued in The Hague in 2016.", "award"),
        ("The Philippine army is fighting to retake the city from militants.", "fighting"),
        ("The UK imposed new sanctions on Iranian officials on Monday.", "sanctions"),
        ("She welcomed Canada's recent sanctioning of leading figures in the junta.", "sanctioning"),
    ],
)
def test_disasters_rulings_fighting_and_sanctions_are_events(sentence, words):
    assert any(k == "other" and words in t for k, t, *_ in _events(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers train for fighting in cities.",
        "The cyclone season begins in November.",
        "He is fighting to keep his job.",
    ],
)
def test_kinds_of_fighting_and_seasons_are_not_events(sentence):
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


@pytest.mark.parametrize(
    "sentence,title",
    [
        (
            "We reaffirm our commitment to peace \u2014 as declared in Kuala Lumpur, Malaysia, on July 28, 2023 \u2014 "
            "and to dialogue.",
            "Declaration in Kuala Lumpur",
        ),
        ("The government declared a state of emergency on Monday.", "The government declares a state of emergency"),
    ],
)
def test_a_declaration_made_somewhere_is_a_statement(sentence, title):
    assert ("statement", title) in {(k, t) for k, t, *_ in _events(sentence)}


def test_an_event_noun_ending_a_list_of_visits_is_its_own_event():
    found = _events(
        "The minister will make visits to Paris, Berlin and the European Council summit in Brussels next week."
    )
    assert ("meeting", "European Council summit in Brussels", "planned") in {(k, t, s) for k, t, _, s in found}


def test_a_list_of_places_alone_adds_no_event():
    found = _events("The minister made visits to Paris, Berlin and Rome.")
    assert len(found) == 1


def test_an_event_noun_after_followed_by_is_titled_by_its_own_phrase():
    found = _events("The trip will begin with a ceremony in Hawaii, followed by visits to South Korea and Japan.")
    assert "Visits to South Korea and Japan" in {t for _, t, *_ in found}


@pytest.mark.parametrize(
    "sentence,kind,status",
    [
        ("The Foreign Secretary had a phone call with her Indian counterpart.", "call", "past"),
        ("The Chief of Defence Force received a call from his US counterpart.", "call", "past"),
        ("The two leaders agreed to meet again at the G7.", "meeting", "planned"),
        ("She chaired a meeting of the National Security Council.", "meeting", "past"),
    ],
)
def test_readout_wordings_of_calls_and_meetings(sentence, kind, status):
    assert (kind, status) in {(k, s) for k, _, _, s in _events(sentence)}


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
    "sentence,kind",
    [
        ("Sailors aboard USS Hale performed flight operations in the Coral Sea.", "exercise"),
        ("Participants practised humanitarian assistance and disaster relief.", "exercise"),
        ("The squadron flew alongside Indian Su-30s near Jodhpur.", "deployment"),
        ("The battalion redeployed to Fort Cavazos after nine months.", "deployment"),
        ("The cutter conducted a boarding of a fishing vessel.", "other"),
        ("The team conducted a search for the missing sailor.", "other"),
    ],
)
def test_service_news_wordings(sentence, kind):
    assert kind in {k for k, *_ in _events(sentence)}


@pytest.mark.parametrize(
    "sentence", ["She practised law for a decade before politics.", "Pilots fly missions every day."]
)
def test_careers_and_routines_are_not_events(sentence):
    assert _events(sentence) == []


def test_a_departure_as_part_of_a_named_deployment_is_that_deployment():
    found = _events(
        "The frigate left its home port of Esquimalt on Monday to join the task group as part of a "
        "nine-month deployment to Operation HORIZON."
    )
    assert [(k, t) for k, t, *_ in found] == [("deployment", "Nine-month deployment to Operation HORIZON")]
    assert found[0][2] == "2024-06-03"


def test_the_next_sentence_retelling_a_deployment_by_its_subject_is_one_event():
    found = _events(
        "Four B-52H bombers returned to Guam on Monday for a Bomber Task Force deployment. "
        "The bombers, from the 96th Bomb Squadron, deployed in support of training with allies."
    )
    assert [k for k, *_ in found] == ["deployment"]


def test_an_arrival_and_a_departure_of_one_ship_stay_two_events():
    found = _events("The destroyer arrived in Manila on Monday. The destroyer departed for Subic on Wednesday.")
    assert len(found) == 2


@pytest.mark.parametrize(
    "sentence", ["The ships docked in Sydney are open to the public.", "Officers arrested in the past faced trials."]
)
def test_a_placed_participle_describing_the_subject_is_no_event(sentence):
    assert _events(sentence) == []


def test_a_docking_followed_by_and_stays_an_event():
    found = _events("HMS Kent docked in Singapore on Monday and was welcomed by officials.")
    assert ("deployment", "2024-06-03") in {(k, d) for k, _, d, _ in found}


def test_a_relative_date_leaves_no_dangling_possessive_in_a_title():
    found = _events("Today\u2019s meeting followed from the Secretary\u2019s visit to London in May.")
    assert all(not t.startswith(("\u2019s", "'s")) and " \u2019s " not in t for _, t, *_ in found)
    assert any(t.startswith("Meeting") for _, t, *_ in found)


def test_joining_allied_warships_is_a_deployment_and_joining_the_forces_is_a_career():
    assert "deployment" in {k for k, *_ in _events("The frigate joined allied warships in the Mediterranean.")}
    assert _events("She joined US forces in 2010 as an engineer.") == []


@pytest.mark.parametrize(
    "sentence,title",
    [
        ("Officials from both sides met in Oslo last week.", "Officials from both sides meet in Oslo"),
        ("RAF Typhoons scrambled to intercept Russian bombers.", "RAF Typhoons scramble to intercept Russian bombers"),
        ("Collins travelled to Manila on Monday.", "Collins travels to Manila"),
    ],
)
def test_a_capitalised_plural_subject_takes_a_plural_verb(sentence, title):
    assert title in {t for _, t, *_ in _events(sentence)}


def test_a_list_of_countries_stays_the_whole_subject():
    found = _events("Japan, the Philippines and the United States held their first trilateral summit.")
    assert any(t.startswith("Japan, the Philippines and the United States hold") for _, t, *_ in found)
    found = _events("Admiral Kim Lee, the Chief of Navy, met the minister in Seoul.")
    assert any(t.startswith("Kim Lee meets") for _, t, *_ in found)


def test_a_patrol_conducted_in_a_named_sea_is_a_deployment_and_routine_patrols_are_not():
    found = _events("HMS Tamar conducted a maritime security patrol in the South China Sea.")
    assert "deployment" in {k for k, *_ in found}
    assert _events("Patrols in the South China Sea are routine.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The UK and Japan struck a deal on fighter jets.",
        "The Pentagon approved the sale of 12 F-16s to Vietnam.",
        "The two sides sealed a contract for four submarines.",
    ],
)
def test_deals_struck_sealed_or_approved(sentence):
    assert "deal" in {k for k, *_ in _events(sentence)}


@pytest.mark.parametrize(
    "sentence,kind,words",
    [
        ("The minister offered condolences over the recent Sydney shootings.", "other", "shootings"),
        ("The President praised the outcome of the parliamentary vote on the treaty.", "other", "vote on"),
        ("Engine trouble delayed its departure for about a week.", "deployment", "departure"),
        ("General Ana Reyes took up her new role as Chief of Army.", "appointment", "Reyes"),
    ],
)
def test_shootings_votes_delayed_departures_and_new_roles(sentence, kind, words):
    assert any(k == kind and words in t for k, t, *_ in _events(sentence))


def test_a_speaker_glad_to_have_met_someone_reports_a_meeting():
    found = _events("On Monday I was delighted to have the opportunity to meet the film director Sana Mir in Lahore.")
    assert "meeting" in {k for k, *_ in found}
    assert _events("I would be delighted to meet him.") == []
    assert _events("I am pleased to be here today.") == []
