"""The person whose phrase a speaker taken for a place, date, body or party tag sits in. The parser
often heads a subject phrase on its tag rather than on the person it tags: "Sen. Lindsey Graham
(R-SC)" as "R-SC", "Pastor John Smith of Grace Church" as "Grace Church", "Jane Doe, the reviews
director at Publishers Weekly" as "Publishers Weekly", a dateline taken for the subject ("MYRTLE
BEACH, S.C. - Sen. Ted Cruz (R-Tex.) continued ..."), or a place the parser made a second subject
beside the verb's named one. The speaker is then that person. (A day made a second subject is passed
over earlier, where the subject is chosen: `subjects`, rule dated_subject.)"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfold.extract.quotes.lexicon import (
    DATELINE_DASHES, NON_PERSON_ENTITY_TYPES, NOT_SPEAKER_ENTS, PERSON_RELATIVES, PHRASE_OWNER_LINKS, PLURAL_TAGS,
    RELATIVE_PRONOUNS, ROLE_BODY_PREPOSITIONS, SUBJECT_DEPS,
)
from newsfold.extract.quotes.speakers.people_index import PeopleIndex
from newsfold.extract.quotes.speakers.title_names import is_title
from newsfold.records import PersonMention

# Entity types of a tag that is nobody ("R-SC" is often left untagged: a name no mention covers).
TAG_ENTS = NON_PERSON_ENTITY_TYPES | NOT_SPEAKER_ENTS


def phrase_owner(speaker: Span, index: PeopleIndex) -> PersonMention | None:
    """The one person whose phrase the speaker's head is a tag in: the person it hangs on through
    appositions and prepositions ("(R-SC)", "of Grace Church", ", the director at Publishers
    Weekly"), the titled person or apposition hung on it ("The Council on ... Director Nihad Awad",
    "MYRTLE BEACH, S.C. - Sen. Ted Cruz"), or the person named as another subject of its verb;
    None when the head is a person's or nobody or several people are found."""
    head = speaker.root
    if not _is_tag(head) or index.mention_in(head.idx, head.idx + len(head.text)) is not None \
            or _own_relative(head) or any(head.lower_ in words for words in index.name_words.values()):
        return None  # a name of one of the people ("Scarborough" tagged a place) is resolved as a name
    found: dict[str, PersonMention] = {}
    for token in (*_owners_above(head), *_owners_below(head), *_other_subjects(head)):
        m = index.mention_in(token.idx, token.idx + len(token.text))
        if m is not None:
            found.setdefault(m.local_key, m)
    return next(iter(found.values())) if len(found) == 1 else None


def _is_tag(head: Token) -> bool:
    """A place, date, body or party tag: a name or number no person's ("R-SC", "1st"); not a
    plural ("the two leading Republicans, Donald J. Trump and Senator Ted Cruz": both, not one)."""
    return head.ent_type_ != "PERSON" and head.tag_ not in PLURAL_TAGS \
        and (head.ent_type_ in TAG_ENTS or head.pos_ in ("PROPN", "NUM"))


def _own_relative(head: Token) -> bool:
    """The tag is the antecedent of a relative clause of its own about a thing ("said Paloma Wu,
    legal director for the state American Civil Liberties Union, which filed a challenge"): the
    body speaks there, not the person."""
    return any(c.dep_ == "relcl" and any(g.dep_ in SUBJECT_DEPS and g.lower_ in RELATIVE_PRONOUNS
                                         and g.lower_ not in PERSON_RELATIVES for g in c.children)
               for c in head.children)


def _owners_above(head: Token) -> list[Token]:
    """The tokens the head hangs on through appositions and prepositions of a body ("of", "at",
    ROLE_BODY_PREPOSITIONS), up to the first name."""
    out, node = [], head
    while node.dep_ in PHRASE_OWNER_LINKS and node.head.i != node.i:
        node = node.head
        if node.dep_ == "prep" and node.lower_ not in ROLE_BODY_PREPOSITIONS:
            break  # "supported Sanders in Virginia": a place he is in, no body he is of
        if node.pos_ == "PROPN":
            out.append(node)
            break
    return out


def _owners_below(head: Token) -> list[Token]:
    """A name in apposition to the head, or joined to it after a dateline's dash ("MYRTLE BEACH,
    S.C. - Sen. Ted Cruz", parsed as a conjunct) or after its title ("Heart and Stroke senior manager
    Erin Kim"), or a titled name in its prepositional tail."""
    doc = head.doc
    out = [c for c in head.children if c.pos_ == "PROPN" and (c.dep_ == "appos" or (
        c.dep_ == "conj" and (any(t.text in DATELINE_DASHES for t in doc[head.i + 1:c.i]) or _glued_title(c))))]
    for prep in (c for c in head.children if c.dep_ == "prep"):
        out.extend(t for t in prep.subtree if t.pos_ == "PROPN" and _titled(t))
    return out


def _other_subjects(head: Token) -> list[Token]:
    """The verb's other subjects, when the head is one."""
    if head.dep_ not in SUBJECT_DEPS:
        return []
    return [c for c in head.head.children if c.dep_ in SUBJECT_DEPS and c.i != head.i]


def _titled(name: Token) -> bool:
    """A name written after its title or post ("senior manager Erin Kim")."""
    return any(c.dep_ == "compound" and c.i < name.i and is_title(c) for c in name.children)


def _glued_title(conjunct: Token) -> bool:
    """A titled name the parser made a conjunct though no "and" or comma comes before it: the body's
    person written after the body's name ("says Heart and Stroke senior manager Erin Kim"), not a
    second speaker ("Congress and President Obama agreed")."""
    return _titled(conjunct) and conjunct.left_edge.i > 0 \
        and conjunct.doc[conjunct.left_edge.i - 1].dep_ not in ("cc", "punct")


__all__ = ["phrase_owner"]
