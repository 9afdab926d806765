"""Cue and speaker of a marked quote: transcript labels and signatures, the speech verb governing
or nearest the quote, "according to", a fragment's sentence subject, a colon introduction; and, for
a quote with no attribution of its own, a neighbour's (the rest of a multi-paragraph quote, a
sentence of reported speech just before, the closest attributed quote before it)."""

from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Doc, Span, Token

from newsfold.extract.people.resources import is_english_word
from newsfold.extract.quotes.article import Attribution, ParsedArticle
from newsfold.extract.quotes.lexicon import (
    BODY_OR_PLACE_ENTS, CONTRAST_OPENERS, DECLARING_VERBS, LABEL_AS_VERBS, LABEL_NAMING_VERBS, LABEL_NOT_OBJECT,
    SPEECH_ACT_VERBS, SUBJECT_DEPS,
)
from newsfold.extract.quotes.quote_marks import MarkedSpan, OPEN_MARKS, STRAIGHT, kind_of
from newsfold.extract.quotes.speakers.people_index import NEIGHBOUR_SENTENCES
from newsfold.extract.quotes.speakers.missed_subjects import adjacent_subject, inverted_subject
from newsfold.extract.quotes.speakers.speaker_spans import speaker_span
from newsfold.extract.quotes.speakers.subjects import (
    according_to, cue_text, direct_subject, is_cue_verb, is_personal, name_before, pobj, subject_of,
)


_LOWER_START = re.compile(r"\s*[a-z,;]")


def _context_tokens(art: ParsedArticle, span: MarkedSpan, inside: bytearray) -> list[Token]:
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
    close_at = span.outer_end
    goes_on = _LOWER_START.match(text, min(close_at, len(text))) or text[span.end - 1:span.end] == ","
    if last.end < len(doc) and last.end_char <= close_at + 2 and (goes_on or _bare_attribution(art, art.sent(last.end))):
        sents.append(art.sent(last.end))
    tokens: list[Token] = []
    for sent in sents:
        for t in sent:
            if not inside[t.idx] and not t.is_space:
                tokens.append(t)
    return tokens


# Dependents that give a speech verb words of its own ('He said the talks failed', 'She told him so').
OWN_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj", "attr", "oprd", "parataxis", "advcl"})


def _bare_attribution(art: ParsedArticle, sent: Span) -> bool:
    """A sentence that only says who spoke, right after a quote closed by its own full stop or
    question mark ('"... harder?" Michael Every, a strategist at Rabobank, said in a commentary.'):
    its root is a speech verb with a subject and no words of its own, and no line break comes
    between. A modal verb says what is yet to be said ("The two task forces will report back to the
    IAAF Council"): no attribution of the quote before."""
    root = sent.root
    if "\n" in art.text[max(0, sent.start_char - 3):sent.start_char] or not is_cue_verb(root):
        return False
    if art.on("contrast_opener") and sent[0].lower_ in CONTRAST_OPENERS:
        return False  # '"...". However, backbench MP Karen Buck warned ...': somebody else speaks on
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return False
    return (any(c.dep_ == "nsubj" for c in root.children)
            and not any(c.dep_ in OWN_CONTENT_DEPS for c in root.children))


_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")
_DASH_SIGNATURE = re.compile(r"[^\S\n]*[―—–-]+[^\S\n]*([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})")


def _labelled_attribution(art: ParsedArticle, span: MarkedSpan) -> Attribution | None:
    """Speaker named by layout rather than syntax: a transcript label opening the quote
    ("WALLACE: ..."), or a signature after it ('"..." ― Pamela Padilla')."""
    doc, text = art.doc, art.text
    m = _TRANSCRIPT_LABEL.match(text, span.start)
    if m is not None:
        speaker = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if speaker is not None:
            return Attribution(cue=":", speaker=speaker)
    m = _DASH_SIGNATURE.match(text, min(len(text), span.outer_end))
    if m is not None:
        speaker = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if speaker is not None:
            return Attribution(cue=text[span.outer_end:m.start(1)].strip() or "―", speaker=speaker)
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
            if not (lo <= node.i < hi) and not inside[node.idx] and is_cue_verb(node):
                return node
            if node.head.i == node.i:
                break
            node, steps = node.head, steps + 1
    return None


def attribute_marked(art: ParsedArticle, span: MarkedSpan, inside: bytearray) -> Attribution:
    """Cue and speaker from the text around a marked quote (not inside any quote)."""
    doc = art.doc
    labelled = _labelled_attribution(art, span) if art.on("labels") else None
    if labelled is not None:
        return labelled
    tokens = _context_tokens(art, span, inside)
    if not tokens:
        return Attribution()
    acc = according_to(tokens)
    candidates: list[tuple[int, Token]] = []
    for t in tokens:
        if is_cue_verb(t):
            dist = min(abs(t.idx - span.end), abs(t.idx - span.start))
            if t.tag_ in ("VBG", "NN") and direct_subject(t, inside, disabled=art.disabled) is None \
                    and not name_before(t):
                dist += 30  # '..., indicating' leans on another clause; 'He remarked' is the cue
            candidates.append((dist, t))
    candidates.sort(key=lambda x: x[0])
    # For a fragment woven into a sentence, the verb that governs it in the parse beats a merely
    # nearby one; a whole-sentence quote is attributed by the nearest cue.
    if art.on("governing") and kind_of(art.text, span) == "partial":
        governing = _governing_cue(doc, span, inside)
        if governing is not None:
            candidates.insert(0, (-1, governing))
    for _, verb in candidates:
        subj = subject_of(verb, inside, disabled=art.disabled, quoted=True) or inverted_subject(verb, art.disabled)
        if (subj is None or inside[subj.idx]) and art.on("adjacent"):
            subj = adjacent_subject(art, verb, inside)
        if subj is not None and not inside[subj.idx]:
            return Attribution(cue=cue_text(verb), cue_token=verb, speaker=speaker_span(subj))
    if acc is not None:
        src = pobj(acc)
        if src is not None and not inside[src.idx]:
            return Attribution(cue="according to", cue_token=acc, speaker=speaker_span(src))
    if candidates:
        verb = candidates[0][1]
        return Attribution(cue=cue_text(verb), cue_token=verb)
    if art.on("fragment_subject") and kind_of(art.text, span) == "partial":
        # 'Reid has gone after Trump as a "human leech"': a fragment woven into a sentence with
        # no speech verb is the words of the person the sentence is about, not of a neighbour.
        quoted = doc.char_span(span.start, span.end, alignment_mode="expand")
        root = art.sent(quoted.start).root if quoted is not None and len(quoted) else None
        subj = (direct_subject(root, inside, disabled=art.disabled)
                if root is not None and root.pos_ in ("VERB", "AUX") else None)
        if subj is not None and not inside[subj.idx] and is_personal(subj) and subj.lower_ not in ("it", "you"):
            return Attribution(cue=cue_text(root), cue_token=root, speaker=speaker_span(subj), uncued=True)
    # "Trump declared:" is a cue verb; "Mr Smith:" or "The statement read:" are colon cues.
    before = art.text[max(0, span.outer_start - 3):span.outer_start]
    if ":" in before:
        colon_tok = [t for t in tokens if t.text == ":" and t.idx < span.start]
        if colon_tok:
            head = colon_tok[-1].head
            if inside[head.idx]:
                # The parser hung the colon on a verb of the quote ("Martell is more blunt: "...
                # I think ...""): the verb before the colon, outside the quote, is the sentence's.
                head = next((t for t in reversed(tokens) if t.idx < colon_tok[-1].idx and t.pos_ in ("VERB", "AUX")
                             and any(c.dep_ in SUBJECT_DEPS for c in t.children)), head)
            if head.pos_ in ("VERB", "AUX"):
                subj = subject_of(head, disabled=art.disabled)
            else:
                subj = head if head.pos_ in ("PROPN", "NOUN") else None
            if subj is not None and not inside[subj.idx]:
                return Attribution(cue=":", speaker=speaker_span(subj))
    return Attribution()


def neighbour_attribution(art: ParsedArticle, marked: Sequence[MarkedSpan], attributions: Sequence[Attribution],
                          i: int, inside: bytearray) -> Attribution | None:
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
            if not marked[j].continued:
                break  # the quote ended: a quote after it is somebody else's
            if attributions[j].speaker is not None and not attributions[j].inherited:
                return attributions[j]
    tok = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tok is None:
        return None
    # A colon or speech-verb sentence right before ("He said:" then a paragraph of quote): the
    # sentence that ends before the opening mark (the parser often glues it to the quote).
    colon_found = None
    prev_end = span.outer_start
    prev_text = art.text[max(0, prev_end - 3):prev_end].strip()
    if prev_text.endswith(":") and tok.start > 0:
        j = _before_opening(doc, tok.start) if art.on("colon_intro") else tok.start - 1
        for t in art.sent(j):
            if t.i <= j and is_cue_verb(t) and not (art.on("colon_intro") and t.idx >= span.start):
                subj = subject_of(t, disabled=art.disabled)
                if subj is not None:
                    colon_found = Attribution(cue=cue_text(t), cue_token=t, speaker=speaker_span(subj))
                    break
        if colon_found is not None and art.on("colon_intro"):
            return colon_found
    # A sentence of reported speech right before, closer than any quote ('She added that progress
    # had been made. "The average woman ..."'): its speaker goes on in direct speech.
    intro = _intro_sentence(art, tok, inside) if art.on("reported_intro") else None
    reported = None if intro is None else _reported_intro(art, intro, inside) or _named_intro(art, tok, intro, inside)
    # Otherwise the closest attributed quote before it, within a couple of sentences.
    window = _window_start(art, tok, NEIGHBOUR_SENTENCES)
    for j in range(i - 1, -1, -1):
        if marked[j].end < window:
            break
        if reported is not None and marked[j].end <= (reported.cue_token or reported.speaker.root).idx:
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


def _intro_sentence(art: ParsedArticle, tok: Span, inside: bytearray) -> Span | None:
    """The sentence right before a quote (the parser's sentence of the last token before its
    opening mark) when it ends before the quote and no word of it is quoted; else None."""
    j = _before_opening(art.doc, tok.start)
    if j <= 0:
        return None
    sent = art.sent(j)
    if sent.start >= tok.start or any(inside[t.idx] for t in sent if not t.is_space and not t.is_punct):
        return None
    return sent


def _reported_intro(art: ParsedArticle, sent: Span, inside: bytearray) -> Attribution | None:
    """The speaker of the sentence right before a quote (`_intro_sentence`) when that sentence is
    itself speech: its root is a speech verb with a personal subject, outside any quote."""
    # The root, or a clause joined to it: the last one, the closest to the quote ('the Greens
    # posted their worst showing and Mr. Wilkinson predicted ...').
    for verb in [*reversed([c for c in sent.root.conjuncts if c.i > sent.root.i]), sent.root]:
        if not (is_cue_verb(verb) or verb.lemma_.lower() in SPEECH_ACT_VERBS):
            continue
        subj = direct_subject(verb, inside, disabled=art.disabled)
        if subj is None or not is_personal(subj) or subj.lower_ in ("it", "you"):
            continue
        return Attribution(cue=cue_text(verb), cue_token=verb, speaker=speaker_span(subj))
    return None


def _named_intro(art: ParsedArticle, tok: Span, sent: Span, inside: bytearray) -> Attribution | None:
    """A named person as the subject of the sentence right before a quote (`_intro_sentence`), in
    its paragraph ('Durning did not need much coaxing. "I'm thankful for the invitation."'): the
    person the writer just brought in goes on to speak."""
    doc = art.doc
    if "\n" in art.text[doc[_before_opening(doc, tok.start)].idx:tok.start_char]:
        return None
    root = sent.root
    subj = direct_subject(root, inside, disabled=art.disabled) if root.pos_ in ("VERB", "AUX") else None
    if subj is None or not (subj.ent_type_ == "PERSON" or subj.pos_ == "PROPN" or _unknown_capitalised(subj)) \
            or subj.ent_type_ in BODY_OR_PLACE_ENTS:
        return None
    return Attribution(speaker=speaker_span(subj))  # no cue: the quote is speech of its own


def _unknown_capitalised(token: Token) -> bool:
    """A capitalised word that is no dictionary word, which a tagger read as a common noun at the
    start of a sentence ('Durning did not need much coaxing'): a name."""
    return (token.pos_ == "NOUN" and token.text[:1].isupper() and not token.text.isupper()
            and token.is_alpha and not any(c.dep_ == "det" for c in token.children)
            and not is_english_word(token.text))


def _window_start(art: ParsedArticle, span: Span, n_sents: int) -> int:
    """Start of the sentence n sentences before the one holding `span`."""
    return art.sent_before(art.sent(span.start), n_sents).start_char


# The words between a labelling verb and the opening mark of its label: the object ("her", "the
# judge", "to Mexican immigrants"), then "as" for LABEL_AS_VERBS; no clause or sentence break between.
_LABEL_AS = re.compile(r"(?:\s+(?:up|off|out|down))?\s+(?:to\s+)?(?P<obj>[^.;:!?\"“”\n]{1,80}?)\s+as\s+(?:(?:a|an|the)\s+)?\Z")
_LABEL_NAMING = re.compile(r"\s+(?P<obj>[^.;:!?,\"“”\n]{1,60}?)\s+(?:(?:a|an|the)\s+)?\Z")
# How many tokens before the opening mark the labelling verb may stand.
LABEL_VERB_WINDOW = 14
NAMING_VERBS = LABEL_NAMING_VERBS | DECLARING_VERBS
LABEL_VERBS = LABEL_AS_VERBS | NAMING_VERBS


def label_attribution(art: ParsedArticle, span: MarkedSpan, inside: bytearray) -> tuple[Attribution, int] | None:
    """A fragment that is a speaker's label for somebody or something ('he called her "weak"',
    'referred to Mexican immigrants as "criminals"'): its attribution (the labelling verb and its
    subject) and where its content starts (the labelled object, which the row includes); else None.
    A naming participle ('a group called "X"') or a passive ('is referred to as "X"') gives None."""
    doc = art.doc
    quoted = doc.char_span(span.start, span.end, alignment_mode="expand")
    if quoted is None or len(quoted) == 0:
        return None
    sent = art.sent(quoted.start)
    for t in reversed(doc[max(sent.start, quoted.start - LABEL_VERB_WINDOW):quoted.start]):
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or inside[t.idx] or lemma not in LABEL_VERBS:
            continue
        between = art.text[t.idx + len(t.text):span.outer_start]
        m = _LABEL_AS.match(between) if lemma in LABEL_AS_VERBS else None
        if m is None and lemma in NAMING_VERBS:
            m = _LABEL_NAMING.match(between)
        if m is None or m.group("obj").split()[0].lower() in LABEL_NOT_OBJECT \
                or (t.tag_ == "VBN" and t.dep_ in ("acl", "amod", "relcl")) \
                or any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
            # "is referred to as "X"", "was called "X"": the label is not the subject's
            return None
        start = t.idx + len(t.text) + m.start("obj")
        obj = doc.char_span(start, t.idx + len(t.text) + m.end("obj"), alignment_mode="expand")
        if obj is None or not any(o.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for o in obj):
            return None  # "whom they referred to condescendingly as": the object is a relative's antecedent
        subj = subject_of(t, inside, disabled=art.disabled)
        if subj is None or inside[subj.idx] or not is_personal(subj) or subj.lower_ in ("it", "you"):
            return None
        return Attribution(cue=cue_text(t), cue_token=t, speaker=speaker_span(subj)), start
    return None
