"""extract_people end to end: seed articles, rule switches, local keys and offsets."""

from __future__ import annotations

import pytest

from newsfold.extract.people.extractor import RULES, extract_people
from newsfold.extract.people.names import fold

NOT_PEOPLE = ["kyiv", "kremlin", "truth social", "nato", "ukraine", "saudi arabia"]


def test_mention_offsets_index_the_body_exactly(seed_results):
    for doc, people, mentions in seed_results.values():
        keys = {p.local_key for p in people}
        assert len(keys) == len(people)
        for m in mentions:
            assert doc.text[m.start_char:m.end_char] == m.text
            assert m.local_key in keys
            assert not m.text.endswith(("'s", "’s"))


def test_no_person_for_places_institutions_products(seed_results):
    for _, people, mentions in seed_results.values():
        names = {fold(v) for p in people for v in (p.name, *p.variants)}
        assert not names & set(NOT_PEOPLE)
        assert not {fold(m.text) for m in mentions} & set(NOT_PEOPLE)


def test_surname_and_possessive_mentions_join_the_full_name(seed_results):
    doc, people, mentions = seed_results["001_832239db96256c0f"]
    (hegseth,) = [p for p in people if p.name == "Pete Hegseth"]
    texts = [m.text for m in mentions if m.local_key == hegseth.local_key]
    assert texts.count("Hegseth") == 2 and "Pete Hegseth" in texts
    (trump,) = [p for p in people if p.name == "Donald Trump"]
    # "Trump’s proposal": the model tags it ORG; the rescan still finds it, without the "’s"
    trump_starts = {m.start_char for m in mentions if m.local_key == trump.local_key}
    assert doc.text.index("Trump’s proposal") in trump_starts


def test_headline_fragments_do_not_become_people(seed_results):
    _, people, mentions = seed_results["000_498a19145399fe13"]
    names = {p.name for p in people}
    assert "Putin Agree" not in names and "Putin Extends Invitation" not in names
    # ... but the names inside headlines are still mentions of the known people
    assert any(m.text == "Putin" and m.start_char < 120 for m in mentions)


def test_every_rule_can_be_switched_off(nlp, seed_texts):
    doc = nlp(next(iter(seed_texts.values())))
    for rule in RULES:
        people, mentions = extract_people(doc, disabled=frozenset({rule}))
        assert all(doc.text[m.start_char:m.end_char] == m.text for m in mentions)


def test_an_unknown_rule_is_refused(nlp):
    with pytest.raises(ValueError, match="no_such_rule"):
        extract_people(nlp("Mr Putin spoke."), disabled=frozenset({"no_such_rule"}))


def test_empty_article(nlp):
    assert extract_people(nlp("")) == ([], [])


def test_bbc_sample_offsets_and_no_place_people(nlp, shared_dir):
    bbc = shared_dir / "corpora" / "bbc" / "politics"
    files = sorted(bbc.glob("*.txt"))[:8]
    if not files:
        pytest.skip("BBC corpus not found")
    for path in files:
        doc = nlp(path.read_bytes().decode("utf-8", "replace"))
        people, mentions = extract_people(doc)
        for m in mentions:
            assert doc.text[m.start_char:m.end_char] == m.text
        assert not {fold(p.name) for p in people} & {"london", "britain", "labour", "lib dem"}

