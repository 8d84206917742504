"""Tests of sitbrief.extract.places: find countries (by name, alias, demonym and combining form) and places from
the gazetteer."""

from __future__ import annotations

import pytest

from sitbrief.extract import extract_facts
from sitbrief.read.article import parse_article
from tests.extract.helpers import facts, person, places
from tests.extract.helpers import places as _places


def test_a_short_alias_matches_in_its_own_case_only():
    assert places("The Act was passed last year and the Act now requires a review.") == {}
    assert "Australian Capital Territory" in places("The ACT government welcomed the troops on Monday.")


@pytest.mark.parametrize("body, country", [
    ("The PRC coast guard harassed the vessel on Monday.", "China"),
    ("The ROK navy joined the patrol on Monday, officials said.", "South Korea"),
])
def test_a_capitalised_country_alias_is_a_country(body, country):
    assert places(body).get(country) == "country"


@pytest.mark.parametrize("body, absent", [
    ("The bill amends the Taiwan Relations Act of 1979, officials said.", "Taiwan"),
    ("They discussed the Northern Ireland Protocol on Monday.", "Northern Ireland"),
    ("They fought the Islamic State of Iraq and Syria for years.", "Iraq"),
    ("The Japan Maritime Self-Defense Force sailed on Monday.", "Japan"),
])
def test_a_country_only_inside_a_name_is_no_mention(body, absent):
    assert absent not in places(body)


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_curly_and_straight_apostrophes_are_one(apostrophe):
    found = places(f"The minister met her counterpart from the People{apostrophe}s Republic of China on Monday.")
    assert found == {"China": "country"}


def test_a_region_named_by_a_direction_is_a_place():
    found = places("Troops deployed to northern Australia and southern Japan on Monday.")
    assert found.get("northern Australia") == "region" and found.get("southern Japan") == "region"


def test_ports_are_places():
    found = places("The frigate called at the Port of Tanjung Priok and then at the port of Darwin.")
    assert "Tanjung Priok" in " ".join(found) and "Darwin" in found


@pytest.mark.parametrize("body, name", [
    ("The leaders met at the Grand Harbour Hotel in Sydney on Monday.", "Grand Harbour Hotel"),
    ("The ministers spoke at the Riverside Convention Centre on Monday.", "Riverside Convention Centre"),
    ("The leaders laid a wreath at the Peace Memorial Park on Monday.", "Peace Memorial Park"),
    ("They met in the Oval Office on Monday, officials said.", "Oval Office"),
])
def test_venues_are_places_of_kind_facility(body, name):
    assert places(body).get(name) == "facility"


def test_a_venue_is_not_an_organisation():
    f = facts("They met in the Oval Office and at the Riverside Convention Centre on Monday.")
    assert not f.organisations


def test_a_base_named_after_its_type_takes_both_words_after_it():
    found = places("Forces at Naval Air Station Whidbey Island prepared for the flight on Monday.")
    assert "Naval Air Station Whidbey Island" in found


def test_her_majestys_naval_base_is_one_place():
    found = places("The ship returned to Her Majesty\u2019s Naval Base Clyde in Scotland on Monday.")
    assert "Her Majesty\u2019s Naval Base Clyde" in found and "Naval Base Clyde" not in found


def test_straits_and_economic_zones_are_places():
    found = places("The destroyer transited the Strait of Hormuz and patrolled Japan\u2019s exclusive economic zone.")
    assert found.get("Strait of Hormuz") == "sea" and "Japan\u2019s exclusive economic zone" in found


def test_the_dateline_city_is_a_place():
    f = extract_facts(parse_article("A headline\n\nDARWIN, Australia \u2014 Officials met today to discuss trade."))
    assert {"Darwin", "Australia"} <= {p.name for p in f.places}


def test_indo_pacific_as_an_adjective_is_a_place():
    assert "Indo-Pacific" in places("Ministers discussed Indo-Pacific security on Monday.")


def test_training_areas_and_range_facilities_are_facilities():
    found = places("Marines trained at the Coral Ridge Training Area and the Pacific Test Range Facility on Monday.")
    assert found.get("Coral Ridge Training Area") == "facility"
    assert found.get("Pacific Test Range Facility") == "facility"


def test_a_run_that_ends_in_a_known_place_is_that_place_not_a_body():
    found = places("The envoy travelled to Jordan and the West Bank on Monday.")
    assert {"Jordan", "West Bank"} <= set(found)


def test_one_base_written_three_ways_is_one_place():
    f = facts("The frigate left Her Majesty\u2019s Naval Base (HMNB) Clyde on Monday. Crews at the Clyde Naval Base "
              "waved. HMNB Clyde is in Scotland.")
    bases = [p.name for p in f.places if "Clyde" in p.name]
    assert bases == ["Her Majesty\u2019s Naval Base Clyde"]


def test_the_region_of_a_date_first_dateline_is_a_place():
    text = ("Minister speaks with counterpart\n\nMarch 3, 2024 \u2013 Halifax, Nova Scotia \u2013 Department of Things"
            "\n\nThe minister spoke today with her counterpart about trade.")
    f = extract_facts(parse_article(text))
    assert {"Halifax", "Nova Scotia"} <= {p.name for p in f.places}


def test_a_city_before_and_and_a_body_is_still_a_city():
    assert "Manila" in places("The U.S. Embassy in Manila and the Australian Embassy in Tokyo issued advice today.")


def test_shoals_reefs_and_banks_are_places_not_bodies():
    f = facts("The ships sailed near the Scarborough Shoal and Reed Bank and past Hughes Reef on Monday.")
    assert {"Scarborough Shoal", "Reed Bank", "Hughes Reef"} <= {p.name for p in f.places}
    assert not f.organisations


@pytest.mark.parametrize("body", [
    "The ship returned after six months at Sea, the navy said on Monday.",
    "The soldiers came home from Deployment and went on leave on Monday.",
    "The team trained in Readiness and Damage Prevention at the school.",
])
def test_a_capitalised_common_noun_after_a_preposition_is_no_place(body):
    assert places(body) == {}


def test_a_region_and_the_same_region_with_the_word_region_are_one_place():
    f = facts("Ships deployed to the Indo-Pacific Region on Monday. The Indo-Pacific matters, officials said.")
    assert [p.name for p in f.places if "Indo-Pacific" in p.name] == ["Indo-Pacific Region"]


def test_a_base_before_a_gathering_keeps_only_its_own_name():
    f = facts("Building on the Camp Rivers Trilateral Summit in August, the leaders agreed to meet again.")
    assert [p.name for p in f.places] == ["Camp Rivers"]


def test_two_regions_sharing_their_noun():
    found = places("The exercise is the oldest in South and Southeast Asia, officials said on Monday.")
    assert {"South Asia", "Southeast Asia"} <= set(found) and "South" not in found


def test_a_dateline_on_its_own_header_line_gives_its_places():
    text = ("New force arrives\n\nCAMP RIVERS, NORTH PROVINCE [NORTHERN], SOUTH KOREA\n\n02.13.2025\n\n"
            "Soldiers arrived at the camp this week to begin their rotation.")
    names = {p.name: p.kind for p in extract_facts(parse_article(text)).places}
    assert names.get("Camp Rivers") == "facility" and "North Province" in names
    assert names.get("South Korea") == "country"


def test_a_gazetteer_place_keeps_the_name_the_text_writes_and_merges_with_its_other_form():
    f = facts("The task group sailed to South East Asia on Monday. Southeast Asia is vital, the minister said.")
    assert [p.name for p in f.places if "Asia" in p.name] == ["South East Asia"]


def test_a_regions_adjective_of_two_words_names_the_region_but_not_inside_a_name():
    found = places("We support our Eastern European allies and North American trade. The Central American Bank agreed.")
    assert {"Eastern Europe", "North America"} <= set(found) and "Central America" not in found


def test_a_shore_base_named_like_a_ship_is_a_place():
    f = facts("The forums were held at HMAS Kuttabul in Sydney, and HMAS Anzac sailed on Monday.")
    assert "HMAS Kuttabul" in {p.name for p in f.places}
    assert {o.name for o in f.organisations if o.kind == "ship"} == {"HMAS Anzac"}


def test_a_services_aircraft_are_not_a_base():
    found = places("RAF Typhoons and RAF Tornadoes flew from RAF Lossiemouth on Monday.")
    assert "RAF Lossiemouth" in found and not [n for n in found if "Typhoon" in n or "Tornado" in n]


def test_korea_alone_is_south_korea():
    assert places("The brigade will rotate to Korea next month, officials said.") == {"South Korea": "country"}


def test_a_harbour_is_a_place():
    assert places("The frigate sailed out of Portland Harbour on Monday.").get("Portland Harbour") == "sea"


@pytest.mark.parametrize("body, absent", [
    ("Tensions rose in the East and South China Seas on Monday.", "China"),
    ("Firms exhibited at the Indo Defence Expo on Monday.", "India"),
])
def test_a_country_word_inside_a_coordinated_sea_or_a_bare_combining_form_is_no_mention(body, absent):
    assert absent not in places(body)


def test_a_ships_short_name_is_the_ship_unless_a_place_word_comes_before():
    f = facts("USS Tampa Harbor (LPD 30) left Sasebo on Monday. Tampa Harbor will return to its homeport. "
              "HMAS Hobart sailed too; Hobart will visit Darwin. Sailors flew to Hobart later.")
    names = {p.name for p in f.places}
    assert "Tampa Harbor" not in names and "Hobart" in names and "Darwin" in names


def test_an_office_before_a_geographic_word_is_no_place():
    assert places("Commander Sea Training briefed the crew on Monday.") == {}


def test_a_base_with_its_type_in_lower_case_is_one_place_with_its_capitalised_form():
    f = facts("Jets are deployed at Zokniai air base in Lithuania. A detachment is at Zokniai Air Base too.")
    assert [p.name for p in f.places if "Zokniai" in p.name] == ["Zokniai air base"]


def test_the_part_of_a_country_is_a_region_and_the_country_still_a_mention():
    found = places("Fighting went on in the East of Moldova and in the south of Ukraine on Monday.")
    assert found.get("East of Moldova") == "region" and found.get("south of Ukraine") == "region"
    assert {"Moldova", "Ukraine"} <= set(found)


def test_a_known_bodys_headquarters_is_a_place_not_a_body():
    f = facts("The ministers met at NATO Headquarters in Brussels on Monday.")
    assert "NATO Headquarters" in {p.name for p in f.places}
    assert "NATO Headquarters" not in {o.name for o in f.organisations}


@pytest.mark.parametrize("body, name", [
    ("Troops were deployed to Aceh province on Monday.", "Aceh province"),
    ("Shelling continued in the Kherson oblast overnight.", "Kherson oblast"),
])
def test_a_lower_case_province_word_names_a_region(body, name):
    assert name in places(body)


def test_a_list_of_cities_and_unknown_ports():
    found = places("The ships will call in Tromso, Bergen and Trondheim next week.")
    assert {"Tromsø", "Bergen", "Trondheim"} <= set(found)
    assert "Qarmabad" in places("The delegation arrived in the city of Qarmabad on Monday.")
    assert "Velmora" in places("The frigate docked at the port of Velmora on Monday.")


@pytest.mark.parametrize("body", [
    "The drills will run from Aug. 9 to Aug. 18 off the coast, officials said.",
    "The force will stay until Sept. 30 and return in Oct. next year.",
])
def test_an_abbreviated_month_is_no_place(body):
    assert not {"Aug", "Sept", "Oct"} & set(places(body))


@pytest.mark.parametrize("body", [
    "They agreed to increase contributions to European and regional security.",
    "The fund gives grants to African and Asian partners each year.",
])
def test_a_region_adjective_after_a_preposition_is_no_town(body):
    assert not {"European", "African"} & set(places(body))


@pytest.mark.parametrize("body, name", [
    ("The ministers met in Velbor, Karsanga, Philippines on Monday.", "Karsanga"),
    ("The talks were held in Darwin, Kalora, Australia this week.", "Kalora"),
])
def test_the_province_between_a_town_and_its_country_is_a_place(body, name):
    assert places(body).get(name) == "region"


def test_a_list_of_countries_gives_no_province():
    assert places("Ships from Japan, Korea, Vietnam and Thailand joined on Monday.").get("Korea") != "region"


@pytest.mark.parametrize("body, name, kind", [
    ("The ships sailed into the Gulf of Velmora on Monday.", "Gulf of Velmora", "sea"),
    ("The ships sailed through the Strait of Karsa on Monday.", "Strait of Karsa", "sea"),
    ("The task group anchored off the Isle of Tarrow on Monday.", "Isle of Tarrow", "region"),
])
def test_a_geographic_word_before_of_names_an_unknown_place(body, name, kind):
    found = places(body)
    assert found.get(name) == kind and "Gulf" not in found


@pytest.mark.parametrize("body, name", [
    ("The group typically operates in northern European waters during the winter.", "northern European waters"),
    ("The frigate patrolled southern Norwegian waters on Monday.", "southern Norwegian waters"),
])
def test_waters_named_by_a_direction_and_an_adjective(body, name):
    assert places(body).get(name) == "sea"


def test_directional_waters_still_mention_the_country():
    assert places("The frigate patrolled southern Norwegian waters on Monday.").get("Norway") == "country"


@pytest.mark.parametrize("body, name", [
    ("The ships trained at sea in the Southern Velmora Exercise Area on Monday.", "Southern Velmora Exercise Area"),
    ("Troops fired live rounds at the Kessock Training Area this week.", "Kessock Training Area"),
])
def test_an_exercise_or_training_area_is_a_place(body, name):
    assert name in places(body)


@pytest.mark.parametrize("body, name", [
    ("The talks were held on the island of Velmora on Monday.", "Velmora"),
    ("Troops were sent to the province of Karsanga on Monday.", "Karsanga"),
])
def test_an_unknown_place_after_island_of_or_province_of(body, name):
    assert name in places(body)


@pytest.mark.parametrize("body, name", [
    ("Delegates from Fiji and Solomon Islands joined the talks on Monday.", "Solomon Islands"),
    ("Delegates from Palau and the Marshall Islands joined the talks on Monday.", "Marshall Islands"),
])
def test_an_island_nation_is_a_country_not_a_region(body, name):
    assert places(body).get(name) == "country"


def test_a_season_is_no_place():
    assert places("The ships sailed in Spring and returned to port in Autumn.") == {}


def test_bases_written_afb_field_or_military_base_are_facilities():
    found = _places("The jets flew from Ridgeway AFB to Corran Field and then to the Halvik military base on Monday.")
    assert found.get("Ridgeway AFB") == "facility"
    assert found.get("Corran Field") == "facility"
    assert found.get("Halvik military base") == "facility"


def test_a_us_state_abbreviated_after_a_town_or_base_is_a_place_as_written():
    found = _places("The unit trained at Fort Carver, Tenn., and near Dunmore, N.M., before it deployed.")
    assert found.get("Tenn.") == "region"
    assert found.get("N.M.") == "region"
    assert found.get("Dunmore") == "city"


def test_a_place_before_a_closing_quote_and_a_capitalised_word_is_still_found():
    found = _places("'We keep the Indo-Pacific free and open across Southeast Asia' Captain Vale said on Monday.")
    assert found.get("Southeast Asia") == "region"


def test_a_regions_waters_are_one_sea_named_as_written():
    found = _places("The frigate will patrol Southern and Eastern European waters, then return to European waters.")
    assert found == {"European waters": "sea"}


def test_a_name_followed_by_who_is_a_person_not_a_place():
    found = _places("The minister paid tribute to Brannock, who retires this year, in Perth on Monday.")
    assert "Brannock" not in found


def test_a_city_of_the_larger_list_written_with_a_hyphen_is_found_as_written():
    assert _places("The ministers met at their annual retreat in Kota-Kinabalu.").get("Kota-Kinabalu") == "city"


def test_a_seat_after_an_office_and_at_is_the_body_not_a_place():
    assert "White House" not in _places("She will meet Jane Doe, Senior Trade Advisor at the White House, on Monday.")
    assert _places("The ministers met at the White House on Monday.").get("White House") == "facility"


def test_a_place_joined_by_a_slash_to_an_agreements_name_is_part_of_that_name():
    assert "Dublin" not in _places("He reaffirmed his commitment to the Dublin/Good Neighbour Agreement in full.")


def test_a_place_inside_an_acronymed_name_of_the_form_x_of_the_place_is_no_mention():
    found = _places("The ships joined Edge of the Atlantic (EDGEATL) off Norway on Monday.")
    assert "Atlantic Ocean" not in found and "Atlantic" not in found
    assert "Sea of Japan" in _places("The ships sailed in the Sea of Japan (SOJ) on Monday.")


def test_a_region_or_sea_opening_a_process_or_case_name_is_named_but_a_city_is_not():
    found = _places("They discussed the Southeast Asia Peace Process, the Coral Sea Arbitration and the Aqaba Process.")
    assert found.get("Southeast Asia") == "region"
    assert found.get("Coral Sea") == "sea"
    assert "Aqaba" not in found


def test_an_unknown_town_after_in_and_before_a_time_word_is_a_place():
    assert "Amesford" in _places("A nerve agent was used in Amesford earlier this year, the minister said.")


def test_an_unknown_town_joined_by_and_to_a_place_after_in_is_a_place():
    found = _places("Both navies share the bases in Darwin and Quenlow, an essential part of the alliance.")
    assert "Quenlow" in found


def test_a_museum_and_a_lower_case_military_training_area_are_facilities():
    found = _places("They met at Osaka's Harbour Museum and trained at the Veska military training area.")
    assert found.get("Harbour Museum") == "facility"
    assert found.get("Veska military training area") == "facility"


def test_a_service_region_is_a_command_not_a_region():
    assert "Navy Region" not in _places("Navy Region Hawaii hosted the event on Monday.")


def test_a_persons_surname_after_a_preposition_is_not_a_town():
    body = "Defence Minister Jane Harwick met the envoy. The envoy later spoke to Harwick by phone."
    assert "Harwick" not in _places(body)


def test_a_port_named_with_a_lower_case_particle_is_whole():
    found = _places("The frigate berthed at Bahrain's Khalid bin Hamad Port on Monday.")
    assert found.get("Khalid bin Hamad Port") == "facility"


def test_hawaiian_islands_are_places():
    assert _places("Marines trained in the jungles of Kauai and on Oahu.").get("Kauai") == "region"


def test_a_zone_owned_by_a_pronoun_names_no_place():
    assert not _places("We must patrol our exclusive economic zone every day, the commander said.")
    assert _places("Ships entered the exclusive economic zone on Monday.").get("exclusive economic zone") == "region"


def test_a_nations_lower_case_base_is_no_named_facility_and_the_country_is_a_mention():
    found = _places("They discussed the Chinese military base in Djibouti and a Russian naval base in Syria.")
    assert found == {"China": "country", "Djibouti": "country", "Russia": "country", "Syria": "country"}


def test_a_base_named_by_its_service_in_full_keeps_its_name_and_is_no_foreign_city():
    found = _places("The contingent will deploy to Royal Australian Air Force Base Edinburgh, in Adelaide, on Monday.")
    assert found.get("Royal Australian Air Force Base Edinburgh") == "facility"
    assert "Edinburgh" not in found
    assert _places("The crews flew from Canadian Forces Base Trenton to Halifax.").get(
        "Canadian Forces Base Trenton") == "facility"


def test_a_country_inside_a_name_at_the_sentence_end_is_no_mention():
    f = facts("Coalition forces fought the Islamic State of Iraq and Syria.")
    assert not {p.name for p in f.places} & {"Iraq", "Syria"}


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


@pytest.mark.parametrize("body, region", [
    ("The frigate works with allies from India to the western Pacific rim.", "western Pacific"),
    ("The carrier sailed in the eastern Mediterranean last month.", "eastern Mediterranean"),
    ("The destroyers patrolled the northern Atlantic over the winter.", "northern Atlantic"),
])
def test_a_direction_before_a_sea_is_a_region_as_written(body, region):
    places = _places(body)
    assert places.get(region) == "region" and "Pacific Ocean" not in places


@pytest.mark.parametrize("body, absent", [
    ("The law follows the Taiwan Relations Act of 1979.", "Taiwan"),
    ("They fought the Islamic State of Iraq and Syria in the region.", "Syria"),
    ("Forces supported the Indo-Pacific strategy.", "India"),
])
def test_countries_inside_names_are_not_mentions(body, absent):
    assert absent not in {p.name for p in facts(body).places}


def test_an_adjective_compound_names_its_country():
    assert "Iran" in {p.name for p in facts("Iranian-backed Houthis fired a missile at the ship.").places}


def test_dateline_city_is_a_place():
    f = facts("MANILA, June 3, 2024 \u2014 Officials met to discuss security.", "Headline")
    assert "Manila" in {p.name for p in f.places}


def test_an_exercise_or_a_sea_office_is_not_a_place():
    f = facts("The minister thanked the navy for its part in Exercise Kori Wind. First Sea Lord Admiral Sir Tom Hale "
              "visited the ship before it sailed through the Bab el-Mandeb Strait.")
    names = {p.name for p in f.places}
    assert not names & {"Exercise Kori Wind", "Kori Wind", "First Sea", "Mandeb Strait"}


def test_every_place_of_the_dateline_is_a_place():
    f = facts("CAMP HANSEN, Okinawa, Japan \u2014 Marines arrived to train with partners on the island this week.",
              "Marines train in the south")
    names = {p.name: p.kind for p in f.places}
    assert names.get("Camp Hansen") == "facility" and "Okinawa" in names and names.get("Japan") == "country"


def test_regions_named_by_a_direction():
    f = facts("The force will train across northern Queensland and central and eastern Finland, then sail to "
              "southern Europe and the North Atlantic.")
    names = {p.name for p in f.places}
    expected = {"northern Queensland", "central and eastern Finland", "southern Europe", "North Atlantic", "Finland"}
    assert expected <= names
    assert "Europe" not in names


def test_an_offices_remit_and_a_bodys_seat_are_not_places():
    f = facts("Minister for Asia Anne Hale met the commander of Allied Joint Force Command Naples.")
    assert not {"Asia", "Naples"} & {p.name for p in f.places}


def test_country_pairs_and_based_compounds():
    f = facts("The Plymouth-based frigate marks U.S.-New Zealand ties and the Canada-United Kingdom partnership.")
    names = {p.name for p in f.places}
    assert {"Plymouth", "United States", "New Zealand", "Canada", "United Kingdom"} <= names


def test_a_dateline_place_the_gazetteer_lacks_is_still_a_place():
    f = facts("KORAT BAY, Thailand (NNS) -- Sailors of two navies met today to open the annual exercise at sea.",
              "Navies meet")
    assert {"Korat Bay", "Thailand"} <= {p.name for p in f.places}


def test_cities_beyond_the_gazetteer_where_the_context_says_place():
    f = facts("The group will call at Bergen and Trondheim, then at Sattahip, Thailand. Reading the signal, Mobile "
              "units moved.")
    names = {p.name for p in f.places}
    assert {"Bergen", "Trondheim", "Sattahip"} <= names
    assert not {"Reading", "Mobile"} & names


def test_exclusive_economic_zones_are_places_and_keep_their_country():
    f = facts("The activity took place in the Philippines\u2019 exclusive economic zone and in the EEZ of Palau.")
    names = {p.name for p in f.places}
    assert "Philippines\u2019 exclusive economic zone" in names and "EEZ" in names
    assert {"Philippines", "Palau"} <= names


def test_bases_named_after_their_type():
    f = facts("Aircraft from Marine Corps Air Station Iwakuni and RAAF Base Tindal flew to Fleet Activities Sasebo.")
    assert {"Marine Corps Air Station Iwakuni", "RAAF Base Tindal", "Fleet Activities Sasebo"} <= {
        p.name for p in f.places}


@pytest.mark.parametrize("body, name, office", [
    ("Assistant Secretary of State for East Asian and Pacific Affairs Tom Reed hosted the talks on Monday.",
     "Tom Reed", "Assistant Secretary of State for East Asian and Pacific Affairs"),
    ("Deputy Secretary Ana Ruiz and Assistant Secretary of State for European and Eurasian Affairs Tom Reed met.",
     "Tom Reed", "Assistant Secretary of State for European and Eurasian Affairs"),
])
def test_a_remit_of_two_regions_joined_by_and_is_one_office(body, name, office):
    f = facts(body)
    assert office in person(f, name).roles
    assert not {p.name for p in f.places} & {"East Asia", "Europe"}
