"""Full names tagged ORG or LOC whose surname is a dictionary word: the sentence vouches for a person."""

from __future__ import annotations

from newsfold.extract.people.extractor import RULES
from newsfold.extract.people.missed.doers import doer_forms


def _names(nlp, text: str) -> list[str]:
    return [f.text for f in doer_forms(nlp(text), frozenset(RULES))]


def test_a_name_coordinated_with_a_person_is_a_person(nlp):
    # the model tags "Simon Cross" ORG ("Cross" is a dictionary word)
    assert _names(nlp, "Williams could now turn to Edinburgh pair Alasdair Strokosch and Simon Cross.") \
        == ["Simon Cross"]


def test_the_subject_of_a_speech_verb_is_a_person_without_the_post_nominal(nlp):
    text = ("The new chairman of the Bar Council, Guy Mansfield QC warned there was a real risk that "
            "people would be driven away.")
    assert _names(nlp, text) == ["Guy Mansfield"]  # the model tags "Guy Mansfield QC" ORG


def test_an_organisation_the_sentence_does_not_treat_as_a_person_stays_out(nlp):
    assert _names(nlp, "He was promoted to joint assistant-manager following the departure of Arthur Cox.") == []


def test_a_charity_named_with_a_given_name_and_aid_is_no_person(nlp):
    text = ("While the current pact was not perfect, it did allow poor countries to get onto the first rung of "
            "industrial development, Christian Aid said.")
    assert _names(nlp, text) == []
