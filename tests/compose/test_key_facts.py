"""Key facts of the first page: Who, When and Where of the main event, on invented articles."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from sitbrief.compose.brief import KeyFacts
from sitbrief.compose.dates import date_text, day_without_year
from sitbrief.compose.single import _principals, compose
from sitbrief.layout import load_layout
from tests.extract.helpers import facts


def key_facts(body: str, header: str = "A headline for the story", published: date | None = None) -> dict[str, str]:
    """Return the Key facts rows (label -> text) of the brief of an invented article."""
    brief = compose(facts(body, header, published), load_layout())
    return {r.label: r.text for s in brief.sections for b in s.blocks if isinstance(b, KeyFacts) for r in b.rows}


def test_a_weekend_is_its_two_days_not_a_week():
    assert date_text("2024-06-15", "2024-06-16", "week", {}) == "15\u201316 Jun 2024"
    assert date_text("2024-06-10", "2024-06-16", "week", {}) == "week of 10 Jun 2024"


def test_a_role_naming_a_spokesperson_in_passing_does_not_make_a_spokesperson():
    adviser = SimpleNamespace(name="Ann Roe", roles=["Security Adviser", "Spokesperson Bo Lee on Security Adviser"])
    envoy = SimpleNamespace(name="Cy Poe", roles=["Envoy"])
    assert _principals([adviser, envoy]) == [adviser, envoy]


def test_who_is_the_office_holder_the_lead_names_by_office():
    rows = key_facts(
        "The press release issued by the Ministry of Trade on 9 June 2024.\n\n"
        "The Trade Secretary is flying to Oslo on Sunday evening to meet business leaders and investors.\n\n"
        "Trade Secretary Ann Roe said: \u201cThis visit matters.\u201d\n\n"
        "While in Oslo he will also meet Bo Lee, chief executive of Nordwind, and Cy Poe, chief executive of Fjordair."
    )
    assert rows["Who"].startswith("Ann Roe")


def test_where_is_not_the_dateline_of_a_trip_abroad():
    rows = key_facts(
        "LIMA, June 12, 2024 \u2013 Defense Minister Ann Roe is scheduled to depart tomorrow for Chile, Bolivia and "
        "Brazil, her first trip abroad, officials said today.\n\nShe will meet her counterparts in each capital."
    )
    assert rows.get("Where") != "Lima"


def test_where_is_the_base_rather_than_a_broad_region():
    rows = key_facts(
        "ANDERSEN AIR FORCE BASE, Guam \u2014 Four bombers returned to the Indo-Pacific June 10, 2024 for a "
        "deployment, operating out of Andersen Air Force Base, Guam.\n\nThe bombers flew from Texas."
    )
    assert rows.get("Where", "").startswith("Andersen Air Force Base")


def test_an_event_far_below_a_lead_without_one_is_not_the_main_event():
    rows = key_facts(
        "PORTVILLE, June 12, 2024 \u2013 The public will see more ships in the bay from next week.\n\n"
        "The commodore said training had been postponed.\n\nThe crews are ready.\n\nThe ships are moored.\n\n"
        "During this time one ship visited the Outer Islands in March 2024 to support scientists."
    )
    assert "Mar 2024" not in rows.get("When", "")


def test_where_puts_a_site_in_its_city():
    rows = key_facts(
        "Minister Ann Roe met on June 11, 2024 with Envoy Bo Lee at Victoria Barracks in Sydney, Australia.\n\n"
        "The two discussed the border."
    )
    assert rows.get("Where") in ("Victoria Barracks, Sydney, Australia", "Sydney, Australia")


def test_who_keeps_an_office_the_release_never_names():
    rows = key_facts(
        "The Prime Minister spoke to President Ann Roe of Vale by phone on June 11, 2024.\n\n"
        "They discussed the border and agreed to stay in touch."
    )
    assert rows["Who"].startswith("Prime Minister (name not given)")


def test_an_undated_articles_day_keeps_its_day_and_says_the_year_is_missing():
    from sitbrief.compose.dates import day_without_year

    assert day_without_year("Aug. 22") == "22 Aug"
    assert day_without_year("on 23 June") == "23 Jun"
    assert day_without_year("last week") is None
    body = "The frigate Vale arrived in Portville on Aug. 22 for a port visit.\n\nThe crew will tour the town."
    rows = key_facts(body)
    assert rows["When"] == "22 Aug (year not stated)"


def test_when_is_the_leads_own_day_when_no_event_was_found_in_it():
    rows = key_facts(
        "PORTVILLE, June 12, 2024 \u2013 On Tuesday morning, Colonel Ann Roe and her senior adviser, Major Bo Lee, "
        "cased the battalion colours in front of families on the old parade ground at Camp Vale.\n\n"
        "The parade is the last before the battalion deploys to the north later this year."
    )
    assert rows["When"] == "11 Jun 2024"


def test_when_says_the_source_gives_no_date_apart_from_a_date_it_could_not_resolve():
    undated = key_facts(
        "Date Posted: 07.10.2024\n\nThe frigate HMS Ardent will move to Gibraltar to join the regional task "
        "force, the Royal Navy announced.\n\nThe crew will move with their families."
    )
    assert undated["When"] == "Date not stated", undated
    relative = key_facts("The frigate HMS Ardent will sail on Tuesday to join the regional task force in Gibraltar.")
    assert relative["When"] == "Date not resolved", relative


def test_aircraft_types_are_not_actors_in_whos_who():
    from sitbrief.compose.brief import Actors

    f = facts("Four F-22 Raptors and a C-17 Globemaster III of the 95th Fighter Squadron arrived at Vale Air Base "
              "on Monday, said Gen. Tom Reed, commander of Norland Air Forces.")
    assert any(o.kind == "aircraft" for o in f.organisations), [(o.name, o.kind) for o in f.organisations]
    brief = compose(f, load_layout())
    names = [a.name for s in brief.sections for b in s.blocks if isinstance(b, Actors) for a in b.actors]
    assert names and not any(n.startswith(("F-22", "C-17")) for n in names), names


def test_a_day_written_twice_in_the_lead_still_dates_it():
    rows = key_facts("12 June 2024\n\nFlying from the Vale air base, the patrol jets responded yesterday (June 11) "
                     "to two bombers heading west over the Grey Sea.")
    assert rows["When"] == "11 Jun 2024"


def test_when_takes_the_lead_sentences_one_day_when_its_event_has_none():
    rows = key_facts("29 July 2019\n\nAfter months of preparation, the frigate HMCS Vale and its helicopter "
                     "detachment departed Halifax on July 14 en route to a six-month tour in the Baltic.\n\n"
                     "The crew will join a NATO task group.")
    assert rows["When"] == "14 Jul 2019", rows
    assert " on en route" not in rows.get("What", ""), rows


def test_a_lead_without_event_is_not_dated_by_background_long_before():
    rows = key_facts("25 March 2013\n\nThe squadron has flown four jets from Leuchars to Butterworth.\n\n"
                     "The trail was completed in four stages.\n\nThis is its first deployment since its "
                     "successes in the Gulf late in 2012.")
    assert "2012" not in rows.get("When", ""), rows


def test_ships_and_units_are_called_so_in_whos_who():
    from sitbrief.compose.brief import Actors

    f = facts("The destroyer USS Harbin (DDG 99) and the 3rd Battalion, 4th Marines arrived in Darwin on Monday, "
              "said Gen. Tom Reed, commander of the Norland Forces Command.")
    kinds = {o.name: o.kind for o in f.organisations}
    brief = compose(f, load_layout())
    roles = {a.name: a.role for s in brief.sections for b in s.blocks if isinstance(b, Actors) for a in b.actors}
    ships = [n for n, k in kinds.items() if k == "ship"]
    assert ships, kinds
    assert all(roles[next(r for r in roles if r.startswith(n))] == "Ship" for n in ships), roles


@pytest.mark.parametrize("body, where", [
    ("Norland troops have deployed to Lithuania to take part in a multinational training exercise.", "Lithuania"),
    ("The Trade Minister, Ann Roe, arrives in Japan today for the G7 trade ministers' meeting.", "Japan"),
    ("Defence Industry Minister Ann Roe will travel to Indonesia next week to promote exports.", "Indonesia"),
    ("Two minehunters are returning home to the UK after three years in the Gulf.", "United Kingdom"),
    ("Four frigates are making their way to Norway for one of the biggest exercises in years.", "Norway"),
    ("Minister Bo Lee is to visit Indonesia to promote the nation's defence industry.", "Indonesia"),
    ("The patrol ship sailed into the port of Haifa, Israel, for a two-day stop.", "Haifa, Israel"),
])
def test_where_is_the_one_place_the_lead_moves_the_event_to(body, where):
    assert key_facts(body).get("Where") == where


@pytest.mark.parametrize("body", [
    "Defence Minister Ann Roe will travel to Chile, Peru and Brazil next week to meet her counterparts.",
    "The minister flew to Japan and South Korea for talks on the alliance.",
    "Ministers discussed the situation in Ukraine and sent a message of support to Japan.",
])
def test_where_stays_empty_for_several_destinations_or_none(body):
    assert "Where" not in key_facts(body), key_facts(body)


def test_where_gives_a_sites_country_written_after_it():
    rows = key_facts("Four jets and about 60 airmen arrived at Vale Air Base, Germany, to train with allied forces.")
    assert rows.get("Where") == "Vale Air Base, Germany", rows


@pytest.mark.parametrize("later", [
    "The exercise announcement comes as President Tom Reed arrived in Vale to discuss the border.",
    "The drills were announced while Prime Minister Tom Reed met President Bo Lee in Vale on trade.",
    "Separately, Foreign Minister Tom Reed travelled to Oslo for talks on fisheries.",
])
def test_who_leaves_out_a_person_busy_with_an_event_of_their_own_further_down(later):
    body = ("The navy will conduct a joint exercise with three aircraft carriers in the Grey Sea.\n\n"
            "The carriers will hold air defence drills and other training in international waters.\n\n"
            "\u201cIt is a rare chance to train together,\u201d said Fleet Commander Adm. Ann Roe.\n\n"
            "The last such exercise was held ten years ago.\n\n" + later)
    who = key_facts(body).get("Who", "")
    assert "Reed" not in who and "Bo Lee" not in who, who


@pytest.mark.parametrize("text, day", [
    ("Nov. 11-14", "11\u201314 Nov"), ("11-14 November", "11\u201314 Nov"), ("11 to 14 Nov", "11\u201314 Nov"),
    ("between 3 and 5 March", "3\u20135 Mar"), ("Nov. 14-11", None), ("May 2024", None),
])
def test_a_run_of_days_without_a_year_keeps_both_days(text, day):
    assert day_without_year(text) == day


@pytest.mark.parametrize("second, when", [
    ("The carriers will conduct air defence drills and other training in international waters Nov. 11-14, "
     "the navy said.", "11\u201314 Nov (year not stated)"),
    ("The strike groups are to hold the drills from 3 to 6 December in international waters.",
     "3\u20136 Dec (year not stated)"),
    ("Ships of the three groups will take part in exercises on 9 March, officials said.",
     "9 Mar (year not stated)"),
])
def test_when_of_an_undated_event_is_the_date_of_the_same_event_told_next(second, when):
    body = ("The navy will conduct a joint exercise with three aircraft carriers in the Grey Sea for the first "
            "time in a decade.\n\n" + second + "\n\nThe last such exercise was held off Vale.")
    assert key_facts(body)["When"] == when


@pytest.mark.parametrize("lead, when", [
    ("After months of preparation, the frigate Vale and its helicopter detachment departed Portville on July 14 "
     "en route to a six-month tour on Operation SHIELD, the nation's support to NATO in Europe.",
     "14 Jul (year not stated)"),
    ("HMS Vale and her crew left Portville on Aug. 2 en route to a six-month tour on Operation SHIELD, the "
     "nation's support to NATO.", "2 Aug (year not stated)"),
    ("Following weeks of trials, the patrol ship Vale departed Portville on 21 September en route to a "
     "four-month mission on Operation GUARD, the nation's support to allies.", "21 Sep (year not stated)"),
])
def test_when_of_an_undated_article_is_the_one_day_its_lead_writes(lead, when):
    rows = key_facts(lead + "\n\nThe crew will join a NATO task group.\n\nThe ship will return in the winter.")
    assert rows["When"] == when, rows


@pytest.mark.parametrize("body, where", [
    ("The Prime Minister met President Ann Roe at the European Security Summit in Moldova to discuss the war.",
     "Moldova"),
    ("Defence Secretary Ann Roe met today with her counterpart, Minister Bo Lee, on the margins of the Defence "
     "Ministers Meeting in London.", "London, United Kingdom"),
    ("The three leaders met at the G20 Summit in Brazil and agreed to work together on the fighter.", "Brazil"),
    ("Foreign Minister Ann Roe spoke with Minister Bo Lee at the ASEAN Regional Forum in Laos on Tuesday.", "Laos"),
])
def test_where_is_the_place_the_main_events_gathering_is_held_in(body, where):
    assert key_facts(body).get("Where") == where, key_facts(body)


def test_where_is_not_a_gathering_still_to_come():
    rows = key_facts("Minister Ann Roe met Envoy Bo Lee by phone ahead of next month's summit in Japan.")
    assert "Japan" not in rows.get("Where", ""), rows


def test_what_is_never_an_event_title_that_opens_on_a_preposition():
    body = ("The Prime Minister, Ann Roe, today issued the following statement on Vale Independence Day:\n\n"
            "\u201cToday, we join Vale communities around the world to celebrate the anniversary of Vale's "
            "independence.\n\n\u201cNorland was the first country to recognize Vale's independence in 1991. From "
            "co-hosting the third Vale Reform Conference, to training members of the Vale forces, we are working "
            "with the people of Vale.\u201d")
    assert not key_facts(body, "Statement by the Prime Minister on Vale Independence Day").get("What", "").startswith(
        "From "), key_facts(body)


@pytest.mark.parametrize("body", [
    "\u201cWe will stand with our allies in Warsaw,\u201d Defence Secretary Bo Lee said on Monday.\n\n"
    "He was speaking to reporters.",
    "Foreign Secretary Ann Roe said today: \u201cI am appalled by the attack in Mogadishu.\u201d\n\n"
    "She offered condolences.",
    "The Prime Minister issued the following statement today:\n\n"
    "\u201cI condemn the attack in Karachi. Our thoughts are with the families.\u201d",
    "General Ann Roe, Chief of the Defence Staff, today issued the following statement:\n\n"
    "\u201cI detest any act of disrespect by a member of the forces.\n\n"
    "\u201cWhat happened in Halifax over the weekend is deplorable. The members involved will be removed "
    "from duty.\u201d",
])
def test_where_is_never_a_place_named_only_inside_a_quotation(body):
    rows = key_facts(body, "A statement by the minister", date(2024, 6, 5))
    assert rows.get("Where") in (None, ""), rows


@pytest.mark.parametrize("body, when", [
    ("Defence Minister Ann Roe said on 4 June 2024 that \u201cour troops are ready\u201d.\n\nShe spoke to reporters.",
     "4 Jun 2024"),
    ("Minister Bo Lee on Monday praised the crews.\n\nHe addressed sailors at the harbour.", "3 Jun 2024"),
])
def test_when_of_an_undated_main_event_in_the_lead_is_the_day_the_lead_writes(body, when):
    rows = key_facts(body, "A statement by the minister", date(2024, 6, 5))
    assert rows.get("When") == when, rows


@pytest.mark.parametrize("body, where", [
    ("Today, the Prime Minister, Ann Roe, met with the President of Norland, Bo Lee, at the Leaders\u2019 Summit in "
     "Kananaskis, Alberta.", "Kananaskis, Alberta"),
    ("Defence Secretary Ann Roe met her counterpart Bo Lee at the security forum in Aspen, Colorado, on Tuesday.",
     "Aspen, Colorado"),
    ("Foreign Minister Ann Roe held talks with Minister Bo Lee at the conference in Whistler, British Columbia.",
     "Whistler, British Columbia"),
])
def test_where_is_a_site_with_the_region_written_after_it(body, where):
    assert key_facts(body).get("Where") == where, key_facts(body)


def test_where_is_the_place_the_meeting_is_held_in_not_the_releases_dateline():
    rows = key_facts(
        "NEWS | June 6, 2024\n\nWASHINGTON -- Defense Minister Ann Roe of Norland and Secretary of Defense Bo Lee "
        "convened a Trilateral Defense Ministerial Meeting in Singapore on June 3, 2024.\n\n"
        "The Ministers expressed serious concern about the security environment."
    )
    assert rows.get("Where") == "Singapore"


def test_where_is_the_place_an_exercise_named_between_commas_is_held_on():
    rows = key_facts(
        "DEDEDO, Guam\u2014Marines of the 3rd Marine Division are scheduled to participate in exercise, Valiant "
        "Shield 2016, on Tinian from Sept. 15 to 27.\n\nExercises on the island will include boat raids."
    )
    assert rows.get("Where", "").startswith("Tinian")


def test_who_of_a_ships_sailing_is_the_ship_not_an_officer_quoted_on_it():
    rows = key_facts(
        "HMS Vale sailed from Portsmouth on 3 May 2024 for a seven-month deployment to the Gulf.\n\n"
        "The ship will join the coalition task group in the region.\n\n"
        "\u201cWe are ready for the mission,\u201d said Commander Ann Roe, the ship\u2019s commanding officer."
    )
    assert rows.get("Who") == "HMS Vale (Ship)", rows


def test_who_keeps_the_minister_the_lead_names_beside_the_units():
    rows = key_facts(
        "British troops have deployed to Norland to take part in a training exercise. The Secretary of State for "
        "Defence, Ann Roe, is accompanying soldiers from the 1st Battalion The Vale Regiment.\n\n"
        "Lieutenant Colonel Bo Lee, commanding officer, said the troops were ready."
    )
    assert "Ann Roe" in rows.get("Who", ""), rows


def test_when_of_talks_held_during_a_visit_is_the_dated_arrival_the_next_sentence_gives():
    rows = key_facts(
        "Foreign Secretary Ann Roe will hold talks on trade and security during a two-day visit to Norland.\n\n"
        "She arrives in Oslo today (Sunday 23 July 2017) ahead of meetings with Prime Minister Bo Lee.",
        "Foreign Secretary to hold trade and security talks in Norland")
    assert rows["When"] == "23 Jul 2017 (arrival)", rows
    rows = key_facts(
        "Foreign Secretary Ann Roe will hold talks on trade and security with Norland.\n\n"
        "She arrives in Oslo today (Sunday 23 July 2017) ahead of meetings with Prime Minister Bo Lee.",
        "Foreign Secretary to hold trade and security talks in Norland")
    assert "arrival" not in rows["When"], rows  # no visit the talks are held during: the arrival is its own news


def test_who_gives_the_role_the_source_writes_before_the_name():
    from sitbrief.compose.single import _role_written

    brown = SimpleNamespace(name="Brown", roles=["President", "Prime Minister"])
    assert _role_written(brown, "The President and Prime Minister Brown had a call.") == "Prime Minister"
    casey = SimpleNamespace(name="Casey", roles=["Minister of Interior", "General"])
    assert _role_written(casey, "the Minister of Interior, General Casey, and Ambassador Khalilzad") == "General"
    roe = SimpleNamespace(name="Ann Roe", roles=["Defence Minister", "Colonel"])
    assert _role_written(roe, "Ann Roe said.") == "Defence Minister"  # none written before: the first
