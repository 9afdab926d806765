"""Magazines and papers the model takes for people when the article shortens them to one word: "a round-up
compiled by Stuff Magazine ... Stuff predicts", "according to Variety trade magazine", "US publication
Forbes". A one-word name that anywhere in the article modifies a noun for a publication ("Stuff Magazine",
"Variety trade magazine"), or follows "publication" as its classifier, names that publication: a person's
one-word name is a surname, and "the Murdoch newspaper" comes with "Rupert Murdoch" in full, which keeps him."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfold.extract.people.inventory import LocalPerson, named_by_one_word, is_titled
from newsfold.extract.people.lexicon import PUBLICATION_NOUNS
from newsfold.nlp.doc_cache import once_per_doc


def _modifies_a_publication(token: Token) -> bool:
    """Is the capitalised word a compound of a publication noun after it, with only lower-case compounds
    between ("Variety trade magazine", "Stuff Magazine")?"""
    head = token.head
    if token.dep_ != "compound" or head.i <= token.i or head.lemma_.lower() not in PUBLICATION_NOUNS:
        return False
    between = token.doc[token.i + 1:head.i]
    return all(t.dep_ == "compound" and t.text.islower() for t in between)


def _classified_as_publication(token: Token) -> bool:
    """Is the word right after "publication" that modifies it ("US publication Forbes")?"""
    if token.i == 0:
        return False
    noun = token.doc[token.i - 1]
    return noun.text.islower() and noun.lemma_ in PUBLICATION_NOUNS and noun.head.i == token.i


def _word_positions(doc: Doc) -> dict[str, list[int]]:
    """Each word of the article and the token positions where it is written."""
    positions: dict[str, list[int]] = {}
    for i, word in enumerate(doc.to_array("ORTH").tolist()):
        positions.setdefault(doc.vocab.strings[word], []).append(i)
    return positions


def names_a_publication(doc: Doc, name: str) -> bool:
    """Does the one-word name, somewhere in the article, name a publication? (Only the tokens written
    as the name are looked at: walking every token of the Doc once per person cost a tenth of people
    extraction.)"""
    tokens = (doc[i] for i in once_per_doc(doc, "newsfold_word_positions", _word_positions).get(name, ()))
    return any(_modifies_a_publication(t) or _classified_as_publication(t) for t in tokens)


def drop_publication_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled, role-less people named by one word that names a publication."""
    for person in people:
        if named_by_one_word(person) and not person.roles and not is_titled(doc, person) \
                and names_a_publication(doc, person.name):
            person.mentions = []
