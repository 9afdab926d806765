"""A participle hung on the "that" clause of a noun belongs to whoever governs the noun."""

from __future__ import annotations

from newsfold.extract.quotes.speakers.content_clauses import content_clause_owner
from tests.extract.quotes.helpers import find, quotes_of


def test_the_one_who_rejects_the_notion_argues(nlp):
    text = ("Robert Menendez spoke on Wednesday. Like Corker, Menendez also rejected the notion that Democrats could "
            "legitimately pull away from the bill over the issue of waivers, arguing that there is \"flexibility for "
            "the administration\" in the sanctions regime.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "flexibility for").speaker_local_key) == "Robert Menendez"  # not "Democrats"


def test_a_participle_of_a_main_clause_has_no_other_owner(nlp):
    doc = nlp("Menendez rejected the bill on Wednesday, arguing that it went too far.")
    arguing = next(t for t in doc if t.lower_ == "arguing")
    assert content_clause_owner(arguing) is None
