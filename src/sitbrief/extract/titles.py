"""Short event titles: the noun phrase of a noun trigger ("two-plus-two security talks in Tokyo")
or the clause of a verb trigger ("Japan and Australia agreed ..."), without the date."""

from __future__ import annotations

import re

from sitbrief.extract.lexicon import lexicon, pairs, words
from sitbrief.extract.rx import alternation, rx
from sitbrief.text.gate import Gated

NOUN_TRIGGERS = words("event_nouns")
MODIFIERS = words("event_modifiers")
DETERMINERS = words("determiners")
RIGHT_STOP = words("title_right_stop")
RIGHT_OK = words("title_right_ok")
MAX_WORDS = 16
_POST_NOMINALS = words("post_nominals")
_WORD = re.compile(r"[^\s]+")
_CLOSES_BRACKET = re.compile(r"^[^(]*\)")


_NEXT_VERB = re.compile(
    r"(?:look|looks|looked|will|would|agreed|agree|welcomed|welcome|discussed|discuss|reaffirmed|reaffirm|"
    r"pledged|committed|noted|expressed|stressed|thanked|called|urged|said|also)$"
)


def noun_phrase(text: str, trigger: tuple[int, int], skip: tuple[int, int] | None) -> str | None:
    """Return the noun phrase around a noun trigger, or None for a verb trigger."""
    word = text[trigger[0] : trigger[1]].lower()
    if word.split()[-1] not in NOUN_TRIGGERS:
        return None
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    at = next(i for i, (_, s, e) in enumerate(words) if s <= trigger[0] < e or s >= trigger[0])
    last = next((i for i, (_, s, e) in enumerate(words) if e >= trigger[1]), at)
    left = _walk_left(words, at)
    right = _walk_right(words, last, skip)
    chosen = [
        w
        for w, s, e in words[left : right + 1]
        if not (skip and s >= skip[0] and e - len(w) + len(w.rstrip(",.;:'\"\u2019\u201d")) <= skip[1])
    ]
    title = " ".join(chosen).strip(" ,;:.")
    return finish_title(title, MAX_WORDS) or _without_tail(title)


def _without_tail(title: str) -> str:
    """Return a short phrase without the words a cut date left dangling ("RIMPAC exercise on" -> "RIMPAC exercise")."""
    parts = title.split()
    while len(parts) > 1 and parts[-1].strip(",;:").lower() in TAIL_DROP:
        parts.pop()  # two words stay two: the event's title then comes from its clause
    title = " ".join(parts).strip(" ,;:")
    return title[:1].upper() + title[1:]


def _walk_left(words: list[tuple[str, int, int]], at: int) -> int:
    """Return the index where modifiers before the trigger begin."""
    i = at
    while i > 0:
        word = words[i - 1][0]
        bare = word.strip('"\u201c\u201d\u2018\u2019').lower()
        if word.endswith((",", ";", ":")) or bare in DETERMINERS or _CLOSES_BRACKET.search(word):
            break  # "today's (14 July) terror attack": a bracket opened earlier ends the modifiers
        if not (
            bare in MODIFIERS
            or word[:1] in '"\u201c\u2018'
            or word[:1].isupper()
            or re.fullmatch(r"[\w]+-[\w-]+", bare)
            or (bare.isdigit() and i > 1 and words[i - 2][0][:1].isupper())  # "Jutland 100 commemorations"
        ):
            break
        i -= 1
    return i


def _walk_right(words: list[tuple[str, int, int]], last: int, skip: tuple[int, int] | None) -> int:
    """Return the index where the phrase after the trigger ends."""
    j = last
    if words[j][0].endswith((",", ";", ":")):
        return j
    while j + 1 < len(words) and j - last < 16:
        word, start, _ = words[j + 1]
        bare = word.strip('"\u201c\u201d(),.;:').lower()
        if skip and start >= skip[0] and words[j + 1][2] <= skip[1]:
            j += 1
            continue
        if bare in RIGHT_STOP or (bare.endswith("ed") and bare not in RIGHT_OK and not word[:1].isupper()):
            break
        if word in ("\u2013", "\u2014", "-", "--"):  # a dash opens an aside or ends one
            break
        if bare == "and" and j + 2 < len(words) and _NEXT_VERB.match(words[j + 2][0]):
            break  # "the exercise held in April and look forward to ...": a new predicate
        j += 1
        if word.endswith((",", ";", ":", ".")) and not re.search(r"\b[A-Z]\.$", word):
            break
    while j > last and words[j][0].strip(",.;:").lower() in RIGHT_OK | DETERMINERS:
        j -= 1
    return j


PRESENT = pairs("verb_present")
TAIL_DROP = words("title_tail_drop")
_PRESENT_VERBS = "|".join(sorted(set(PRESENT.values()) | words("scheduled_verbs")))
_PAST_VERBS = "|".join(sorted(PRESENT))
HEADLINE_WORDS = 14
_SUBJECT_BREAK = re.compile(
    r"(?:[;:]\s|\s[\u2013\u2014-]\s(?![^()]*\))|\b(?:which|who|whom|where|when|while|whereas|although|because|"
    r"since|after|before|(?<!known )(?<!such )(?<!described )as|but|and then|that)\s|"
    # "X toured the base, and the general held talks": a second clause with a subject of its own
    r",\s+and\s+(?=(?:the|a|an|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){1,5}$))"
)
_LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:on|in|at|during|after|before|following|earlier|later|today|yesterday|this|last|"
    r"separately|meanwhile|additionally|also|first|then|since|for|from|over|with|under|while|as|throughout|across|"
    r"amid|despite)\b[^,]{0,60},\s+|in line with\b[^,]{0,100},\s+)",
    re.I,
)
_RIGHT_BREAK = re.compile(
    r"[,;:.!?]\s|[,;:.!?]$|\sand\s+(?:will|would|then|also)\s|\sand\s+(?=(?:met|held|signed|visited|attended|hosted|"
    r"conducted|travell?ed|toured|joined|launched|announced|sailed|arrived|departed|deployed|spoke|saw|watched|"
    r"meet|hold|sign|visit|attend|host|conduct|travel|join|launch|agreed|decided|pledged|discussed|reaffirmed)\s)|\s[\u2013\u2014-]\s|\s\((?![A-Z]{2,8}\)\s+[A-Z])|"
    r"\s(?:to (?:discuss|highlight|thank|update|reaffirm|express|"
    r"underscore|review|mark|show|demonstrate|support|strengthen|advance|enhance|deepen|address|explore|"
    r"enable|ensure|allow|help|promote|boost|improve|bolster|represent|"
    r"emphasi[sz]e|talk)|which|who|where|when|while|whereas|although|because|as|after|amid|following|"
    r"said|says|according)\b"
)
_FILLER = re.compile(
    r"\b(?:also|today|tonight|this (?:morning|afternoon|evening)|earlier today|here|recently)\b\s*", re.I
)


def clause_headline(text: str, trigger: tuple[int, int], skips: list[tuple[int, int]]) -> str | None:
    """Return a headline-like title for a verb trigger: its clause's subject, the verb, a short object.

    Dates (`skips`) and fillers ("also", "today") are dropped, appositives between commas leave the
    subject, the verb goes to the present tense, and the title never ends in a preposition or article.
    """
    if opening := _opening_participle(text, trigger, skips):
        return opening
    skips = skips + _dash_asides(text, trigger[0])  # "The leaders – A, B and C – today assessed": the aside goes
    masked = text
    for lo, hi in skips:
        masked = masked[:lo] + " " * (hi - lo) + masked[hi:]
    start = _subject_start(masked, trigger[0])
    start += len(masked[start:]) - len(masked[start:].lstrip())
    subject = _DATE_GAP.sub("", _blank(text, start, trigger[0], skips))  # "On Tuesday the Chief" -> "the Chief"
    if not subject.strip() and (antecedent := _ANTECEDENT.search(masked[max(0, start - 100) : start])):
        subject = _object_antecedent(_DATE_GAP.sub("", antecedent.group(1))) + " "  # "the Prime Ministers who met"
    elif (relative := _RELATIVE_END.fullmatch(subject)) and _FINITE_IN.search(f" {relative.group(1)} "):
        subject = _object_antecedent(relative.group(1)) + " "  # "X concluded a treaty, which entered into force"
    elif _BARE_AUXILIARY.fullmatch(subject) and (
        antecedent := _RELATIVE_ANTECEDENT.search(text[max(0, start - 120) : start])
    ):
        subject = f"{antecedent.group(1)} {subject.strip()} "  # "equipment, including X, which would be arriving"
    verb = " ".join(_blank(text, trigger[0], trigger[1], skips).split())
    if re.fullmatch(r"[a-z]+ed|signed|held|made|sent|set", verb) and re.fullmatch(
        r"(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019)-]+,\s*", subject, re.I
    ):  # "The agreement, signed in 2019, expires": a participle after its noun is passive
        tail = _object(text, trigger[1], skips)
        plural = bool(re.search(r"[^s']s,\s*$|\band\b", subject))
        passive = " ".join(f"{subject.strip(' ,')} {'are' if plural else 'is'} {verb} {tail}".split())
        return finish_title(_FILLER.sub("", passive).strip(" ,;:"), limit=40)
    reporting = bool(re.match(r"(?:agreed|decided|announced|confirmed|pledged)$", verb, re.I))
    rest = _object(text, trigger[1], skips, reporting)
    coordinated = re.search(r"\s+and\s+(?:then\s+|also\s+|later\s+)?((?:will|would|to)\s+)?$", subject)
    coordinated = coordinated or _series(subject)
    if coordinated:
        future = coordinated.group(1) or _future_before(subject[: coordinated.start()])
        subject = re.split(
            rf"\s(?:will|would|has|have|is|are|was|were|to)\s|\s(?=\w+ed\s)|\s(?=(?:{_PRESENT_VERBS}|{_PAST_VERBS})\s)",
            subject[: coordinated.start()] + " ",  # "The leaders met and signed": the verb may end it
        )[0].rstrip()
        subject = f"{subject} {future}" if future else subject
    reported = re.search(r"(?:^|,\s+)((?:the\s+)?[A-Z][^,]{1,90})\s*$", subject)
    if reported and not rest.strip(" .") and reported.start() > 0:
        subject, rest = reported.group(1), subject[: reported.start()]
        rest = re.sub(r"^The\b", "the", rest.strip())
    subject, verb = _auxiliary(subject, verb)
    subject = re.sub(r"\s*\([^()]{0,120}\)", "", subject)  # an aside: "the ministers (Australia, Canada ...)"
    subject = _drop_descriptor(_drop_appositives(re.sub(r"^\(?\d{1,2}[.)]\s+", "", subject)))
    if re.search(r"\b(?:has|have|had|is|are|was|were)\s+\S", subject):
        return finish_title(" ".join(f"{subject} {verb} {rest}".split()), limit=40)
    head = re.split(r"\s(?:with|of|from|aboard|in|on|at|for|based|under|assigned)\s", subject)[0]
    head = _ADVERBS_AFTER.sub("", head)
    plural = bool(
        re.search(r"\sand\s+(?:the\s+)?[A-Z]", subject)
        or re.fullmatch(r"\s*(?:I|You)\s*", subject)
        or re.search(r"\b(?:personnel|people|staff|crew|troops|police|military personnel)\s*$", subject)
        or _PLURAL_HEAD.search(head)
    )
    tense = verb if re.search(r"\blast\s*$", subject) else _present(verb, plural)  # "Spey last visited Brunei"
    words_ = " ".join(f"{subject} {tense} {rest}".split())
    if "-" in words_:  # "co-hosted": "co-host" (a pattern per verb, compiled only where a hyphen is)
        words_ = rx(rf"\b(co|re|pre)-\s+(?={re.escape(tense)}\b)").sub(r"\1-", words_)
    words_ = _FILLER.sub("", words_).strip(" ,;:")
    return finish_title(words_, limit=40)


# a spaced hyphen sets an aside off as a dash does ("Two frigates - HMS A and HMS B – returned")
_DASH_ASIDE = re.compile(r"\s[\u2013\u2014-]\s[^\u2013\u2014]{3,240}?\s[\u2013\u2014-](?=\s)")


def _dash_asides(text: str, at: int) -> list[tuple[int, int]]:
    """Return the spans of asides set off by a pair of dashes before `at` (the subject's names between them)."""
    return [m.span() for m in _DASH_ASIDE.finditer(text, 0, at) if m.end() <= at and text[: m.start()].strip()]


_MAIN_SUBJECT = re.compile(
    r"((?:the\s+|an?\s+)?(?:[\w.'\u2019()-]+,?\s+){0,9}?[\w.'\u2019()-]+)\s+"
    rf"(?=(?:will|would|shall|has|have|had|is|are|was|were|{_PAST_VERBS}|[a-z]+ed)\b)"
)


NOMINAL_VERBS = pairs("nominal_verbs")
_OPENING_NOMINAL = re.compile(
    r"(?:After|Following|Upon|On)\s+(?:the\s+|its\s+|their\s+|her\s+|his\s+)?"
    rf"(?P<noun>{alternation(NOMINAL_VERBS)})\s+of\s+(?P<object>[^,;]{{3,120}}),\s+"
)


def _plural(subject: str) -> bool:
    """Tell whether a main-clause subject is plural ("the carrier and its escorts", "the ships")."""
    return bool(re.search(r"\band\b|[^s'\u2019]s$", subject))


def opening_nominal(text: str, trigger: tuple[int, int], skips: list[tuple[int, int]]) -> str | None:
    """Return "The carrier completes an exercise" for "Following completion of an exercise, the carrier ...".

    The action a sentence-opening phrase names is done by the main clause's subject.
    """
    found = _OPENING_NOMINAL.match(text)
    if not found or not found.start("object") <= trigger[0] < found.end("object"):
        return None
    subject = _MAIN_SUBJECT.match(text, found.end())
    if not subject:
        return None
    own = _blank(text, found.start("object"), found.end("object"), skips)
    plural = _plural(subject.group(1))
    verb = NOMINAL_VERBS[found["noun"]]
    verb = verb[:-2] if plural and verb.endswith("es") and verb[-3] in "sxh" else verb[:-1] if plural else verb
    return finish_title(" ".join(f"{subject.group(1)} {verb} {_FILLER.sub('', own)}".split()), limit=40)


def _opening_participle(text: str, trigger: tuple[int, int], skips: list[tuple[int, int]]) -> str | None:
    """Return "The task group departs from Sydney" for "Departing today from Sydney, the task group will ...".

    A participle opening the sentence has the main clause's subject for its own.
    """
    verb = text[trigger[0] : trigger[1]]
    if text[: trigger[0]].strip() or not re.fullmatch(r"[A-Z][a-z]{2,}ing", verb):
        return None
    comma = re.match(r"[^,;]{0,120},\s+", text[trigger[1] :])
    subject = _MAIN_SUBJECT.match(text, trigger[1] + comma.end()) if comma else None
    if not subject:
        return None
    own = _blank(text, trigger[1], trigger[1] + comma.end() - 1, skips)
    stem = verb[:-3].lower()
    plural = _plural(subject.group(1))
    now = _present(stem + ("d" if stem.endswith("e") else "ed"), plural)
    own = re.sub(r"\(\s*(?:[A-Z][a-z]+day)?[\s,]*\)", "", _FILLER.sub("", own))  # "(Tuesday 7 May)" without its date
    named = _drop_appositives(subject.group(1))
    return finish_title(" ".join(f"{named} {now} {own}".split()), limit=40)


_SERIES_VERB = re.compile(  # "X traveled to Tokyo, met Y": the clause before the comma has a finite verb
    rf"\s(?:{'|'.join(sorted(PRESENT))}|(?:visit|attend|host|conduct|sign|travell|travel|tour|join|launch|"
    r"announc|sail|arriv|depart|deploy|call)ed)\s"
)


_DATE_GAP = re.compile(r"\b(?i:on|in|at|during|by|since|until|from|early|late)\s{2,}")
_ANTECEDENT = re.compile(
    r"(?:^|,\s|\b(?:by|with|to|for|and|from|of)\s)((?:the\s+)?(?-i:[A-Z])"
    r"(?:(?!\b(?:by|with|to|for|from|was|were|is|are|has|have|had)\b)[^,;:]){0,80}?),?\s+(?:who|which|that)\s+$"
)


_RELATIVE_END = re.compile(r"(.+?),?\s+(?:which|that)\s*")
_FINITE_IN = re.compile(rf"\s(?:[a-z]+ed|{_PAST_VERBS})\s")  # a past verb: the phrase is a clause, not a noun
_BARE_AUXILIARY = re.compile(r"\s*(?:will|would|shall|is|are|was|were|has|have|had)(?:\s+(?:be|been))?\s*")
_RELATIVE_ANTECEDENT = re.compile(
    r"(?:^|,\s+(?:including\s+)?|\b(?:including|of|by|with|for)\s+)((?:the\s+)?\w[^,;:]{2,80}?),?\s+(?:which|that|who)\s+$"
)


def _object_antecedent(phrase: str) -> str:
    """Return the noun a relative clause follows: the object when the phrase holds its own verb.

    "Australia and the UK concluded a new treaty, which entered into force": the treaty entered it.
    """
    verb = _FINITE_IN.search(f" {phrase} ")
    noun = verb and _LAST_NOUN_PHRASE.search(phrase, verb.end() - 1)
    return f"the {noun.group(1)}" if noun else phrase


_LAST_NOUN_PHRASE = re.compile(r"\b(?:a|an|the)\s+((?:[\w'\u2019-]+\s+){0,4}[\w'\u2019-]+)\s*$")


def _future_before(subject: str) -> str | None:
    """Return "will " when the first verb of a coordinated subject is future ("X will meet A and hold B")."""
    first = re.search(
        rf"\s(will|would|shall)\s|\s(?:has|have|is|are|was|were|to)\s|\s\w+ed\s|\s(?:{_PRESENT_VERBS})\s", subject
    )
    return "will " if first and first.group(1) else None


def _series(subject: str) -> re.Match[str] | None:
    """Return the ", " that ends a subject holding a verb of its own (a series of verbs), else None."""
    comma = re.search(r",\s*()$", subject)
    return comma if comma and _SERIES_VERB.search(subject[: comma.start()]) else None


_PHRASE_START = frozenset(
    [
        "in",
        "on",
        "at",
        "for",
        "to",
        "from",
        "with",
        "of",
        "by",
        "and",
        "under",
        "over",
        "near",
        "off",
        "during",
        "after",
        "against",
        "towards",
        "toward",
        "through",
        "across",
        "via",
        "among",
        "around",
        "about",
        "between",
    ]
)
_DANGLING = re.compile(
    r"\b(?:on|in|at|from|since|during|of)"
    r"(?:\s+(?=(?:by|on|in|at|to|for|with|from|and|en route|via)\b)|\s*(?=[,.;:]|$))",
    re.I,
)


# "to remain in Australia at least until" once its date is cut out
_OPEN_BOUND = re.compile(r"(?:\s+(?:at\s+least|at\s+the\s+latest))?\s+(?:until|till|through|up\s+to)\s*$", re.I)


def _before_unopened(title: str) -> str:
    """Return `title` up to a closing bracket opened before it ("X is operating in the Baltic)" loses the ")")."""
    depth = 0
    for at, char in enumerate(title):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return title[:at].rstrip()
    return title


_STRAY_PART = re.compile(  # "spoke to Trudeau yesterday evening" without its date: "... Trudeau evening"
    r"(?<!\bthe)(?<!\bthis)(?<!\bthat)(?<!\blast)(?<!\beach)(?<!\bevery)(?<!\bon)(?<!\bat)(?<!\bin)(?<!\bby)"
    r"(?<!\bone)(?<!\bof)\s+(?:morning|afternoon|evening|night)(?=\s*(?:[,;]|$))"
)
_PURPOSE_LEFT = re.compile(r"(?P<before>\S+)\s+(?P<order>in\s+order\s+)?to\s+(?P<verb>[a-z]+)$")
_PURPOSE_VERBS = words("purpose_verbs")


def _without_left_purpose(title: str) -> str:
    """Drop a purpose whose object was cut ("departs for Fiji and Australia to meet", "in order to meet")."""
    m = _PURPOSE_LEFT.search(title)
    if m and (m["order"] or m["verb"] in _PURPOSE_VERBS and m["before"][:1].isupper()):
        return title[: m.end("before")]
    return title


_JOINED_LEAD_IN = re.compile(r",?\s+and\s+(?:confirmed|agreed|issued|released|adopted|stated|noted|made)$")
# "X condemned the attack, saying": the words said were cut off, the participle that opens them goes too
_SPEECH_ASIDE_LEFT = re.compile(rf",\s+(?:{alternation(words('speech_asides'))})(?:\s+that)?\s*[,:]?$", re.I)


def finish_title(title: str, limit: int = HEADLINE_WORDS) -> str | None:
    """Return `title` tidied (no dangling words, at most `limit` words), or None if too short."""
    # a part of the day whose date was cut out; "... and confirmed" once "the following points:" is cut off
    title = _JOINED_LEAD_IN.sub("", _STRAY_PART.sub("", _before_unopened(title)))
    title = _SPEECH_ASIDE_LEFT.sub("", title)
    title = re.sub(r"\s*\([^()]*$", "", title)  # an aside cut open by the length limit
    title = _DANGLING.sub("", re.sub(r"\s*\([A-Z][A-Z-]{1,7}(?:\s[A-Z]{2,6})?\)", "", title))
    title = _OPEN_BOUND.sub("", title)
    parts = title.replace(" ,", ",").split()
    if len(parts) > limit:
        following = parts[limit]
        parts = parts[:limit]
        window = range(len(parts) - 1, max(len(parts) - 6, 2), -1)
        conjunction = [i for i in window if parts[i].lower() == "and"]
        back = [i for i in window if parts[i].lower() in _PHRASE_START]
        if conjunction and following[:1].islower():
            parts = parts[: conjunction[0]]
        elif back and (following[:1].isupper() or parts[-1].lower() in TAIL_DROP):
            parts = parts[: back[0]]
        if len(parts) > 4 and parts[-2].lower() == "to":
            parts = parts[:-2]
    while parts and (
        parts[-1] in (".", "\u2014", "\u2013", "-")
        or parts[-1].strip(",;:").lower() in TAIL_DROP
        or parts[-1].endswith((",", ";", ":", "'", "\u2019", "'s", "\u2019s"))  # "... the two countries'"
    ):
        if parts[-1].endswith((",", ";", ":")) and parts[-1].strip(",;:").lower() not in TAIL_DROP:
            parts[-1] = parts[-1].rstrip(",;:")
            continue
        parts.pop()
    while parts and parts[0].lower() in ("and", "but", "or", "so", "then", "also"):
        parts.pop(0)
    parts = re.sub(r"\s*\([^()]*$", "", " ".join(parts)).split()  # an aside the cut left open
    parts = _REDUNDANT_MEETING.sub(r"\1", _without_left_purpose(" ".join(parts))).split()
    if len(parts) < 3:
        return None
    title = " ".join(parts).strip(" ,;:")
    return title[:1].upper() + title[1:]


_REDUNDANT_MEETING = re.compile(  # "meets X for a meeting": the verb tells it already
    r"\b((?:meets|met|meet)\b.*?)\s+for\s+a\s+meeting$"
)


_OPENING = re.compile(
    r"^(?:\(?\d{1,2}[.)]\s+)?(?:(?:Upon|After|Before|On|While|When|As well as|In addition to|Besides|Apart from)"
    r"\s+[a-z]+ing|"
    r"[A-Z][a-z]+ing)\b[^,]{0,200},\s+"
    r"(?=(?:the|a|an|[A-Z])\w*)"
)


def _subject_start(text: str, at: int) -> int:
    """Return where the clause of the verb at `at` begins (commas do not end a clause).

    An opening participial or prepositional phrase ("Acknowledging the progress ..., the
    Ministers signed", "On 7 July, ...") is not part of the subject.
    """
    start = 0
    opening = _OPENING.match(text[:at])
    if opening:
        start = opening.end()
    for m in _SUBJECT_BREAK.finditer(text, start, at):
        aside = re.match(r"(?:which|who|whom|whose)\s", m.group(0)) and text[m.start() - 2 : m.start()] == ", "
        if aside and ", " in text[m.end() : at]:
            continue
        start = m.end()
    numbered = re.match(r"\s*\(?\d{1,2}[.)]\s+", text[start:at])  # "1. On 5 September, the Ministers held"
    start += numbered.end() if numbered else 0
    lead = _LEADING_ADVERBIAL.match(text[start:at].lstrip())
    start += len(text[start:at]) - len(text[start:at].lstrip())
    if lead and at - start - lead.end() > 2:
        start += lead.end()
    return start


def _blank(text: str, start: int, end: int, skips: list[tuple[int, int]]) -> str:
    """Return text[start:end] without the `skips` spans."""
    out, pos = [], start
    for s, e in sorted(skips):
        if e <= start or s >= end:
            continue
        out.append(text[pos : max(s, pos)])
        pos = max(pos, e)
    out.append(text[pos:end])
    return "".join(out)


_ROLE_PIECE = re.compile(
    r"^(?!.*\band\b)(?:[A-Z][\w.'-]*\s+){0,4}(?:Minister|Secretary|Commander|President|Director|Chief|Ambassador|"
    r"Spokesperson|Spokesman|Spokeswoman|Chair|Chairman|Head|Premier|Governor)\b"
)


def _drop_descriptor(subject: str) -> str:
    """Drop a description before a name ("The Arleigh Burke-class destroyer USS X (DDG 93)" -> "USS X")."""
    subject = re.sub(r"\s*\((?=[^)]*\d)[A-Z]{2,5}[\s-]?\d+\)", "", subject)
    words_ = subject.split()
    if not words_ or words_[0] not in ("The", "A", "An"):
        return subject
    for j in range(2, len(words_)):
        prev = words_[j - 1]
        if words_[j][:1].isupper() and prev[:1].islower() and prev.lower() not in TAIL_DROP:
            return " ".join(words_[j:])
    return subject


_LAST_ITEMS = re.compile(r"the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+and\s+(?:the\s+)?[A-Z][\w\s-]*")
_OFFICE_WORD = re.compile(r"(?:[A-Z][\w'\u2019-]*|of|for|the|and|&)$")


def _office_only(piece: str) -> bool:
    """Return whether a comma piece is an office and nothing else ("Minister for Veterans and Families")."""
    parts = re.sub(r"^(?:The|the)\s+", "", piece).split()
    if not parts or not all(_OFFICE_WORD.match(w) for w in parts) or not parts[0][:1].isupper():
        return False
    heads = lexicon().role_heads
    return any(w.lower() in heads for w in parts) and not any(w in _POST_NOMINALS for w in parts)


def _drop_appositives(subject: str) -> str:
    """Keep a subject's names and drop what commas set off ("X, commander, Y Forces, and Z" -> "X and Z").

    A piece starting in lower case ("commander") opens an appositive that lasts until a piece
    starting with "and"; capitalised pieces straight after a name are items of a list ("A, B and C").
    """
    pieces = [p.strip() for p in subject.split(",")]
    if len(pieces) >= 3 and re.fullmatch(r"We|They", pieces[0]) and re.match(r"the\s+[a-z]", pieces[1]):
        named = ", ".join(p for p in pieces[1:] if p)  # "We, the leaders of A, B and C, met": who "we" are
        return named[:1].upper() + named[1:]
    if len(pieces) >= 2 and _office_only(pieces[0]) and re.match(r"[A-Z]", pieces[1]) and not _office_only(pieces[1]):
        pieces = pieces[1:]  # "Minister for Veterans and Families, Jane Holloway": the office before the name goes
    kept, aside = pieces[0], False
    listed = bool(re.search(r"\bincluding\b|[\u2013\u2014]", subject))  # a list inside the subject's aside
    for piece in pieces[1:]:
        if not piece:
            continue
        if re.match(r"(?:and|or)\s", piece):
            kept, aside = f"{kept} {piece}", False
        elif not aside and not listed and _LAST_ITEMS.fullmatch(piece) and not _ROLE_PIECE.search(piece):
            kept = f"{kept}, {piece}"  # "Japan, the Philippines and the United States": the last items of a list
        elif re.match(r"the\s+[A-Z]", piece) and lexicon().country(piece[4:]) and not aside and not listed:
            kept = f"{kept}, {piece}"  # "Indonesia, the United States, and the European Union": a list item
        elif piece[:1].islower() or aside or _ROLE_PIECE.search(piece):
            aside = not _ROLE_PIECE.search(piece) or aside
        elif re.fullmatch(r"[A-Z]{2,4}", piece):
            continue
        elif re.fullmatch(r"(?:Jr|Sr|I{1,3}|IV)\.?", piece):
            kept = f"{kept}, {piece}"
        else:
            kept = f"{kept}, {piece}"
    return kept if kept.strip() else subject


_AUXILIARY = re.compile(r"\s(?:has|have|had|has been|have been|was|were)(?:\s+(?:just|now|also|already|recently))?\s*$")
# Adverbs between a subject and its verb ("The ministers also took part"): not the subject's head.
_ADVERBS_AFTER = re.compile(rf"(?:\s+(?:{alternation(words('sentence_adverbs'))}|[a-z]+ly))+\s*$")
_PLURAL_HEAD = re.compile(  # a head noun that takes a plural verb ("Officials", "the ships")
    rf"\band\b|\b(?:[Tt]hey|[Ww]e)\b|\b[a-z][\w-]*[^s'\u2019]s\s*$|\b(?:{alternation(words('plural_heads'))})\s*$"
)
_PASSIVE_AUX = re.compile(r"\s(was|were|has been|have been|had been)(?:\s+(?:just|now|also|already|recently))?\s*$")
_FUTURE_AUX = re.compile(r"\s(?:will|would|shall|is to|are to|is set to|are set to|is due to|are due to|plans? to)\s*$")


def _auxiliary(subject: str, verb: str) -> tuple[str, str]:
    """Drop a perfect auxiliary ("has sailed" -> "sails"); a future becomes "to" ("will move" -> "to move")."""
    if _FUTURE_AUX.search(subject):
        return _FUTURE_AUX.sub("", subject).rstrip(" ,"), f"to {verb}"
    if verb.lower().startswith(("will ", "would ")):
        return subject, f"to {verb.split(' ', 1)[1]}"
    passive = _PASSIVE_AUX.search(subject)
    if passive and re.match(r"\w+ed\b|held|made|sent|led|met|seen|given|taken", verb):
        be = "are" if passive.group(1).lower() in ("were", "have been") else "is"
        return _PASSIVE_AUX.sub("", subject), f"{be} {verb}"  # "An MoU was signed" -> "An MoU is signed"
    if _AUXILIARY.search(subject) and re.match(r"\w+ed\b|met|held|took|spoke|sent|began|led|made", verb):
        return _AUXILIARY.sub("", subject), verb
    return subject, verb


def _object(text: str, at: int, skips: list[tuple[int, int]], reporting: bool = False) -> str:
    """Return the few words after the verb, up to the clause's end, dates removed.

    After a reporting verb the "that" goes, as in a headline ("X agree troops will join drills").
    """
    tail = _blank(text, at, len(text), skips)
    stop = next((m for m in _RIGHT_BREAK.finditer(tail, 1) if not _abbreviation(tail, m.start())), None)
    tail = _office_named(tail, stop.start()) if stop else tail
    tail = re.sub(r"\b(?:on|in|at) the (?:sidelines|margins?|side-?lines) of\b", "at", tail)  # as a headline says it
    words_ = tail.split()
    if reporting and words_[:1] == ["that"]:
        words_ = words_[1:]
    end = 10
    if len(words_) > 10 and _in_name_run(words_, 10):
        end = next((i for i in range(10, min(len(words_), 24)) if not _in_name_run(words_, i)), 10)
    if end > 10 and _ends_in_titled_name(words_[:end]):
        if end + 1 < len(words_) and words_[end] in ("in", "at") and words_[end + 1][:1].isupper():
            end += 2  # and where: "... Yang Jiechi in Zurich"
        return " ".join(words_[:end])  # an office and name run on ("Director of the Office of X Yang Jiechi")
    if len(words_) > 10:
        words_ = words_[:10]
        back = [i for i in range(9, 4, -1) if words_[i].lower() in _PHRASE_START]
        words_ = words_[: back[0]] if back else words_
    return " ".join(words_)


_OFFICE_BEFORE_BREAK = re.compile(
    r"\b(?P<det>the|his|her|their)\s+"
    r"(?P<office>(?:[A-Z][\w-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,5}[A-Z][\w-]*|(?:[A-Z]\w+\s+)?counterpart)\s*$"
)
_APPOSITIVE_NAME = re.compile(  # ", Tom Reed," or an office and then the name: ", Secretary of State for Defence, X,"
    r",\s+(?:(?:[A-Z][\w'\u2019.-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,5}[A-Z][\w'\u2019-]*,\s+)?"
    r"(?P<name>(?:[A-Z][\w'\u2019.-]*\s+){1,6}[A-Z][\w'\u2019-]*),"
)


def _office_named(tail: str, cut: int) -> str:
    """Return the object up to the break, an office named by the appositive after it: "with the Prime Minister,
    Tom Reed, and ..." -> "with Prime Minister Tom Reed" (a headline names the person, not the office)."""
    office = _OFFICE_BEFORE_BREAK.search(tail[:cut])
    found = _APPOSITIVE_NAME.match(tail, cut)
    head = office["office"].split()[-1].lower() if office else ""
    if not (office and found and (head in _TITLE_WORDS or head == "counterpart")):
        return tail[:cut]
    words_ = found["name"].split()
    titled = [i for i, w in enumerate(words_) if w.lower() in _TITLE_WORDS]
    name = words_[titled[-1] + 1 :] if titled else words_  # "Defense Secretary Lloyd Austin": the name after the office
    if len(name) < 2 or any(w.lower() in _TITLE_WORDS for w in name):
        return tail[:cut]
    if head == "counterpart":
        return f"{tail[: office.start()]}{' '.join(name)}"  # "his counterpart, X" -> "X"
    return f"{tail[: office.start()]}{office['office']} {' '.join(name)}"


_RUN_JOINERS = frozenset(["of", "the", "and", "for"])


_TITLE_WORDS = frozenset(words("title_words"))


def _ends_in_titled_name(words_: list[str]) -> bool:
    """Tell whether a run ends in a person's name after an office ("... Commission Yang Jiechi")."""
    name = [w.strip(",.;:") for w in words_[-2:]]
    if not all(w[:1].isupper() and not w.isupper() and w.lower() not in _TITLE_WORDS for w in name):
        return False
    return any(w.lower() in _TITLE_WORDS for w in words_[-8:-2])


def _in_name_run(words_: list[str], i: int) -> bool:
    """Tell whether words_[i] continues a run of capitalised words ("... the Foreign Affairs Commission Yang")."""
    if i >= len(words_) or not words_[i][:1].isupper() and words_[i] not in _RUN_JOINERS:
        return False
    return words_[i - 1][:1].isupper() or words_[i - 1] in _RUN_JOINERS


_FINAL_E = (
    "at",
    "ut",
    "iv",
    "ar",
    "ur",
    "os",
    "ag",
    "ov",
    "um",
    "om",
    "ud",
    "id",
    "ir",
    "rg",
    "rs",
    "bl",
    "tl",
    "dl",
    "gl",
    "pl",
    "ak",
    "ok",
    "ib",
    "ob",
    "as",
    "ys",
    "ul",
    "ng",
    "ag",
    "ag",
    "nc",
    "rc",
)


_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]|Mr|Ms|Mrs|Dr|St|Lt|Jr|Sr|No|Co|Gen|Adm|Col|Maj|Capt|Sgt|Cmdr|Rep|Sen|Gov)$"
)


def _abbreviation(text: str, at: int) -> bool:
    """Tell whether the full stop at `at` ends an abbreviation or initial ("H.M.", "Lt.") rather than a clause."""
    return text[at] == "." and bool(_ABBREVIATION.search(text[:at]))


def _present(verb: str, plural: bool) -> str:
    """Return a past-tense verb phrase in the present tense ("met with" -> "meets with")."""
    head, _, tail = verb.partition(" ")
    lower = head.lower()
    if lower in ("has", "have", "had", "to"):
        return verb
    if lower in PRESENT:
        now = PRESENT[lower]
    elif lower.endswith("eed") and len(lower) > 4:
        now = lower[:-1] + "s"
    elif lower.endswith("ied") and len(lower) > 4:
        now = lower[:-3] + "ies"
    elif lower.endswith(("ssed", "shed", "ched", "xed", "zed")) and not lower.endswith(("ized", "ised")):
        now = lower[:-2] + "es"
    elif lower.endswith("ed") and len(lower) > 4:
        stem = lower[:-2]
        if stem.endswith(_FINAL_E) or stem[-1] in "cvzu":
            stem += "e"
        elif len(stem) > 3 and stem[-1] == stem[-2] and (stem[-1] not in "ls" or stem.endswith("ell")):
            stem = stem[:-1]
        now = stem + ("es" if stem.endswith(("s", "x", "ch", "sh")) else "s")
    else:
        return verb
    if plural:
        now = {"meets": "meet", "speaks": "speak", "holds": "hold", "takes": "take"}.get(
            now, now[:-1] if now.endswith("s") and not now.endswith("ss") else now
        )
        if now.endswith("ie"):
            now = now[:-2] + "y"
        elif now.endswith(("sse", "she", "che", "xe")):
            now = now[:-1]
    return f"{now} {tail}".strip() if head.islower() else f"{now.capitalize()} {tail}".strip()


# Searched only in text holding what their every match must (text/gate.py): most sentences lack it.
_STRAY_PART, _OPEN_BOUND, _JOINED_LEAD_IN = map(Gated, (_STRAY_PART, _OPEN_BOUND, _JOINED_LEAD_IN))
