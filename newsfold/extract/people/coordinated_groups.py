"""Coordinated names: the group of heads a token is listed in ("Demi, Bri, Tracy and Elyse"), and
the heads listed with a name (its group minus the name's own tokens)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.nlp.doc_cache import once_per_doc


def _coordinations(doc: Doc) -> dict[int, list[int]]:
    """Per token in a coordination, the heads of its coordination in text order; once per doc."""
    return once_per_doc(doc, "newsfold_people_coordinations", _find_coordinations)


def _find_coordinations(doc: Doc) -> dict[int, list[int]]:
    groups: dict[int, list[int]] = {}
    for token in doc:
        if token.dep_ != "conj":
            continue
        root = token
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        groups.setdefault(root.i, [root.i]).append(token.i)
    found: dict[int, list[int]] = {}
    for members in groups.values():
        members.sort()
        for k in members:
            found[k] = members
    return found


def coordinated_group(doc: Doc, i: int) -> list[int]:
    """The heads of the coordination that token i heads or belongs to ("Demi, Bri, Tracy and
    Elyse": four heads), in text order; a token in no coordination is a group of one."""
    return _coordinations(doc).get(i, [i])


def listed_with(doc: Doc, start: int, end: int) -> list[int]:
    """The heads listed with the name at [start, end): the coordinated group of its last token minus
    the name's own tokens ("Chris Martin and Jamelia": Jamelia's head for "Chris Martin")."""
    return [k for k in coordinated_group(doc, end - 1) if not start <= k < end]


def listed_with_no_person(doc: Doc, start: int, end: int) -> list[int]:
    """The heads listed with the name at [start, end) ("hits Vera Drake, Calendar Girls and Enduring
    Love"); none when one of them is a name the model tagged PERSON (a cast, acts of every kind)."""
    others = listed_with(doc, start, end)
    return [] if any(doc[k].ent_type_ == "PERSON" for k in others) else others

