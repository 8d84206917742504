"""Find quotes: marked (straight or curly, partial, multi-paragraph) and block quotes after "said:".

Quote text is always a slice of the article, so it is verbatim by construction. The speaker is
taken from the attribution ("...," Kihara told reporters; X said; according to X), from a
pronoun or a role noun resolved to the last person mentioned, or from a speaker named in the
sentence before; when none can be found the speaker is null.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitbrief.extract.doc import FIRST_PERSON, SPEECH_VERBS, Doc
from sitbrief.extract.lexicon import words
from sitbrief.extract.people import PersonDraft
from sitbrief.extract.rx import alternation, word_rx
from sitbrief.text.gate import Gated

OPEN = '\u201c"'
CLOSE = '\u201d"'
SINGLE = "'\u2018\u2019"
_SINGLE_OPENER = re.compile(r"(?:^|[\s(])['\u2018][^\W\d_]")
# A closing single mark: after the quote's own punctuation, or after a word and before a space or
# punctuation ("had been 'enormously successful', and"), but not a plural possessive ("the ships' crews").
_SINGLE_CLOSER = re.compile(
    r"[.,!?]['\u2019](?:\s|$)|(?![sS])[^\W_]['\u2019](?=[\s.,;:!?)]|$)|[sS]['\u2019](?=[.,;:!?)]|$|\s+[A-Z])"
)
_VERBS = "|".join(sorted(SPEECH_VERBS | {"according to", "quoted", "attributable to", "quotes from"}))
_SPEECH = re.compile(rf"\b(?:{_VERBS})\b", re.I)
_PRONOUN = re.compile(
    rf"^\s*,?\s*[\"\u201d\u2019']?\s*,?\s*(?P<p>he|she)\s+(?:{_VERBS})\b|\b(?:{_VERBS})\s+(?P<q>he|she)\b"
    rf"|\b(?P<r>he|she)\s+(?:{_VERBS})\s*,?\s*[\"\u201c\u2018']?\s*$",
    re.I,
)
_ROLE_NOUN = re.compile(
    r"\b[Tt]he\s+(?P<role>[A-Za-z-]+(?:\s+[A-Za-z-]+)?)\s+(?:" + _VERBS + r")\b"
    r"|\b(?:" + _VERBS + r")\s+the\s+(?P<after>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2}?)\s*(?:[.,;]|$)"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
MIN_WORDS = 3
# A block quote follows "X said:" (or "says:", "added:", "said in a statement:"), not a readout's
# introduction ("provided the following readout:", "The below is attributable to ...:").
_BLOCK_LEAD = re.compile(rf"\b(?:{'|'.join(sorted(SPEECH_VERBS))})\b[^:.]{{0,60}}:\s*$", re.I)
_NOT_A_QUOTE_LEAD = re.compile(r"\b(?:attributable|following readout|readout|the following|as follows)\b", re.I)


@dataclass
class QuoteDraft:
    """A quote found in the text, with its span and speaker."""

    parts: list[tuple[int, int]]  # spans of verbatim text, one per paragraph
    text: str
    speaker: PersonDraft | None = None
    evidence: list[str] = field(default_factory=list)
    inferred: bool = False


def find_quotes(doc: Doc, people: list[PersonDraft]) -> list[QuoteDraft]:
    """Return the quotes in `doc`, in order, with speakers resolved where possible."""
    drafts = _marked(doc) + _blocks(doc)
    drafts += _curly_singles(doc, drafts)
    drafts.sort(key=lambda q: q.parts[0][0])
    previous: QuoteDraft | None = None
    unnamed: QuoteDraft | None = None  # the last quote attributed to a name that is no one found
    for draft in drafts:
        draft.speaker = _speaker(doc, draft, people, previous)
        if draft.speaker is None and _named_attribution(doc, draft):
            draft.speaker = _by_shared_name(doc, draft, people)
            unnamed = None if draft.speaker else draft
        elif draft.speaker is None and not _goes_on(doc, unnamed, draft) and (
            issuer := _first_person_issuer(doc, draft, people)
        ):
            draft.speaker, draft.inferred = issuer, True
        indexes = sorted({i for s, e in draft.parts for i in doc.sentences_in(s, e)})
        draft.evidence = [doc.sid(i) for i in indexes]
        previous = draft
    return drafts


def _marked(doc: Doc) -> list[QuoteDraft]:
    """Return quotes delimited by quotation marks, joining quotes that run over paragraphs."""
    drafts: list[QuoteDraft] = []
    carry: list[tuple[int, int]] = []
    single = _single_quote_style(doc.text)
    for start, end, _ in doc.paragraphs:
        spans, open_at = _pair_marks(doc.text, start, end, single)
        if carry and spans and spans[0][0] == start + 1:
            carry.append(spans.pop(0))
            drafts.append(_draft(doc, carry))
            carry = []
        elif carry and open_at == start:
            carry.append((start + 1, end))
            continue
        elif carry:
            drafts.append(_draft(doc, carry))
            carry = []
        drafts.extend(_draft(doc, [span]) for span in spans)
        if open_at is not None:
            carry = [(open_at + 1, end)]
    if carry:
        drafts.append(_draft(doc, carry))
    return [d for d in drafts if _kept(doc, d)]


def _kept(doc: Doc, draft: QuoteDraft) -> bool:
    """Tell whether marked words are a quote, not a name given ("dubbed 'X'", "a report titled 'X'").

    A word or two in marks ("a 'wonderful' opportunity") is left out: unseen articles use them as
    scare quotes as often as for someone's words.
    """
    if _NAMING.search(doc.text[max(0, draft.parts[0][0] - 40) : draft.parts[0][0]]):
        return False
    return _is_quote(draft.text)


# Words that give a name or a title rather than someone's words: the so-called "peace plan", a
# report titled "...", the exercise dubbed "...", units known as "...".
_NAMING = re.compile(
    r"\b(?:so[- ]called|dubbed|titled|entitled|named|nicknamed|code[- ]?named|(?:known|referred to|billed) as|"
    r"the (?:words?|phrase|term|slogan|motto|theme|hashtag|label))\s*[,:]?\s*(?:(?:the|a|an)\s+)?[\"'\u201c\u2018]$",
    re.I,
)


_CURLY_SINGLE = re.compile(r"(?<=[\s(])\u2018(?P<q>[^\u2018\u2019\u201c\u201d\n]{12,400}?[.,!?]?)\u2019(?=[\s.,;:)]|$)")


def _curly_singles(doc: Doc, drafts: list[QuoteDraft]) -> list[QuoteDraft]:
    """Return quotes in curly single marks in a text that quotes with double marks ("which he said
    'provided a challenging opportunity for ...'"), outside the quotes already found."""
    if _single_quote_style(doc.text):
        return []
    taken = [(a, b) for d in drafts for a, b in d.parts]
    found = []
    for match in _CURLY_SINGLE.finditer(doc.text):
        start, end = match.span("q")
        if any(a <= start < b for a, b in taken) or not _is_quote(match["q"]):
            continue
        draft = _draft(doc, [(start, end)])
        if re.search(r"\s", draft.text) and len(draft.text.split()) >= 5:
            found.append(draft)
    return found


_DOUBLE_SPAN = re.compile(r"[\u201c\"]([^\u201c\u201d\"\n]*)[\u201d\"]")


def _single_quote_style(text: str) -> bool:
    """Tell whether the article quotes with single marks ('...', as in British and NZ releases).

    Double marks around names only (the ship "Iron Nickel") leave it so; double-marked speech does not.
    """
    doubles = _DOUBLE_SPAN.findall(text)
    marks = sum(text.count(m) for m in set(OPEN + CLOSE))
    if marks != 2 * len(doubles) or any(_is_quote(q) for q in doubles):
        return False
    return bool(_SINGLE_OPENER.search(text) and _SINGLE_CLOSER.search(text))


def _pair_marks(text: str, start: int, end: int, single: bool = False) -> tuple[list[tuple[int, int]], int | None]:
    """Return the quoted spans in text[start:end] and the offset of an unclosed opening mark."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    marks, opens, closes = (SINGLE, _opens_single, _closes_single) if single else (OPEN + CLOSE, _opens, _closes)
    for i in range(start, end):
        char = text[i]
        if char not in marks:
            continue
        if open_at is None and opens(text, i, start):
            open_at = i
        elif open_at is not None and closes(text, i, end):
            spans.append((open_at + 1, i))
            open_at = None
    if single and open_at is not None and not text[open_at + 1 : open_at + 2].isupper():
        open_at = None  # a fragment in single marks ('very productive') closes in its paragraph
    return spans, open_at


def _opens(text: str, i: int, start: int) -> bool:
    if text[i] == "\u201c":
        return True
    return text[i] == '"' and (i == start or not text[i - 1].isalnum())


def _closes(text: str, i: int, end: int) -> bool:
    if text[i] == "\u201d":
        return True
    return text[i] == '"' and (i + 1 >= end or not text[i + 1].isalnum())


def _opens_single(text: str, i: int, start: int) -> bool:
    """Tell whether a single mark opens a quote: after a space or at a paragraph's start, before a letter."""
    return (i == start or text[i - 1] in " (\u00a0") and i + 1 < len(text) and text[i + 1].isalpha()


def _closes_single(text: str, i: int, end: int) -> bool:
    """Tell whether a single mark closes a quote (see `_SINGLE_CLOSER`), not an apostrophe."""
    return i > 0 and text[i] in "'\u2019" and bool(_SINGLE_CLOSER.match(text, i - 1, max(i + 1, min(end, len(text)))))


def _draft(doc: Doc, parts: list[tuple[int, int]]) -> QuoteDraft:
    """Return a draft of verbatim parts, trimmed of spaces and trailing commas."""
    trimmed = []
    for s, e in parts:
        chunk = doc.text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        chunk = chunk.strip().rstrip(",")
        trimmed.append((s + lead, s + lead + len(chunk)))
    return QuoteDraft(trimmed, "\n\n".join(doc.text[s:e] for s, e in trimmed))


def _is_quote(text: str) -> bool:
    """Tell a quote from a quoted name or scare quotes (short, or all Title Case)."""
    words = text.split()
    if len(words) < MIN_WORDS:
        return False
    letters = [w for w in words if w[:1].isalpha() and w.lower() not in _TITLE_SMALL]
    if sum(c.isalpha() for c in text) > 8 and not any(c.islower() for c in text):
        return False  # a title in capitals ("CONVENTION ON THE ESTABLISHMENT OF ..."), not speech
    return not (len(words) <= 6 and letters and all(w[0].isupper() for w in letters))


_TITLE_SMALL = frozenset(("of", "the", "and", "for", "in", "on", "a", "an", "to", "at", "with"))


def _blocks(doc: Doc) -> list[QuoteDraft]:
    """Return unmarked block quotes: paragraphs following one that ends in "said:"."""
    drafts = []
    paras = doc.paragraphs
    for n, (start, end, _) in enumerate(paras[:-1]):
        lead = doc.text[start:end]
        if not _BLOCK_LEAD.search(lead) or _NOT_A_QUOTE_LEAD.search(lead):
            continue
        s, e, _ = paras[n + 1]
        body = doc.text[s:e]
        if _marked_speech(body) or body.lstrip().startswith("\u2018"):
            continue  # a marked quote; a phrase in single marks inside the block is part of it
        parts = [(s, e), *_block_continues(doc, n + 2)]
        drafts.append(QuoteDraft(parts, "\n\n".join(doc.text[a:b] for a, b in parts)))
    return drafts


def _block_continues(doc: Doc, n: int) -> list[tuple[int, int]]:
    """Return the paragraphs from `n` on that go on speaking in the first person, without marks or a new lead."""
    parts = []
    for start, end, _ in doc.paragraphs[n:]:
        more = doc.text[start:end]
        if not FIRST_PERSON.search(more) or _marked_speech(more) or more.rstrip().endswith(":"):
            break
        parts.append((start, end))
    return parts


_MARKS = re.escape(OPEN + CLOSE)
_SCARE_QUOTED = re.compile(
    rf"[{re.escape(OPEN)}]\s*[^{_MARKS}\s]+(?:\s+[^{_MARKS}\s]+){{0,3}}\s*[{re.escape(CLOSE)}]"
)


def _marked_speech(text: str) -> bool:
    """Tell whether a paragraph holds quote marks around speech, not only around a word or short phrase
    (so called \u201chonour-based\u201d violence)."""
    bare = _SCARE_QUOTED.sub("", text)
    return any(mark in bare for mark in OPEN + CLOSE)


def _speaker(doc: Doc, quote: QuoteDraft, people: list[PersonDraft], previous: QuoteDraft | None) -> PersonDraft | None:
    """Return who said `quote`, or None when the text does not say."""
    q_start, q_end = quote.parts[0][0], quote.parts[-1][1]
    index = doc.sentence_at(q_end)
    sentence = doc.sentences[index]
    after = doc.text[q_end : sentence.end]
    first = doc.sentence_at(q_start)
    before = doc.text[doc.sentences[first].start : q_start]
    if _is_block(doc, quote):
        return _named_in(doc, people, first - 1) or _by_pronoun(doc, people, first - 1, before)
    gaps = " ".join(doc.text[a[1] : b[0]] for a, b in zip(quote.parts, quote.parts[1:], strict=False))
    outside = [p for p in people if not _named_inside(p, quote.text)]  # "she said" is not someone the quote names
    return (
        _introduced_by(doc, people, quote, first)
        or _attributed(doc, people, index, q_end, after)
        or _by_pronoun(doc, outside, first, gaps)
        or _attributed_before(doc, people, first, q_start, before)
        or _charged_by(doc, people, first, q_start, before)
        or _by_pronoun(doc, outside, index, after, q_end - sentence.start)
        or _by_pronoun(doc, outside, first, before)
        or _by_role(doc, people, index, after + " " + before)
        or _colon_lead(doc, people, first, q_start, before)
        or _continuing(doc, people, quote, previous, first, before + after)
    )


_NAMED_ATTRIBUTION = re.compile(
    rf"^\s*[,.!?]?\s*(?:(?:{_VERBS})\s+(?!(?:the|a|an|he|she|they|it|we)\b)[A-Z]"
    rf"|(?!(?:The|A|An|He|She|They|It|We)\b)[A-Z][\w.\u2019'-]*(?:\s+[A-Z(][\w.()\u2019'-]*){{0,8}}\s+(?:{_VERBS})\b)"
)


def _named_attribution(doc: Doc, quote: QuoteDraft) -> bool:
    """Tell whether the quote is attributed right after it to a name ('," said Ana Ruiz' / '," Ruiz said'):
    then it is that person's, even when they were not found, never the release's issuer."""
    end = quote.parts[-1][1]
    after = doc.text[end : doc.sentences[doc.sentence_at(end)].end]
    return bool(_NAMED_ATTRIBUTION.match(after.lstrip(" ,.!?" + CLOSE + SINGLE)))


_ATTRIBUTED_WORD = re.compile(
    rf"^(?:(?:{_VERBS})\s+(?P<a>[A-Z][\w'\u2019-]+)|(?P<b>[A-Z][\w'\u2019-]+)\s+(?:{_VERBS}))(?=[\s.,;!?]|$)(?!\s+[A-Z])"
)


def _by_shared_name(doc: Doc, quote: QuoteDraft, people: list[PersonDraft]) -> PersonDraft | None:
    """Return the one person a bare name in the attribution fits ('," said Kim.'), leaving out those the
    quote speaks of ("Kim Jong Un will ..."); None when the name fits no one or several."""
    end = quote.parts[-1][1]
    after = doc.text[end : doc.sentences[doc.sentence_at(end)].end].lstrip(" ,.!?" + CLOSE + SINGLE)
    match = _ATTRIBUTED_WORD.match(after)
    if not match:
        return None
    word = match["a"] or match["b"]
    fits = [p for p in people if p.tokens and word in (p.tokens[0], p.tokens[-1]) and not _named_inside(
        p, _without_names(quote.text, [o.name for o in people if o is not p and " " in o.name])
    )]
    return fits[0] if len(fits) == 1 else None


def _without_names(text: str, names: list[str]) -> str:
    """Return `text` without the full names given ("Kim Jong Un will ..." holds no bare "Kim" of another Kim)."""
    for name in names:
        text = word_rx(name).sub(" ", text)
    return text


def _goes_on(doc: Doc, earlier: QuoteDraft | None, quote: QuoteDraft) -> bool:
    """Tell whether an unattributed quote goes on from `earlier` (the sentence after it, or the same one)."""
    return earlier is not None and doc.sentence_at(earlier.parts[-1][1]) >= doc.sentence_at(quote.parts[0][0]) - 1


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I\u2019m|I've|I\u2019ve|my|me)\b")


def _first_person_issuer(doc: Doc, quote: QuoteDraft, people: list[PersonDraft]) -> PersonDraft | None:
    """Return the office holder a first-person release speaks for, when it names only one."""
    if not _FIRST_PERSON.search(quote.text):
        return None
    holders = [p for p in people if p.roles and not _named_inside(p, quote.text)]
    if len(holders) == 1:
        return holders[0]
    first = min(((i, s, n) for n, p in enumerate(people) for i, s, _ in p.mentions), default=None)
    lead = people[first[2]] if first else None
    return lead if lead in holders else None  # the release's subject: its first-named office holder


def _named_inside(person: PersonDraft, text: str) -> bool:
    """Tell whether a quote names the person (then they are spoken of, not speaking)."""
    names = {person.name, *person.aliases, *person.tokens[-1:]}
    return any(n in text and word_rx(n).search(text) for n in names if n)


def _is_block(doc: Doc, quote: QuoteDraft) -> bool:
    start = quote.parts[0][0]
    marks = tuple(OPEN + SINGLE)
    return doc.text[start - 1 : start] not in marks and not doc.text[:start].rstrip().endswith(marks)


def _mentions_in(people: list[PersonDraft], index: int, lo: int, hi: int):
    """Yield (start, person) for mentions in sentence `index` within text offsets [lo, hi)."""
    for person in people:
        for i, s, _ in person.mentions:
            if i == index:
                yield s, person


_NEXT_CLAUSE = re.compile(
    rf",\s+(?:{alternation(words('speech_asides') | words('attribution_conjunctions'))})\b|\s+that\b"
)


def _attributed(doc: Doc, people: list[PersonDraft], index: int, q_end: int, after: str):
    """Return the person named in the attribution after the quote ("," Kihara told ...)."""
    verb = _SPEECH.search(after[:140])
    if not verb:
        return None
    base = doc.sentences[index].start
    aside = _NEXT_CLAUSE.search(after, verb.end())  # '," the press secretary said, adding that Carter ...'
    window = q_end - base, q_end - base + min(80, aside.start() if aside else 80)
    found = sorted((s, p) for s, p in _mentions_in(people, index, 0, 0) if window[0] <= s < window[1])
    return found[0][1] if found else None


def _attributed_before(doc: Doc, people: list[PersonDraft], index: int, q_start: int, before: str):
    """Return the person who speaks in the clause before the quote (X said: "..."; X said the ...).

    The subject of the speech verb wins over people named after it ("White said Mattis and Song
    'recognized ...'" is White's).
    """
    verbs = list(_SPEECH.finditer(before))
    if not verbs:
        return None
    base = doc.sentences[index].start
    offset = q_start - base - len(before)
    ends = [(p, e) for p in people for i, _, e in p.mentions if i == index]
    verb_at = offset + verbs[-1].start()
    subject = [p for p, e in ends if 0 <= verb_at - e <= 2]
    if subject:
        return subject[0]
    found = sorted((s, p) for s, p in _mentions_in(people, index, 0, 0) if s < q_start - base)
    return found[-1][1] if found else None


_CHARGE = re.compile(rf"\b(?:{alternation(words('charge_verbs'))})\b", re.I)
_BETWEEN_SUBJECT_AND_VERB = re.compile(
    rf"^\s*(?:,\s*)?(?:(?:on|late|early)\s+\w+|{alternation(words('subject_verb_insertions'))}|\w+ly)?\s*(?:,\s*)?$",
    re.I,
)


def _charged_by(doc: Doc, people: list[PersonDraft], index: int, q_start: int, before: str):
    """Return the subject of a verb of characterising before a quoted fragment ("Kim on Thursday accused
    Seoul of 'double-dealing'", "The minister described the talks as 'frank'"): the words are theirs."""
    verbs = list(_CHARGE.finditer(before))
    if not verbs:
        return None
    sentence = doc.sentences[index]
    verb_at = q_start - sentence.start - len(before) + verbs[-1].start()
    subject = [p for p in people for i, _, e in p.mentions
               if i == index and 0 <= verb_at - e <= 40 and _BETWEEN_SUBJECT_AND_VERB.match(sentence.text[e:verb_at])]
    return subject[0] if len(subject) == 1 else None


def _colon_lead(doc: Doc, people: list[PersonDraft], index: int, q_start: int, before: str):
    """Return the one person named in the clause a colon ends before the quote ("Ruiz was clear: '...'")."""
    if not before.rstrip().rstrip(OPEN + SINGLE).rstrip().endswith(":"):
        return None
    base = doc.sentences[index].start
    named = {id(p): p for s, p in _mentions_in(people, index, 0, 0) if s < q_start - base}
    return next(iter(named.values())) if len(named) == 1 else None


def _introduced_by(doc: Doc, people: list[PersonDraft], quote: QuoteDraft, first: int):
    """Return who introduced a quote that opens a paragraph after "X issued the following statement:"."""
    start = quote.parts[0][0]
    opens_paragraph = any(s in (start, start - 1) for s, _, _ in doc.paragraphs)
    if first < 1 or not opens_paragraph or not doc.sentences[first - 1].text.rstrip().endswith(":"):
        return None
    found = sorted(_mentions_in(people, first - 1, 0, 0), key=lambda sp: sp[0])
    return found[0][1] if found else None


def _last_person(people: list[PersonDraft], index: int, role: str | None = None):
    """Return the person mentioned last at or before sentence `index` (with `role`, if given)."""
    best = None
    for person in people:
        if role and not any(role.replace("-", " ") in r.lower().replace("-", " ") for r in person.roles):
            continue
        for i, s, _ in person.mentions:
            if i <= index and (best is None or (i, s) > best[0]):
                best = ((i, s), person)
    return best[1] if best else None


def _by_pronoun(doc: Doc, people: list[PersonDraft], index: int, text: str, at: int | None = None):
    """Resolve "he said" / "she told" to the nearest fitting antecedent.

    The nearest sentence (at or before `index`) that mentions someone gives the candidates: one
    the text gives that gender ("Ms Ruiz", "Ana Ruiz met her counterpart") first, else the one
    mentioned last; a person of the other gender does not fit. With `at` (where `text` starts in
    sentence `index`), no one named after the pronoun there stands for it ("she said, noting that X ...").
    """
    match = _PRONOUN.search(text) if index >= 0 else None
    if not match:
        return None
    pronoun = (match["p"] or match["q"] or match["r"]).lower()
    limit = at + match.end() if at is not None else None
    for i in range(index, -1, -1):
        here = sorted((s, n) for n, p in enumerate(people) for j, s, _ in p.mentions
                      if j == i and (limit is None or i != index or s < limit))
        order = list(dict.fromkeys(n for _, n in reversed(here)))
        genders = {n: _gender(doc, people[n]) for n in order}
        fitting = [n for n in order if genders[n] == pronoun] + [n for n in order if genders[n] is None]
        if fitting:
            return people[fitting[0]]
    return None


_MALE = re.compile(r"\b(?:Mr|Sir|Lord)\.?\s+$")
_FEMALE = re.compile(r"\b(?:Ms|Mrs|Miss|Dame|Lady)\.?\s+$")


def _gender(doc: Doc, person: PersonDraft) -> str | None:
    """Return "he" or "she" where the text says which: an honorific before a mention ("Mr", "Ms", "Dame"),
    or the person's own possessive right after them as the sentence's subject ("Ana Ruiz met her counterpart")."""
    for i, s, e in person.mentions:
        text = doc.sentences[i].text
        if _MALE.search(text[max(0, s - 6) : s]):
            return "he"
        if _FEMALE.search(text[max(0, s - 6) : s]):
            return "she"
        own = _OWN_PRONOUN.match(text[e : e + 60])
        if own and s <= 40:
            return "he" if own["p"].lower() == "his" else "she"
    return None


_OWN_PRONOUN = re.compile(
    r"^\s+(?:[a-z]+\s+){1,3}?(?P<p>his|her)\s+(?!(?:for|to|and|at|in|on|with|that|about|by|as|from)\b)[a-z]"
)  # a possessive ("met her counterpart"), not an object ("thanked her for")


def _by_role(doc: Doc, people: list[PersonDraft], index: int, text: str):
    """Resolve "the minister said" to the last person with that role."""
    match = _ROLE_NOUN.search(text)
    if not match:
        return None
    role = (match["role"] or match["after"]).lower()
    head = role.split()[-1]
    if head not in doc.lex.role_heads and role not in doc.lex.role_heads:
        return None
    return _last_person(people, index, role) or _last_person(people, index, head)


def _named_in(doc: Doc, people: list[PersonDraft], index: int):
    """Return the last person named in sentence `index` next to a speech verb."""
    if index < 0 or not _SPEECH.search(doc.sentences[index].text):
        return None
    found = sorted(_mentions_in(people, index, 0, 0))
    return found[-1][1] if found else None


def _continuing(doc: Doc, people, quote: QuoteDraft, previous: QuoteDraft | None, first: int, context: str):
    """Return the speaker named just before an unattributed quote, or the previous quote's."""
    if _SPEECH.search(context):
        return None
    named = _named_in(doc, people, first - 1)
    if named:
        return named
    if previous and previous.speaker and doc.sentence_at(previous.parts[-1][1]) >= first - 1:
        return previous.speaker
    return None


# Searched only in text holding what their every match must (text/gate.py): most sentences lack it.
_BLOCK_LEAD = Gated(_BLOCK_LEAD)
