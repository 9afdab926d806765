"""Roles of a person from the words around a mention ("Kremlin spokesman Dmitry Peskov", "Pete
Hegseth, the US Defence Secretary,"), and one spelling per role."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfold.extract.people.lexicon import (
    DETERMINERS,
    HONORIFICS,
    OFFICE_TITLES,
    POSSESSIVES,
    PURE_HONORIFICS,
    ROLE_CONNECTORS,
    ROLE_SPELLINGS,
    ROLE_WORDS,
)


def _is_role_token(token: Token) -> bool:
    return token.lower_ in ROLE_WORDS or token.text in OFFICE_TITLES or token.text in HONORIFICS


def premodifier_role(doc: Doc, start: int, end: int) -> str | None:
    """ "Kremlin spokesman Dmitry Peskov", "Secretary of State Marco Rubio" -> the words before.

    Patterned on the surface rather than the parse (the small model often mis-attaches titles):
    the word right before the name must be a role word or capitalised; the phrase then extends left over
    capitalised words, adjectives, nouns and "of"/"for", stopping at determiners, verbs,
    punctuation, possessives, line breaks and other people.
    """
    if start == 0 or "\n" in doc[start - 1].whitespace_:
        return None
    before = doc[start - 1]
    if not (_is_role_token(before) or (before.pos_ == "PROPN" and before.text[:1].isupper()
                                       and before.ent_type_ != "PERSON")):
        return None
    first = start - 1
    i = start - 2
    seen_adjective = False
    while i >= 0:
        token = doc[i]
        if token.pos_ == "NOUN" and token.text.islower() and seen_adjective:
            break  # "running mate presidential nominee": a noun never precedes the adjective
        seen_adjective = seen_adjective or (token.pos_ == "ADJ" and token.text.islower())
        if "\n" in token.whitespace_ or token.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL"):
            break
        if token.text in POSSESSIVES:
            break  # "Clinton’s press secretary Brian Fallon": the role is "press secretary"
        if token.lower_ in ROLE_CONNECTORS:
            if i == 0 or not _is_role_token(doc[i - 1]):
                break  # "release of American teacher": only "Secretary of", "Minister for"
        elif token.is_punct and token.text not in (".",) or token.pos_ in (
            "DET", "PRON", "VERB", "AUX", "ADV", "CCONJ", "SCONJ", "ADP", "PART", "NUM", "SYM"
        ) and not _is_role_token(token) and token.text not in ("U.S.", "U.K.", "US", "UK"):
            break
        elif not (token.text[:1].isupper() or token.pos_ in ("ADJ", "NOUN") or _is_role_token(token)):
            break
        elif (token.is_sent_start and token.text[:1].isupper()
              and token.pos_ not in ("PROPN", "ADJ") and not _is_role_token(token)):
            break
        first = i
        i -= 1
    words = [t.text for t in doc[first:start]]
    while words and words[0].lower() in ROLE_CONNECTORS:
        words = words[1:]
    if not words or not is_role_phrase(words):
        return None
    return normalise_role(" ".join(words))


def appositive_role(doc: Doc, start: int, end: int) -> str | None:
    """ "Pete Hegseth, the US Defence Secretary," and "his advisor, Steve Witkoff"."""
    span_tokens = range(start, end)
    for i in span_tokens:
        for child in doc[i].children:
            if child.dep_ == "appos" and not (start <= child.i < end) and child.ent_type_ != "PERSON":
                words = [t.text for t in doc[child.left_edge.i:child.i + 1]
                         if t.dep_ not in ("det", "poss", "case") and t.head.dep_ != "poss"]
                if (0 < len(words) <= 8 and is_role_phrase(words)
                        and words[-1].lower().strip(".") in ROLE_WORDS):
                    return normalise_role(" ".join(words))
    root = doc[end - 1]
    if root.dep_ == "appos" and root.head.i < start and root.head.pos_ in ("NOUN", "PROPN"):
        head = root.head
        words = [
            t.text for t in doc[head.left_edge.i:head.i + 1]
            if t.dep_ not in ("det", "poss", "case") and t.head.dep_ != "poss" and t.ent_type_ != "PERSON"
        ]
        if words and head.text.lower() in ROLE_WORDS and len(words) <= 6:
            return normalise_role(" ".join(words))
    return None


def normalise_role(role: str) -> str:
    """One spelling per role: determiners dropped, Defence -> Defense, U.S. -> US, spaces tidy."""
    # Punctuation off first, so "A," is the determiner "A" and a second pass changes nothing.
    words = [core for core in (w.strip(",;:()\"“”") for w in role.split()) if core]
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    # honorifics are not roles: "Chairman Rep." keeps "Chairman Representative", "Mr" goes
    while words and words[-1] in PURE_HONORIFICS:
        words = words[:-1]
    while words and words[0] in PURE_HONORIFICS:
        words = words[1:]
    out = []
    for core in words:
        mapped = ROLE_SPELLINGS.get(core.lower())
        if mapped is None:
            out.append(core)
        elif mapped.isupper():
            out.append(mapped)
        elif core[:1].isupper():
            out.append(mapped[:1].upper() + mapped[1:])
        else:
            out.append(mapped)
    return " ".join(out)


def is_role_phrase(words: list[str]) -> bool:
    return any(w.lower().strip(".,") in ROLE_WORDS for w in words)
