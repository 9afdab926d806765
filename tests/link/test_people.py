"""Resolving people across articles: variants merge, namesakes stay apart, ids are stable."""

from __future__ import annotations

import random

import pytest

from newsfold.extract.people import extract_people
from newsfold.extract.people.names import fold
from newsfold.link.people import resolve_people
from newsfold.records import ArticlePerson, PersonRecord

SEED_PEOPLE = [
    "Peskov", "Hegseth", "Healey", "Pistorius", "Barrot", "Baerbock", "Albares", "Rudik", "Vance",
    "Rubio", "Ratcliffe", "Waltz", "Fogel", "Witkoff", "Salman", "Putin", "Trump", "Zelensky",
]
NOT_PEOPLE = ["kyiv", "kremlin", "truth social", "nato", "ukraine", "saudi arabia"]


@pytest.fixture(scope="module")
def seed_resolution(nlp, seed_texts):
    return resolve_people({name.removesuffix(".txt"): extract_people(nlp(text))[0]
                           for name, text in seed_texts.items()})


def test_seed_people_resolve_to_one_row_each(seed_resolution):
    _, records = seed_resolution
    for surname in SEED_PEOPLE:
        rows = [r for r in records if any(surname.lower() in fold(a) for a in (r.name, *r.aliases))]
        assert len(rows) == 1, (surname, rows)
    assert not [r for r in records if fold(r.name) in NOT_PEOPLE]


def test_zelensky_spellings_are_one_person(seed_resolution):
    _, records = seed_resolution
    (row,) = [r for r in records if "zelensk" in fold(r.name)]
    assert {"Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy"} <= set(row.aliases)
    assert row.name in ("Volodymyr Zelensky", "Volodymyr Zelenskyy")
    assert "Ukrainian President" in row.roles


def test_seed_roles_are_found_and_normalised(seed_resolution):
    _, records = seed_resolution
    roles = {r.name: r.roles for r in records}
    assert "Kremlin spokesman" in roles["Dmitry Peskov"]
    assert "US Defense Secretary" in roles["Pete Hegseth"]  # "U.S. Defense" and "US Defence"
    assert "German Defense Minister" in roles["Boris Pistorius"]
    assert "Secretary of State" in roles["Marco Rubio"]
    assert "Ukrainian MP" in roles["Kira Rudik"]
    assert not any("Defence" in role for rs in roles.values() for role in rs)


def _person(name, *variants, roles=()):
    return ArticlePerson(local_key=fold(name), name=name, variants=(name, *variants), roles=roles)


ARTICLES = {
    "a1": [_person("Volodymyr Zelensky", "Zelensky"), _person("Jose Manuel Albares")],
    "a2": [_person("Volodymyr Zelenskyy", "Zelenskyy", roles=("Ukrainian President",)),
           _person("Jose Manuel Albares Bueno")],
    "a3": [_person("Zelensky"), _person("Boris Johnson"), _person("Andrew Johnson")],
}


def test_resolution_merges_variants_and_keeps_namesakes_apart():
    mapping, records = resolve_people(ARTICLES)
    ids = {key: pid for key, pid in mapping.items()}
    zel = {ids[("a1", "volodymyr zelensky")], ids[("a2", "volodymyr zelenskyy")], ids[("a3", "zelensky")]}
    assert len(zel) == 1
    assert ids[("a1", "jose manuel albares")] == ids[("a2", "jose manuel albares bueno")]
    assert ids[("a3", "boris johnson")] != ids[("a3", "andrew johnson")]
    by_id = {r.person_id: r for r in records}
    assert by_id[ids[("a1", "jose manuel albares")]].name == "Jose Manuel Albares Bueno"
    assert len(records) == 4


def test_resolution_is_stable_and_order_independent():
    first = resolve_people(ARTICLES)
    shuffled = list(ARTICLES.items())
    random.Random(3).shuffle(shuffled)
    second = resolve_people(dict(shuffled))
    assert first[0] == second[0]
    assert sorted(first[1], key=lambda r: r.person_id) == sorted(second[1], key=lambda r: r.person_id)


def test_existing_people_keep_ids_and_grow():
    existing = [PersonRecord("per_old_trump", "Trump", ("Trump",), ("President",))]
    mapping, records = resolve_people({"b1": [_person("Donald Trump", "Trump", roles=("US President",))],
                                       "b2": [_person("Keir Starmer")]}, existing)
    assert mapping[("b1", "donald trump")] == "per_old_trump"
    (trump,) = [r for r in records if r.person_id == "per_old_trump"]
    assert trump.name == "Donald Trump"
    assert {"Trump", "Donald Trump"} <= set(trump.aliases)
    assert trump.roles == ("President", "US President")
    # a rerun over its own output changes nothing
    again, records_again = resolve_people({"b1": [_person("Donald Trump", "Trump")]}, records)
    assert again[("b1", "donald trump")] == "per_old_trump"
    assert {r.person_id for r in records_again} == {r.person_id for r in records}


def test_full_names_do_not_join_a_namesake_through_a_surname_alias():
    articles = {
        "c1": [_person("Gordon Brown", "Brown")],
        "c2": [_person("Zoe Brown")],
        "c3": [_person("Brown")],
    }
    mapping, records = resolve_people(articles)
    assert mapping[("c1", "gordon brown")] != mapping[("c2", "zoe brown")]
    assert len(records) == 2
