"""Organisations and places, round 5: missions, facilities, state abbreviations, formal country names."""

from __future__ import annotations

from tests.extract.helpers import facts, orgs, places


def test_a_named_mission_is_an_operation_not_an_organisation():
    found = orgs("Officials praised Norway's part in the Steadfast Harbour Mission in Libya on Monday.")
    assert not any("Mission" in name for name in found)


def test_a_named_deployment_with_an_acronym_is_an_activity_not_an_organisation():
    found = orgs("The ships began Northern Reach Deployment (NRD) on 5 July, sailing from Darwin.")
    assert not any("Deployment" in name for name in found)


def test_bases_written_afb_field_or_military_base_are_facilities():
    found = places("The jets flew from Ridgeway AFB to Corran Field and then to the Halvik military base on Monday.")
    assert found.get("Ridgeway AFB") == "facility"
    assert found.get("Corran Field") == "facility"
    assert found.get("Halvik military base") == "facility"


def test_a_training_center_and_a_peace_park_are_places_not_bodies():
    body = "Troops trained at the Joint Mountain Training Center and visited the Old Harbour Peace Park on Monday."
    assert "Joint Mountain Training Center" not in orgs(body)
    found = places(body)
    assert found.get("Joint Mountain Training Center") == "facility"
    assert found.get("Old Harbour Peace Park") == "facility"


def test_a_us_state_abbreviated_after_a_town_or_base_is_a_place_as_written():
    found = places("The unit trained at Fort Carver, Tenn., and near Dunmore, N.M., before it deployed.")
    assert found.get("Tenn.") == "region"
    assert found.get("N.M.") == "region"
    assert found.get("Dunmore") == "city"


def test_a_formal_country_name_with_its_acronym_is_the_country_not_a_body():
    body = "Talks between the United States and the Democratic People\u2019s Republic of Korea (DPRK) resumed."
    assert not orgs(body)
    assert places(body).get("North Korea") == "country"


def test_a_place_before_a_closing_quote_and_a_capitalised_word_is_still_found():
    found = places("'We keep the Indo-Pacific free and open across Southeast Asia' Captain Vale said on Monday.")
    assert found.get("Southeast Asia") == "region"


def test_an_unnumbered_task_group_or_battle_group_is_no_body():
    found = orgs("The three-ship Task Group sailed on Monday and joined the Danish Navy Battle Group off Norway.")
    assert not any(name.endswith(("Task Group", "Battle Group")) for name in found)
    assert "Task Force 61" in orgs("Ships of Task Force 61 sailed on Monday.")


def test_an_administration_named_after_its_leader_is_no_body():
    assert not orgs("The envoy reaffirmed the Obama Administration\u2019s commitment to the region on Monday.")
    assert "Federal Aviation Administration" in orgs("The Federal Aviation Administration closed the airport.")


def test_a_known_fleet_written_by_its_short_form_is_one_body_named_as_written():
    found = orgs("The ship is transiting the 6th Fleet area of operations. It joined the fleet in June.")
    assert [name for name in found if "Fleet" in name] == ["6th Fleet"]


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


def test_a_regions_waters_are_one_sea_named_as_written():
    found = places("The frigate will patrol Southern and Eastern European waters, then return to European waters.")
    assert found == {"European waters": "sea"}


def test_a_name_followed_by_who_is_a_person_not_a_place():
    found = places("The minister paid tribute to Brannock, who retires this year, in Perth on Monday.")
    assert "Brannock" not in found


def test_a_city_of_the_larger_list_written_with_a_hyphen_is_found_as_written():
    assert places("The ministers met at their annual retreat in Kota-Kinabalu.").get("Kota-Kinabalu") == "city"


def test_a_seat_after_an_office_and_at_is_the_body_not_a_place():
    assert "White House" not in places("She will meet Jane Doe, Senior Trade Advisor at the White House, on Monday.")
    assert places("The ministers met at the White House on Monday.").get("White House") == "facility"


def test_a_place_joined_by_a_slash_to_an_agreements_name_is_part_of_that_name():
    assert "Dublin" not in places("He reaffirmed his commitment to the Dublin/Good Neighbour Agreement in full.")


def test_a_numbered_band_is_a_unit():
    found = orgs("The sounds of the 215th Army band filled the air as the 7th Signal Brigade Band played.")
    assert found["215th Army band"].kind == "unit"
    assert found["7th Signal Brigade Band"].kind == "unit"


def test_a_ship_named_after_a_navy_ship_is_a_ship():
    found = orgs("Halvard will replace the Norwegian Navy ship Fram-Nansen as flagship next month.")
    assert found["Fram-Nansen"].kind == "ship"


def test_an_aircraft_type_after_a_services_initials_is_an_aircraft():
    found = orgs("Two RAAF Poseidons flew over the strait on Monday.")
    assert found["Poseidon"].kind == "aircraft"
    assert "Royal Australian Air Force" in found


def test_a_year_before_a_plural_unit_head_is_no_unit_number():
    found = orgs("This week in history, in 1944 Rangers landed in Normandy, while 2 Squadron flew.")
    assert "1944 Rangers" not in found
    assert "2 Squadron" in found


def test_a_seat_before_a_gathering_held_there_is_a_place_not_the_body():
    body = "The spokesman announced the visit during today\u2019s Kremlin press briefing."
    assert "Kremlin" not in orgs(body)
    assert places(body).get("Kremlin") == "facility"


def test_a_place_inside_an_acronymed_name_of_the_form_x_of_the_place_is_no_mention():
    found = places("The ships joined Edge of the Atlantic (EDGEATL) off Norway on Monday.")
    assert "Atlantic Ocean" not in found and "Atlantic" not in found
    assert "Sea of Japan" in places("The ships sailed in the Sea of Japan (SOJ) on Monday.")


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


def test_a_region_or_sea_opening_a_process_or_case_name_is_named_but_a_city_is_not():
    found = places("They discussed the Southeast Asia Peace Process, the Coral Sea Arbitration and the Aqaba Process.")
    assert found.get("Southeast Asia") == "region"
    assert found.get("Coral Sea") == "sea"
    assert "Aqaba" not in found


def test_an_unknown_town_after_in_and_before_a_time_word_is_a_place():
    assert "Amesford" in places("A nerve agent was used in Amesford earlier this year, the minister said.")


def test_an_unknown_town_joined_by_and_to_a_place_after_in_is_a_place():
    found = places("Both navies share the bases in Darwin and Quenlow, an essential part of the alliance.")
    assert "Quenlow" in found


def test_a_ships_strike_group_is_one_unit_named_whole():
    found = orgs("The USS Gerald Brant Carrier Strike Group entered the sea while USS Dewey sailed north.")
    assert found["USS Gerald Brant Carrier Strike Group"].kind == "unit"
    assert found["USS Dewey"].kind == "ship"


def test_an_office_of_several_words_before_of_is_not_part_of_a_body():
    found = orgs("Chief of Staff of the Army Gen. Jane Doe visited the troops on Monday.")
    assert not any(name.startswith("Staff") for name in found)


def test_a_museum_and_a_lower_case_military_training_area_are_facilities():
    found = places("They met at Osaka's Harbour Museum and trained at the Veska military training area.")
    assert found.get("Harbour Museum") == "facility"
    assert found.get("Veska military training area") == "facility"


def test_a_visited_seat_is_a_place_not_the_body():
    body = "The minister visited the Kremlin on Friday."
    assert "Kremlin" not in orgs(body)
    assert places(body).get("Kremlin") == "facility"


def test_a_task_force_joined_to_its_name_by_a_hyphen_is_a_unit():
    assert orgs("The Joint Task Force-Blue Ridge team finished the work.")["Joint Task Force-Blue Ridge"].kind == "unit"


def test_two_bodies_joined_by_and_before_the_second_ones_acronym_are_both_found():
    found = orgs("The Harbour Institute and the Coastal Strategy Institute (CSI) published reports.")
    assert "Harbour Institute" in found and found["Coastal Strategy Institute"].acronym == "CSI"
    assert "Ministry of Science and Technology" in orgs("The Ministry of Science and Technology (MOST) said so.")


def test_an_office_with_its_country_before_of_is_not_part_of_the_body():
    found = orgs("He hosted PRC Director of the Central Harbour Affairs Commission Li Wei today.")
    assert "Central Harbour Affairs Commission" in found


def test_a_memorial_named_after_a_ship_is_a_place_not_a_ship():
    body = "The ministers visited the USS Oriole Memorial in Honolulu."
    assert not orgs(body)
    assert places(body).get("USS Oriole Memorial") == "facility"


def test_a_readiness_center_is_a_facility_and_a_seat_is_one_place():
    body = "Soldiers trained at the Vessel Joint Multinational Readiness Center and met at Zhongnanhai."
    assert not orgs(body)
    assert places(body) == {"Vessel Joint Multinational Readiness Center": "facility", "Zhongnanhai": "facility"}


def test_a_task_force_keeps_its_qualifiers_but_not_a_title_before_them():
    found = orgs("The Joint Special Operations Task Force-Mindanao met Commander Task Force 73 on Monday.")
    assert found["Joint Special Operations Task Force-Mindanao"].kind == "unit"
    assert "Task Force 73" in found


def test_the_government_of_a_country_of_several_words_is_the_country():
    body = "The Government of Papua New Guinea signed the treaty on Monday."
    assert not orgs(body)
    assert places(body).get("Papua New Guinea") == "country"


def test_a_service_region_is_a_command_not_a_region():
    assert "Navy Region" not in places("Navy Region Hawaii hosted the event on Monday.")


def test_a_name_and_the_name_of_a_body_are_two_bodies():
    found = orgs("Halvex and the Northern Shipbuilding Group signed the contract on Monday.")
    assert "Northern Shipbuilding Group" in found
    assert not any(" and " in name for name in found)
    assert "Marine Science and Technology Group" in orgs("The Marine Science and Technology Group met on Monday.")


def test_a_persons_surname_after_a_preposition_is_not_a_town():
    body = "Defence Minister Jane Harwick met the envoy. The envoy later spoke to Harwick by phone."
    assert "Harwick" not in places(body)


def test_a_body_between_two_ships_names_is_still_found():
    found = orgs("The Indian Navy's INS Vikrant and the Royal Brunei Navy's RSS Valour sailed together.")
    assert found["INS Vikrant"].kind == "ship"
    assert "Indian Navy" in found and "Royal Brunei Navy" in found


def test_a_port_named_with_a_lower_case_particle_is_whole():
    found = places("The frigate berthed at Bahrain's Khalid bin Hamad Port on Monday.")
    assert found.get("Khalid bin Hamad Port") == "facility"


def test_hawaiian_islands_are_places():
    assert places("Marines trained in the jungles of Kauai and on Oahu.").get("Kauai") == "region"


def test_an_acronymed_name_before_program_is_a_programme_not_a_body():
    assert not orgs("The contract was awarded under the Allied Equipment Grants (AEG) program on Monday.")


def test_a_zone_owned_by_a_pronoun_names_no_place():
    assert not places("We must patrol our exclusive economic zone every day, the commander said.")
    assert places("Ships entered the exclusive economic zone on Monday.").get("exclusive economic zone") == "region"


def test_a_nations_lower_case_base_is_no_named_facility_and_the_country_is_a_mention():
    found = places("They discussed the Chinese military base in Djibouti and a Russian naval base in Syria.")
    assert found == {"China": "country", "Djibouti": "country", "Russia": "country", "Syria": "country"}


def test_a_base_named_by_its_service_in_full_keeps_its_name_and_is_no_foreign_city():
    found = places("The contingent will deploy to Royal Australian Air Force Base Edinburgh, in Adelaide, on Monday.")
    assert found.get("Royal Australian Air Force Base Edinburgh") == "facility"
    assert "Edinburgh" not in found
    assert places("The crews flew from Canadian Forces Base Trenton to Halifax.").get(
        "Canadian Forces Base Trenton") == "facility"


def test_a_company_named_after_a_place_is_a_unit_not_a_mention_of_the_place():
    f = facts("The battalion's headquarters and Burma Company will act as enemy forces in Estonia on Monday.")
    assert "Myanmar" not in {p.name for p in f.places}
    assert any(o.name == "Burma Company" and o.kind == "unit" for o in f.organisations)
    assert not any(o.name.endswith("Trade Company") for o in facts(
        "Officials joined the UK Defence Trade Company Mission to Manila on Monday.").organisations)


def test_the_raf_regiment_is_a_body_not_a_base():
    f = facts("Controllers from the RAF Regiment trained at RAF Lossiemouth in Scotland on Monday.")
    assert "RAF Regiment" not in {p.name for p in f.places}
    assert "RAF Lossiemouth" in {p.name for p in f.places}
    assert "RAF Regiment" in {o.name for o in f.organisations}


def test_a_canadian_wing_keeps_its_base_in_its_name():
    f = facts("The helicopters of 423 Squadron, 12 Wing Shearwater, departed Halifax on July 14 for the Mediterranean.")
    assert "Shearwater" not in {p.name for p in f.places}
    assert any(o.name.endswith("12 Wing Shearwater") for o in f.organisations)
