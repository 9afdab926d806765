"""A surname several of the article's people share is a holder named in full before it, and not one
introduced as a relative ("his daughter Emma Hollis"), whoever the people extraction gave it to."""

from __future__ import annotations

from newsfold.extract.quotes.speakers.surname_holders import surname_holders
from newsfold.records import ArticlePerson, PersonMention

PEOPLE = [ArticlePerson(local_key="emma hollis", name="Emma Hollis", variants=("Emma Hollis", "Hollis"), roles=()),
          ArticlePerson(local_key="mark hollis", name="Mark Hollis", variants=("Mark Hollis",), roles=())]


def _mentions(text: str, forms: list[tuple[str, str]]) -> list[PersonMention]:
    """Each (form, key) at its next place in the text: the people extraction's mentions."""
    out, at = [], 0
    for form, key in forms:
        at = text.index(form, at)
        out.append(PersonMention(text=form, start_char=at, end_char=at + len(form), local_key=key))
        at += len(form)
    return out


def _owners(nlp, text, forms, people=PEOPLE):
    return [m.local_key for m in surname_holders(nlp(text), people, _mentions(text, forms))]


def test_a_shared_surname_before_the_other_holder_is_named_is_the_one_named_before(nlp):
    text = ("Mark Hollis took the nomination. \u201cWe will win,\u201d Hollis said. "
            "Emma Hollis, a rival, was not there.")
    forms = [("Mark Hollis", "mark hollis"), ("Hollis", "emma hollis"), ("Emma Hollis", "emma hollis")]
    assert _owners(nlp, text, forms) == ["mark hollis", "mark hollis", "emma hollis"]


def test_a_shared_surname_is_not_a_holder_introduced_as_a_relative(nlp):
    text = ("Mark Hollis took the nomination after an introduction by his daughter Emma Hollis. "
            "\u201cWe will win,\u201d Hollis said.")
    forms = [("Mark Hollis", "mark hollis"), ("Emma Hollis", "emma hollis"), ("Hollis", "emma hollis")]
    assert _owners(nlp, text, forms)[-1] == "mark hollis"


def test_a_holder_named_on_her_own_keeps_the_surname(nlp):
    text = ("Mark Hollis took the nomination. Emma Hollis, his rival, conceded. \u201cWe lost,\u201d Hollis said.")
    forms = [("Mark Hollis", "mark hollis"), ("Emma Hollis", "emma hollis"), ("Hollis", "emma hollis")]
    assert _owners(nlp, text, forms)[-1] == "emma hollis"


def test_a_surname_nobody_shares_is_unchanged(nlp):
    people = [ArticlePerson(local_key="mark hollis", name="Mark Hollis", variants=("Mark Hollis", "Hollis"), roles=())]
    text = "\u201cWe will win,\u201d Hollis said. Mark Hollis took the nomination."
    forms = [("Hollis", "mark hollis"), ("Mark Hollis", "mark hollis")]
    assert _owners(nlp, text, forms, people) == ["mark hollis", "mark hollis"]
