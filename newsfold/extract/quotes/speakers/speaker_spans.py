"""The speaker span: how much of the text around a speaker token names the speaker. Relative
clauses, appositions, prepositional tails and conjuncts are cut (but of one organisation's name); a
description with a name in apposition is that name ("His father, Ernie LeBlanc, says"); a name is cut
from the title or possessor before it ("Vancouver's Bo Horvat": Bo Horvat)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfold.extract.quotes.lexicon import (
    CORPORATE_SUFFIXES, NON_PERSON_ENTITY_TYPES, NOT_SPEAKER_ENTS, PERSON_NOUNS, RELATIVE_PRONOUNS, SUBJECT_DEPS,
)
from newsfold.extract.quotes.speakers.appositions import name_after_title_phrase, one_of_named, right_after, title_domain_name
from newsfold.extract.quotes.speakers.organisations import one_org_name
from newsfold.extract.quotes.speakers.title_names import name_closing_title

# Entity types of a name in apposition that is no person's: a date is none either ("Monday").
NOT_NAME_ENTS = NON_PERSON_ENTITY_TYPES | NOT_SPEAKER_ENTS

# Dependents that are not part of a speaker's name when it is cut out of the parse.
SPEAKER_CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc", "conj", "prep", "parataxis"})


def speaker_span(token: Token) -> Span:
    """The name-like part of a subject: drop relative clauses, appositions, prepositional tails, conjuncts
    but of one organisation. A description with a name in apposition ("His father, Ernie LeBlanc, says") is
    the name; a name is cut from the title or possessor before it ("Vancouver's Bo Horvat": Bo Horvat)."""
    doc = token.doc
    # A surname that is also a person noun ("Rep. Peter T. King") is a name, not the noun.
    personal = token.lemma_.lower() in PERSON_NOUNS and not _in_person_name(token)
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and personal) or token.lower_ == "one":
        # After a noun for a person ("Wise's dad, Darrin") the name is a person's whatever the tagger
        # says; a title the tagger took for a name too ("Director of Public Prosecutions, Ken Macdonald").
        name = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and (c.ent_type_ not in NOT_NAME_ENTS or (personal and c.ent_type_ != "ORG"))
                     and right_after(token, c.left_edge.i)), None)
        if name is None and token.pos_ == "NOUN":
            name = title_domain_name(token) or name_after_title_phrase(token) or name_closing_title(token)
        if name is None and token.lower_ == "one":
            name = one_of_named(token)
        if name is None:
            # "A disaster mitigation agency official in Banten province named Jhony"
            name = next((c for t in token.subtree if t.lower_ == "named" and t.dep_ == "acl"
                         and 0 < t.i - token.i <= 6 for c in t.children
                         if c.dep_ in ("oprd", "attr", "dobj") and c.pos_ == "PROPN" and c.ent_type_ not in NOT_NAME_ENTS),
                        None)
        if name is not None:
            return speaker_span(name)
    keep = [token]
    stack = [c for c in token.children if c.dep_ not in SPEAKER_CUT_DEPS or (c.dep_ in ("cc", "conj") and one_org_name(token))]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in SPEAKER_CUT_DEPS)
    lo = min(t.i for t in keep)
    hi = max(t.i for t in keep)
    # Keep the span contiguous around the head: cut at commas and line breaks inside it.
    for i in range(token.i - 1, lo - 1, -1):
        if ((doc[i].is_punct and doc[i].text not in ".-'’") or "\n" in doc[i].text_with_ws) \
                and not _between_modifiers(doc, i, token):
            lo = i + 1
            break
    for i in range(token.i + 1, hi + 1):
        if (doc[i].is_punct and doc[i].text not in ".-'’") or doc[i].is_space:
            hi = i - 1
            break
    if "\n" in doc[lo].text_with_ws and lo < token.i:
        lo += 1
    while hi > token.i and doc[hi].dep_ == "case":
        hi -= 1  # "Trump's claim": the speaker is Trump
    if _name_like(token):
        i = token.i
        while i - 1 >= lo and _name_like(doc[i - 1]) and doc[i - 1].dep_ != "poss":
            i -= 1
        if i > lo and (doc[i - 1].dep_ == "case" or doc[i - 1].pos_ in ("NOUN", "ADJ")) and not _owned_legal_form(doc, i, token) \
                and _written_as_name(doc[i:token.i + 1]):
            lo = i  # the name without the title or possessor written before it
    # "a tech staffer at the State Department who told ...": the phrase runs up to the relative
    # pronoun when nothing but the prepositional tail stands between.
    for c in token.children:
        if c.dep_ == "relcl":
            rel = next((g for g in c.children if g.dep_ in SUBJECT_DEPS and g.lower_ in RELATIVE_PRONOUNS), None)
            if rel is not None and rel.i > hi + 1 and rel.i - hi <= 8:
                between = doc[hi + 1:rel.i]
                if all(not (t.is_punct or t.is_space) for t in between) and between[0].dep_ == "prep":
                    hi = rel.i - 1
            break
    return doc[lo:hi + 1]


def _in_person_name(token: Token) -> bool:
    """The token goes on a person's name the tagger marked ("King" of "Peter T. King"): a name
    word after the first."""
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "I"


def _owned_legal_form(doc, i: int, head: Token) -> bool:
    """The possessive before token i is in an organisation's name ("Standard and Poor's Corp", "Moody's Investors Service")."""
    return doc[i - 1].dep_ == "case" and ((i == head.i and head.lower_.rstrip(".") in CORPORATE_SUFFIXES) or (
        doc[i - 1].ent_iob_ == "I" and doc[i - 1].ent_type_ == head.ent_type_ == "ORG" and head.ent_iob_ == "I"))


def _name_like(t: Token) -> bool:
    return t.pos_ == "PROPN" or t.ent_type_ == "PERSON"


def _written_as_name(words: Span) -> bool:
    """A name is written with a capital: "the billionaire business mogul", words the tagger took for
    a name, are a description, not a name to cut out of its title."""
    return any(t.text[:1].isupper() for t in words)


def _between_modifiers(doc, i: int, head: Token) -> bool:
    """The comma at i only parts two modifiers of the head after its determiner ("the bespectacled,
    71-year-old diplomat"): no boundary of the phrase ("Most important, average hourly earnings ..."
    opens with a sentence adverb, no determiner before it)."""
    if doc[i].text != "," or doc[i].head.i != head.i or i == 0 or i + 1 >= head.i \
            or not any(c.dep_ == "det" and c.i < i for c in head.children):
        return False
    left, right = doc[i - 1], doc[i + 1]
    return left.dep_ == "amod" and left.head.i == head.i and any(
        c.dep_ in ("amod", "nummod", "compound") and c.left_edge.i == right.i for c in head.children)
