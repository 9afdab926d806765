"""Places the model takes for people in a list of places: "tracks at Wimbledon in London, Belle Vue in
Manchester, Perry Barr and Hall Green in Birmingham, Oxford and Portsmouth". A name that is one of a run
of list items made of proper names only ("X", "X in Y"), one item of which is a bare known place that is nobody's
name, in every one of its fullest mentions, and never titled nor given a role, is a place. ("Kevin Brady in
Texas and John Shimkus in Illinois" lists people: no item is a bare place.) Two more places: a place the model
tags as one that sets a person ("a huntsman from Ledbury, Herefordshire"), a name modifying a noun for a
place ("St Dunstan's and Stepney Green ward"), and a name apposed to one ("Keosauqua's county, Van Buren")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsfold.extract.people.inventory import LocalPerson, drop_untitled_people_where
from newsfold.extract.people.lexicon import (LIST_SEPARATORS, ORIGIN_PREPOSITIONS, PLACE_LABELS, PLACE_NOUNS,
                                             PLACE_SETTING_PREPOSITIONS)
from newsfold.extract.people.resources import is_place_name


def _items(sent: Span) -> list[tuple[int, int]]:
    """The sentence cut at list separators: token ranges of the items, separators left out."""
    items: list[tuple[int, int]] = []
    start = sent.start
    for token in sent:
        if token.lower_ in LIST_SEPARATORS:
            if token.i > start:
                items.append((start, token.i))
            start = token.i + 1
    end = sent.end - 1 if sent[-1].is_punct else sent.end  # "..., Oxford and Portsmouth."
    if end > start:
        items.append((start, end))
    return items


def _name_shaped(doc: Doc, start: int, end: int) -> bool:
    """Is the item proper names only, maybe set in a place ("Perry Barr", "Hall Green in Birmingham")?"""
    return all(t.pos_ == "PROPN" or t.lower_ in PLACE_SETTING_PREPOSITIONS for t in doc[start:end]) and \
        doc[start].pos_ == "PROPN" and doc[end - 1].pos_ == "PROPN"


def _bare_place(doc: Doc, start: int, end: int, named: set[int]) -> bool:
    """Is the item a known place alone ("Oxford"), no person's name nor part of one, and a conjunct: the
    state after a town ("in West Palm Beach, Florida", "of Headingley, Leeds") places a person."""
    span = doc[start:end]
    return (is_place_name(span.text) and span.root.dep_ == "conj"
            and not any(t.i in named or t.ent_type_ == "PERSON" for t in span))


def _conjoined_to(doc: Doc, place: int) -> int:
    """The first conjunct of the coordination the token is a later conjunct of."""
    token = doc[place]
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.i


def listed_with_places(doc: Doc, start: int, end: int, named: set[int]) -> bool:
    """Is the mention at [start, end) in a run of name-shaped list items, one of them a bare place
    conjoined to another item of the run? A place conjoined to the mention's own item or to one outside
    the run sets a person ("John Kasich in Iowa and New Hampshire", "Steve Arthur, 46, from Pease
    Pottage, West Sussex; Peter Monkhouse"), it is no item of the list."""
    items = _items(doc[start].sent)
    own = next((k for k, (s, e) in enumerate(items) if s <= start and end <= e), None)
    if own is None or not _name_shaped(doc, *items[own]):  # "HAMILTON, Ont. — Justin Trudeau says"
        return False
    for step in (-1, 1):
        k = own + step
        run: list[tuple[int, int]] = []
        while 0 <= k < len(items) and _name_shaped(doc, *items[k]):
            run.append(items[k])
            first = _conjoined_to(doc, doc[slice(*items[k])].root.i)
            if _bare_place(doc, *items[k], named) and any(s <= first < e for s, e in run[:-1]):
                return True
            k += step
    return False


def drop_place_listed_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled, role-less people whose fullest mentions are all listed with places."""
    named = {i for person in people for s, e in person.mentions for i in range(s, e)}
    drop_untitled_people_where(doc, people, lambda d, s, e: listed_with_places(d, s, e, named))


def _hometown(doc: Doc, start: int, end: int) -> bool:
    """Is the mention tagged a place by the model, word for word, and the object of a preposition of
    origin, alone or as a later conjunct ("a huntsman from Ledbury, Herefordshire": lists of people pull
    such places in)?"""
    if any(t.ent_type_ not in PLACE_LABELS for t in doc[start:end]):
        return False
    first = doc[_conjoined_to(doc, doc[start:end].root.i)]
    return first.dep_ == "pobj" and first.head.lower_ in ORIGIN_PREPOSITIONS


def drop_hometown_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled, role-less people whose fullest mentions are all places setting a person."""
    drop_untitled_people_where(doc, people, _hometown)


def _names_a_place_unit(doc: Doc, start: int, end: int) -> bool:
    """Does the mention modify a noun for a place right after it ("Stepney Green ward", "the Moere riding"),
    maybe past a common noun ("Thorp Arch training ground")?"""
    if end >= len(doc) or doc[end - 1].dep_ != "compound" or not doc[end].text.islower():
        return False
    noun = end
    if end + 1 < len(doc) and doc[end].pos_ == "NOUN" and doc[end].dep_ in ("compound", "amod"):
        noun = end + 1  # past "training" of "Thorp Arch training ground"
    return doc[end - 1].head.i == noun and doc[noun].text.islower() and doc[noun].lemma_.lower() in PLACE_NOUNS


def drop_place_unit_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled, role-less people whose fullest mentions all name a place unit."""
    drop_untitled_people_where(doc, people, _names_a_place_unit)


def _apposed_to_place_noun(doc: Doc, start: int, end: int) -> bool:
    """Is the mention apposed to a noun for a place before it ("in Keosauqua's county, Van Buren", "his
    riding, Spadina")? A person apposed to a post is no such noun ("the city's mayor, John Tory")."""
    root = doc[start:end].root
    noun = root.head
    return (root.dep_ == "appos" and noun.i < start and noun.text.islower()
            and noun.lemma_.lower() in PLACE_NOUNS)


def drop_place_apposed_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled, role-less people whose fullest mentions are all apposed to a noun for a place."""
    drop_untitled_people_where(doc, people, _apposed_to_place_noun)
