"""Event dates (round 6): a date belongs to its own trigger; relative dates resolve by tense."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import facts

ANCHOR = date(2024, 3, 14)  # a Thursday


def _events(body: str, title: str = "Defence news", published: date | None = ANCHOR) -> list:
    return [(e.kind, e.title, e.when.start, e.status) for e in facts(body, title, published).events]


@pytest.mark.parametrize(
    "sentence,kind,when",
    [
        ("The first cadets graduated from the academy in July and the frigate completed its first port "
         "visit to Darwin in August.", "meeting", "2023-08"),
        ("Pilots qualified on the new jet in 2022 and the squadron deployed to Guam in 2023.", "deployment", "2023"),
        ("Crews finished their refit in May, and the destroyer visited Manila as part of the programme in June.",
         "meeting", "2023-06"),
    ],
)
def test_a_trigger_after_a_date_keeps_its_own_nearer_date(sentence, kind, when):
    dates = {d for k, _, d, _ in _events(sentence) if k == kind}
    assert dates == {when}


@pytest.mark.parametrize(
    "sentence,when,status",
    [
        ("The exercise takes place from 3 to 14 June off Hawaii.", "2024-06-03", "planned"),
        ("The treaty takes effect in June.", "2024-06", "planned"),
        ("The Minister travels to Tonga on 20 March.", "2024-03-20", "planned"),
        ("The conference opens on 2 February in Munich.", "2024-02-02", "past"),
        ("The summit is set for June 12 in Singapore.", "2024-06-12", "planned"),
        ("The ministers are expected in Tokyo on 20 May for the two-plus-two talks.", "2024-05-20", "planned"),
    ],
)
def test_a_timetable_in_the_present_resolves_to_the_nearer_occurrence(sentence, when, status):
    found = _events(sentence)
    assert (when, status) in {(d, s) for _, _, d, s in found}


@pytest.mark.parametrize(
    "lead,when",
    [
        ("SASEBO, Japan (Aug. 22, 2014) \u2013 The amphibious assault ship USS Example (LHA 9) pulls into Sasebo "
         "Naval Base for a scheduled port visit.", "2014-08-22"),
        ("PORTSMOUTH, England (March 3, 2024) - HMS Example departs Portsmouth for a six-month deployment.",
         "2024-03-03"),
        ("YOKOSUKA, Japan (Feb. 2, 2024) \u2013 Sailors assigned to the destroyer USS Example take part in a damage "
         "control drill aboard the ship.", "2024-02-02"),
        # a named exercise runs over days; a lead in the past or the future keeps no date
        ("DARWIN, Australia (July 20, 2023) \u2013 Marines conduct an amphibious landing during Exercise Talisman "
         "Sabre.", None),
        ("MANILA, June 3, 2024 \u2014 Philippine and Japanese ministers signed a reciprocal access agreement.", None),
        ("MANILA, June 3, 2024 \u2014 Philippine and Japanese ministers will sign an access agreement.", None),
    ],
)
def test_a_lead_told_in_the_present_takes_the_datelines_date(lead, when):
    found = facts(lead, "Navy news")
    assert found.events and found.events[0].when.start == when


@pytest.mark.parametrize(
    "header,published",
    [
        ("", date(2024, 3, 14)),  # the analyst gives the page's date, two days after the call
        ("Published 13 March 2024\n\n", None),  # the page states its date, a day after the call
    ],
)
def test_a_same_day_word_takes_the_headlines_date_whenever_the_page_appeared(header, published):
    found = facts(
        f"{header}The Prime Minister spoke to Chancellor Karl Braun of Germany this afternoon.",
        "PM call with Chancellor Braun: 12 March 2024",
        published,
    )
    assert next(e for e in found.events if e.kind == "call").when.start == "2024-03-12"


@pytest.mark.parametrize(
    "body,kind,when",
    [
        ("Minister Jones arrived in Suva on Monday. The following day she met Prime Minister Rabuka.",
         "meeting", "2024-03-12"),
        ("The ministers met in Hanoi on 5 March. Two days earlier, they had held talks by video link.",
         "talks", "2024-03-03"),
        ("The destroyer arrived in Manila on 4 March and departed two days later.", "deployment", "2024-03-06"),
        ("The Navy commissioned the ship three days ago.", "other", "2024-03-11"),
    ],
)
def test_days_counted_from_the_date_before_resolve(body, kind, when):
    assert when in {d for k, _, d, _ in _events(body) if k == kind}


@pytest.mark.parametrize(
    "body",
    [
        "The following day, the ministers held talks in Hanoi.",  # no date before it to count from
        "The frigate left Plymouth in January. A day later it joined the task group.",  # a month is no day
    ],
)
def test_days_counted_from_no_single_day_stay_undated(body):
    assert all(d is None or len(d) < 10 for _, _, d, _ in _events(body))


def test_a_date_line_taken_for_the_headline_does_not_date_the_lead():
    found = _events(
        "The Defence Minister met his Japanese counterpart in Canberra on Tuesday.",
        title="WASHINGTON, March 14, 2024 /PRNewswire/ --",
        published=None,
    )
    assert ("meeting", "2024-03-12") in {(k, d) for k, _, d, _ in found}


def test_a_date_owned_by_an_earlier_happening_does_not_date_the_next():
    found = _events("Following Wednesday's call, the foreign ministers issued a joint statement.")
    assert all(d is None for _, _, d, _ in found)
    found = _events("The spokesman announced the trip during today's media briefing.")
    assert ("announcement", "2024-03-14") in {(k, d) for k, _, d, _ in found}  # during it: its date
    assert all("'s" not in t for _, t, _, _ in found)  # the date leaves no dangling possessive


@pytest.mark.parametrize(
    "sentence,when",
    [
        ("The visit, originally planned for February, was postponed.", "2024-02"),  # the date it was to be held
        ("The minister had been due to visit Tokyo in January but the trip was delayed.", "2024-01"),
        ("The summit has been postponed to January.", "2025-01"),  # the date it was moved to lies ahead
        ("The talks were put off until February.", "2025-02"),
    ],
)
def test_a_postponed_events_first_date_is_the_nearer_one_its_new_date_lies_ahead(sentence, when):
    assert when in {d for _, _, d, _ in _events(sentence)}


@pytest.mark.parametrize(
    "sentence,when",
    [
        ("The minister heads to Jakarta on Monday for talks.", "2024-03-18"),  # the timetable verb before the noun
        ("The Foreign Secretary flies to Ottawa on Monday for a meeting of G7 ministers.", "2024-03-18"),
        ("Officials hope to finalise the deal by Monday.", "2024-03-18"),
    ],
)
def test_a_present_timetable_verb_before_the_event_noun_makes_it_planned(sentence, when):
    assert (when, "planned") in {(d, s) for _, _, d, s in _events(sentence)}


@pytest.mark.parametrize(
    "sentence,when,status",
    [
        ("The two leaders meet in Hanoi on Friday.", "2024-03-15", "planned"),  # a plural present timetable
        ("Both navies begin the exercise on Friday.", "2024-03-15", "planned"),
        ("Talks resume in Geneva on Friday.", "2024-03-15", "planned"),
        ("The ministers met in Hanoi on Friday.", "2024-03-08", "past"),
        ("The navies conduct joint drills every Friday.", None, "past"),  # a habit has no date
    ],
)
def test_plural_timetables_and_habits(sentence, when, status):
    found = _events(sentence, published=date(2024, 3, 13))
    assert (when, status) in {(d, s) for _, _, d, s in found}


def test_a_present_tense_day_already_past_this_month_is_past():
    found = _events("U.S. Marines arrive in Darwin, April 3.", published=date(2024, 4, 10))
    assert ("2024-04-03", "past") in {(d, s) for _, _, d, s in found}  # a caption's present, not a plan


@pytest.mark.parametrize(
    "sentence,dated",
    [
        ("On Monday the minister visited Manila and met President Marcos.", 2),  # the opening date governs both
        ("The minister attended the summit in Jakarta on Monday, at which she met President Widodo.", 2),
        ("The two leaders held talks in Tokyo on Monday, during which they signed a defence pact.", 2),
        ("The minister visited Manila on Monday and met President Marcos.", 1),  # a date after the first verb may not
        ("On Monday the minister visited Manila, and the president later met the ambassador.", 1),
    ],
)
def test_an_opening_date_or_a_host_dates_the_verbs_it_governs(sentence, dated):
    assert sum(d == "2024-03-11" for _, _, d, _ in _events(sentence)) == dated


@pytest.mark.parametrize(
    "sentence",
    [
        "The contingent will deploy to Adelaide and will remain in Australia at least until the end of January.",
        "The frigate will stay on patrol in the Gulf through June.",
        "The exercise runs until 20 May.",
    ],
)
def test_a_date_that_only_bounds_how_long_dates_nothing(sentence):
    found = _events(sentence)
    assert found and all(d is None for _, _, d, _ in found)
    assert all(not t.endswith(("until", "through")) for _, t, _, _ in found)


@pytest.mark.parametrize(
    "sentence,when",
    [
        ("Marines raided the beach during exercise Blue Chromite 2017 off Okinawa.", None),  # a fiscal year's label
        ("Marines took part in Exercise Balikatan 2016 in the Philippines.", "2016"),
    ],
)
def test_a_year_in_a_named_exercise_after_the_articles_year_is_no_date_of_a_past_event(sentence, when):
    found = _events(sentence, published=date(2016, 11, 13))
    assert found and found[0][2] == when


def test_a_later_date_that_dates_nothing_does_not_take_the_earlier_one_away():
    found = _events("Pilots qualified in 2022 and the squadron deployed to Guam, the ministry said on Tuesday.")
    assert ("deployment", "2022") in {(k, d) for k, _, d, _ in found}  # the attribution's Tuesday is no date of it
