"""PersonDraft, the person being assembled from mentions, and finding a person by name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from sitbrief.extract.doc import Doc
from sitbrief.extract.people.words import SUFFIXES


@lru_cache(maxsize=8192)
def _name_tokens(name: str) -> tuple[str, ...]:
    """Return a name's words without initials and suffixes (cached: asked for on every token)."""
    return tuple(t for t in name.split() if not re.fullmatch(r"(?:[A-Z]\.)+", t) and t not in SUFFIXES)


@dataclass
class PersonDraft:
    """A person being assembled from mentions."""

    name: str
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    aliases: set[str] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # sentence, start, end

    @property
    def tokens(self) -> list[str]:
        """Return the name's words without initials and suffixes."""
        return list(_name_tokens(self.name))

    def add_role(self, role: str) -> None:
        """Add `role` unless an equal one (ignoring case) is there."""
        role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(" ,"), flags=re.I)
        if role and role.lower() not in {r.lower() for r in self.roles}:
            self.roles.append(role)

    def mention(self, doc: Doc, index: int, start: int, end: int) -> None:
        """Record a mention in sentence `index`."""
        self.mentions.append((index, start, end))
        if doc.sid(index) not in self.evidence:
            self.evidence.append(doc.sid(index))


def _find_or_add(people: list[PersonDraft], name: str) -> PersonDraft:
    """Return the person `name` refers to, adding one when new."""
    words = list(_name_tokens(name))
    for person in people:
        mine = person.tokens
        if words == mine or (words[-1] == mine[-1] and words[0] == mine[0]):
            if len(name) > len(person.name):
                person.name = name
            return person
    person = PersonDraft(name=name)
    people.append(person)
    return person


def _match_short(people: list[PersonDraft], word: str) -> PersonDraft | None:
    """Return the single person whose surname (or family name first) is `word`."""
    last = [p for p in people if p.tokens and p.tokens[-1] == word]
    if len(last) == 1:
        return last[0]
    first = [p for p in people if p.tokens and _same_family_name(p.tokens[0], word) and len(p.tokens) >= 2]
    return first[0] if len(first) == 1 and not last else None


def _same_family_name(written: str, word: str) -> bool:
    """Tell whether `word` is the family name `written` (also in capitals: "KIMURA" = "Kimura")."""
    return written == word or written.isupper() and written == word.upper()
