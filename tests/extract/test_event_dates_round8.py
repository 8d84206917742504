"""Event dates (round 8): "earlier in the day", "later in the year" count from the date told before
them, not from the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import facts

ANCHOR = date(2024, 3, 14)  # a Thursday


def _dates(body: str) -> list[str | None]:
    return [e.when.start for e in facts(body, published=ANCHOR).events]


@pytest.mark.parametrize(
    "body,first,second",
    [
        ("Yesterday the minister met the ambassador in Rome. He thanked her for hosting a dinner earlier in "
         "the day with the leaders of Chile and Peru.", "2024-03-13", "2024-03-13"),
        ("On Monday the navy launched a missile. Later in the day, the minister visited the base.",
         "2024-03-11", "2024-03-11"),
        ("The minister met the ambassador on 3 March. Later in the day she visited the naval base.",
         "2024-03-03", "2024-03-03"),
    ],
)
def test_earlier_in_the_day_is_the_day_told_before(body, first, second):
    assert _dates(body) == [first, second]


@pytest.mark.parametrize(
    "body,leftover",
    [
        ("The minister met his counterpart on Friday, March 8, in Paris.", "Friday"),
        ("The two ministers will continue their discussions on Monday, 18 March, in Geneva.", "Monday"),
        ("The minister will visit Canberra later this month.", "later"),
        ("The envoy spoke to reporters in Rome late Tuesday.", "late"),
    ],
)
def test_no_date_word_is_left_in_a_title(body, leftover):
    titles = [e.title for e in facts(body, published=ANCHOR).events]
    assert titles and all(leftover not in t.split() for t in titles)


def test_earlier_in_the_day_with_no_day_before_is_the_anchors_day():
    assert _dates("Earlier in the day, the minister visited the naval base in Darwin.") == ["2024-03-14"]
    undated = facts("Earlier in the day, the minister visited the naval base in Darwin.").events
    assert [e.when.start for e in undated] == [None]  # no publication date: no day at all


def _told(body: str) -> list[tuple[str, str | None]]:
    return [(e.title, e.when.start) for e in facts(body, published=ANCHOR).events]


@pytest.mark.parametrize(
    "body,expected",
    [
        ("Wang visited New Zealand in 2014 and 2017.",
         [("Wang visits New Zealand", "2014"), ("Wang visits New Zealand", "2017")]),
        ("The leaders met on 3 March and again on 9 March.",
         [("The leaders meet", "2024-03-03"), ("The leaders meet", "2024-03-09")]),
        ("The leaders met in Bali in 2022 and in Tokyo in 2023.",
         [("The leaders meet in Bali", "2022"), ("The leaders meet in Tokyo", "2023")]),
        ("The minister will visit Paris on Monday and Berlin on Wednesday.",
         [("The minister to visit Paris", "2024-03-18"), ("The minister to visit Berlin", "2024-03-20")]),
        ("The ship visited Manila on 3 March and Cebu on 7 March.",
         [("The ship visits Manila", "2024-03-03"), ("The ship visits Cebu", "2024-03-07")]),
        ("The minister will attend the summit on 3 April and a reception on 4 April.",
         [("The minister to attend the summit", "2024-04-03"), ("The minister to attend a reception", "2024-04-04")]),
    ],
)
def test_each_date_listed_under_one_verb_is_an_event(body, expected):
    assert _told(body) == expected


def test_the_second_object_takes_the_second_date_not_the_first():
    told = dict((d, t) for t, d in _told(
        "The Foreign Secretary will attend the opening ceremony of the annual meeting of ASEAN foreign ministers "
        "on 31 July and the gala dinner on 1 August."))
    assert "gala dinner" in told["2024-08-01"] and "gala dinner" not in told["2024-07-31"]


@pytest.mark.parametrize(
    "body",
    [
        "They agreed plans for joint military exercises in 2023 and 2024 to enhance their abilities.",
        "The exercises took place in 2019 and 2021.",
    ],
)
def test_a_nouns_listed_dates_stay_one_event(body):
    assert len(_told(body)) == 1


@pytest.mark.parametrize(
    "body",
    [
        "Earlier Tuesday, the president warned the coalition that he will not accept further air strikes.",
        "On Monday, officials said the two leaders met in Hanoi.",
        "Yesterday, the ministry confirmed that the frigate will deploy to the Gulf.",
    ],
)
def test_a_date_opening_a_saying_does_not_date_what_was_said(body):
    events = facts(body, published=ANCHOR).events
    assert all(e.kind in ("announcement", "statement") or e.when.start is None for e in events)


def test_a_date_opening_a_sentence_still_dates_its_own_verb():
    assert _dates("On Monday the minister met his counterpart and said the talks were useful.") == ["2024-03-11"]


@pytest.mark.parametrize(
    "body",
    [
        "Earlier Wednesday, the navy held drills off the coast.",
        "Late on Monday, the navy said it will hold drills next month.",
        "Last October, the two navies held an exercise in the Coral Sea.",
    ],
)
def test_a_date_is_not_an_exercise_name(body):
    titles = [e.title for e in facts(body, published=ANCHOR).events]
    assert titles and not any(t.startswith("Exercise ") for t in titles)


@pytest.mark.parametrize(
    "body,when",
    [
        ("A typhoon forced the navy to postpone the exercise until next week.", "2024-03-18"),
        ("The ministers agreed to delay the talks until April.", "2024-04"),
        ("The navy is rescheduling the drills for next month.", "2024-04"),
    ],
)
def test_a_postponement_in_any_form_takes_its_new_date(body, when):
    events = facts(body, published=ANCHOR).events
    assert [(e.when.start, e.status) for e in events] == [(when, "postponed")]


def test_without_delay_postpones_nothing():
    events = facts("The two sides met on Monday and agreed to act without further delay.", published=ANCHOR).events
    assert all(e.status != "postponed" for e in events)


@pytest.mark.parametrize(
    "body,title,when",
    [
        ("It is 10 years since the two countries signed the partnership agreement.",
         "The two countries sign the partnership agreement", "2014"),
        ("Just six months have passed since our last meeting.", "Our last meeting", "2023-09"),
    ],
)
def test_the_happening_a_count_since_names_is_dated(body, title, when):
    assert _told(body) == [(title, when)]


@pytest.mark.parametrize(
    "body",
    ["Back in 2016 the navies held their first joint exercise.", "The navies first exercised together back in 2016."],
)
def test_back_in_a_year_is_part_of_the_date(body):
    told = _told(body)
    assert [d for _, d in told] == ["2016"] and not any("Back" in t.split() or "back" in t.split() for t, _ in told)


@pytest.mark.parametrize(
    "later,when",
    [
        ("Both looked forward to continuing their talks with the defence ministers tomorrow.", "2023-02-03"),
        ("The two ministers will hold talks with the defence ministers tomorrow in Portsmouth.", "2023-02-03"),
    ],
)
def test_day_words_of_a_story_written_the_day_after_its_headline_date(later, when):
    header = "Foreign Secretary's meeting with the Australian Foreign Minister, 1 February 2023"
    body = ("The Foreign Secretary and the Australian Foreign Minister had a productive meeting in London "
            f"yesterday. {later}")
    events = facts(body, header).events
    assert [e.when.start for e in events] == ["2023-02-01", when]


def test_a_nouns_second_date_after_another_is_no_second_title():
    told = _told("Vietnam fought a brief naval clash with China over the Paracel Islands in 1974 and another "
                 "in the Spratlys in 1988.")
    assert all("clash another" not in t for t, _ in told)
