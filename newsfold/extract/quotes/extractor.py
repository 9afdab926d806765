"""Quotes and their speakers: direct, partial (quoted fragments) and indirect (reported speech).

Three passes over one parsed article:
1. `find_quote_spans` pairs quote marks paragraph by paragraph (curly and straight, an opening mark
   repeated at each new paragraph of a long quote); an unbalanced mark never runs past its paragraph.
2. Each marked span gets a cue and a speaker from the parse of the text around it (outside any quote):
   the syntactic subject of the nearest speech verb, "according to X", or, for quotes with no
   attribution of their own, the speaker of a neighbouring sentence.
3. Attributions without quote marks, in the broad sense news annotation (PolNeAR) uses: a speech
   or cognition verb with its clause ("said that ..."), a speech act, attitude or evidential verb
   with its object ("wants to ...", "backed Clinton", "polls show a close race"), a passive with
   its agent ("endorsed by ..."), a speech noun ("Trump's claim that ..."), "X is critical of Y",
   "according to X", headline forms ("Pence: ...", "Trump questions ..."). A reported clause that
   carries a quoted fragment is kept next to the fragment; content never crosses a paragraph.
Speakers are then resolved to the article's people (mentions, pronouns with a gender check, role
phrases, surnames). `extract_quotes(..., disabled=...)` switches single rules off to measure what each buys.
Unmarked attributions whose cue is no communication, cognition or evidential act in its use are
dropped ("Russia continues to occupy ...", "spoke with the U.S. president"; rule `act_filter`).

Confidence (`QuoteMention.confidence`, 0..1) ranks how sure the extractor is of a quote and its
speaker together, for filtering:
    base     direct 0.80, partial 0.70; unmarked: speech verb or "according to" 0.70, cognition or
             evidential verb ("believes", "found", "shows") 0.60, broad cue (attitudes, speech acts
             with an object, speech nouns, passives, "is critical of", headlines) 0.50; found by
             the learned cue scorer: 0.20 + 0.40 * its probability (0.32 .. 0.60)
    speaker  named where the quote is (a name in the span, or a person's mention) +0.15; any
             other speaker (pronoun, role, organisation) +0.08; no speaker and no cue -0.30
    penalty  speaker taken from a neighbouring quote -0.20, from the subject of a fragment's sentence
             with no speech verb -0.10; quote mark never closed -0.20
So a direct quote with a named speaker is 0.95, with "he" 0.88; "X said that ..." 0.85; a learned
attribution stays under 0.76. On PolNeAR dev, speaker accuracy by band: >= 0.9: 0.97, 0.8-0.9: 0.92,
0.7-0.8: 0.83, 0.6-0.7: 0.81, < 0.6: about 0.68 (quotes matched to gold). Keep >= 0.8 for quotes
you will print under a name; >= 0.6 for reported speech of the broad kind.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Sequence

from spacy.tokens import Doc, Span, Token

from newsfold.extract.quotes.lexicon import (
    ADDRESSEE_CUES, ADDRESSEE_OBJECT_CUES, ASPECTUAL_CUES, ATTITUDE_ADJECTIVES, ATTITUDE_HOLDERS,
    CAUSATIVE_CUES, CLAUSE_ONLY_CUES, CLAUSE_START, COGNITION_CUES, CONTENT_PREPS, EVIDENTIAL_VERBS,
    HONORIFIC_GENDER, INVERTIBLE_VERBS, ISSUED_DOCUMENTS, ISSUE_VERBS, NAMING_CUES, NON_PERSON_HEADS,
    NOT_HEADLINE_SOURCES, NOT_SPEAKER_ENTS, NOUN_CONTENT_PREPS, NOUN_CUES, NO_COMMENT, OBJECT_CUES,
    PERSON_NOUNS, PLURAL_OR_OTHER_PRONOUNS, PRONOUNS, PRONOUN_GENDER, RELATIVE_PRONOUNS, REPORT_VERBS,
    ROLE_GENDER, SOURCELESS_NOUN_CUES, SOURCELESS_VERBS, SOURCE_NOUNS, SPEECH_ACT_VERBS, SPEECH_VERBS,
    TEMPORAL_CLAUSE, TITLE_SMALL_WORDS, TOPIC_NOT_CUES, TOPIC_PREPS, VENUE_CUES,
)
from newsfold.records import ArticlePerson, PersonMention, QuoteMention

try:  # the learned cue scorer; it imports this module's helpers only when called
    from newsfold.extract.quotes.learned import learned_attributions as _learned_attributions
except ImportError:  # pragma: no cover - without it extraction is rules-only
    _learned_attributions = None


# Rules that can be switched off (`extract_quotes(..., disabled=...)`) to measure what each buys on a gold set.
RULES = (
    "labels",        # transcript labels ("WALLACE: ...") and signatures ('"..." ― Name')
    "governing",     # a partial quote is attributed by the speech verb governing it in the parse
    "adjacent",      # a name or pronoun next to the cue when the parse gave it no subject
    "neighbour",     # a quote with no attribution takes the speaker of a quote just before it
    "scare_filter",  # drop titles, scare quotes and fragments with no cue of their own
    "reported",      # reported speech: speech/cognition verb with a clausal complement
    "speech_acts",   # "warned the allies to ...", "called for ...": object complements
    "nouns",         # "Trump's claim that ...", "her promise to ...": speech and attitude nouns
    "sourceless",    # "X is expected to ...", "X seems to be ...": content with no source
    "object_tail",   # a speech act's content runs on through the verb's later modifiers
    "object_filter", # no pronoun-only, date-only or reader-addressed ("you") object attributions
    "copular",       # "X is critical of Y", "X is a staunch opponent of Y"
    "passive",       # "Clinton has been endorsed by dozens of papers": subject content, agent source
    "attitudes",     # "wants to ...", "backed Clinton", "cited the remarks": attitude verbs' objects
    "clause_repair", # reported clause after the verb, content parsed as advcl, subject parsed away
    "parenthetical", # "The museum, Mr. Bush said, celebrated ..."
    "according_to",  # "According to X, ..."
    "headline",      # "Pence: Flowers won't be at debate"
    "relative",      # a "who" subject stands for the noun phrase right before it (appositions)
    "issuer",        # "He released a letter that says ...": the issuer of a document is the source
    "colon_intro",   # "He said:" right before a quote attributes it (before any neighbour); no dash subjects
    "inverted_appos", # "X, Chief Justice Roberts said": an apposition right before the verb is its subject
    "act_filter",    # no aspectual, causative, addressee-only or bare-object "cues" ("continues to occupy")
    "gender",        # he/she skip antecedents of the other gender (honorifics, roles, his/her)
    "pronoun",       # he/she resolved to a person mentioned as a subject just before
    "role",          # "the Ukrainian leader" resolved through the people's roles
    "name",          # a bare name resolved through the people's name variants
    "topics",        # "X was vague about Y", "her misgivings about Y": what a source talks or feels about
    "reported_intro", # a quote with no attribution right after a sentence of reported speech takes its speaker
    "noun_verbs",    # "Trump claims that ..." with "claims" tagged a noun: still the speech verb
    "fragment_subject", # a quoted fragment in a sentence with no speech verb: the sentence's (personal) subject
    "learned",       # a learned cue scorer (newsfold.extract.quotes.learned) adds attributions the rules miss
)
OPEN_MARKS = "“«„‟"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Dependents that are not part of a speaker's name when it is cut out of the parse.
SPEAKER_CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc", "conj", "prep", "parataxis"})
# How far (in sentences) a quote without attribution looks back for a speaker.
NEIGHBOUR_SENTENCES = 3
_LOWER_START = re.compile(r"\s*[a-z,;]")


@dataclass(frozen=True)
class MarkedSpan:
    """The words between a pair of quote marks (marks excluded); `closed` is False when the
    closing mark was missing and the span was cut at the paragraph end."""

    start: int
    end: int
    closed: bool = True
    continues: bool = False  # the quote goes on in the next paragraph (repeated opening mark)
    continued: bool = False  # this paragraph continues a quote opened in the previous one


class _Article:
    """A parsed article with what the rules ask for repeatedly computed once: `Doc.text` and
    `Token.sent` rebuild their answer on every call in spaCy."""

    def __init__(self, doc: Doc, disabled: frozenset[str] = frozenset()):
        unknown = set(disabled) - set(RULES)
        if unknown:
            raise ValueError(f"unknown quote rules: {sorted(unknown)}")
        self.doc = doc
        self.disabled = frozenset(disabled)  # rules switched off, read by every rule through `on`
        self.text = doc.text
        # Sentences, also cut at line breaks: the parser glues headings to the next sentence.
        self.sents: list[Span] = []
        for sent in doc.sents:
            start = sent.start
            for t in sent:
                if t.is_space and "\n" in t.text and t.i + 1 < sent.end:
                    self.sents.append(doc[start:t.i + 1])
                    start = t.i + 1
            self.sents.append(doc[start:sent.end])
        self.sent_of = [0] * len(doc)
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k

    def on(self, rule: str) -> bool:
        return rule not in self.disabled

    def sent(self, token_i: int) -> Span:
        return self.sents[self.sent_of[token_i]]

    def sent_before(self, sent: Span, n: int) -> Span:
        """The sentence n sentences before `sent` (or the first)."""
        return self.sents[max(0, self.sent_of[sent.start] - n)]


@dataclass
class _Attribution:
    cue: str | None = None
    cue_token: Token | None = None
    speaker: Span | None = None
    inherited: bool = False  # taken from a neighbouring quote
    uncued: bool = False  # a fragment's speaker read off its sentence's subject, no speech verb


# ---------------------------------------------------------------------------------------------
# 1. Quote marks
# ---------------------------------------------------------------------------------------------

def _is_opening_straight(text: str, i: int, width: int = 1) -> bool:
    """A straight mark opens when it follows whitespace/start/bracket and precedes a non-space."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(position, width, role) of double quote marks in text[start:end]; role is open, close or
    straight. Two apostrophes ('') are a straight double mark, as some wires write them."""
    marks = []
    i = start
    while i < end:
        ch = text[i]
        if ch in OPEN_MARKS:
            marks.append((i, 1, "open"))
        elif ch in CLOSE_MARKS:
            marks.append((i, 1, "close"))
        elif ch == STRAIGHT:
            marks.append((i, 1, "straight"))
        elif ch == "'" and text.startswith("''", i):
            marks.append((i, 2, "straight"))
            i += 1
        i += 1
    return marks


def find_quote_spans(text: str) -> list[MarkedSpan]:
    """Pair quote marks paragraph by paragraph; never lets one quote run past its paragraph (a
    quote going on into the next paragraph, which reopens with a mark, is cut into one span per
    paragraph). Single quotes are paired only outside double quotes."""
    spans: list[MarkedSpan] = []
    carried = False  # the previous paragraph ended inside a quote
    for m in re.finditer(r"[^\n]+", text):
        p_start, p_end = m.start(), m.end()
        marks = _double_marks(text, p_start, p_end)
        first = _first_non_space(text, p_start, p_end)
        opens_with_mark = bool(marks) and marks[0][0] == first and marks[0][2] != "close"
        carried = carried and opens_with_mark
        open_at: tuple[int, int] | None = None
        continued_here = False
        for pos, width, role in marks:
            if role == "close" and pos == first and _is_opening_straight(text, pos, width):
                role = "open"  # a closing mark typed at the start of a paragraph opens a quote
            if open_at is None:
                if role == "open" or (role == "straight" and _is_opening_straight(text, pos, width)):
                    open_at = (pos, width)
                    continued_here = carried and pos == first
                # a closing mark with nothing open is a stray: ignored
            elif role in ("close", "straight"):
                _add_span(spans, text, open_at[0] + open_at[1], pos, True, False, continued_here)
                open_at = None
            else:  # a second opening mark while one is open: the first was a stray
                open_at = (pos, width)
                continued_here = False
        if open_at is not None:
            # Unclosed at paragraph end: a multi-paragraph quote if the next paragraph reopens,
            # otherwise an odd mark; either way the span stops at this paragraph's end.
            _add_span(spans, text, open_at[0] + open_at[1], p_end, False, True, continued_here)
            carried = True
        else:
            carried = False
        _add_single_quoted(spans, text, p_start, p_end)
    spans.sort(key=lambda s: s.start)
    return spans


_SINGLE_QUOTED = re.compile(r"(?<![\w'‘])['‘](?=[^\s'’])([^'‘’\n]{1,200}?[^\s'‘])['’](?![\w'’])")


def _add_single_quoted(spans: list[MarkedSpan], text: str, start: int, end: int) -> None:
    """'single' or ‘single’ quotes, as headlines and British outlets use them, where they are not
    nested in a double-quoted span; apostrophes inside words never open or close one."""
    taken = [(s.start - 1, s.end + 1) for s in spans if s.end > start and s.start < end]
    for m in _SINGLE_QUOTED.finditer(text, start, end):
        a, b = m.start(1), m.end(1)
        if any(lo <= a and b <= hi for lo, hi in taken) or "''" in text[m.start():m.end()]:
            continue
        if text[m.start()] == "'" and re.match(r"\d", text[a]):
            continue  # '90s
        _add_span(spans, text, a, b, True, False, False)


def _first_non_space(text: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not text[i].isspace():
            return i
    return None


def _add_span(spans: list[MarkedSpan], text: str, start: int, end: int, closed: bool,
              continues: bool, continued: bool) -> None:
    # Trim whitespace so that body[start:end] is the words quoted.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 2 and any(c.isalnum() for c in text[start:end]):
        spans.append(MarkedSpan(start, end, closed, continues, continued))


# ---------------------------------------------------------------------------------------------
# 2. Attribution of marked quotes
# ---------------------------------------------------------------------------------------------

def _covered_chars(spans: Sequence[MarkedSpan], n: int) -> bytearray:
    """Per character: 1 when inside a quote, marks included."""
    inside = bytearray(n)
    for s in spans:
        lo, hi = max(0, s.start - 1), min(n, s.end + 1)
        inside[lo:hi] = b"\x01" * (hi - lo)
    return inside


def _speaker_span(token: Token) -> Span:
    """The name-like part of a subject: drop relative clauses, appositions, prepositional tails."""
    doc = token.doc
    keep = [token]
    stack = [c for c in token.children if c.dep_ not in SPEAKER_CUT_DEPS]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in SPEAKER_CUT_DEPS)
    lo = min(t.i for t in keep)
    hi = max(t.i for t in keep)
    # Keep the span contiguous around the head: cut at commas and line breaks inside it.
    for i in range(token.i - 1, lo - 1, -1):
        if (doc[i].is_punct and doc[i].text not in ".-'’") or "\n" in doc[i].text_with_ws:
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
    # "a tech staffer at the State Department who told ...": the phrase runs up to the relative
    # pronoun when nothing but the prepositional tail stands between.
    for c in token.children:
        if c.dep_ == "relcl":
            rel = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in RELATIVE_PRONOUNS), None)
            if rel is not None and rel.i > hi + 1 and rel.i - hi <= 8:
                between = doc[hi + 1:rel.i]
                if all(not (t.is_punct or t.is_space) for t in between) and between[0].dep_ == "prep":
                    hi = rel.i - 1
            break
    return doc[lo:hi + 1]


def _crosses_line(a: Token, b: Token) -> bool:
    """A line break between two tokens: headings glued to the next sentence by the parser."""
    lo, hi = sorted((a.i, b.i))
    return any("\n" in a.doc[i].text_with_ws for i in range(lo, hi))


def _is_personal(token: Token) -> bool:
    """Could name or stand for a person: a name, a personal pronoun, a person noun."""
    return (token.pos_ == "PROPN" or token.ent_type_ == "PERSON" or token.lower_ in PRONOUNS
            or token.lower_ in ("i", "we", "they") or token.lemma_.lower() in PERSON_NOUNS)


def _issuer(noun: Token, *, disabled: frozenset[str]) -> Token | None:
    """The person who issued a document: "[He] released a letter ..." for the noun "letter"."""
    if "issuer" in disabled or noun.lemma_.lower() not in ISSUED_DOCUMENTS or noun.dep_ not in ("dobj", "conj"):
        return None
    verb = noun.head
    if verb.dep_ == "conj" and noun.dep_ == "conj":
        return None
    if verb.lemma_.lower() not in ISSUE_VERBS:
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
        if j > head.i and t.pos_ in ("PROPN", "NOUN") and head.i in [a.i for a in t.ancestors]:
            return t
    return head


def _direct_subject(node: Token, inside: bytearray | None, *, disabled: frozenset[str]) -> Token | None:
    for c in node.children:
        if c.dep_ in ("nsubj", "nsubjpass") and not (inside is not None and inside[c.idx]):
            if not any(ch.isalnum() for ch in c.text) and "colon_intro" not in disabled:
                continue  # a dash the parser took for a subject ("public ― Trump boasted")
            if c.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                return _issuer(node.head, disabled=disabled) or _relative_antecedent(c, node, disabled=disabled)
            if c.i < node.i and any(t.text == ":" for t in c.doc[c.i + 1:node.i]) and "adjacent" not in disabled:
                continue  # "The Latest: Trump urges ...": a label, not the subject
            if "inverted_appos" not in disabled and c.i < node.i:
                # "To understand the real Dred Scott, Chief Justice Roberts said, ...": the parser
                # made the speaker an apposition of the object before it; an apposition right
                # before the verb (no closing comma) is the subject.
                for a in c.children:
                    if a.dep_ == "appos" and a.i > c.i and a.right_edge.i == node.i - 1 and (
                            a.pos_ == "PROPN" or a.lemma_.lower() in PERSON_NOUNS):
                        return a
            return c
    # Passive "was quoted by X" style agents.
    for c in node.children:
        if c.dep_ == "agent":
            obj = _pobj(c)
            if obj is not None:
                return obj
    return None


def _subject_of(verb: Token, inside: bytearray | None = None, *, disabled: frozenset[str]) -> Token | None:
    """Subject of a verb, walking up participles and conjuncts ("..., stating", "and added").
    Subjects inside quote marks are the parser's mistakes ("... it will," said X), and subjects
    across a line break belong to a heading: neither is a speaker. On the way up, the subject of
    a non-speech clause that is no person ("a meeting was in the works, stating") gives way to the
    subject of a speech verb higher up."""
    first: Token | None = None
    node = verb
    for _ in range(5):
        subj = _direct_subject(node, inside, disabled=disabled)
        if subj is not None and not _crosses_line(subj, verb):
            if node is verb or _is_personal(subj) or node.lemma_.lower() in SPEECH_VERBS:
                return subj
            first = first or subj
        if node.dep_ == "acl" and _is_personal(node.head) and node.head.i != node.i:
            # "Hegseth, speaking at a meeting, ..." or "with Peskov stating": the noun is the speaker.
            return node.head
        if node.dep_ == "acl" and node.head.i != node.i:
            issuer = _issuer(node.head, disabled=disabled)  # "lawyers filed legal papers opposing ..."
            if issuer is not None:
                return issuer
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.i != node.head.i:
            node = node.head.head  # "by telling them that ...": up through the preposition
            continue
        if node.dep_ in ("advcl", "conj", "xcomp", "ccomp", "relcl") and node.head.i != node.i:
            node = node.head
            continue
        break
    return first


_NAME_POS = ("PROPN",)


def _name_before(t: Token) -> bool:
    return t.i > 0 and (t.doc[t.i - 1].pos_ == "PROPN" or t.doc[t.i - 1].lower_ in PRONOUNS)


def _adjacent_subject(art: _Article, verb: Token, inside: bytearray) -> Token | None:
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
        if t.lower_ in PRONOUNS or t.lower_ in ("they", "we", "i"):
            return t
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
        return runs[-1] if appositive else runs[0]
    # Right: "said James Acton, a physicist".
    for i in range(verb.i + 1, min(sent.end, verb.i + 4)):
        t = doc[i]
        if inside[t.idx] or t.is_punct or t.is_space:
            break
        if t.ent_type_ in NOT_SPEAKER_ENTS:
            break  # 'said Monday'
        if t.pos_ in _NAME_POS or t.ent_type_ == "PERSON" or t.lower_ in PRONOUNS:
            while t.i + 1 < sent.end and doc[t.i + 1].pos_ == "PROPN" and not inside[doc[t.i + 1].idx]:
                t = doc[t.i + 1]
            return t
    return None


def _left_subject(art: _Article, verb: Token, inside: bytearray) -> Token | None:
    """A name or pronoun left of the verb on its line, when the parse gave the verb no usable
    subject (a heading glued to the sentence, a name parsed into a prepositional phrase)."""
    subj = _adjacent_subject(art, verb, inside)
    return subj if subj is not None and subj.i < verb.i else None


def _inverted_subject(verb: Token) -> Token | None:
    """'said Trump' where the parser made the name an object or attached it oddly."""
    if verb.lemma_.lower() not in INVERTIBLE_VERBS:
        return None
    for c in verb.rights:
        if c.dep_ in ("dobj", "attr", "npadvmod", "dep") and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") \
                and c.ent_type_ not in NOT_SPEAKER_ENTS:
            return c
    return None


def _according_to(tokens: Sequence[Token]) -> Token | None:
    """The 'to' of 'according to' among tokens, whose pobj is the source."""
    for t in tokens:
        if t.lower_ == "to" and t.i > 0 and t.doc[t.i - 1].lower_ == "according":
            return t
    return None


def _pobj(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ == "pobj":
            return c
    return None


def _context_tokens(art: _Article, span: MarkedSpan, inside: bytearray) -> list[Token]:
    """Tokens outside every quote in the sentences touching this quote, plus the sentence right
    after it when the text goes on in lower case ('...!" he wrote')."""
    doc = art.doc
    first = doc.char_span(span.start, span.end, alignment_mode="expand")
    if first is None or len(first) == 0:
        return []
    k_start = art.sent_of[max(first.start - 1, 0)]
    k_end = art.sent_of[min(first.end, len(doc) - 1)]
    sents = art.sents[k_start:k_end + 1]
    last = sents[-1]
    text = art.text
    close_at = span.end + 1
    goes_on = _LOWER_START.match(text, min(close_at, len(text))) or text[span.end - 1:span.end] == ","
    if last.end < len(doc) and goes_on and last.end_char <= close_at + 2:
        sents.append(art.sent(last.end))
    tokens: list[Token] = []
    for sent in sents:
        for t in sent:
            if not inside[t.idx] and not t.is_space:
                tokens.append(t)
    return tokens


def _is_cue_verb(t: Token) -> bool:
    if t.pos_ in ("VERB", "AUX"):
        if t.lemma_.lower() == "put":  # "as Ms. Simonyan put it, ..."
            return any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children)
        return t.lemma_.lower() in SPEECH_VERBS
    # "with Zelensky noting, ..." is sometimes tagged as a noun.
    low = t.lower_
    return low.endswith("ing") and (low[:-3] in SPEECH_VERBS or low[:-3] + "e" in SPEECH_VERBS)


_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")
_DASH_SIGNATURE = re.compile(r"[^\S\n]*[―—–-]+[^\S\n]*([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})")


def _labelled_attribution(art: _Article, span: MarkedSpan) -> _Attribution | None:
    """Speaker named by layout rather than syntax: a transcript label opening the quote
    ("WALLACE: ..."), or a signature after it ('"..." ― Pamela Padilla')."""
    doc, text = art.doc, art.text
    m = _TRANSCRIPT_LABEL.match(text, span.start)
    if m is not None:
        speaker = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if speaker is not None:
            return _Attribution(cue=":", speaker=speaker)
    m = _DASH_SIGNATURE.match(text, min(len(text), span.end + 1))
    if m is not None:
        speaker = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if speaker is not None:
            return _Attribution(cue=text[span.end + 1:m.start(1)].strip() or "―", speaker=speaker)
    return None


def _governing_cue(doc: Doc, span: MarkedSpan, inside: bytearray) -> Token | None:
    """The closest speech-verb ancestor, outside the quote, of the quote's own root tokens."""
    quoted = doc.char_span(span.start, span.end, alignment_mode="expand")
    if quoted is None:
        return None
    lo, hi = quoted.start, quoted.end
    for t in quoted:
        if lo <= t.head.i < hi and t.head.i != t.i:
            continue
        node, steps = t.head, 0
        while steps < 6:
            if not (lo <= node.i < hi) and not inside[node.idx] and _is_cue_verb(node):
                return node
            if node.head.i == node.i:
                break
            node, steps = node.head, steps + 1
    return None


def _attribute_marked(art: _Article, span: MarkedSpan, inside: bytearray) -> _Attribution:
    """Cue and speaker from the text around a marked quote (not inside any quote)."""
    doc = art.doc
    labelled = _labelled_attribution(art, span) if art.on("labels") else None
    if labelled is not None:
        return labelled
    tokens = _context_tokens(art, span, inside)
    if not tokens:
        return _Attribution()
    acc = _according_to(tokens)
    candidates: list[tuple[int, Token]] = []
    for t in tokens:
        if _is_cue_verb(t):
            dist = min(abs(t.idx - span.end), abs(t.idx - span.start))
            if t.tag_ in ("VBG", "NN") and _direct_subject(t, inside, disabled=art.disabled) is None and not _name_before(t):
                dist += 30  # '..., indicating' leans on another clause; 'He remarked' is the cue
            candidates.append((dist, t))
    candidates.sort(key=lambda x: x[0])
    # For a fragment woven into a sentence, the verb that governs it in the parse beats a merely
    # nearby one; a whole-sentence quote is attributed by the nearest cue.
    if art.on("governing") and _kind_of(art.text, span) == "partial":
        governing = _governing_cue(doc, span, inside)
        if governing is not None:
            candidates.insert(0, (-1, governing))
    for _, verb in candidates:
        subj = _subject_of(verb, inside, disabled=art.disabled) or _inverted_subject(verb)
        if (subj is None or inside[subj.idx]) and art.on("adjacent"):
            subj = _adjacent_subject(art, verb, inside)
        if subj is not None and not inside[subj.idx]:
            return _Attribution(cue=_cue_text(verb), cue_token=verb, speaker=_speaker_span(subj))
    if acc is not None:
        src = _pobj(acc)
        if src is not None and not inside[src.idx]:
            return _Attribution(cue="according to", cue_token=acc, speaker=_speaker_span(src))
    if candidates:
        verb = candidates[0][1]
        return _Attribution(cue=_cue_text(verb), cue_token=verb)
    if art.on("fragment_subject") and _kind_of(art.text, span) == "partial":
        # 'Reid has gone after Trump as a "human leech"': a fragment woven into a sentence with
        # no speech verb is the words of the person the sentence is about, not of a neighbour.
        quoted = doc.char_span(span.start, span.end, alignment_mode="expand")
        root = art.sent(quoted.start).root if quoted is not None and len(quoted) else None
        subj = _direct_subject(root, inside, disabled=art.disabled) if root is not None and root.pos_ in ("VERB", "AUX") else None
        if subj is not None and not inside[subj.idx] and _is_personal(subj) and subj.lower_ not in ("it", "you"):
            return _Attribution(cue=_cue_text(root), cue_token=root, speaker=_speaker_span(subj), uncued=True)
    # "Trump declared:" is a cue verb; "Mr Smith:" or "The statement read:" are colon cues.
    before = art.text[max(0, span.start - 4):span.start - 1]
    if ":" in before:
        colon_tok = [t for t in tokens if t.text == ":" and t.idx < span.start]
        if colon_tok:
            head = colon_tok[-1].head
            if head.pos_ in ("VERB", "AUX"):
                subj = _subject_of(head, disabled=art.disabled)
            else:
                subj = head if head.pos_ in ("PROPN", "NOUN") else None
            if subj is not None:
                return _Attribution(cue=":", speaker=_speaker_span(subj))
    return _Attribution()


def _cue_text(verb: Token) -> str:
    """The verb with its particle or auxiliary negation left out: 'said', 'pointed out'."""
    parts = [verb]
    parts += [c for c in verb.children if c.dep_ == "prt"]
    parts.sort(key=lambda t: t.i)
    return " ".join(t.text for t in parts)


# ---------------------------------------------------------------------------------------------
# 3. Reported speech
# ---------------------------------------------------------------------------------------------

def _clause_span(head: Token) -> tuple[int, int]:
    """Character extent of a clause (its whole subtree), trailing punctuation dropped."""
    toks = list(head.subtree)
    lo, hi = toks[0], toks[-1]
    doc = head.doc
    while hi.i > lo.i and (hi.is_punct or hi.is_space) and hi.text not in "”\"":
        hi = doc[hi.i - 1]
    while lo.i < hi.i and (lo.is_punct or lo.is_space) and lo.text not in "“\"":
        lo = doc[lo.i + 1]
    return lo.idx, hi.idx + len(hi.text)


def _before_second_report(comp: Token, start: int, end: int) -> int:
    """A reported clause ends where a second report begins: "The Tories say [Labour is acting too
    late] while the Lib Dems say ..." (the parser hangs the second report off the first clause)."""
    doc = comp.doc
    for c in comp.rights:
        subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
        if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in REPORT_VERBS and c.pos_ in ("VERB", "AUX") \
                and c.tag_ in ("VBD", "VBZ", "VBP") and subj is not None and _source_like(subj) \
                and not any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            # a finite report by a source of its own ("while the Lib Dems say"), not "for him to
            # speak" nor a second content clause of the same report ("and that the footage shows")
            lo = c.left_edge
            while lo.i > comp.i and (doc[lo.i - 1].is_punct or doc[lo.i - 1].is_space
                                     or doc[lo.i - 1].dep_ == "cc"):
                lo = doc[lo.i - 1]
            cut = lo.idx
            while cut > start and (doc.text[cut - 1].isspace() or doc.text[cut - 1] in ",;:"):
                cut -= 1
            return min(end, cut) if cut > start else end
    return end


def _host_parts(cue: Token, *, disabled: frozenset[str]) -> list[tuple[int, int]]:
    """Character extents of the host clause of a parenthetical cue, left and right of it."""
    own = {x.i for x in cue.subtree}
    root = cue.head
    if "clause_repair" not in disabled:
        # '"Though it was seamless," he said, "replacing her would ..."': the cue hangs off the
        # subordinate clause; the host is the whole sentence.
        while root.head.i != root.i and root.dep_ in ("advcl", "ccomp", "conj", "csubj"):
            root = root.head
    host = [x for x in root.subtree if x.i not in own]
    parts: list[tuple[int, int]] = []
    for side in ([x for x in host if x.i < cue.i], [x for x in host if x.i > cue.i]):
        while side and (side[-1].is_punct or side[-1].is_space):
            side.pop()
        while side and (side[0].is_punct or side[0].is_space):
            side.pop(0)
        if len(side) >= 3:
            parts.append((side[0].idx, side[-1].idx + len(side[-1].text)))
    return parts


_HEADLINE_SOURCE = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}): (\S.{10,})$", re.M)


def _headline_candidates(art: _Article) -> list[tuple[int, int, _Attribution]]:
    """'Pence: Flowers won't be at debate' lines, the headline form of attribution."""
    doc = art.doc
    out = []
    for m in _HEADLINE_SOURCE.finditer(art.text):
        speaker = doc.char_span(m.start(1), m.end(1))
        if speaker is None:
            continue
        names = None
        ok = True
        for t in speaker:
            if t.pos_ == "PROPN" or t.is_punct or t.lemma_.lower() in NON_PERSON_HEADS:
                continue
            if names is None:  # a name the tagger missed in the headline: a name elsewhere ("Sanders")
                names = {u.text for u in doc if u.pos_ == "PROPN" and u.i >= speaker.end}
            if not (t.text[:1].isupper() and t.text in names):
                ok = False
                break
        if not ok:
            continue  # "Pence: ...", "Poll: ..."
        if speaker.text.lower() in NOT_HEADLINE_SOURCES:
            continue
        out.append((m.start(2), m.end(2), _Attribution(cue=":", speaker=speaker)))
    out.extend(_headline_verb_candidates(art))
    return out


_LINE = re.compile(r"[^\n]+")


def _verb_lemma(word: str) -> str | None:
    """The report verb a headline word is a form of ("Vows", "questions", "Rules"), if any."""
    low = word.lower()
    for lemma in (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else "",
                  low[:-3] + "y" if low.endswith("ies") else ""):
        if lemma and (lemma in OBJECT_CUES or lemma in REPORT_VERBS) and lemma not in NON_PERSON_HEADS:
            return lemma
    return None


def _headline_verb_candidates(art: _Article) -> list[tuple[int, int, _Attribution]]:
    """'Sanders Vows To Eliminate Tax Breaks', 'Trump questions the fairness of moderators':
    headline verbs the tagger read as nouns or names. Only on short lines without a final
    sentence of prose, with a name or noun before the verb and words after it."""
    doc, text = art.doc, art.text
    out = []
    for m in _LINE.finditer(text):
        line = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if line is None or not (3 <= len(line) <= 16) or text[m.start():m.end()].count(". ") > 0:
            continue
        for t in line[1:-1]:
            if t.pos_ in ("VERB", "AUX") or _verb_lemma(t.text) is None or not t.text.lower().endswith("s"):
                continue
            before = [x for x in line if x.i < t.i and not x.is_punct]
            after = [x for x in line if x.i > t.i and not (x.is_punct or x.is_space)]
            if not before or not after or len(after) < 2 or before[-1].pos_ not in ("PROPN", "NOUN"):
                continue
            if any(x.pos_ in ("VERB", "AUX") for x in before):
                continue
            speaker = doc[before[0].i:before[-1].i + 1]
            out.append((after[0].idx, after[-1].idx + len(after[-1].text),
                        _Attribution(cue=t.text, cue_token=t, speaker=speaker)))
            break
    return out


_COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "prep", "oprd", "dative", "advcl", "ccomp"})
MIN_OBJECT_TOKENS = 1  # a speech act's object shorter than this is not kept as content


def _complement_extent(verb: Token, *, disabled: frozenset[str]) -> tuple[int, int] | None:
    """Character extent of a speech act's object and complements (after the verb)."""
    parts = [c for c in verb.rights if c.dep_ in _COMPLEMENT_DEPS
             and (c.dep_ != "prep" or c.lower_ in CONTENT_PREPS)
             and (c.dep_ != "advcl" or c.tag_ == "VBG" or any(g.dep_ == "mark" for g in c.children))]
    if not parts:
        return None
    first, last = parts[0], parts[-1]
    if "object_tail" not in disabled:
        # The content runs on through the verb's later modifiers ("his microphone problems during
        # Monday's debate", "Russia's invasion, including its annexation of Crimea"), but not into
        # a clause of its own (a conjoined verb with its own subject, "because ...", a quote).
        for c in verb.rights:
            if c.i <= last.i or c.is_punct or c.is_space or c.dep_ in ("cc", "parataxis", "relcl"):
                continue
            if c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                break
            if c.dep_ == "advcl" and any(g.dep_ == "mark" for g in c.children):
                break
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                break
            last = c
    lo = first.left_edge
    if first.dep_ == "prep":
        obj = _pobj(first)
        if obj is not None:
            lo = obj.left_edge
    hi = last.right_edge
    doc = verb.doc
    while hi.i > lo.i and (hi.is_punct or hi.is_space):
        hi = doc[hi.i - 1]
    if hi.i - lo.i + 1 < MIN_OBJECT_TOKENS:
        return None
    if "object_filter" not in disabled:
        content = doc[lo.i:hi.i + 1]
        words = [t for t in content if not (t.is_punct or t.is_space)]
        if len(words) == 1 and words[0].pos_ in ("PRON", "ADP", "PART", "ADV", "SCONJ") and words[0].lower_ not in ("it", "this", "that"):
            return None  # "asked her", "called to": no content of its own
        if all(t.ent_type_ in ("DATE", "TIME", "CARDINAL") or t.is_punct or t.is_stop for t in words):
            return None  # "released Tuesday", "spoke about five minutes"
    return lo.idx, hi.idx + len(hi.text)


def _source_like(token: Token) -> bool:
    """Could be the source of an attitude: a person or organisation, a pronoun, a person or group
    noun, or a document ("the report"); not an abstract noun the parser made a subject."""
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = token.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in SOURCE_NOUNS or lemma in NON_PERSON_HEADS


def _sourceless_attribution(verb: Token) -> tuple[int, int, _Attribution] | None:
    """'X is expected to Y', 'X seems to be Y': the content runs from the subject to the end of
    the complement; nobody is named as the source."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    subj_host = verb
    if verb.tag_ == "VBN" and verb.dep_ == "acomp" and verb.head.lemma_ == "be":
        passive, subj_host = True, verb.head  # "Borrowing is tipped to fall": parsed as an adjective
    elif verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "the trial, expected to last five months": the noun is what is expected
        comp = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
        if comp is None:
            return None
        start, end = verb.head.left_edge.idx, _clause_span(comp)[1]
        return (start, end, _Attribution(cue=_cue_text(verb), cue_token=verb)) if end - start >= 12 else None
    else:
        passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not passive and verb.lemma_.lower() not in ("seem", "appear"):
        return None
    subj = next((c for c in subj_host.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    comp = next((c for c in verb.rights if c.dep_ in ("xcomp", "oprd", "acomp")), None)
    if subj is None or comp is None or subj.i > verb.i or subj.lower_ in RELATIVE_PRONOUNS:
        return None
    start = _clause_span(subj)[0]
    end = _clause_span(comp)[1]
    if end - start < 12:
        return None
    return start, end, _Attribution(cue=_cue_text(verb), cue_token=verb)


def _passive_attribution(verb: Token) -> tuple[int, int, _Attribution] | None:
    """'Clinton has been endorsed by dozens of papers': the passive subject is the content and
    the agent the source."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    src = _pobj(agent) if agent is not None else None
    if subj is None or src is None or subj.lower_ in RELATIVE_PRONOUNS:
        return None
    start, end = _clause_span(subj)
    return start, end, _Attribution(cue=_cue_text(verb), cue_token=verb, speaker=_speaker_span(src))


def _noun_attribution(noun: Token, *, disabled: frozenset[str]) -> tuple[int, int, _Attribution] | None:
    """A speech or attitude noun with its content: its that-clause or infinitive, or the object
    of 'of/about/for'; the source is its possessor ("Trump's claim"), a 'by/from' phrase, or the
    subject of the verb it is the object of ("Trump made the claim that")."""
    content = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                    and (c.dep_ == "ccomp" or any(g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to")
                                                  for g in c.children))), None)
    if content is not None:
        start, end = _clause_span(content)
    else:
        prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in NOUN_CONTENT_PREPS), None)
        obj = _pobj(prep) if prep is not None else None
        if obj is None:
            return None
        start, end = _clause_span(obj)
    src = next((c for c in noun.children if c.dep_ == "poss"), None)
    if src is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        src = _pobj(by) if by is not None else None
    if src is None and noun.dep_ in ("dobj",) and noun.head.pos_ == "VERB":
        src = _subject_of(noun.head, disabled=disabled)
    speaker = _speaker_span(src) if src is not None else None
    if speaker is None and NOUN_CUES_NEED_SOURCE and noun.lemma_.lower() not in SOURCELESS_NOUN_CUES:
        return None
    return start, end, _Attribution(cue=noun.text, cue_token=noun, speaker=speaker)


NOUN_CUES_NEED_SOURCE = True


def _copular_attribution(be: Token) -> tuple[int, int, _Attribution] | None:
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subj is None or not _source_like(subj) or subj.lower_ in ("it", "this", "that", "there", "you"):
        return None
    for c in be.children:
        if c.dep_ == "acomp" and c.lemma_.lower() in ATTITUDE_ADJECTIVES:
            content = next((g for g in c.children if g.dep_ == "ccomp"), None)
            if content is None:
                prep = next((g for g in c.children if g.dep_ == "prep" and g.lower_ in ("of", "about", "over", "with", "that", "to")), None)
                content = _pobj(prep) if prep is not None else None
        elif c.dep_ == "attr" and c.lemma_.lower() in ATTITUDE_HOLDERS:
            prep = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"), None)
            content = _pobj(prep) if prep is not None else None
        else:
            continue
        if content is None:
            return None
        start, end = _clause_span(content)
        return start, end, _Attribution(cue=c.text, cue_token=c, speaker=_speaker_span(subj))
    return None


def _topic_attribution(prep: Token) -> tuple[int, int, _Attribution] | None:
    """'X is coy about Y', 'X has no illusions about Y', 'her comments about Y': what a source
    talks, thinks or feels about, attributed to the subject (or possessor) of the phrase's head."""
    head = prep.head
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None or head.pos_ not in ("VERB", "ADJ", "NOUN") or head.lemma_.lower() in TOPIC_NOT_CUES:
        return None
    node, subj = head, None
    for _ in range(3):  # up through "has no [illusions] about", "is [vague] about"
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "poss")), None)
        if subj is not None or node.dep_ not in ("xcomp", "acomp", "dobj", "attr", "conj"):
            break
        node = node.head
    if subj is None or not _source_like(subj) or subj.lower_ in RELATIVE_PRONOUNS | {"it", "this", "you"}:
        return None
    start, end = _clause_span(obj)
    if end - start < 8:
        return None
    return start, end, _Attribution(cue=f"{head.text} about", cue_token=head, speaker=_speaker_span(subj))


def _verb_tagged_noun(t: Token) -> tuple[int, int, _Attribution] | None:
    """'But Trump claims that he should be ...': the small model reads "claims" as a noun with the
    name as its compound; a that-clause hanging off it shows it is the verb."""
    if t.pos_ != "NOUN" or not t.lower_.endswith("s") or _verb_lemma(t.lower_) not in SPEECH_VERBS:
        return None
    comp = next((c for c in t.rights if c.dep_ == "ccomp"
                 and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    subj = next((c for c in t.lefts if c.dep_ in ("compound", "nsubj") and _is_personal(c)), None)
    if comp is None or subj is None:
        return None
    start, end = _clause_span(comp)
    return start, end, _Attribution(cue=t.text, cue_token=t, speaker=_speaker_span(subj))


def _reported_clause(verb: Token, *, disabled: frozenset[str]) -> Token | None:
    """The clausal complement of a report verb: the one after the verb when there are two ("It is
    unlikely; his team says she will go on"); a subject-bearing adverbial clause the parser hung
    off a speech verb ("said after the convention he would not accept it") counts as one."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if comps:
        return next((c for c in comps if c.i > verb.i), comps[0])
    if "clause_repair" not in disabled and verb.lemma_.lower() in SPEECH_VERBS:
        for c in verb.rights:
            if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") \
                    and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) \
                    and not any(g.dep_ == "mark" and g.lower_ != "that" for g in c.children):
                return c
    return None


def _indirect_candidates(art: _Article, inside: bytearray | None = None) -> list[tuple[int, int, _Attribution]]:
    doc = art.doc
    out = []
    if inside is None:
        inside = bytearray(len(art.text))
    for t in doc:
        lemma = t.lemma_.lower()
        if t.pos_ not in ("VERB", "AUX") or lemma not in REPORT_VERBS:
            continue
        comp = _reported_clause(t, disabled=art.disabled)
        if comp is None and t.dep_ == "ROOT":
            # "X, sources said." sometimes parses the content as the root's parataxis.
            comp = next((c for c in t.children if c.dep_ == "parataxis"), None)
        if comp is None and lemma in SOURCELESS_VERBS and art.on("sourceless"):
            found = _sourceless_attribution(t)
            if found is not None:
                out.append(found)
                continue
        if comp is None and (lemma in SPEECH_ACT_VERBS or (lemma in OBJECT_CUES and art.on("attitudes"))) \
                and art.on("speech_acts"):
            # "Hegseth warned the allies to ...", "Trump called for ...", "accused X of Y":
            # the content is the verb's object and complements.
            passive = _passive_attribution(t) if art.on("passive") else None
            if passive is not None:
                out.append(passive)
                continue
            extent = _complement_extent(t, disabled=art.disabled)
            subj = _subject_of(t, disabled=art.disabled)
            if subj is None and t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and art.on("attitudes"):
                subj = t.head  # "a statement announcing the pick", "a tweet attacking her"
            if subj is None and art.on("adjacent"):
                subj = _left_subject(art, t, inside)
            if subj is not None and subj.lower_ == "you" and art.on("object_filter"):
                subj = None  # "if you vote for her": the reader addressed, not a source
            if subj is not None and lemma not in SPEECH_ACT_VERBS and not _source_like(subj) \
                    and not (lemma in EVIDENTIAL_VERBS and subj.pos_ in ("NOUN", "PROPN")):
                subj = None  # "These provocations order ...", "the lack seems to ...": no source
                # (evidence is: "Polling averages show Clinton with a lead", "Video shows ...")
            if extent is not None and subj is not None:
                out.append((*extent, _Attribution(cue=_cue_text(t), cue_token=t, speaker=_speaker_span(subj))))
            continue
        if comp is None:
            if t.dep_ == "parataxis" and lemma in SPEECH_VERBS and art.on("parenthetical"):
                # "The museum, Mr. Bush said, celebrated ...": the content is the host clause
                # around the cue, cut into the parts on either side of it.
                subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    a = _Attribution(cue=_cue_text(t), cue_token=t, speaker=_speaker_span(subj))
                    for lo, hi in _host_parts(t, disabled=art.disabled):
                        out.append((lo, hi, a))
            continue
        if not art.on("reported"):
            continue
        subj = _subject_of(t, disabled=art.disabled) or _inverted_subject(t)
        if subj is None and art.on("clause_repair") and lemma in SPEECH_VERBS:
            # "In a meeting with the Post Trump said that ...": the name was parsed into the
            # prepositional phrase; the name right before the verb is the speaker.
            subj = _left_subject(art, t, inside)
        if subj is None or subj.i in {x.i for x in comp.subtree} or subj.lower_ == "you":
            continue  # "do you know where ...": the reader addressed, not a source
        start, end = _clause_span(comp)
        end = _before_second_report(comp, start, end)
        if art.on("clause_repair") and comp.i < subj.i < t.i:
            # "A, but B, the source added.": a cue closing the sentence reports all before it.
            sent = art.sent(t.i)
            first = next((x for x in sent if not (x.is_space or x.is_punct)), None)
            if first is not None and first.i < comp.i:
                start = min(start, first.idx)
        if art.on("clause_repair"):
            # "discovered that A and that B": both clauses after the verb.
            for other in t.rights:
                if other.dep_ == "ccomp" and other.i > comp.i:
                    end = max(end, _clause_span(other)[1])
        if end - start < 12:
            continue
        out.append((start, end, _Attribution(cue=_cue_text(t), cue_token=t, speaker=_speaker_span(subj))))
    if art.on("noun_verbs"):
        for t in doc:
            found = _verb_tagged_noun(t)
            if found is not None:
                out.append(found)
    if art.on("nouns"):
        for t in doc:
            if t.pos_ == "NOUN" and t.lemma_.lower() in NOUN_CUES:
                found = _noun_attribution(t, disabled=art.disabled)
                if found is not None:
                    out.append(found)
    if art.on("copular"):
        for t in doc:
            if t.lemma_ == "be" and t.pos_ in ("AUX", "VERB"):
                found = _copular_attribution(t)
                if found is not None:
                    out.append(found)
    if art.on("topics"):
        for t in doc:
            if t.dep_ == "prep" and t.lower_ == "about":
                found = _topic_attribution(t)
                if found is not None:
                    out.append(found)
    for t in doc:
        if t.lower_ == "to" and t.i > 0 and doc[t.i - 1].lower_ == "according" and art.on("according_to"):
            src = _pobj(t)
            if src is None:
                continue
            sent = art.sent(t.i)
            # The rest of the sentence, minus the "according to X" phrase and its commas.
            phrase = {x.i for x in t.subtree} | {t.i - 1}
            rest = [x for x in sent if x.i not in phrase and not x.is_space]
            while rest and (rest[0].is_punct):
                rest.pop(0)
            while rest and rest[-1].is_punct:
                rest.pop()
            if not rest:
                continue
            # Only contiguous text: the longest run of tokens on one side of the phrase.
            left = [x for x in rest if x.i < t.i - 1]
            right = [x for x in rest if x.i > t.i]
            part = max((left, right), key=len)
            while part and part[-1].is_punct:
                part.pop()
            while part and part[0].is_punct:
                part.pop(0)
            if len(part) < 3:
                continue
            out.append((part[0].idx, part[-1].idx + len(part[-1].text),
                        _Attribution(cue="according to", cue_token=t, speaker=_speaker_span(src))))
    return out


# ---------------------------------------------------------------------------------------------
# 4. Speaker resolution to the article's people
# ---------------------------------------------------------------------------------------------

class _PeopleIndex:
    def __init__(self, art: _Article, people: Sequence[ArticlePerson], mentions: Sequence[PersonMention]):
        self.doc = doc = art.doc
        self.people = {p.local_key: p for p in people}
        self.mentions = sorted(mentions, key=lambda m: m.start_char)
        self.starts = [m.start_char for m in self.mentions]
        # Words of each person's roles and names, for "the Ukrainian leader", "Peskov".
        self.role_words: dict[str, set[str]] = {}
        self.name_words: dict[str, set[str]] = {}
        for p in people:
            self.role_words[p.local_key] = {w.lower() for r in p.roles for w in re.findall(r"[\w'-]+", r)}
            self.name_words[p.local_key] = {w.lower() for v in (p.name, *p.variants) for w in re.findall(r"[\w'-]+", v)}
        self.gender = _genders(doc, people, self.mentions) if art.on("gender") else {}

    def agrees(self, key: str, pronoun: str) -> bool:
        """False when the person's gender, as the article shows it, contradicts the pronoun."""
        g = self.gender.get(key)
        want = PRONOUN_GENDER.get(pronoun)
        return g is None or want is None or g == want

    def mention_in(self, start: int, end: int) -> PersonMention | None:
        i = bisect.bisect_right(self.starts, end) - 1
        best = None
        while i >= 0 and self.mentions[i].end_char > start - 200:
            m = self.mentions[i]
            if m.start_char < end and m.end_char > start:
                if best is None or (m.end_char - m.start_char) > (best.end_char - best.start_char):
                    best = m
            i -= 1
        return best

    def in_range(self, start: int, end: int, inside: bytearray) -> list[PersonMention]:
        """Mentions in [start, end) that are not inside quote marks, in text order."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end_char <= end and not inside[m.start_char]]

    def is_subject(self, m: PersonMention) -> bool:
        span = self.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        return span is not None and any(t.dep_ in ("nsubj", "nsubjpass") for t in span)

    def antecedent(self, art: _Article, pronoun: Span, inside: bytearray) -> str | None:
        """The person 'he'/'she' most likely stands for: a subject earlier in its sentence, then
        the subject of the sentence before (its first one: the main clause), then any person in
        that sentence, then subjects up to NEIGHBOUR_SENTENCES + 1 sentences back. Mentions inside
        quotes are the quoted speaker's words, not antecedents."""
        k = art.sent_of[pronoun.start]
        word = pronoun.root.lower_
        here = [m for m in self.in_range(art.sents[k].start_char, pronoun.start_char, inside)
                if self.is_subject(m) and self.agrees(m.local_key, word)]
        if here:
            return here[-1].local_key
        for back in range(1, NEIGHBOUR_SENTENCES + 2):
            if k - back < 0:
                break
            sent = art.sents[k - back]
            found = [m for m in self.in_range(sent.start_char, sent.end_char, inside) if self.agrees(m.local_key, word)]
            subjects = [m for m in found if self.is_subject(m)]
            if subjects:
                return subjects[0].local_key
            if back == 1 and found:
                return found[0].local_key
        return None


def _genders(doc: Doc, people: Sequence[ArticlePerson], mentions: Sequence[PersonMention]) -> dict[str, str]:
    """Each person's gender as the article shows it, when it does: an honorific before a mention
    ("Mrs. Clinton"), a gendered role ("spokeswoman"), or a reflexive object of the verb the person
    is the subject of ("Trump cast himself as ..."). Unknown or mixed: left out. (His/her in the
    person's clause is too often somebody else's: "Warren grilled Stumpf about his bank".)"""
    votes: dict[str, list[int]] = {}
    text = doc.text
    for p in people:
        for r in p.roles:
            for w in re.findall(r"[\w'-]+", r.lower()):
                if w in ROLE_GENDER:
                    votes.setdefault(p.local_key, [0, 0])[ROLE_GENDER[w] == "f"] += 2
    for m in mentions:
        v = votes.setdefault(m.local_key, [0, 0])
        before = re.search(r"\b(\w+)\.?\s*$", text[max(0, m.start_char - 6):m.start_char])
        word = text[m.start_char:m.end_char].split(".")[0].lower()
        for w in (before.group(1).lower() if before else "", word):
            if w in HONORIFIC_GENDER:
                v[HONORIFIC_GENDER[w] == "f"] += 2
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ != "nsubj" or root.head.i == root.i:
            continue
        verb = root.head
        for t in verb.subtree:
            if t.i > root.i and t.lower_ in ("himself", "herself") and t.head.i == verb.i:
                v[PRONOUN_GENDER[t.lower_] == "f"] += 1
                break  # the first one: later ones may be somebody else's
    out = {}
    for key, (m_votes, f_votes) in votes.items():
        if m_votes > f_votes:
            out[key] = "m"
        elif f_votes > m_votes:
            out[key] = "f"
    return out


def _resolve(art: _Article, speaker: Span, index: _PeopleIndex, inside: bytearray,
             last_person: str | None) -> tuple[str | None, str]:
    """(local_key, rule) for a speaker span; rule names which rule resolved it (for measuring)."""
    head = speaker.root
    # The mention must be the head of the phrase: "the Trump-Putin call" is not Putin.
    m = index.mention_in(head.idx, head.idx + len(head.text))
    if m is not None:
        return m.local_key, "mention"
    low = head.lower_
    if low in PRONOUNS:
        if not art.on("pronoun"):
            return None, "pronoun-off"
        key = index.antecedent(art, speaker, inside)
        return (key or last_person), ("pronoun" if key else "pronoun-last-speaker")
    if low in PLURAL_OR_OTHER_PRONOUNS:
        return None, "other-pronoun"
    if head.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART") or low in NON_PERSON_HEADS:
        return None, "non-person"
    words = {t.lower_ for t in speaker if not t.is_stop and t.is_alpha}
    if not words:
        return None, "none"
    # Bare surname or other name variant that the people extractor did not mark here.
    if head.pos_ == "PROPN":
        if not art.on("name"):
            return None, "name-off"
        hits = [k for k, w in index.name_words.items() if head.lower_ in w]
        if len(hits) == 1:
            return hits[0], "name"
        return None, "unknown-name"
    if not _is_person_noun(head) or head.tag_ in ("NNS", "NNPS"):
        return None, "not-a-person"  # "Ukrainian perspectives", "Kremlin officials"
    if not art.on("role"):
        return None, "role-off"
    # Role phrase: "the spokesman", "the Ukrainian leader": unique best overlap with roles.
    scores = {k: len(words & w) for k, w in index.role_words.items()}
    best = max(scores.values(), default=0)
    if best > 0:
        top = [k for k, v in scores.items() if v == best]
        if len(top) == 1:
            return top[0], "role"
    if speaker[0].lower_ == "the" and len(speaker) <= 4 and head.pos_ == "NOUN":
        # "the president said": the person the last sentences are about, as for "he".
        return index.antecedent(art, speaker, inside), "role-recent"
    return None, "none"


def _is_person_noun(token: Token) -> bool:
    return token.lemma_.lower() in PERSON_NOUNS


def _window_start(art: _Article, span: Span, n_sents: int) -> int:
    """Start of the sentence n sentences before the one holding `span`."""
    return art.sent_before(art.sent(span.start), n_sents).start_char


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------

# A fragment in quote marks with no cue in its sentence is kept (speaker unknown) only from this
# many words: shorter ones are mostly scare quotes ("just peace"), longer ones echo a statement
# quoted elsewhere ('a "lengthy and highly productive" phone call') and feed the quote groups.
UNCUED_PARTIAL_MIN_WORDS = 4
# A reported clause made mostly of a marked quote is that quote; one that carries a quoted fragment
# in a longer clause of its own ("said his temperament is \"dangerous\"") is kept as well.
INDIRECT_MAX_QUOTED = 0.85
INHERITED_PARTIAL_SPEAKER = True


def _is_title(text: str, span: MarkedSpan) -> bool:
    """Title Case words ("Face the Nation", "A Change Is Gonna Come"): a title, not a quote."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text[span.start:span.end])
    if not words or len(words) > 8:
        return False
    content = [w for w in words if w.lower() not in TITLE_SMALL_WORDS or w is words[0]]
    return bool(content) and all(w[0].isupper() for w in content) and not all(w.isupper() for w in content)


_SPLIT_GAP = re.compile(r"[^.!?\n\"“”]{1,60}[,:]\s*$")


def _is_split_continuation(text: str, previous: MarkedSpan, span: MarkedSpan) -> bool:
    """The second piece of a quote interrupted by its attribution."""
    if not text[previous.start:previous.end].endswith(","):
        return False
    gap = text[previous.end + 1:span.start - 1]
    return bool(_SPLIT_GAP.fullmatch(gap)) and text[span.start:span.start + 1].islower()


_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.|\.\.)$")


def _partial_end(text: str, start: int, end: int) -> int:
    """End of a quoted fragment without the punctuation that belongs to the writer's sentence
    (American style puts it inside the marks: 'no talks "without Ukraine," he said'); an
    abbreviation's or an ellipsis's dot, and ! or ?, are the quote's own."""
    while end - start > 1:
        last = text[end - 1]
        if last in ",;:" or (last == "." and not _ABBREVIATION_END.search(text, start, end)):
            end -= 1
            while end - start > 1 and text[end - 1].isspace():
                end -= 1
            continue
        break
    return end


def _kind_of(text: str, span: MarkedSpan) -> str:
    """direct when the quote is a sentence of its own (bar the attribution), partial when it is a
    fragment woven into the writer's sentence."""
    quoted = text[span.start:span.end]
    if span.continued:
        return "direct"
    starts_upper = quoted[:1].isupper() or quoted[:1].isdigit()
    before = text[max(0, span.start - 40):max(0, span.start - 1)].rstrip()
    if span.start - 40 > 0 and not before:
        before = " "
    after_sentence_break = (not before) or before[-1] in ".!?:\n,—–" or before.endswith(("\"", "”"))
    n_words = len(quoted.split())
    if starts_upper and after_sentence_break and (n_words >= 3 or quoted[-1] in ".!?,"):
        return "direct"
    if starts_upper and n_words >= 6 and re.search(r"[.!?,]$", quoted):
        return "direct"
    return "partial"


def extract_quotes(doc: Doc, people: Sequence[ArticlePerson], mentions: Sequence[PersonMention], *,
                   disabled: frozenset[str] = frozenset()) -> list[QuoteMention]:
    """Direct, partial and indirect quotes of one parsed article, with speakers and cues. `disabled`
    names rules (from RULES) to switch off, to measure what each buys."""
    art = _Article(doc, disabled)
    text = art.text
    marked = find_quote_spans(text)
    inside = _covered_chars(marked, len(text))
    index = _PeopleIndex(art, people, mentions)
    results: list[tuple[int, int, str, _Attribution, float]] = []

    attributions = [_attribute_marked(art, s, inside) for s in marked]
    # Quotes with no attribution of their own take a neighbour's: the next piece of the same
    # multi-paragraph quote, or the closest attributed quote before it within a few sentences.
    for i, (s, a) in enumerate(zip(marked, attributions)):
        if a.speaker is None and a.cue is None and art.on("neighbour"):
            donor = _neighbour_attribution(art, marked, attributions, i, inside)
            if donor is not None:
                attributions[i] = _Attribution(cue=donor.cue, cue_token=donor.cue_token,
                                               speaker=donor.speaker, inherited=True)
    headline = _headline_candidates(art) if art.on("headline") else []
    if art.on("headline"):
        # A quote in a "Sanders: Clinton needs to 'get away from ...'" line is the named source's.
        for i, (s, a) in enumerate(zip(marked, attributions)):
            if a.speaker is None and a.cue is None:
                for start, end, ha in headline:
                    if ha.cue == ":" and start <= s.start and s.end <= end:
                        attributions[i] = _Attribution(cue=":", speaker=ha.speaker)
                        break
    kinds = [_kind_of(text, s) for s in marked]
    for i in range(1, len(marked)):
        if _is_split_continuation(text, marked[i - 1], marked[i]):
            kinds[i] = kinds[i - 1]  # '"We are," he said, "and we will."' is one quote in two pieces
    for s, a, kind in zip(marked, attributions, kinds):
        if kind == "partial" and art.on("scare_filter"):
            # Scare quotes, nicknames and titles of shows or books: a short fragment with no cue
            # of its own in its sentence is not shown to be anybody's words. A longer one is
            # kept, but a neighbour's speaker would be a guess for a fragment: left None.
            uncued = a.inherited or a.uncued or (a.speaker is None and a.cue is None)
            if _is_title(text, s) or (uncued and len(text[s.start:s.end].split()) < UNCUED_PARTIAL_MIN_WORDS):
                continue
            if a.inherited and INHERITED_PARTIAL_SPEAKER is False:
                a = _Attribution()
        end = _partial_end(text, s.start, s.end) if kind == "partial" else s.end
        results.append((s.start, end, kind, a, s))

    candidates = _indirect_candidates(art, inside) + headline
    for start, end, a in candidates:
        kept = _unmarked_content(art, marked, inside, start, end, a)
        if kept is not None:
            results.append((*kept, "indirect", a, None))

    if art.on("learned") and _learned_attributions is not None:
        # Attributions the rules miss, from the learned cue scorer (rules-only without a model).
        for start, end, a, p in _learned_attributions(art, inside, marked, [(r[0], r[1]) for r in results]):
            kept = _unmarked_content(art, marked, inside, start, end, a)
            if kept is not None:
                results.append((*kept, "indirect", a, float(p)))

    out: list[QuoteMention] = []
    last_person: str | None = None
    seen: set[tuple[int, int]] = set()
    for start, end, kind, a, origin in sorted(results, key=lambda r: (r[0], r[1])):
        if (start, end) in seen:
            continue
        seen.add((start, end))
        key = None
        sp = a.speaker
        if sp is not None:
            key, _rule = _resolve(art, sp, index, inside, last_person)
            if key is not None:
                last_person = key
        conf = _confidence(kind, a, origin if isinstance(origin, MarkedSpan) else None,
                           named=sp is not None and _is_named(sp, key, index),
                           learned_p=origin if isinstance(origin, float) else None)
        out.append(QuoteMention(
            text=text[start:end], start_char=start, end_char=end, kind=kind,
            speaker_text=sp.text if sp is not None else None,
            speaker_start=sp.start_char if sp is not None else None,
            speaker_end=sp.end_char if sp is not None else None,
            speaker_local_key=key, cue=a.cue, confidence=round(conf, 3),
        ))
    return out


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
    return root.ent_type_ in ("PERSON", "NORP") or _is_personal(root) or root.lemma_.lower() in SOURCE_NOUNS


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


def _not_an_act(text: str, a: _Attribution, start: int, end: int, *, disabled: frozenset[str]) -> bool:
    """An indirect attribution whose cue is no communication, cognition or evidential act in
    this use (see ASPECTUAL_CUES and the sets after it)."""
    t = a.cue_token
    if t is None or "act_filter" in disabled:
        return False
    lemma = t.lemma_.lower()
    words = text[t.idx + len(t.text):start].lower().split()
    if lemma == "decline" and NO_COMMENT.match(text, start):
        return True  # "declined comment", "declined to identify the company": nothing said
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
        actor = root is not None and _source_like(root) and root.ent_type_ not in ("GPE", "LOC", "FAC")
        return words in ([], ["to"]) and not actor
    if lemma in CAUSATIVE_CUES:
        return True
    if lemma in CLAUSE_ONLY_CUES:
        return not (CLAUSE_START.match(text, start) or (words and words[-1] == "that"))
    if lemma in VENUE_CUES:
        return bool(words) and words[-1] in ("on", "in", "via")
    if lemma in ADDRESSEE_CUES:
        return bool(words) and words[-1] in ("with", "to") and not TOPIC_PREPS.search(text, start, end)
    return False


def _unmarked_content(art: _Article, marked: Sequence[MarkedSpan], inside: bytearray, start: int, end: int,
                      a: _Attribution) -> tuple[int, int] | None:
    """The extent an unmarked attribution keeps (`_cut_content`), or None when nothing is left,
    when the content is itself a marked quote (already attributed), or when its cue is no act."""
    text = art.text
    start, end = _cut_content(text, marked, start, end, a.cue_token.idx if a.cue_token is not None else None)
    n = end - start
    if n < 2 or sum(inside[start:end]) > INDIRECT_MAX_QUOTED * n or _not_an_act(text, a, start, end, disabled=art.disabled):
        return None
    return start, end


def _cut_content(text: str, marked: Sequence[MarkedSpan], start: int, end: int,
                 cue_at: int | None = None) -> tuple[int, int]:
    """A reported clause never ends in half a marked quote: one that opens inside it and closes
    after it ('dismissed the idea, with Peskov stating, "Russia has never ...') is cut off before
    its mark. (A clause starting inside a quote is the quoted speaker's own report: left as is.)
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
        if start < s.start - 1 < end < s.end and any(c.isspace() for c in text[end:s.end]):
            end = s.start - 1
            cut = True
    while cut and end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-\"“”'‘"):
        end -= 1
    return start, end


def _neighbour_attribution(art: _Article, marked: Sequence[MarkedSpan], attributions: Sequence[_Attribution],
                           i: int, inside: bytearray) -> _Attribution | None:
    doc = art.doc
    span = marked[i]
    # A paragraph that continues a quote shares the attribution of the whole quote.
    if span.continued:
        for j in range(i - 1, -1, -1):
            if attributions[j].speaker is not None:
                return attributions[j]
            if not marked[j].continued:
                break
    if span.continues:
        for j in range(i + 1, min(len(marked), i + 6)):
            if attributions[j].speaker is not None and not attributions[j].inherited:
                return attributions[j]
            if not marked[j].continued:
                break
    tok = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tok is None:
        return None
    # A colon or speech-verb sentence right before ("He said:" then a paragraph of quote): the
    # sentence that ends before the opening mark (the parser often glues it to the quote).
    colon_found = None
    prev_end = span.start - 1
    prev_text = art.text[max(0, prev_end - 3):prev_end].strip()
    if prev_text.endswith(":") and tok.start > 0:
        j = _before_opening(doc, tok.start) if art.on("colon_intro") else tok.start - 1
        for t in art.sent(j):
            if t.i <= j and _is_cue_verb(t) and not (art.on("colon_intro") and t.idx >= span.start):
                subj = _subject_of(t, disabled=art.disabled)
                if subj is not None:
                    colon_found = _Attribution(cue=_cue_text(t), cue_token=t, speaker=_speaker_span(subj))
                    break
        if colon_found is not None and art.on("colon_intro"):
            return colon_found
    # A sentence of reported speech right before, closer than any quote ('She added that progress
    # had been made. "The average woman ..."'): its speaker goes on in direct speech.
    reported = _reported_intro(art, tok, inside) if art.on("reported_intro") else None
    # Otherwise the closest attributed quote before it, within a couple of sentences.
    window = _window_start(art, tok, NEIGHBOUR_SENTENCES)
    for j in range(i - 1, -1, -1):
        if marked[j].end < window:
            break
        if reported is not None and marked[j].end <= reported.cue_token.idx:
            return reported
        if attributions[j].speaker is not None:
            return attributions[j]
    return reported or colon_found


def _before_opening(doc: Doc, i: int) -> int:
    """The last token before token i that is neither whitespace nor an opening quote mark."""
    j = i - 1
    while j > 0 and (doc[j].is_space or doc[j].text in OPEN_MARKS + STRAIGHT + "'‘"):
        j -= 1
    return j


def _reported_intro(art: _Article, tok: Span, inside: bytearray) -> _Attribution | None:
    """The speaker of the sentence right before a quote when that sentence is itself speech:
    its root is a speech verb with a personal subject, outside any quote."""
    doc = art.doc
    j = _before_opening(doc, tok.start)
    if j <= 0:
        return None
    sent = art.sent(j)
    if sent.start >= tok.start or any(inside[t.idx] for t in sent if not t.is_space and not t.is_punct):
        return None
    root = sent.root
    if not (_is_cue_verb(root) or root.lemma_.lower() in SPEECH_ACT_VERBS):
        return None
    subj = _direct_subject(root, inside, disabled=art.disabled)
    if subj is None or not _is_personal(subj) or subj.lower_ in ("it", "you"):
        return None
    return _Attribution(cue=_cue_text(root), cue_token=root, speaker=_speaker_span(subj))


def _is_named(speaker: Span, key: str | None, index: _PeopleIndex) -> bool:
    """The speaker is named where the quote is: a name in the span, or a person's mention."""
    if any(t.pos_ == "PROPN" for t in speaker) and speaker.root.lower_ not in PRONOUNS:
        return True
    return key is not None and index.mention_in(speaker.root.idx, speaker.root.idx + len(speaker.root.text)) is not None


def _confidence(kind: str, a: _Attribution, span: MarkedSpan | None, named: bool = False,
                learned_p: float | None = None) -> float:
    """The scale (module docstring, "Confidence")."""
    if learned_p is not None:
        score = 0.2 + 0.4 * learned_p  # learned cue: 0.32 (p = 0.3) .. 0.6
    elif kind == "direct":
        score = 0.8
    elif kind == "partial":
        score = 0.7
    else:
        lemma = a.cue_token.lemma_.lower() if a.cue_token is not None else (a.cue or "").lower()
        if (a.cue or "").lower() == "according to" or lemma in SPEECH_VERBS:
            score = 0.7
        elif lemma in COGNITION_CUES:
            score = 0.6
        else:
            score = 0.5
    if a.speaker is not None:
        score += 0.15 if named else 0.08
    elif a.cue is None:
        score -= 0.3
    if a.inherited:
        score -= 0.2
    elif a.uncued:
        score -= 0.1
    if span is not None and not span.closed and not span.continues:
        score -= 0.2
    return max(0.0, min(1.0, score))


__all__ = ["extract_quotes", "find_quote_spans", "MarkedSpan", "RULES", "SPEECH_VERBS",
           "REPORT_VERBS"]
