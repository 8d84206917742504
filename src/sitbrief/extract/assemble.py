"""Assemble extractor drafts into the validated fact model, with ids and cross-references."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache

from sitbrief.extract.affiliation import assign_affiliations
from sitbrief.extract.doc import FIRST_PERSON, SPEECH_VERBS, Doc
from sitbrief.extract.events import EventDraft, event_clause, find_events, merge_same_people
from sitbrief.extract.lexicon import lexicon, words
from sitbrief.extract.listing import listed_stems, told_whole
from sitbrief.extract.narrator import headline_office, narrated, speaks_as_i, third_singular
from sitbrief.extract.organisations import OrgDraft, find_organisations
from sitbrief.extract.people import PersonDraft, find_people
from sitbrief.extract.places import PlaceDraft, find_places
from sitbrief.extract.quotes import QuoteDraft, find_quotes
from sitbrief.extract.rx import alternation, rx, word_rx
from sitbrief.extract.summary import (
    LEAD_IN,
    MAX_HEADLINE_WORDS,
    THIRD_PERSON,
    absolute_text,
    brief_headline,
    clean_lead,
    continues_quotation,
    cut_off,
    following_dropped,
    has_verb,
    here_named,
    is_background,
    is_boilerplate,
    lead_sentences,
    reads_as_headline,
    restates,
    self_named,
    statement_intro,
    statement_lead,
    statement_quoted_whole,
    statement_said,
    stray_close_dropped,
    told_of,
    unquoted,
)
from sitbrief.extract.titles import finish_title
from sitbrief.extract.voice import lead_parties, speaks_as_we, told_not_as_we, told_of_parties
from sitbrief.facts.model import (
    ArticleInfo,
    Event,
    Facts,
    Organisation,
    Person,
    Place,
    Quote,
    Source,
    Statement,
    Summary,
    When,
    text_hash,
)
from sitbrief.read.article import Article
from sitbrief.text.clean import slugify, word_count
from sitbrief.text.dates import find_dates

MAX_KEY_POINTS = 5


def assemble_facts(doc: Doc, article: Article, anchor: date | None, source: str | None) -> Facts:
    """Run every extractor over `doc` and return the Facts."""
    drafts_people = find_people(doc)
    drafts_orgs = find_organisations(doc, {p.name for p in drafts_people})
    drafts_places = find_places(doc, article.dateline, article.dateline_region, {p.name for p in drafts_people})
    drafts_quotes = find_quotes(doc, drafts_people)
    drafts_events = merge_same_people(doc, find_events(doc), lambda d: _people_of(d, drafts_people))
    people = _people(drafts_people)
    ids = {id(d): p.id for d, p in zip(drafts_people, people, strict=True)}
    orgs = _organisations(drafts_orgs)
    places = _places(drafts_places)
    assign_affiliations(doc, article, people, orgs, source)
    orgs = [o for o in orgs if not _is_outlet(o, source)]
    events = _events(doc, drafts_events, drafts_people, people, orgs, places, anchor)
    clauses = {f"ev-{n}" for n, draft in enumerate(drafts_events, start=1) if draft.clause}
    spots = {f"ev-{n}": (doc.sid(d.sentence), d.trigger[0] if d.trigger else 0) for n, d in enumerate(drafts_events, 1)}
    _retitle(doc, events, drafts_people, people, places, orgs)
    _retitle_first_person(doc, events, drafts_quotes, ids, people)
    _retitle_listed(doc, events, drafts_people, people, places, clauses)
    _retitle_own_voice(events, people)
    quotes = _quotes(drafts_quotes, ids)
    known = _resolved_dates(drafts_events)
    info = ArticleInfo(
        title=article.title,
        source=source,
        dateline=article.dateline,
        published=anchor.isoformat() if anchor else None,
        byline=article.byline,
        url=article.url,
        language=article.language,
        text_sha256=text_hash(article.text),
        sentences=article.sentences,
    )
    return Facts(
        article=info,
        summary=_summary(doc, quotes, known, events, clauses, spots, people, article.dateline, orgs),
        people=people,
        organisations=orgs,
        places=places,
        events=events,
        quotes=quotes,
        context=_context(doc),
        sources=[Source(id="src-1", outlet=source, title=article.title, published=info.published, url=article.url)],
        related=article.related,
        warnings=_warnings(article, events, anchor) + doc.warnings,
    )


def _retitle_own_voice(events: list[Event], people: list[Person]) -> None:
    """Tell a title in the issuing government's "we"/"our" of the parties ("between their teams") or of the
    government of the official it opens on ("Blinken raised the United States' concerns"); else leave it."""
    for event in events:
        if not speaks_as_we(event.title):
            continue
        country = _subject_country(event.title, people)
        told = told_not_as_we(event.title, country)
        if told:
            event.title = told


def _people_of(draft: EventDraft, people: list[PersonDraft]) -> frozenset[int]:
    """Return the indexes of the people mentioned in an event's sentences."""
    sids = set(draft.evidence)
    return frozenset(n for n, person in enumerate(people) if sids & set(person.evidence))


def _is_outlet(org: Organisation, source: str | None) -> bool:
    """Tell whether an organisation is the article's own outlet (not an actor in the story)."""
    return bool(source) and source.lower() in {org.name.lower(), (org.acronym or "").lower()}


def _retitle(
    doc: Doc, events: list[Event], drafts: list[PersonDraft], people: list[Person], places: list[Place],
    orgs: list[Organisation] | None = None,
) -> None:
    """Give meetings, calls and appointments titles naming the people involved."""
    names = {p.id: p for p in people}
    where = {p.id: p.name for p in places}
    for event in events:
        persons = [names[i] for i in event.participants if i in names]
        first = _first_person(doc, event, drafts, people)
        if (
            event.kind in ("talks", "meeting", "call")
            and len(persons) >= 2
            and re.match(r"^(?:Talks|Meeting|Call|Phone call|Summit|Held|Met)\b", event.title, re.I)
        ):
            pair = " and ".join(p.name.split()[-1] for p in persons[:2])
            event.title = _meeting_title(event, pair, where)  # a headline: "Sullivan and Hulata meet"
        elif event.kind in _MEETING_VERBS and len(persons) == 2 and _lost_partner(event.title, persons):
            event.title = _meeting_title(event, f"{persons[0].name} and {persons[1].name}", where)
        elif event.kind == "appointment" and first is not None:
            named = _appointee(doc, event, drafts, people) or next(
                (p for p in persons if _surname(p) in event.title.split()), first
            )
            event.title = f"Appointment of {named.name}" + (
                f" ({event.title})" if len(event.title.split()) <= 4 else ""
            )
        elif len(event.title.split()) < 3 and event.where in where:
            event.title = f"{event.title} in {where[event.where]}"
        elif re.match(r"^(?:He|She|Who)\b", event.title) and (before := _antecedent(doc, event, drafts, people)):
            event.title = re.sub(r"^(?:He|She|Who)\b", _surname(before), event.title)
            if before.id not in event.participants:
                event.participants.insert(0, before.id)  # the subject the pronoun stands for takes part
        elif re.match(r"We\s+[a-z]", event.title) and (authors := statement_authors(doc.title or "")):
            event.title = f"{authors} {third_person(event.title[3:])}"  # the signatories the title names
        elif _PRONOUN_SUBJECT.match(event.title) and (named := _antecedent_subject(doc, event, people, orgs or [])):
            event.title = named[1] + " " + _PRONOUN_SUBJECT.sub("", event.title, count=1)
            if named[0] not in event.participants:
                event.participants.insert(0, named[0])


_MEETING_VERBS = {"talks": "hold talks", "meeting": "meet", "call": "speak by phone"}
_LIST_JOINERS = frozenset({"and", "the", "of", "for", "s"})


def _list_gap(gap: str) -> bool:
    """Tell whether what stands between two names is one list's joint: commas, "and", offices ("Prime Minister",
    "army chief"); a lower-case word is allowed only in an office that ends on its head word ("chief")."""
    if re.search(r"[;:.()\u2013\u2014]", gap):
        return False
    words_ = [w for w in re.findall(r"[\w'\u2019-]+", gap) if w.lower() not in _LIST_JOINERS and not w[:1].isupper()]
    return len(words_) <= 3 and (not words_ or words_[-1].lower() in lexicon().role_heads)


_LISTED_VERB = re.compile(r"^(?P<who>\S+)\s+(?P<verb>meets|met|holds talks|held talks|to meet|will meet|to hold talks|"
                          r"speaks|spoke|speak by phone)\b")


def _retitle_listed(doc: Doc, events: list[Event], drafts: list[PersonDraft], people: list[Person],
                    places: list[Place], clauses: set[str]) -> None:
    """Give a meeting whose sentence lists two or more people after its subject ("X met in Islamabad with A,
    B, C and D") a title naming them all ("X meets with A, B, C and D in Islamabad"), not only the first."""
    where = {p.id: p.name for p in places}
    names = {p.id: p for p in people}
    for event in events:
        opening = _LISTED_VERB.match(event.title)
        persons = [names[i] for i in event.participants if i in names]
        last = event.title.split()[-1] if event.title else ""
        if (event.kind in _MEETING_VERBS and event.id in clauses and 2 <= len(persons) <= 4
                and _names_only(event.title) and any(last == _surname(p) for p in persons)):  # a clause's subject only
            event.title = _meeting_title(event, _joined(persons), where)  # "The Ministers of X, A and B": no verb
            continue
        if event.kind not in _MEETING_VERBS or opening is None:
            continue
        listed = _listed_after(doc, event, drafts, people, opening["who"])
        if len(listed) < 2:
            continue
        verb = {"met": "meets", "held talks": "holds talks", "spoke": "speaks"}.get(opening["verb"], opening["verb"])
        place = f" in {where[event.where]}" if event.where in where else ""
        event.title = f"{opening['who']} {verb} with {_joined(listed)}{place}"


def _joined(persons: list[Person]) -> str:
    """Return people as a headline lists them: surnames ("A, B and C"), a full name where two share one."""
    names = [p.name if sum(_surname(q) == _surname(p) for q in persons) > 1 else _surname(p) for p in persons]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _listed_after(doc: Doc, event: Event, drafts: list[PersonDraft], people: list[Person],
                  subject: str) -> list[Person]:
    """Return the people an event's first sentence lists after its subject `subject` (a surname), in order, when
    only offices, commas and "and" stand between them; [] when they are not one list."""
    index = _first_evidence(doc, event)
    text = doc.sentences[index].text
    found = sorted((s, e, n) for n, d in enumerate(drafts) for i, s, e in d.mentions
                   if i == index and people[n].id in event.participants)
    first = next((k for k, (_, _, n) in enumerate(found) if _surname(people[n]) == subject), None)
    if first is None:
        return []
    subject_n = found[first][2]
    rest = [m for m in found[first + 1 :] if m[2] != subject_n and not any(  # not the subject again, nor a name
        o[0] <= m[0] and m[1] <= o[1] and o != m for o in found)]  # inside another's ("Mark" of "Mark Esper")
    if len({n for _, _, n in rest}) != len(rest) or any(
            not _list_gap(text[a[1] : b[0]]) for a, b in zip(rest, rest[1:], strict=False)):
        return []
    return [people[n] for _, _, n in rest] if len(rest) >= 2 else []


_OPENS_ON_I = re.compile(r"^I\s+(?P<verb>[a-z]+)\b")
_NOMINAL_OF_KIND = {"meeting": "Meeting", "talks": "Talks", "call": "Call"}


def _retitle_first_person(doc: Doc, events: list[Event], quotes: list[QuoteDraft], ids: dict[int, str],
                          people: list[Person]) -> None:
    """Give a title opening on "I" the one who says it, in the third person: the speaker of the quotation it
    stands in, else the office the article's headline opens on ("I meet with X" -> "Roe meets with X"); with
    nobody to name, a meeting's title is its noun ("Meeting with X"). A title never reads "I meets ..."."""
    names = {p.id: p for p in people}
    for event in events:
        opening = _OPENS_ON_I.match(event.title)
        if opening is None:
            continue
        speaker = names.get(_quoted_by(event, quotes, ids) or "")
        who = _surname(speaker) if speaker else headline_office(doc)
        rest = event.title[opening.start("verb") :]
        if who:
            event.title = f"{who} {third_singular(rest)}"
            if speaker and speaker.id not in event.participants:
                event.participants.insert(0, speaker.id)  # who says "I met X" took part
        elif event.kind in _NOMINAL_OF_KIND and (obj := _FIRST_PERSON_OBJECT.match(rest)):
            event.title = f"{_NOMINAL_OF_KIND[event.kind]} {obj.group(1)}"  # "Meeting with the Minister for X"


_FIRST_PERSON_OBJECT = re.compile(  # "meet with X", "spoke by phone with X", "held talks with X": the "with X"
    r"(?:meets?|met|speaks?|spoke|holds?|held)\s+(?:talks\s+)?(?:by\s+(?:tele)?phone\s+|by\s+video\s*\w*\s+)?(.{3,})")


def _quoted_by(event: Event, quotes: list[QuoteDraft], ids: dict[int, str]) -> str | None:
    """Return the id of the speaker of the quotation that holds the event's first sentence, if known."""
    first = event.evidence[:1]
    return next((ids.get(id(q.speaker)) for q in quotes if q.speaker and set(first) & set(q.evidence)), None)


def _meeting_title(event: Event, pair: str, where: dict[str, str]) -> str:
    """Return a meeting's headline: the pair, the verb of its kind, the place ("Sullivan and Hulata meet in Tokyo")."""
    place = f" in {where[event.where]}" if event.where in where else ""
    return f"{pair} {_MEETING_VERBS[event.kind]}{place}"


def _lost_partner(title: str, persons: list[Person]) -> bool:
    """Tell whether a meeting's title opens on one person meeting someone it no longer names
    ("Roe meets with Party Politburo Member and Director", the name cut off)."""
    one, other = persons
    if not title.startswith(_surname(one)):
        return False  # the pattern below opens with the surname as written
    opening = rx(rf"^{re.escape(_surname(one))}\s+(?:meets|met|speaks|spoke|holds talks)\b")
    return bool(opening.match(title)) and not any(w in title.split() for w in other.name.split())


def _fit_title(doc: Doc, draft: EventDraft, people: list[Person]) -> str:
    """Return the draft's title with people named by surname, cut to a headline's length.

    A title that the cut would rob of its event word ("... to hold their first") gives way to
    the trigger's noun phrase ("their first trilateral summit in Washington").
    """
    title = _headline_names(draft.title, people)
    fitted = finish_title(title) or title
    if draft.trigger and draft.phrase:
        text = doc.sentences[draft.sentence].text
        word = text[draft.trigger[0] : draft.trigger[1]].split()[-1].lower().rstrip("s")
        if word not in fitted.lower():
            return finish_title(_headline_names(draft.phrase, people)) or draft.phrase
    return fitted


_PRONOUN_HEADLINE = re.compile(r"^(?:I|We|They|It|He|She|Our|Their|Its)\b")
_PRONOUN_SUBJECT = re.compile(r"^(He|She|It)\s+(?=[a-z])")


def _antecedent_subject(doc: Doc, event: Event, people: list[Person],
                        orgs: list[Organisation]) -> tuple[str, str] | None:
    """Return (id, name) of what an event title's opening "He"/"She"/"It" stands for (see `named_before`)."""
    opening = _PRONOUN_SUBJECT.match(event.title)
    if opening is None:
        return None
    found = named_before(doc, _first_evidence(doc, event), opening.group(1), people, orgs)
    return (found[0], found[1]) if found else None


def named_before(doc: Doc, index: int, pronoun: str, people: list[Person],
                 orgs: list[Organisation]) -> tuple[str, str, str] | None:
    """Return (id, short name, full name) of what a "He"/"She"/"It" of sentence `index` stands for: the person
    (by surname) or the ship or unit the text names, or calls by their office, last before the pronoun, in
    its sentence or the three before ("It leaves its home port" -> "HMCS Halifax"); None when nobody fits."""
    here = doc.sentences[index].text
    spot = re.search(rf"\b{pronoun}\b", here, re.I)
    texts = [doc.sentences[i].text for i in range(max(0, index - 3), index)]
    before = " \n ".join([*texts, here[: spot.start() if spot else len(here)]])
    found: list[tuple[int, str, str, str]] = []
    if pronoun in ("He", "She"):
        for person in people:
            offices = [r for r in person.roles if len(r.split()) >= 2]  # "The Foreign Secretary said ..."
            spots = [m.end() for n in [person.name, *person.aliases, *offices] for m in word_rx(n).finditer(before)]
            if spots:
                found.append((max(spots), person.id, _surname(person), person.name))
    if pronoun in ("It", "She"):
        for org in orgs:
            if org.kind not in ("ship", "unit") or (pronoun == "She" and org.kind != "ship"):  # "she": a ship
                continue
            names = [org.name, org.name.split()[-1]] if org.kind == "ship" else [org.name]
            spots = [m.end() for n in names for m in word_rx(n).finditer(before)]
            if spots:
                found.append((max(spots), org.id, org.name, org.name))
    return max(found)[1:] if found else None


_OFFICE_END = "".join(f"(?<={h} )|" for h in ("Member", "Minister", "Secretary", "Director", "Adviser", "Advisor",
                                              "Commander", "Chief", "Chair", "Chairman", "Officer"))[:-1]
_RUN_WORD = rf"(?:[A-Z][\w.'\u2019-]*|of|for|to|the|and the|(?:{_OFFICE_END})and)"  # "Politburo Member and Director of"
_RUN_START = r"(?:(?:former|late)\s+)?(?:[A-Z][\w.'\u2019-]*|the)"  # not "of": "the death of President X" keeps "of"
_FAMILY_FIRST = frozenset(words("family_name_first"))
_GIVEN = frozenset(words("given_names"))
_FAMILY_FIRST_COUNTRIES = frozenset(words("family_name_first_countries"))
_PATRONYMIC = words("patronymic_particles")
_POST_NOMINAL = f"(?:{alternation(words('post_nominals'))})"


def _headline_pattern(name: str) -> str:
    """Return the pattern of a person named in a title: office words before; "Jr", post-nominals, "of X" after."""
    return (
        rf"(?:\b{_RUN_START}(?:\s+{_RUN_WORD}){{0,15}}\s+)?{re.escape(name)}(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?"
        rf"(?:,?\s+{_POST_NOMINAL}\b)*"
        rf"(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w]*(?:\s+[A-Z][\w]*){{0,2}}))?"
    )


_MARK = "\x00"  # stands for the one mention of a name, so that one compiled pattern serves every name
_MARKED_NAME = re.compile(_headline_pattern(_MARK))


def _name_in_title(title: str, name: str) -> tuple[str, re.Pattern[str]]:
    """Return `title` and the pattern of `name` in it: the name's one mention marked, or the name's own pattern.

    With one mention, the text around it is the same either way, so the marked pattern matches
    the same span and groups (compiling a pattern per name was most of `_headline_names`).
    """
    first = title.find(name)
    if _MARK in title or _MARK in name or title.find(name, first + 1) != -1:
        return title, rx(_headline_pattern(name))
    return title[:first] + _MARK + title[first + len(name) :], _MARKED_NAME


def _headline_names(title: str, people: list[Person]) -> str:
    """Name people as a headline does: the surname, without the office before it or country after it."""
    from sitbrief.extract.lexicon import lexicon

    for person in sorted(people, key=lambda p: -len(p.name)):
        if person.name not in title:
            continue
        short = _surname(person)
        title, pattern = _name_in_title(title, person.name)

        def swap(match: re.Match[str], short: str = short) -> str:
            tail = match["of"]
            if tail and lexicon().country(tail) is None:
                return f"{short} of {tail}"
            return short

        match = pattern.search(title)
        if match is None:
            continue
        start = match.start()
        joined = _OFFICE_RUN_BEFORE.search(title[:start])  # "Office of Science and Technology Policy Director X":
        named = joined and any(w in joined.group(0).split() for p in people if p is not person
                               for w in [*p.name.split(), _surname(p)])  # "Secretary of State A Kerry and"
        if joined and match.group(0) != person.name and not named:  # the office began before the "and"
            start = joined.start()
        title = title[:start] + swap(match) + title[match.end() :]
    return title


_OFFICE_RUN_BEFORE = re.compile(  # "Office of Science and ": a body's name the "and" runs through, not a name list
    r"\b[A-Z][\w'\u2019-]*\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+)+and\s+$"
)


def _subject_named(title: str, people: list[Person]) -> str:
    """Name a headline's opening subject as a headline does ("Defence Minister Ann Roe met ..." -> "Roe met ..."),
    leaving the people named later as written."""
    for person in people:
        at = title.find(person.name)
        if at < 0 or title[at + len(person.name) :][:1] not in (" ", ","):
            continue
        shortened = _headline_names(title[: at + len(person.name)], [person])
        if shortened == _surname(person):  # the whole opening was the person and their office
            return shortened + title[at + len(person.name) :]
    return title


_OFFICE_THEN_NAME = re.compile(  # "The Prime Minister, Carney, meets": an office, then its holder set off
    r"^(?:The\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*,\s+(?P<name>[A-Z][\w'\u2019-]+),\s+")


def _offices_named(title: str, event: Event, people: list[Person]) -> str:
    """Return a title naming the participants it calls by office: "The Prime Minister, Carney, meets with the
    President of the United States" -> "Carney meets with Trump" (an office only one participant holds)."""
    taking_part = [p for p in people if p.id in event.participants]
    opening = _OFFICE_THEN_NAME.match(title)
    office = opening and {w.lower() for w in re.findall(r"[A-Za-z]+", title[: opening.start("name")])}
    if opening and office & lexicon().role_heads and any(opening["name"] == _surname(p) for p in taking_part):
        title = f"{opening['name']} {title[opening.end():]}"
    for person in taking_part:
        for role in person.roles if _surname(person) not in title else []:
            called = re.search(rf"\bthe\s+{re.escape(role)}(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'\u2019-]*)+)?\b", title)
            if called and sum(role in p.roles for p in taking_part) == 1:
                title = title[: called.start()] + _surname(person) + title[called.end() :]
                break
    return title


def _surname(person: Person) -> str:
    """Return the name a headline uses for `person`: a one-word alias, an upper-case family name, the last word."""
    words = [w for w in person.name.replace(",", " ").split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")]
    upper = [w for w in words if w.isupper() and len(w) > 2]
    single = sorted({w for a in person.aliases if (w := _lone_name_word(a, words))}, key=words.index, reverse=True)
    if len(words) > 1 and words[0] in _GIVEN and words[0] not in _FAMILY_FIRST:
        single = [w for w in single if w != words[0]]  # a quote's "Boris's relationship": the given name, not his
    if not (single or upper) and len(words) in (2, 3) and words[0] in _FAMILY_FIRST:
        return " ".join(words)  # "Yang Jiechi": the last word is a given name, so the name stays whole
    if (not (single or upper) and len(words) == 2 and words[1] in _GIVEN and words[0] not in _GIVEN
            and person.affiliation in _FAMILY_FIRST_COUNTRIES):
        return words[0]  # "Kishida Fumio": written family name first, so the first word is the surname
    if not single and _PATRONYMIC & set(words):
        return " ".join(words)  # "Khalid bin Salman": the last word is the father's name
    return (single or upper or words[-1:] or [person.name])[0]


def _lone_name_word(alias: str, words: list[str]) -> str | None:
    """Return the one word of a person's name an alias uses alone ("Minister Kihara" -> "Kihara"), else None."""
    used = [w for w in alias.split() if w in words]
    return used[0] if len(used) == 1 else None


def _first_evidence(doc: Doc, event: Event) -> int:
    """Return the index of the sentence an event's evidence opens with."""
    return next(i for i, s in enumerate(doc.sentences) if s.id == event.evidence[0])


def _first_person(doc: Doc, event: Event, drafts: list[PersonDraft], people: list[Person]) -> Person | None:
    """Return the person mentioned first in the event's first sentence."""
    index = _first_evidence(doc, event)
    found = sorted((s, n) for n, d in enumerate(drafts) for i, s, _ in d.mentions if i == index)
    return people[found[0][1]] if found else None


def _appointee(doc: Doc, event: Event, drafts: list[PersonDraft], people: list[Person]) -> Person | None:
    """Return whom "on his/her appointment" names: the last person before it ("congratulated X on his appointment")."""
    index = _first_evidence(doc, event)
    own = re.search(r"\bon\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}appointment\b", doc.sentences[index].text, re.I)
    if not own:
        return None
    found = sorted((s, n) for n, d in enumerate(drafts) for i, s, _ in d.mentions if i == index and s < own.start())
    return people[found[-1][1]] if found else None


def _antecedent(doc: Doc, event: Event, drafts: list[PersonDraft], people: list[Person]) -> Person | None:
    """Return the person a title's "He"/"She" stands for: the first one mentioned before the pronoun."""
    index = _first_evidence(doc, event)
    pronoun = re.search(r"\b(?:he|she|who)\b", doc.sentences[index].text, re.I)
    limit = pronoun.start() if pronoun else len(doc.sentences[index].text)
    found = sorted((s, n) for n, d in enumerate(drafts) for i, s, _ in d.mentions if i == index and s < limit)
    if not found and index > 0 and not re.match(r"who\b", pronoun[0] if pronoun else "", re.I):
        found = sorted((s, n) for n, d in enumerate(drafts) for i, s, _ in d.mentions if i == index - 1)
    return people[found[0][1]] if found else None


def _unique(prefix: str, name: str, taken: set[str]) -> str:
    """Return a readable id for `name`, unique among `taken`."""
    base = f"{prefix}-{slugify(name, 40)}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _people(drafts: list[PersonDraft]) -> list[Person]:
    taken: set[str] = set()
    return [
        Person(
            id=_unique("p", d.name, taken),
            name=d.name,
            roles=d.roles,
            affiliation=d.affiliation,
            aliases=sorted(d.aliases),
            evidence=d.evidence,
        )
        for d in drafts
    ]


def _organisations(drafts: list[OrgDraft]) -> list[Organisation]:
    taken: set[str] = set()
    return [
        Organisation(
            id=_unique("o", d.acronym or d.name, taken),
            name=d.name,
            acronym=d.acronym,
            country=d.country,
            kind=d.kind,
            evidence=d.evidence,
        )
        for d in drafts
    ]


def _places(drafts: list[PlaceDraft]) -> list[Place]:
    taken: set[str] = set()
    return [
        Place(id=_unique("pl", d.name, taken), name=d.name, kind=d.kind, country=d.country, evidence=d.evidence)
        for d in drafts
    ]


def _events(
    doc: Doc,
    drafts: list[EventDraft],
    people_drafts: list[PersonDraft],
    people: list[Person],
    orgs: list[Organisation],
    places: list[Place],
    anchor: date | None,
) -> list[Event]:
    events = []
    for n, draft in enumerate(drafts, start=1):
        sids = set(draft.evidence)
        participants = [p.id for d, p in zip(people_drafts, people, strict=True) if _takes_part(doc, d, sids)]
        participants += [o.id for o in orgs if sids & set(o.evidence)]
        participants += [p.id for p in places if p.kind == "country" and sids & set(p.evidence)]
        when = _when(draft, anchor)
        events.append(
            Event(
                id=f"ev-{n}",
                kind=draft.kind,
                title=_fit_title(doc, draft, people),
                when=when,
                where=_where(doc, draft, places),
                participants=participants,
                status=draft.status,
                evidence=draft.evidence,
            )
        )
    return sorted(events, key=lambda e: (e.when.start is None, e.when.start or "", e.id))


# ", Pentagon Press Secretary Peter Cook said today." / ", according to X.": who reports the event, not who takes part
_REPORTED_BY = re.compile(
    rf",\s+(?!(?:{alternation(words('clause_openers'))})\b)[^,;]{{1,80}}?\s+(?:{alternation(SPEECH_VERBS)})\b"
    r"[^,;]{0,50}[.!?]?[\"\u201d\u2019']?\s*$"
    r"|,?\s+according to\s+[^,;]{1,80}[.!?]?[\"\u201d\u2019']?\s*$",
    re.I,
)


def _takes_part(doc: Doc, person: PersonDraft, sids: set[str]) -> bool:
    """Tell whether `person` is named in an event's sentences other than only as the one reporting it."""
    if not sids & set(person.evidence):
        return False
    here = [(doc.sentences[i], start) for i, start, _ in person.mentions if doc.sentences[i].id in sids]
    return not here or any(not _reporter_at(sentence.text, start) for sentence, start in here)


def _reporter_at(text: str, start: int) -> bool:
    """Tell whether offset `start` of a sentence lies in its closing attribution ("..., Cook said.")."""
    tail = _REPORTED_BY.search(text)
    return bool(tail) and start >= tail.start() and not FIRST_PERSON.search(text, 0, tail.start())


def _when(draft: EventDraft, anchor: date | None) -> When:
    expr = draft.date
    if expr is None:
        return When(precision="unknown", anchor=anchor.isoformat() if anchor else None, rule="no date stated")
    return When(
        text=expr.text,
        start=expr.start,
        end=expr.end,
        precision=expr.precision,
        anchor=anchor.isoformat() if anchor else None,
        rule=expr.rule,
    )


_COMPASS = r"(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+|central\s+)"


def _where(doc: Doc, draft: EventDraft, places: list[Place]) -> str | None:
    """Return the id of the place an event happens at ("in Tokyo", "at Northwood", "a Taiwan Strait transit")."""
    for place in places:
        named = place.kind != "country" and place.name in draft.title and word_rx(place.name).search(draft.title)
        if named and set(place.evidence) & set(draft.evidence):
            return place.id
    own = _trigger_place(doc, draft, places)
    if own is not False:
        return own
    for sid in draft.evidence:
        text = next(s.text for s in doc.sentences if s.id == sid)
        for place in places:
            if (
                place.kind != "country"
                and sid in place.evidence
                and place.name in text
                and rx(rf"\b(?:in|at|off|near|to)\s+(?:the\s+)?{_COMPASS}?{re.escape(place.name)}").search(text)
            ):
                return place.id
    return None


_NEW_PREDICATE = re.compile(
    r"\b(?:and|but)\s+(?:also\s+)?(?:look|looks|looked|will|would|agreed|welcomed|discussed|reaffirmed|pledged|"
    r"committed|noted|expressed|stressed|thanked|called|urged|said)\b"
)


def _country_of(text: str, trigger: tuple[int, int], clause: tuple[int, int], at: int) -> bool:
    """Tell whether "in <country>" at `at` places the trigger's event: just after it in its clause ("met in
    Singapore"), not a topic's ("a meeting to discuss the crisis in Israel") nor a gathering's still to come."""
    near = trigger[1] <= at < clause[1] and at >= clause[0] and at - trigger[1] <= 40
    coming = _COMING.search(text, max(0, trigger[0] - 40), trigger[0])
    return near and not coming and not _TOPIC.search(text, trigger[1], at)


_COMING = re.compile(r"\b(?:ahead\s+of|upcoming|forthcoming|next)\b[^,;.]*$", re.I)  # "ahead of next month's summit"


_TOPIC = re.compile(  # a topic's country or a gathering still to come ("ahead of next month's summit in Japan")
    r"\b(?:discuss\w*|about|on|regarding|concerning|situation|crisis|conflict|war|aggression|ahead|upcoming|"
    r"forthcoming|next|before|prepar\w*)\b",
    re.I,
)


def _trigger_place(doc: Doc, draft: EventDraft, places: list[Place]) -> str | None | bool:
    """Return the place named in the trigger's own clause (after it first), None if the sentence's
    places all stand in other clauses, or False when the sentence names none ("in Tokyo" of the event,
    not of the exercise completed before it)."""
    if draft.trigger is None:
        return False
    text = doc.sentences[draft.sentence].text
    lo, hi = event_clause(text, draft.trigger)
    found = []
    for place in places:
        if place.name not in text:
            continue
        country = place.kind == "country"
        preposition = "in" if country else "in|at|off|near|to"
        for m in rx(rf"\b(?i:{preposition})\s+(?:the\s+)?{re.escape(place.name)}\b").finditer(text):
            after = m.start() >= draft.trigger[1]
            if country and not _country_of(text, draft.trigger, (lo, hi), m.start()):
                continue
            distance = m.start() - draft.trigger[1] if after else draft.trigger[0] - m.end() + 30
            if after and _NEW_PREDICATE.search(text, draft.trigger[1], m.start()):
                found.append((True, 0, place.id))  # "the exercise held in April and look forward to talks in Manila"
                continue
            between = text[m.end() : draft.trigger[0]] if not after else text[draft.trigger[1] : m.start()]
            where = not after and re.fullmatch(r",?\s+where\s+[^,;]*", between)  # "in Naples, where he met"
            opening = not after and re.fullmatch(r"\W*", text[: m.start()])  # "In Tokyo, Austin met Kihara"
            relative = after and re.fullmatch(r"(?:\s+[\w'\u2019-]+){0,4},\s+(?:which|where)\s+[^,;]*", between)
            if not after and lo <= m.start() < hi and re.search(r"\band\b", between):
                continue  # "discussed the situation in the Red Sea and preparations for the summit"
            inside = lo <= m.start() < hi or where or opening or relative  # "..., which India will host in Delhi"
            found.append((not inside, distance, place.id))
    if not found:
        return False
    best = min(found)
    return best[2] if not best[0] else None


def _quotes(drafts: list[QuoteDraft], ids: dict[int, str]) -> list[Quote]:
    return [
        Quote(id=f"q-{n}", speaker=ids.get(id(d.speaker)) if d.speaker else None, speaker_inferred=d.inferred,
              text=d.text, evidence=d.evidence)
        for n, d in enumerate(drafts, start=1)
    ]


def _resolved_dates(drafts: list[EventDraft]) -> dict[str, dict]:
    """Return, per sentence id, how each event's date expression was resolved."""
    known: dict[str, dict] = {}
    for draft in drafts:
        if draft.date is not None:
            for sid in draft.evidence:
                known.setdefault(sid, {}).setdefault(draft.date.text, draft.date)
    return known


def _summary(
    doc: Doc,
    quotes: list[Quote],
    known: dict[str, dict],
    events: list[Event],
    clauses: set[str],
    spots: dict[str, tuple[str, int]] | None = None,
    people: list[Person] | None = None,
    dateline: str | None = None,
    orgs: list[Organisation] | None = None,
) -> Summary:
    """Return the BLUF (the lead, dates made absolute), the headline (the main event's) and key points."""
    people, orgs, spots = people or [], orgs or [], spots or {}
    lead = lead_sentences(doc)

    main = main_event(doc, events, lead, spots)
    if main is None:
        lead = _dated_lead(doc, lead)
        main = main_event(doc, events, lead, spots)
    main = _beyond_description(doc, main, events, lead, spots)
    intro = statement_intro(doc, lead)  # a statement given as a quotation: its lead-in names who says it
    authors = statement_authors(doc.title or "")  # a joint statement's "we"
    if intro is not None:
        lead = [intro, lead[0]]
    whole = intro is None and bool(lead) and statement_quoted_whole(doc, lead[0])
    stems = listed_stems(doc)

    @cache
    def absolute(i: int) -> str:
        sentence = doc.sentences[i]
        said = unquoted(sentence.text) if whole else sentence.text  # the release's own report, dated as such
        text = absolute_text(clean_lead(said), doc.anchor, known.get(sentence.id))
        text = told_whole(stems[i], text) if i in stems else text  # "Unveil ..." after "X will also:"
        return here_named(re.sub(r"^\(?\d{1,2}[.)]\s+", "", text), dateline)

    opening = self_named(absolute(lead[0])) if lead and intro is None else ("", None)  # "We, the leaders of A, met"
    authors = opening[1] or authors or (lead_parties(absolute(lead[0])) if lead and intro is None else None)
    headed = headline_office(doc)
    bluf = _bluf(lead, intro, authors, absolute, people, opening, bool(headed))
    points = _key_points(doc, lead, {sid for q in quotes for sid in q.evidence}, bluf, authors, absolute, people, orgs)
    office = headed if intro is None and speaks_as_i(bluf) else ""
    if office:  # a minister's own release: "I visited ..." told of the office its headline names
        bluf, *told = narrated([bluf, *(p.text for p in points)], office)
        points = [Statement(text=t, evidence=p.evidence) for t, p in zip(told, points, strict=True)]
    title = _headline(doc, main, lead, intro, clauses, spots, people, orgs)
    title = _headline_of_authors(doc, title, authors)
    return Summary(headline=_told_not_as_we(title, main, events), bluf=bluf,
                   evidence=[doc.sid(i) for i in lead], key_points=points,
                   event=main.id if main is not None else None)


def _told_not_as_we(title: str, main: Event | None, events: list[Event]) -> str:
    """Return a headline with no "we"/"our" of the issuing government: told of the parties it opens on ("A and B
    discussed their agenda"), else the title of the event of the same kind and day that names who takes part
    ("We continued our consultations" -> "Bush talks with al-Maliki"), else ""."""
    if not speaks_as_we(title):
        return title
    if told := told_of_parties(title):
        return told
    twins = [e.title for e in events if main is not None and e.id != main.id and e.kind == main.kind
             and e.when.start and e.when.start == main.when.start and e.participants and not speaks_as_we(e.title)]
    return twins[0] if len(twins) == 1 else ""


def _bluf(lead: list[int], intro: int | None, authors: str | None, absolute: Callable[[int], str],
          people: list[Person], opening: tuple[str, str | None], narrator: bool = False) -> str:
    """Return the BLUF: the lead told of the joint statement's signatories, or a statement's lead-in with its
    quotation. A later lead sentence in the first person singular goes when the first is not and no headline
    names the narrator's office ("X condemns the attack." then "I strongly condemn ...": X's words, unquoted)."""
    if intro is not None:
        return _full_names(statement_lead(absolute(intro), absolute(lead[1])), people)
    first, named = opening  # the lead told of who "we" are, if it names them
    later = [absolute(i) for i in lead[1:]]
    texts = [first, *(t for t in later if narrator or speaks_as_i(first) or not speaks_as_i(t))] if lead else []
    told = [told_of(text, authors, n == 0 and named is None) for n, text in enumerate(texts)]
    if not authors and told:  # the issuing government's "we": told of the parties or of the government of the
        country = _subject_country(told[0], people)  # lead's official, else a later lead sentence left out
        told = [t for n, text in enumerate(told) if (t := told_not_as_we(text, country) or (text if n == 0 else None))]
    return _full_names(following_dropped(" ".join(told)), people)


_LOWER_WORD = re.compile(r"\b[a-z][\w'\u2019-]*")  # a sentence's first lower-case words
_JOINT_TITLE = re.compile(r"\b(?:communiqu[e\u00e9]|joint|declaration)\b", re.I)  # several governments' "we"


def _subject_country(text: str, people: list[Person]) -> str | None:
    """Return the country of the people a sentence opens on ("Minister of Defence Peeni Henare will ..."): before
    its first lower-case word other than a function word; None for a first-person sentence ("I met X"), or when
    they are of several countries or none."""
    if speaks_as_i(text):
        return None
    verb = next((m.start() for m in _LOWER_WORD.finditer(text) if m.group(0) not in _FUNCTION_WORDS),
                len(text))
    subjects = [p for p in people if p.name in text[:verb]]
    countries = {lexicon().country(p.affiliation) if p.affiliation else None for p in subjects}
    return countries.pop() if len(countries) == 1 else None  # "The Australian Ministers A and B and the UK's C
    # and D met": several governments, no one "we"


def _key_points(doc: Doc, lead: list[int], quoted: set[str], bluf: str, authors: str | None,
                absolute: Callable[[int], str], people: list[Person], orgs: list[Organisation]) -> list[Statement]:
    """Return the key points, an opening pronoun or "The ..." named after whom it stands for."""
    def antecedent(i: int) -> str | None:
        opening = _ANAPHOR.match(doc.sentences[i].text)
        found = named_before(doc, i, opening.group(1), people, orgs) if opening else None
        return found[2] if found else None

    joint = _JOINT_TITLE.search(doc.title or "")  # a communiqué's "we" is all its parties'
    country = _subject_country(bluf, people) if not joint else None  # the government of the lead's official

    def own_voice(i: int) -> bool:  # the issuing government's "we" that cannot be told of anyone: not a key point
        return authors is None and told_not_as_we(absolute(i), country) is None

    chosen = _key_point_sentences(doc, lead, quoted, antecedent, own_voice)
    texts = _told_of_signatories([stray_close_dropped(_named_point(absolute(i), i, lead + chosen, antecedent))
                                  for i in chosen], bluf, authors)
    texts = [told_not_as_we(t, country) or t if authors is None else t for t in texts]
    return [Statement(text=text, evidence=[doc.sid(i)]) for text, i in zip(texts, chosen, strict=True)]


def _headline(doc: Doc, main: Event | None, lead: list[int], intro: int | None, clauses: set[str],
              spots: dict[str, tuple[str, int]], people: list[Person], orgs: list[Organisation] = ()) -> str:
    """Return the main event's title when it reads as the lead's news, else a headline made of the lead."""
    first = clean_lead(doc.sentences[lead[0]].text) if lead else ""
    first = statement_said(first) + "." if intro is not None else first
    bare_first = re.sub(r"\s*\([A-Z]{2,8}\)", "", first)  # "Her Majesty's Canadian Ship (HMCS) Halifax"
    # a clause title without a verb is no headline: the lead's subject, or names and offices with function words only
    # ("The Ministers for X and Y, A and B"; the noun a first-person meeting became, "Meeting with X")
    subject_only = main is not None and not has_verb(main.title) and (
        first.startswith(main.title.split(" (")[0]) or main.title in bare_first or _names_only(main.title))
    own = _own_sentence(doc, main, spots)
    if main is not None and main.id in clauses and not subject_only and not _PURPOSE.match(main.title) and not any(
        cut_off(main.title, text) for text in (first, own)
    ):
        return _vessel_named(_offices_named(main.title, main, people), main, orgs)
    title = brief_headline(first, doc.anchor, doc.title or "") if lead else ""
    if title and title == (doc.title or "").strip() and _DOCUMENT_END.search(title):
        return _meeting_of(main, people) or title  # "... Ministers' Meeting 2023 Joint Statement": no clause
    return _subject_named(title, people) if title != (doc.title or "") else title


_DOCUMENT_END = re.compile(rf"\b(?:{alternation(words('document_title_nouns'))})\s*$", re.I)


def _meeting_of(main: Event | None, people: list[Person]) -> str:
    """Return a meeting's headline told of the two to four people taking part ("Marles, Hamada and Austin meet"),
    else ""."""
    persons = [p for p in people if main is not None and p.id in main.participants]
    if main is None or main.kind not in _MEETING_VERBS or not 2 <= len(persons) <= 4:
        return ""
    return _meeting_title(main, _joined(persons), {})


_FUNCTION_WORDS = words("function_words")
_SHIP_NOUNS = alternation(["ship", "vessel", "warship", "boat", *(w for w in words("ship_types") if w.islower())])
_THE_VESSEL = re.compile(rf"^The\s+(?:{_SHIP_NOUNS})\s+(?=[a-z])")  # "The ship to leave Devonport"


def _vessel_named(title: str, event: Event, orgs: list[Organisation]) -> str:
    """Return a title opening on "The ship ..." with the one ship taking part named ("HMS Sutherland to leave")."""
    found = _THE_VESSEL.match(title)
    ships = [o.name for o in orgs if o.kind == "ship" and o.id in event.participants]
    return f"{ships[0]} {title[found.end() :]}" if found and len(ships) == 1 else title


def _names_only(title: str) -> bool:
    """Tell whether a title holds no word that may be a verb: after its first word, only capitalised words and
    function words ("The Ministers for Foreign Affairs and Defence, Carr and Smith")."""
    rest = re.findall(r"[\w'\u2019-]+", title)[1:]
    return bool(rest) and all(w[:1].isupper() or w.lower() in _FUNCTION_WORDS for w in rest)


def _headline_of_authors(doc: Doc, title: str, authors: str | None) -> str:
    """Return a headline opening on a pronoun told of whom it stands for: a joint statement's signatories ("We
    discuss ..."), else the article's own headline ("They carry out training")."""
    if authors and re.match(r"We\s+[a-z]", title):
        rest = third_person(title[3:])  # "We discuss ..." of "E3 leaders' declaration": the signatories
        short = re.sub(r"^The\s+(?:[A-Z][a-z]+\s+){1,3}of\s+(?:the\s+)?", "", authors)  # "The Prime Ministers of
        return next((f"{who[:1].upper()}{who[1:]} {rest}" for who in (authors, short)  # A and B": the countries,
                     if len(f"{who} {rest}".split()) <= MAX_HEADLINE_WORDS), title)
    if _PRONOUN_HEADLINE.match(title) and reads_as_headline(doc.title or ""):
        return (doc.title or "").strip()  # "They carry out training": the article's own headline names them
    return title


def _told_of_signatories(points: list[str], bluf: str, authors: str | None) -> list[str]:
    """Return a joint statement's key points told of its signatories (`authors`), named once: by the BLUF, else
    by the first point opening on "We"."""
    told: list[str] = []
    for point in points:
        named = bool(authors) and (re.match(r"\W*We,", bluf) is not None
                                   or any(authors[1:] in t for t in [bluf, *told]))
        told.append(told_of(point, authors, not named))
    return told


def _key_point_sentences(doc: Doc, lead: list[int], quoted: set[str],
                         antecedent: Callable[[int], str | None] | None = None,
                         own_voice: Callable[[int], bool] | None = None) -> list[int]:
    """Return the key points: each paragraph's first reporting sentence after the lead; when the
    paragraphs give fewer than three (a readout in one paragraph), their later sentences in order; none
    in the issuing government's own voice (`own_voice`)."""
    firsts, later = [], []
    for _, _, indexes in doc.paragraphs:
        if continues_quotation([doc.sentences[i].text for i in indexes]):
            continue  # a speaker's words whose opening mark stands in the paragraph before
        reporting = [i for i in indexes if not _not_reporting(doc.sentences[i].text)]
        if reporting and reporting[0] not in lead and is_background(doc.sentences[reporting[0]].text):
            continue  # a paragraph opening on background ("This week in history ...") goes on with it
        firsts += reporting[:1]
        later += reporting[1:]
    chosen: list[int] = []
    later.sort()
    for pool in (firsts, later):
        for i in pool:
            if len(chosen) == MAX_KEY_POINTS or (pool is later and len(chosen) >= 3):
                break
            if _can_be_point(doc, i, lead, quoted, chosen) and _placed(doc, i, lead + chosen, antecedent) and not (
                    own_voice and own_voice(i)):
                chosen.append(i)
    return sorted(chosen)


def _can_be_point(doc: Doc, i: int, lead: list[int], quoted: set[str], chosen: list[int]) -> bool:
    """Tell whether sentence `i` can be a key point: new reporting after the lead, a whole sentence."""
    sentence = doc.sentences[i]
    if i in lead or (lead and i < lead[0]) or sentence.kind == "caption" or sentence.id in quoted:
        return False
    if is_background(sentence.text) or any(restates(sentence.text, doc.sentences[j].text) for j in lead + chosen):
        return False
    return word_count(sentence.text) >= 6 and bool(re.search(r"[.!?][\"\u201d\u2019)]?$", sentence.text.strip()))


_AUTHORS = (
    re.compile(r"^(?P<who>[^:\u2019']{3,80}?)[\u2019']s?\s+(?:joint\s+)?"
               r"(?:declaration|statement|communiqu[e\u00e9])\b", re.I),
    re.compile(r"^(?:joint\s+)?(?:statement|declaration|communiqu[e\u00e9])\s+(?:from|by|of)\s+(?:the\s+)?"
               r"(?P<who>[^:]{3,120}?)(?:\s+on\s+.*)?$", re.I),
)
_PLURAL_AUTHORS = re.compile(rf"\b(?:{alternation(words('plural_author_nouns'))})\b", re.I)
_JOINED_OFFICES = re.compile(r"\S\s+and\s+the\s+[A-Z]")  # "the President of A and the Prime Minister of B": two


def third_person(text: str) -> str:
    """Return the rest of a "we" clause told of named signatories ("reaffirm our commitment" -> "their")."""
    return re.sub(r"\b(?:our|ours|ourselves|we|us)\b", lambda m: THIRD_PERSON[m.group(0)], text)


def statement_authors(title: str) -> str | None:
    """Return who signs a statement its title names ("E3 leaders' declaration on ..." -> "E3 leaders",
    "Joint Statement from the Leaders of A and B" -> "The Leaders of A and B"): the "we" of its text.
    Only plural signatories are returned ("Statement by the Press Secretary" names one speaker; "by the President
    of A and the Prime Minister of B" two)."""
    for pattern in _AUTHORS:
        found = pattern.match(title.strip())
        if found and (_PLURAL_AUTHORS.search(found["who"]) or _JOINED_OFFICES.search(found["who"])):
            who = found["who"].strip()
            return f"The {who}" if re.match(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+of\b", who) else who
    return None


_ANAPHOR = re.compile(  # "It is X who ..." opens on no antecedent; "These ships ..." names its subject
    r"^(He|She|It(?!\s+(?:is|was)\s)|(?:This|These|That)(?=\s+(?:is|was|are|were|has|had|have|will|would|also|along|"
    r"[a-z]+ed)\b))\s+(?=[a-z])"
)


def _placed(doc: Doc, i: int, shown: list[int], antecedent: Callable[[int], str | None] | None) -> bool:
    """Tell whether a reader can place what a key point opens on: it names its subject, follows the sentence
    its "He"/"This" points back to on the page, or its "He"/"She"/"It" has an antecedent to name."""
    opening = _ANAPHOR.match(doc.sentences[i].text)
    if opening is None or i - 1 in shown:
        return True
    return opening.group(1) in ("He", "She", "It") and antecedent is not None and antecedent(i) is not None


def _named_point(text: str, i: int, shown: list[int], antecedent: Callable[[int], str | None]) -> str:
    """Return a key point with an opening "He"/"She"/"It" named when the sentence before it is not on the page."""
    opening = _ANAPHOR.match(text)
    if opening is None or opening.group(1) not in ("He", "She", "It") or i - 1 in shown:
        return text
    if (name := antecedent(i)) is None:
        return text
    return f"{name} {text[opening.end() :]}"


def _full_names(bluf: str, people: list[Person]) -> str:
    """Return the BLUF with a person it calls only by surname named in full at the first mention
    ("Ostlund and his adviser cased the colours" -> "Bill Ostlund and ...": the article named him before)."""
    for person in people:
        if person.name in bluf or " " not in person.name:
            continue
        short = next((a for a in person.aliases if " " not in a and a in person.name.split()), None)
        found = word_rx(short).search(bluf) if short else None
        if found and not re.search(r"[A-Z][\w.'\u2019-]*\s+$", bluf[: found.start()]):  # not "Dr Roe", "Cdr Roe"
            bluf = bluf[: found.start()] + person.name + bluf[found.end() :]
    return bluf


_PURPOSE = re.compile(r"^To\s+[a-z]")  # "To strengthen alliances ...": the lead's opening, not its event


def _dated_lead(doc: Doc, lead: list[int]) -> list[int]:
    """Return the lead, or, when it reports no event and no date (a scene set: "Children waved flags as
    the band played"), the first of the next two body sentences that reports the news: a date within
    two weeks of the article's, not in a quotation."""
    if not lead or doc.anchor is None or any(find_dates(doc.sentences[i].text, None, False) for i in lead):
        return lead
    body = [i for i in doc.body if i > lead[0] and not _not_reporting(doc.sentences[i].text)][:3]
    dated = next((i for i in body if _news_date(doc, doc.sentences[i].text)), None)
    return [dated] if dated is not None else lead


def _news_date(doc: Doc, text: str) -> bool:
    """Tell whether a sentence of the narrator's dates something within two weeks of the article."""
    if re.match(r"^\W*[\"\u201c\u2018']", text):
        return False
    found = find_dates(text, doc.anchor, False)
    starts = [date.fromisoformat(e.start) for e in found if e.start and len(e.start) == 10]
    return any(abs((s - doc.anchor).days) <= 14 for s in starts)


def _own_sentence(doc: Doc, event: Event | None, spots: dict[str, tuple[str, int]]) -> str:
    """Return the sentence an event was found in, as the lead is cleaned ("" when not known)."""
    spot = spots.get(event.id) if event is not None else None
    sentence = next((s for s in doc.sentences if s.id == spot[0]), None) if spot else None
    return clean_lead(sentence.text) if sentence is not None else ""


def _not_reporting(text: str) -> bool:
    """Tell whether a sentence cannot be a key point: an attribution lead-in, a question, a source note."""
    return bool(LEAD_IN.search(clean_lead(text))) or is_boilerplate(text)


def main_event(
    doc: Doc, events: list[Event], lead: list[int], spots: dict[str, tuple[str, int]] | None = None
) -> Event | None:
    """Return the event the lead reports: in the earliest lead sentence, a strong kind, most people involved;
    a statement only when the lead reports no meeting, call, exercise, deployment or agreement.

    Between events of one lead sentence alike in these, the one whose trigger comes first (its
    main verb: "spoke ... this morning to update on discussions held last week") is the lead's,
    and one told in a relative clause ("the leaders, who met in the margins of the summit") is
    mentioned in passing: it comes after every event the sentence itself reports.
    """
    sids = [doc.sid(i) for i in lead]
    spots = spots or {}

    def place(e: Event, first: int) -> int:
        spot = spots.get(e.id)
        return spot[1] if spot and spot[0] == sids[first] else len(doc.text)

    def passing(e: Event, first: int) -> bool:
        spot = spots.get(e.id)
        text = doc.sentences[lead[first]].text
        return bool(spot and spot[0] == sids[first] and _RELATIVE_BEFORE.search(text[: spot[1]]))

    ranked = []
    in_lead = set(sids)
    told = [(n, e) for n, e in enumerate(events) if set(e.evidence) & in_lead]
    happening = any(e.kind in _HAPPENING_KINDS for _, e in told)
    for n, e in told:
        first = (
            sids.index(e.evidence[0]) if e.evidence[0] in sids else min(sids.index(s) for s in e.evidence if s in sids)
        )
        ranked.append((
            happening and e.kind == "statement",  # "Ministers released a statement ..." above "they met in Oslo"
            first,
            passing(e, first),
            e.kind in ("statement", "announcement", "other"),
            -sum(1 for p in e.participants if p.startswith("p-")),
            place(e, first),
            e.when.start is None,
            n,
            e,
        ))
    return min(ranked, key=lambda r: r[:-1])[-1] if ranked else None  # n breaks every tie: no Event compared


_DESCRIPTION = re.compile(  # "One of the Navy's two warships on patrol in the Pacific, HMS Spey, joined ..."
    r"^(?P<desc>[^,]{12,}),\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z0-9][\w.'\u2019()-]*){0,4},\s+(?P<verb>[a-z]+)\b")


def _beyond_description(doc: Doc, main: Event | None, events: list[Event], lead: list[int],
                        spots: dict[str, tuple[str, int]]) -> Event | None:
    """Return the main event, not one told in the description that opens the lead before its subject's name
    ("warships permanently on patrol in the Indo-Pacific, HMS Spey, joined forces ..."): then the next
    sentence's meeting, exercise or deployment, if it tells one."""
    spot = spots.get(main.id) if main is not None else None
    if main is None or spot is None or not lead or spot[0] != doc.sid(lead[0]):
        return main
    opening = _DESCRIPTION.match(doc.sentences[lead[0]].text)
    if opening is None or spot[1] >= opening.end("desc") or not has_verb(opening["verb"]):
        return main  # "in Rockingham, Western Australia, after ...": no name set off before its verb
    after = [i for i in doc.body if i > lead[-1]][:1]
    other = main_event(doc, [e for e in events if e is not main], after, spots) if after else None
    return other if other is not None and other.kind in _HAPPENING_KINDS else main


_HAPPENING_KINDS = frozenset({"meeting", "call", "talks", "exercise", "deployment", "agreement", "deal"})


_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|whom)\s+(?:[^\s,]+\s+){0,8}$", re.I)  # "who are set to soon hold joint"


def _context(doc: Doc) -> list[Statement]:
    """Return background sentences: what the article gives as context, not new reporting."""
    lead = set(lead_sentences(doc))
    return [
        Statement(text=s.text, evidence=[s.id])
        for i, s in enumerate(doc.sentences)
        if i not in lead and s.kind == "body" and is_background(s.text)
    ]


def _warnings(article: Article, events: list[Event], anchor: date | None) -> list[str]:
    """Return extraction warnings: unresolved relative dates, missing outlet."""
    warnings = list(article.warnings)
    unresolved = [e for e in events if e.when.text and e.when.start is None]
    if anchor is None and unresolved:
        warnings.append(
            f"no publication date found: {len(unresolved)} relative date(s) left "
            "unresolved; pass --published YYYY-MM-DD"
        )
    elif anchor is None:
        warnings.append("no publication date found; pass --published YYYY-MM-DD if you know it")
    return warnings
