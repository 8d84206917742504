"""Tests of sitbrief.extract.events.dating: the date passes: weekday, offsets, dateline, headline, coordinated and
where-clauses, a date's own trigger."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.extract import extract_facts
from sitbrief.read.article import parse_article
from tests.extract.helpers import facts

ANCHOR = date(2024, 3, 14)  # a Thursday

def _events(body: str, title: str = "Defence news", published: date | None = ANCHOR) -> list:
    return [(e.kind, e.title, e.when.start, e.status) for e in facts(body, title, published).events]

def _dates(body: str) -> list[str | None]:
    return [e.when.start for e in facts(body, published=ANCHOR).events]

def _told(body: str) -> list[tuple[str, str | None]]:
    return [(e.title, e.when.start) for e in facts(body, published=ANCHOR).events]

JUNE_3 = date(2024, 6, 3)

def _rows(body: str, title: str = "Defence news") -> list:
    facts = extract_facts(parse_article(f"{title}\n\n{body}"), published=JUNE_3)
    return [(e.kind, e.title, e.when.start, e.status) for e in facts.events]

def _all(body: str) -> list:
    return facts(body, "Defence news", JUNE_3).events


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
        ("The minister visited Manila on Monday and met President Marcos.", 2),  # a day after the first past verb: both
        ("On Monday the minister visited Manila, and the president later met the ambassador.", 1),
        ("On Monday, the minister visited Manila, and the two leaders signed a defence agreement.", 2),
        ("Also on Monday, the minister toured the base, and the commander held a separate discussion with her.", 2),
        ("On Monday, the minister visited Manila, and the two leaders will sign a defence agreement.", 1),
        ("On Monday, the minister met the president, and she said the talks had been useful.", 1),
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


@pytest.mark.parametrize("said", ["said on Tuesday", "said on 12 March", "added on March 12"])
def test_a_date_after_the_verb_of_saying_dates_the_saying_not_the_happening(said):
    found = _events(f"The minister met her Japanese counterpart in Tokyo, the ministry {said}.")
    assert [d for k, _, d, _ in found if k == "meeting"] == [None]


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


def test_a_date_inside_a_noun_phrase_dates_that_noun():
    found = _rows(
        "Officials recalled that during the March 5, 2023, telephone call the ministers agreed to meet in July."
    )
    dates = {k: d for k, _, d, _ in found}
    assert dates["call"] == "2023-03-05" and dates["meeting"] == "2024-07"


def test_a_date_of_the_agreeing_does_not_date_the_that_clause():
    found = _rows(
        "Japan and Australia agreed Thursday that Australian troops will participate in large-scale joint "
        "command post drills for the first time, the ministry said."
    )
    drills = [e for e in found if e[0] == "exercise"]
    assert drills and all(d is None for _, _, d, _ in drills)


def test_an_undated_meeting_of_the_same_people_is_one_event():
    body = (
        "Defence Minister Ken Ito and his counterpart Sam Reed held talks in Tokyo on Monday.\n\n"
        "Ito, known as a veteran lawmaker, held a meeting with Reed for the first time as minister.\n\n"
        "Ito briefed Reed on his recent visit to Manila."
    )
    found = _rows(body)
    meetings = [e for e in found if e[0] in ("meeting", "talks", "call")]
    assert [d for _, _, d, _ in meetings].count("2024-06-03") == 1
    assert not any("lawmaker" in t for _, t, _, _ in found)
    assert any("visit" in t.lower() for _, t, _, _ in meetings)


def test_the_month_may_is_not_the_modal_and_each_verb_of_a_sentence_is_an_event():
    found = _rows("The minister traveled to Tokyo on 3 May, met Prime Minister Ken Ito and signed a defence pact.")
    kinds = [k for k, *_ in found]
    assert kinds.count("meeting") == 2 and kinds.count("agreement") == 1
    assert ("meeting", "2024-05-03") in {(k, d) for k, _, d, _ in found}


def test_a_named_exercise_frames_dated_drills_takes_its_later_dates_and_does_not_block_the_verb():
    body = (
        "U.S. Marines and Philippine Marines conducted amphibious landing drills at Casiguran beach on May 28 "
        "during Exercise Kamandag 8.\n\nThe bilateral exercise, which runs from May 26 to June 9, brings "
        "together 2,000 personnel.\n\nThroughout the exercise, the forces will also rehearse relief operations "
        "and conduct a combined arms live-fire event on June 6.\n\nMore than 300 personnel have deployed to "
        "Papua New Guinea to take part in Exercise Olgeta Warrior."
    )
    found = _rows(body)
    assert ("exercise", "Exercise Kamandag", "2024-05-26", "ongoing") in found
    assert ("exercise", "2024-05-28") in {(k, d) for k, _, d, _ in found if k == "exercise" and "Kamandag" not in _}
    assert ("The forces to conduct a combined arms live-fire event", "2024-06-06") in {(t, d) for _, t, d, _ in found}
    assert any(t.startswith("More than 300 personnel deploy to Papua New Guinea") for _, t, _, _ in found)


def test_a_date_of_another_predicate_does_not_date_a_named_exercise():
    found = _rows(
        "The Ministers decided to hold the next trilateral exercise with the United States in northern "
        "Australia in 2025, and confirmed that Japan will observe Exercise Talisman Sabre."
    )
    dates = {t: d for k, t, d, _ in found if k == "exercise"}
    assert dates["Exercise Talisman Sabre"] is None and "2025" in dates.values()


def test_an_election_win_is_an_event_dated_by_its_own_date():
    found = _rows(
        "The Prime Minister spoke to Prime Minister Tom Hale this morning to congratulate him on his election "
        "win at the weekend."
    )
    assert {("other", "2024-06-01"), ("call", "2024-06-03")} <= {(k, d) for k, _, d, _ in found}


def test_concluding_a_call_is_no_agreement_and_a_yearly_meeting_is_a_habit():
    found = _rows("The ministers spoke by phone on Monday. They concluded the call by pledging close ties.")
    assert [k for k, *_ in found] == ["call"]
    assert _rows("The leaders agreed that their envoys will meet at least once a year.") == []
    assert _rows("The two navies hold staff talks every two years.") == []


def test_the_year_in_an_exercise_name_dates_it():
    assert _rows("Ministers praised the success of Exercise Coastal Shield 2023.") == [
        ("exercise", "Exercise Coastal Shield", "2023", "past")
    ]
    found = _rows("The frigate will join Exercise Coastal Shield 2025 off Darwin.")
    assert [(d, s) for _, _, d, s in found] == [("2025", "planned")]


def test_this_week_in_history_is_a_column_not_the_date():
    body = "Also in the news, this week in Army history in 1944 soldiers fought in the Battle of Northfield."
    assert {s for k, _, s, _ in _rows(body) if k == "other"} == {"1944"}


def test_an_opening_date_without_a_comma_dates_the_main_verb_after_an_aside():
    found = _rows("This week Kim Lee, MP, Minister for Defence Industry, will visit Jakarta to meet industry.")
    assert ("meeting", "2024-06-03", "planned") in {(k, d, s) for k, _, d, s in found}


def test_a_second_verb_with_a_date_of_its_own_keeps_it():
    found = _rows("The leaders met on Monday and signed an agreement on Tuesday.")
    assert ("meeting", "2024-06-03") in {(k, d) for k, _, d, _ in found}
    assert ("agreement", "The leaders sign an agreement", "2024-05-28", "past") in found


def test_a_month_before_a_named_summit_in_an_opening_venue_dates_the_main_verb():
    found = _rows("At the June G7 Leaders' Summit in Italy, leaders launched the Clean Seas Partnership.")
    assert ("announcement", "2024-06") in {(k, d) for k, _, d, _ in found}


def test_an_event_of_a_where_clause_takes_the_date_of_the_event_it_follows():
    found = _rows("Minister Kim Lee today attended the summit in Naples, where he met Defence Minister Ana Reyes.")
    assert [(k, d) for k, _, d, _ in found] == [("meeting", "2024-06-03"), ("meeting", "2024-06-03")]


def test_the_date_of_a_target_does_not_date_the_announcement_of_it():
    found = _rows("The leaders announced their intention to mobilize $600 billion for investment by 2027.")
    assert ("announcement", None) in {(k, d) for k, _, d, _ in found}


def test_a_decommissioning_takes_its_own_date():
    found = _rows("The ship is on its final Western Pacific deployment before decommissioning early next year.")
    assert ("other", "2025-01") in {(k, d) for k, _, d, _ in found}


def test_training_carried_out_is_an_exercise_and_a_later_day_refines_next_week():
    found = _rows(
        "The public will see more navy ships next week, as they carry out training in the Hauraki Gulf.\n\n"
        "Four ships would be training in the Hauraki Gulf from 12 June to 22 June, he said."
    )
    assert [(k, d) for k, _, d, _ in found] == [("exercise", "2024-06-12")]


def test_resuming_a_discussion_is_talks_and_takes_the_date():
    found = _rows("We have called on both sides to resume urgent discussion on August 15 in Doha to close the gaps.")
    assert ("talks", "2024-08-15") in {(k, d) for k, _, d, _ in found}


def test_speaking_to_reporters_is_a_statement_dated_by_its_day():
    found = _rows("Minister Kim Lee spoke to reporters in Hawaii, late Tuesday, before heading to Singapore.")
    assert ("statement", "2024-05-28") in {(k, d) for k, _, d, _ in found}


@pytest.mark.parametrize(
    "body",
    [
        "Operation NORTHSTAR is Norland's mission with its allies in the waters around Europe.",
        "The frigate's crew trained for months before Op NORTHSTAR.",
    ],
)
def test_a_bare_operation_name_without_a_date_is_no_event(body: str) -> None:
    assert not [t for _, t, _, _ in _rows(body) if len(t.split()) < 3]


def test_a_date_that_only_ends_a_period_does_not_date_the_event():
    body = ("Four jets and 60 airmen arrived at Vale Air Base to train with allied forces through mid-September.\n\n"
            "The contingent will remain in Norland at least until the end of January.")
    found = _rows(body)
    assert found and all(d is None for _, _, d, _ in found), found
    assert not [t for _, t, _, _ in found if t.endswith(("until", "through"))], found


def test_a_date_before_and_a_second_predicate_dates_the_first_and_both_are_kept():
    found = facts(
        "The carrier strike group departed the U.S. Central Command area of responsibility today "
        "and will remain briefly in the Mediterranean before returning home.", "Defence news", JUNE_3).events
    assert any("departs" in e.title and e.when.start == "2024-06-03" for e in found)
    assert any("remain" in e.title and e.when.start is None for e in found)


@pytest.mark.parametrize(
    "sentence,kind,title",
    [
        ("Scheduled to run from Aug. 9-18, LSE 2023 is a live, virtual, and constructive, globally-integrated exercise "
         "designed to refine the synchronization of maritime operations.", "exercise", "LSE 2023 is"),
        ("Set to take place on 3 July, the summit will gather leaders from 30 nations.", "meeting", "The summit will"),
        ("Due to begin on 10 June, the drills will involve 20 ships.", "exercise", "The drills will"),
    ],
)
def test_an_opening_timetable_dates_the_subjects_event(sentence, kind, title):
    found = facts(sentence, "Defence news", JUNE_3).events
    assert any(e.kind == kind and e.title.startswith(title) and e.when.start for e in found)


# --- one verb dated twice ("visited X in 2014 and 2017") tells two happenings ---


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("Foreign Minister Wang previously visited New Zealand in 2014 and 2017.", {"2014", "2017"}),
        ("The minister visited Japan in March and again in June.", {"2024-03", "2024-06"}),
        ("The carrier deployed to the region in 2019 and 2021.", {"2019", "2021"}),
    ],
)
def test_a_verb_dated_twice_is_two_events(sentence, years):
    found = {e.when.start for e in _all(sentence)}
    assert years <= found
    assert not [e for e in _all(sentence) if e.title.split()[-1] in ("and", "again")]


def test_a_period_between_two_years_is_not_two_events():
    assert len([e for e in _all("The ships were deployed between 2014 and 2017.") if e.kind == "deployment"]) <= 1


@pytest.mark.parametrize(
    "sentence,verb,day",
    [
        ("The minister visited Manila on Monday and met President Marcos at the palace.", "meet", "2024-06-03"),
        ("The Foreign Secretary arrived in Kyiv yesterday and held talks with President Zelenskyy.", "talks",
         "2024-06-04"),
        ("Secretary Austin met in Singapore on 1 June with Minister Marles and attended a dinner hosted by the "
         "Prime Minister.", "dinner", "2024-06-01"),
    ],
)
def test_a_past_verb_joined_by_and_takes_the_day_of_the_first(sentence, verb, day):
    told = [e for e in facts(sentence, published=date(2024, 6, 5)).events if verb in e.title.lower()]
    assert told and all(e.when.start == day for e in told)


def test_a_joined_verb_with_a_day_of_its_own_keeps_it():
    found = facts("The ships sailed from Guam on Monday and arrived in Manila on Thursday.", published=date(2024, 6, 5))
    assert [e.when.start for e in found.events if "arrive" in e.title] == ["2024-05-30"]


@pytest.mark.parametrize(
    "sentence,month",
    [
        ("Since taking office in January 2021, the President has visited Asia four times.", "2021-01"),
        ("Since becoming Defence Secretary in July 2024, she has travelled to Kyiv twice.", "2024-07"),
        ("Since joining the alliance in April 2023, Finland has hosted three NATO exercises.", "2023-04"),
    ],
)
def test_a_date_in_an_opening_since_phrase_is_not_the_main_verb_s(sentence, month):
    found = facts(sentence, published=date(2025, 6, 5)).events
    assert found and all(e.when.start != month for e in found)


def test_the_head_of_a_since_phrase_keeps_its_date():
    found = facts("Since the signing of the pact in March 2023, the allies have deployed more troops.",
                  published=date(2025, 6, 5)).events
    assert [e.when.start for e in found if "sign" in e.title.lower()] == ["2023-03"]


@pytest.mark.parametrize(
    "sentence,verb,day",
    [
        ("Arriving in Tokyo on Thursday 6 June, the Foreign Secretary will meet Japan's Foreign Minister.", "meet",
         "2024-06-06"),
        ("Arriving in Manila on Monday, the Defense Secretary met President Marcos.", "meet", "2024-06-03"),
        ("Travelling to Vilnius on Monday, the Defence Secretary visited British troops.", "visit", "2024-06-03"),
    ],
)
def test_an_opening_arrival_dates_the_main_clause(sentence, verb, day):
    told = [e for e in facts(sentence, published=date(2024, 6, 4)).events if verb in e.title.lower()]
    assert told and told[-1].when.start == day


@pytest.mark.parametrize(
    "sentence,when",
    [
        ("Deputy Secretary Campbell spoke today with Vice Minister Okano ahead of the April 10 state visit.",
         "2024-04-10"),
        ("The two leaders spoke by phone on Tuesday ahead of the NATO summit in July.", "2024-07"),
    ],
)
def test_a_happening_told_ahead_of_comes_after_the_date_before_it(sentence, when):
    later = [(d, s) for k, t, d, s in _events(sentence) if k == "meeting"]
    assert later == [(when, "planned")]


def test_a_happening_told_ahead_of_keeps_a_date_already_after_the_one_before_it():
    found = {(k, d) for k, _, d, _ in _events("In January, the ministers met in Tokyo ahead of the February talks.")}
    assert ("talks", "2024-02") in found


def test_a_date_before_ahead_of_does_not_date_what_comes_after():
    found = _events("The two leaders spoke on Tuesday ahead of the NATO summit in July.")
    assert all(d != "2024-03-12" for k, _, d, _ in found if k == "meeting")


@pytest.mark.parametrize(
    "sentence,kind,when",
    [
        ("The minister, speaking in Canberra on Tuesday, said the deployment would begin in April.", "deployment",
         "2024-04"),
        ("The summit, the first since 2019, will be held in Washington on 20 March.", "meeting", "2024-03-20"),
        ("Talks between the ministers, originally set for February, took place in Canberra on 12 March.", "talks",
         "2024-03-12"),
        ("It was the first visit to the region by a British carrier since 2021.", "meeting", None),
    ],
)
def test_a_date_of_the_saying_of_the_one_before_or_given_up_leaves_the_event_its_own(sentence, kind, when):
    assert [d for k, _, d, _ in _events(sentence) if k == kind] == [when]


def test_a_postponed_events_only_date_is_still_its_original_one():
    assert [d for _, _, d, _ in _events("The exercise, originally scheduled for May, was postponed.")] == ["2024-05"]


def test_that_evening_takes_the_day_of_the_sentence_before():
    body = "The minister arrived in Tokyo on Tuesday.\n\nThat evening, the minister attended a dinner hosted by the PM."
    assert {d for _, t, d, _ in _events(body) if "dinner" in t} == {"2024-03-12"}


@pytest.mark.parametrize(
    "sentence,when",
    [
        ("The Defence Secretary met today with his counterpart on the margins of the NATO Defence Ministers "
         "Meeting in Brussels.", "2024-03-14"),
        ("The minister met her counterpart on the sidelines of the G20 Leaders' Summit on 12 March.", "2024-03-12"),
        # a gathering dated only by a month is no day of the meeting's
        ("The minister met her counterpart in March on the margins of the Raisina Dialogue Meeting.", None),
    ],
)
def test_the_gathering_a_dated_meeting_was_held_on_the_margins_of_takes_its_day(sentence, when):
    found = [e for e in facts(sentence, published=ANCHOR).events if e.title.startswith(("NATO", "G20", "Raisina"))]
    assert [e.when.start for e in found] == [when]


@pytest.mark.parametrize(
    "opening,when",
    [
        ("During the meeting, the two ministers signed a memorandum on maritime security.", "2024-03-12"),
        ("During the event, the two ministers signed a memorandum on maritime security.", "2024-03-12"),
        ("During the exercise, the two ministers signed a memorandum on maritime security.", None),  # no exercise told
    ],
)
def test_the_events_of_a_sentence_opening_during_the_meeting_take_that_meetings_date(opening, when):
    body = f"The minister met her Japanese counterpart in Tokyo on Tuesday.\n\n{opening}"
    found = [e for e in facts(body, published=ANCHOR).events if e.kind == "agreement"]
    assert [e.when.start for e in found] == [when]


@pytest.mark.parametrize(
    "second,when,status",
    [
        ("This is due to take place before the end of this year.", "2024", "planned"),
        ("It is expected to take place in May.", "2024-05", "planned"),
        ("This is due to take place before the end of this year, the minister said.", "2024", "planned"),
        ("The ministers are due to meet in May.", None, "planned"),  # a sentence with an event of its own
    ],
)
def test_a_sentence_that_only_dates_it_dates_the_event_told_before(second, when, status):
    body = f"Once ratified by all three parliaments, the treaty will enter into force.\n\n{second}"
    found = [e for e in facts(body, published=ANCHOR).events if e.kind == "agreement"]
    assert [(e.when.start, e.status) for e in found] == [(when, status)]


def test_a_deadline_by_the_end_of_the_year_is_that_year_and_still_to_come():
    found = _events("The ministers confirmed they would conclude the contract by the end of this year.")
    assert [(d, s) for k, _, d, s in found if k in ("deal", "agreement")] == [("2024", "planned")]


@pytest.mark.parametrize(
    "sentence,kind,when",
    [
        ("The two ministers discussed the minister's recent trip to the Gulf and his March 7 remarks in Bahrain.",
         "meeting", "2024-03-07"),  # the remarks' date, not the trip's
        ("The ministers held talks before the June 3 deadline.", "talks", "2024-06-03"),
    ],
)
def test_a_date_inside_a_noun_phrase_of_its_own_dates_no_other_trigger(sentence, kind, when):
    assert when not in [d for k, _, d, _ in _events(sentence) if k == kind]


def test_a_date_inside_the_noun_phrase_of_a_trigger_is_that_triggers():
    assert [d for k, _, d, _ in _events("The leaders held the March 5 summit in Hanoi.")] == ["2024-03-05"]
def test_the_period_an_ordinal_counts_in_dates_no_event():
    body = ("Today's phone call followed the fourth meeting between Doe and Poe this year, which took place at the "
            "Halifax Forum last month in Canada.")
    meetings = [e for e in _events(body) if e[0] == "meeting"]
    assert meetings and meetings[0][2] == "2024-02"  # last month, not "this year"


def test_a_possessive_date_before_remarks_at_a_venue_dates_those_remarks():
    body = ("Doe said the two leaders discussed the situation in Syria and his Dec. 7 remarks at the Manama "
            "Dialogue in Bahrain.")
    said = [e for e in _events(body) if e[0] == "statement"]
    assert said and said[0][2] == "2023-12-07" and "Manama Dialogue" in said[0][1]


def test_a_date_told_again_in_brackets_dates_the_event_by_the_bracketed_day():
    body = "He arrives in Wellington today (Sunday 23 July 2017) ahead of meetings with Prime Minister Bill English."
    arrivals = [e for e in _events(body, published=None) if e[0] == "deployment"]
    assert arrivals and arrivals[0][2] == "2017-07-23" and arrivals[0][3] == "past"


def test_the_day_beside_today_dates_the_other_events_but_is_no_publication_date():
    f = facts("The minister arrives in Wellington today (Sunday 23 July 2017) for talks. "
              "On Friday she met the Australian foreign minister in Canberra.")
    assert f.article.published is None and f.sources[0].published is None
    assert {e.when.start for e in f.events} >= {"2017-07-23", "2017-07-21"}


@pytest.mark.parametrize(
    "body,told,when",
    [
        ("Two fighter jets based in Lithuania launched on a mission to intercept a Russian aircraft over the Baltic. "
         "The commander said: \u201cToday\u2019s interception, though routine, shows why the mission matters.\u201d",
         "Two fighter jets", "2024-06-03"),
        ("The minister deployed two frigates to the Gulf. Yesterday's deployment follows the attack on a tanker.",
         "The minister deploys", "2024-06-02"),
    ],
)
def test_a_day_owning_an_action_noun_dates_the_event_told_before_with_that_verb(body, told, when):
    f = facts(body, published=date(2024, 6, 3))
    assert [e.when.start for e in f.events if e.title.startswith(told)] == [when]


def test_a_day_owning_another_action_leaves_the_event_undated():
    f = facts("Two fighter jets launched on a mission over the Baltic. Today's briefing was routine.",
              published=date(2024, 6, 3))
    assert all(e.when.start is None for e in f.events if "jets" in e.title.lower())
