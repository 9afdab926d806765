"""Short forms in mixed case the model takes for people: "the Academy of Motion Pictures Arts and Sciences
(Ampas)". `acronyms` takes a bracketed word in capitals; a word written as a name is a short form only when
its letters are the initials of the capitalised words just before the bracket, outside every person
entity ("Robert Kilroy-Silk (RKS)" spells a person's initials, and stays)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.inventory import LocalPerson, drop_one_word_people_where
from newsfold.extract.people.not_people.acronyms import alone_in_brackets

_REACH = 10  # words looked back over for the long form: "of", "and", "the" between its capitalised words


def spells_initials(doc: Doc, start: int, end: int) -> bool:
    """Is the one-word mention bracketed right after capitalised words whose initials it spells?"""
    token = doc[start]
    if end - start != 1 or not token.is_alpha or len(token.text) < 3:
        return False
    if start < 2 or not alone_in_brackets(doc, start, end):
        return False
    initials = []
    for t in reversed(doc[max(0, start - 1 - _REACH):start - 1]):
        if t.ent_type_ == "PERSON" or not t.is_alpha:
            break
        if t.text[:1].isupper():
            initials.append(t.text[0].lower())
        elif not t.is_stop:
            break
        if "".join(reversed(initials)) == token.lower_:
            return True
    return False


def drop_initialism_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled one-word people of whom a mention spells the initials before it."""
    drop_one_word_people_where(doc, people, spells_initials)
