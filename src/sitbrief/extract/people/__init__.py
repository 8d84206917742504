"""Find people: names, every role the article gives them, affiliation, and later mentions.

A run of capitalised words is a person when a cue says so: a title or rank before the name
("Defense Minister Minoru Kihara"), a role after it (", the navy's spokesperson"), or a speech
verb ("Kihara told reporters", "according to Lt Gen Carradine"). Later mentions by surname or
by title and surname ("Secretary Whitcombe") are merged into the same person.

Modules, each importing only those listed before it: ``words`` (word lists and word tests),
``model`` (PersonDraft), ``figures``, ``country``, ``names``, ``runs``, ``cues``, ``role_before``,
``role_after``, ``mentions``, ``offices``, ``headline``, ``tidy``, ``find`` (find_people). Names
with a leading underscore are private to the package.
"""

from __future__ import annotations

from sitbrief.extract.people.find import find_people
from sitbrief.extract.people.model import PersonDraft
from sitbrief.extract.people.words import HONORIFICS, TITLE_WORDS

__all__ = ["HONORIFICS", "TITLE_WORDS", "PersonDraft", "find_people"]
