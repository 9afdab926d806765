"""Where a noun or an adjective could cue an attribution, for the learned cue scorer (`cue_scorer`):
the noun or adjective, the content it would carry and its source, read the way the hand rules of
`attributions.nominal_cues` read them, but for any lemma ("attacks on Sanders", "his more immediate
goal is to sell ...", "faith in America", "Sanders is wary of ...", "a star willing to address ...").
Which of these sites are cues is the scorer's to say (PolNeAR annotates them by the hundred); the
hand rules keep their own lists (NOUN_CUES, ATTITUDE_ADJECTIVES) and run first, and a site whose
content their rows already cover is no new attribution."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsfold.extract.quotes.attributions.nominal_cues import own_source
from newsfold.extract.quotes.lexicon import NOMINAL_SITE_PREPS, SUBJECT_DEPS
from newsfold.extract.quotes.speakers.subjects import clause_span, pobj, subject_of

# Dependencies of an adjective that can state its holder's attitude: a predicate ("is wary of"), one
# conjoined to it ("worried and angry about"), or a modifier of its holder ("a star willing to ...").
ADJECTIVE_SITE_DEPS = frozenset({"acomp", "oprd", "conj", "amod", "acl"})


@dataclass
class Site:
    cue: Token
    start: int
    end: int
    content_kind: str  # clause, copula, infinitive or prep
    prep: str | None  # the preposition introducing a prep content
    source: Token | None
    source_kind: str  # how the source was found, "none" without one


def _clause_child(head: Token) -> Token | None:
    """A that-clause or infinitive of a noun or adjective ("the claim that ...", "his plan to ...")."""
    return next((c for c in head.children if c.dep_ in ("acl", "ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
                 and (c.dep_ != "acl" or any(g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to")
                                             for g in c.children))), None)


def _prep_content(head: Token) -> tuple[Token, str] | None:
    """The object of the first preposition after the head that can carry content ("attacks on X")."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in NOMINAL_SITE_PREPS), None)
    if prep is None:
        return None
    obj = pobj(prep) or next((c for c in prep.children if c.dep_ == "pcomp"), None)
    return (obj, prep.lower_) if obj is not None else None


def _content(head: Token, copula: Token | None) -> tuple[int, int, str, str | None] | None:
    clause = _clause_child(head)
    if clause is not None:
        start, end = clause_span(clause)
        return start, end, "infinitive" if clause.dep_ == "xcomp" or any(
            g.dep_ == "aux" and g.lower_ == "to" for g in clause.children) else "clause", None
    if copula is not None:
        # "Their fear is that ...", "his goal is to sell ...": the copula's clause
        comp = next((c for c in copula.rights if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None)
        if comp is not None:
            start, end = clause_span(comp)
            return start, end, "copula", None
    found = _prep_content(head)
    if found is None:
        return None
    start, end = clause_span(found[0])
    return start, end, "prep", found[1]


def _copula_subject(be: Token) -> Token | None:
    return next((c for c in be.children if c.dep_ in SUBJECT_DEPS), None)


def noun_site(noun: Token, inside: bytearray, disabled: frozenset[str]) -> Site | None:
    """A noun with content: its clause or infinitive, the clause of the copula it is the subject of,
    or a preposition's object; its source: its possessor, a by/from phrase, the subject of the verb it
    is the object of, of the copula it is the predicate of ("X is a supporter of Y"), or of the verb
    its phrase hangs on ("She posted it in the hope that ...")."""
    copula = noun.head if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" else None
    found = _content(noun, copula)
    if found is None:
        return None
    start, end, content_kind, prep = found
    source = own_source(noun)
    source_kind = "none" if source is None else ("poss" if source.dep_ == "poss" else "by")
    head = noun.head
    if source is None and noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        source, source_kind = subject_of(head, inside, disabled=disabled), "verb_subject"
    elif source is None and noun.dep_ == "attr" and head.lemma_ == "be":
        source, source_kind = _copula_subject(head), "copula_subject"
    elif source is None and noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        source, source_kind = subject_of(head.head, inside, disabled=disabled), "prep_verb_subject"
    if source is None or start <= source.idx < end or inside[source.idx]:
        source, source_kind = None, "none"
    return Site(noun, start, end, content_kind, prep, source, source_kind)


def adjective_site(adj: Token, inside: bytearray, disabled: frozenset[str]) -> Site | None:
    """An adjective with content (its clause, infinitive or a preposition's object) and its holder:
    the subject of the copula or verb it is the predicate of, or the noun it modifies."""
    if adj.dep_ not in ADJECTIVE_SITE_DEPS:
        return None
    found = _content(adj, None)
    if found is None:
        return None
    start, end, content_kind, prep = found
    node = adj
    if node.dep_ == "conj" and node.head.pos_ == "ADJ":
        node = node.head  # "worried and angry about": the first conjunct's holder
    source, source_kind = None, "none"
    if node.dep_ in ("acomp", "oprd"):
        source = _copula_subject(node.head) or subject_of(node.head, inside, disabled=disabled)
        source_kind = "predicate_subject"
    elif node.dep_ in ("amod", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
        source, source_kind = node.head, "modified_noun"
    if source is None or start <= source.idx < end or inside[source.idx]:
        source, source_kind = None, "none"
    return Site(adj, start, end, content_kind, prep, source, source_kind)


__all__ = ["ADJECTIVE_SITE_DEPS", "Site", "adjective_site", "noun_site"]
