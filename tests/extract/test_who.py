"""Who said what on unseen articles: each failure class of issue 12 as a small article of its own."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person


@pytest.mark.parametrize("body, name, role, affiliation", [
    ("The minister spoke to Prime Minister Ana Ruiz of Spain this evening.", "Ana Ruiz", "Prime Minister", "Spain"),
    ("President Lin Wei of the People\u2019s Republic of China met reporters.", "Lin Wei", "President", "China"),
    ("New Zealand Foreign Minister Nanaia Mahuta arrived today.", "Nanaia Mahuta", "Foreign Minister", "New Zealand"),
    ("South Korean Defense Minister Song Young-moo spoke on the phone.", "Song Young-moo", "Defense Minister",
     "South Korea"),
    ("The group is led by Rear Admiral Edward Cashman of the US Navy, who is embarked.", "Edward Cashman",
     "Rear Admiral", "United States"),
    ("\u201cIt was cold,\u201d said Lance Cpl. Joshua Coughing, a coxswain with the unit.", "Joshua Coughing",
     "Lance Cpl.", None),
    ("Gen. Tom Brandt, Chief of the Defence Staff, said the force would act.", "Tom Brandt",
     "Chief of the Defence Staff", None),
])
def test_title_name_and_whom_they_serve(body, name, role, affiliation):
    found = person(facts(body), name)
    assert found is not None, name
    assert role in found.roles
    assert found.affiliation == affiliation


def test_a_titled_surname_alone_is_a_person():
    f = facts("Ukrainian President Zelenskyy thanked the allies. President Marsh\u2019s visit ended.")
    assert person(f, "Zelenskyy").affiliation == "Ukraine"
    assert person(f, "Marsh").roles == ["President"]


def test_roles_hold_no_other_persons_name():
    f = facts("On Monday, Italian Defence Minister Guido Crosetto, Japanese Defense Minister Minoru Kihara and UK "
              "Secretary of Defence Grant Shapps, met in Tokyo.")
    assert person(f, "Guido Crosetto").roles == ["Defence Minister"]
    assert person(f, "Grant Shapps").affiliation == "United Kingdom"


def test_a_definite_title_before_and_is_another_person():
    f = facts("The Foreign Secretary and Australian Foreign Minister Penny Wong met in London.")
    assert person(f, "Penny Wong").roles == ["Foreign Minister"]


def test_offices_only_one_government_holds():
    f = facts("Secretary of State Antony Blinken met Foreign Secretary-designate officials. "
              "Secretary of State for Defence John Healey said the talks went well.")
    assert person(f, "Antony Blinken").affiliation == "United States"
    assert person(f, "John Healey").affiliation == "United Kingdom"


def test_no_most_mentioned_country_fallback():
    f = facts("Defense Minister Han Dong-jin met officials. Japan and Japan and Japan were named. "
              "Tokyo, Osaka and Japan again.")
    assert person(f, "Han Dong-jin").affiliation is None


def test_readout_spokesperson_serves_the_official_reported_on():
    f = facts("The below is attributable to Spokesperson Ned Price:\n\nU.S. Secretary of State Marcus Hale "
              "spoke today with French Foreign Minister Claire Dubois.")
    assert person(f, "Ned Price").affiliation == "United States"


def test_bilateral_pair_gives_the_other_side():
    f = facts("President Tom Reyes spoke today with Prime Minister Ana Ruiz of Spain to highlight the strength of "
              "the U.S.-Spain alliance.")
    assert person(f, "Tom Reyes").affiliation == "United States"


def test_ships_officers_and_ship_prefixes():
    f = facts("HMS Westminster\u2019s Commanding Officer, Commander Will Paston, said the crew was ready. "
              "She sailed with ORP General Kazimierz Pulaski and USS Gravely (DDG 107).")
    assert person(f, "Will Paston").affiliation == "United Kingdom"
    assert person(f, "Kazimierz Pulaski") is None
    ships = {o.name: o for o in f.organisations if o.kind == "ship"}
    assert ships["USS Gravely (DDG 107)"].country == "United States"
    assert ships["ORP General Kazimierz Pulaski"].country == "Poland"


def test_units_are_organisations_of_kind_unit():
    f = facts("Marines with Company K, 3rd Battalion, 3rd Marine Regiment trained with Combat Logistics Battalion 31 "
              "(CLB-31) and India Company.")
    units = {o.name: o for o in f.organisations if o.kind == "unit"}
    expected = {"Company K", "3rd Battalion, 3rd Marine Regiment", "Combat Logistics Battalion 31", "India Company"}
    assert expected <= set(units)
    assert units["Combat Logistics Battalion 31"].acronym == "CLB-31"
    assert "India" not in {p.name for p in f.places}


def test_well_known_office_holders_by_full_name():
    f = facts("Prime Minister Boris Johnson spoke to the President this morning.")
    assert person(f, "Boris Johnson").affiliation == "United Kingdom"


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


@pytest.mark.parametrize("body", [
    "The below is attributable to Spokesperson Ned Price:\n\nSecretary Hale spoke today with the minister.",
    "Pentagon Press Secretary John Kirby provided the following readout:\n\nSecretary Hale spoke with the minister.",
])
def test_a_readout_introduction_is_not_a_quote(body):
    assert facts(body).quotes == []


def test_block_quote_after_said_keeps_every_paragraph():
    f = facts("Defence Minister Ana Ruiz said:\n\n\u201cWe stand ready to help our partners.\n\n"
              "\u201cWe will keep working with them.\u201d")
    assert len(f.quotes) == 1
    assert f.quotes[0].text.count("\n\n") == 1
    assert person(f, "Ana Ruiz").id == f.quotes[0].speaker


def test_single_mark_quotes_and_their_speakers():
    f = facts("Defence Minister Judith Collins says the deal matters.\n\n'We are committed to our partners, to "
              "playing our part,' Ms Collins says.")
    assert [q.speaker for q in f.quotes] == [person(f, "Judith Collins").id]


def test_speaker_is_the_subject_of_the_speech_verb():
    f = facts("Spokesperson Dana White said Defense Secretary Tom Reyes and Minister Ana Ruiz \u201crecognized the "
              "dangers of reckless behavior.\u201d")
    assert f.quotes[0].speaker == person(f, "Dana White").id


def test_first_person_release_speaker_is_inferred():
    f = facts("This week Steven Ciobo, MP, Minister for Defence Industry, will visit Jakarta.\n\n"
              "\u201cI will meet with senior officials to promote our industry.")
    quote = f.quotes[0]
    assert quote.speaker == person(f, "Steven Ciobo").id and quote.speaker_inferred
    assert "Minister for Defence Industry" in person(f, "Steven Ciobo").roles


def test_variants_of_one_organisation_merge():
    f = facts("The U.S. Navy sailed on Monday. The United States Navy said the patrol was routine.")
    navies = [o for o in f.organisations if o.name.endswith("Navy")]
    assert len(navies) == 1 and navies[0].country == "United States"


def test_ships_named_after_their_type():
    f = facts("HMS Westminster was joining minehunters Cattistock, Hurworth and Ramsey, with survey ship Enterprise.")
    ships = {o.name for o in f.organisations if o.kind == "ship"}
    assert {"HMS Westminster", "Cattistock", "Hurworth", "Ramsey", "Enterprise"} <= ships


def test_first_person_speaker_is_not_someone_the_quote_names():
    f = facts("Defence Minister Peeni Henare will meet Deputy Prime Minister Richard Marles.\n\n"
              "\u201cI met with Minister Marles earlier this year and we agreed to work together.")
    assert f.quotes[0].speaker == person(f, "Peeni Henare").id and f.quotes[0].speaker_inferred


def test_military_style_office_keeps_its_command():
    f = facts("Lieutenant General Tom Brandt, commander, U.S. Marine Corps Forces, Pacific, met reporters.")
    assert "commander, U.S. Marine Corps Forces, Pacific" in person(f, "Tom Brandt").roles


def test_family_name_in_capitals_is_a_name():
    f = facts("Japan\u2019s Minister of Defense TAKEDA Ren and Canada\u2019s Minister of National Defence Anne Leblanc "
              "met in Ottawa. Mr. Takeda thanked Ms. Leblanc for hosting.")
    found = person(f, "TAKEDA Ren")
    assert found is not None and found.roles == ["Minister of Defense"] and found.affiliation == "Japan"
    assert person(f, "Takeda") is None


def test_given_name_after_capitals_is_not_a_rank():
    f = facts("Defense Minister ISHIDA Gen met the Italian Defence Minister in Rome.")
    assert person(f, "ISHIDA Gen").roles == ["Defense Minister"]


def test_an_office_after_another_name_is_not_that_name():
    f = facts("Canada\u2019s Minister of National Defence Anne Leblanc, Japan\u2019s Minister of Defense TAKEDA Ren "
              "and the Netherlands\u2019 Minister of Defence Pieter de Vries met in Ottawa.")
    assert person(f, "TAKEDA Ren").roles == ["Minister of Defense"]
    assert person(f, "Pieter de Vries").affiliation == "Netherlands"


def test_an_exercise_or_a_sea_office_is_not_a_place():
    f = facts("The minister thanked the navy for its part in Exercise Kori Wind. First Sea Lord Admiral Sir Tom Hale "
              "visited the ship before it sailed through the Bab el-Mandeb Strait.")
    names = {p.name for p in f.places}
    assert not names & {"Exercise Kori Wind", "Kori Wind", "First Sea", "Mandeb Strait"}


def test_a_given_name_that_is_a_known_body_acronym_is_not_that_body():
    f = facts("The leaders were joined by Gen. Rafael Brion, Chief of Staff of the armed forces.")
    assert person(f, "Rafael Brion") is not None
    assert not [o for o in f.organisations if "Rafael" in o.name]


def test_appositive_role_without_a_comma():
    f = facts("Squadron Leader Tom Hale the commanding officer of the deployed 12 Air Wing, said it was routine.")
    assert "commanding officer of the deployed 12 Air Wing" in person(f, "Tom Hale").roles


def test_post_nominal_letters_and_the_honourable_leave_the_office():
    f = facts("Joint statement from: Senator the Hon Ann Pike CSC, Australia Minister for Defence; Hon Tom Hale, "
              "Canada Minister of National Defence.")
    found = person(f, "Ann Pike")
    assert "Minister for Defence" in found.roles and "Senator the" not in found.roles
    assert found.affiliation == "Australia"


@pytest.mark.parametrize("body, name, role, affiliation", [
    ("British Ambassador to the Philippines Laure Tessier joined the meetings.", "Laure Tessier",
     "Ambassador to the Philippines", "United Kingdom"),
    ("The UK Ambassador to Japan, Julia Marsh, joined the talks.", "Julia Marsh", "Ambassador to Japan",
     "United Kingdom"),
])
def test_an_office_to_a_country_keeps_the_country(body, name, role, affiliation):
    found = person(facts(body), name)
    assert found.roles == [role] and found.affiliation == affiliation


def test_service_members_roles_keep_their_unit_and_trade():
    f = facts("Sgt. Maria Lopez, a field radio operator with 3d Battalion, 9th Marines, said the training was hard. "
              "Cpl. James Kim, an anti-tank missileman, agreed.")
    assert "field radio operator with 3d Battalion, 9th Marines" in person(f, "Maria Lopez").roles
    assert "anti-tank missileman" in person(f, "James Kim").roles


def test_every_place_of_the_dateline_is_a_place():
    f = facts("CAMP HANSEN, Okinawa, Japan \u2014 Marines arrived to train with partners on the island this week.",
              "Marines train in the south")
    names = {p.name: p.kind for p in f.places}
    assert names.get("Camp Hansen") == "facility" and "Okinawa" in names and names.get("Japan") == "country"


def test_regions_named_by_a_direction():
    f = facts("The force will train across northern Queensland and central and eastern Finland, then sail to "
              "southern Europe and the North Atlantic.")
    names = {p.name for p in f.places}
    assert {"northern Queensland", "eastern Finland", "southern Europe", "North Atlantic", "Finland"} <= names
    assert "Europe" not in names


def test_an_offices_remit_and_a_bodys_seat_are_not_places():
    f = facts("Minister for Asia Anne Hale met the commander of Allied Joint Force Command Naples.")
    assert not {"Asia", "Naples"} & {p.name for p in f.places}


def test_a_possessive_country_of_two_words_keeps_the_name_after_it():
    f = facts("Defense Secretary Tom Reyes met with New Zealand\u2019s Minister for Defence Ronald Hale in Auckland.")
    found = person(f, "Ronald Hale")
    assert found is not None and found.roles == ["Minister for Defence"] and found.affiliation == "New Zealand"


def test_a_clause_after_a_mention_is_not_a_role():
    f = facts("Minister of Defence Ron Hale met Secretary of Defense Hale Esper today. Besides meeting with Secretary "
              "Esper, Minister Hale visited the United Nations Headquarters.")
    assert person(f, "Hale Esper").roles == ["Secretary of Defense"]


def test_a_month_can_be_a_surname_but_not_before_a_day():
    f = facts("Prime Minister Theresa Quill spoke to President Ana June. Later President Tom Reyes May 5 said so.")
    assert person(f, "Ana June") is not None
    assert person(f, "Tom Reyes") is not None


def test_a_well_known_office_holder_needs_no_title():
    f = facts("The leaders looked forward to the summit between the two sides and Kim Jong-un in Singapore.")
    assert person(f, "Kim Jong-un") is not None


def test_a_well_known_surname_alone_is_that_person():
    f = facts("The leaders spoke about Putin\u2019s blockade of the port, so that Ukraine succeeds and Putin fails.")
    found = person(f, "Putin")
    assert found is not None and found.affiliation == "Russia"
    assert person(facts("The delegates walked to the store and then to the hockey rink."), "Store") is None


def test_country_pairs_and_based_compounds():
    f = facts("The Plymouth-based frigate marks U.S.-New Zealand ties and the Canada-United Kingdom partnership.")
    names = {p.name for p in f.places}
    assert {"Plymouth", "United States", "New Zealand", "Canada", "United Kingdom"} <= names


def test_a_dateline_place_the_gazetteer_lacks_is_still_a_place():
    f = facts("KORAT BAY, Thailand (NNS) -- Sailors of two navies met today to open the annual exercise at sea.",
              "Navies meet")
    assert {"Korat Bay", "Thailand"} <= {p.name for p in f.places}


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


@pytest.mark.parametrize("body, name, role", [
    ("Commander of the U.S. 3rd Fleet Vice Adm. Karl Hale hosted the meeting.", "Karl Hale",
     "Commander of the U.S. 3rd Fleet"),
    ("EU High Representative for Foreign Affairs and Security Policy Kaja Tamm spoke to reporters.", "Kaja Tamm",
     "EU High Representative for Foreign Affairs and Security Policy"),
    ("Canada\u2019s Ambassador to the United States Kevin Rudd attended the dinner.", "Kevin Rudd",
     "Ambassador to the United States"),
    ("The minister was joined by Maj. Gen. Jane Roe, director of strategy, plans and policy.", "Jane Roe",
     "director of strategy, plans and policy"),
    ("She spoke with Ann Pike, the United Kingdom\u2019s Secretary of State for Foreign, Commonwealth and "
     "Development Affairs.", "Ann Pike", "Secretary of State for Foreign, Commonwealth and Development Affairs"),
])
def test_offices_keep_every_word_and_no_neighbour(body, name, role):
    found = person(facts(body), name)
    assert found is not None and role in found.roles, (found and found.roles)


def test_a_surname_that_is_a_country_after_a_rank():
    f = facts("Navy spokesperson Rear Adm. Roy Vincent Trinidad said the ship was shadowed.")
    assert person(f, "Roy Vincent Trinidad") is not None


def test_untitled_names_in_a_list_are_people():
    f = facts("The delegation met with Tom Reyes, Ana Ruiz and Peter Walsh on Tuesday.")
    assert {"Tom Reyes", "Ana Ruiz", "Peter Walsh"} <= {p.name for p in f.people}
    assert not facts("The team trained at Virginia Beach and near Jackson Hole.").people


def test_cities_beyond_the_gazetteer_where_the_context_says_place():
    f = facts("The group will call at Bergen and Trondheim, then at Sattahip, Thailand. Reading the signal, Mobile "
              "units moved.")
    names = {p.name for p in f.places}
    assert {"Bergen", "Trondheim", "Sattahip"} <= names
    assert not {"Reading", "Mobile"} & names


def test_a_city_is_not_a_person_by_its_given_name_and_a_seat_after_an_office_is_no_body():
    f = facts("The leaders visited the base in Santa Ana, Cagayan. Jane Okafor, a spokesperson for 10 Downing Street, "
              "said the call was warm.")
    assert person(f, "Santa Ana") is None and person(f, "Jane Okafor") is not None
    assert "Downing Street" not in {o.name for o in f.organisations}


def test_a_titled_surname_of_one_office_holder_gets_whom_they_serve():
    f = facts("Secretary Hagel met Prime Minister Ana Ruiz at the base. Capt. Austin led the tour.")
    assert person(f, "Hagel").affiliation == "United States"
    assert person(f, "Austin").affiliation is None


def test_a_well_known_command_in_a_role_gives_its_country():
    f = facts("Minister Hale will meet Admiral Tom Reyes, Commander Indo-Pacific Command, and Lt. Gen. Ana Ruiz, "
              "commander of Western Mindanao Command.")
    assert person(f, "Tom Reyes").affiliation == "United States"
    assert person(f, "Ana Ruiz").affiliation == "Philippines"
    assert "Pacific Command" not in {o.name for o in f.organisations}


def test_a_ship_named_after_a_person_is_not_a_person():
    f = facts("The destroyer USS Walter Brandt (DDG 140) sailed on Monday. Walter Brandt is assigned to the squadron.")
    assert person(f, "Walter Brandt") is None


def test_family_name_first_with_a_given_name_that_is_a_rank_and_no_role_for_neighbours():
    f = facts("The ministers \u2013 Minister for Defence Ana Ruiz, Minister of Defense Ishida Gen, and Secretary of "
              "National Defense Tom Reyes Jr. \u2013 met in Singapore.")
    assert person(f, "Ishida Gen").roles == ["Minister of Defense"]
    assert person(f, "Ana Ruiz").roles == ["Minister for Defence"]
    assert person(f, "Tom Reyes Jr.").roles == ["Secretary of National Defense"]


def test_a_titled_single_name_keeps_its_appositive_office():
    f = facts("Talks were held with Lord Tupou, Speaker of the Legislative Assembly, and Minister for Home Affairs "
              "and Immigration Pio Tika.")
    assert person(f, "Tupou").roles == ["Speaker of the Legislative Assembly"]
    assert person(f, "Pio Tika").roles == ["Minister for Home Affairs and Immigration"]


def test_exclusive_economic_zones_are_places_and_keep_their_country():
    f = facts("The activity took place in the Philippines\u2019 exclusive economic zone and in the EEZ of Palau.")
    names = {p.name for p in f.places}
    assert "Philippines\u2019 exclusive economic zone" in names and "EEZ" in names
    assert {"Philippines", "Palau"} <= names


def test_an_activity_with_an_acronym_is_not_an_organisation():
    f = facts("The Ministers welcomed the Maritime Cooperative Activity (MCA) with the Royal Australian Navy.")
    assert [o.name for o in f.organisations] == ["Royal Australian Navy"]


def test_bases_named_after_their_type():
    f = facts("Aircraft from Marine Corps Air Station Iwakuni and RAAF Base Tindal flew to Fleet Activities Sasebo.")
    assert {"Marine Corps Air Station Iwakuni", "RAAF Base Tindal", "Fleet Activities Sasebo"} <= {
        p.name for p in f.places}


def test_a_given_name_after_an_article_is_a_thing_not_a_person():
    f = facts("The team won the Stanley Cup and sailors aboard the Ronald Reagan saw a Sherman Tank.")
    assert f.people == []
