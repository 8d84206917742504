"""find_people: every pass over the document, in order."""

from __future__ import annotations

from sitbrief.extract.doc import Doc
from sitbrief.extract.forces import find_forces
from sitbrief.extract.people.headline import _roles_from_title
from sitbrief.extract.people.mentions import _add_figure_surnames, _add_titled_surnames, _consider, _link_short_mentions
from sitbrief.extract.people.model import PersonDraft
from sitbrief.extract.people.offices import (
    _definite_offices,
    _office_from_lead,
    _offices_before_commas,
    _respective_offices,
    _signature_blocks,
)
from sitbrief.extract.people.runs import (
    _after_forces,
    _cut_date,
    _cut_of_country,
    _cut_possessive,
    _definite,
    _join_ranks,
    _names_ship,
    _office_of_body,
    _ship_names,
    _split_people,
)
from sitbrief.extract.people.tidy import _drop_roles_naming_others, _presenter, _tidy_roles
from sitbrief.extract.people.words import _country_at, _is_title_token
from sitbrief.extract.tokens import Token


def find_people(doc: Doc) -> list[PersonDraft]:
    """Return the people named in `doc`, mentions merged."""
    people: list[PersonDraft] = []
    pending: list = []
    ships = _ship_names(doc)
    for index, tokens in enumerate(doc.tokens):
        forces = find_forces(doc.sentences[index].text)
        for run in _join_ranks(doc, tokens, doc.capital_runs(doc.sentences[index].text)):
            run = _after_forces(forces, run)
            if not run:
                continue
            run = _cut_date(doc.sentences[index].text, _cut_possessive(run))
            carried: list[Token] = []
            for part in _split_people(run):
                if all(_is_title_token(doc, part, i) for i in range(len(part))) or _office_of_body(doc, part):
                    carried = [] if _definite(doc, index, part) else part
                    continue
                if carried and _country_at(doc, part, 0)[0]:
                    carried = []
                part, of_country = _cut_of_country(doc, part)
                if not _names_ship(" ".join(t.bare for t in part), ships):
                    _consider(doc, index, tokens, part, people, carried, of_country, pending)
                carried = []
    _add_titled_surnames(doc, pending, people)
    _add_figure_surnames(doc, people)
    for index, tokens in enumerate(doc.tokens):
        _link_short_mentions(doc, index, tokens, people)
    _offices_before_commas(doc, people)
    _signature_blocks(doc, people)
    _respective_offices(doc, people)
    _roles_from_title(doc, people)
    _office_from_lead(doc, people)
    _drop_roles_naming_others(people)
    _tidy_roles(people)
    _definite_offices(doc, people)
    people[:] = [p for p in people if not _presenter(doc, p)]
    for person in people:
        person.mentions.sort()
        person.evidence.sort(key=lambda sid: int(sid[1:]))
    return people
