"""Organisations and places, round 7: failure classes of unseen service news probed with invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, orgs
from tests.extract.helpers import places as _places


def _kinds(body: str) -> dict[str, str]:
    return {o.name: o.kind for o in facts(body).organisations}


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


def test_a_fleet_named_force_after_its_type_is_a_unit():
    assert _kinds("The exercise will enhance Typhoon Force capability.").get("Typhoon Force") == "unit"


@pytest.mark.parametrize("body", [
    "Typhoon Haiyan struck the Philippines and Cyclone Gabrielle hit New Zealand.",
    "The Eagles beat the Tigers in Philadelphia.",
    "Leaders met at the G20 summit in Rome.",
])
def test_a_bare_type_name_or_a_code_before_other_words_is_no_aircraft(body):
    assert not [n for n, k in _kinds(body).items() if k == "aircraft"]


def test_known_bodies_still_found_beside_aircraft():
    assert "Royal Air Force" in orgs("Four RAF Typhoons and a Voyager tanker flew to Cyprus on Monday.")


@pytest.mark.parametrize("body, town, state", [
    ("The brigade trained in the deserts of Yakima Wash. before it deployed.", "Yakima", "Wash."),
    ("The sailors trained near Bremerton Wash. for two weeks.", "Bremerton", "Wash."),
    ("The unit returned home to Columbus, Ga., on Tuesday.", "Columbus", "Ga."),
])
def test_a_town_before_a_state_abbreviation_is_a_city_with_or_without_the_comma(body, town, state):
    places = _places(body)
    assert places.get(town) == "city" and places.get(state) == "region"


def test_an_abbreviation_like_word_after_no_preposition_is_no_state():
    assert not _places("The parish held a Catholic Mass. Then the choir sang for an hour.")


@pytest.mark.parametrize("body, unit", [
    ("Soldiers from 1st Battalion The Duke of Lancaster's Regiment (1 LANCS) deployed to Estonia.",
     "1st Battalion The Duke of Lancaster's Regiment"),
    ("Troops of the 3rd Battalion, The Royal Regiment of Scotland, trained in Kenya last month.",
     "3rd Battalion, The Royal Regiment of Scotland"),
    ("The 2nd Battalion, Princess Patricia's Canadian Light Infantry, trained in Latvia.",
     "2nd Battalion, Princess Patricia's Canadian Light Infantry"),
    ("A Merlin Mk2 from 814 NAS embarked on the frigate.", "814 NAS"),
    ("Four jets of 2 Sqn flew over Darwin on Tuesday.", "2 Sqn"),
])
def test_british_commonwealth_unit_forms(body, unit):
    assert _kinds(body).get(unit) == "unit"


def test_a_squadron_written_with_its_role_and_abbreviated_is_one_unit():
    body = ("Number 1(Fighter) Squadron flew to Malaysia. Then 1(F) Sqn deployed on exercise. "
            "Later 1(F) Squadron returned home.")
    assert [n for n, k in _kinds(body).items() if k == "unit"] == ["Number 1(Fighter) Squadron"]


def test_a_regiment_with_a_possessive_is_one_name_and_its_battalion_another():
    body = ("Soldiers from 1st Battalion The Duke of Lancaster's Regiment deployed. "
            "The Duke of Lancaster's Regiment has formed close ties with Estonia.")
    found = _kinds(body)
    assert "1st Battalion The Duke of Lancaster's Regiment" in found
    assert "Duke of Lancaster's Regiment" in found


@pytest.mark.parametrize("body, name", [
    ("This began in 2005 when the Reserve Battalion, 4th Battalion The Rifles, trained in Estonia.",
     "Reserve Battalion"),
    ("They will execute varied missions, including Security Force assistance and village stability operations.",
     "Security Force"),
    ("The Quick Reaction Force stood by while the Training Squadron flew.", "Training Squadron"),
])
def test_a_unit_head_after_words_of_what_a_unit_is_names_no_unit(body, name):
    assert name not in _kinds(body)


def test_a_unit_with_a_proper_word_is_still_named():
    assert "Scouts Battalion" in _kinds("The regiment has formed close ties with the Scouts Battalion in Tallinn.")


@pytest.mark.parametrize("body, units", [
    ("The Cyclone air detachment from 423 Squadron, 12 Wing Shearwater, departed on Monday.",
     {"423 Squadron", "12 Wing Shearwater"}),
    ("Marines with 3rd Battalion, 5th Marines, trained in Guam.", {"3rd Battalion, 5th Marines"}),
    ("Soldiers of the 1st Squadron, 2nd Cavalry Regiment, drove to Poland.", {"1st Squadron, 2nd Cavalry Regiment"}),
])
def test_a_wing_after_a_squadron_is_a_unit_of_its_own_a_regiment_after_a_battalion_is_not(body, units):
    assert {n for n, k in _kinds(body).items() if k == "unit"} == units


@pytest.mark.parametrize("body, town, province", [
    ("The air detachment from 12 Wing Shearwater, N.S., departed Halifax on Monday.", None, "N.S."),
    ("The soldiers returned to Petawawa, Ont., on Friday after six months.", "Petawawa", "Ont."),
    ("Soldiers flew home to Townsville, Qld, on Friday after the exercise.", "Townsville", "Qld"),
])
def test_a_canadian_or_australian_province_abbreviated_after_a_town(body, town, province):
    places = _places(body)
    assert places.get(province) == "region"
    assert town is None or places.get(town) == "city"


@pytest.mark.parametrize("body, region, country", [
    ("The frigate will reassure allies in Central and Eastern Europe over the coming months.",
     "Central and Eastern Europe", None),
    ("The exercise is centred around central and eastern Norway and the North Atlantic.",
     "central and eastern Norway", "Norway"),
    ("Troops deployed to northern and western Australia for the exercise.", "northern and western Australia",
     "Australia"),
])
def test_two_compass_adjectives_and_a_place_are_one_region_the_country_still_counts(body, region, country):
    places = _places(body)
    assert places.get(region) == "region"
    assert country is None or places.get(country) == "country"
    assert "Central" not in places and "eastern Norway" not in places


@pytest.mark.parametrize("body, base", [
    ("The jets flew to Royal Malaysian Air Force (RMAF) Base Butterworth on Monday.",
     "Royal Malaysian Air Force Base Butterworth"),
    ("The squadron deployed to Royal Thai Air Force Base Korat for the exercise.", "Royal Thai Air Force Base Korat"),
    ("The flights left from Ohakea Airforce Base on Tuesday.", "Ohakea Airforce Base"),
])
def test_a_royal_air_force_base_of_any_nation_and_one_word_airforce_base(body, base):
    assert _places(body).get(base) == "facility"


def test_the_air_force_before_its_base_is_still_a_body():
    found = orgs("The jets flew to Royal Malaysian Air Force (RMAF) Base Butterworth on Monday.")
    assert "Royal Malaysian Air Force" in found


@pytest.mark.parametrize("body, units", [
    ("The 1st Stryker Brigade Combat Team, 4th Infantry Division, will replace another brigade in Korea.",
     {"1st Stryker Brigade Combat Team", "4th Infantry Division"}),
    ("Soldiers of the 3rd Brigade Combat Team, 82nd Airborne Division, jumped into Latvia.",
     {"3rd Brigade Combat Team", "82nd Airborne Division"}),
    ("Marines with India Company, Battalion Landing Team 3/5, trained in Guam.",
     {"India Company", "Battalion Landing Team 3/5"}),
])
def test_brigade_combat_teams_and_landing_teams_keep_their_whole_name(body, units):
    assert {n for n, k in _kinds(body).items() if k == "unit"} == units


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


@pytest.mark.parametrize("body, country, city", [
    ("Washington said on Monday that it would send more ships to the region.", "United States", "Washington"),
    ("The talks stalled, and Beijing warned against interference in its affairs.", "China", "Beijing"),
    ("Moscow has denied the claims made by the investigators last week.", "Russia", "Moscow"),
])
def test_a_capital_that_speaks_is_its_country_not_a_city(body, country, city):
    places = _places(body)
    assert places.get(country) == "country" and city not in places


@pytest.mark.parametrize("body, city", [
    ("Officials in Wellington said the frigate would sail on Friday.", "Wellington"),
    ("The minister flew to Canberra and said the talks were useful.", "Canberra"),
])
def test_a_capital_after_a_preposition_or_not_speaking_is_the_city(body, city):
    assert _places(body).get(city) == "city"


def test_a_long_formal_country_name_is_the_country_and_no_region_inside_it():
    places = _places("The treaty was signed with the United Kingdom of Great Britain and Northern Ireland today.")
    assert places.get("United Kingdom") == "country" and "Northern Ireland" not in places


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


@pytest.mark.parametrize("body, place, kind", [
    ("The ships sailed into the Gulf of St. Lawrence on Monday.", "Gulf of St. Lawrence", "sea"),
    ("The helicopters flew from RNAS Yeovilton in Somerset on Monday.", "RNAS Yeovilton", "facility"),
    ("The helicopters flew from RNAS Yeovilton in Somerset on Monday.", "Somerset", "region"),
    ("The aircraft flew from RAF Odiham in Hampshire on Monday.", "Hampshire", "region"),
    ("The ship sailed from Tauranga in the Bay of Plenty on Monday.", "Bay of Plenty", "region"),
    ("The battalion trained in Saskatchewan and Manitoba last winter.", "Manitoba", "region"),
])
def test_commonwealth_counties_provinces_naval_air_stations_and_saints_in_names(body, place, kind):
    assert _places(body).get(place) == kind


def test_a_saint_s_abbreviation_alone_is_no_place():
    assert "St" not in _places("The frigate then sailed on to St. John's for a port visit.")


def test_a_unit_s_bracketed_word_is_no_acronym_its_bracketed_initials_are():
    f = facts("Marines with the 31st Marine Expeditionary Unit (31st MEU) and 1st Battalion The Rifles (1 RIFLES) "
              "sailed. Aircraft of Marine Medium Tiltrotor Squadron 262 (Reinforced) flew.")
    acronyms = {o.name: o.acronym for o in f.organisations}
    assert acronyms["31st Marine Expeditionary Unit"] == "31st MEU"
    assert acronyms["1st Battalion The Rifles"] == "1 RIFLES"
    assert acronyms["Marine Medium Tiltrotor Squadron 262"] is None
    f = facts("Soldiers from the 2nd Battalion, Royal Australian Regiment (2RAR) embarked on the ship.")
    assert f.organisations[0].acronym == "2RAR"


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


@pytest.mark.parametrize("body, region", [
    ("The frigate works with allies from India to the western Pacific rim.", "western Pacific"),
    ("The carrier sailed in the eastern Mediterranean last month.", "eastern Mediterranean"),
    ("The destroyers patrolled the northern Atlantic over the winter.", "northern Atlantic"),
])
def test_a_direction_before_a_sea_is_a_region_as_written(body, region):
    places = _places(body)
    assert places.get(region) == "region" and "Pacific Ocean" not in places


@pytest.mark.parametrize("body, ship", [
    ("HMS Spey\u2019s Commanding Officer said the crew were ready.", "HMS Spey"),
    ("USS Ralph Johnson's Executive Officer briefed the visitors.", "USS Ralph Johnson"),
])
def test_a_ship_s_name_ends_at_its_possessive(body, ship):
    assert [n for n, k in _kinds(body).items() if k == "ship"] == [ship]


@pytest.mark.parametrize("body, town", [
    ("The destroyer deployed from her homeport of Mayport, Florida on April 19th.", "Mayport"),
    ("The frigate sailed from its home port of Waitangi on Monday.", "Waitangi"),
])
def test_a_ship_s_homeport_is_a_place(body, town):
    assert town in _places(body)


def test_a_bracketed_capitalised_word_after_a_body_is_no_acronym():
    found = orgs("The Littoral Response Group (South) sailed with the Royal Navy to Japan.")
    assert found["Littoral Response Group"].acronym is None
    assert orgs("The Royal Australian Navy (RAN) sailed to Japan on Monday.")["Royal Australian Navy"].acronym == "RAN"


@pytest.mark.parametrize("body, name, kind", [
    ("Six CF-18 Hornets deployed to Romania on Monday.", "CF-18 Hornet", "aircraft"),
    ("An AP-3C Orion flew from Edinburgh on Monday.", "AP-3C Orion", "aircraft"),
    ("The CT-155 Hawk trainers flew over Alberta.", "CT-155 Hawk", "aircraft"),
    ("The jets from 4 Wing Cold Lake deployed to Romania.", "4 Wing Cold Lake", "unit"),
])
def test_canadian_and_australian_designations_and_a_wing_s_two_word_seat(body, name, kind):
    assert _kinds(body).get(name) == kind


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
