"""Event dates (round 7): a date inside a quote dates the speaker's own action told in that quote;
fixed-day observances ("International Women's Day", "the Fourth of July") are dates."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import facts

ANCHOR = date(2024, 3, 14)  # a Thursday


def _events(body: str, title: str = "Defence news", published: date | None = ANCHOR) -> list:
    return [(e.kind, e.title, e.when.start, e.status) for e in facts(body, title, published).events]


@pytest.mark.parametrize(
    "sentence,when",
    [
        ("\u201cI met with Minister Santos at the Shangri-La Dialogue earlier this year and we agreed to talk "
         "again,\u201d Ms Lee said.", "2024"),
        ("\u201cI visited Kyiv in February and saw the damage for myself,\u201d he said.", "2024-02"),
        ("\"We conducted live-fire drills with our allies last week,\" the commander said.", "2024-03-04"),
        ("\u201cI will travel to Tokyo on 20 March to meet my counterpart,\u201d the minister said.", "2024-03-20"),
        ("\u201cOn Monday I was delighted to meet the cadets of the academy,\u201d the Defence Secretary said.",
         "2024-03-11"),
    ],
)
def test_a_quoted_date_dates_the_speakers_own_action(sentence, when):
    dates = [d for _, _, d, _ in _events(sentence) if d]
    assert dates and dates[0].startswith(when)


def test_a_quoted_date_of_another_happening_dates_no_event_outside_the_quote():
    events = _events("The minister visited the base, saying \u201cthe attack last week shocked us all.\u201d")
    assert [d for k, _, d, _ in events if k == "meeting"] == [None]


@pytest.mark.parametrize(
    "sentence,when",
    [
        ("On International Women\u2019s Day the minister met campaigners in Lahore.", "2024-03-08"),
        ("The ambassador hosted a reception on the Fourth of July at the residence.", "2023-07-04"),
        ("The navy held a ceremony on St Patrick's Day in Dublin.", "2023-03-17"),
        ("The Prime Minister hosted a reception on Ukrainian Independence Day in Ottawa.", "2023-08-24"),
        ("The ambassador hosted a reception on India\u2019s Independence Day in London.", "2023-08-15"),
    ],
)
def test_fixed_day_observances_are_dates(sentence, when):
    events = _events(sentence)
    assert [d for _, _, d, _ in events] == [when]
    assert all("the at" not in t and "the Fourth" not in t for _, t, _, _ in events)


@pytest.mark.parametrize(
    "body,when",
    [
        ("The Navy said three aircraft carriers will conduct a joint exercise in the Western Pacific. "
         "The exercise will take place March 18-21.", "2024-03-18"),
        ("Australian and Japanese forces will hold a major exercise off Darwin. The exercise begins on 4 August "
         "and ends a week later.", "2024-08-04"),
        ("The frigate will deploy to the Gulf. The deployment starts in September.", "2024-09"),
        ("The defence ministers of Australia and Japan held talks in Tokyo. The meeting on Tuesday focused on "
         "submarines.", "2024-03-12"),
        ("Japanese and Indian warships held a joint exercise in the Bay of Bengal. The drills took place on 10 and "
         "11 March.", "2024-03-10"),
    ],
)
def test_a_dated_definite_mention_next_on_dates_the_undated_event(body, when):
    events = _events(body)
    assert len(events) == 1 and events[0][2] == when



@pytest.mark.parametrize(
    "body,when",
    [
        ("The frigate arrived in Darwin in June 2022. The following month it sailed to Guam for an exercise.",
         "2022-07"),
        ("The treaty was signed in 2019. The following year the two navies held their first joint exercise.", "2020"),
        ("The destroyer was commissioned in May 2021. Two years later it deployed to the Middle East.", "2023"),
        ("In March 2019 the ministers met in Tokyo. Later that month they signed a logistics agreement.", "2019-03"),
        ("The minister visited Manila on 3 March. The following week she travelled to Jakarta for talks.",
         "2024-03-04"),
        ("The minister visited Manila on 3 March. Two weeks later she travelled to Jakarta for talks.", "2024-03-17"),
    ],
)
def test_a_unit_counted_from_the_date_before_dates_the_next_event(body, when):
    assert [d for _, _, d, _ in _events(body)][-1] == when


@pytest.mark.parametrize(
    "body",
    [
        "Later that month the ministers signed a logistics agreement.",
        "The ministers met in 2019. Later that month they signed a logistics agreement.",  # no month to count from
    ],
)
def test_a_unit_with_nothing_to_count_from_stays_undated(body):
    assert [d for k, _, d, _ in _events(body) if k == "agreement"] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers met in Canberra to discuss the pact agreed in September 2021.",
        "The ministers met in Canberra to review the treaty signed in 2014 by both governments.",
    ],
)
def test_a_date_of_a_nouns_participle_clause_does_not_date_the_verb_before(sentence):
    meetings = [d for k, _, d, _ in _events(sentence) if k == "meeting"]
    assert meetings == [None]


@pytest.mark.parametrize(
    "body,when",
    [
        ("The deal is based on principles outlined on May 31, 2024. Both sides will resume talks on Thursday, "
         "August 15 in Doha.", "2024-08-15"),
        ("The exercise began in 2023. The ministers will meet on Tuesday 7 November in Tokyo.", "2023-11-07"),
        ("The talks were first held in 2019 and 2013. The ministers met on Friday, 15 August in Doha.", None),
        ("The ministers will meet on Tuesday 7 November in Tokyo.", None),
    ],
)
def test_without_a_publication_date_a_weekday_picks_the_one_stated_year_it_fits(body, when):
    dated = [d for k, t, d, _ in _events(body, published=None) if "meet" in t or "talks" in t]
    assert dated[-1] == when
