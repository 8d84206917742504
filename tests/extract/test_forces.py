"""Tests of sitbrief.extract.forces: find named ships and military units: "USS Chung-Hoon (DDG 93)", "HMS
Westminster", "3rd Battalion, 3rd Marine Regiment", "31st Marine Expeditionary Unit", "6 Squadron", "India
Company"."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, orgs, person
from tests.extract.helpers import places as _places


def _kinds(body: str) -> dict[str, str]:
    return {o.name: o.kind for o in facts(body).organisations}


def test_task_force_and_its_number_is_a_unit():
    found = orgs("Task Force 59 and Carrier Air Wing 9 sailed with the fleet on Monday.")
    assert found["Task Force 59"].kind == "unit" and found["Carrier Air Wing 9"].kind == "unit"
    assert "Task Force" not in found


def test_a_named_task_force_is_a_unit():
    found = orgs("Marines of Task Force Southern Reach arrived in the islands on Monday.")
    assert found["Task Force Southern Reach"].kind == "unit"


def test_a_ship_prefix_before_two_names_joined_by_and_names_both_ships():
    found = orgs("Frigates HMS Kent and Lancaster sailed from Portsmouth on Monday.")
    assert found["HMS Kent"].kind == "ship" and found["HMS Lancaster"].kind == "ship"


def test_a_numbered_air_force_or_army_is_a_unit():
    found = orgs("The 5th Air Force commander met the 8th Army staff on Monday.")
    assert found["5th Air Force"].kind == "unit" and found["8th Army"].kind == "unit"
    assert "Air Force" not in found


def test_ships_listed_after_a_plural_prefix_are_each_a_ship():
    found = orgs("HMA Ships Albany, Wollongong and Maryborough sailed from Darwin on Monday.")
    assert {"HMAS Albany", "HMAS Wollongong", "HMAS Maryborough"} <= {n for n, o in found.items() if o.kind == "ship"}


def test_a_squadron_with_its_role_in_brackets_is_a_unit():
    assert orgs("Jets of 3 (Fighter) Squadron flew on Monday.")["3 (Fighter) Squadron"].kind == "unit"


def test_a_units_landing_team_is_no_body_of_its_own():
    found = orgs("Marines with the Battalion Landing Team trained ashore on Monday.")
    assert "Battalion Landing Team" not in found


def test_a_known_fleet_written_by_its_short_form_is_one_body_named_as_written():
    found = orgs("The ship is transiting the 6th Fleet area of operations. It joined the fleet in June.")
    assert [name for name in found if "Fleet" in name] == ["6th Fleet"]


def test_a_numbered_band_is_a_unit():
    found = orgs("The sounds of the 215th Army band filled the air as the 7th Signal Brigade Band played.")
    assert found["215th Army band"].kind == "unit"
    assert found["7th Signal Brigade Band"].kind == "unit"


def test_a_ship_named_after_a_navy_ship_is_a_ship():
    found = orgs("Halvard will replace the Norwegian Navy ship Fram-Nansen as flagship next month.")
    assert found["Fram-Nansen"].kind == "ship"


def test_a_year_before_a_plural_unit_head_is_no_unit_number():
    found = orgs("This week in history, in 1944 Rangers landed in Normandy, while 2 Squadron flew.")
    assert "1944 Rangers" not in found
    assert "2 Squadron" in found


def test_a_ships_strike_group_is_one_unit_named_whole():
    found = orgs("The USS Gerald Brant Carrier Strike Group entered the sea while USS Dewey sailed north.")
    assert found["USS Gerald Brant Carrier Strike Group"].kind == "unit"
    assert found["USS Dewey"].kind == "ship"


def test_a_task_force_joined_to_its_name_by_a_hyphen_is_a_unit():
    assert orgs("The Joint Task Force-Blue Ridge team finished the work.")["Joint Task Force-Blue Ridge"].kind == "unit"


def test_a_memorial_named_after_a_ship_is_a_place_not_a_ship():
    body = "The ministers visited the USS Oriole Memorial in Honolulu."
    assert not orgs(body)
    assert _places(body).get("USS Oriole Memorial") == "facility"


def test_a_task_force_keeps_its_qualifiers_but_not_a_title_before_them():
    found = orgs("The Joint Special Operations Task Force-Mindanao met Commander Task Force 73 on Monday.")
    assert found["Joint Special Operations Task Force-Mindanao"].kind == "unit"
    assert "Task Force 73" in found


def test_a_body_between_two_ships_names_is_still_found():
    found = orgs("The Indian Navy's INS Vikrant and the Royal Brunei Navy's RSS Valour sailed together.")
    assert found["INS Vikrant"].kind == "ship"
    assert "Indian Navy" in found and "Royal Brunei Navy" in found


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


@pytest.mark.parametrize("body, unit", [
    ("Group Captain Tom Reed, Officer Commanding No 1 Squadron, said the aircraft were ready.", "No 1 Squadron"),
    ("Wing Commander Ana Ruiz, Officer Commanding No. 3 Squadron, led the flypast.", "No. 3 Squadron"),
    ("Soldiers from the 1st Battalion, Royal Australian Regiment, trained with U.S. Marines.",
     "1st Battalion, Royal Australian Regiment"),
    ("Troops of the 2nd Battalion, The Rifles, deployed to Estonia.", "2nd Battalion, The Rifles"),
])
def test_numbered_units_keep_their_number_sign_and_regiment(body, unit):
    f = facts(body)
    assert unit in {o.name for o in f.organisations}
    assert "No" not in {p.name for p in f.people}


def test_a_ship_prefix_spelled_out_with_its_letters_is_the_ship():
    f = facts("Her Majesty\u2019s Canadian Ship (HMCS) Toronto departed Toronto on July 14. HMCS Toronto will "
              "join NATO.")
    assert [(o.name, o.country) for o in f.organisations if o.kind == "ship"] == [("HMCS Toronto", "Canada")]
    assert "Toronto" in {p.name for p in f.places}  # the port it departed


def test_a_spelled_out_ship_prefix_alone():
    assert orgs("His Majesty's Australian Ship Anzac arrived in Darwin on Monday.")[
        "His Majesty's Australian Ship Anzac"].country == "Australia"


def test_a_fleet_named_force_after_its_type_is_a_unit():
    assert _kinds("The exercise will enhance Typhoon Force capability.").get("Typhoon Force") == "unit"


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


def test_a_unit_s_bracketed_word_is_no_acronym_its_bracketed_initials_are():
    f = facts("Marines with the 31st Marine Expeditionary Unit (31st MEU) and 1st Battalion The Rifles (1 RIFLES) "
              "sailed. Aircraft of Marine Medium Tiltrotor Squadron 262 (Reinforced) flew.")
    acronyms = {o.name: o.acronym for o in f.organisations}
    assert acronyms["31st Marine Expeditionary Unit"] == "31st MEU"
    assert acronyms["1st Battalion The Rifles"] == "1 RIFLES"
    assert acronyms["Marine Medium Tiltrotor Squadron 262"] is None
    f = facts("Soldiers from the 2nd Battalion, Royal Australian Regiment (2RAR) embarked on the ship.")
    assert f.organisations[0].acronym == "2RAR"


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


@pytest.mark.parametrize("body, name, kind", [
    ("Six CF-18 Hornets deployed to Romania on Monday.", "CF-18 Hornet", "aircraft"),
    ("An AP-3C Orion flew from Edinburgh on Monday.", "AP-3C Orion", "aircraft"),
    ("The CT-155 Hawk trainers flew over Alberta.", "CT-155 Hawk", "aircraft"),
    ("The jets from 4 Wing Cold Lake deployed to Romania.", "4 Wing Cold Lake", "unit"),
])
def test_canadian_and_australian_designations_and_a_wing_s_two_word_seat(body, name, kind):
    assert _kinds(body).get(name) == kind


@pytest.mark.parametrize("body", [
    "Cobra Gold hosted more than 7,000 troops this year.",
    "Team Rubicon hosted a workshop.",
    "The crew of Ocean Shield met the ship at sea.",
    "The aircraft was led by Red Arrows pilots.",
    "The ministers were joined by Five Eyes partners.",
])
def test_cue_words_do_not_make_people_of_exercises_ships_or_units(body):
    assert facts(body).people == []


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


@pytest.mark.parametrize("body, name, office", [
    ('Officer Commanding 1(F) Sqn, Wing Commander Mark Dunn, who led the trail, said: "It went well."', "Mark Dunn",
     "Officer Commanding 1(F) Sqn"),
    ("Officer Commanding No. 3 Squadron, Wing Commander Tom Reed, said the jets were ready.", "Tom Reed",
     "Officer Commanding No. 3 Squadron"),
    ("Commanding Officer 2nd Battalion, Lieutenant Colonel Ana Ruiz, said the soldiers were ready.", "Ana Ruiz",
     "Commanding Officer 2nd Battalion"),
    ("Commander Joint Task Force 633, Major General Tom Reed, said the soldiers were ready.", "Tom Reed",
     "Commander Joint Task Force 633"),
])
def test_an_office_with_a_unit_number_before_rank_and_name(body, name, office):
    assert office in person(facts(body), name).roles


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


def test_ships_named_after_their_type():
    f = facts("HMS Westminster was joining minehunters Cattistock, Hurworth and Ramsey, with survey ship Enterprise.")
    ships = {o.name for o in f.organisations if o.kind == "ship"}
    assert {"HMS Westminster", "Cattistock", "Hurworth", "Ramsey", "Enterprise"} <= ships


def test_service_members_roles_keep_their_unit_and_trade():
    f = facts("Sgt. Maria Lopez, a field radio operator with 3d Battalion, 9th Marines, said the training was hard. "
              "Cpl. James Kim, an anti-tank missileman, agreed.")
    assert "field radio operator with 3d Battalion, 9th Marines" in person(f, "Maria Lopez").roles
    assert "anti-tank missileman" in person(f, "James Kim").roles


def test_a_ship_named_after_a_person_is_not_a_person():
    f = facts("The destroyer USS Walter Brandt (DDG 140) sailed on Monday. Walter Brandt is assigned to the squadron.")
    assert person(f, "Walter Brandt") is None


def test_a_sailor_beside_a_foreign_ship_is_not_the_datelines():
    f = facts("MANILA, Philippines \u2014 The destroyer USS Harbin (DDG 99) arrived in Manila today. Some Harbin "
              "Sailors, such as Chief Machinist Ana Ruiz, have family in the city.")
    assert person(f, "Ana Ruiz").affiliation == "United States"  # one of the ship's sailors: the ship's country


def test_the_forces_of_the_country_a_unit_deploys_to_are_not_its_own():
    f = facts("FORT KNOX, Ky. \u2014 Col. Tom Reed cased the colors before the brigade deploys to Afghanistan, "
              "where it will partner with Afghan National Security Forces.")
    assert person(f, "Tom Reed").affiliation != "Afghanistan"


def test_an_appositive_office_runs_past_a_numbered_unit_abbreviation():
    f = facts("Wing Commander Ana Ruiz, Officer Commanding No. 3 Squadron, said the jets were ready.")
    assert "Officer Commanding No. 3 Squadron" in person(f, "Ana Ruiz").roles


def test_a_ship_returning_home_after_deployment_keeps_its_nation():
    f = facts("After a nine-month deployment, HMS Harrow returned to the United Kingdom, where Lt Cdr Ana Ruiz "
              "said the crew had done well.")
    assert person(f, "Ana Ruiz").affiliation == "United Kingdom"


@pytest.mark.parametrize("body, name, office", [
    ("Capt. Ana Ruiz, commanding officer, USS Blue Ridge (LCC 19), greeted the guests.", "Ana Ruiz",
     "commanding officer, USS Blue Ridge (LCC 19)"),
    ("Cmdr. Tom Reed, commanding officer, HMS Kent, said the ship was ready.", "Tom Reed",
     "commanding officer, HMS Kent"),
])
def test_a_bare_office_in_military_style_keeps_its_ship(body, name, office):
    assert office in person(facts(body), name).roles
