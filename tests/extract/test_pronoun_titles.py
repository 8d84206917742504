"""Titles never open on a pronoun the reader cannot place: "He"/"It" named by the antecedent, "We, the
leaders of ..." by its appositive, a first-person lead's What by the article's headline; an office run
joined by "and" before a name goes with the office."""

from __future__ import annotations

from sitbrief.extract.assemble import _headline_names
from sitbrief.extract.titles import _drop_appositives
from sitbrief.facts.model import Person
from tests.extract.helpers import facts


def _titles(f) -> list[str]:
    return [e.title for e in f.events]


def test_a_ship_it_is_named_by_the_ship():
    f = facts(
        "A new season brought a new task for the crew of the frigate HMNZS Kauri as it left its home port "
        "of Devonport on 4 March 2024 to join a multinational task group in the Gulf."
    )
    assert not any(t.startswith("It ") for t in _titles(f))


def test_a_he_is_named_by_the_office_called_before():
    f = facts(
        "Defence Minister Ann Roe visited the northern garrison on 3 May 2024 to thank the troops.\n\n"
        "The Defence Minister praised their readiness during the long winter.\n\n"
        "She will meet the regional governor in Lisburn on 5 May 2024 to discuss the new barracks."
    )
    assert any(t.startswith("Roe will meet") or t.startswith("Roe to meet") for t in _titles(f)), _titles(f)


def test_we_the_leaders_of_is_the_appositive():
    named = _drop_appositives("We, the leaders of Chile, Peru, and the Republic of Korea, ")
    assert named == "The leaders of Chile, Peru, and the Republic of Korea"
    assert _drop_appositives("They, the ministers of Mali and Chad, ") == "The ministers of Mali and Chad"


def test_a_first_person_what_gives_way_to_the_headline():
    f = facts("Today I met with the Minister for Defence of Fiji, Ratu Isoa Tikoca, to discuss maritime "
              "security in the Pacific and our joint patrols.",
              header="Fiji and New Zealand deepen maritime cooperation")
    assert f.summary.headline == "Fiji and New Zealand deepen maritime cooperation"


def test_an_office_joined_by_and_goes_with_the_name():
    person = Person(id="p-ann-roe", name="Ann Roe", roles=["Director"], evidence=["s1"])
    title = _headline_names("He to meet Office of Science and Technology Policy Director Ann Roe", [person])
    assert title == "He to meet Roe"
    kept = _headline_names("Lee and Director Ann Roe meet in Oslo", [person])
    assert kept == "Lee and Roe meet in Oslo"
