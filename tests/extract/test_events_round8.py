"""Events found in round 8: whole classes of constructions, in invented sentences of several wordings."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.extract.helpers import facts

ANCHOR = date(2024, 6, 3)


def _events(body: str) -> list:
    return facts(body, "Defence news", ANCHOR).events


def _found(body: str, kind: str, word: str) -> list:
    """Return the events of `body` of `kind` whose title holds `word` (case folded)."""
    return [e for e in _events(body) if e.kind == kind and word.lower() in e.title.lower()]


# --- what is launched: a proposal, a review, an inquiry is an announcement (words/launch_objects.txt) ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Since then, we have launched an ambitious proposal to streamline defence collaboration.",
        "The ministry launched a review of its recruitment policy.",
        "The government has launched an independent inquiry into the accident.",
        "The two navies launched a joint consultation on maritime safety.",
    ],
)
def test_launching_a_proposal_review_or_inquiry_is_an_announcement(sentence):
    assert [e for e in _events(sentence) if e.kind in ("announcement", "other")]


def test_a_launched_missile_is_still_no_announcement():
    assert not [e for e in _events("North Korea launched a ballistic missile on Monday.") if e.kind == "announcement"]

# --- an adverb between a subject and its past verb leaves the verb finite ("X recently visited Y") ---


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The minister recently visited Japan.", "meeting"),
        ("Foreign Minister Wang previously visited New Zealand in 2014.", "meeting"),
        ("The two ministers already met in Geneva last month.", "meeting"),
        ("The frigate recently deployed to the Gulf.", "deployment"),
    ],
)
def test_an_adverb_before_a_past_verb_does_not_make_it_an_adjective(sentence, kind):
    assert [e for e in _events(sentence) if e.kind == kind]


def test_a_participle_after_a_determiner_and_adverb_stays_an_adjective():
    assert not _events("The recently deployed ships are based in Darwin.")

# --- hoping to meet or visit is a planned meeting ---


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders agreed to stay in close touch, and hoped they would be able to meet in person soon.",
        "The two ministers hope to meet again in Tokyo.",
        "She said she hoped to visit Canberra before the end of the year.",
        "The Prime Minister expressed the hope that the two leaders could meet at the summit.",
    ],
)
def test_hoping_to_meet_is_a_planned_meeting(sentence):
    found = [e for e in _events(sentence) if e.kind == "meeting"]
    assert found and found[0].status == "planned"


def test_hoping_for_an_outcome_is_no_meeting():
    assert not _events("The ministers hope to meet their climate targets by 2030.")

# --- the main clause after an opening "Once ...," reports a planned event ---


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Once ratified in all three Parliaments, the treaty will enter into force.", "agreement"),
        ("Once the talks conclude, the ministers will sign the agreement in Paris.", "agreement"),
        ("Once the ships arrive, they will conduct joint exercises with the Japanese navy.", "exercise"),
    ],
)
def test_the_main_clause_after_once_is_a_planned_event(sentence, kind):
    found = [e for e in _events(sentence) if e.kind == kind]
    assert found and found[0].status == "planned"


def test_a_trigger_inside_the_once_clause_stays_conditional():
    assert not [e for e in _events("The agreement will matter once both sides sign it.") if e.kind == "agreement"]

# --- a gathering something happens "ahead of" is a later happening of its own ---


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The frigates exercised together in the East China Sea ahead of a visit to the port of Busan.", "visit"),
        ("The minister flew to Paris on Sunday ahead of the NATO summit.", "summit"),
        ("The Secretary is flying to Washington to meet business leaders ahead of the State Visit.", "State Visit"),
        ("The envoys met in Vienna in preparation for the next round of talks with Iran.", "talks"),
    ],
)
def test_a_gathering_ahead_of_which_something_happens_is_a_planned_event(sentence, word):
    found = [e for e in _events(sentence) if word.lower() in e.title.lower() and e.kind in ("meeting", "talks")]
    assert found and found[-1].status == "planned"
    assert len(_events(sentence)) >= 2


def test_a_bare_noun_after_before_refers_back_and_adds_nothing():
    assert not [e for e in _events("Soldiers trained for weeks before the exercise.") if e.title == "Exercise"]


def test_a_gathering_told_ahead_of_does_not_swallow_a_later_event():
    body = (
        "The Secretary is flying to Washington on Sunday to meet business leaders ahead of the State Visit.\n\n"
        "The Secretary of State will then fly directly to China."
    )
    assert any("China" in e.title for e in _events(body))

# --- a decision a named party took is an announcement ("the US decision to reject the request") ---


@pytest.mark.parametrize(
    "sentence",
    [
        "The Foreign Secretary reiterated his disappointment at the US decision to reject the extradition request.",
        "He also welcomed the World Health Assembly's decision to discuss a treaty on pandemic preparedness.",
        "Participants discussed the decision by the French government to expand its counter-terrorism efforts.",
        "The ministers noted Canada's recent decision to join the programme.",
    ],
)
def test_a_named_party_s_decision_is_an_announcement(sentence):
    assert [e for e in _events(sentence) if e.kind == "announcement" and "decision" in e.title.lower()]


@pytest.mark.parametrize(
    "sentence",
    [
        "Each country has made its sovereign decision to join NATO.",
        "The decision to extend this deployment reflects the continued need.",
        "Our decision to support the programme was right.",
    ],
)
def test_a_decision_of_no_named_party_adds_no_event(sentence):
    assert not [e for e in _events(sentence) if "decision" in e.title.lower()]

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
    found = {e.when.start for e in _events(sentence)}
    assert years <= found
    assert not [e for e in _events(sentence) if e.title.split()[-1] in ("and", "again")]


def test_a_period_between_two_years_is_not_two_events():
    assert len([e for e in _events("The ships were deployed between 2014 and 2017.") if e.kind == "deployment"]) <= 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Peters has announced that the Foreign Minister of China, Wang Yi, will visit New Zealand.",
        "The Prime Minister today announced that President Smith will make a state visit to Canada.",
    ],
)
def test_announcing_someone_else_s_visit_is_the_release_not_an_event(sentence):
    kinds = [e.kind for e in _events(sentence)]
    assert "meeting" in kinds and "announcement" not in kinds

# --- a visit named as the subject of "is/are PLACE": "The next ports of call are X" ---


@pytest.mark.parametrize(
    "sentence",
    [
        "The next ports of call for the group are Amsterdam, then Bergen and Trondheim.",
        "Her next port of call is Singapore.",
        "The first port visit of the deployment will be Manila.",
    ],
)
def test_a_port_of_call_told_as_a_place_is_a_visit(sentence):
    assert [e for e in _events(sentence) if e.kind == "meeting"]


def test_a_port_visit_described_not_placed_is_no_event():
    assert not _events("The port visit is an opportunity for the crew to rest.")


def test_a_port_of_call_is_titled_by_its_clause_with_its_places():
    body = "The next ports of call for the group are Amsterdam, then Bergen and Trondheim."
    found = [e for e in _events(body) if e.kind == "meeting"]
    assert "Trondheim" in found[0].title


# --- in a quote, a second verb after "and" shares the speaker's "I"/"we": the speaker's own action too ---


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ('"Last week we deployed two ships to the region and hosted the defence ministers," the minister said.',
         {"deployment", "meeting"}),
        ('"I met the President on Monday and signed the agreement," she said.', {"meeting", "agreement"}),
        ('"We trained alongside the Japanese navy and visited the port of Yokosuka," the captain said.',
         {"exercise", "meeting"}),
    ],
)
def test_a_second_verb_of_the_speaker_in_a_quote_is_an_event(sentence, kinds):
    assert kinds <= {e.kind for e in _events(sentence)}


def test_a_second_verb_after_another_subject_in_a_quote_is_not_the_speaker_s():
    body = '"We talked about trade, and they hosted a dinner for the delegation," he said.'
    assert "meeting" not in {e.kind for e in _events(body)}


def test_a_quoted_i_attributed_to_a_pronoun_reads_in_the_third_person():
    titles = [e.title for e in _events('"I met the President on Monday and signed the agreement," she said.')]
    assert titles and not [t for t in titles if t.startswith("I ")]


# --- a missile or rocket launch told as a noun is an event ---


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders condemned North Korea's latest missile launch.",
        "The ministers discussed the rocket launch on Tuesday.",
        "Officials said the ICBM launch was the third this year.",
    ],
)
def test_a_missile_launch_noun_is_an_event(sentence):
    assert [e for e in _events(sentence) if e.kind == "other" and "launch" in e.title.lower()]


def test_missile_launches_in_general_are_no_event():
    assert not _events("Unlawful ballistic missile launches are deeply damaging for regional stability.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders said that China's plan to impose new security laws on Hong Kong goes against the treaty.",
        "The ministers welcomed the plans by the Dutch government to buy four submarines.",
    ],
)
def test_a_named_party_s_plan_is_an_announcement_titled_without_the_main_verb(sentence):
    found = [e for e in _events(sentence) if e.kind == "announcement" and "plan" in e.title.lower()]
    assert found and not re.search(r"\b(?:goes|welcomed)\b", found[0].title)


# --- the release of a named document is an announcement (words/published_documents.txt) ---


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Prime Minister Trudeau highlighted the upcoming release of Canada's Indo-Pacific Strategy.", "planned"),
        ("The Strategic Defence Review, published this year, highlighted that the UK must act.", "past"),
        ("The ministers welcomed the publication of the Defence White Paper.", "past"),
    ],
)
def test_the_release_of_a_named_document_is_an_announcement(sentence, status):
    found = [e for e in _events(sentence) if e.kind == "announcement"]
    assert found and found[0].status == status


def test_a_press_release_or_a_released_hostage_is_no_document():
    assert not _events("The press release was issued on Monday. Hostages must be released.")


# --- an order given to people named at length is a happening; a quoted name can be what is launched ---


def test_directing_officials_named_at_length_to_launch_a_quoted_group_is_an_announcement():
    body = (
        "President Grey and Prime Minister Black directed the Director of the National Economic Council Anna White "
        "and the Cabinet Secretary Mark Green to launch a 'Special Economic Working Group'."
    )
    assert [e for e in _events(body) if e.kind == "announcement"]


def test_a_quoted_initiative_launched_is_an_announcement():
    body = 'The ministers launched the "Pacific Partnership" initiative.'
    assert [e for e in _events(body) if e.kind == "announcement"]


# --- a second clause after ", and" with a subject of its own is titled by that subject ---


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("The minister toured the base, and the general held talks with the commander.", "The general"),
        ("The minister met the President, and the two leaders signed a memorandum.", "The two leaders"),
        ("Work toured the memorial with Sharif, and the chairman held a discussion with the general.", "The chairman"),
    ],
)
def test_a_clause_after_comma_and_keeps_its_own_subject(sentence, start):
    assert [e for e in _events(sentence) if e.title.startswith(start)]


def test_a_dash_inside_brackets_in_the_subject_does_not_cut_the_clause():
    body = (
        "The crews of HMS Duncan, FGS Rhoen (German Navy) and ESPS Almirante (flagship – Spanish Navy), "
        "met senior naval officers and civic leaders at formal receptions in the city."
    )
    assert [e for e in _events(body) if e.kind == "meeting" and "officers" in e.title]
