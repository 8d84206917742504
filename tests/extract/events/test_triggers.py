"""Tests of sitbrief.extract.events.triggers: the event trigger patterns (TRIGGERS) and the order of their kinds
(PRIORITY)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from sitbrief.extract import extract_facts
from sitbrief.extract.events.triggers import _AFTER_MODAL, _after_modal
from sitbrief.read.article import parse_article
from tests.extract.helpers import facts

ANCHOR = date(2024, 6, 3)

def _events(body: str, title: str = "Defence news") -> list:
    facts = extract_facts(parse_article(f"{title}\n\n{body}"), published=ANCHOR)
    return [(e.kind, e.title, e.when.start, e.status) for e in facts.events]

Q, E = "\u201c", "\u201d"

def _pairs(body: str) -> list[tuple[str, str]]:
    return [(e.kind, e.title) for e in facts(body, "Defence news", ANCHOR).events]

def _kinds(body: str) -> list[str]:
    return [kind for kind, _ in _pairs(body)]

def _all(body: str) -> list:
    return facts(body, "Defence news", ANCHOR).events


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("President Ana Reyes spoke by phone today with Prime Minister Tom Hale of Canada.", "call"),
        ("Defence Minister Kim Lee visits Singapore for a defence industry engagement.", "meeting"),
        ("Admiral Joe Park travelled to Zamboanga to meet the regional commander.", "meeting"),
        ("The destroyer USS Hale conducted a routine Taiwan Strait transit on Monday.", "deployment"),
        ("Ministers attended the signing of a logistics arrangement in Manila on Monday.", "agreement"),
        ("North Korea launched an intercontinental ballistic missile on Monday.", "other"),
    ],
)
def test_triggers_with_inflections(sentence, kind):
    assert kind in {k for k, *_ in _events(sentence)}


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("The arrival marks the start of back-to-back rotations of armored brigades in Europe.", "deployment"),
        ("A company from 45 Commando is also embedded in the assault ship USS Iwo Jima.", "deployment"),
        ("Royal Navy warships are making their way to Norway, officials said.", "deployment"),
        ("The frigate will leave Portsmouth in the New Year to represent UK interests.", "deployment"),
        ("The carrier group will remain in the region briefly before returning home.", "deployment"),
        ("The resolution under which coalition forces operate is scheduled to expire at the end of the year.", "other"),
        ("The leaders discussed the fighters, who had been captured by Russian forces in recent weeks.", "other"),
        ("In light of Russia's unprovoked, unjustified, and unlawful invasion of Ukraine, we stand united.", "other"),
        ("The minister looked ahead to the UK hosting next year's recovery conference in London.", "meeting"),
        ("The Secretary also ordered the deployment of additional squadrons to the region.", "deployment"),
    ],
)
def test_more_triggers(sentence, kind):
    assert kind in {k for k, *_ in _events(sentence)}


def test_the_deployment_of_something_new_is_a_new_event():
    body = (
        "The carrier group will arrive in the region next week.\n\n"
        "The Secretary also ordered the deployment of additional squadrons and other air assets."
    )
    assert len([e for e in _events(body) if e[0] == "deployment"]) == 2


def test_the_main_event_is_the_lead_verb_and_a_noun_after_and_stays_a_noun():
    facts = extract_facts(
        parse_article(
            "PM call with President Hale\n\n"
            "The Prime Minister spoke to President Tom Hale this morning to update on progress and discussions "
            "held at G7 and NATO last week."
        ),
        published=ANCHOR,
    )
    assert facts.summary.headline.startswith("The Prime Minister speaks to Hale")
    titles = [e.title for e in facts.events]
    assert "Discussions held at G7 and NATO" in titles


def test_a_conference_hosted_recently_is_not_folded_into_the_call():
    body = (
        "Minister Ana Joly spoke today with Foreign Secretary Liz Truss.\n\n"
        "Minister Joly congratulated Foreign Secretary Truss on the successful 26th UN Climate Change Conference "
        "of the Parties, hosted recently by the United Kingdom in Glasgow."
    )
    found = _events(body)
    assert len([e for e in found if e[0] in ("meeting", "call")]) == 2


def test_calling_someone_is_a_call_but_a_name_called_so_is_not():
    found = _events(
        "President Ana Reyes called the Prime Minister earlier today to offer her condolences.\n\n"
        "The President phoned Chancellor Ana Weber on Monday.\n\n"
        "The leaders welcomed the trade agreement, called the North Pact, and urged its ratification."
    )
    calls = [(t, d) for k, t, d, _ in found if k == "call"]
    assert ("Reyes calls the Prime Minister to offer her condolences", "2024-06-03") in calls
    assert ("The President phones Weber", "2024-06-03") in calls
    assert len(calls) == 2


def test_first_person_and_last_keep_their_grammar():
    found = _events("I spoke by phone today with President Joko Widodo.\n\nThe frigate last visited Brunei in 2022.")
    titles = [t for _, t, _, _ in found]
    assert "Call with Widodo" in titles and "The frigate last visited Brunei" in titles  # nobody to name for "I"


def test_shadowing_warships_is_an_event():
    found = _events("HMS Duncan shadowed two Russian warships through the English Channel on Monday.")
    assert ("other", "2024-06-03") in {(k, d) for k, _, d, _ in found}


def test_congratulated_on_his_appointment_names_the_one_congratulated():
    found = _events("Defence Secretary Tom Hale congratulated Defence Minister Ken Sato on his recent appointment.")
    titles = [t for k, t, _, _ in found if k == "appointment"]
    assert titles and "Sato" in titles[0] and "Hale" not in titles[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rear Admiral Kim Lee took command of the task force on Friday.",
        "General Ana Reyes assumed command of the joint force on 1 May.",
        "Commodore Kim Lee will join the ship as Canada assumes command of the NATO group.",
        "Commodore Kim Lee will take over as Commander of the task group.",
    ],
)
def test_taking_command_is_an_appointment(sentence):
    assert "appointment" in {k for k, *_ in _events(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Navy launched a new maritime security initiative on Monday.",
        "The ministers launched the ground-breaking new Clean Seas Partnership with Fiji.",
        "The leaders launched a critical-technology working group.",
    ],
)
def test_launching_an_initiative_written_in_lower_case_is_an_announcement(sentence):
    assert "announcement" in {k for k, *_ in _events(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The destroyer is on patrol with the carrier group in the Philippine Sea.",
        "The Secretary directed the Hale Carrier Strike Group to remain in the Arabian Sea.",
    ],
)
def test_a_patrol_and_an_order_to_remain_are_deployments(sentence):
    assert "deployment" in {k for k, *_ in _events(sentence)}


def test_a_minister_announcing_her_own_travel_is_the_release_and_base_form_attend_is_a_trigger():
    found = _events(
        "Minister Ana Reyes today announced that she will be travelling to Jakarta from June 13 to 15, 2024.\n\n"
        "On June 14, Minister Reyes will attend the 30th Regional Forum."
    )
    assert [(k, d) for k, _, d, _ in found] == [("meeting", "2024-06-13"), ("meeting", "2024-06-14")]


def test_a_long_object_without_a_name_is_still_cut_at_a_phrase():
    body = (
        "Defence Minister Jane Holloway met with senior government and military leaders of the Northern "
        "Command in Darwin."
    )
    titles = [t for _, t, _, _ in _events(body)]
    assert all(len(t.split()) <= 14 for t in titles), titles


def test_holding_bilateral_meetings_is_a_meeting():
    found = _events("The Defence Secretary will also be holding bilateral meetings with his counterpart Kim Lee.")
    assert "meeting" in {k for k, *_ in found}


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
    "sentence,kind",
    [
        pytest.param("General Kim Lee will join the minister for the annual U.S.-Korean Ministerial.", "meeting",
                     id="a-named-meeting-after-a-dotted-modifier"),
        pytest.param("HMS Kent has sailed for the Gulf.", "deployment", id="sailing-for-a-place"),
    ],
)
def test_a_single_wording_reports_its_kind(sentence, kind):
    assert kind in {k for k, *_ in _events(sentence)}


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


def test_an_event_noun_ending_a_list_of_visits_is_its_own_event():
    found = _events(
        "The minister will make visits to Paris, Berlin and the European Council summit in Brussels next week."
    )
    assert ("meeting", "European Council summit in Brussels", "planned") in {(k, t, s) for k, t, _, s in found}


@pytest.mark.parametrize(
    "sentence,kind,status",
    [
        ("The Foreign Secretary had a phone call with her Indian counterpart.", "call", "past"),
        ("The Chief of Defence Force received a call from his US counterpart.", "call", "past"),
        ("The minister received a phone call from his Ukrainian counterpart.", "call", "past"),
        ("The Foreign Secretary took a call from Secretary Blinken this morning.", "call", "past"),
        ("Secretary Carter spoke at the Wall Street Journal CEO Council on Monday.", "statement", "past"),
        ("The minister will speak at the Lowy Institute in Sydney.", "statement", "planned"),
        ("The two leaders agreed to meet again at the G7.", "meeting", "planned"),
        ("She chaired a meeting of the National Security Council.", "meeting", "past"),
    ],
)
def test_readout_wordings_of_calls_and_meetings(sentence, kind, status):
    assert (kind, status) in {(k, s) for k, _, _, s in _events(sentence)}


def test_plural_deployments_are_deployments():
    assert "deployment" in [k for k, *_ in _events("Britain announced two new deployments to Estonia this year.")]


def test_speaking_at_length_or_at_the_end_is_no_speech():
    assert _events("The Secretary spoke at length about the alliance at the end of the day.") == []


def test_a_telephone_call_received_is_a_call_not_a_meeting():
    assert [k for k, *_ in _events("Secretary Austin received a telephone call from Minister Marles.")] == ["call"]


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


def test_a_docking_followed_by_and_stays_an_event():
    found = _events("HMS Kent docked in Singapore on Monday and was welcomed by officials.")
    assert ("deployment", "2024-06-03") in {(k, d) for k, _, d, _ in found}


def test_joining_allied_warships_is_a_deployment_and_joining_the_forces_is_a_career():
    assert "deployment" in {k for k, *_ in _events("The frigate joined allied warships in the Mediterranean.")}
    assert _events("She joined US forces in 2010 as an engineer.") == []


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
    assert any(kind == "meeting" and title.startswith("Meetings") for kind, title in _pairs(sentence))


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
    found = _pairs(sentence)
    assert len(found) == 2 and any(second in title for _, title in found)


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
    found = _pairs("Upon departing Paris, the Foreign Secretary travelled to Rome for a press conference.")
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
    assert any("service projects" in title for _, title in _pairs(sentence))


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


def test_an_unlike_happening_after_another_stays_apart():
    found = _pairs(
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


def test_a_safe_return_is_an_event():
    found = _pairs("The Prime Minister congratulated the President on the safe return of three US citizens.")
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


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cWe will defend our common security,\u201d Trump told members of South Korea's National Assembly.",
        "The minister told delegates at the Shangri-La Dialogue that the region faced new threats.",
    ],
)
def test_telling_an_assembly_or_conference_is_an_address(sentence):
    found = _pairs(sentence)
    assert found and not found[0][1].startswith(("\u201c", '"'))


def test_an_opening_during_the_visit_does_not_fold_the_verb_into_the_visit():
    found = _pairs(
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
    found = _pairs(
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


# --- what is launched: a proposal, a review, an inquiry is an announcement (words/launch_objects.txt) ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Since then, we have launched an ambitious proposal to streamline defence collaboration.",
        "The ministry launched a review of its recruitment policy.",
        "The government has launched an independent inquiry into the accident.",
        "The two navies launched a joint consultation on maritime safety.",
    ],
)
def test_launching_a_proposal_review_or_inquiry_is_an_announcement(sentence):
    assert [e for e in _all(sentence) if e.kind in ("announcement", "other")]


def test_a_launched_missile_is_still_no_announcement():
    assert not [e for e in _all("North Korea launched a ballistic missile on Monday.") if e.kind == "announcement"]


# --- an adverb between a subject and its past verb leaves the verb finite ("X recently visited Y") ---


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The minister recently visited Japan.", "meeting"),
        ("Foreign Minister Wang previously visited New Zealand in 2014.", "meeting"),
        ("The two ministers already met in Geneva last month.", "meeting"),
        ("The frigate recently deployed to the Gulf.", "deployment"),
    ],
)
def test_an_adverb_before_a_past_verb_does_not_make_it_an_adjective(sentence, kind):
    assert [e for e in _all(sentence) if e.kind == kind]


def test_a_participle_after_a_determiner_and_adverb_stays_an_adjective():
    assert not _all("The recently deployed ships are based in Darwin.")


def test_a_gathering_told_ahead_of_does_not_swallow_a_later_event():
    body = (
        "The Secretary is flying to Washington on Sunday to meet business leaders ahead of the State Visit.\n\n"
        "The Secretary of State will then fly directly to China."
    )
    assert any("China" in e.title for e in _all(body))


# --- in a quote, a second verb after "and" shares the speaker's "I"/"we": the speaker's own action too ---


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ('"Last week we deployed two ships to the region and hosted the defence ministers," the minister said.',
         {"deployment", "meeting"}),
        ('"I met the President on Monday and signed the agreement," she said.', {"meeting", "agreement"}),
        ('"We trained alongside the Japanese navy and visited the port of Yokosuka," the captain said.',
         {"exercise", "meeting"}),
    ],
)
def test_a_second_verb_of_the_speaker_in_a_quote_is_an_event(sentence, kinds):
    assert kinds <= {e.kind for e in _all(sentence)}


def test_a_quoted_i_attributed_to_a_pronoun_reads_in_the_third_person():
    titles = [e.title for e in _all('"I met the President on Monday and signed the agreement," she said.')]
    assert titles and not [t for t in titles if t.startswith("I ")]


# --- a missile or rocket launch told as a noun is an event ---


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders condemned North Korea's latest missile launch.",
        "The ministers discussed the rocket launch on Tuesday.",
        "Officials said the ICBM launch was the third this year.",
    ],
)
def test_a_missile_launch_noun_is_an_event(sentence):
    assert [e for e in _all(sentence) if e.kind == "other" and "launch" in e.title.lower()]


def test_a_quoted_initiative_launched_is_an_announcement():
    body = 'The ministers launched the "Pacific Partnership" initiative.'
    assert [e for e in _all(body) if e.kind == "announcement"]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Minister Ana Silva tours the naval base in Cairo on Tuesday.", "meeting"),
        ("The Defence Secretary is touring the shipyard in Glasgow this week.", "meeting"),
        ("General Tom Brown sat down with his Polish counterpart in Warsaw on Monday.", "meeting"),
        ("Secretary Mark Smith sits down with Foreign Minister Omar Haddad in Cairo.", "meeting"),
        ("President Carlos Ruiz telephones Chancellor Eva Weber on Thursday.", "call"),
        ("The Prime Minister is phoning President Maria Costa this week.", "call"),
        ("Minister Ana Silva appoints General Obi Okoro as Chief of Defence.", "appointment"),
        ("The ministry will appoint Air Marshal Raj Singh as its new chief next month.", "appointment"),
        ("The Defence Secretary unveils plans for a new drone unit.", "announcement"),
        ("The ministry dispatches two frigates to the Red Sea.", "deployment"),
        ("The frigate will patrol the Baltic Sea next week.", "deployment"),
        ("The group has patrolled North Atlantic waters since June.", "deployment"),
        ("The battalion is practising amphibious landings with Polish troops.", "exercise"),
        ("Marines are practicing beach landings with Japanese troops this week.", "exercise"),
        ("Minister Ana Silva negotiates with Foreign Minister Omar Haddad in Geneva.", "talks"),
        ("Minister Ana Silva convenes a meeting of Nordic defence ministers in Oslo.", "meeting"),
        ("The coast guard seizes a tanker in the Gulf.", "other"),
        ("The navy has taken command of the multinational task force.", "appointment"),
    ],
)
def test_every_form_of_a_trigger_verb_reports_an_event(body, kind):
    assert kind in _kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        "We welcome Prime Minister Ken Sato's commitment to the partnership.",
        "The ministers agreed to seize the opportunity to deepen cooperation.",
        "The ministry publishes a weekly update on the patrols.",
    ],
)
def test_a_bare_form_that_is_an_opinion_or_a_noun_reports_no_event(body):
    assert _kinds(body) == []


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("The Foreign Secretary will today co-host a reception with the Ambassador of Israel.", "meeting"),
        ("The Prime Minister will also welcome President Maria Costa to Downing Street.", "meeting"),
        ("Minister Ana Silva will today announce a new aid package for Ukraine.", "announcement"),
        ("The two navies will jointly patrol the Sulu Sea next month.", "deployment"),
    ],
)
def test_an_adverb_between_the_modal_and_the_bare_verb_keeps_the_event(body, kind):
    assert kind in _kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        "The two leaders also agreed on a partial ceasefire against energy.",
        "The warring parties reached a 72-hour truce on Sunday.",
        "Mediators brokered a cease-fire between the two militias last week.",
        "The ministers will agree to a ceasefire next week.",
    ],
)
def test_agreeing_reaching_or_brokering_a_ceasefire_is_an_agreement(body):
    assert "agreement" in _kinds(body)


@pytest.mark.parametrize(
    "body",
    ["An immediate humanitarian ceasefire is urgently needed.", "They agreed all parties must make a ceasefire work."],
)
def test_a_ceasefire_only_called_for_is_no_agreement(body):
    assert "agreement" not in _kinds(body)


@pytest.mark.parametrize("text", [
    "The frigate will patrol the strait.", "The ships will also patrol the strait.", "Japan will co-host the talks.",
    "Japan would jointly co-host the summit.", "They patrol daily.", "The patrol ended.", "We shall formally sign it.",
    "will patrol", "xwill patrol", "It is to co-host the forum.", "They will host the talks and will co-host more.",
])
def test_the_verb_after_a_modal_matches_as_without_its_look_ahead(text):
    for verb in ("patrol", "host", "sign", r"co\-host"):
        plain = re.compile(rf"\b{_AFTER_MODAL}{verb}\b", re.I)
        ahead = re.compile(rf"\b{_after_modal(verb)}\b", re.I)
        assert [m.span() for m in ahead.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert re.search(_after_modal("patrol"), "they will also patrol", re.I)


def test_a_dated_return_is_a_movement_but_a_return_on_investment_is_not():
    assert [(k, d) for k, _, d, _ in _events("The minister will return on 14 June.")] == [("deployment", "2024-06-14")]
    assert _events("The fund seeks a return on investment.") == []


def test_an_award_received_is_a_happening_but_an_award_named_is_not():
    assert _kinds("Sergeant Al Davey received an Air Component Flight Safety Award for his efforts.") == ["other"]
    assert _kinds("The Flight Safety Award recognises care on the flight line.") == []


def test_a_body_formed_or_established_is_announced_like_one_launched():
    found = _pairs("We have formed a high-level working group including the ministers of defence and interior.")
    assert [k for k, _ in found] == ["announcement"]
    assert "working group" in found[0][1]


def test_a_body_said_to_have_been_formed_long_ago_is_no_announcement():
    found = _pairs("The forum, a consultative body formed in 2012, met in New York.")
    assert "announcement" not in [k for k, _ in found]
