"""Tests of sitbrief.extract.organisations: find organisations: acronym definitions, names ending in an
organisation word, known bodies."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, orgs, person
from tests.extract.helpers import places as _places


def place_names(body: str) -> set[str]:
    """Return the names of the places (countries included) of `body`."""
    return {p.name for p in facts(body).places}

def _kinds(body: str) -> dict[str, str]:
    return {o.name: o.kind for o in facts(body).organisations}


@pytest.mark.parametrize("body, body_name", [
    ("Chairman of the Joint Chiefs of Staff Army Gen. Mark Milley met the minister on Monday.",
     "Joint Chiefs of Staff"),
    ("Director of the Missile Defense Agency Air Force Lt. Gen. Heath Collins spoke on Tuesday.",
     "Missile Defense Agency"),
    ("The head of Pacific Air Forces Command Marine Corps Maj. Gen. Ann Ruiz arrived in Manila.",
     "Pacific Air Forces Command"),
])
def test_the_service_before_a_rank_is_cut_from_the_body(body, body_name):
    found = orgs(body)
    assert body_name in found
    assert not any(name.startswith(body_name + " ") for name in found)


def test_a_body_named_after_its_service_keeps_it():
    assert "Royal Australian Navy" in orgs("Chief of the Royal Australian Navy Vice Adm. Mark Hammond met them.")


@pytest.mark.parametrize("body, name", [
    ("Ministers welcomed the work of the Pacific Resilience Initiative this year.", "Pacific Resilience Initiative"),
    ("The Northern Shield Contact Group met for the third time on Tuesday.", "Northern Shield Contact Group"),
    ("Officials of the Coastal Defence Agency said the patrols would continue.", "Coastal Defence Agency"),
])
def test_head_words_beyond_the_list(body, name):
    assert name in orgs(body)


def test_a_coined_name_with_and_inside_stays_whole():
    found = orgs("The Marine Science and Technology Group signed a contract with the navy on Monday.")
    assert "Marine Science and Technology Group" in found and "Technology Group" not in found


def test_a_contact_group_on_a_country_keeps_its_name_and_no_country_mention():
    body = "The Contact Group on Moldova met in Vienna on Monday to discuss aid."
    assert "Contact Group on Moldova" in orgs(body) and "Moldova" not in place_names(body)


def test_a_body_for_a_document_stops_at_its_head():
    found = orgs("Officers serve in the Joint Monitoring Cell for United Nations Security Council Resolution 1234.")
    assert "Joint Monitoring Cell" in found


def test_an_expo_and_forum_is_an_event_not_a_coined_body():
    assert not orgs("Firms exhibited at the Pacific Defence Expo and Forum on Monday.")


def test_an_acronym_after_a_hyphen_is_the_known_body():
    found = orgs("The ministers reaffirmed their counter-ISIL cooperation on Friday.")
    assert any(o.acronym == "ISIL" or "ISIL" in name for name, o in found.items())


def test_a_plural_common_noun_at_the_sentence_start_is_not_part_of_the_name():
    found = orgs("Members of the Royal Australian Air Force joined the exercise. "
                 "Soldiers of the Fijian Army took part.")
    assert "Royal Australian Air Force" in found and "Fijian Army" in found
    assert not [n for n in found if n.startswith(("Members", "Soldiers"))]


@pytest.mark.parametrize("body", [
    "The U.S Navy sailed on Monday. The United States Navy said the patrol was routine.",
    "The U.S. Navy sailed on Monday. The US Navy said the patrol was routine.",
])
def test_variants_with_or_without_dots_merge(body):
    navies = [o for o in facts(body).organisations if o.name.endswith("Navy")]
    assert len(navies) == 1 and navies[0].country == "United States"


def test_us_without_its_last_dot_is_the_united_states():
    assert "United States" in place_names("Officials said U.S military aircraft had left the area on Monday.")


def test_curly_and_straight_apostrophes_name_one_known_body():
    found = orgs("The People\u2019s Liberation Army Navy sailed near the island on Monday.")
    assert found["People\u2019s Liberation Army Navy"].country == "China"


def test_a_government_is_its_country_not_an_organisation():
    f = facts("The Government of Japan and the Government of the Philippines signed the deal on Monday.")
    assert not [o for o in f.organisations if "Government" in o.name]
    assert {"Japan", "Philippines"} <= {p.name for p in f.places}


@pytest.mark.parametrize("body, country", [
    ("Ships of the Royal New Zealand Navy sailed to the island on Monday.", "New Zealand"),
    ("The Papua New Guinea Defence Force trained with partners on Monday.", "Papua New Guinea"),
])
def test_a_country_of_two_words_inside_a_name(body, country):
    f = facts(body)
    assert [o.country for o in f.organisations] == [country]
    assert country not in {p.name for p in f.places}


@pytest.mark.parametrize("body, name", [
    ("Crews flew two F-35A Lightning II jets over the range on Monday.", "F-35A Lightning II"),
    ("A P-8A Poseidon aircraft tracked the submarine on Monday.", "P-8A Poseidon"),
    ("Pilots intercepted a Tu-95 bomber near the coast on Monday.", "Tu-95"),
    ("The squadron flies the Merlin Mk2 helicopter from the carrier.", "Merlin Mk2"),
])
def test_aircraft_by_designation_are_organisations_of_kind_aircraft(body, name):
    found = orgs(body)
    assert found[name].kind == "aircraft"


@pytest.mark.parametrize("body", [
    "The COVID-19 pandemic slowed the programme, officials said on Monday.",
    "The release NR-123 was issued by the ministry on Monday.",
])
def test_a_designation_without_an_aircraft_is_not_an_aircraft(body):
    assert not [o for o in facts(body).organisations if o.kind == "aircraft"]


def test_an_air_programme_is_of_kind_aircraft():
    found = orgs("Work on the Future Combat Air Programme (FCAP) continued this year.")
    assert found["Future Combat Air Programme"].kind == "aircraft"


def test_an_exercise_and_an_operation_are_not_organisations():
    found = orgs("The navies held a Joint Sail Activity (JSA) and joined Exercise Blue Wave (BW25) on Monday.")
    assert not found


def test_ministers_of_a_body_are_not_a_body():
    found = orgs("The Association of Southeast Asian Nations Defence Ministers\u2019 Meeting convened on Monday.")
    assert list(found) == ["Association of Southeast Asian Nations"]


def test_a_possessive_inside_a_run_parts_two_bodies():
    found = orgs("The Ministry of Trade\u2019s Bureau of Export Controls approved the sale on Monday.")
    assert {"Ministry of Trade", "Bureau of Export Controls"} <= set(found)


def test_a_qualifier_shared_by_two_services_names_both():
    found = orgs("The Marine Corps trained with the Royal Fijian Navy and Marine Corps on Monday.")
    assert found["Royal Fijian Marine Corps"].country == "Fiji" and "Marine Corps" in found


def test_a_programme_that_is_no_aircraft_is_not_a_body():
    assert not orgs("The State Partnership Program and the Maritime Security Programme grew this year.")


def test_a_body_with_its_remit_after_for_and_an_and_inside():
    found = orgs("She spoke at the Centre for Oceans and Security on Monday. "
                 "The Ministry of Fisheries and Trade agreed.")
    assert {"Centre for Oceans and Security", "Ministry of Fisheries and Trade"} <= set(found)


def test_a_known_bodys_possessive_is_not_part_of_the_next_name():
    found = orgs("NATO\u2019s Allied Maritime Command led the patrol on Monday.")
    assert "Allied Maritime Command" in found and not [n for n in found if n.startswith("NATO\u2019s")]


def test_an_office_before_a_coined_name_and_a_second_body_after_and():
    found = orgs("The Chair of the Fisheries and Oceans Committee met the Department of Lands and the Signals "
                 "Intelligence Establishment on Monday.")
    assert {"Fisheries and Oceans Committee", "Department of Lands", "Signals Intelligence Establishment"} <= set(found)


def test_the_government_after_an_office_is_the_country():
    f = facts("The President of the Government of Spain, Ana Ruiz, met the press on Monday.")
    assert not [o for o in f.organisations if "Government" in o.name]


def test_her_majestys_government_is_the_country_not_a_body():
    assert not orgs("Her Majesty\u2019s Government welcomed the agreement on Monday.")


def test_a_body_before_the_next_persons_rank_keeps_its_name():
    found = orgs("He met the Director-General of the Pacific Submarine Agency Vice Adm. Tom Hale on Monday.")
    assert "Pacific Submarine Agency" in found


@pytest.mark.parametrize("body", [
    "Marine Corps Gen. Tom Hale, the commander, spoke to the troops on Monday.",
    "He met the Chief of the Defence Force Adm. Tom Hale on Monday.",
])
def test_a_generic_service_in_a_title_is_no_body(body):
    assert not orgs(body)


def test_an_aircraft_descriptor_ends_its_name():
    found = orgs("The delegation toured a B-52 Strategic Bomber on Monday.")
    assert found["B-52"].kind == "aircraft"


def test_corps_names_coalitions_and_headquarters_are_bodies():
    found = orgs("Soldiers of the Royal Artillery and the Royal Engineers worked at the Latvian Defence Forces HQ "
                 "with the Coalition for Flood Resilient Infrastructure. A Be-12 aircraft flew past.")
    assert {"Royal Artillery", "Royal Engineers", "Latvian Defence Forces HQ",
            "Coalition for Flood Resilient Infrastructure"} <= set(found)
    assert found["Be-12"].kind == "aircraft"


@pytest.mark.parametrize("body", [
    "The leaders launched the Partnership for Coastal Infrastructure and Trade (PCIT) on Monday.",
    "They welcomed the Clean Energy Transition Partnership (CETP) on Monday.",
])
def test_a_partnership_is_an_agreement_not_a_body(body):
    assert not orgs(body)


def test_a_body_before_a_persons_name_keeps_its_name():
    f = facts("He met Director-General of the Pacific Signals Directorate Rachel Stone and Secretary of the Department "
              "of Lands Tom Hale on Monday.")
    assert {"Pacific Signals Directorate", "Department of Lands"} <= {o.name for o in f.organisations}


def test_a_body_named_only_in_its_charter_is_not_mentioned_but_its_resolutions_are_its_acts():
    assert not orgs("They acted in keeping with the United Nations Charter on Monday.")
    assert "United Nations Security Council" in orgs("They enforce United Nations Security Council Resolution 2397.")


def test_a_body_with_its_seat_after_a_hyphen_is_a_body():
    assert "Army Rotational Force-Perth" in orgs("He met the Army Rotational Force-Perth on Monday.")


def test_a_known_body_after_an_opening_participle_is_mentioned():
    assert "AUKUS" in orgs("Discussing AUKUS, the leaders agreed on its importance on Monday.")


@pytest.mark.parametrize("body, name, country", [
    # a ministry after a country's formal name keeps that country
    ("The Republic of Korea Ministry of National Defense said the drills ended.",
     "Republic of Korea Ministry of National Defense", "South Korea"),
    ("The Kingdom of Norway Ministry of Defence said the drills ended.",
     "Kingdom of Norway Ministry of Defence", "Norway"),
    ("The People's Republic of China Ministry of Foreign Affairs said the drills ended.",
     "People's Republic of China Ministry of Foreign Affairs", "China"),
    ("Officials from the Ministry of Foreign Affairs of Malaysia met reporters on Monday.",
     "Ministry of Foreign Affairs of Malaysia", "Malaysia"),
    ("The Ministry of Defence of Estonia said the jets landed on Monday.", "Ministry of Defence of Estonia", "Estonia"),
    ("Kenya's Interior Ministry said the border would reopen.", "Interior Ministry", "Kenya"),
    ("The Philippine Department of National Defense said the drills ended.",
     "Philippine Department of National Defense", "Philippines"),
])
def test_ministries_of_any_country(body, name, country):
    found = orgs(body)
    assert name in found and found[name].country == country


@pytest.mark.parametrize("body, name, acronym", [
    ("The United Nations Development Programme (UNDP) funded the project. UNDP staff said it was complete.",
     "United Nations Development Programme", "UNDP"),
    ("Allied Maritime Command (MARCOM) led the exercise. MARCOM said the ships sailed on Monday.",
     "Allied Maritime Command", "MARCOM"),
    ("The Directorate of Naval Intelligence said the ships left on Monday.", "Directorate of Naval Intelligence", None),
    ("The Regional Fisheries Commission approved the quota on Monday.", "Regional Fisheries Commission", None),
    ("The Harbour Safety Board met on Monday.", "Harbour Safety Board", None),
])
def test_international_bodies_and_heads(body, name, acronym):
    found = orgs(body)
    assert name in found and found[name].acronym == acronym
    assert len(found) == 1


@pytest.mark.parametrize("body, name", [
    ("The General Border Committee met in the capital on Monday.", "General Border Committee"),
    ("The General Affairs Council met in the capital on Monday.", "General Affairs Council"),
])
def test_general_as_an_adjective_opens_a_body(body, name):
    assert name in orgs(body)


def test_general_before_a_given_name_is_still_a_rank():
    found = orgs("General James Carter Foundation said the ships left on Monday.")
    assert "General James Carter Foundation" not in found


@pytest.mark.parametrize("body, name", [
    ("The Interim Observer Team reported no violations on Monday.", "Interim Observer Team"),
    ("The Joint Monitoring Team reported no violations on Monday.", "Joint Monitoring Team"),
])
def test_a_team_is_a_body(body, name):
    assert name in orgs(body)


def test_a_battlegroup_is_a_body():
    found = orgs("Soldiers of the Multinational Battlegroup trained near the border on Monday.")
    assert "Multinational Battlegroup" in found


def test_a_national_team_brand_is_a_body_of_that_country():
    found = orgs("Team Defence Norway led the trade delegation on Monday.")
    assert found["Team Defence Norway"].country == "Norway"


def test_a_generic_service_after_a_is_no_name():
    found = orgs("Officials said the country is building a strong and modern Defence Force over the decade.")
    assert "Defence Force" not in found


def test_a_generic_service_after_the_is_still_kept():
    found = orgs("Papua New Guinea Defence Force troops trained on Monday. "
                 "The Defence Force said training would resume.")
    assert "Papua New Guinea Defence Force" in found


@pytest.mark.parametrize("body", [
    "The agreement covers Science and Technology cooperation.",
    "The leaders launched a new Science and Technology (S&T) working group.",
])
def test_a_field_of_work_is_no_body(body):
    assert "Science and Technology" not in orgs(body)


def test_a_company_ending_in_technology_is_still_a_body():
    assert "Hanwha Ocean Technology" in orgs("Shares of Hanwha Ocean Technology rose on Monday.")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Ministers welcomed the work of the 2024 U.S.-Japan Security Consultative Committee on Monday.",
         "U.S.-Japan Security Consultative Committee"),
        ("Officials of the Australia-Japan Joint Working Group met in Canberra on Tuesday.",
         "Australia-Japan Joint Working Group"),
        ("The UK-France Defence Council met in Paris last week to review the programme.",
         "UK-France Defence Council"),
    ],
)
def test_a_body_of_two_countries_keeps_both_in_its_name_and_belongs_to_neither(body: str, name: str) -> None:
    found = orgs(body)
    assert name in found, sorted(found)
    assert found[name].country is None


def test_a_named_mission_is_an_operation_not_an_organisation():
    found = orgs("Officials praised Norway's part in the Steadfast Harbour Mission in Libya on Monday.")
    assert not any("Mission" in name for name in found)


def test_a_named_deployment_with_an_acronym_is_an_activity_not_an_organisation():
    found = orgs("The ships began Northern Reach Deployment (NRD) on 5 July, sailing from Darwin.")
    assert not any("Deployment" in name for name in found)


def test_a_training_center_and_a_peace_park_are_places_not_bodies():
    body = "Troops trained at the Joint Mountain Training Center and visited the Old Harbour Peace Park on Monday."
    assert "Joint Mountain Training Center" not in orgs(body)
    found = _places(body)
    assert found.get("Joint Mountain Training Center") == "facility"
    assert found.get("Old Harbour Peace Park") == "facility"


def test_a_formal_country_name_with_its_acronym_is_the_country_not_a_body():
    body = "Talks between the United States and the Democratic People\u2019s Republic of Korea (DPRK) resumed."
    assert not orgs(body)
    assert _places(body).get("North Korea") == "country"


def test_an_unnumbered_task_group_or_battle_group_is_no_body():
    found = orgs("The three-ship Task Group sailed on Monday and joined the Danish Navy Battle Group off Norway.")
    assert not any(name.endswith(("Task Group", "Battle Group")) for name in found)
    assert "Task Force 61" in orgs("Ships of Task Force 61 sailed on Monday.")


def test_an_administration_named_after_its_leader_is_no_body():
    assert not orgs("The envoy reaffirmed the Obama Administration\u2019s commitment to the region on Monday.")
    assert "Federal Aviation Administration" in orgs("The Federal Aviation Administration closed the airport.")


def test_a_number_word_opening_a_sentence_is_not_part_of_a_name():
    found = orgs("Three Royal Air Force jets landed at the base on Monday.")
    assert "Royal Air Force" in found and "Three Royal Air Force" not in found


def test_a_body_named_before_an_aircraft_is_still_found():
    found = orgs("Crews of the Coastal Surveillance Agency P-8A Poseidon aircraft flew on Monday.")
    assert "Coastal Surveillance Agency" in found
    assert found["P-8A Poseidon"].kind == "aircraft"


def test_a_body_after_an_office_word_is_still_a_body():
    found = orgs("He will meet Jane Doe, CEO Coastal Airlines, and John Roe, CEO Boeing, on Monday.")
    assert "Coastal Airlines" in found and "Boeing" in found
    assert not any(name.startswith("CEO") for name in found)


def test_an_aircraft_type_after_a_services_initials_is_an_aircraft():
    found = orgs("Two RAAF Poseidons flew over the strait on Monday.")
    assert found["Poseidon"].kind == "aircraft"
    assert "Royal Australian Air Force" in found


def test_a_seat_before_a_gathering_held_there_is_a_place_not_the_body():
    body = "The spokesman announced the visit during today\u2019s Kremlin press briefing."
    assert "Kremlin" not in orgs(body)
    assert _places(body).get("Kremlin") == "facility"


def test_the_bare_name_of_a_service_is_an_organisation_but_its_members_are_not():
    found = orgs("Working with the Navy gave the Marines a chance to train on the Navy-Marine Corps team.")
    assert "Navy" in found
    assert "Marines" not in found and "Navy-Marine Corps" not in found


def test_a_known_acronym_after_non_is_a_modifier_not_the_body():
    assert not orgs("The country became a major non-ASEAN partner in 2003.")


def test_a_bodys_numbered_session_is_an_event_not_the_body():
    assert not orgs("On July 14 the minister will attend the 12th Coral Sea Regional Forum to exchange views.")
    assert "Coral Sea Regional Forum" in orgs("The Coral Sea Regional Forum met on Monday.")


def test_a_known_acronym_with_alliance_is_that_body():
    found = orgs("They recognise the central importance of the NATO Alliance in ensuring peace.")
    assert list(found) == ["North Atlantic Treaty Organization"]


def test_a_name_standing_alone_in_quotation_marks_is_a_nickname_not_a_body():
    found = orgs("The 2nd Brigade, \u201cFalcon Brigade\u201d, arrived on Monday with the Coastal Defence Agency.")
    assert "Falcon Brigade" not in found
    assert "Coastal Defence Agency" in found


def test_an_office_of_several_words_before_of_is_not_part_of_a_body():
    found = orgs("Chief of Staff of the Army Gen. Jane Doe visited the troops on Monday.")
    assert not any(name.startswith("Staff") for name in found)


def test_a_visited_seat_is_a_place_not_the_body():
    body = "The minister visited the Kremlin on Friday."
    assert "Kremlin" not in orgs(body)
    assert _places(body).get("Kremlin") == "facility"


def test_two_bodies_joined_by_and_before_the_second_ones_acronym_are_both_found():
    found = orgs("The Harbour Institute and the Coastal Strategy Institute (CSI) published reports.")
    assert "Harbour Institute" in found and found["Coastal Strategy Institute"].acronym == "CSI"
    assert "Ministry of Science and Technology" in orgs("The Ministry of Science and Technology (MOST) said so.")


def test_an_office_with_its_country_before_of_is_not_part_of_the_body():
    found = orgs("He hosted PRC Director of the Central Harbour Affairs Commission Li Wei today.")
    assert "Central Harbour Affairs Commission" in found


def test_a_readiness_center_is_a_facility_and_a_seat_is_one_place():
    body = "Soldiers trained at the Vessel Joint Multinational Readiness Center and met at Zhongnanhai."
    assert not orgs(body)
    assert _places(body) == {"Vessel Joint Multinational Readiness Center": "facility", "Zhongnanhai": "facility"}


def test_the_government_of_a_country_of_several_words_is_the_country():
    body = "The Government of Papua New Guinea signed the treaty on Monday."
    assert not orgs(body)
    assert _places(body).get("Papua New Guinea") == "country"


def test_a_name_and_the_name_of_a_body_are_two_bodies():
    found = orgs("Halvex and the Northern Shipbuilding Group signed the contract on Monday.")
    assert "Northern Shipbuilding Group" in found
    assert not any(" and " in name for name in found)
    assert "Marine Science and Technology Group" in orgs("The Marine Science and Technology Group met on Monday.")


def test_an_acronymed_name_before_program_is_a_programme_not_a_body():
    assert not orgs("The contract was awarded under the Allied Equipment Grants (AEG) program on Monday.")


@pytest.mark.parametrize("body, name", [
    ("Leaders reaffirmed their work within the Global Coalition to Defeat ISIS and the Aqaba Process.",
     "Global Coalition to Defeat ISIS"),
    ("Ministers of the International Coalition to Counter Daesh met in Rome on Monday.",
     "International Coalition to Counter Daesh"),
])
def test_a_body_named_with_its_purpose_against_a_known_body_keeps_it(body, name):
    found = orgs(body)
    assert name in found
    assert "Islamic State" not in found  # the acronym inside the longer name is no body of its own


def test_a_purpose_naming_no_known_body_is_left_out():
    assert "Global Alliance to Counter Drones" not in orgs("The Global Alliance to Counter Drones met in Rome.")


@pytest.mark.parametrize("body, name", [
    ("Ships sailed under the Five Power Defence Arrangements with Malaysia.", "Five Power Defence Arrangements"),
    ("Ships of the Five Power Defence Arrangements (FPDA) sailed with Malaysia.", "Five Power Defence Arrangements"),
    ("Leaders of the Three Seas Initiative met in Warsaw on Monday.", "Three Seas Initiative"),
])
def test_a_number_word_mid_sentence_opens_a_name(body, name):
    assert name in orgs(body)


def test_the_government_of_a_formal_country_name_is_the_country():
    f = facts("Representatives of the Government of the People's Republic of China attended the talks in Canberra.")
    assert not f.organisations
    assert "China" in {p.name for p in f.places}


@pytest.mark.parametrize("body, name", [
    ("Officials of the Embassy of the People's Republic of China in Canberra attended.",
     "Embassy of the People's Republic of China"),
    ("The Ministry of National Defense of the People\u2019s Republic of China issued a statement on Monday.",
     "Ministry of National Defense of the People\u2019s Republic of China"),
])
def test_a_body_of_the_peoples_republic_is_chinas_not_taiwans(body, name):
    assert orgs(body)[name].country == "China"


def test_staff_of_a_company_are_not_part_of_its_name():
    assert "BAE Systems" in orgs("Staff of BAE Systems met officials at the show on Monday.")


@pytest.mark.parametrize("body, name", [
    ("New Zealand is sending three Royal New Zealand Air Force NH90 helicopters and crew.",
     "Royal New Zealand Air Force"),
    ("UK troops joined Nato allies for the exercise in Estonia on Monday.", "North Atlantic Treaty Organization"),
    ("Sailors of the Royal Malaysian Navy joined the exercise on Monday.", "Royal Malaysian Navy"),
])
def test_more_services_and_the_british_spelling_of_nato(body, name):
    assert name in orgs(body)


@pytest.mark.parametrize("body, name", [
    ("It will train with U.S. F-15 Eagles and F-16 Fighting Falcons over Poland.", "F-15 Eagle"),
    ("Four F-22 Raptors arrived at the base on Monday.", "F-22 Raptor"),
    ("The squadron flies eight F/A-18F Super Hornets from the carrier.", "F/A-18F Super Hornet"),
    ("Two CH-47F Chinooks landed at the camp.", "CH-47F Chinook"),
])
def test_a_plural_aircraft_type_is_named_in_the_singular(body, name):
    assert _kinds(body).get(name) == "aircraft"


def test_a_plural_in_s_of_a_singular_type_is_kept():
    assert _kinds("A C-130 Hercules landed in Darwin.").get("C-130 Hercules") == "aircraft"


@pytest.mark.parametrize("body, name", [
    ("One C-17 Globemaster III landed in Germany. The C-17 is from the 437th Airlift Wing.", "C-17 Globemaster III"),
    ("The F-35A Lightning II arrived in Japan. The F-35A will stay for a month.", "F-35A Lightning II"),
])
def test_a_type_named_by_its_designation_alone_is_the_same_type(body, name):
    found = [n for n, k in _kinds(body).items() if k == "aircraft"]
    assert found == [name]


@pytest.mark.parametrize("body, name", [
    ("The Prime Minister kept the Tornado aircraft deployed in the region.", "Tornado"),
    ("New Zealand is sending three NH90 helicopters to Australia.", "NH90"),
    ("Seasprite helicopters would also take part in the training.", "Seasprite"),
    ("The frigate and its Cyclone air detachment sailed from Halifax.", "Cyclone"),
    ("The RAF's new Voyager transport capability moved the main party.", "Voyager"),
    ("Two Chinooks and an A400M aircraft landed in Estonia.", "Chinook"),
    ("Two Chinooks and an A400M aircraft landed in Estonia.", "A400M"),
    ("The squadron flew four Royal Air Force Typhoon Tranche 1 aircraft to Malaysia.", "Typhoon Tranche 1"),
    ("Army AS350BA Squirrel helicopters joined the landing craft.", "AS350BA Squirrel"),
    ("Britain is sending a squadron of Typhoon to strike targets.", "Typhoon"),
])
def test_an_aircraft_type_by_name_or_model_code_before_an_aircraft_noun_or_after_a_count(body, name):
    assert _kinds(body).get(name) == "aircraft"


@pytest.mark.parametrize("body", [
    "Typhoon Haiyan struck the Philippines and Cyclone Gabrielle hit New Zealand.",
    "The Eagles beat the Tigers in Philadelphia.",
    "Leaders met at the G20 summit in Rome.",
])
def test_a_bare_type_name_or_a_code_before_other_words_is_no_aircraft(body):
    assert not [n for n, k in _kinds(body).items() if k == "aircraft"]


def test_known_bodies_still_found_beside_aircraft():
    assert "Royal Air Force" in orgs("Four RAF Typhoons and a Voyager tanker flew to Cyprus on Monday.")


def test_the_air_force_before_its_base_is_still_a_body():
    found = orgs("The jets flew to Royal Malaysian Air Force (RMAF) Base Butterworth on Monday.")
    assert "Royal Malaysian Air Force" in found


@pytest.mark.parametrize("body, name", [
    ("Sailors can join tours offered by the ship's Morale, Welfare and Recreation office.",
     "Morale, Welfare and Recreation"),
    ("The ship was readied by Fleet Maintenance Facility Cape Scott, Base Logistics and Sea Training.",
     "Fleet Maintenance Facility Cape Scott"),
    ("The minister thanked UK Defence and Security Exports for its work.", "UK Defence and Security Exports"),
    ("Staff of Permanent Joint Headquarters planned the operation.", "Permanent Joint Headquarters"),
])
def test_known_support_and_command_bodies_of_the_services(body, name):
    assert name in orgs(body)


def test_a_body_named_with_its_purpose_at_the_sentence_end_keeps_it():
    found = orgs("The campaign had support from the Global Coalition to Defeat ISIS.")
    assert "Global Coalition to Defeat ISIS" in found and "Global Coalition" not in found


@pytest.mark.parametrize("body, name", [
    ("Officers of the Philippine Navy met sailors of the Philippines Navy in Manila.", "Philippine Navy"),
    ("The Indonesian Navy and the Indonesia Navy band played in Jakarta on Monday.", "Indonesian Navy"),
    ("The Australia Army band and the Australian Army marched in Sydney on Monday.", "Australia Army"),
])
def test_a_service_named_by_its_nation_or_by_the_nation_s_adjective_is_one_body_first_form_kept(body, name):
    assert [n for n in orgs(body)] == [name]


@pytest.mark.parametrize("body, name", [
    ("Officials of the Department of Foreign Affairs and Trade met in Canberra on Monday.",
     "Department of Foreign Affairs and Trade"),
    ("Members of the Ministry of Agriculture and Forestry met in Helsinki on Monday.",
     "Ministry of Agriculture and Forestry"),
])
def test_a_head_first_body_with_and_after_members_of_the_keeps_its_whole_remit(body, name):
    assert name in orgs(body)


@pytest.mark.parametrize("body, name", [
    ("A P-3K2 Orion flew from Whenuapai to Tonga on Monday.", "P-3K2 Orion"),
    ("An SH-2G(I) Seasprite was embarked on the frigate.", "SH-2G(I) Seasprite"),
    ("A C-130J-30 Hercules landed in Fiji on Tuesday.", "C-130J-30 Hercules"),
    ("The Danish Air Force's EH101 Merlins flew over the fjord.", "EH101 Merlin"),
    ("The French Army's NH90 Caiman helicopters flew together.", "NH90 Caiman"),
])
def test_aircraft_designations_with_variant_marks_and_model_codes_before_a_name(body, name):
    assert _kinds(body).get(name) == "aircraft"


def test_a_body_named_with_its_nation_s_name_or_adjective_is_one():
    assert list(orgs("The UK Ministry of Defence and the British Ministry of Defence published the plan.")) == [
        "UK Ministry of Defence"]


@pytest.mark.parametrize("body", [
    "Approximately 400 U.S. Marines stationed in Okinawa are participating in the exercise.",
    "More than 2,000 U.S. Marines landed on the beach in Australia.",
])
def test_a_counted_plural_service_names_its_members_not_the_service(body):
    assert "U.S. Marines" not in orgs(body)


def test_an_uncounted_plural_service_is_still_the_service():
    assert "U.S. Marines" in orgs("The U.S. Marines and the Royal Marines trained together in Norway this winter.")


def test_a_bracketed_capitalised_word_after_a_body_is_no_acronym():
    found = orgs("The Littoral Response Group (South) sailed with the Royal Navy to Japan.")
    assert found["Littoral Response Group"].acronym is None
    assert orgs("The Royal Australian Navy (RAN) sailed to Japan on Monday.")["Royal Australian Navy"].acronym == "RAN"


def test_a_term_the_article_puts_in_quotation_marks_is_no_body_later_either():
    body = ("The command comprises most combat forces, collectively known as the \u201cPacific Marines.\u201d "
            "Pacific Marines serve as an expeditionary force in readiness.")
    assert "Pacific Marines" not in orgs(body)


def test_a_known_body_in_quotation_marks_is_still_found():
    assert "Quadrilateral Security Dialogue" in orgs('Leaders of the so-called "Quad" met in Tokyo on Monday.')


def test_a_name_before_framework_or_principle_is_a_policy_a_body_s_framework_stays_the_body():
    assert not orgs("The leaders said the law would undermine the One Country Two Systems framework in Hong Kong.")
    assert "Border Protection Agency" in orgs("The Border Protection Agency framework was praised by officials.")


@pytest.mark.parametrize("body", [
    "VOA's Steve Herman contributed to this report.",
    "Jane Doe of the Associated Press contributed to this story.",
])
def test_a_credit_line_names_no_organisation(body):
    assert not orgs(f"The ships sailed to Guam on Monday. {body}")


@pytest.mark.parametrize("body", [
    "The Australia-United States Alliance is a cornerstone of regional security.",
    "Leaders praised the United States-Japan Alliance in Tokyo on Monday.",
])
def test_a_bilateral_bond_between_countries_of_several_words_is_no_body(body):
    assert not orgs(body)


def test_a_bilateral_body_with_its_own_head_is_still_one():
    assert "US-China Business Council" in orgs("The US-China Business Council met in Washington on Monday.")


@pytest.mark.parametrize("body", [
    "They discussed the AUKUS trilateral security pact in Washington on Monday.",
    "They made the AUKUS agreement a generational success.",
])
def test_a_known_grouping_named_only_before_agreement_or_pact_is_the_pact(body):
    assert "AUKUS" not in orgs(body)


def test_a_known_grouping_that_acts_is_still_a_body():
    assert "AUKUS" in orgs("AUKUS partners met in San Diego on Monday.")


@pytest.mark.parametrize("body", [
    "Two Texans and three Kiowa elders met in Dallas on Monday.",
    "Thousands of Eagles fans cheered in Philadelphia, and two Tigers players scored.",
])
def test_a_count_before_a_people_s_or_a_team_s_name_is_no_aircraft(body):
    assert not [n for n, k in _kinds(body).items() if k == "aircraft"]


@pytest.mark.parametrize("body, name, role", [
    ("Ana Ruiz, director of the Office of Net Assessment, briefed reporters.", "Ana Ruiz",
     "director of the Office of Net Assessment"),
    ("Tom Reed, head of the Bureau of Political-Military Affairs, briefed reporters.", "Tom Reed",
     "head of the Bureau of Political-Military Affairs"),
])
def test_words_after_of_in_a_bodys_name_are_no_person(body, name, role):
    f = facts(body)
    assert [p.name for p in f.people] == [name]
    assert person(f, name).roles == [role]


@pytest.mark.parametrize("body, name, role, affiliation", [
    ("Governor Tom Reed of California signed the bill.", "Tom Reed", "Governor", None),
    ("Professor Tom Reed of Oxford University said the risks were high.", "Tom Reed", "Professor", None),
    ("Director Tom Reed of the Bureau of Intelligence said the risks were high.", "Tom Reed", "Director", None),
    ("Rear Admiral Ana Ruiz of the Royal Navy said the risks were high.", "Ana Ruiz", "Rear Admiral",
     "United Kingdom"),
])
def test_title_name_of_a_place_or_body(body, name, role, affiliation):
    found = person(facts(body), name)
    assert found is not None, [p.name for p in facts(body).people]
    assert found.roles == [role] and found.affiliation == affiliation


@pytest.mark.parametrize("header, body", [
    ("Prime Minister Ana Ruiz Visits Troops", "The prime minister visited troops on Monday. Ruiz thanked them."),
    ("Prime Minister Ana Ruiz Visits Troops", "The visit was short. Minister Ruiz thanked the troops."),
])
def test_a_titled_name_in_the_headline_joins_its_surname_in_the_body(header, body):
    f = facts(body, header)
    assert [(p.name, p.roles) for p in f.people] == [("Ana Ruiz", ["Prime Minister"])]


def test_a_delegation_gives_its_leader_the_country_and_a_region_opens_an_office():
    f = facts("The U.S. delegation was led by Indo-Pacific Coordinator Kurt Campbell and included officials. The UK "
              "delegation was led by Deputy National Security Advisor David Quarrey.")
    assert (person(f, "Kurt Campbell").roles, person(f, "Kurt Campbell").affiliation) == (
        ["Indo-Pacific Coordinator"], "United States")
    assert person(f, "David Quarrey").affiliation == "United Kingdom"


def test_a_person_serving_an_institution_of_a_body_acts_for_the_body():
    f = facts("President of the European Commission Ursula von der Leyen said the plan would help.")
    assert person(f, "Ursula von der Leyen").affiliation == "European Union"


@pytest.mark.parametrize("body", [
    "Marine Corps Base Camp Butler said the exercise ended.",
    "Santa Cruz said the storm had passed.",
    "The minister met Abraham Accords partners in Washington.",
])
def test_an_untitled_place_or_accord_is_no_person(body):
    assert facts(body).people == []


def test_a_given_name_before_a_street_word_is_a_place_not_a_person():
    f = facts("The two ministers met at the residence in Carlton Gardens, near the park, on Monday.")
    assert [p.name for p in f.people] == []


@pytest.mark.parametrize("body, name, affiliation", [
    ("Ana Ruiz of the Ministry of Foreign Affairs said the talks were useful.", "Ana Ruiz", None),
    ("Tom Reed of Reuters reported the talks were useful.", "Tom Reed", None),
    ("Tom Reed of the State Department said the talks were useful.", "Tom Reed", "United States"),
])
def test_a_name_of_a_body_is_a_person_and_a_news_agency_gives_no_country(body, name, affiliation):
    found = person(facts(body), name)
    assert found is not None, [p.name for p in facts(body).people]
    assert found.affiliation == affiliation


def test_a_body_named_after_a_person_is_no_person():
    assert facts("The Tom Lantos Institute of Human Rights said the talks were useful.").people == []


@pytest.mark.parametrize("body, name, first", [
    ("He met Director of the Policy Office and Foreign Minister Li Wei.", "Li Wei", "Director of the Policy Office"),
    ("He met Chairman of the Central Planning Commission and President Li Wei.", "Li Wei",
     "Chairman of the Central Planning Commission"),
])
def test_an_office_of_a_named_body_joined_by_and_stays_with_the_next_office(body, name, first):
    found = person(facts(body), name)
    assert found is not None
    assert first in found.roles, found.roles


def test_an_office_of_a_body_before_a_name_is_not_carried_to_the_next_person():
    f = facts("He met Director of the Policy Office Tom Reed and Foreign Minister Li Wei today.")
    assert person(f, "Li Wei").roles == ["Foreign Minister"]


def test_a_formal_country_name_before_an_office_of_a_body_is_not_a_person():
    f = facts("He met People's Republic of China Director of the Party (CP) Central Commission and Minister Li Wei.")
    assert not [p.name for p in f.people if "Republic" in p.name]


@pytest.mark.parametrize("body, name, role", [
    ("Ana Ruiz, the ambassador in Tokyo since 2020, said the talks were useful.", "Ana Ruiz", "ambassador"),
    ("Tom Reed, a spokesman in Washington, said the talks were useful.", "Tom Reed", "spokesman"),
])
def test_a_place_after_a_headed_office_is_still_cut(body, name, role):
    assert person(facts(body), name).roles == [role]


def test_variants_of_one_organisation_merge():
    f = facts("The U.S. Navy sailed on Monday. The United States Navy said the patrol was routine.")
    navies = [o for o in f.organisations if o.name.endswith("Navy")]
    assert len(navies) == 1 and navies[0].country == "United States"


def test_a_given_name_that_is_a_known_body_acronym_is_not_that_body():
    f = facts("The leaders were joined by Gen. Rafael Brion, Chief of Staff of the armed forces.")
    assert person(f, "Rafael Brion") is not None
    assert not [o for o in f.organisations if "Rafael" in o.name]


def test_a_seat_before_an_office_or_after_at_is_not_the_body():
    f = facts("Pentagon Press Secretary Tom Reyes said the minister met the secretary at the Pentagon. A Downing "
              "Street spokesperson said the call went well.")
    assert not {"Pentagon", "Downing Street"} & {o.name for o in f.organisations}
    assert "Pentagon" in {p.name for p in f.places}
    assert "Pentagon" in {o.name for o in facts("The Pentagon said the patrol was routine.").organisations}


def test_a_body_named_only_inside_a_gathering_or_convention_is_not_mentioned():
    f = facts("They met on the margins of the G7 Summit and backed the UN Convention on the Law of the Sea.")
    assert not {"Group of Seven", "United Nations"} & {o.name for o in f.organisations}


def test_a_nations_institution_is_an_organisation_a_bond_is_not():
    f = facts("The agreement now goes to the Thai Parliament. It deepens the U.S.-Japan Alliance.")
    names = {o.name for o in f.organisations}
    assert "Thai Parliament" in names and not {"Japan Alliance", "U.S.-Japan Alliance"} & names


def test_a_city_is_not_a_person_by_its_given_name_and_a_seat_after_an_office_is_no_body():
    f = facts("The leaders visited the base in Santa Ana, Cagayan. Jane Okafor, a spokesperson for 10 Downing Street, "
              "said the call was warm.")
    assert person(f, "Santa Ana") is None and person(f, "Jane Okafor") is not None
    assert "Downing Street" not in {o.name for o in f.organisations}


def test_a_well_known_command_in_a_role_gives_its_country():
    f = facts("Minister Hale will meet Admiral Tom Reyes, Commander Indo-Pacific Command, and Lt. Gen. Ana Ruiz, "
              "commander of Western Mindanao Command.")
    assert person(f, "Tom Reyes").affiliation == "United States"
    assert person(f, "Ana Ruiz").affiliation == "Philippines"
    assert "Pacific Command" not in {o.name for o in f.organisations}


def test_an_activity_with_an_acronym_is_not_an_organisation():
    f = facts("The Ministers welcomed the Maritime Cooperative Activity (MCA) with the Royal Australian Navy.")
    assert [o.name for o in f.organisations] == ["Royal Australian Navy"]


def test_a_surname_after_an_office_of_a_body_is_a_person():
    f = facts("Tom Reed previewed the talks that he and Secretary of State Lindqvist will hold next week.")
    assert person(f, "Lindqvist").roles == ["Secretary of State"]


def test_a_name_after_an_office_for_a_known_region_is_the_name():
    f = facts("Minister for Europe David Whitcombe is visiting Stockholm today.")
    assert person(f, "David Whitcombe").roles == ["Minister for Europe"]


def test_an_appositive_keeps_the_known_body_it_is_at():
    f = facts("He will meet Ana Ruiz, Senior Advisor at the White House to discuss trade, and Tom Reed, director "
              "at Camp Harlow in the north.")
    assert person(f, "Ana Ruiz").roles == ["Senior Advisor at the White House"]
    assert person(f, "Ana Ruiz").affiliation == "United States"


def test_a_nationality_inside_an_office_of_a_state_body_gives_its_country():
    assert person(facts("Gen. Tom Reed, chief of the Indonesian armed forces, said the talks went well."),
                  "Tom Reed").affiliation == "Indonesia"
    assert person(facts("Ana Ruiz, director of the Chinese studies program, said the talks went well."),
                  "Ana Ruiz").affiliation is None


@pytest.mark.parametrize("body, name", [
    ("CANBERRA \u2014 President Marsh's visit to Jakarta was welcomed by officials.", "Marsh"),
    ("WELLINGTON \u2014 Vice President Ana Ruiz arrived for talks on Monday, officials said.", "Ana Ruiz"),
    ("MANILA \u2014 Defence Minister Ana Ruiz arrived for talks on Monday, officials said.", "Ana Ruiz"),
    ("LONDON \u2014 President Tom Reed arrived for talks on Monday, officials said.", "Tom Reed"),
])
def test_an_office_the_dateline_government_lacks_gets_no_home_country(body, name):
    assert person(facts(body), name).affiliation is None


@pytest.mark.parametrize("body", [
    "Defence Secretary Tom Reed met NZ Prime Minister Ana Ruiz in London on Monday.",
    "Defence Secretary Tom Reed met N.Z. Prime Minister Ana Ruiz in London on Monday.",
])
def test_nz_is_new_zealand(body):
    p = person(facts(body), "Ana Ruiz")
    assert p.roles == ["Prime Minister"] and p.affiliation == "New Zealand"


def test_a_headline_names_the_surnames_of_the_body_with_suffixes_and_long_offices():
    f = facts("Secretary Reed met with Secretary Ruiz at the Pentagon today. The two leaders discussed the alliance.",
              header="Readout of Secretary of Defense Tom J. Reed III's Meeting With Philippine Secretary of "
                     "National Defense Ana Ruiz Jr.")
    assert person(f, "Tom J. Reed III").roles == ["Secretary of Defense"]
    ruiz = person(f, "Ana Ruiz Jr.")
    assert ruiz.roles == ["Secretary of National Defense"] and ruiz.affiliation == "Philippines"


@pytest.mark.parametrize("verb", ["meet", "visit", "thank", "welcome"])
def test_a_verb_in_its_base_form_is_no_part_of_a_role(verb):
    f = facts(f"I was delighted to {verb} award winning director Ana Ruiz in Lahore on Monday.")
    assert not any(verb in r.split() for r in person(f, "Ana Ruiz").roles)


@pytest.mark.parametrize("body", [
    "NEW DELHI \u2014 Foreign Secretary Ana Ruiz met the visiting delegation on Monday.",
    "ISLAMABAD \u2014 Foreign Secretary Ana Ruiz briefed reporters on Monday.",
])
def test_a_shared_office_datelined_where_it_is_also_held_is_not_british(body):
    assert person(facts(body), "Ana Ruiz").affiliation != "United Kingdom"


@pytest.mark.parametrize("body, name, acronym", [
    ("Officials said ISKP claimed the attack in Kabul.", "Islamic State Khorasan Province", "ISKP"),
    ("The strike targeted AQAP leaders in Yemen, officials said.", "al-Qaeda in the Arabian Peninsula", "AQAP"),
    ("Boko Haram and ISWAP fighters attacked the town.", "Islamic State West Africa Province", "ISWAP"),
])
def test_armed_groups_named_by_acronym_alone(body, name, acronym):
    found = orgs(body)
    assert name in found and found[name].acronym == acronym
