"""Date expressions (round 8): a weekday's part of the day ("late Tuesday", "earlier on Monday")
belongs to the date, and "earlier" tells the past whatever tense the sentence goes on in."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.text.dates import find_dates

THU = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(
    "sentence,text",
    [
        ("The minister spoke to reporters late Tuesday.", "late Tuesday"),
        ("Late on Monday the convoy reached the border.", "Late on Monday"),
        ("Early Wednesday the ships left port.", "Early Wednesday"),
        ("Earlier on Tuesday, the navy announced the drills.", "Earlier on Tuesday"),
        ("Later Monday the two leaders met again.", "Later Monday"),
    ],
)
def test_the_part_of_the_day_belongs_to_the_weekday(sentence, text):
    assert [e.text for e in find_dates(sentence, THU, False)] == [text]


@pytest.mark.parametrize(
    "sentence,start",
    [
        ("Earlier Tuesday, the president warned that he will not accept more strikes.", "2024-03-12"),
        ("Earlier on Wednesday the navy said it will hold drills next month.", "2024-03-13"),
        ("Earlier Monday, officials said the talks would resume.", "2024-03-11"),
    ],
)
def test_earlier_weekday_is_past_even_in_a_future_sentence(sentence, start):
    found = find_dates(sentence, THU, True)  # the sentence reads as future ("will", "would")
    assert found[0].start == start


def test_later_weekday_still_follows_the_tense():
    assert find_dates("Later Friday the minister will fly home.", THU, True)[0].start == "2024-03-15"


@pytest.mark.parametrize(
    "sentence,rule",
    [
        ("He thanked her for hosting a dinner earlier in the day.", "days from the date before it: +0"),
        ("Later in the day, the minister visited the base.", "days from the date before it: +0"),
        ("Earlier in the year the frigate joined an exercise.", "from the date before it: year+0"),
        ("Later in the month the talks resumed.", "from the date before it: month+0"),
    ],
)
def test_earlier_in_the_day_counts_from_the_date_told_before(sentence, rule):
    found = find_dates(sentence, THU, False)
    assert [e.rule for e in found] == [rule]  # counted from the day told before it (the anchor's day, if none)


@pytest.mark.parametrize(
    "sentence,year",
    [
        ("In 2014, the two navies held their first joint exercise.", "2014"),
        ("Since 2017 the UK has led the battlegroup in Estonia.", "2017"),
        ("During 2019 the ministers met four times.", "2019"),
        ("By 2030 the fleet will have twelve submarines.", "2030"),
    ],
)
def test_a_year_opening_a_sentence_is_a_date(sentence, year):
    assert [e.start for e in find_dates(sentence, THU, False)] == [year]


@pytest.mark.parametrize(
    "sentence,years",
    [
        ("He previously visited New Zealand in 2014 and 2017.", ["2014", "2017"]),
        ("The ships called at Darwin in 2015, 2018 and 2021.", ["2015", "2018", "2021"]),
        ("The leaders met in 2019 or 2020, officials said.", ["2019", "2020"]),
        ("In 2014 and 2016 the frigate deployed to the Gulf.", ["2014", "2016"]),
    ],
)
def test_years_listed_after_a_year_are_dates(sentence, years):
    assert [e.start for e in find_dates(sentence, THU, False)] == years


@pytest.mark.parametrize(
    "sentence,years",
    [
        ("Since 2015, 2016 soldiers have trained there.", ["2015"]),
        ("In 2014, 2,000 troops took part.", ["2014"]),
        ("A total of 2000 and 2017 more troops.", []),
        ("By 2030 and 2040 per cent of the budget.", ["2030"]),
    ],
)
def test_a_count_after_a_year_is_not_a_year(sentence, years):
    assert [e.start for e in find_dates(sentence, THU, False)] == years


@pytest.mark.parametrize(
    "sentence,start,end",
    [
        ("Late last month the two navies ended their drills.", "2024-02-21", "2024-02-29"),
        ("The deal is due to be signed by the end of next month.", "2024-04-21", "2024-04-30"),
        ("Early this month the minister flew to Jakarta.", "2024-03-01", "2024-03-10"),
        ("Talks resume in mid-next month, officials said.", "2024-04-11", "2024-04-20"),
        ("At the start of last month the frigate left port.", "2024-02-01", "2024-02-10"),
    ],
)
def test_a_part_of_a_month_named_from_the_anchor(sentence, start, end):
    found = find_dates(sentence, THU, False)
    assert [(e.start, e.end) for e in found] == [(start, end)]


@pytest.mark.parametrize(
    "sentence,text,start",
    [
        ("They met on Friday, March 8, in Paris.", "on Friday, March 8", "2024-03-08"),
        ("On Tuesday 12 March the minister flew to Tokyo.", "On Tuesday 12 March", "2024-03-12"),
        ("The talks will resume Monday, the 18th of March, in Geneva.", "Monday, the 18th of March", "2024-03-18"),
    ],
)
def test_the_weekday_naming_an_explicit_date_is_part_of_it(sentence, text, start):
    assert [(e.text, e.start) for e in find_dates(sentence, THU, "will" in sentence)] == [(text, start)]


@pytest.mark.parametrize("word", ["later", "earlier", "Later", "Earlier"])
def test_later_this_month_is_one_date(word):
    found = find_dates(f"The minister visits Canberra {word} this month.", THU, True)
    assert [(e.text, e.start) for e in found] == [(f"{word} this month", "2024-03")]


@pytest.mark.parametrize(
    "sentence,start",
    [
        ("It is 10 years since the two countries signed the partnership.", "2014"),
        ("Just six months have passed since our last meeting.", "2023-09"),
        ("It has been five years since the navies last exercised together.", "2019"),
        ("Two years have passed since the leaders met in Bali.", "2022"),
    ],
)
def test_a_count_since_a_happening_dates_it(sentence, start):
    assert [e.start for e in find_dates(sentence, THU, False)] == [start]


@pytest.mark.parametrize(
    "sentence",
    ["More than two years have passed since the leaders met.", "Nearly ten years since the treaty was signed.",
     "The minister visited Fiji three years since taking office."],
)
def test_a_vague_count_since_dates_nothing(sentence):
    assert [e.start for e in find_dates(sentence, THU, False)] == []


@pytest.mark.parametrize(
    "sentence,start,end",
    [
        ("The vote is planned for the week of March 18.", "2024-03-18", "2024-03-24"),
        ("Talks are set for the week beginning 3 June in Geneva.", "2024-06-03", "2024-06-09"),
        ("The drills run during the week of the 18th of March.", "2024-03-18", "2024-03-24"),
    ],
)
def test_the_week_of_a_day_is_a_week(sentence, start, end):
    found = find_dates(sentence, THU, True)
    assert [(e.start, e.end, e.precision) for e in found] == [(start, end, "week")]
