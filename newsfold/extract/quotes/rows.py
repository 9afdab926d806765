"""Candidate quote rows and how they become one row per attribution: rows that overlap are resolved
(`resolve_overlaps`), and a report cut into rows at its own quotes is joined again (`join_introduced`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfold.extract.quotes.article import Attribution
from newsfold.extract.quotes.quote_marks import MarkedSpan


@dataclass
class Candidate:
    """A quote row before overlaps are resolved: its pieces (one, or two or more for a quote split
    by its attribution), kind, attribution, and where it came from (the marked span, the learned
    scorer's probability, or None for a rule's unmarked attribution)."""

    pieces: list[tuple[int, int]]
    kind: str
    attribution: Attribution
    origin: MarkedSpan | float | None = None
    act: str = "speech"

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


# Of two candidates that cross (neither holds the other), the loser keeps its part outside the
# winner when that part is a clause of its own (at least this many words); else it is dropped.
MIN_TRIMMED_WORDS = 4


def _rank(c: Candidate) -> tuple:
    """Which of two crossing candidates is kept: a quote in marks, then one with a speaker written
    in the article, then one with a cue, then the longer."""
    a = c.attribution
    return (c.origin is not None and not isinstance(c.origin, float), a.speaker is not None and not a.inherited,
            a.cue is not None, c.end - c.start)


def _holds(outer: Candidate, inner: Candidate) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and outer is not inner


def resolve_overlaps(text: str, cands: list[Candidate], *, drop_quote_cue_leftover: bool = True) -> list[Candidate]:
    """One row per attribution: rows of an article never overlap.

    - A candidate inside another (a quoted fragment inside a reported clause, a clause reported
      inside a reported clause: the outer cue governs the inner one, a duplicate) is part of the
      outer row; the outer row keeps its kind (indirect: its text is the clause, quote marks of the
      fragment included) and cue, and takes the inner one's speaker when it has none written of its
      own ("Officials rejected [Trump's claim that ...]" is the officials' row: measured on PolNeAR
      and tracker tune, the outer row scores better than the inner one).
    - A whole-sentence (direct) quote inside a reported clause stays its own row; the clause keeps
      what lies outside it, or nothing when its cue is the quote's.
    - A reported clause that starts or ends inside a quoted fragment holds the fragment's mark.
    - Of two crossing candidates the better (`_rank`) is kept; the other keeps its part outside
      the kept one when that part is still a clause (MIN_TRIMMED_WORDS), else it is dropped.
    Returns the rows in the order of the text."""
    # Outer candidates first: longest span at each start, then by start.
    order = sorted(cands, key=lambda c: (c.start, -c.end, not isinstance(c.origin, MarkedSpan)))
    kept: list[Candidate] = []
    for c in order:
        host = next((k for k in kept if _holds(k, c)), None)
        if host is not None and c.kind == "direct" and host.kind == "indirect":
            # A whole-sentence quote is its own row: a reported clause that runs through it
            # ('He remarked, "We think ...," indicating ...') keeps only what lies outside it.
            kept.append(c)
            continue
        if host is not None:
            a, inner = host.attribution, c.attribution
            cue = inner.cue_token
            if cue is not None and cue.dep_ == "parataxis" and inner.speaker is not None \
                    and host.start <= cue.idx < host.end and not inner.inherited:
                # "Voters, Clinton suggested, don't have to worry ...": a speech cue set inside the
                # host's clause reports all of it; its speaker is the row's.
                host.attribution = inner
                continue
            if (a.speaker is None or a.inherited) and inner.speaker is not None and not inner.inherited:
                host.attribution = Attribution(cue=a.cue or inner.cue, cue_token=a.cue_token or inner.cue_token,
                                               speaker=inner.speaker)
            continue
        kept.append(c)
    # Crossing pairs: the better one stays whole.
    kept.sort(key=_rank, reverse=True)
    final: list[Candidate] = []
    for c in kept:
        for k in final:
            if c.start < k.end and k.start < c.end:
                c = _trimmed(text, c, k, drop_quote_cue_leftover)
                if c is None:
                    break
        if c is not None:
            final.append(c)
    for c in final:
        if len(c.pieces) == 1 and c.kind == "indirect":
            start, end = c.pieces[0]
            if start > 0 and text[start - 1] in QUOTE_OPENERS and _open_marks(text[start:end], closing=True):
                start -= 1  # '"It's unrealistic" for Ukraine to expect membership': from its opening mark
                c.pieces[0] = (start, end)
            if end < len(text) and text[end] in QUOTE_CLOSERS and _open_marks(text[start:end]):
                c.pieces[0] = (start, end + 1)
            elif end + 1 < len(text) and text[end] in ",." and text[end + 1] in QUOTE_CLOSERS \
                    and _open_marks(text[start:end]):
                c.pieces[0] = (start, end + 2)  # '"without Ukraine,"': the writer's comma inside
    return sorted(final, key=lambda c: c.start)


QUOTE_CLOSERS = "\"”’"
QUOTE_OPENERS = "\"“"


def _open_marks(s: str, closing: bool = False) -> bool:
    """A quote mark opened and not closed in `s` (with `closing`: closed and not opened)."""
    if closing:
        return s.count("”") > s.count("“") or s.count('"') % 2 == 1
    return s.count("“") > s.count("”") or s.count('"') % 2 == 1


def _trimmed(text: str, c: Candidate, winner: Candidate, drop_quote_cue_leftover: bool = True) -> Candidate | None:
    """`c` without what it shares with `winner` (a one-piece unmarked candidate only), or None.
    With `drop_quote_cue_leftover`, what is left of it after a whole quote is None when it is that
    quote's attribution ('"Nothing prepares you ...," the president will say, according to excerpts':
    the row "according to" gives keeps no "the president will say" of its own)."""
    if len(c.pieces) > 1 or c.kind != "indirect":
        return None
    cue = c.attribution.cue_token
    if winner.kind == "direct" and cue is not None and cue.idx < winner.start and c.start >= winner.start - 1:
        return None  # the cue attributes the quote itself; what follows it is no content of its own
    start, end = c.start, c.end
    if start < winner.start:
        end = winner.start
    elif end > winner.end:
        start = winner.end
    else:
        return None
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".!?%)"):
        end -= 1
    if len(text[start:end].split()) < MIN_TRIMMED_WORDS:
        return None
    if drop_quote_cue_leftover and winner.kind == "direct" and start >= winner.end \
            and _quote_attribution(text, winner, start, end):
        return None
    return Candidate([(start, end)], c.kind, c.attribution, c.origin)


def _quote_attribution(text: str, quote: Candidate, start: int, end: int) -> bool:
    """text[start:end], right after the whole quote `quote`, opens with the quote's own speaker and
    holds its cue ('"...," [the two-term president will say]', '[Mr. Pence said during the session]'):
    the quote's attribution and its setting, no content of its own."""
    a = quote.attribution
    if a.speaker is None or a.cue_token is None or a.inherited:
        return False
    return start <= a.cue_token.idx < end and start <= a.speaker.start_char \
        and not text[start:a.speaker.start_char].strip()


# Between a reported clause and the quote it runs on into: spaces, a comma, marks; before a quoted
# fragment of the same report: also a few of the writer's words, no sentence end nor colon.
_INTRO_GAP, _FRAGMENT_GAP = re.compile(r"[\s,\"“”'‘]{0,6}"), re.compile(r"[^.!?:;\n]{1,50}")


def join_introduced(text: str, rows: list[Candidate]) -> list[Candidate]:
    """A report of one cue cut into rows at its quotes is one row: a clause running on into its
    quote ('Rubio said that once the Senate goes on recess, "I intend ..."': up to the closing mark,
    the quote's kind and act when it is a whole sentence, else the clause's), and two fragments a
    few words apart ('described Trump as "a ... sociopath" and "a narcissistic psychopath"': one
    partial row of two pieces). PolNeAR train: 28 + 26 + 19 such pairs are one attribution, 3 two;
    kept apart: a colon or dash before a quote (11 of 37 are two), a cue between fragments."""
    out: list[Candidate] = []
    for c in rows:
        last = out[-1] if out else None
        if last is None or not _quote_of_same_cue(last, c):
            out.append(c)
            continue
        # A few of the writer's words between fragments, with no cue among them.
        fragment_gap = _FRAGMENT_GAP.fullmatch(text, last.end, c.start) \
            and not last.end <= c.attribution.cue_token.idx < c.start
        if last.kind == "indirect" and (_INTRO_GAP.fullmatch(text, last.end, c.start)
                                        or c.kind == "partial" and fragment_gap):
            whole = c.kind == "direct"
            out[-1] = Candidate([(last.start, c.origin.outer_end)], c.kind if whole else last.kind,
                                last.attribution if last.attribution.speaker is not None else c.attribution,
                                c.origin if whole else last.origin, c.act if whole else last.act)
        elif last.kind == c.kind == "partial" and fragment_gap:
            last.pieces.append(c.pieces[0])
        else:
            out.append(c)
    return out


def _quote_of_same_cue(last: Candidate, c: Candidate) -> bool:
    """`c` is a one-piece quote in marks whose cue token is that of the one-piece row `last`."""
    cue, first_cue = c.attribution.cue_token, last.attribution.cue_token
    return len(last.pieces) < 2 and len(c.pieces) < 2 and isinstance(c.origin, MarkedSpan) \
        and c.kind in ("direct", "partial") and cue is not None and first_cue is not None and first_cue.i == cue.i


__all__ = ["Candidate", "MIN_TRIMMED_WORDS", "join_introduced", "resolve_overlaps"]
