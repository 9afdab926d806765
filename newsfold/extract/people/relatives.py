"""Relatives named by a given name: "Clinton's husband, Bill" names Bill Clinton, "his wife, Jane" after
Bernie Sanders names Jane Sanders (the tracker lists a relative by the whole name the article implies)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfold.extract.people.inventory import LocalPerson, final_name, named_by_one_word
from newsfold.extract.people.lexicon import (
    FEMALE_POSSESSIVES,
    MALE_POSSESSIVES,
    NAME_SUFFIXES,
    SURNAME_SHARING_RELATIONS_OF_HER,
    SURNAME_SHARING_RELATIONS_OF_HIM,
)
from newsfold.extract.people.resources import first_name_gender, is_known_first_name

SUBJECT_PRONOUNS = {"m": "he", "f": "she"}


def complete_relatives_given_names(doc: Doc, people: list[LocalPerson]) -> None:
    """Give a person named only by a given name, right after a relation noun of a named person ("Clinton's
    husband, Bill", "his daughter Tiffany", "his wife, Jane"), that person's surname (`full_name`); one the
    article names in full has joined that full name in the inventory already. Only relations that share the surname by custom count: a man's
    wife, children, siblings and parents, a woman's husband ("her son Kody Cook", "her father" may not)."""
    owner_ending = {e: p for p, person in enumerate(people) for _, e in person.mentions}
    for person in people:
        if person.full_name or not named_by_one_word(person) or not is_known_first_name(person.name):
            continue
        for s, _ in sorted(person.mentions):
            relation = _relation_before(doc, s)
            holder = _relation_holder(doc, people, owner_ending, relation) if relation is not None else None
            if holder is None or holder is person:
                continue
            person.full_name = f"{doc[s].text} {_surname(final_name(doc, holder))}"
            break


def _surname(name: str) -> str:
    """The name's last word before a suffix ("Joseph R. Biden Jr." -> Biden, "Leonard Hill III" -> Hill)."""
    words = name.split()
    while len(words) > 2 and words[-1].lower().strip(".,") in NAME_SUFFIXES:
        words.pop()
    return words[-1]


def _relation_before(doc: Doc, s: int) -> Token | None:
    """The relation noun right before the name, a comma allowed between ("his wife, Jane")."""
    i = s - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].tag_ not in ("NN", "NNP"):
        return None
    return doc[i]


def _relation_holder(doc: Doc, people: list[LocalPerson], owner_ending: dict[int, int],
                     relation: Token) -> LocalPerson | None:
    """The person a relation noun is of, named in full: "Clinton's" (a mention ending at its
    possessor), or for "his"/"her" the nearest person of that gender mentioned before, in the
    sentence or the one before it."""
    possessor = next((c for c in relation.children if c.dep_ == "poss"), None)
    if possessor is None:
        return None
    word = relation.lower_
    if possessor.lower_ in MALE_POSSESSIVES or possessor.lower_ in FEMALE_POSSESSIVES:
        gender = "m" if possessor.lower_ in MALE_POSSESSIVES else "f"
        holder = _nearest_before(doc, people, possessor.i, gender)
    else:
        p = owner_ending.get(possessor.i + 1)
        holder = people[p] if p is not None else None
        if holder is None:
            return None
        gender = first_name_gender(final_name(doc, holder))
    if holder is None or len(final_name(doc, holder).split()) < 2:
        return None
    sharing = SURNAME_SHARING_RELATIONS_OF_HIM if gender == "m" else (
        SURNAME_SHARING_RELATIONS_OF_HER if gender == "f" else frozenset())
    return holder if word in sharing else None


def _nearest_before(doc: Doc, people: list[LocalPerson], i: int, gender: str) -> LocalPerson | None:
    """The person of the last mention before token i, in its sentence or the one before, whose name
    does not say the other gender ("James Carville did for her husband": not Carville); past a "he"
    opening a later sentence, the subject of a sentence."""
    sent = doc[i].sent
    floor = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    mentions = sorted(((s, e, person) for person in people for s, e in person.mentions
                       if floor <= s and e <= i), key=lambda m: m[0], reverse=True)
    pronoun = SUBJECT_PRONOUNS[gender]
    for s, e, person in mentions:
        if first_name_gender(final_name(doc, person)) not in (gender, None):
            continue
        if doc[e - 1].dep_ not in ("nsubj", "nsubjpass") and any(
                t.lower_ == pronoun and t.sent.start != doc[s].sent.start for t in doc[e:i]):
            continue  # "Trump thanked ... Corey Lewandowski. He said his wife, Melania": "he" goes on with the subject
        return person
    return None
