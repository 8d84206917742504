"""Tests of sitbrief.extract.quotes: find quotes: marked (straight or curly, partial, multi-paragraph) and block
quotes after "said:"."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person, speaker

LEAD = "Defence Minister Ana Ruiz met her counterpart in Madrid on Monday.\n\n"

def texts(body: str) -> list[str]:
    """Return the texts of the quotes found in `body` after the lead."""
    return [q.text for q in facts(LEAD + body).quotes]


@pytest.mark.parametrize("body, name", [
    ("Foreign Minister Ana Ruiz on Tuesday accused the rebels of \u201ccowardly and reckless attacks\u201d "
     "on the port, according to the state news agency.", "Ana Ruiz"),
    ("President Tom Vale denounced the missile launch as \u201ca grave provocation\u201d in a televised address.",
     "Tom Vale"),
    ("Admiral Mark Hale described the exercise as \u201cthe most complex we have ever run\u201d.", "Mark Hale"),
    ("Defence Secretary Jane Ode yesterday branded the attack \u201can act of piracy\u201d, officials reported.",
     "Jane Ode"),
])
def test_the_subject_of_a_charge_speaks_the_fragment(body, name):
    assert speaker(facts(body)) == name


def test_a_fragment_about_a_person_is_not_theirs():
    f = facts("The rebels accused Defence Minister Ana Ruiz of \u201ccowardly and reckless attacks\u201d on the port.")
    assert f.quotes and speaker(f) != "Ana Ruiz"


@pytest.mark.parametrize("body, name", [
    ("Press Secretary Jane Ode briefed reporters on Monday.\n\n\u201cWe will act within days,\u201d the press "
     "secretary said, adding that Minister Tom Vale would travel to Rome.", "Jane Ode"),
    ("Foreign Minister Ana Ruiz spoke to reporters on Monday.\n\n\u201cThe talks were useful and frank,\u201d she "
     "said, noting that President Lin Wei had agreed to meet again.", "Ana Ruiz"),
    ("\u201cThe work is done and the ships will sail,\u201d said Minister Ana Ruiz, adding that Tom Vale agreed.",
     "Ana Ruiz"),
])
def test_a_person_named_after_the_attribution_clause_is_spoken_of(body, name):
    assert speaker(facts(body)) == name


def test_a_word_or_two_in_marks_is_left_out_even_in_an_attributed_sentence():
    assert texts("Ruiz warned the rebels not to become a \u201cpermanent threat\u201d to the region.") == []
    assert texts("The talks offer a \u201cunique\u201d chance for progress, Ruiz said.") == []


@pytest.mark.parametrize(
    "body",
    [
        "The ships formed a \u201cpicket line\u201d across the strait.",  # no one says it
        "Ruiz said the so-called \u201cpeace plan\u201d would fail.",
        "Ruiz said the units, known as the \u201csea wolves\u201d, would deploy.",
        "Ruiz spoke at the conference titled \u201cSecuring the seas in a new era\u201d.",
        "The exercise, dubbed \u201cnorthern shield\u201d, begins next week, Ruiz said.",
        "The two held \u201ctwo-plus-two\u201d talks in Tokyo, officials said.",  # a term, not words said
        "Ruiz said the \u201cnew normal\u201d at sea would not last.",  # a thing named
        "The \u201c2+2\u201d meeting will take place in July, the ministry said.",
    ],
)
def test_names_titles_and_scare_quotes_are_not_quotes(body):
    assert texts(body) == []


def test_single_marks_close_after_a_word_without_punctuation():
    f = facts(LEAD + "'We will keep working together on maritime security' Ms Ruiz said.")
    assert [q.text for q in f.quotes] == ["We will keep working together on maritime security"]
    assert speaker(f) == "Ana Ruiz"


def test_a_fragment_in_single_marks_opening_in_lower_case_and_a_plural_possessive():
    body = "Ms Ruiz said the talks had been 'very productive', and praised the crews' 'deep and enduring friendship'."
    assert texts(body) == ["deep and enduring friendship"]


def test_a_quote_after_a_colon_is_spoken_by_the_one_person_before_it():
    f = facts(LEAD + "Ruiz was clear: \u201cWe will not back down from our commitments.\u201d")
    assert speaker(f) == "Ana Ruiz"


def test_single_mark_quotes_beside_a_name_in_double_marks():
    body = "Ruiz toured the frigate \u201cSanta Maria\u201d.\n\n"
    body += "'We will keep working together on maritime security,' Ms Ruiz said."
    f = facts(LEAD + body)
    assert [q.text for q in f.quotes] == ["We will keep working together on maritime security"]
    assert speaker(f) == "Ana Ruiz"


def test_a_block_quote_runs_on_over_a_paragraph_with_a_phrase_in_marks():
    f = facts(
        "Defence Minister Ana Ruiz visited the fleet in Oslo on Monday.\n\nDefence Minister Ana Ruiz said:\n\n"
        "I am pleased to visit the fleet again.\n\n"
        "I met sailors who have faced the so called \u201cgrey zone\u201d tactics of our rivals every week.\n\n"
        "We will continue to work together with our allies."
    )
    assert len(f.quotes) == 1
    assert "grey zone" in f.quotes[0].text and f.quotes[0].text.endswith("with our allies.")


@pytest.mark.parametrize("body", [
    "Secretary General Jens Holm met ministers in Brussels. \"The alliance is strong and united,\" said the "
    "Secretary General.",
    "Secretary General Jens Holm met ministers in Brussels.\n\n\u201cThe alliance is strong and united,\u201d the "
    "Secretary-General said.",
    "Admiral Jens Holm, the commander of the fleet, spoke to sailors.\n\n\"You have done a great job at sea this "
    "year,\" the admiral said.",
])
def test_a_speaker_named_by_the_office(body):
    assert speaker(facts(body)) == "Jens Holm"


@pytest.mark.parametrize("body, name", [
    ("Defence Minister Ana Ruiz met Prime Minister Tom Reed. \"We are working closely with Prime Minister Reed on "
     "this,\" she said.", "Ana Ruiz"),
    ("Defence Minister Ana Ruiz met her counterpart Tom Reed in Rome.\n\n\u201cWe agreed to deepen our cooperation "
     "on training,\u201d she said.", "Ana Ruiz"),
    ("Mr. Tom Smith met Ms. Ana Ruiz in Rome.\n\n\"We are ready to act together,\" she said.", "Ana Ruiz"),
    ("\"We are ready,\" said Minister Tom Reed. \"Our view of the world is quite different,\" he continued, \"and "
     "we will act.\"", "Tom Reed"),
])
def test_he_said_goes_to_the_nearest_fitting_antecedent(body, name):
    f = facts(body)
    assert speaker(f, len(f.quotes) - 1) == name


def test_an_unmarked_block_quote_keeps_its_first_person_paragraphs():
    f = facts("Foreign Minister Ana Ruiz said:\n\nWe stand ready to help our partners.\n\nWe will keep working with "
              "them on this.\n\nThe ministers met in Rome on Monday.")
    assert len(f.quotes) == 1 and f.quotes[0].text.count("\n\n") == 1
    assert speaker(f) == "Ana Ruiz"


def test_a_title_in_capitals_is_not_a_quote():
    f = facts("The ministers signed the \u201cCONVENTION ON THE ESTABLISHMENT OF THE JOINT AIR PROGRAMME\u201d today.")
    assert f.quotes == []


def test_a_first_person_release_speaks_for_its_first_named_minister():
    f = facts("Defence Minister Ana Ruiz will travel to Tokyo to meet Defense Minister Taro Ito and Foreign Minister "
              "Ken Sato.\n\n\u201cI will also visit our personnel at the base and thank them for their service.")
    assert speaker(f) == "Ana Ruiz" and f.quotes[0].speaker_inferred


def test_a_readout_spokesperson_does_not_take_the_counterparts_country():
    f = facts("The below is attributable to Spokesperson Ned Price:\n\nSecretary Tom Reed spoke today with Foreign "
              "Minister Ana Ruiz of Spain.")
    assert person(f, "Ned Price").affiliation is None
    assert person(f, "Ana Ruiz").affiliation == "Spain"


@pytest.mark.parametrize("body, affiliation", [
    ("Lord Tom Reed, Minister for Asia said:\n\nThe UK condemns the launch of a ballistic missile.\n\nThe UK stands "
     "alongside our allies as we confront the threat.", "United Kingdom"),
    ("Minister Tom Reed said:\n\nThe United States remains a threat to the region and we will respond.", None),
])
def test_a_statement_after_said_speaks_as_its_country(body, affiliation):
    f = facts(body)
    assert person(f, "Tom Reed").affiliation == affiliation


def test_a_block_quote_after_said_keeps_its_paragraphs_in_the_first_person():
    f = facts("Lord Tom Reed, Minister for Asia said:\n\nThe UK condemns the launch of a ballistic missile.\n\nThe UK "
              "stands alongside our allies as we confront the threat.")
    assert len(f.quotes) == 1 and f.quotes[0].text.count("\n\n") == 1


def test_a_quote_in_curly_single_marks_among_double_marks():
    f = facts("\u201cWe are ready,\u201d said Commander Tom Reed.\n\nCommander Reed also praised the Army, which he "
              "said \u2018provided a challenging opportunity for Navy and Army to coordinate.\u2019")
    assert any(q.text.startswith("provided a challenging") for q in f.quotes)
    assert speaker(f, len(f.quotes) - 1) == "Tom Reed"


def test_a_block_quote_with_a_phrase_in_single_marks_and_a_title_in_quotes():
    f = facts("President Ana Ruiz said:\n\nIndonesia is proud to help, and will realize its vision to \u2018Recover "
              "Together, Recover Strong\u2019.\n\nThe leaders met later.")
    assert [speaker(f)] == ["Ana Ruiz"] and len(f.quotes) == 1
    assert facts("The leaders issued \u201cThe Spirit of the Quad\u201d today.").quotes == []


@pytest.mark.parametrize("body", [
    "\"The U.S. should stop arming the island,\" foreign ministry spokeswoman Mao Ning told a briefing.",
    "\u201cThe U.S. should stop arming the island,\u201d foreign ministry spokeswoman Mao Ning told a briefing.",
])
def test_a_role_before_a_name_stops_at_the_quote_before_it(body):
    assert person(facts(body), "Mao Ning").roles == ["foreign ministry spokeswoman"]


@pytest.mark.parametrize("body", [
    "Attributable to National Security Council Spokesperson Adrienne Watson:\n\nNational Security Advisor Tom Reed "
    "met today with Israeli officials.",
    "Pentagon Press Secretary Pat Ryder provided the following readout:\n\nSecretary Tom Reed spoke with the "
    "minister.",
])
def test_a_readouts_official_serves_the_spokespersons_government(body):
    f = facts(body)
    assert person(f, "Tom Reed").affiliation == "United States"
    assert f.quotes == []


def test_he_said_without_gender_cues_is_the_last_person_mentioned():
    f = facts("Defence Minister Tom Reed thanked her for the visit and met Admiral Ana Ruiz.\n\n\u201cThe visit was a "
              "great success for both navies,\u201d she said.")
    assert speaker(f) == "Ana Ruiz"


def test_a_person_quoted_signing_in_is_still_a_person():
    f = facts('"I\'m Tom Reed and I approve," said Senator Tom Reed. Reed spoke in Ohio.')
    assert person(f, "Tom Reed").roles == ["Senator"]


def test_readout_spokesperson_serves_the_official_reported_on():
    f = facts("The below is attributable to Spokesperson Ned Price:\n\nU.S. Secretary of State Marcus Hale "
              "spoke today with French Foreign Minister Claire Dubois.")
    assert person(f, "Ned Price").affiliation == "United States"


@pytest.mark.parametrize("body", [
    "The below is attributable to Spokesperson Ned Price:\n\nSecretary Hale spoke today with the minister.",
    "Pentagon Press Secretary John Kirby provided the following readout:\n\nSecretary Hale spoke with the minister.",
])
def test_a_readout_introduction_is_not_a_quote(body):
    assert facts(body).quotes == []


def test_block_quote_after_said_keeps_every_paragraph():
    f = facts("Defence Minister Ana Ruiz said:\n\n\u201cWe stand ready to help our partners.\n\n"
              "\u201cWe will keep working with them.\u201d")
    assert len(f.quotes) == 1
    assert f.quotes[0].text.count("\n\n") == 1
    assert person(f, "Ana Ruiz").id == f.quotes[0].speaker


def test_single_mark_quotes_and_their_speakers():
    f = facts("Defence Minister Judith Collins says the deal matters.\n\n'We are committed to our partners, to "
              "playing our part,' Ms Collins says.")
    assert [q.speaker for q in f.quotes] == [person(f, "Judith Collins").id]


def test_speaker_is_the_subject_of_the_speech_verb():
    f = facts("Spokesperson Dana White said Defense Secretary Tom Reyes and Minister Ana Ruiz \u201crecognized the "
              "dangers of reckless behavior.\u201d")
    assert f.quotes[0].speaker == person(f, "Dana White").id


def test_first_person_release_speaker_is_inferred():
    f = facts("This week Steven Ciobo, MP, Minister for Defence Industry, will visit Jakarta.\n\n"
              "\u201cI will meet with senior officials to promote our industry.")
    quote = f.quotes[0]
    assert quote.speaker == person(f, "Steven Ciobo").id and quote.speaker_inferred
    assert "Minister for Defence Industry" in person(f, "Steven Ciobo").roles


def test_first_person_speaker_is_not_someone_the_quote_names():
    f = facts("Defence Minister Peeni Henare will meet Deputy Prime Minister Richard Marles.\n\n"
              "\u201cI met with Minister Marles earlier this year and we agreed to work together.")
    assert f.quotes[0].speaker == person(f, "Peeni Henare").id and f.quotes[0].speaker_inferred


def test_a_member_of_parliament_who_speaks_is_a_person():
    f = facts("The plan was good for the region, Ana Ruiz MP said on Monday.")
    assert person(f, "Ana Ruiz") is not None


def test_a_text_label_is_no_speaker():
    f = facts("The ministers issued a communique.\n\nBegin Text:\n\nThe ministers met in Sydney on Tuesday.")
    assert not f.people


@pytest.mark.parametrize("body", [
    # the quote is attributed to a name right after it: never to the story's first office holder
    '"We trained hard," said Operations Specialist 2nd Class Ana Ruiz.\n\n'
    '"I saw my family there," said Chief Warrant Officer 4 Xqz. "I loved it."',
    '"We trained hard," said Operations Specialist 2nd Class Ana Ruiz.\n\n"I saw my family there," Xqz said. '
    '"I loved it."',
    '"We trained hard," said Operations Specialist 2nd Class Ana Ruiz.\n\n'
    '"I bought souvenirs," said Sonar Technician (Surface) 2nd Class Xqz. "I bought spices."',
])
def test_a_quote_attributed_to_an_unfound_name_is_nobodys_rather_than_the_first_speakers(body):
    found = facts(body)
    assert len(found.quotes) >= 3 and "Ana Ruiz" not in [speaker(found, n) for n in range(2, len(found.quotes))]


@pytest.mark.parametrize("body, names", [
    ('"The ride was the highlight," said Operations Specialist 2nd Class Ana Ruiz.\n\n'
     '"I bought a couple of bottles," said Gas Turbine System Technician (Mechanical) 1st Class Tom Reed. '
     '"They had a unique flavour."\n\n"I bought souvenirs," said Lt.j.g. Mark Lee, the navigator. "I bought spices."',
     ["Ana Ruiz", "Tom Reed", "Tom Reed", "Mark Lee", "Mark Lee"]),
    ('"It was worth it," said Hospital Corpsman 3rd Class Tom Reed.\n\n'
     '"We fixed it," Aviation Electronics Technician (Radar) 2nd Class Ana Ruiz said.',
     ["Tom Reed", "Ana Ruiz"]),
])
def test_each_sailor_speaks_the_quotes_attributed_to_them(body, names):
    found = facts(body)
    assert [speaker(found, n) for n in range(len(found.quotes))] == names


@pytest.mark.parametrize("body, name", [
    ("Panetta was joined by South Korean Defense Minister Kim Kwan Jin. Kim said he expects little to change.\n\n"
     '"Kim Jong Un will hold onto the military first policy. He is still young," said Kim.', "Kim Kwan Jin"),
    ("Defence Secretary Tom Smith met Ana Smith, the new ambassador, in London.\n\n"
     '"Ana Smith will be a superb envoy for our country," said Smith.', "Tom Smith"),
    ("Foreign Minister Wang Yi met Wang Lei, the envoy. Wang said the talks were useful.\n\n"
     '"Wang Lei has done excellent work and the ties are strong," Wang said.', "Wang Yi"),
    ("Defence Secretary Tom Smith met Ana Smith, the new ambassador, in London.\n\n"
     '"The talks were a great success for both our countries," said Smith.', None),
])
def test_a_bare_name_two_people_share_is_the_one_the_quote_does_not_speak_of(body, name):
    assert speaker(facts(body)) == name
