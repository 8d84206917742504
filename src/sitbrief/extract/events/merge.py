"""Merging mentions of the same event, within a sentence and across the article."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from sitbrief.extract.doc import Doc
from sitbrief.extract.events.clauses import _predicate
from sitbrief.extract.events.draft import EventDraft
from sitbrief.extract.events.named import _GIVES_NAME
from sitbrief.extract.lexicon import lexicon, words
from sitbrief.extract.rx import alternation
from sitbrief.extract.titles import NOUN_TRIGGERS
from sitbrief.facts.model import HAPPENING_KINDS
from sitbrief.text.dates import DateExpr


def _fold_into_named(named: list[EventDraft], dated: list[EventDraft], text: str = "") -> list[EventDraft]:
    """Give an undated named event the date of the one dated trigger event beside it.

    Not when the name only frames it ("conducted landing drills on May 28 during Exercise K"):
    the drills are an event of their own within the exercise.
    """
    undated = [
        e for e in named
        if e.date is None and e.kind == "exercise" and not (e.trigger and _FRAME.search(text[: e.trigger[0]]))
    ]
    if (
        len(undated) == 1 and len(dated) == 1 and dated[0].kind in ("exercise", "deployment")
        and not (undated[0].trigger and dated[0].trigger and text
                 and not _near(text, undated[0].trigger, dated[0].trigger)
                 and not _deployment_of(undated[0], dated[0]))
    ):
        event, other = undated[0], dated[0]
        event.date = other.date
        if _deployment_of(event, other):
            event.kind = "deployment"  # "a six-month deployment to Operation X" is a deployment, not an exercise
            event.folded = other.predicate  # its departure is told; no second event from that verb
        if event.status not in ("cancelled", "postponed"):
            event.status = other.status
        return named
    return named + dated


def _deployment_of(named: EventDraft, movement: EventDraft) -> bool:
    """Tell whether a named deployment is the one a dated departure starts ("left port ... as part of a deployment to Operation X")."""
    return movement.kind == "deployment" and bool(re.search(r"\bdeployment\b", named.title, re.I))


def _near(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Tell whether two triggers stand in one predicate (not "hold the next exercise in 2025, and confirmed X")."""
    lo, hi = _predicate(text, one)
    return lo <= other[0] < hi


_FRAME = re.compile(r"\b(?:during|as part of|throughout|in support of|ahead of)\s+(?:the\s+)?$", re.I)


def _merge(drafts: list[EventDraft], sentences: Sequence[str] = ()) -> list[EventDraft]:
    """Merge drafts that report the same event (`sentences`: the article's, for the lead's retelling)."""
    merged: list[EventDraft] = []
    lead = drafts[0].sentence if drafts else -1
    for draft in drafts:
        target = (
            _referent(merged, draft)
            or next((m for m in reversed(merged) if _same(m, draft)), None)
            or _lead_retold(merged, draft, lead, sentences)
        )
        if target is None:
            merged.append(draft)
            continue
        _absorb(target, draft)
    return merged


_MEETING_KINDS = frozenset({"meeting", "talks", "call"})


def _lead_retold(
    merged: list[EventDraft], draft: EventDraft, lead: int, sentences: Sequence[str]
) -> EventDraft | None:
    """Return the lead's meeting the next sentence retells by the same verb, dating it or dated by it.

    "X held a trilateral meeting with Y and Z. Foreign Ministers of A, B and C met in New York on
    21 September": the opening sentence tells the story's meeting, the next retells it with the date
    (not "In Lahore, he also met with X": an added meeting).
    """
    if draft.sentence != lead + 1 or not _plain_clause(draft) or draft.sentence >= len(sentences):
        return None
    if _ADDED.search(sentences[draft.sentence]):
        return None
    first = [m for m in merged if m.sentence == lead and m.kind in _MEETING_KINDS]
    if len(first) != 1 or not _plain_clause(first[0]) or first[0].status != draft.status:
        return None
    one = first[0]
    if (one.date is None) == (draft.date is None) or _meeting_lemma(one.word) != _meeting_lemma(draft.word):
        return None
    return one


_ADDED = re.compile(r"\b(?:also|then|later|again|afterwards|another|separately|subsequently)\b", re.I)


def _plain_clause(draft: EventDraft) -> bool:
    """Tell whether a draft is a meeting, talk or call told by a clause, not a named or set-apart one."""
    return draft.kind in _MEETING_KINDS and draft.clause and not (draft.named or draft.apart or draft.venue)


def _meeting_lemma(word: str) -> str:
    """Return the lemma of a meeting trigger's head ("met", "meeting" -> "meet")."""
    head = word.lower().split()[0] if word else ""
    return "meet" if head in ("met", "meets", "meeting", "meetings") else re.sub(r"(?:ing|ed|s)$", "", head)
_EARLIER = re.compile(
    r"\b(?:last|previous|previously|earlier|before|first met|again|recent|recently|visit\w*|trip|tour|travel\w*)\b", re.I
)


def merge_same_people(
    doc: Doc, drafts: list[EventDraft], people: Callable[[EventDraft], frozenset]
) -> list[EventDraft]:
    """Fold an undated meeting into a dated one of the same people ("Kihara held a meeting with Marles").

    Only a meeting, talk or call reported by a clause (not a noun naming another event: "the
    conference hosted recently in Glasgow") whose two or more people all take part in an
    earlier-found one of the same status is folded, and not one the text sets apart ("they
    last met in Bali").
    """
    out: list[EventDraft] = []
    for draft in drafts:
        own = people(draft)
        target = None
        if draft.kind in _MEETING_KINDS and draft.date is None and len(own) >= 2 and draft.clause and not draft.named:
            target = next(
                (
                    m
                    for m in out
                    if m.kind in _MEETING_KINDS and m.date is not None and m.status == draft.status and own <= people(m)
                ),
                None,
            )
        if target is not None and draft.trigger and _specific_noun(doc.sentences[draft.sentence].text, draft.trigger):
            target = None  # "Mitchell's participation in the D-ISIS ministerial" is another meeting
        if target is not None and draft.trigger and _another(doc.sentences[draft.sentence].text, draft.trigger):
            target = None  # "the chairman held a separate discussion with the general": told as another meeting
        if target is None or _EARLIER.search(draft.title) or _EARLIER.search(doc.sentences[draft.sentence].text):
            out.append(draft)
            continue
        _absorb(target, draft)
    return out


_ANOTHER = re.compile(
    r"\b(?:separate|another|second|different|further|additional|subsequent|follow-up)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meetings?|discussions?|calls?|conversations?|bilaterals?|visits?)\b",
    re.I,
)


def _another(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a meeting is told as a different one ("a separate discussion", "another call", "a second meeting")."""
    return bool(_ANOTHER.search(text, max(0, span[0] - 40), min(len(text), span[1] + 20)))


def _specific_noun(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a trigger is a noun naming a particular event ("ministerial", "summit"), not a generic one."""
    word = text[span[0] : span[1]].lower()
    return word.split()[-1] in NOUN_TRIGGERS and word not in _GENERIC and word.split()[-1] not in _GENERIC


def _referent(merged: list[EventDraft], draft: EventDraft) -> EventDraft | None:
    """Return the earlier event a definite mention ("the laser deal") names by a shared word."""
    if not (draft.definite and draft.date is None):
        return None
    recent = [m for m in reversed(merged) if m.kind == draft.kind and 0 <= draft.sentence - m.sentence <= 3]
    own = _content(draft.title) - {draft.kind}
    return next(
        (
            m for m in recent
            if own & _content(m.title) and _refers(m, draft) and not _unlike_others(m, draft)
            and not ((m.apart or draft.apart) and _kept_apart(m, draft))
        ),
        None,
    )


def _kept_apart(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether an event told apart stays apart from `b`: always in its sentence, elsewhere unless `b` names it again."""
    if a.sentence == b.sentence:
        return True  # "flew to Paris ahead of the NATO summit": the summit is another happening
    apart, other = (a, b) if a.apart else (b, a)
    if apart.venue:  # "the APEC Economic Leaders' Meeting" is retold by its name, not by any later "a meeting"
        return not _name_words(apart.title, apart.word) & _name_words(other.title, other.word)
    return apart.word not in other.title.lower()  # a later "the summit", not "the Secretary of State"


def _name_words(title: str, word: str) -> set[str]:
    """Return the capitalised words of a title but its first and its trigger ("G7", "APEC", "Economic")."""
    return {w.strip("'\u2019()").lower() for w in title.split()[1:] if w[:1].isupper() and w.lower() != word.lower()}


_BARE_MEETING = re.compile(
    r"(?:As\s+)?(?:Our|Their|The|Today['\u2019]s|Yesterday['\u2019]s|This week['\u2019]s)\s+(?:(?:phone|telephone|video)\s+)?(?:talks|meeting|discussions|call|conversation)\b"
    r"(?!\s+(?:of|with|between|in|at|on)\b)",
    re.I,
)


def _retold_by_noun(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether "our talks today" is the meeting or call an earlier sentence dated that day (no new party, place or topic)."""
    return (
        b.sentence > a.sentence and a.kind in _MEETING_KINDS and b.kind in _MEETING_KINDS
        and a.date is not None and b.date is not None and bool(a.date.start) and a.date.start == b.date.start
        and a.status == b.status and bool(_BARE_MEETING.match(b.title))
    )


def _content(title: str) -> set[str]:
    """Return a title's content words (four letters or more, stopwords out, plural -s off)."""
    return {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", title.lower()) if w not in _TITLE_STOP}


_SIMILAR = {
    frozenset({"talks", "meeting"}),
    frozenset({"meeting", "call"}),
    frozenset({"deal", "agreement"}),
    frozenset({"exercise", "deployment"}),
}
_MEETINGS = {frozenset({"talks", "meeting"}), frozenset({"meeting", "call"})}
_DEFINITE = re.compile(
    r"^(?:The|This|That|These|Under the|During the)\s+(?:\w+\s+)?"
    r"(?:exercise|drills?|deal|agreement|talks|meeting|summit|call|deployment|operation|visit|project)\b"
)


def _retold(first: str, second: str) -> bool:
    """Tell whether two titles of one sentence tell one event (nearly all content words shared)."""
    a, b = _content(first), _content(second)
    return min(len(a), len(b)) >= 3 and len(a & b) >= 0.8 * min(len(a), len(b))


def _unlike_others(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether two "other" happenings differ: no shared stem or word ("took part in a meeting", "the opening of X")."""
    return a.kind == "other" and a.word[:4] != b.word[:4] and not _content(b.word) & _content(a.title)


def _two_verbs(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether two clause drafts of one sentence have verbs of their own ("departed X and will remain in X")."""
    one, other = _verb_stem(a.word), _verb_stem(b.word)
    return bool(a.clause and b.clause and one and other) and one != other and a.trigger != b.trigger


def _same(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether two drafts report the same event."""
    if a.sentence == b.sentence and a.trigger == b.trigger and a.date and b.date and a.date.span != b.date.span:
        return False  # one verb's listed dates: "visited X in 2014 and 2017" is two visits
    if (a.apart or b.apart) and _kept_apart(a, b):
        return False
    if b.retold and b.date is None and not b.named and b.sentence > a.sentence and (
        a.kind == b.kind or frozenset({a.kind, b.kind}) in _MEETINGS
    ) and (a.word == b.word or b.word in a.title.lower() or _verbs_noun(a, b)):
        return True  # "My visit comes just after ...": the visit told before
    if a.sentence == b.sentence and a.kind == b.kind and _retold(a.title, b.title) and not _two_verbs(a, b):
        return True  # one sentence telling one event twice ("the X Agreement took effect" and its clause)
    if a.sentence == b.sentence and a.trigger != b.trigger and not (a.named or b.named):
        return False  # one sentence's triggers were told apart when it was read
    if b.definite and b.date is None and a.kind == b.kind and 0 <= b.sentence - a.sentence <= 3 and _refers(a, b):
        return not _unlike_others(a, b)
    if _dated_next(a, b):
        return True
    if _retold_by_noun(a, b):
        return True
    if a.named and a.date is None and b.definite and not b.named and a.kind == b.kind and 0 < b.sentence - a.sentence <= 3:
        return _refers(a, b)  # "Exercise Olgeta Warrior ... The exercise, which starts next week"
    if b.date is None and _DEFINITE.match(b.title) and not (b.clause and _verb_stem(b.word)):
        return a.kind == b.kind or frozenset({a.kind, b.kind}) in _SIMILAR  # not "During the visit X will attend Y"
    if _retold_next(a, b):
        return True
    if a.named and b.named:
        return _norm(a.title) == _norm(b.title)
    if b.named and not a.named and a.kind == b.kind == "exercise" and _names_it(a, b):
        return a.date is None or b.date is None or a.date.start == b.date.start
    if a.named and not b.named and a.kind == b.kind == "exercise" and b.date is None:
        return _norm(a.title) in b.title.lower()  # "the other Blue Chromite training events"
    if b.named and not a.named and _codename_of(a, b):
        return True
    if a.named or b.named:
        return False
    if a.kind == b.kind == "other" and (not b.definite and a.word[:4] != b.word[:4] or _unlike_others(a, b)):
        return False  # "the attack" and "the latest missile test": "other" gathers unlike happenings
    kinds_match = a.kind == b.kind or frozenset({a.kind, b.kind}) in _MEETINGS
    if not kinds_match or _numbered(a.title) and _numbered(b.title) and not _numbered(a.title) & _numbered(b.title):
        return False  # "the G7 Leaders' Summit" is not "the G20 Summit"
    if _other_names(a, b):
        return False  # "the upcoming NATO summit" is not "next week's Western Balkans summit"
    if a.kind == b.kind == "agreement" and _other_documents(a.title, b.title):
        return False  # "signed a memorandum of understanding" and "concluded a treaty": two agreements
    if a.kind == b.kind == "deployment" and _verb_stem(a.word) and _verb_stem(b.word) and _verb_stem(a.word) != _verb_stem(b.word):
        return False  # "will arrive in X" and "will depart Y for X": two legs of a voyage
    if a.date and b.date and a.date.start and b.date.start:
        return _dates_agree(a.date, b.date) and a.status == b.status and (_alike(a, b) or _own_of_the_day(a, b))
    if a.date and b.date and (a.date.start or b.date.start):
        return False
    if (a.date is None) != (b.date is None) and a.kind != b.kind:
        return False  # an undated meeting beside a dated call of the same people is another happening
    return a.status == b.status and _alike(a, b)


_GENERIC = frozenset(words("event_generic_nouns"))
_DOCUMENTS = re.compile(rf"\b({alternation(words('agreement_documents'))})s?\b", re.I)


def _other_documents(a: str, b: str) -> bool:
    """Tell whether two agreement titles name different kinds of document (a memorandum, a treaty)."""
    one, other = ({m.lower() for m in _DOCUMENTS.findall(t)} for t in (a, b))
    return bool(one and other) and not one & other


def _dated_next(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether a dated definite mention next on dates `a` ("... will hold an exercise. The exercise runs May 3-9.")."""
    return (
        a.date is None and b.date is not None and b.date.start is not None and b.definite and not (a.named or b.named)
        and (a.kind == b.kind or frozenset({a.kind, b.kind}) in _MEETINGS) and a.kind in HAPPENING_KINDS
        and a.status == b.status and 0 < b.sentence - a.sentence <= 2
        and bool(re.match(r"(?:The|This|That)\s+", b.title)) and _refers(a, b)
    )


def _retold_next(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether the next sentence retells `a` of its subject ("X bombers returned for a deployment. The bombers deployed ...")."""
    if a.named or b.named or b.date is not None or a.kind != b.kind or b.sentence - a.sentence != 1 or not b.clause:
        return False
    subject = re.match(r"(?:The|These|Those)\s+([a-z][\w-]+)\b", b.title)
    stem = _verb_stem(b.word)
    return bool(subject and stem and stem != _verb_stem(a.word) and subject.group(1) in a.title.lower().split()
                and stem[:5] in a.title.lower())  # its verb names the first's noun; the same verb again is a new leg


def _verb_stem(word: str) -> str | None:
    """Return the stem of a verb trigger ("departed" -> "depart"), None for a noun ("deployment")."""
    head = word.split()[0] if word else ""
    if not head or head in NOUN_TRIGGERS or head.endswith(("ment", "al", "ure", "ion")):
        return None
    return re.sub(r"(?:ing|ed|es|s|e)$", "", head)


def _dates_agree(a: DateExpr, b: DateExpr) -> bool:
    """Tell whether two dates can be one happening's: the same start, or a week or month holding the other's day."""
    if a.start == b.start:
        return True
    wide, day = (a, b) if a.precision in ("week", "month") else (b, a)
    if wide.precision not in ("week", "month") or day.precision != "day" or not (wide.start and wide.end and day.start):
        return False
    return wide.start <= day.start[: len(wide.start)] and day.start[: len(wide.end)] <= wide.end


def _alike(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether two drafts tell one happening: what they tell after the subject, or one subject and a stem."""
    if not (a.clause and b.clause):
        return _similar(a.title, b.title)
    if _ship_led(a.title) != _ship_led(b.title):
        return False  # "HMS Richmond visits Manila" and "Lord Coaker visits Manila and HMS Richmond": two visitors
    if _retold_move(a, b):
        return True  # "X departs for Fiji next week" ... "The Foreign Minister departs on Monday"
    return _shared_words(_told(a), _told(b)) or _subject_and_stem(a.title, b.title)


@functools.cache
def _ship_subject() -> re.Pattern[str]:
    """Return the pattern of a title whose subject is a named ship ("HMS Richmond visits Manila")."""
    return re.compile(rf"(?:The\s+)?(?:{alternation(lexicon().ship_prefixes)})\s+(?-i:[A-Z])")


def _ship_led(title: str) -> bool:
    """Tell whether a clause title's subject is a named ship."""
    return bool(_ship_subject().match(title))


def _told(draft: EventDraft) -> str:
    """Return what a clause title says after its verb ("The Foreign Secretary travels to Rome" -> "to Rome").

    Two happenings of one day by one person ("Foreign Secretary X embarks on visits", "the Foreign
    Secretary travels to Rome") share their subject, not what they tell.
    """
    stem = _verb_stem(draft.word)
    if not draft.clause or not stem or len(stem) < 3:
        return draft.title
    found = re.search(rf"\b{re.escape(stem[:4])}\w*\s+(?=\S)", draft.title, re.I)
    return draft.title[found.end() :] if found else draft.title


_REFERRING_SUBJECT = re.compile(r"(?:The|She|He|They|It)\s")


def _retold_move(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether a later movement by the same verb, on an agreeing date, of a subject that refers back
    ("The Foreign Minister departs on Monday") retells an earlier one."""
    stem = _verb_stem(a.word)
    return (
        a.kind == b.kind == "deployment" and b.sentence > a.sentence and bool(stem) and stem == _verb_stem(b.word)
        and bool(_REFERRING_SUBJECT.match(b.title)) and not _REFERRING_SUBJECT.match(a.title)
    )


def _own_of_the_day(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether a first-person meeting ("We were pleased to continue our consultations today") is the one of
    its kind another mention dates to the same day: the authors' own, which the release reports."""
    return (
        a.kind == b.kind and a.kind in _MEETING_KINDS and a.date is not None and b.date is not None
        and a.date.precision == b.date.precision == "day" and a.date.start == b.date.start
        and bool(_FIRST_PERSON.match(a.title) or _FIRST_PERSON.match(b.title))
    )


_FIRST_PERSON = re.compile(r"(?:We|Our)\s")


def _other_names(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether two mentions of one noun ("summit") are named apart by the proper words before it."""
    noun = next((w for d in (a, b) if d.word and (w := d.word.split()[-1].lower()) in NOUN_TRIGGERS), None)
    if noun is None:
        return False
    one, other = _noun_names(a.title, noun), _noun_names(b.title, noun)
    return bool(one and other) and not one & other


def _noun_names(title: str, word: str) -> frozenset[str]:
    """Return the capitalised words that name a trigger noun in a title ("Western Balkans summit" -> western, balkans)."""
    found = re.search(rf"((?:[A-Z][\w'\u2019.-]*\s+){{1,4}})(?i:{re.escape(word)})\b", title)
    if not found:
        return frozenset()
    names = re.findall(r"[A-Z][\w'\u2019.-]*", found.group(1))
    return frozenset(n.lower() for n in names if not n.endswith(("'s", "\u2019s"))) - _NOT_NAMES  # not a possessor


_NOT_NAMES = frozenset(words("determiners")) | {"next", "last", "first", "annual", "upcoming"}


def _numbered(title: str) -> frozenset[str]:
    """Return the names with a number in a title ("G20", "COP26", "Talisman Sabre 2025" -> "2025")."""
    return frozenset(w.lower() for w in re.findall(r"\b[A-Za-z]*\d+[A-Za-z]*\b", title))


def _refers(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether a definite mention can name `a`: a generic noun ("the meeting"), or a word of its title.

    "The D-ISIS ministerial" after "Mattis met Mitchell" names another meeting, "the meeting" the same.
    """
    if not b.word or b.word.split()[-1] not in NOUN_TRIGGERS or b.word in _GENERIC or b.word.split()[-1] in _GENERIC:
        return True  # a verb ("The ship transited") or a generic noun ("the meeting") refers back
    if _verbs_noun(a, b):
        return True  # "the historic appointment" after "was formally appointed": the verb's own noun
    named = noun_phrase_words(b)
    return bool(named & (_content(a.title) | _content(a.phrase or "") | _content(a.word)))


def _verbs_noun(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether `b`'s noun is made from `a`'s verb ("appointment" of "appointed", "deployment" of "deployed")."""
    root = re.sub(r"(?:ment|ation|ion|al)$", "", b.word.split()[-1]) if b.word else ""
    return len(root) >= 5 and bool(a.word) and a.word.split()[0].startswith(root)


def noun_phrase_words(draft: EventDraft) -> set[str]:
    """Return the content words naming a draft's event: its trigger's noun phrase, else the trigger."""
    named = draft.phrase or (draft.title if not draft.clause else draft.word)
    return _content(named) - {"secretary", "minister"}


_CODENAMED = re.compile(rf"^([A-Z][a-z-]+) {_GIVES_NAME} ")


def _codename_of(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether `b` ("The battle, codenamed Operation X") gives a name to the event `a` just told ("fought in the Battle of Y")."""
    noun = _CODENAMED.match(b.title)
    return bool(noun) and 0 < b.sentence - a.sentence <= 1 and noun.group(1).lower() in a.title.lower().split()


def _names_it(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether named exercise `b` can name the unnamed `a`: a plain exercise or drill, not a "live-fire event"."""
    if a.sentence == b.sentence and a.predicate and b.trigger and not a.predicate[0] <= b.trigger[0] < a.predicate[1]:
        return False  # "hold the next exercise in 2025, and confirmed that Japan will observe Exercise X"
    return not a.word or a.word.split()[-1] in _GENERIC


def _stems(text: str) -> set[str]:
    """Return the crudely stemmed content words of a title ("visits", "visited" -> "visit")."""
    return {re.sub(r"(?<=[a-z]{3})(?:ing|ed|s)$", "", w) for w in _title_words(text)}


def _title_words(text: str) -> set[str]:
    """Return the content words of a title as written."""
    return {w for w in re.findall(r"[a-z][a-z0-9]{3,}", text.lower()) if w not in _TITLE_STOP}


def _similar(a: str, b: str) -> bool:
    """Tell whether two titles share enough content words to be the same event.

    Either a third of the shorter title's words, or, after one named subject, a stemmed word
    ("Jane Holloway visits troops at the camp" ~ "Jane Holloway meets soldiers during a visit").
    """
    return _shared_words(a, b) or _subject_and_stem(a, b)


def _shared_words(a: str, b: str) -> bool:
    """Tell whether two titles share a third of the shorter one's content words."""
    wa, wb = _title_words(a), _title_words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.34


def _subject_and_stem(a: str, b: str) -> bool:
    """Tell whether two titles name one subject and then share a stemmed word."""
    subject = _common_subject(a.split(), b.split())
    if subject < 2:
        return False
    rest_a, rest_b = " ".join(a.split()[subject:]), " ".join(b.split()[subject:])
    return bool((_stems(rest_a) & _stems(rest_b)) - _TITLE_WORDS)


def _common_subject(a: list[str], b: list[str]) -> int:
    """Return how many leading words two titles share when those words name someone, else 0."""
    n = 0
    while n < min(len(a), len(b)) - 1 and a[n] == b[n]:
        n += 1
    named = any(w[:1].isupper() and w.lower() not in _TITLE_WORDS for w in a[:n])
    return n if named and n < min(len(a), len(b)) else 0


_TITLE_WORDS = words("title_words")  # lower-cased in its file, as titles._TITLE_WORDS reads it
_TITLE_STOP = frozenset(
    ["with", "from", "that", "this", "their", "will", "were", "have", "about", "into", "over", "talks", "meeting"]
)


def _norm(title: str) -> str:
    """Return the bare name of a named event ("Nine-month deployment to Operation X" -> "x")."""
    name = re.sub(r"^.*?\b(?=(?:exercise|operation|op\.)\s)", "", title.lower())
    name = re.sub(r"\s+(?:deployment|mission|patrol|exercises?|drills?|operations?)$", "", name)
    return re.sub(r"^(exercise|operation|op\.)\s+", "", name)


def _absorb(target: EventDraft, draft: EventDraft) -> None:
    """Fold `draft` into `target`: evidence, the dated when, the fuller title."""
    for sid in draft.evidence:
        if sid not in target.evidence:
            target.evidence.append(sid)
    if draft.named and not target.named:
        target.title, target.named = draft.title, True
        target.trigger, target.phrase, target.sentence = draft.trigger, None, draft.sentence
        target.clause = False
    if draft.status in ("cancelled", "postponed"):
        target.status = draft.status
    if (
        target.date and draft.date and target.date.start and draft.date.start
        and target.date.precision in ("week", "month") and draft.date.precision == "day"
        and _dates_agree(target.date, draft.date)
    ):
        target.date = draft.date  # "next week" then "from 28 April": the day is the more precise
    if (target.date is None or target.date.start is None) and draft.date and draft.date.start:
        target.date = draft.date
        target.status = draft.status
        if draft.kind in ("talks", "call") and target.kind == "meeting":
            target.kind = draft.kind
    if target.kind == "meeting" and draft.kind == "talks":
        target.kind = "talks"
