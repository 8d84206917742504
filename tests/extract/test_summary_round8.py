"""Round 8: the first page on unseen text (BLUF, key points, headline), tested on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.extract.summary import absolute_text, clean_lead, cut_off, has_verb, reads_as_headline, told_of
from sitbrief.extract.titles import finish_title
from tests.extract.helpers import facts

TUESDAY = date(2024, 6, 4)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The drills are scheduled to run through Friday and involve 900 troops.",
         "The drills are scheduled to run through 7 June 2024 and involve 900 troops."),
        ("The exercise runs through June 14 off Okinawa.", "The exercise runs through 14 June 2024 off Okinawa."),
        ("Talks will continue till Thursday in Geneva.", "Talks will continue till 6 June 2024 in Geneva."),
        ("Ships will remain on station past Friday.", "Ships will remain on station past 7 June 2024."),
    ],
)
def test_a_date_after_through_till_or_past_takes_no_second_preposition(sentence: str, expected: str) -> None:
    assert absolute_text(sentence, TUESDAY) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "He was interviewed on the BBC's Today programme about the talks.",
        "She told NHK\u2019s Sunday programme that the deal holds.",
        "The ministry's Monday statement said the ships had left.",
        "The ministers\u2019 Friday meeting was cancelled.",
    ],
)
def test_a_date_word_after_a_possessive_stays_as_written(sentence: str) -> None:
    assert absolute_text(sentence, TUESDAY) == sentence


@pytest.mark.parametrize(
    ("found", "sentence"),
    [
        ("Leaders convene to reaffirm cooperation between Australia",
         "Leaders convened to reaffirm cooperation between Australia, India, Japan, and the United States."),
        ("The ministers met in Oslo", "The ministers met in Oslo, Stockholm, Helsinki and Riga."),
        ("The envoys gathered in Lima", "The envoys gathered in Lima, the Hague, Quito, and Bogota."),
        ("The leaders co-host an event on the Partnership",
         "The leaders co-hosted an event on the Partnership for Global Infrastructure on the margins of the summit."),
        ("Henare will visit Fiji", "Henare will visit Fiji and Australia next week."),
        ("The Secretary directs the strike group to remain",
         "The Secretary directed the strike group to remain in the Central Command area."),
        ("The frigate will stay", "The frigate will stay in the Gulf until May."),
        ("Two battalions will be", "Two battalions will be based at Camp Adazi from March."),
    ],
)
def test_a_headline_stopping_inside_a_list_a_name_or_before_a_complement_is_cut_off(found: str, sentence: str) -> None:
    assert cut_off(found, sentence) and cut_off(found, sentence, True)


@pytest.mark.parametrize(
    ("found", "sentence"),
    [
        ("The ministers met in Oslo", "The ministers met in Oslo, where they agreed a plan."),
        ("Biden speaks with Morrison", "Biden spoke with Premier Scott Morrison of Australia to highlight ties."),
        ("The JEF ministers met in Oslo", "The JEF ministers met in Oslo and agreed a plan."),
        ("Abbott met Key", "Abbott met Key and the two leaders agreed to talk again."),
        ("Talks will remain open", "Talks will remain open."),
    ],
)
def test_a_headline_ending_with_its_clause_is_not_cut_off(found: str, sentence: str) -> None:
    assert not cut_off(found, sentence)


@pytest.mark.parametrize(
    "title",
    [
        "FCDO statement in response to dangerous actions by vessels near the shoal",
        "Minister for Asia statement on the launch of a ballistic missile",
        "United States-Indonesia-EU Joint Statement on Partnership for Global Infrastructure",
        "Chief Pentagon Spokesman Jo Bloggs Statement on Force Posture Updates",
        "Joint Readout of the Defence Ministers' Meeting",
    ],
)
def test_a_named_document_is_no_headline(title: str) -> None:
    assert not reads_as_headline(title)


@pytest.mark.parametrize(
    "title",
    ["The UK issued a statement on the launch", "Ministers released a statement welcoming Finland",
     "Japan and Australia sign a statement of intent on space"],
)
def test_a_headline_about_a_statement_is_still_a_headline(title: str) -> None:
    assert reads_as_headline(title)


def test_a_document_name_line_is_not_the_lead_but_the_news_after_it_is() -> None:
    found = facts(
        "Ministry statement in response to dangerous actions by patrol vessels near the reef.\n\n"
        "A ministry spokesperson said:\n\nThe UK strongly condemns the dangerous actions taken by patrol vessels."
    )
    assert found.summary.bluf.startswith("The UK strongly condemns")


@pytest.mark.parametrize(
    ("text", "verbal"),
    [("The UK strongly condemns the actions", True), ("Norway deploys two frigates", True),
     ("Launching from the air base", False), ("Statement on the launch of a missile", False)],
)
def test_a_listed_present_tense_verb_is_a_verb_and_a_bare_or_ing_form_is_not(text: str, verbal: bool) -> None:
    assert has_verb(text) is verbal


@pytest.mark.parametrize(
    ("body", "bluf"),
    [
        ("The Prime Minister, Ann Roe, today issued the following statement on Vale Independence Day:\n\n"
         "\"Today, we join Vale communities around the world to celebrate the anniversary of Vale's independence.\n\n"
         "\"Norland was the first country to recognize Vale's independence in 1991.\"",
         "The Prime Minister, Ann Roe, on 4 June 2024 issued a statement on Vale Independence Day: \"Today, we join "
         "Vale communities around the world to celebrate the anniversary of Vale's independence.\""),
        ("General Bo Lee, Chief of the Defence Staff, released the following statement:\n\n"
         "\u201cI condemn the attack on the base. We will find those responsible.\u201d",
         "General Bo Lee, Chief of the Defence Staff, released a statement: \u201cI condemn the attack on the "
         "base.\u201d"),
        ("The Foreign Minister delivered the following remarks at the memorial:\n\n"
         "\u201cWe remember the fallen of both wars. Their sacrifice is not forgotten.\u201d",
         "The Foreign Minister delivered remarks at the memorial: \u201cWe remember the fallen of both wars.\u201d"),
    ],
)
def test_a_statement_given_as_a_quotation_is_led_by_who_issued_it(body: str, bluf: str) -> None:
    found = facts(body, published=TUESDAY)
    assert found.summary.bluf == bluf
    assert found.summary.bluf.count("\u201c") == found.summary.bluf.count("\u201d")


def test_a_statement_whose_text_is_reported_keeps_its_lead() -> None:
    found = facts("The Prime Ministers of A and B today issued the following statement on the talks.\n\n"
                  "We are concerned by reports of fighting near the border.", published=TUESDAY)
    assert found.summary.bluf.startswith("We are concerned")


@pytest.mark.parametrize(
    "sentence",
    ["Crowds gathered in Sydney on Anzac Day to remember the fallen.",
     "The minister issued a statement on Ukrainian Independence Day.",
     "The ship left Halifax on New Year's Day for the Mediterranean."],
)
def test_a_holiday_stays_named_as_written(sentence: str) -> None:
    assert absolute_text(sentence, date(2024, 4, 25)) == sentence


@pytest.mark.parametrize(
    ("header", "body", "bluf"),
    [
        ("Joint statement from the Prime Ministers of Norland and Vale",
         "We are gravely concerned by the fighting near the border. We call on both sides to stop.",
         "The Prime Ministers of Norland and Vale are gravely concerned by the fighting near the border. "
         "They call on both sides to stop."),
        ("Nordic leaders\u2019 declaration on Arctic security",
         "We have discussed the security of the Arctic region. We reaffirm our commitment to the treaty.",
         "Nordic leaders have discussed the security of the Arctic region. They reaffirm their commitment to the "
         "treaty."),
        ("Joint Statement from the Leaders of Norland, Vale and Upland",
         "We, the leaders of Norland, Vale and Upland, met in Oslo to discuss trade.",
         "We, the leaders of Norland, Vale and Upland, met in Oslo to discuss trade."),
    ],
)
def test_a_joint_statements_we_is_told_of_its_signatories(header: str, body: str, bluf: str) -> None:
    assert facts(body, header).summary.bluf == bluf


def test_the_signatories_are_named_in_the_first_key_point_when_the_bluf_does_not_name_them() -> None:
    body = ("It is time to end the fighting along the border.\n\n"
            "There is no further time to waste for any party to the talks.\n\n"
            "As mediators, we are prepared to present a final proposal to both sides.\n\n"
            "We have called on both sides to resume talks in Geneva to close the remaining gaps.")
    points = [p.text for p in facts(body, "Joint Statement from the Leaders of Norland and Vale").summary.key_points]
    assert "As mediators, the Leaders of Norland and Vale are prepared to present a final proposal to both sides." \
        in points, points
    assert "They have called on both sides to resume talks in Geneva to close the remaining gaps." in points, points


def test_a_statement_without_plural_signatories_keeps_its_we() -> None:
    found = facts("We are gravely concerned by the fighting near the border.", "Statement by the Press Secretary")
    assert found.summary.bluf.startswith("We are gravely concerned")


def test_words_quoted_inside_a_statement_keep_their_we() -> None:
    text = told_of('We welcome the talks, and the envoy said "we will return" to the region.', "The Leaders of A and B",
                   True)
    assert text == 'The Leaders of A and B welcome the talks, and the envoy said "we will return" to the region.'


@pytest.mark.parametrize(
    "body",
    [
        "Norland has formally announced its latest missile test, saying it was a warning to forces in Vale who are "
        "set to soon hold joint naval exercises with Upland.",
        "Norland announced a new missile test on Monday as a warning to the navies that Vale and Upland, which plan "
        "to hold large-scale joint naval exercises next month, have sent to the region.",
        "Norland has announced a missile test, calling it a warning to the troops in Vale who will shortly stage "
        "annual joint exercises near the border.",
    ],
)
def test_an_event_told_in_a_long_relative_clause_is_not_the_main_event(body: str) -> None:
    found = facts(body, published=TUESDAY)
    main = next(e for e in found.events if e.id == found.summary.event)
    assert main.kind != "exercise", (main.kind, main.title)


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("Washington, DC - Secretary of State Jo Bloggs spoke today with the Turkish Foreign Minister.",
         "Secretary of State Jo Bloggs spoke today with the Turkish Foreign Minister."),
        ("Norfolk, Va. \u2014 The destroyer USS Mason returned to its homeport on Friday after a deployment.",
         "The destroyer USS Mason returned to its homeport on Friday after a deployment."),
        ("Camp Humphreys, South Korea \u2013 Soldiers of the brigade began a rotation in the country this week.",
         "Soldiers of the brigade began a rotation in the country this week."),
    ],
)
def test_a_dateline_written_in_lower_case_is_no_part_of_the_lead(sentence: str, lead: str) -> None:
    assert clean_lead(sentence) == lead


@pytest.mark.parametrize(
    "sentence",
    ["Prime Minister Ann Roe - who took office in May - met the envoy in London today.",
     "The US, UK and France - the three allies - agreed a new plan on Monday in Paris."],
)
def test_a_dash_aside_is_no_dateline(sentence: str) -> None:
    assert clean_lead(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("HMS Example basks in the evening light on a visit to London (that\u2019s the ExCeL Centre on the left).",
         "HMS Example basks in the evening light on a visit to London."),
        ("Commander Ann Roe (pictured) led the ship into port on Monday.",
         "Commander Ann Roe led the ship into port on Monday."),
        ("The minister (left) met the envoy (right, with the ambassador) in Oslo.",
         "The minister met the envoy in Oslo."),
        ("Sailors (above right) load stores aboard the ship in Sasebo.",
         "Sailors load stores aboard the ship in Sasebo."),
    ],
)
def test_an_aside_about_the_photograph_is_no_part_of_the_lead(sentence: str, lead: str) -> None:
    assert clean_lead(sentence) == lead


@pytest.mark.parametrize(
    "sentence",
    ["The centre-right coalition (in power since 2019) agreed a plan.",
     "The UN Convention (UNCLOS) sets the rights of coastal states."],
)
def test_other_asides_stay(sentence: str) -> None:
    assert clean_lead(sentence) == sentence


@pytest.mark.parametrize(
    ("found", "sentence"),
    [
        ("Hammond meets in Islamabad", "Secretary Hammond met in Islamabad (on 8 March) with the Prime Minister."),
        ("The envoy flies to Lima", "The envoy flew to Lima (Peru's capital) for talks with the minister."),
        ("Roe speaks by phone", "Minister Roe spoke by phone (from Oslo) with her counterpart Bo Lee."),
    ],
)
def test_a_present_tense_headline_is_checked_against_the_past_tense_lead(found: str, sentence: str) -> None:
    assert cut_off(found, sentence)


def test_a_headline_ending_on_a_name_before_its_country_is_not_cut_off() -> None:
    assert not cut_off("Biden speaks with Morrison", "Biden spoke with Premier Scott Morrison of Australia to talk.")
    assert cut_off("Lee meets the Minister", "Lee met the Minister of Defence in Seoul.")


@pytest.mark.parametrize(
    ("title", "expected"),
    [("The Foreign Secretary meets Coveney for a meeting", "The Foreign Secretary meets Coveney"),
     ("Minister Roe met Envoy Lee for a meeting", "Minister Roe met Envoy Lee"),
     ("Roe meets Lee in a virtual meeting", "Roe meets Lee in a virtual meeting"),
     ("Roe meets Lee for talks", "Roe meets Lee for talks"),
     ("Ministers meet for a meeting of the council", "Ministers meet for a meeting of the council")],
)
def test_a_meeting_title_does_not_say_meeting_twice(title: str, expected: str) -> None:
    assert finish_title(title, 20) == expected


@pytest.mark.parametrize(
    "title",
    ["Joint Declaration Between the Kingdom of Norland and the Republic of Vale",
     "Joint Leader Statement to Mark the Second Anniversary of the Pact",
     "Joint Statement Among the Partners of the Northern Group"],
)
def test_a_declaration_between_parties_is_no_headline(title: str) -> None:
    assert not reads_as_headline(title)


def test_a_paragraph_going_on_with_a_quotation_gives_no_key_point() -> None:
    body = ("This week Minister Ann Roe will visit Norland to support local firms at the trade fair.\n\n"
            "\u201cI will meet senior officials to promote our industry.\n\n"
            "This week I will also visit Vale to pursue deeper cooperation. Innovation is central to us.\u201d\n\n"
            "Greater collaboration will strengthen the two industries over the coming decade.")
    points = [p.text for p in facts(body, published=TUESDAY).summary.key_points]
    assert not any("I will also visit" in p or "central to us" in p for p in points), points


def test_a_reporting_paragraph_with_a_stray_closing_mark_is_still_a_key_point() -> None:
    body = ("The Foreign Secretary met the envoy in London today to discuss the talks.\n\n"
            "On trade, they agreed on the importance of an early deal between the two countries.\n\n"
            "The Foreign Secretary and the envoy will meet again in Paris tomorrow for further discussions\u201d.")
    points = [p.text for p in facts(body, published=TUESDAY).summary.key_points]
    assert any(p.startswith("The Foreign Secretary and the envoy will meet again") for p in points), points
