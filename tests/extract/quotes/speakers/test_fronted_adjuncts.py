"""A name inside a fronted adverbial clause, not its subject, is no person a he/she after it stands for."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of, quotes_without

TEXT = ("Outside the library, handing out leaflets for the Ruiz campaign, is Tom Bradley, a retired teacher who "
        "quit his job to canvass full time. Frustrated by his memory of Frank Duval's years as mayor and inspired "
        "by Ruiz's plans, he is committed to the councilwoman.\n\n"
        "\u201cI knock on every door in this town,\u201d he said.")


def test_a_name_in_a_fronted_clause_is_not_the_pronouns_person(nlp):
    _, quotes, names = quotes_of(nlp, TEXT)
    assert names.get(find(quotes, "I knock on every door").speaker_local_key) == "Tom Bradley"


def test_without_the_rule_the_pronoun_goes_to_the_name_in_the_fronted_clause(nlp):
    _, _, names = quotes_of(nlp, TEXT)
    q = find(quotes_without(nlp, TEXT, "fronted_adjunct"), "I knock on every door")
    assert names.get(q.speaker_local_key) == "Frank Duval"


def test_the_subject_of_a_fronted_clause_is_still_a_person_it_is_about(nlp):
    from newsfold.extract.quotes.speakers.fronted_adjuncts import in_fronted_adjunct
    doc = nlp("After Frank Duval spoke, he left the hall.")
    assert not in_fronted_adjunct(doc[1:3])
    doc = nlp("Angered by Frank Duval's remarks, he left the hall.")
    assert in_fronted_adjunct(doc[2:4])
