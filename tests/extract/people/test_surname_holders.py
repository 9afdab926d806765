"""A surname several of the article's people share is a holder named in full before it, and not one
introduced as a relative ("his daughter Ivanka Trump"), whoever the inventory gave it to."""

from __future__ import annotations

from newsfold.extract.people import extract_people


def _owners(nlp, text, disabled=frozenset()):
    """(mention text, owner's name) in text order."""
    people, mentions = extract_people(nlp(text), disabled=disabled)
    names = {p.local_key: p.name for p in people}
    return [(m.text, names[m.local_key]) for m in mentions]


RELATIVE_FIRST = ("At the rally his daughter Ivanka Trump introduced him. Donald Trump thanked the crowd. "
                  "\u201cWe will win,\u201d Trump said.")


def test_a_shared_surname_is_not_a_holder_introduced_as_a_relative(nlp):
    assert _owners(nlp, RELATIVE_FIRST)[-1] == ("Trump", "Donald Trump")


def test_without_the_rule_the_holder_named_first_keeps_it(nlp):
    assert _owners(nlp, RELATIVE_FIRST, frozenset({"surname_holders"}))[-1] == ("Trump", "Ivanka Trump")


def test_the_people_table_counts_the_moved_mention(nlp):
    people, mentions = extract_people(nlp(RELATIVE_FIRST))
    by_name = {p.name: p for p in people}
    donald = by_name["Donald Trump"]
    assert sum(m.local_key == donald.local_key for m in mentions) == 2
    assert "Trump" in donald.variants and "Trump" not in by_name["Ivanka Trump"].variants


def test_a_holder_named_on_her_own_keeps_the_surname(nlp):
    text = ("Ivanka Trump, a rival, spoke first. Donald Trump thanked the crowd. "
            "\u201cWe will win,\u201d Trump said.")
    assert _owners(nlp, text)[-1] == ("Trump", "Ivanka Trump")


def test_a_surname_nobody_shares_is_unchanged(nlp):
    text = "\u201cWe will win,\u201d Hollis said. Mark Hollis took the nomination."
    assert [owner for _, owner in _owners(nlp, text)] == ["Mark Hollis", "Mark Hollis"]


def test_a_womans_honorific_never_takes_a_mans_full_name(nlp):
    text = ("Donald Trump spoke. The biggest claim came from his first wife, Ivana Trump. "
            "Ms. Trump later recanted the claim.")
    assert _owners(nlp, text)[-1] == ("Trump", "Ivana Trump")
