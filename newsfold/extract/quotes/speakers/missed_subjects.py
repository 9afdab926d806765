"""Who speaks when the parse gives a cue verb no usable subject: a name or pronoun next to the verb
on its line (`adjacent_subject`, `left_subject`), or a name after it the parser made its object
(`inverted_subject`, "said Trump")."""

from __future__ import annotations

from spacy.tokens import Token

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.lexicon import (
    INVERTIBLE_VERBS, NOT_SPEAKER_ENTS, OTHER_SPEAKER_PRONOUNS, PERSON_NOUNS, PERSON_RELATIVES, PRONOUNS,
    RELATIVE_PRONOUNS, SPEECH_VERBS,
)
from newsfold.extract.quotes.speakers.title_names import person_past_title, title_holding

_NAME_POS = ("PROPN",)


def _name_before_relative(left: list[Token]) -> Token | None:
    """The name a "who"/"whose" clause between commas hangs on, left of the verb ('Size, whose
    New Forms album won ..., said'): the clause's own names are not the speaker; None otherwise."""
    for t in left:
        if t.lower_ in PERSON_RELATIVES and t.i >= 2:
            comma, name = t.doc[t.i - 1], t.doc[t.i - 2]
            if comma.text == "," and (name.pos_ == "PROPN" or name.ent_type_ == "PERSON") \
                    and name.ent_type_ not in NOT_SPEAKER_ENTS:
                return name
            return None
    return None


def adjacent_subject(art: ParsedArticle, verb: Token, inside: bytearray) -> Token | None:
    """A name or pronoun right next to a cue verb, outside quotes and on its line, when the parse
    gave the verb no usable subject: '..." Flynn, a top surrogate, said' or '..." said James Acton'."""
    doc = verb.doc
    sent = art.sent(verb.i)
    left: list[Token] = []
    for i in range(verb.i - 1, max(sent.start, verb.i - 12) - 1, -1):
        t = doc[i]
        if inside[t.idx] or "\n" in t.text_with_ws:
            break
        left.append(t)  # nearest first
    for t in left:
        if t.lower_ in PRONOUNS or t.lower_ in OTHER_SPEAKER_PRONOUNS:
            return t
    if left and left[0].i == verb.i - 1 and doc[verb.i - 2].text in CLOSING_MARKS and left[0].is_title \
            and left[0].is_alpha and left[0].lower_ not in RELATIVE_PRONOUNS \
            and "mistagged_name" not in art.disabled:
        return left[0]  # '..." Aftergood said' with the name tagged as anything but a name
    if left and left[0].text == ",":
        named = _name_before_relative(left)
        if named is not None:
            return named  # 'Size, whose New Forms album won the 1997 Mercury Music Prize, said'
    # Name runs left of the verb: the nearest one ("U.S. Defense Secretary Pete Hegseth
    # emphasized"), or the first one when an apposition sits between ('Flynn, a top Trump
    # surrogate, said').
    runs: list[Token] = []  # last token of each run, nearest first
    prev_in_run = False
    for t in left:
        is_name = (t.pos_ in _NAME_POS or t.ent_type_ == "PERSON") and t.ent_type_ not in NOT_SPEAKER_ENTS
        if is_name and not prev_in_run:
            runs.append(t)
        prev_in_run = is_name
    if runs:
        appositive = left[0].text == ","
        run = runs[-1] if appositive else runs[0]
        return title_holding(run) or run
    # Right: "said James Acton, a physicist".
    for i in range(verb.i + 1, min(sent.end, verb.i + 4)):
        t = doc[i]
        if inside[t.idx] or t.is_punct or t.is_space:
            break
        if t.ent_type_ in NOT_SPEAKER_ENTS:
            break  # 'said Monday'
        if t.pos_ in _NAME_POS or t.ent_type_ == "PERSON" or t.lower_ in PRONOUNS:
            past = person_past_title(t, sent.end, inside) if t.lower_ not in PRONOUNS else None
            if past is not None:
                return past  # "said Pentagon spokesman Navy Capt. Jeff Davis"
            while t.i + 1 < sent.end and doc[t.i + 1].pos_ == "PROPN" and not inside[doc[t.i + 1].idx]:
                t = doc[t.i + 1]
            return t
    return None


def left_subject(art: ParsedArticle, verb: Token, inside: bytearray) -> Token | None:
    """A name or pronoun left of the verb on its line, when the parse gave the verb no usable
    subject (a heading glued to the sentence, a name parsed into a prepositional phrase)."""
    subj = adjacent_subject(art, verb, inside)
    return subj if subj is not None and subj.i < verb.i else None


# Closing quote marks as spaCy tokenizes them.
CLOSING_MARKS = frozenset({'"', "”", "’", "''"})


def inverted_subject(verb: Token, disabled: frozenset[str] = frozenset()) -> Token | None:
    """'said Trump' where the parser made the name an object or attached it oddly. Right after a
    closing quote mark any speech verb is inverted, and a person noun is its subject too ('"...,"
    points out the laid-back Cambridge resident')."""
    doc = verb.doc
    after_quote = verb.i >= 2 and (doc[verb.i - 1].text in CLOSING_MARKS
                                   or (doc[verb.i - 1].text == "," and doc[verb.i - 2].text in CLOSING_MARKS))
    if verb.lemma_.lower() not in INVERTIBLE_VERBS and not (after_quote and verb.lemma_.lower() in SPEECH_VERBS):
        return None
    for c in verb.rights:
        if c.dep_ in ("dobj", "attr", "npadvmod", "dep") and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") \
                and c.ent_type_ not in NOT_SPEAKER_ENTS:
            return c
        if after_quote and c.dep_ in ("dobj", "attr", "nsubj") and c.pos_ == "NOUN" and c.tag_ == "NN" \
                and c.lemma_.lower() in PERSON_NOUNS:
            return c
        if after_quote and "inverted_description" not in disabled and c.dep_ in ("dobj", "attr", "nsubj") \
                and c.pos_ == "NOUN" and c.i == verb.i + 1 + sum(1 for x in c.lefts) \
                and any(x.dep_ == "det" and x.lower_ in ("a", "an", "the") for x in c.lefts) \
                and c.ent_type_ not in NOT_SPEAKER_ENTS:
            # '"...," tweeted a German user from Hanover', '"How big is that wall?" asked the boy':
            # a described speaker right after the verb.
            return c
    return None
