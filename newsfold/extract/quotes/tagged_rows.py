"""The attribution tagger's labels (`tagger.tag_article`) read as attributions: one per content
run of a paragraph, two runs joined when only the tagged source and cue lie between them and the
second goes on the sentence ('"We are," he said, "and we will."'), each with its cue (the tagged cue
word, else the cue verb the content hangs from) and speaker (the cue's subject in the parse, else the
tagged source's head phrase); a content (nearly) all in quote marks is direct or partial as the rules
tell it, any other indirect. `tagged_rows` also names the rule row each overlaps (whose speaker is
the better one). This is the tagger alone (extractor TAGGER_ROLE "rows"), measured against the rules
and kept for that comparison (figures in `tagger`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from newsfold.extract.quotes.article import Attribution, ParsedArticle
from newsfold.extract.quotes.quote_marks import MarkedSpan, kind_of
from newsfold.extract.quotes.subjects import cue_text, speaker_span, subject_of
from newsfold.extract.quotes.tagger import ANY_CUE, QUOTE_CHARS, RuleRow, paragraphs, tag_article

# A tagged content shorter than this (characters) is no attribution's ("it", "this").
MIN_CONTENT_CHARS = 4
# A tagged content is a quote in marks (direct or partial) when this share of its letters is quoted.
QUOTED_SHARE = 0.9


@dataclass
class TaggedSpan:
    """One attribution as tagged: its content pieces (token ranges), and its source and cue tokens."""

    pieces: list[tuple[int, int]]
    source: list[int] = field(default_factory=list)
    cue: list[int] = field(default_factory=list)


def _runs(labels: Sequence[str], start: int, end: int) -> list[tuple[int, int]]:
    """Content runs [a, b) of labels[start:end]: a B-C starts a new one."""
    runs = []
    cur = None
    for i in range(start, end):
        lab = labels[i]
        if lab == "B-C" or (lab == "I-C" and cur is None):
            if cur is not None:
                runs.append((cur, i))
            cur = i
        elif lab != "I-C" and cur is not None:
            runs.append((cur, i))
            cur = None
    if cur is not None:
        runs.append((cur, end))
    return runs


def _continues(doc, a: int, b: int) -> bool:
    """Tokens [a, b) go on a sentence rather than start one: their first word is lower case."""
    word = next((doc[i] for i in range(a, b) if doc[i].is_alpha), None)
    return word is not None and word.text[0].islower()


def content_spans(art: ParsedArticle, labels: Sequence[str]) -> list[TaggedSpan]:
    """One TaggedSpan per attribution of each paragraph: the content runs, two runs joined when only
    source, cue and punctuation lie between them ('"We are," he said, "and we will."'), each with the
    source and cue tokens nearest to it in its paragraph."""
    doc = art.doc
    out: list[TaggedSpan] = []
    for start, end in paragraphs(art):
        runs = _runs(labels, start, end)
        spans: list[TaggedSpan] = []
        for a, b in runs:
            if spans:
                pa, pb = spans[-1].pieces[-1]
                gap = range(pb, a)
                if gap and all(labels[i] in ("SRC", "CUE") or (doc[i].is_punct and doc[i].text not in ".!?")
                               for i in gap) and any(labels[i] == "CUE" for i in gap) \
                        and _continues(doc, a, b):
                    spans[-1].pieces.append((a, b))
                    continue
            spans.append(TaggedSpan([(a, b)]))
        src = [i for i in range(start, end) if labels[i] == "SRC"]
        cue = [i for i in range(start, end) if labels[i] == "CUE"]
        for s in spans:
            s.cue = _nearest_group(cue, s, art)
            s.source = _nearest_group(src, s, art)
        out += spans
    return out


def _nearest_group(idx: Sequence[int], s: TaggedSpan, art: ParsedArticle) -> list[int]:
    """The contiguous group of `idx` nearest to the span (inside its gaps first), in the sentence of
    one of its ends."""
    if not idx:
        return []
    groups: list[list[int]] = []
    for i in idx:
        if groups and i == groups[-1][-1] + 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    lo, hi = s.pieces[0][0], s.pieces[-1][1]
    sents = {art.sent_of[lo], art.sent_of[hi - 1]}

    def dist(g: list[int]) -> int:
        if lo <= g[0] and g[-1] < hi:
            return 0
        return min(abs(g[0] - (hi - 1)), abs(g[-1] - lo))

    near = [g for g in groups if art.sent_of[g[0]] in sents or (lo <= g[0] and g[-1] < hi)]
    return min(near, key=dist) if near else []


def _speaker_and_cue(art: ParsedArticle, s: TaggedSpan, inside: bytearray) -> Attribution:
    """The attribution of a tagged span: its cue word (the verb of the tagged cue, else its first
    word), the cue's subject in the parse as speaker when it has one (the rules' `subject_of`),
    else the tagged source's head phrase."""
    doc = art.doc
    cue = None
    if s.cue:
        cue = next((doc[i] for i in s.cue if doc[i].pos_ in ("VERB", "AUX")), None) \
            or next((doc[i] for i in s.cue if doc[i].head.i not in s.cue or doc[i].head.i == i), doc[s.cue[0]])
    if cue is None:
        # No cue tagged: the verb the content hangs from ("said [that ...]"), when it is a cue word.
        lo, hi = s.pieces[0][0], s.pieces[-1][1]
        root = next((doc[i] for i in range(lo, hi) if not lo <= doc[i].head.i < hi), None)
        if root is not None and root.head.i != root.i and root.head.lemma_.lower() in ANY_CUE:
            cue = root.head
    speaker = None
    if cue is not None and cue.pos_ in ("VERB", "AUX"):
        subj = subject_of(cue, inside, disabled=art.disabled)
        if subj is not None and not any(a <= subj.i < b for a, b in s.pieces):
            speaker = speaker_span(subj)
    if speaker is None and s.source:
        root = next((doc[i] for i in s.source if doc[i].head.i not in s.source or doc[i].head.i == i),
                    doc[s.source[-1]])
        speaker = speaker_span(root)
    if cue is None:
        return Attribution(speaker=speaker)
    text = "according to" if cue.lower_ == "according" else cue_text(cue) if cue.pos_ in ("VERB", "AUX") \
        else " ".join(doc[i].text for i in s.cue)
    return Attribution(cue=text, cue_token=cue, speaker=speaker)


def _char_piece(art: ParsedArticle, a: int, b: int) -> tuple[int, int] | None:
    """Character extent of tokens [a, b), without the writer's punctuation at its ends (quote
    marks and a quote's own closing punctuation stay)."""
    doc = art.doc
    while a < b and doc[a].is_punct and doc[a].text not in QUOTE_CHARS:
        a += 1
    while b > a and doc[b - 1].is_punct and doc[b - 1].text not in QUOTE_CHARS and doc[b - 1].text not in ".!?":
        b -= 1
    if b <= a:
        return None
    return doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)


def tagged_attributions(art: ParsedArticle, inside: bytearray, marked: Sequence[MarkedSpan],
                        labels: Sequence[str]) -> list[tuple[list[tuple[int, int]], str, Attribution]]:
    """(character pieces, kind, attribution) of every tagged attribution: direct or partial when it
    is (nearly) all one quote in marks (the quote's kind, as the rules tell it), else indirect."""
    out = []
    text = art.text
    for s in content_spans(art, labels):
        pieces = [p for p in (_char_piece(art, a, b) for a, b in s.pieces) if p is not None]
        if not pieces or sum(e - b for b, e in pieces) < MIN_CONTENT_CHARS:
            continue
        kind = "indirect"
        words = [c for b, e in pieces for c in range(b, e) if text[c].isalnum()]
        if words and sum(inside[c] for c in words) >= QUOTED_SHARE * len(words):
            span = next((m for m in marked if m.start <= words[0] < m.end + 1), None)
            if span is not None:
                kind = kind_of(text, span)
        out.append((pieces, kind, _speaker_and_cue(art, s, inside)))
    return out


def tagged_rows(art: ParsedArticle, inside: bytearray, marked: Sequence[MarkedSpan], rule_rows: Sequence[RuleRow],
                ) -> list[tuple[list[tuple[int, int]], str, Attribution, int | None]] | None:
    """The tagger's own attributions (`tagged_attributions`), each with the index of the rule row
    that overlaps it most when that covers half of the shorter of the two (its speaker is the
    rules', as good as the speaker resolution gets), else None; None without a model."""
    tagged = tag_article(art, inside, rule_rows)
    if tagged is None:
        return None
    out = []
    for pieces, kind, a in tagged_attributions(art, inside, marked, tagged[0]):
        best, best_ov = None, 0
        for k, (start, end, _kind, sp, _e) in enumerate(rule_rows):
            ov = sum(max(0, min(b, end) - max(p, start)) for p, b in pieces)
            if ov > best_ov:
                best, best_ov = k, ov
        if best is not None and (best_ov < 0.5 * min(rule_rows[best][1] - rule_rows[best][0],
                                                     pieces[-1][1] - pieces[0][0]) or rule_rows[best][3] is None):
            best = None
        out.append((pieces, kind, a, best))
    return out


__all__ = ["TaggedSpan", "content_spans", "tagged_attributions", "tagged_rows"]
