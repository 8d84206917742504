"""People, roles, affiliations and speakers in forms the benchmark's dev articles do not all show (issue 12)."""

from __future__ import annotations

import pytest

from sitbrief.extract import extract_facts
from sitbrief.read.article import parse_article
from tests.extract.helpers import facts, person, speaker


@pytest.mark.parametrize("body, name, rank", [
    ("Sergeant First Class Maria Lopez, a medic, treated the wounded.", "Maria Lopez", "Sergeant First Class"),
    ("Army Sgt. 1st Class Tom Reed said the drill was useful.", "Tom Reed", "Sgt. 1st Class"),
    ("Petty Officer 2nd Class Tom Reed said the ship was ready.", "Tom Reed", "Petty Officer 2nd Class"),
    ("Airman 1st Class Ana Ruiz loaded the aircraft.", "Ana Ruiz", "Airman 1st Class"),
    ("Master Chief Petty Officer Ana Ruiz said the crew was ready.", "Ana Ruiz", "Master Chief Petty Officer"),
])
def test_ranks_of_several_words_and_numbers_stay_out_of_the_name(body, name, rank):
    found = person(facts(body), name)
    assert found is not None, [p.name for p in facts(body).people]
    assert rank in found.roles


@pytest.mark.parametrize("body, name, roles", [
    ("Commander of the Pacific Fleet Adm. Tom Reed toured the base.", "Tom Reed",
     ["Commander of the Pacific Fleet", "Adm."]),
    ("Commander of the Northern Fleet Vice Adm. Ana Ruiz toured the base.", "Ana Ruiz",
     ["Commander of the Northern Fleet", "Vice Adm."]),
])
def test_an_office_naming_a_fleet_ends_before_the_rank(body, name, roles):
    assert person(facts(body), name).roles == roles


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


@pytest.mark.parametrize("body", [
    "Minister Nowak's spokesman, Piotr Zelinski, said the talks were frank.",
    "Minister Nowak\u2019s spokesman, Piotr Zelinski, said the talks were frank.",
])
def test_a_role_never_holds_another_persons_name(body):
    f = facts(body)
    assert person(f, "Piotr Zelinski").roles == ["spokesman"]


@pytest.mark.parametrize("body", [
    "Secretary General Jens Holm met ministers in Brussels. \"The alliance is strong and united,\" said the "
    "Secretary General.",
    "Secretary General Jens Holm met ministers in Brussels.\n\n\u201cThe alliance is strong and united,\u201d the "
    "Secretary-General said.",
    "Admiral Jens Holm, the commander of the fleet, spoke to sailors.\n\n\"You have done a great job at sea this "
    "year,\" the admiral said.",
])
def test_a_speaker_named_by_the_office(body):
    assert speaker(facts(body)) == "Jens Holm"


@pytest.mark.parametrize("body, name", [
    ("Defence Minister Ana Ruiz met Prime Minister Tom Reed. \"We are working closely with Prime Minister Reed on "
     "this,\" she said.", "Ana Ruiz"),
    ("Defence Minister Ana Ruiz met her counterpart Tom Reed in Rome.\n\n\u201cWe agreed to deepen our cooperation "
     "on training,\u201d she said.", "Ana Ruiz"),
    ("Mr. Tom Smith met Ms. Ana Ruiz in Rome.\n\n\"We are ready to act together,\" she said.", "Ana Ruiz"),
    ("\"We are ready,\" said Minister Tom Reed. \"Our view of the world is quite different,\" he continued, \"and "
     "we will act.\"", "Tom Reed"),
])
def test_he_said_goes_to_the_nearest_fitting_antecedent(body, name):
    f = facts(body)
    assert speaker(f, len(f.quotes) - 1) == name


def test_an_unmarked_block_quote_keeps_its_first_person_paragraphs():
    f = facts("Foreign Minister Ana Ruiz said:\n\nWe stand ready to help our partners.\n\nWe will keep working with "
              "them on this.\n\nThe ministers met in Rome on Monday.")
    assert len(f.quotes) == 1 and f.quotes[0].text.count("\n\n") == 1
    assert speaker(f) == "Ana Ruiz"


def test_a_title_in_capitals_is_not_a_quote():
    f = facts("The ministers signed the \u201cCONVENTION ON THE ESTABLISHMENT OF THE JOINT AIR PROGRAMME\u201d today.")
    assert f.quotes == []


def test_a_first_person_release_speaks_for_its_first_named_minister():
    f = facts("Defence Minister Ana Ruiz will travel to Tokyo to meet Defense Minister Taro Ito and Foreign Minister "
              "Ken Sato.\n\n\u201cI will also visit our personnel at the base and thank them for their service.")
    assert speaker(f) == "Ana Ruiz" and f.quotes[0].speaker_inferred


def test_a_readout_spokesperson_does_not_take_the_counterparts_country():
    f = facts("The below is attributable to Spokesperson Ned Price:\n\nSecretary Tom Reed spoke today with Foreign "
              "Minister Ana Ruiz of Spain.")
    assert person(f, "Ned Price").affiliation is None
    assert person(f, "Ana Ruiz").affiliation == "Spain"


@pytest.mark.parametrize("source, affiliation", [
    ("Indian Ministry of External Affairs", "India"),
    (None, "United Kingdom"),
])
def test_an_office_other_governments_share_is_the_issuers_own(source, affiliation):
    article = parse_article("Headline here\n\nForeign Secretary Vikram Rao met the ambassador in Delhi.")
    f = extract_facts(article, source=source)
    assert person(f, "Vikram Rao").affiliation == affiliation


def test_a_shared_office_is_not_given_to_an_issuer_without_it():
    article = parse_article("Headline here\n\nThe minister spoke with Secretary of State Marcus Hale today.")
    f = extract_facts(article, source="Global Affairs Canada")
    assert person(f, "Marcus Hale").affiliation == "United States"


@pytest.mark.parametrize("body", [
    "Assistant to the President for National Security Affairs Tom Reed met the minister.",
    "Tom Reed, Assistant to the President for National Security Affairs, hosted the minister.",
])
def test_an_office_with_to_the_keeps_every_word(body):
    found = person(facts(body), "Tom Reed")
    assert found.roles == ["Assistant to the President for National Security Affairs"]
    assert found.affiliation == "United States"


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


@pytest.mark.parametrize("body, names", [
    ("The delegation met Okonkwo Adebayo and Thabo Ndlovu on Tuesday.", ["Okonkwo Adebayo", "Thabo Ndlovu"]),
    ("The delegation met Okonkwo Adebayo, Thabo Ndlovu and Kwame Mensah.",
     ["Okonkwo Adebayo", "Thabo Ndlovu", "Kwame Mensah"]),
    ("Okonkwo Adebayo thanked the hosts for their hospitality.", ["Okonkwo Adebayo"]),
    ("Okonkwo Adebayo, who leads the delegation, arrived on Monday.", ["Okonkwo Adebayo"]),
    ("According to Okonkwo Adebayo, the talks went well.", ["Okonkwo Adebayo"]),
    ("The talks, hosted by Okonkwo Adebayo, went well.", ["Okonkwo Adebayo"]),
    ("Okonkwo Adebayo and his counterpart signed the agreement.", ["Okonkwo Adebayo"]),
    ("Thabo Ndlovu, 34, of Pretoria, was injured.", ["Thabo Ndlovu"]),
])
def test_a_person_by_cue_words_not_by_a_given_name_list(body, names):
    assert [p.name for p in facts(body).people] == names


@pytest.mark.parametrize("body", [
    "Cobra Gold hosted more than 7,000 troops this year.",
    "Team Rubicon hosted a workshop.",
    "The crew of Ocean Shield met the ship at sea.",
    "The aircraft was led by Red Arrows pilots.",
    "The ministers were joined by Five Eyes partners.",
])
def test_cue_words_do_not_make_people_of_exercises_ships_or_units(body):
    assert facts(body).people == []


def test_a_possessive_country_shared_by_two_listed_offices():
    f = facts("Gen. Tom Reed met today with South Korea\u2019s defense minister, Song Young-moo, and defense chief, "
              "Gen. Lee Sun-jin, the spokesman said.")
    found = person(f, "Lee Sun-jin")
    assert found.affiliation == "South Korea"
    assert "spokesman" not in found.roles
    assert person(facts("He met Japan's foreign minister, Taro Ito, and the defense minister, Ken Sato."),
                  "Ken Sato").affiliation is None


@pytest.mark.parametrize("body, name, role", [
    ("\"Thailand is a key partner,\" Rear Adm. Joey Tynch, commander, Task Force 73, said.", "Joey Tynch",
     "commander, Task Force 73"),
    ("Capt. Ana Ruiz, commander, Destroyer Squadron 15, said the ships were ready.", "Ana Ruiz",
     "commander, Destroyer Squadron 15"),
    ("Col. Tom Reed, commander, 31st Marine Expeditionary Unit, said the unit was ready.", "Tom Reed",
     "commander, 31st Marine Expeditionary Unit"),
])
def test_a_military_style_office_keeps_a_numbered_command(body, name, role):
    assert role in person(facts(body), name).roles


@pytest.mark.parametrize("header, body", [
    ("Prime Minister Ana Ruiz Visits Troops", "The prime minister visited troops on Monday. Ruiz thanked them."),
    ("Prime Minister Ana Ruiz Visits Troops", "The visit was short. Minister Ruiz thanked the troops."),
])
def test_a_titled_name_in_the_headline_joins_its_surname_in_the_body(header, body):
    f = facts(body, header)
    assert [(p.name, p.roles) for p in f.people] == [("Ana Ruiz", ["Prime Minister"])]


def test_a_headline_verb_is_no_part_of_a_name():
    f = facts("Secretary General Jens Holm spoke today.", "Secretary General Jens Holm Welcomes Finland")
    assert [p.name for p in f.people] == ["Jens Holm"]


@pytest.mark.parametrize("body", [
    "The President spoke with His Majesty King Abdullah II of Jordan.",
    "The President spoke with King Abdullah II of Jordan today.",
])
def test_a_monarch_with_a_regnal_number_of_a_country(body):
    f = facts(body)
    assert [(p.name, p.roles, p.affiliation) for p in f.people] == [("Abdullah II", ["King"], "Jordan")]


@pytest.mark.parametrize("body, name, role", [
    ("Tom Reed, a spokesman for the ministry who declined to comment further, said the talks went well.",
     "Tom Reed", "spokesman for the ministry"),
    ("Tom Reed, the defense minister whose term ends next year, met Ana Ruiz.", "Tom Reed", "defense minister"),
    ("Tom Reed, commander of the task force that arrived in the region last week, said the ships were ready.",
     "Tom Reed", "commander of the task force"),
    ("Tom Reed, the head of the delegation visiting Tokyo, met Ana Ruiz.", "Tom Reed", "head of the delegation"),
    ("The talks were led by Tom Reed, the minister, and Ana Ruiz, her deputy.", "Ana Ruiz", "deputy"),
])
def test_an_appositive_role_stops_before_a_clause(body, name, role):
    assert person(facts(body), name).roles == [role]


def test_officer_commanding_is_an_office_not_a_person():
    f = facts("Wing Commander Ana Ruiz, Officer Commanding 6 Squadron, said the jets launched.")
    assert [(p.name, p.roles) for p in f.people] == [("Ana Ruiz", ["Wing Commander", "Officer Commanding 6 Squadron"])]


@pytest.mark.parametrize("body, name, rank", [
    ("Operations Specialist 2nd Class Tom Reed, from Dallas, stood watch.", "Tom Reed",
     "Operations Specialist 2nd Class"),
    ("\"It was long,\" said Boatswain's Mate 3rd Class Ana Ruiz.", "Ana Ruiz", "Boatswain's Mate 3rd Class"),
])
def test_a_navy_rating_with_its_class_is_a_rank(body, name, rank):
    found = person(facts(body), name)
    assert found is not None and any(rank in r for r in found.roles), facts(body).people


@pytest.mark.parametrize("body, affiliation", [
    ("National Security Advisor Tom Reed hosted Avi Cohen. Mr. Reed reaffirmed the United States' ironclad "
     "commitment to Israel's security.", "United States"),
    ("Minister Tom Reed underscored Canada\u2019s unwavering support for Ukraine.", "Canada"),
    ("Minister Tom Reed highlighted China's aggressive actions in the region.", None),
])
def test_a_person_stating_a_countrys_commitment_acts_for_it(body, affiliation):
    assert person(facts(body), "Tom Reed").affiliation == affiliation


def test_an_appositive_with_a_head_of_three_words():
    f = facts("Admiral Sir Ben Key, First Sea Lord, visited the ship.")
    assert person(f, "Ben Key").roles == ["Admiral", "First Sea Lord"]
    assert person(f, "Ben Key").affiliation == "United Kingdom"


@pytest.mark.parametrize("body, name, affiliation", [
    ("Mr. OKA Masami is the Japanese government\u2019s nominee for the agency's chief executive.", "OKA Masami",
     "Japan"),
    ("Tom Reed, the British government's envoy for the region, arrived on Monday.", "Tom Reed", "United Kingdom"),
])
def test_a_person_a_government_names_acts_for_it(body, name, affiliation):
    assert person(facts(body), name).affiliation == affiliation


@pytest.mark.parametrize("body, affiliation", [
    ("Lord Tom Reed, Minister for Asia said:\n\nThe UK condemns the launch of a ballistic missile.\n\nThe UK stands "
     "alongside our allies as we confront the threat.", "United Kingdom"),
    ("Minister Tom Reed said:\n\nThe United States remains a threat to the region and we will respond.", None),
])
def test_a_statement_after_said_speaks_as_its_country(body, affiliation):
    f = facts(body)
    assert person(f, "Tom Reed").affiliation == affiliation


def test_a_block_quote_after_said_keeps_its_paragraphs_in_the_first_person():
    f = facts("Lord Tom Reed, Minister for Asia said:\n\nThe UK condemns the launch of a ballistic missile.\n\nThe UK "
              "stands alongside our allies as we confront the threat.")
    assert len(f.quotes) == 1 and f.quotes[0].text.count("\n\n") == 1


@pytest.mark.parametrize("body, role", [
    ("MANILA, Philippines, Aug. 25, 2017 \u2014 The commander of U.S. Pacific Command visited the Philippines.\n\n"
     "Navy Adm. Tom Reed met with the president at the palace.", "commander of U.S. Pacific Command"),
    ("The chairman of the Joint Chiefs of Staff visited troops in Poland today.\n\nGen. Tom Reed met soldiers of "
     "the brigade.", "chairman of the Joint Chiefs of Staff"),
])
def test_a_nameless_lead_gives_its_office_to_the_next_sentences_officer(body, role):
    found = person(facts(body), "Tom Reed")
    assert role in found.roles and found.affiliation == "United States"


def test_a_nameless_lead_does_not_go_to_someone_with_an_office():
    f = facts("The commander of U.S. Pacific Command visited Manila.\n\nDefense Secretary Ana Ruiz met him there.")
    assert person(f, "Ana Ruiz").roles == ["Defense Secretary"]


@pytest.mark.parametrize("body, role", [
    ("Okonkwo Adebayo, the group's founder, said the ceasefire was fragile.", "group's founder"),
    ("Okonkwo Adebayo, a liaison officer, said the ceasefire was fragile.", "liaison officer"),
])
def test_more_role_heads(body, role):
    assert person(facts(body), "Okonkwo Adebayo").roles == [role]


@pytest.mark.parametrize("body, roles", [
    ("Tom Reed is the defence minister.", ["defence minister"]),
    ("Tom Reed was the ambassador to Japan until 2020.", ["ambassador to Japan"]),
    ("Tom Reed is the first minister to visit the island in a decade.", []),
    ("Tom Reed, the first defence minister to visit the island, arrived on Monday.", []),
])
def test_a_role_after_is_and_not_a_description(body, roles):
    assert person(facts(body), "Tom Reed").roles == roles


@pytest.mark.parametrize("body, name, office", [
    ("Commander Sea Training, Minor War Vessels, Commander Alex Hawes, said the training was valuable.",
     "Alex Hawes", "Commander Sea Training, Minor War Vessels"),
    ("Senator Ann Pike; Commander Australian Fleet, Rear Admiral Stuart Mayer; and family welcomed the frigate.",
     "Stuart Mayer", "Commander Australian Fleet"),
])
def test_a_military_style_office_before_a_comma_and_the_ranked_name(body, name, office):
    f = facts(body)
    assert office in person(f, name).roles
    assert not {"Sea Training", "Minor War Vessels"} & {p.name for p in f.people}


def test_a_signature_block_names_a_person_and_their_office():
    f = facts("We signed the declaration.\n\nSigned at Kuala Lumpur on October 26, 2025.\n\nHun Manet\n\n"
              "Prime Minister of the Kingdom of Cambodia\n\nWitnessed by:\n\nAnwar Ibrahim\n\n"
              "Prime Minister of Malaysia")
    assert (person(f, "Hun Manet").roles, person(f, "Hun Manet").affiliation) == (["Prime Minister"], "Cambodia")
    assert person(f, "Anwar Ibrahim").affiliation == "Malaysia"


def test_a_role_right_after_the_name_without_a_comma_keeps_its_parent_unit():
    f = facts("\"We are ready,\" said Col. Tom Reed commander of the 1st Stryker Brigade Combat Team, 4th Infantry "
              "Division.")
    assert "commander of the 1st Stryker Brigade Combat Team, 4th Infantry Division" in person(f, "Tom Reed").roles


@pytest.mark.parametrize("body", [
    "They signed the terms on the ASEAN Observer Team, which will monitor the border.",
    "The destroyer USS Curtis Wilbur (DDG 54) arrived. Although some Curtis Wilbur Sailors had been there, it was new.",
])
def test_a_team_or_a_ships_crew_is_no_person(body):
    assert facts(body).people == []


@pytest.mark.parametrize("body, name, roles, affiliation", [
    ("They met U.S. Chargé d'Affaires to Australia Erika Olson.", "Erika Olson", ["Chargé d'Affaires to Australia"],
     "United States"),
    ("The Honourable Mélanie Joly, Minister of Foreign Affairs, will travel to Jakarta.", "Mélanie Joly",
     ["Minister of Foreign Affairs"], "Canada"),
    ("They met Minister for Defence for Industry and Capability Delivery Pat Conroy.", "Pat Conroy",
     ["Minister for Defence for Industry and Capability Delivery"], None),
])
def test_offices_with_apostrophes_honourables_and_remits(body, name, roles, affiliation):
    found = person(facts(body), name)
    assert found is not None, [p.name for p in facts(body).people]
    assert (found.roles, found.affiliation) == (roles, affiliation)


def test_a_delegation_gives_its_leader_the_country_and_a_region_opens_an_office():
    f = facts("The U.S. delegation was led by Indo-Pacific Coordinator Kurt Campbell and included officials. The UK "
              "delegation was led by Deputy National Security Advisor David Quarrey.")
    assert (person(f, "Kurt Campbell").roles, person(f, "Kurt Campbell").affiliation) == (
        ["Indo-Pacific Coordinator"], "United States")
    assert person(f, "David Quarrey").affiliation == "United Kingdom"


def test_an_ordinal_before_an_office_stays_in_it():
    f = facts("Jake Sullivan met today with Republic of Korea 1st Vice Foreign Minister Cho Hyundong in Washington.")
    found = person(f, "Cho Hyundong")
    assert (found.roles, found.affiliation) == (["1st Vice Foreign Minister"], "South Korea")


def test_an_office_before_a_comma_and_honorifics():
    f = facts("Minister for Defence People and Families, Rt Hon Dr Andrew Murrison MP, has met troops in Estonia.")
    assert person(f, "Andrew Murrison").roles == ["Minister for Defence People and Families"]


def test_a_signature_block_name_loses_honorifics_and_post_nominals():
    f = facts("The ministers signed the statement today.\n\nHon Judith Collins KC\n\nMinister of Defence\n\n"
              "Rt Hon Winston Peters\n\nMinister of Foreign Affairs")
    assert person(f, "Judith Collins").roles == ["Minister of Defence"]
    assert person(f, "Winston Peters").roles == ["Minister of Foreign Affairs"]


def test_the_other_side_of_a_pair_goes_only_to_a_counterpart():
    f = facts("Secretary of State Marcus Hale praised the U.S.-Spain alliance in Washington on Monday.\n\n"
              "Later, Chief Petty Officer Ana Ruiz said the crew was ready.")
    assert person(f, "Ana Ruiz").affiliation is None


def test_a_person_serving_an_institution_of_a_body_acts_for_the_body():
    f = facts("President of the European Commission Ursula von der Leyen said the plan would help.")
    assert person(f, "Ursula von der Leyen").affiliation == "European Union"


def test_an_office_named_after_a_partnership_gives_no_affiliation():
    f = facts("The Prime Minister said he would ask his AUKUS Adviser, Sir Tom Reed, to travel to Australia.")
    assert person(f, "Tom Reed").affiliation != "AUKUS"


def test_a_quote_in_curly_single_marks_among_double_marks():
    f = facts("\u201cWe are ready,\u201d said Commander Tom Reed.\n\nCommander Reed also praised the Army, which he "
              "said \u2018provided a challenging opportunity for Navy and Army to coordinate.\u2019")
    assert any(q.text.startswith("provided a challenging") for q in f.quotes)
    assert speaker(f, len(f.quotes) - 1) == "Tom Reed"


def test_a_block_quote_with_a_phrase_in_single_marks_and_a_title_in_quotes():
    f = facts("President Ana Ruiz said:\n\nIndonesia is proud to help, and will realize its vision to \u2018Recover "
              "Together, Recover Strong\u2019.\n\nThe leaders met later.")
    assert [speaker(f)] == ["Ana Ruiz"] and len(f.quotes) == 1
    assert facts("The leaders issued \u201cThe Spirit of the Quad\u201d today.").quotes == []


@pytest.mark.parametrize("body", [
    "\"The U.S. should stop arming the island,\" foreign ministry spokeswoman Mao Ning told a briefing.",
    "\u201cThe U.S. should stop arming the island,\u201d foreign ministry spokeswoman Mao Ning told a briefing.",
])
def test_a_role_before_a_name_stops_at_the_quote_before_it(body):
    assert person(facts(body), "Mao Ning").roles == ["foreign ministry spokeswoman"]


@pytest.mark.parametrize("body", [
    "Marine Corps Base Camp Butler said the exercise ended.",
    "Santa Cruz said the storm had passed.",
    "The minister met Abraham Accords partners in Washington.",
])
def test_an_untitled_place_or_accord_is_no_person(body):
    assert facts(body).people == []


def test_a_title_case_headline_adds_no_role_twice():
    f = facts("Deputy Secretary of Defense Kathleen Hicks met officials today.",
              "Readout Of Deputy Secretary Of Defense Kathleen Hicks' Meeting With Officials")
    assert person(f, "Kathleen Hicks").roles == ["Deputy Secretary of Defense"]


@pytest.mark.parametrize("body, name, roles, affiliation", [
    ("Tom Reed, serving as commander of the task force, said the ships were ready.", "Tom Reed",
     ["commander of the task force"], None),
    ("Tom Reed, in his capacity as chair of the committee, opened the meeting.", "Tom Reed", ["chair of the committee"],
     None),
    ("The meeting was attended by Tom Reed (Minister of Defence) and Ana Ruiz (Foreign Minister).", "Ana Ruiz",
     ["Foreign Minister"], None),
    ("The Philippines\u2019 Secretary of Foreign Affairs, Enrique Manalo, attended.", "Enrique Manalo",
     ["Secretary of Foreign Affairs"], "Philippines"),
])
def test_roles_after_serving_as_in_brackets_and_after_a_plural_possessive(body, name, roles, affiliation):
    found = person(facts(body), name)
    assert (found.roles, found.affiliation) == (roles, affiliation)


@pytest.mark.parametrize("body", [
    "Attributable to National Security Council Spokesperson Adrienne Watson:\n\nNational Security Advisor Tom Reed "
    "met today with Israeli officials.",
    "Pentagon Press Secretary Pat Ryder provided the following readout:\n\nSecretary Tom Reed spoke with the "
    "minister.",
])
def test_a_readouts_official_serves_the_spokespersons_government(body):
    f = facts(body)
    assert person(f, "Tom Reed").affiliation == "United States"
    assert f.quotes == []


def test_he_said_without_gender_cues_is_the_last_person_mentioned():
    f = facts("Defence Minister Tom Reed thanked her for the visit and met Admiral Ana Ruiz.\n\n\u201cThe visit was a "
              "great success for both navies,\u201d she said.")
    assert speaker(f) == "Ana Ruiz"


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
