"""Short event titles: the noun phrase of a noun trigger ("two-plus-two security talks in Tokyo")
or the clause of a verb trigger ("Japan and Australia agreed ..."), without the date."""

from __future__ import annotations

import re

from sitbrief.extract.lexicon import words

NOUN_TRIGGERS = words("event_nouns")
MODIFIERS = words("event_modifiers")
DETERMINERS = words("determiners")
RIGHT_STOP = words("title_right_stop")
RIGHT_OK = words("title_right_ok")
MAX_WORDS = 16
_WORD = re.compile(r"[^\s]+")


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
        if not (skip and s >= skip[0] and e - len(w) + len(w.rstrip(",.;:")) <= skip[1])
    ]
    title = " ".join(chosen).strip(" ,;:.")
    if len(chosen) > MAX_WORDS:
        title = " ".join(chosen[:MAX_WORDS]).rstrip(",;:") + "\u2026"
    return title[:1].upper() + title[1:]


def _walk_left(words: list[tuple[str, int, int]], at: int) -> int:
    """Return the index where modifiers before the trigger begin."""
    i = at
    while i > 0:
        word = words[i - 1][0]
        bare = word.strip('"\u201c\u201d\u2018\u2019').lower()
        if word.endswith((",", ";", ":")) or bare in DETERMINERS:
            break
        if not (
            bare in MODIFIERS
            or word[:1] in '"\u201c\u2018'
            or word[:1].isupper()
            or re.fullmatch(r"[\w]+-[\w-]+", bare)
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
        j += 1
        if word.endswith((",", ";", ":", ".")) and not re.search(r"\b[A-Z]\.$", word):
            break
    while j > last and words[j][0].strip(",.;:").lower() in RIGHT_OK | DETERMINERS:
        j -= 1
    return j
