"""Evidence that a lone name is a person: a title before it, a speech verb it is the subject of, a
person noun introducing it ("his grandmother Mildred"), a list of people or a person it is listed with."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfold.extract.people.coordinated_groups import coordinated_group
from newsfold.extract.people.lexicon import (
    NON_PERSON_KINDS,
    PEOPLE_NOUNS,
    PERSON_LED,
    RELATION_NOUNS,
    ROLE_WORDS,
    SPEECH_VERBS,
    TITLE_EVIDENCE,
)
from newsfold.extract.people.lineups import lineup_starts
from newsfold.extract.people.resources import is_english_word, is_known_first_name


def in_person_list(doc: Doc, i: int) -> bool:
    """Is token i one of three or more coordinated names, most of which the model tagged PERSON?
    Lists of people (casts, line-ups, contestants) name each by the same pattern."""
    group = coordinated_group(doc, i)
    if len(group) < 3:
        return False
    if any(doc[k].ent_type_ != "PERSON" and doc[k].lower_ in NON_PERSON_KINDS for k in group):
        return False  # "Londonist, Hicksdesign, PlasticBag and London Underground Tube Blog": blogs listed
    people = sum(1 for k in group if doc[k].ent_type_ == "PERSON")
    return people >= 2 and people * 2 >= len(group)


def _is_person_noun(token: Token) -> bool:
    return token.lower_ in RELATION_NOUNS or token.lemma_.lower() in RELATION_NOUNS or (
        token.lower_ in ROLE_WORDS and not token.text[:1].isupper())


def after_relation_noun(doc: Doc, start: int, comma: bool = False) -> bool:
    """Does a noun for a relation stand right before the name ("close friend Mardy Fish", "his daughter
    Ivanka Trump"; with `comma`, also "his wife, Jane Sanders")?"""
    i = start - 1
    if comma and i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].lower_ in RELATION_NOUNS


def _related(doc: Doc, start: int, end: int) -> bool:
    """A lone name that a noun for a person introduces: "an official named Jhony", "his grandmother
    Mildred", "Yuni, a resident of Lampung", "the team's coach, Smith", "people such as Matisse"."""
    if start > 0 and (doc[start - 1].lower_ in ("named", "called") or _is_person_noun(doc[start - 1])):
        return True
    head = doc[end - 1]
    if head.dep_ == "appos" and _is_person_noun(head.head):
        return True
    if head.dep_ == "appos" and head.head.tag_ == "NNS" and head.head.lemma_.lower() in ROLE_WORDS \
            and any(c.dep_ == "conj" for c in head.children) \
            and all(doc[k].ent_type_ == "PERSON" and is_known_first_name(doc[k].text)
                    for k in coordinated_group(doc, head.i)):
        # "princes William and Harry": a plural title before given names listed ("leaders Chelsea" is a club,
        # "leaders Barcelona and Owen is confident" no list)
        return True
    kind = head.head.head  # "People such as Matisse and Stravinsky", "artists such as Ludacris"
    if head.dep_ == "pobj" and head.head.lower_ == "as" and any(c.lower_ == "such" for c in head.head.children) \
            and (_is_person_noun(kind) or kind.lower_ in PEOPLE_NOUNS):
        return True
    return any(child.dep_ == "appos" and _is_person_noun(child) for child in head.children)


def _beside_person(doc: Doc, i: int, rules: frozenset[str]) -> bool:
    """Is token i coordinated with a person: the last word of a full name the model tagged PERSON
    ("Chris Martin and Jamelia") or a name a person noun introduces ("their children Emily, 16, and
    Pelham")? A pair names people alike, as a list does; a dictionary word is no name so joined
    ("Filmmaker and best-selling author Dinesh D'Souza")."""
    if is_english_word(doc[i].text) and not is_known_first_name(doc[i].text) and not (
            "tagged_words" in rules and doc[i].ent_type_ == "PERSON" and not doc[i].is_sent_start):
        return False  # but a capitalised word the model tagged PERSON inside a sentence may be a name ("Pelham")
    for k in coordinated_group(doc, i):
        if k == i or not any(t.lower_ == "and" for t in doc[min(i, k) + 1:max(i, k)]):
            continue  # "Malin + Goetz Vitamin E Shaving Cream" is a brand
        other = doc[k]
        first = k
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        if other.ent_type_ == "PERSON" and first < k and is_known_first_name(doc[first].text):
            return True
        if "relations" in rules and other.ent_type_ == "PERSON" and _related(doc, k, k + 1):
            return True
    return False


MAX_AGE = 110


def is_aged(doc: Doc, end: int) -> bool:
    """Is the name followed by an age between commas ("Colton, 7, loves hockey", "Pelham, 14,")? Copy gives
    ages to people; a score or a count after a team has no closing comma ("Leeds 2, Hull 1")."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
        return False
    age = doc[end + 1].text
    return age.isdigit() and 0 < int(age) <= MAX_AGE and not (end + 3 < len(doc) and doc[end + 3].like_num)


def has_person_evidence(doc: Doc, start: int, end: int, rules: frozenset[str] = frozenset(), *,
                        speech: bool = True) -> bool:
    """Signals that a lone token is a person: a title before it, or it speaks/acts as a subject
    (unless `speech` is False: then speaking vouches for nothing, as a club or a firm says things too)."""
    if start > 0 and doc[start - 1].text in TITLE_EVIDENCE:
        return True
    if start > 1 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ == "according":
        return True
    head = doc[end - 1]
    if end < len(doc) and doc[end].lower_ in PERSON_LED:
        return True  # "the Biden administration", "Blair government"
    if "lists" in rules and (in_person_list(doc, end - 1) or _beside_person(doc, end - 1, rules)):
        return True  # one of a list of people, or joined by "and" to a person
    if "relations" in rules and _related(doc, start, end):
        return True
    if "ages" in rules and is_aged(doc, end):
        return True
    if "lineups" in rules and start in lineup_starts(doc):
        return True  # a player of a team line-up
    return speech and head.dep_ == "nsubj" and head.head.lemma_ in SPEECH_VERBS
