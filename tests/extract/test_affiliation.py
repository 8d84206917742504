"""Tests of sitbrief.extract.affiliation: whom each person acts for: a country or an international organisation,
only where the text settles it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import HEADLINE, facts, person


@pytest.mark.parametrize("body, name, country", [
    ("TALLINN, Estonia - Brig. Gen. Mark Hale, the deputy adjutant general of Ohio, greeted the soldiers at the "
     "airport today.", "Mark Hale", "United States"),
    ("SEOUL - Dr. Ken Sato, the Governor of Hokkaido, met Korean business leaders on Monday.", "Ken Sato", "Japan"),
    ("WARSAW, Poland - Col. Jan Nowak, commander of the Queensland training group, arrived on Monday.", "Jan Nowak",
     "Australia"),
])
def test_an_office_of_a_region_is_its_countrys(body, name, country):
    assert person(facts(body), name).affiliation == country


@pytest.mark.parametrize("body, name, country", [
    ('"We are ready," said Commander Tom Reed, the Canadian ship\'s commanding officer.\n\nHe was accompanied by '
     "Commodore Ana Ruiz, who will take command of the task group.", "Ana Ruiz", "Canada"),
    ("British Defence Secretary Tom Reed, accompanied by Armed Forces Minister Ana Ruiz, arrived in Tallinn.",
     "Ana Ruiz", "United Kingdom"),
    ("Japanese Prime Minister Tom Reed, accompanied by Foreign Minister Ana Ruiz and Trade Minister Joe Bloggs, "
     "met officials.", "Joe Bloggs", "Japan"),
])
def test_who_accompanies_an_official_serves_the_same_country(body, name, country):
    assert person(facts(body), name).affiliation == country


def test_an_office_the_country_lacks_is_not_given_by_accompanying():
    f = facts("U.S. President Tom Reed was accompanied by Prime Minister Ana Ruiz on the tour.")
    assert person(f, "Ana Ruiz").affiliation is None


def test_a_delegation_listed_together_serves_its_known_members_country():
    f = facts("Prime Minister Key welcomed the visits of Australian Foreign Minister Julie Marsh, Trade Minister "
              "Andrew Bell, Health Minister Sue Lee and Parliamentary Secretary Paul Gray.")
    assert [person(f, n).affiliation for n in ("Andrew Bell", "Sue Lee", "Paul Gray")] == ["Australia"] * 3


@pytest.mark.parametrize("body", [
    "Australian Prime Minister Tom Reed, Prime Minister Ana Ruiz and President Joe Bloggs attended the forum.",
    "Attending were Australian Foreign Minister Tom Reed, Foreign Minister Ana Ruiz and Foreign Minister Joe Bloggs.",
    "Foreign Secretary Tom Reed, Defence Secretary Ana Ruiz, Foreign Minister Joe Bloggs and Defence Minister "
    "Ana Lee held talks in London.",
])
def test_a_list_of_several_nations_officials_gives_no_country(body):
    assert person(facts(body), "Joe Bloggs").affiliation is None


@pytest.mark.parametrize("body, name, country", [
    ("Defence Secretary Tom Reed visited troops in Estonia on Monday. Armed Forces Minister Ana Ruiz will travel to "
     "Latvia next week.", "Ana Ruiz", "United Kingdom"),
    ("Secretary of Defense Tom Reed will travel to Asia this week. Under Secretary for Policy Ana Ruiz will remain "
     "in Washington.", "Ana Ruiz", "United States"),
    ("Foreign Secretary Tom Reed visited Stockholm. He will meet Sweden's Europe Minister Ana Ruiz. Minister for "
     "Europe Joe Bloggs will travel to Rome.", "Joe Bloggs", "United Kingdom"),
])
def test_the_lead_officials_government_is_home_to_its_unqualified_colleagues(body, name, country):
    assert person(facts(body), name).affiliation == country


@pytest.mark.parametrize("body, name", [
    ("Foreign Secretary Tom Reed visited Jakarta. While there, he held talks with Defence Minister Ana Ruiz and "
     "Coordinating Minister Joe Bloggs.", "Ana Ruiz"),
    ("Secretary of State Tom Reed and Foreign Secretary Ana Ruiz met in London. Trade Minister Joe Bloggs joined "
     "the talks.", "Joe Bloggs"),
    ("Secretary of State Tom Reed arrived in Manila. Senator Ana Ruiz welcomed the visit.", "Ana Ruiz"),
])
def test_no_home_is_inferred_for_whom_the_lead_meets_or_when_two_governments_lead(body, name):
    assert person(facts(body), name).affiliation is None


@pytest.mark.parametrize("body", [
    "TOKYO \u2014 Defense Secretary Tom Reed met Japanese Defense Minister Ana Ruiz on Monday.",
    "SEOUL \u2014 Foreign Minister Tom Reed met South Korean Foreign Minister Ana Ruiz on Monday.",
    "CANBERRA \u2014 Defence Minister Tom Reed and Australian Defence Minister Ana Ruiz held talks.",
])
def test_the_datelines_country_is_not_given_to_the_counterpart_of_its_own_official(body):
    assert person(facts(body), "Tom Reed").affiliation is None


@pytest.mark.parametrize("body, name, role, country", [
    ("A spokesman for Australian Prime Minister Tom Reed, John Hale, said the talks went well.", "John Hale",
     "spokesman", "Australia"),
    ("Ana Ruiz, a spokeswoman for Japanese Defense Minister Tom Reed, said the talks went well.", "Ana Ruiz",
     "spokeswoman", "Japan"),
    ("Ana Ruiz, chief of staff to Canadian Prime Minister Tom Reed, told reporters the deal was close.", "Ana Ruiz",
     "chief of staff", "Canada"),
])
def test_an_aide_serves_the_principals_country(body, name, role, country):
    p = person(facts(body), name)
    assert (p.roles, p.affiliation) == ([role], country)


@pytest.mark.parametrize("body, name, country", [
    ("General Ana Ruiz, of the Australian Defence Force, visited Jakarta.", "Ana Ruiz", "Australia"),
    ("Captain Tom Reed, of the Royal Canadian Navy, said the ship was ready.", "Tom Reed", "Canada"),
    ("Sgt. Ana Ruiz, with the Japan Ground Self-Defense Force, said the drill went well.", "Ana Ruiz", "Japan"),
])
def test_a_national_force_set_off_after_the_name_is_the_affiliation(body, name, country):
    assert person(facts(body), name).affiliation == country


@pytest.mark.parametrize("body", [
    "Tom Reed, of Lockheed Martin, said the jets were ready.",
    "Tom Reed, of Springfield, said he was happy.",
])
def test_a_company_or_town_set_off_after_the_name_is_no_affiliation(body):
    assert person(facts(body), "Tom Reed").affiliation is None


@pytest.mark.parametrize("body, country", [
    ("Business and Trade Secretary Tom Reed flew to Washington on Sunday.", "United Kingdom"),
    ("Minister for Defence People and Veterans Tom Reed visited troops in Estonia.", "United Kingdom"),
    ("This week Tom Reed, MP, Minister for Defence Industry, will visit Indonesia.", "Australia"),
])
def test_an_office_only_one_government_names_so(body, country):
    assert person(facts(body), "Tom Reed").affiliation == country


def test_a_press_secretary_beside_the_known_side_is_no_counterpart():
    f = facts('Defense Secretary Leon E. Panetta will travel to Bangkok, Press Secretary Tom Reed said today. '
              '"The U.S.-Thailand alliance is strong," Reed said.')
    assert person(f, "Tom Reed").affiliation in (None, "United States")  # never the host


@pytest.mark.parametrize("body, name, country", [
    ("Defense Secretary Robert Gates will visit Tokyo next week.", "Robert Gates", "United States"),
    ("Prime Minister Gordon Brown spoke to reporters in London.", "Gordon Brown", "United Kingdom"),
    ("Foreign Minister Alexander Downer met officials in Jakarta.", "Alexander Downer", "Australia"),
])
def test_earlier_holders_of_the_main_offices_are_known(body, name, country):
    assert person(facts(body), name).affiliation == country


def test_one_of_a_ships_sailors_serves_the_ships_country():
    f = facts("MANILA \u2014 The destroyer USS Curtis Wilbur (DDG 54) arrived in Manila. Some Curtis Wilbur Sailors, "
              "such as Senior Chief Gas Turbine System Technician Tom Reed, have family in the Philippines.")
    assert person(f, "Tom Reed").affiliation == "United States"


@pytest.mark.parametrize("body, name, country", [
    ("Minister of Defence Tom Reed of New Zealand will depart tomorrow for Fiji. While in Fiji, Minister Reed will "
     "meet with Minister of Defence Ana Ruiz.", "Ana Ruiz", "Fiji"),
    ("Foreign Secretary Tom Reed visited Jakarta. During his visit to Indonesia, Reed met Coordinating Minister Ana "
     "Ruiz and Defence Minister Joe Bloggs.", "Joe Bloggs", "Indonesia"),
    ("Minister of Defence Tom Reed of New Zealand arrived in the United States. While in Washington, the Minister "
     "also met with the Secretary for Veterans Affairs, Robert Wilkie.", "Robert Wilkie", "United States"),
])
def test_whom_a_visitor_meets_in_a_country_serves_it(body, name, country):
    assert person(facts(body), name).affiliation == country


def test_whom_a_visitor_meets_at_a_gathering_of_nations_is_unsettled():
    f = facts("Foreign Secretary Tom Reed travelled to Singapore. While in Singapore for the Shangri-La Dialogue, "
              "Reed met Defence Minister Ana Ruiz.")
    assert person(f, "Ana Ruiz").affiliation is None


@pytest.mark.parametrize("body, name, role, affiliation", [
    ("Tom Reed, Minister of Defence of the Republic of Estonia, and Ana Ruiz met.", "Tom Reed",
     "Minister of Defence", "Estonia"),
    ("His Excellency Tom Reed, Ambassador of Japan to the United Kingdom, met Ana Ruiz.", "Tom Reed",
     "Ambassador to the United Kingdom", "Japan"),
    ("Her Excellency Ana Ruiz, Ambassador of Chile to Japan, met Tom Reed.", "Ana Ruiz", "Ambassador to Japan",
     "Chile"),
])
def test_of_country_leaves_the_role_for_the_affiliation(body, name, role, affiliation):
    found = person(facts(body), name)
    assert found is not None, [p.name for p in facts(body).people]
    assert found.roles == [role] and found.affiliation == affiliation


def test_a_possessive_country_shared_by_two_listed_offices():
    f = facts("Gen. Tom Reed met today with South Korea\u2019s defense minister, Song Young-moo, and defense chief, "
              "Gen. Lee Sun-jin, the spokesman said.")
    found = person(f, "Lee Sun-jin")
    assert found.affiliation == "South Korea"
    assert "spokesman" not in found.roles
    assert person(facts("He met Japan's foreign minister, Taro Ito, and the defense minister, Ken Sato."),
                  "Ken Sato").affiliation is None


@pytest.mark.parametrize("body", [
    "The President spoke with His Majesty King Abdullah II of Jordan.",
    "The President spoke with King Abdullah II of Jordan today.",
])
def test_a_monarch_with_a_regnal_number_of_a_country(body):
    f = facts(body)
    assert [(p.name, p.roles, p.affiliation) for p in f.people] == [("Abdullah II", ["King"], "Jordan")]


@pytest.mark.parametrize("body, affiliation", [
    ("National Security Advisor Tom Reed hosted Avi Cohen. Mr. Reed reaffirmed the United States' ironclad "
     "commitment to Israel's security.", "United States"),
    ("Minister Tom Reed underscored Canada\u2019s unwavering support for Ukraine.", "Canada"),
    ("Minister Tom Reed highlighted China's aggressive actions in the region.", None),
])
def test_a_person_stating_a_countrys_commitment_acts_for_it(body, affiliation):
    assert person(facts(body), "Tom Reed").affiliation == affiliation


@pytest.mark.parametrize("body, name, affiliation", [
    ("Mr. OKA Masami is the Japanese government\u2019s nominee for the agency's chief executive.", "OKA Masami",
     "Japan"),
    ("Tom Reed, the British government's envoy for the region, arrived on Monday.", "Tom Reed", "United Kingdom"),
])
def test_a_person_a_government_names_acts_for_it(body, name, affiliation):
    assert person(facts(body), name).affiliation == affiliation


def test_an_office_named_after_a_partnership_gives_no_affiliation():
    f = facts("The Prime Minister said he would ask his AUKUS Adviser, Sir Tom Reed, to travel to Australia.")
    assert person(f, "Tom Reed").affiliation != "AUKUS"


@pytest.mark.parametrize("body, name, affiliation", [
    ("President Tom Reed met Prime Minister Ana Ruiz of the Independent State of Papua New Guinea.", "Ana Ruiz",
     "Papua New Guinea"),
    ("Prime Minister Tom Reed of the United Kingdom of Great Britain and Northern Ireland spoke.", "Tom Reed",
     "United Kingdom"),
    ("The President spoke with King Tupou VI of Tonga.", "Tupou VI", "Tonga"),
])
def test_title_name_of_a_formal_country_name(body, name, affiliation):
    found = person(facts(body), name)
    assert found is not None and found.affiliation == affiliation, [p.name for p in facts(body).people]


@pytest.mark.parametrize("body, name, role, affiliation", [
    ("Minister of Foreign Affairs of Japan Ana Ruiz spoke today.", "Ana Ruiz", "Minister of Foreign Affairs", "Japan"),
    ("Minister for Trade of the Republic of Chile Tom Reed spoke today.", "Tom Reed", "Minister for Trade", "Chile"),
])
def test_of_country_in_an_office_before_the_name_is_the_affiliation(body, name, role, affiliation):
    found = person(facts(body), name)
    assert found.roles == [role]
    assert found.affiliation == affiliation


@pytest.mark.parametrize("body", [
    "Ambassador of Japan to Chile Tom Reed spoke today.",
    "Tom Reed, Ambassador of Japan to Chile, spoke today.",
])
def test_an_ambassador_of_a_country_to_another_serves_the_first(body):
    found = person(facts(body), "Tom Reed")
    assert found.roles == ["Ambassador to Chile"]
    assert found.affiliation == "Japan"


def test_an_under_secretary_of_state_for_a_remit_is_american():
    f = facts("Tom Reed, Under Secretary of State for Arms Control, said the talks went well.")
    assert person(f, "Tom Reed").affiliation == "United States"


@pytest.mark.parametrize("body, affiliation", [
    ("Ana Ruiz, the deputy head of mission at the British Embassy, said the talks went well.", "United Kingdom"),
    ("Tom Reed, a senior official at the Japanese Ministry of Defense, said the talks went well.", "Japan"),
    ("Tom Reed, a researcher at the Lowy Institute, said the talks went well.", None),
])
def test_an_office_at_a_national_embassy_or_ministry_serves_its_country(body, affiliation):
    assert facts(body).people[0].affiliation == affiliation


@pytest.mark.parametrize("body", [
    "He met People's Republic of China Foreign Minister Li Wei today.",
    "He met People\u2019s Republic of China Foreign Minister Li Wei today.",
])
def test_a_formal_country_name_with_a_possessive_opens_a_titled_person(body):
    found = person(facts(body), "Li Wei")
    assert found is not None, [p.name for p in facts(body).people]
    assert found.roles == ["Foreign Minister"] and found.affiliation == "China"


def test_no_most_mentioned_country_fallback():
    f = facts("Defense Minister Han Dong-jin met officials. Japan and Japan and Japan were named. "
              "Tokyo, Osaka and Japan again.")
    assert person(f, "Han Dong-jin").affiliation is None


@pytest.mark.parametrize("body, name, role, affiliation", [
    ("British Ambassador to the Philippines Laure Tessier joined the meetings.", "Laure Tessier",
     "Ambassador to the Philippines", "United Kingdom"),
    ("The UK Ambassador to Japan, Julia Marsh, joined the talks.", "Julia Marsh", "Ambassador to Japan",
     "United Kingdom"),
])
def test_an_office_to_a_country_keeps_the_country(body, name, role, affiliation):
    found = person(facts(body), name)
    assert found.roles == [role] and found.affiliation == affiliation


def test_a_possessive_country_of_two_words_keeps_the_name_after_it():
    f = facts("Defense Secretary Tom Reyes met with New Zealand\u2019s Minister for Defence Ronald Hale in Auckland.")
    found = person(f, "Ronald Hale")
    assert found is not None and found.roles == ["Minister for Defence"] and found.affiliation == "New Zealand"


def test_a_surname_that_is_a_country_after_a_rank():
    f = facts("Navy spokesperson Rear Adm. Roy Vincent Trinidad said the ship was shadowed.")
    assert person(f, "Roy Vincent Trinidad") is not None


def test_an_office_the_home_government_lacks_gets_no_home_country():
    f = facts("WASHINGTON, May 3, 2024 \u2014 The secretary will meet Defense Minister Tom Reed and Prime Minister "
              "Ana Ruiz in Tokyo next week, officials said.")
    assert person(f, "Tom Reed").affiliation is None
    assert person(f, "Ana Ruiz").affiliation is None


def test_a_nationality_is_shared_by_the_people_listed_with_it():
    f = facts("WASHINGTON, May 3, 2024 \u2014 The secretary will meet Indonesian President Ana Ruiz and Defense "
              "Minister Tom Reed. He will then meet President Bo Lindqvist and senior South Korean officials. "
              "Later he meets senior Japanese leaders, including new Defense Minister Kenji Arata.")
    assert person(f, "Tom Reed").affiliation == "Indonesia"
    assert person(f, "Bo Lindqvist").affiliation == "South Korea"
    assert person(f, "Kenji Arata").affiliation == "Japan"


def test_a_titled_surname_known_in_that_form_serves_its_figures_country():
    f = facts("The call followed one between the two presidents, in which President Xi spoke of trade.")
    assert person(f, "Xi").affiliation == "China"


def test_a_service_s_letters_after_a_name_give_its_country():
    f = facts("Commander of the Task Group, Captain Ana Ruiz, CSC, RAN, said the mission with the US Navy had "
              "gone well.")
    assert person(f, "Ana Ruiz").affiliation == "Australia"


def test_a_nationality_before_a_service_member_s_rank_is_their_country():
    f = facts("The leaders paid tribute to those killed, including British servicewoman Lance Corporal Ana Ruiz.")
    assert person(f, "Ana Ruiz").affiliation == "United Kingdom"


def test_a_titled_surname_takes_the_country_of_the_one_figure_holding_that_office_that_year():
    f = facts("Washington, 15 September 2022\n\nThey discussed the summit between President Biden and President Yoon.")
    assert person(f, "Yoon").affiliation == "South Korea"
    f = facts("15 September 2011\n\nThey discussed the summit between President Biden and President Yoon.")
    assert person(f, "Yoon").affiliation is None


def test_an_office_for_a_titled_person_is_someone_elses():
    f = facts("A spokesperson for Prime Minister Tom Reed said the talks went well.")
    assert person(f, "Tom Reed").roles == ["Prime Minister"]


@pytest.mark.parametrize("body, name, country", [
    ("Kremlin spokesman Tom Reed said the talks went well.", "Tom Reed", "Russia"),
    ("Ana Ruiz, a Pentagon spokeswoman, said the talks went well.", "Ana Ruiz", "United States"),
])
def test_a_government_seat_in_an_office_gives_its_country(body, name, country):
    assert person(facts(body), name).affiliation == country


def test_a_foreign_office_holder_takes_the_one_other_country_of_their_sentence():
    f = facts("WASHINGTON, May 3, 2024 \u2014 Reed is slated to discuss the U.S.-Japan alliance during meetings with "
              "Prime Minister Ana Ruiz, officials said.")
    assert person(f, "Ana Ruiz").affiliation == "Japan"
    f = facts("WASHINGTON, May 3, 2024 \u2014 Reed will meet Prime Minister Ana Ruiz and businessman Tom Jordan in "
              "the city, officials said.")
    assert person(f, "Ana Ruiz").affiliation is None


@pytest.mark.parametrize("body, header, name, country", [
    pytest.param("LONDON \u2014 Defence Secretary Tom Reed met his Australian counterpart Ana Ruiz in London today.",
                 HEADLINE, "Ana Ruiz", "Australia", id="a_counterpart_keeps_the_nationality_it_gives"),
    pytest.param("Foreign Secretary Tom Reed met in Islamabad with officials. The Foreign Secretary discussed trade "
                 "and the Pakistan Government\u2019s social reform agenda.", "Foreign Secretary visits Pakistan",
                 "Tom Reed", "United Kingdom", id="another_governments_agenda_does_not_make_it_the_issuer"),
    pytest.param("Foreign Secretary Tom Reed met in Islamabad with Prime Minister Nawaz Sharif, Adviser Sartaj Aziz "
                 "of Pakistan, and Minister for Interior Ana Ruiz.", "Foreign Secretary visits Pakistan",
                 "Ana Ruiz", "Pakistan", id="an_office_holder_met_with_others_of_one_country_is_of_it"),
    pytest.param("LONDON \u2014 The Prime Minister spoke to President Tom Reed this evening. The leaders agreed to "
                 "deepen ties between the UK and Chile.", "PM call with President Reed", "Tom Reed", "Chile",
                 id="a_foreign_office_holder_is_of_the_homes_one_partner_in_the_story"),
    pytest.param("LONDON \u2014 Foreign Secretary Ana Ruiz briefed reporters on Monday.", HEADLINE, "Ana Ruiz",
                 "United Kingdom", id="a_shared_office_datelined_in_london_is_british"),
])
def test_the_story_settles_a_persons_country(body, header, name, country):
    f = facts(body, header=header)
    assert person(f, name).affiliation == country


@pytest.mark.parametrize("body, name", [
    ("CANBERRA \u2014 The Minister for Foreign Affairs, Senator Ana Ruiz, will travel to Fiji. Senator Ruiz will "
     "meet Prime Minister Tom Reed.", "Tom Reed"),
    ("LONDON \u2014 Foreign Secretary Ana Ruiz held talks with Prime Minister Tom Reed in London today.", "Tom Reed"),
    ("WELLINGTON \u2014 Defence Minister Ana Ruiz hosted Defence Minister Tom Reed at Parliament on Monday.",
     "Tom Reed"),
])
def test_the_other_side_of_a_home_officials_meeting_gets_no_home_country(body, name):
    f = facts(body)
    assert person(f, name).affiliation is None
    assert person(f, "Ana Ruiz").affiliation is not None


def test_a_nationality_before_a_long_office_is_shared_along_the_list():
    f = facts("Australian Minister for Foreign Affairs Ana Ruiz and Minister for Defence Tom Reed met Japanese "
              "Foreign Minister Kenji Arata and Defense Minister Bo Lindqvist in Tokyo.")
    assert person(f, "Tom Reed").affiliation == "Australia"
    assert person(f, "Bo Lindqvist").affiliation == "Japan"


@pytest.mark.parametrize("body, country", [
    ("The deputy prime minister met visiting Japanese foreign minister Ana Ruiz in Canberra.", "Japan"),
    ("Officials welcomed the outgoing Indonesian defence minister Ana Ruiz on Monday.", "Indonesia"),
])
def test_an_occasion_word_before_a_nationality_leaves_it_the_affiliation(body, country):
    p = person(facts(body), "Ana Ruiz")
    assert p.affiliation == country and not any(r.startswith(("visiting", "outgoing")) for r in p.roles)


@pytest.mark.parametrize("body, name, role, country", [
    ("Seoul's defense ministry spokesperson Ana Ruiz said talks would continue.", "Ana Ruiz",
     "defense ministry spokesperson", "South Korea"),
    ("Canberra's envoy to Washington, Tom Reed, welcomed the move on Monday.", "Tom Reed", "envoy to Washington",
     "Australia"),
    ("Manila's ambassador to Tokyo, Ana Ruiz, said the agreement was significant.", "Ana Ruiz", "ambassador to Tokyo",
     "Philippines"),
])
def test_a_capitals_possessive_before_an_office_is_its_country(body, name, role, country):
    p = person(facts(body), name)
    assert p.roles == [role] and p.affiliation == country


@pytest.mark.parametrize("body, header, name", [
    pytest.param("The Secretary met with Japanese Defense Minister Kenji Arata, Minister Ana Ruiz, and Australian "
                 "Foreign Minister Bo Lindqvist in Tokyo.", HEADLINE, "Ana Ruiz",
                 id="others_of_different_countries_settle_nothing"),
    pytest.param("LONDON \u2014 The Prime Minister spoke to President Tom Reed this evening. They discussed ties "
                 "between the UK and Chile and between the UK and Peru.", "PM call with President Reed", "Tom Reed",
                 id="two_partners_of_the_home_settle_nothing"),
    pytest.param("Foreign Secretary Tom Reed met in Islamabad with Prime Minister Nawaz Sharif, Adviser Sartaj Aziz "
                 "of Pakistan, and Ambassador Ana Ruiz.", "Foreign Secretary visits Pakistan", "Ana Ruiz",
                 id="an_ambassador_met_beside_the_hosts_officials_is_left_open"),
])
def test_the_story_leaves_a_persons_country_open(body, header, name):
    f = facts(body, header=header)
    assert person(f, name).affiliation is None


@pytest.mark.parametrize("body, country", [
    ("Britain's defence secretary Tom Reed met his French counterpart, armed forces minister Ana Ruiz.", "France"),
    ("The minister met his Japanese counterpart, the defence minister Ana Ruiz, in Tokyo.", "Japan"),
])
def test_a_counterparts_nationality_before_a_lower_case_office(body, country):
    p = person(facts(body), "Ana Ruiz")
    assert p.affiliation == country and "counterpart" not in " ".join(p.roles)
