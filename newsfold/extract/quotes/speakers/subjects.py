"""Who the parse says is speaking: the subject of a cue verb (walking up participles, conjuncts,
relative clauses and issued documents); and the small parse helpers the rules share (cue words, clause
extents). Names next to a cue the parse missed are `missed_subjects`; the span cut out of a subject
phrase is `speaker_spans.speaker_span`."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from newsfold.extract.quotes.lexicon import (
    DATELINE_DASHES, ISSUED_DOCUMENTS, ISSUE_VERBS, NON_PERSON_HEADS, NOT_SPEAKER_ENTS, OTHER_SPEAKER_PRONOUNS, PERSON_NOUNS,
    PRONOUNS, QUOTING_VERBS, RELATIVE_PRONOUNS, SOURCE_NOUNS, SPEECH_VERBS, SUBJECT_DEPS,
)
from newsfold.extract.quotes.speakers.appositions import inverted_speaker
from newsfold.extract.quotes.speakers.content_clauses import content_clause_owner
from newsfold.extract.quotes.speakers.controllers import object_controller
from newsfold.extract.quotes.speakers.title_names import name_after_title, name_joined_to_title
from newsfold.extract.quotes.speakers.organisations import org_before_which
from newsfold.extract.quotes.speakers.relative_heads import object_of_phrase


def _crosses_line(a: Token, b: Token) -> bool:
    """A line break between two tokens: headings glued to the next sentence by the parser."""
    lo, hi = sorted((a.i, b.i))
    return any("\n" in a.doc[i].text_with_ws for i in range(lo, hi))


def is_personal(token: Token) -> bool:
    """Could name or stand for a person: a name, a personal pronoun, a person noun."""
    return (token.pos_ == "PROPN" or token.ent_type_ == "PERSON" or token.lower_ in PRONOUNS
            or token.lower_ in OTHER_SPEAKER_PRONOUNS or token.lemma_.lower() in PERSON_NOUNS)


def _issuer(noun: Token, *, disabled: frozenset[str]) -> Token | None:
    """The person who issued a document: "[He] released a letter ..." for the noun "letter"."""
    verb = noun.head
    if "issuer" in disabled or noun.lemma_.lower() not in ISSUED_DOCUMENTS or noun.dep_ not in ("dobj", "conj") \
            or (verb.dep_ == "conj" and noun.dep_ == "conj") or verb.lemma_.lower() not in ISSUE_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "nsubj" and c.i < verb.i:
            return c
    return None


def _relative_antecedent(rel: Token, node: Token, *, disabled: frozenset[str]) -> Token:
    """What "who" stands for: the noun phrase right before it ("his wife, Laura, who spoke"
    is Laura; "McClenney and Bryan Anderson, who saw" is Anderson), else the parse's head."""
    head = node.head
    if "relative" not in disabled and rel.lower_ == "who":
        j = rel.i - 1
        while j > head.i and rel.doc[j].is_punct:
            j -= 1
        t = rel.doc[j]
        if j > head.i and t.pos_ in ("PROPN", "NOUN") and head.i in [a.i for a in t.ancestors] \
                and not object_of_phrase(t, head):
            return t
    return (org_before_which(rel, head) if "relative" not in disabled else None) or head


def is_age(token: Token) -> bool:
    """The head of an age used as a noun: "old" in "the 34-year-old"."""
    return token.lower_ == "old" and any(c.lower_ in ("year", "years") for c in token.children)


def _in_quotes(token: Token, inside: bytearray | None) -> bool:
    """The token lies inside quote marks (`inside`: the article's quoted characters; None: not checked)."""
    return inside is not None and bool(inside[token.idx])


def _subjects_between(first: Token, verb: Token, inside: bytearray | None) -> list[Token]:
    """The verb's other subjects after `first` and before the verb, outside quote marks: the second
    subject the parser gave one verb."""
    return [d for d in verb.children if d.dep_ in SUBJECT_DEPS and first.i < d.i < verb.i and not _in_quotes(d, inside)]


def direct_subject(node: Token, inside: bytearray | None, *, disabled: frozenset[str]) -> Token | None:
    """The speaker the parse gives the verb itself: a passive speech verb's agent, else its subject
    (`_subject_child`), else an age or an agent hung on it; None when it has none outside quote marks."""
    if node.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "nsubjpass" for c in node.children):
        # "The machine was described by Jobs as ...": the agent speaks, the subject is spoken of.
        agent = next((pobj(c) for c in node.children if c.dep_ == "agent"), None)
        # A capitalised agent is a name even when tagged a plural noun ("by Jobs").
        if agent is not None and (is_personal(agent) or (agent.text[:1].isupper() and agent.pos_ == "NOUN") or org_agent(agent)) \
                and not _in_quotes(agent, inside):
            return agent
    subject = _subject_child(node, inside, disabled=disabled)
    if subject is not None:
        # Whichever subject the parse's misreadings leave, a name written straight on after a title
        # after the verb speaks for it ("said master of ceremonies Asab Al-Tabchi": title_names).
        return name_after_title(node, subject, inside) or name_joined_to_title(node, subject, inside) or subject
    # '"...," the 34-year-old said': the parser hangs the age on the verb as a modifier.
    for c in node.children:
        if c.dep_ in ("amod", "dep") and c.i < node.i and is_age(c) and not _in_quotes(c, inside):
            return c
    # Passive "was quoted by X" style agents.
    for c in node.children:
        if c.dep_ == "agent":
            obj = pobj(c)
            if obj is not None:
                return obj
    return None


def _subject_child(node: Token, inside: bytearray | None, *, disabled: frozenset[str]) -> Token | None:
    """The verb's subject outside quote marks, past the parser's misreadings: what a relative
    pronoun stands for, not a label or a dateline's city, the subject written after the verb or
    next to it when the parser gave it two; None when it has none."""
    for c in node.children:
        if c.dep_ in SUBJECT_DEPS and not _in_quotes(c, inside):
            if not any(ch.isalnum() for ch in c.text) and "colon_intro" not in disabled:
                continue  # a dash the parser took for a subject ("public ― Trump boasted")
            if c.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                return _issuer(node.head, disabled=disabled) or _relative_antecedent(c, node, disabled=disabled)
            if c.i < node.i and any(t.text == ":" for t in c.doc[c.i + 1:node.i]) and "adjacent" not in disabled:
                continue  # "The Latest: Trump urges ...": a label, not the subject
            if "dated_subject" not in disabled and c.i < node.i and c.ent_type_ in NOT_SPEAKER_ENTS:
                # "Tuesday at Baldwin Wallace University ..., Gov. John Kasich (R-OH), said": the parser
                # gave the verb the fronted day as a second subject; a day never speaks.
                later = [d for d in _subjects_between(c, node, inside) if d.ent_type_ not in NOT_SPEAKER_ENTS]
                if later:
                    return later[-1]
            if "dateline" not in disabled and c.i < node.i:
                # "ORLANDO, Fla. (Reuters) - President Barack Obama met ... and said": the parser
                # gave the verb the dateline's city as a second subject, before the dash.
                after = [d for d in _subjects_between(c, node, None)
                         if any(t.text in DATELINE_DASHES for t in d.doc[c.i + 1:d.left_edge.i])]
                if after:
                    return after[0]
            if "inverted_second" not in disabled and c.i < node.i:
                behind = subject_behind(node, inside)
                if behind is not None:
                    return behind
            if "inverted_appos" not in disabled and c.i < node.i:
                # "To understand the real Dred Scott, Chief Justice Roberts said, ...": the parser
                # made the speaker an apposition of the object before it; an apposition right
                # before the verb (no closing comma) is the subject.
                for a in c.children:
                    if a.dep_ == "appos" and a.i > c.i and a.right_edge.i == node.i - 1 and \
                            inverted_speaker(c, a):
                        return a
                # Two subjects the parser gave one verb ("The singer's lawyer Howard Weitzman said", "But this
                # financial year, because of ..., he said"): the one next to the verb; after a 'before/after'
                # the parser left verbless ("before Trump's appearance, a group of rabbis called"), the later.
                fronted = any(m.dep_ == "mark" and m.i < c.i for m in node.children) and not any(
                    g.dep_ in ("acl", "relcl") for g in c.children)  # not "While the tie vote left ...,"
                later = [d for d in _subjects_between(c, node, inside) if d.dep_ == "nsubj" and ((  # the phrase ends at a comma
                             fronted and d.doc[d.left_edge.i - 1].text == ",") or (
                             node.lemma_.lower() in SPEECH_VERBS and (d.pos_ in ("PROPN", "PRON") or d.lower_ in PRONOUNS)
                             and not any(t.is_punct for t in d.doc[d.right_edge.i + 1:node.i])))]
                if later:
                    return later[-1]
            return c
    return None


def subject_behind(verb: Token, inside: bytearray | None) -> Token | None:
    """The subject written after a speech verb that closes its content behind a comma ("But the
    department ... suffered from ..., said the Constitutional Affairs Select Committee"), when the
    parser gave the verb a second subject before it: that one is the head of the reported words,
    the one after the verb speaks. None when the verb has no subject after it or no comma before it."""
    doc = verb.doc
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    return next((d for d in verb.rights if d.dep_ == "nsubj" and not _in_quotes(d, inside)), None)


def subject_of(verb: Token, inside: bytearray | None = None, *, disabled: frozenset[str],
               quoted: bool = False) -> Token | None:
    """Subject of a verb, walking up participles and conjuncts ("..., stating", "and added").
    Subjects inside quote marks are the parser's mistakes ("... it will," said X), and subjects
    across a line break belong to a heading: neither is a speaker. On the way up, the subject of
    a non-speech clause that is no person ("a meeting was in the works, stating") gives way to the
    subject of a speech verb higher up. For a quote's cue (`quoted`), the cue's own passive subject is
    spoken of or to ("if he thought Gates would be confirmed, ...: '...'"): the way up goes on past it."""
    first: Token | None = None
    node = verb
    for _ in range(5):
        subj = direct_subject(node, inside, disabled=disabled)
        if quoted and node is verb and subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == verb.i \
                and verb.lemma_.lower() in SPEECH_VERBS and "passive_spoken" not in disabled:
            subj = None
        if quoted and node is verb and subj is not None and verb.tag_ == "VBG" and "sourceless_gerund" not in disabled \
                and not source_like(subj):
            subj = None  # "no plan for an invasion of the country saying: '...'": a participle hung on a thing that cannot speak
        if subj is not None and not _crosses_line(subj, verb):
            # A reported clause's subject is content ("He said Mr Blair had spoken ..., adding:" is his).
            reported = node.dep_ == "ccomp" and node.head.lemma_.lower() in SPEECH_VERBS and not any(
                t.text in ".!?" for t in node.doc[min(node.i, node.head.i):max(node.i, node.head.i)])  # one sentence
            if node is verb and gerund_object(subj, verb):
                return verb.head.head
            if node is verb or (is_personal(subj) and not reported) or node.lemma_.lower() in SPEECH_VERBS:
                return subj
            first = first or subj
        if node.dep_ == "acl" and is_personal(node.head) and node.head.i != node.i:
            # "Hegseth, speaking at a meeting, ..." or "with Peskov stating": the noun is the speaker.
            return node.head
        if node.dep_ == "acl" and node.head.i != node.i:
            issuer = _issuer(node.head, disabled=disabled)  # "lawyers filed legal papers opposing ..."
            if issuer is not None:
                return issuer
        if node is verb and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "pobj" and \
                verb.doc[verb.i - 1].head.lower_ == "with" and is_personal(verb.doc[verb.i - 1]):
            return verb.doc[verb.i - 1]  # "with Rovers boss Mark Hughes claiming ...", the gerund hung elsewhere
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.i != node.head.i:
            if node.head.lower_ == "as" and node.head.head.lemma_.lower() in QUOTING_VERBS:
                quoted = next((c for c in node.head.head.children if c.dep_ == "dobj"), None)
                if quoted is not None:
                    return quoted  # "Arab News quoted Prince Saud as saying": Prince Saud speaks
            node = node.head.head  # "by telling them that ...": up through the preposition
            continue
        if node.dep_ == "conj" and node.i == verb.i and "conj_subject" not in disabled:
            lost = conjoined_subject(node)
            if lost is not None:
                return lost
        if node is verb and (controller := object_controller(verb, is_personal, is_cue_verb)) is not None:
            return controller  # "prompted the prime minister to say"
        if node.dep_ in ("advcl", "conj", "xcomp", "ccomp", "relcl") and node.head.i != node.i:
            if node is verb and verb.tag_ == "VBG" and node.dep_ == "advcl" and verb.lemma_.lower() in SPEECH_VERBS \
                    and node.head.lemma_.lower() not in SPEECH_VERBS:
                # "Golden remembers him apologizing in court, saying ...": the one apologizing says it.
                doer = next((c for g in node.head.children if g.dep_ in ("ccomp", "xcomp") and g.tag_ == "VBG" and g.i < verb.i
                             for c in g.children if c.dep_ == "nsubj" and c.i < g.i and is_personal(c)), None)
                if doer is not None:
                    return doer
            node = (content_clause_owner(verb) if node is verb else None) or node.head
            continue
        break
    return first


def gerund_object(subj: Token, verb: Token) -> bool:
    """"The parole board decision allowing his release said ...": the parser made the gerund's object
    the subject of the verb and the verb a clause of the gerund; the noun the gerund describes speaks."""
    gerund = verb.head
    return (verb.dep_ == "ccomp" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.lemma_.lower() in SPEECH_VERBS
            and gerund.tag_ == "VBG" and gerund.dep_ == "acl" and gerund.i < subj.i < verb.i
            and gerund.head.i < gerund.i and not any(t.is_punct for t in verb.doc[gerund.head.i:verb.i]))


def conjoined_subject(verb: Token) -> Token | None:
    """The subject of a conjoined verb that the parser hung on the clause before as a conjunct of
    its object ('Brexit remains the biggest concern and several executives have warned ...': not
    Brexit): the noun right before the verb and its auxiliaries, a person or a source, when it is a
    conjunct itself and nothing but auxiliaries and adverbs stands between."""
    doc = verb.doc
    j = verb.i - 1
    while j > 0 and doc[j].dep_ in ("aux", "auxpass", "neg", "advmod") and doc[j].head.i == verb.i:
        j -= 1
    t = doc[j]
    if j == verb.i - 1 and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "... and officials warned": no auxiliary, too easily a verb's own object
    if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.head.i < t.i and is_personal(t):
        return t
    return None


def name_before(t: Token) -> bool:
    return t.i > 0 and (t.doc[t.i - 1].pos_ == "PROPN" or t.doc[t.i - 1].lower_ in PRONOUNS)


def according_to(tokens: Sequence[Token]) -> Token | None:
    """The 'to' of 'according to' among tokens, whose pobj is the source."""
    for t in tokens:
        if t.lower_ == "to" and t.i > 0 and t.doc[t.i - 1].lower_ == "according":
            return t
    return None


def pobj(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ == "pobj":
            return c
    return None


def is_cue_verb(t: Token) -> bool:
    if t.pos_ in ("VERB", "AUX"):
        if t.lemma_.lower() == "put":  # "as Ms. Simonyan put it, ..."
            return any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children)
        return t.lemma_.lower() in SPEECH_VERBS
    # "with Zelensky noting, ..." is sometimes tagged as a noun.
    low = t.lower_
    return low.endswith("ing") and (low[:-3] in SPEECH_VERBS or low[:-3] + "e" in SPEECH_VERBS)


def is_cue_subject(token: Token) -> bool:
    """The token is the subject of a cue verb (`is_cue_verb`: "he added", "a report says")."""
    return token.dep_ == "nsubj" and is_cue_verb(token.head)


def cue_text(verb: Token) -> str:
    """The verb with its particle or auxiliary negation left out: 'said', 'pointed out'."""
    parts = [verb]
    parts += [c for c in verb.children if c.dep_ == "prt"]
    parts.sort(key=lambda t: t.i)
    return " ".join(t.text for t in parts)


def source_like(token: Token) -> bool:
    """Could be the source of an attitude: a person or organisation, a pronoun, a person or group
    noun, or a document ("the report"); not an abstract noun the parser made a subject."""
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = token.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in SOURCE_NOUNS or lemma in NON_PERSON_HEADS


def clause_span(head: Token) -> tuple[int, int]:
    """Character extent of a clause (its whole subtree), trailing punctuation dropped."""
    toks = list(head.subtree)
    lo, hi = toks[0], toks[-1]
    doc = head.doc
    while hi.i > lo.i and (hi.is_punct or hi.is_space) and hi.text not in "”\"":
        hi = doc[hi.i - 1]
    while lo.i < hi.i and (lo.is_punct or lo.is_space) and lo.text not in "“\"":
        lo = doc[lo.i + 1]
    return lo.idx, hi.idx + len(hi.text)


def org_agent(agent: Token) -> bool:
    """An agent that is an organisation's team or body by name ("has been told by an International
    Monetary Fund team there is scope for further cuts"): it speaks, the passive subject is spoken to."""
    return agent.pos_ == "NOUN" and any(c.dep_ == "compound" and c.ent_type_ == "ORG" for c in agent.children)
