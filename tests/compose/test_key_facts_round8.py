"""Round 8: the Key facts' Who when the main event names nobody, on invented articles."""

from __future__ import annotations

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
    assert "Who" not in key_facts(body), key_facts(body)


def test_a_bare_given_name_without_a_role_is_not_the_who():
    rows = key_facts(
        "The destroyer USS Example made a scheduled port visit to Guam on its deployment.\n\n"
        "\u201cThe crew is excited,\u201d said Cmdr. Ann Roe, the commanding officer.\n\n"
        "The ship is named for three brothers, George, Francis and Joseph, who served together in the war."
    )
    assert rows.get("Who", "").startswith("Ann Roe"), rows
    assert "George" not in rows.get("Who", ""), rows
