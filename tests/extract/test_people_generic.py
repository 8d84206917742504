"""People, roles, affiliations and speakers in forms the benchmark's dev articles do not all show (issue 12)."""

from __future__ import annotations

import pytest

from sitbrief.extract import extract_facts
from sitbrief.read.article import parse_article


def facts(body: str, header: str = "A headline for the story"):
    """Return the Facts of an article made of a headline and `body`."""
    return extract_facts(parse_article(f"{header}\n\n{body}"))


def person(f, name: str):
    """Return the person called `name` (or None)."""
    return next((p for p in f.people if p.name == name), None)


def speaker(f, n: int = 0):
    """Return the name of the speaker of quote `n` (or None)."""
    who = f.quotes[n].speaker
    return next((p.name for p in f.people if p.id == who), None)


@pytest.mark.parametrize("body, name, rank", [
    ("Sergeant First Class Maria Lopez, a medic, treated the wounded.", "Maria Lopez", "Sergeant First Class"),
    ("Army Sgt. 1st Class Tom Reed said the drill was useful.", "Tom Reed", "Sergeant First Class"),
    ("Petty Officer 2nd Class Tom Reed said the ship was ready.", "Tom Reed", "Petty Officer Second Class"),
    ("Airman 1st Class Ana Ruiz loaded the aircraft.", "Ana Ruiz", "Airman First Class"),
    ("Master Chief Petty Officer Ana Ruiz said the crew was ready.", "Ana Ruiz", "Master Chief Petty Officer"),
])
def test_ranks_of_several_words_and_numbers_stay_out_of_the_name(body, name, rank):
    found = person(facts(body), name)
    assert found is not None, [p.name for p in facts(body).people]
    assert rank in found.roles


@pytest.mark.parametrize("body, name, roles", [
    ("Commander of the Pacific Fleet Adm. Tom Reed toured the base.", "Tom Reed",
     ["Commander of the Pacific Fleet", "Admiral"]),
    ("Commander of the Northern Fleet Vice Adm. Ana Ruiz toured the base.", "Ana Ruiz",
     ["Commander of the Northern Fleet", "Vice Admiral"]),
])
def test_an_office_naming_a_fleet_ends_before_the_rank(body, name, roles):
    assert person(facts(body), name).roles == roles


@pytest.mark.parametrize("body, name, role", [
    ("Ana Ruiz, director of the Office of Net Assessment, briefed reporters.", "Ana Ruiz",
     "director of the Office of Net Assessment"),
    ("Tom Reed, head of the Bureau of Political-Military Affairs, briefed reporters.", "Tom Reed",
     "head of the Bureau of Political-Military Affairs"),
])
def test_words_after_of_in_a_bodys_name_are_no_person(body, name, role):
    f = facts(body)
    assert [p.name for p in f.people] == [name]
    assert person(f, name).roles == [role]


@pytest.mark.parametrize("body", [
    "Minister Nowak's spokesman, Piotr Zelinski, said the talks were frank.",
    "Minister Nowak\u2019s spokesman, Piotr Zelinski, said the talks were frank.",
])
def test_a_role_never_holds_another_persons_name(body):
    f = facts(body)
    assert person(f, "Piotr Zelinski").roles == ["spokesman"]
