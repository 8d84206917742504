"""Round 8: the Key facts' Who when the main event names nobody, on invented articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.compose.test_key_facts import key_facts


@pytest.mark.parametrize(
    "body",
    [
        "Pentagon Press Secretary Jo Bloggs provided the following statement:\n\n"
        "The carrier strike group departed the area of responsibility today after seven months deployed.",
        "The frigate HMS Example sailed from Portsmouth today on a six-month deployment to the Gulf, "
        "a navy spokeswoman, Lt. Cdr. Ann Roe, said.",
        "Two destroyers arrived in the port today for a scheduled visit, ministry spokesman Bo Lee told reporters.",
    ],
)
def test_a_spokesperson_who_only_reports_an_event_is_not_its_who(body: str) -> None:
    who = key_facts(body).get("Who", "")  # no Who, or the ship taking part ("HMS Example (Ship)")
    assert not any(name in who for name in ("Bloggs", "Roe", "Bo Lee")), who


def test_a_bare_given_name_without_a_role_is_not_the_who():
    rows = key_facts(
        "The destroyer USS Example made a scheduled port visit to Guam on its deployment.\n\n"
        "\u201cThe crew is excited,\u201d said Cmdr. Ann Roe, the commanding officer.\n\n"
        "The ship is named for three brothers, George, Francis and Joseph, who served together in the war."
    )
    assert rows.get("Who", "").startswith("Ann Roe"), rows
    assert "George" not in rows.get("Who", ""), rows


@pytest.mark.parametrize(
    "body",
    [
        "HMS Example visits Manila, cementing ties in the region.\n\nJoint naval activity set to increase.\n\n"
        "British Type 23 frigate HMS Example made a port visit to Manila this week as part of the Carrier Strike "
        "Group\u2019s eight-month deployment to the Indo-Pacific.",
        "HMS Example visits Manila, cementing ties in the region.\n\nJoint naval activity set to increase, including "
        "new training.\n\nCutting edge defence innovation on show, boosting trade.\n\nBritish Type 45 destroyer "
        "HMS Example made a port visit to Manila on Tuesday as part of the task group\u2019s deployment to Guam.",
    ],
)
def test_when_takes_the_body_s_dated_retelling_of_a_standfirst_s_visit(body: str) -> None:
    rows = key_facts(body, "HMS Example visits the Philippines", published=date(2025, 9, 18))
    assert rows.get("When") not in (None, "Date not stated"), rows


def test_when_does_not_take_a_dated_visit_elsewhere():
    body = ("HMS Example visits Manila, cementing ties in the region.\n\nJoint naval activity set to increase.\n\n"
            "Earlier, the frigate HMS Example made a port visit to Tokyo on Tuesday during its deployment.")
    rows = key_facts(body, "HMS Example visits the Philippines", published=date(2025, 9, 18))
    assert "16 Sep" not in rows.get("When", ""), rows


@pytest.mark.parametrize(
    "body",
    [
        "WASHINGTON, Aug. 14, 2017 \u2014 Marine Corps Gen. Joe Bloggs, chairman of the Joint Chiefs of Staff, met "
        "today with South Korea's defense minister, Kim Min-su, the chairman's spokesman said.",
        "WASHINGTON, Jan. 5, 2018 \u2014 Defense Secretary James Roe and South Korean Defense Minister Park Ji-ho "
        "spoke on the phone today to discuss the alliance, a spokesperson said.",
        "OTTAWA, Nov. 19, 2021 \u2014 The Honourable Ann Roe, Minister of Foreign Affairs, today spoke with Bo "
        "Lee, the United Kingdom's Foreign Secretary.",
    ],
)
def test_a_home_datelines_city_is_not_where_a_foreign_counterpart_was_met(body: str) -> None:
    rows = key_facts(body)
    assert "Where" not in rows, rows


def test_a_visitors_dateline_is_where_he_went():
    rows = key_facts("CANBERRA, Australia, Feb. 18, 2025 \u2014 Adm. Sam Roe, commander of U.S. Indo-Pacific Command, "
                     "met Australian Deputy Prime Minister Bo Lee today to discuss the alliance.")
    assert rows.get("Where", "").startswith("Canberra"), rows


@pytest.mark.parametrize("role", ["a senior fellow at the Institute for Strategic Studies", "a defence analyst",
                                  "a professor of international relations at Vale University"])
def test_a_commentator_is_no_stand_in_for_who(role: str) -> None:
    rows = key_facts("The governments around the sea have been busier than ever on the water this year.\n\n"
                 f"\u201cThe calendar is crowded,\u201d said Ann Roe, {role}.")
    assert "Ann Roe" not in rows.get("Who", ""), rows


def test_a_spokesperson_announcing_a_signing_is_not_its_who():
    rows = key_facts("Norland and Vale signed a defence cooperation agreement in Oslo today, a foreign ministry "
                 "spokesperson, Ann Roe, said.")
    assert "Ann Roe" not in rows.get("Who", ""), rows
