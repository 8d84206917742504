"""Organisations on unseen articles: head words, acronyms, variants, non-organisations, ships, units, aircraft."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, orgs


def places(body: str) -> set[str]:
    """Return the names of the places (countries included) of `body`."""
    return {p.name for p in facts(body).places}


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
    assert "Contact Group on Moldova" in orgs(body) and "Moldova" not in places(body)


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
    assert "United States" in places("Officials said U.S military aircraft had left the area on Monday.")


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


def test_task_force_and_its_number_is_a_unit():
    found = orgs("Task Force 59 and Carrier Air Wing 9 sailed with the fleet on Monday.")
    assert found["Task Force 59"].kind == "unit" and found["Carrier Air Wing 9"].kind == "unit"
    assert "Task Force" not in found


def test_a_named_task_force_is_a_unit():
    found = orgs("Marines of Task Force Southern Reach arrived in the islands on Monday.")
    assert found["Task Force Southern Reach"].kind == "unit"


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


def test_a_ship_prefix_before_two_names_joined_by_and_names_both_ships():
    found = orgs("Frigates HMS Kent and Lancaster sailed from Portsmouth on Monday.")
    assert found["HMS Kent"].kind == "ship" and found["HMS Lancaster"].kind == "ship"


def test_a_possessive_inside_a_run_parts_two_bodies():
    found = orgs("The Ministry of Trade\u2019s Bureau of Export Controls approved the sale on Monday.")
    assert {"Ministry of Trade", "Bureau of Export Controls"} <= set(found)


def test_a_qualifier_shared_by_two_services_names_both():
    found = orgs("The Marine Corps trained with the Royal Fijian Navy and Marine Corps on Monday.")
    assert found["Royal Fijian Marine Corps"].country == "Fiji" and "Marine Corps" in found


def test_a_programme_that_is_no_aircraft_is_not_a_body():
    assert not orgs("The State Partnership Program and the Maritime Security Programme grew this year.")


def test_a_numbered_air_force_or_army_is_a_unit():
    found = orgs("The 5th Air Force commander met the 8th Army staff on Monday.")
    assert found["5th Air Force"].kind == "unit" and found["8th Army"].kind == "unit"
    assert "Air Force" not in found


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


def test_ships_listed_after_a_plural_prefix_are_each_a_ship():
    found = orgs("HMA Ships Albany, Wollongong and Maryborough sailed from Darwin on Monday.")
    assert {"HMAS Albany", "HMAS Wollongong", "HMAS Maryborough"} <= {n for n, o in found.items() if o.kind == "ship"}


@pytest.mark.parametrize("body", [
    "The leaders launched the Partnership for Coastal Infrastructure and Trade (PCIT) on Monday.",
    "They welcomed the Clean Energy Transition Partnership (CETP) on Monday.",
])
def test_a_partnership_is_an_agreement_not_a_body(body):
    assert not orgs(body)


def test_a_squadron_with_its_role_in_brackets_is_a_unit():
    assert orgs("Jets of 3 (Fighter) Squadron flew on Monday.")["3 (Fighter) Squadron"].kind == "unit"


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


def test_a_units_landing_team_is_no_body_of_its_own():
    found = orgs("Marines with the Battalion Landing Team trained ashore on Monday.")
    assert "Battalion Landing Team" not in found


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
