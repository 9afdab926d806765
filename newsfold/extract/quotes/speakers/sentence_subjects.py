"""The subjects a sentence is about, for resolving a he/she to the sentences before it: who
speaks there (the subjects of its speech verbs) and whom its main clause is about; and whether a
he/she comes after the words it reports ("..., he added"), which then hold no antecedent."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.lexicon import SUBJECT_DEPS
from newsfold.extract.quotes.speakers.subjects import gerund_object, is_cue_subject, is_cue_verb


def speaker_subjects(sent: Span, inside: bytearray) -> list[Token]:
    """The subjects of the sentence's finite speech verbs outside quote marks, in text order (not
    of a gerund: "Asked about Trump's calling Clinton a bigot, Christie blamed ...")."""
    return [t.head.head if gerund_object(c, t) else c for t in sent if not inside[t.idx] and _finite(t) and is_cue_verb(t)
            for c in t.children if c.dep_ == "nsubj" and not inside[c.idx]]


def lead_follow_up(art: ParsedArticle, token: Token) -> Span | None:
    """For a token of the article's lead, the next sentence, where a lead that only describes its
    speaker names it; None for a token elsewhere."""
    k = art.sent_of[token.i]
    return art.sents[k + 1] if k == art.lead and k + 1 < len(art.sents) else None


def lead_follow_up_subjects(art: ParsedArticle, token: Token, inside: bytearray) -> list[Token]:
    """For a token of the article's lead: the speakers of the next sentence (`lead_follow_up`: "...,
    a Labour backbencher has said. / Derek Wyatt said ..."); none for a token elsewhere."""
    follow_up = lead_follow_up(art, token)
    return speaker_subjects(follow_up, inside) if follow_up is not None else []


def _finite(verb: Token) -> bool:
    """A finite verb, or a participle with its perfect 'has/have/had' ("the comedian has told"),
    not in a clause another verb reports ("Earnest said Obama has long called for ...")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBN" and verb.dep_ != "ccomp" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def main_subject(sent: Span, inside: bytearray) -> Token | None:
    """The subject of the sentence's main clause, outside quote marks; None when it has none."""
    for t in sent:
        if t.dep_ == "ROOT" and not inside[t.idx]:
            for c in t.children:
                if c.dep_ in SUBJECT_DEPS and not inside[c.idx]:
                    return c
    return None


def postposed_speaker(pronoun: Span) -> bool:
    """The pronoun is the subject of a speech verb that follows what it reports, after a comma
    ('..., he added'): the words before it are the content, and a person named there is no antecedent."""
    return pronoun.start > 0 and pronoun.doc[pronoun.start - 1].text == "," and _speaks_after(pronoun.root)


def after_quoted_words(pronoun: Span) -> bool:
    """As postposed_speaker, with the comma inside the closing quote mark ('..." made accounting
    decisions," he told the court')."""
    doc = pronoun.doc
    i = pronoun.start - 1
    if i < 1 or not doc[i].is_quote:
        return False
    while i > 0 and doc[i].is_quote:
        i -= 1
    return doc[i].text == "," and _speaks_after(pronoun.root)


def _speaks_after(subject: Token) -> bool:
    """The word is the subject of a cue verb that comes after it ("he added")."""
    return is_cue_subject(subject) and subject.head.i > subject.i


def in_reported_clause(t: Token) -> bool:
    """The token belongs to the words a speech verb reports ("Clevite said J.P. Industries held back
    ...", "US officials were talking up the dollar, they said"): who is spoken of there is not who
    speaks."""
    node = t
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and is_cue_verb(node.head):
            return True
        node = node.head
    clause = t.head if t.dep_ in SUBJECT_DEPS else t
    return any(c.dep_ == "parataxis" and c.i > t.i and is_cue_verb(c) for c in clause.children)

