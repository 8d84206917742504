"""Countries and places on unseen articles: aliases, names that hold a country, regions, ports, venues."""

from __future__ import annotations

import pytest

from sitbrief.extract import extract_facts
from sitbrief.read.article import parse_article
from tests.extract.helpers import facts, places


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
