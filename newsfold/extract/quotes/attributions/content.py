"""What an unmarked attribution keeps of its content: cut at paragraph breaks and at a marked quote
it would cut in half, dropped when it is itself a marked quote or when its cue is no communication,
cognition or evidential act in this use (rule `act_filter`; the cue lists are in `lexicon`)."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Token

from newsfold.extract.quotes.article import Attribution, ParsedArticle, cut_back
from newsfold.extract.quotes.lexicon import (
    ADDRESSEE_CUES, ADDRESSEE_OBJECT_CUES, ASPECTUAL_CUES, CAUSATIVE_CUES, CLAUSE_ONLY_CUES, CLAUSE_START,
    FINITE_TAGS, NAMING_CUES, REPORT_VERBS, SOURCE_NOUNS, SPEECH_VERBS, TEMPORAL_CLAUSE, TOPIC_PREPS, VENUE_CUES,
)
from newsfold.extract.quotes.quote_marks import MarkedSpan, kind_of
from newsfold.extract.quotes.speakers.missed_subjects import CLOSING_MARKS
from newsfold.extract.quotes.speakers.subjects import is_personal, source_like
from newsfold.nlp.doc_text import doc_text


# A reported clause made mostly of a marked quote is that quote; one that carries a quoted fragment
# in a longer clause of its own ("said his temperament is \"dangerous\"") is kept as well.
INDIRECT_MAX_QUOTED = 0.85


def unmarked_content(art: ParsedArticle, marked: Sequence[MarkedSpan], inside: bytearray, start: int, end: int,
                     a: Attribution) -> tuple[int, int] | None:
    """The extent an unmarked attribution keeps (`cut_content`), or None when nothing is left,
    when the content is itself a marked quote (already attributed), or when its cue is no act."""
    text = art.text
    start, end = cut_content(text, marked, start, end, a.cue_token.idx if a.cue_token is not None else None)
    if art.on("sibling_cut") and a.cue_token is not None:
        end = before_sibling_report(art.doc, a.cue_token, start, end)
    if art.on("conj_cut") and a.cue_token is not None:
        end = before_conjoined_report(art.doc, a.cue_token, start, end)
    if art.on("according_tail") and a.cue_token is not None:
        end = before_according_phrase(art.doc, a.cue_token, start, end)
    n = end - start
    if n < 2 or sum(inside[start:end]) > INDIRECT_MAX_QUOTED * n \
            or _not_an_act(text, a, start, end, disabled=art.disabled):
        return None
    return start, end


def cut_content(text: str, marked: Sequence[MarkedSpan], start: int, end: int,
                cue_at: int | None = None) -> tuple[int, int]:
    """A reported clause never ends in half a marked quote: a whole-sentence quote that opens
    inside it and closes after it ('dismissed the idea, with Peskov stating, "Russia has never ...')
    is cut off before its mark; a quoted fragment is taken in whole. (A clause starting inside a
    quote is the quoted speaker's own report: left as is.)
    Nor does it cross a paragraph break: it keeps the paragraph of its cue (`cue_at`), so a cue
    closing a lead ("..., the Lib Dems say.") never reaches back into the headline above."""
    if cue_at is not None and (cue_at >= end and "\n" in text[end:cue_at]
                               or cue_at < start and "\n" in text[cue_at:start]):
        return start, start  # cue and content in different paragraphs: a headline glued to the lead
    last_break = text.rfind("\n", start, end)
    if cue_at is not None and last_break >= start and cue_at > last_break:
        start = last_break + 1
        while start < end and text[start].isspace():
            start += 1
    cut = False
    newline = text.find("\n", start, end)
    if newline > start:
        end = newline  # reported content never runs on into the next paragraph or heading
        cut = True
    for s in marked:
        if start < s.outer_start < end < s.end and any(c.isspace() for c in text[end:s.end]):
            if kind_of(text, s) == "partial" and "\n" not in text[end:s.end]:
                # A fragment woven into the clause ('said that the mayor "had ..."') is part of it: the
                # clause runs on to its closing mark (PolNeAR train one-to-one F1 0.7655 -> 0.7668,
                # dev tune 0.8036 -> 0.8048, the tracker's dev tune 0.8119 -> 0.8126).
                end = s.outer_end
                continue
            end = s.outer_start
            cut = True
    while cut and end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-\"“”'‘"):
        end -= 1
    return start, end


# Dependencies of a second report that a comma sets off from the first one's content (a
# conjoined report too was tried: no gain on PolNeAR train nor dev tune).
SIBLING_REPORT_DEPS = frozenset({"advcl", "relcl"})
# Marks a content cut before a sibling or conjoined report goes back over ("..., and", "... — while").
CUT_SEPARATORS = ",;:—–"


def before_sibling_report(doc: Doc, cue: Token, start: int, end: int) -> int:
    """The content ends before a second report that a comma sets off: a participle ("called the
    deal historic, applauding America's leadership") or a relative clause ("his wins in Florida,
    which he describes as his second home") headed by a report verb. It is an attribution of its
    own (PolNeAR annotates it apart), which the rule that reads it makes a row of once the first
    stops short of it. On PolNeAR train one-to-one F1 0.7625 -> 0.7655 (dev tune 0.799 -> 0.804;
    the tracker's dev tune 0.811 -> 0.812)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return end
    for t in span:
        if t.i == cue.i or t.pos_ != "VERB" or t.dep_ not in SIBLING_REPORT_DEPS \
                or t.lemma_.lower() not in REPORT_VERBS:
            continue
        lo = t.left_edge
        before = lo.i - 1
        if before - 1 > span.start and doc[before].text in CLOSING_MARKS:
            before -= 1  # '“... win this race,” adding that ...': the comma inside the closing mark
        if lo.i <= span.start or doc[before].text not in (",", ";", "—", "–"):
            continue
        cut = cut_back(doc_text(doc), doc[lo.i - 1].idx, start, CUT_SEPARATORS)
        if cut > start:
            return cut
    return end


# FINITE_TAGS (lexicon): a verb conjoined inside the content in the cue's tense but not the clause's
# ("said he makes ... and questioned ...") is the cue's.
# ... and the participle of "saying X and questioning Y"; a bare infinitive ("to win and have") is
# too often the clause's own.
CONJ_CUT_TAGS = FINITE_TAGS | {"VBG"}


def finite_tag(verb: Token) -> str:
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.tag_ in FINITE_TAGS), None)
    return aux.tag_ if aux is not None else verb.tag_


def before_conjoined_report(doc: Doc, cue: Token, start: int, end: int) -> int:
    """The content ends before a verb the parser conjoined to the reported clause though it is the
    source's next act: it has no subject of its own and is in the cue's tense, not the clause's ("said
    he makes $41,000 a year and questioned how ...", "said he would offer a prayer but did not suggest
    it would be Trump"), or is a speech verb in the cue's tense ("announced that he was undergoing
    therapy and vowed to focus on ..."). PolNeAR annotates it as an attribution of its own."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return end
    for t in span:
        head = t.head
        if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX"):
            continue
        if head.i != cue.i:  # a verb conjoined to the cue itself is never its content
            if head.i < span.start or head.pos_ not in ("VERB", "AUX") \
                    or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
                continue
            own = finite_tag(t)
            if own not in CONJ_CUT_TAGS or own != finite_tag(cue) \
                    or (finite_tag(head) == own and t.lemma_.lower() not in SPEECH_VERBS):
                continue
        # From the conjunction ("and", "but", a comma) right before the verb's phrase.
        lo = t.left_edge.i
        while lo - 1 > head.i and doc[lo - 1].head.i == head.i and doc[lo - 1].dep_ in ("cc", "punct", "preconj"):
            lo -= 1
        cut = cut_back(doc_text(doc), doc[lo].idx, start, CUT_SEPARATORS)
        if cut > start:
            return cut
    return end


def before_according_phrase(doc: Doc, cue: Token, start: int, end: int) -> int:
    """The content ends before an "according to X" phrase that closes it ("favored Mr. Obama ... by
    nearly 20 points, according to polling by the A.F.L.-C.I.O."): the phrase reports the whole
    clause, cue included, as one attribution (its own rule makes the row); a content running on
    into it crosses that row, and the two rows cut each other into two halves of one attribution."""
    text = doc_text(doc)
    if text.find("according to", start, end) < 0:
        return end  # a string search first: most contents have none
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return end
    for t in span[:-1]:
        to = doc[t.i + 1]
        if t.lower_ != "according" or to.lower_ != "to" or t.i <= cue.i or to.i == cue.i:
            continue
        last = to.right_edge
        if last.idx + len(last.text) < end - 1:
            continue  # "A, according to X, and B": a phrase inside the content is not its end
        cut = cut_back(text, t.idx, start, CUT_SEPARATORS)
        if cut > start:
            return cut
    return end


def _not_an_act(text: str, a: Attribution, start: int, end: int, *, disabled: frozenset[str]) -> bool:
    """An indirect attribution whose cue is no communication, cognition or evidential act in
    this use (the act-filter lists in `lexicon`, ASPECTUAL_CUES and after)."""
    t = a.cue_token
    if t is None or "act_filter" in disabled:
        return False
    lemma = t.lemma_.lower()
    words = text[t.idx + len(t.text):start].lower().split()
    # "declined to comment" is kept: PolNeAR annotates it (21 rows of train, all gold: one-to-one F1
    # 0.7774 -> 0.7780, dev tune same); its act is no speech (acts), so no one is counted as quoted.
    if _only_amounts(t.doc, start, end):
        return True  # "took a charge of 1.03 billion dlrs": an amount is no one's words
    if lemma == "add" and not CLAUSE_START.match(text, start) and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in t.children):
        return True  # "added Flying Daggers to the list": adding a thing, not words
    if lemma in ADDRESSEE_OBJECT_CUES and _only_an_addressee(t.doc, start, end):
        return True  # "told Gordon Brown", "invited members of the audience": who, not what
    if lemma in NAMING_CUES and (t.dep_ in ("acl", "oprd") or words[-1:] == ["as"]) and t.tag_ == "VBN" \
            and len(text[start:end].split()) <= 6 and "," not in text[start:end]:
        return True  # "a stream called Miracle Run", "a group known as Fancy Bear": a name, not words
    if TEMPORAL_CLAUSE.match(text, start) and _clause_is_adverbial(t, start):
        return True  # "said before he died", "said when she resigned": when, not what
    if lemma in ASPECTUAL_CUES:
        root = a.speaker.root if a.speaker is not None else None
        actor = root is not None and source_like(root) and root.ent_type_ not in ("GPE", "LOC", "FAC")
        # "Story continues below advertisement": a place, not content
        return not (actor and words in ([], ["to"]))
    if lemma in CAUSATIVE_CUES:
        return True
    if lemma in CLAUSE_ONLY_CUES:
        return not (CLAUSE_START.match(text, start) or (words and words[-1] == "that"))
    if lemma in VENUE_CUES:
        return bool(words) and words[-1] in ("on", "in", "via")
    if lemma in ADDRESSEE_CUES:
        return bool(words) and words[-1] in ("with", "to") and not TOPIC_PREPS.search(text, start, end)
    return False


def _only_amounts(doc: Doc, start: int, end: int) -> bool:
    """Nothing but numbers, money and percentages ("1.03 billion dlrs", "55 percent now")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    return bool(words) and all(t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
                               or t.is_currency or t.lower_ in ("dlrs", "pct", "percent", "now") for t in words)


def _only_an_addressee(doc: Doc, start: int, end: int) -> bool:
    """The content is one noun phrase naming people: a person, a pronoun, a person or group noun."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if any(t.pos_ in ("VERB", "AUX") for t in span) or root.pos_ not in ("PROPN", "PRON", "NOUN"):
        return False
    return root.ent_type_ in ("PERSON", "NORP") or is_personal(root) or root.lemma_.lower() in SOURCE_NOUNS


def _clause_is_adverbial(cue: Token, start: int) -> bool:
    """The content starts with a time word heading an adverbial clause or phrase of the cue
    ("said before he died", "said during his years in office"), not a reported clause."""
    doc = cue.doc
    first = next((t for t in doc if t.idx >= start), None)
    if first is not None and first.dep_ == "advmod" and first.i + 1 < len(doc):
        first = doc[first.i + 1]  # "shortly after ..."
    if first is None:
        return False
    if first.dep_ == "mark":  # "before he died": the clause it marks hangs off the cue as advcl
        return first.head.dep_ == "advcl" and first.head.head.i == cue.i and first.head.i > cue.i
    # "during his seven years in office"; not "as" ("viewed as favourable" is the view itself)
    return first.dep_ == "prep" and first.lower_ != "as" and first.head.i == cue.i
