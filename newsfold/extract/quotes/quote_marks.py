"""Quote marks: pairing them into spans paragraph by paragraph (`find_quote_spans`), the characters
they cover, and whether a marked span is a sentence of its own or a fragment (`kind_of`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence


OPEN_MARKS = "“«„‟"
CLOSE_MARKS = "”»"
STRAIGHT = '"'


@dataclass(frozen=True)
class MarkedSpan:
    """The words between a pair of quote marks (marks excluded); `closed` is False when the
    closing mark was missing and the span was cut at the paragraph end. `outer_start`/`outer_end`
    bound the quote with its marks: where the opening mark starts, and just past the closing mark
    (at `end` when no closing mark ends it). A mark may be two characters wide ('' as some wires
    type it) and spaces may sit between a mark and the words, so neither is start - 1 / end + 1."""

    start: int
    end: int
    closed: bool = True
    continues: bool = False  # the quote goes on in the next paragraph (repeated opening mark)
    continued: bool = False  # this paragraph continues a quote opened in the previous one
    outer_start: int = -1  # -1: one character before `start` (a one-character mark against the words)
    outer_end: int = -1  # -1: one character past `end` when closed, else `end`

    def __post_init__(self) -> None:
        if self.outer_start < 0:
            object.__setattr__(self, "outer_start", self.start - 1)
        if self.outer_end < 0:
            object.__setattr__(self, "outer_end", self.end + 1 if self.closed else self.end)


def _is_opening_straight(text: str, i: int, width: int = 1) -> bool:
    """A straight mark opens when it follows whitespace/start/bracket and precedes a non-space."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _reopens(text: str, i: int, width: int = 1) -> bool:
    """A straight mark met while a quote is open opens the next quoted sentence instead of closing
    the open one: it follows a sentence's end and a space ('back. "We'), and a capital or a digit
    follows it. A closing mark sits against the words it closes ('back."')."""
    after = text[i + width] if i + width < len(text) else " "
    if not (after.isupper() or after.isdigit()) or i < 2 or not text[i - 1].isspace():
        return False
    j = i - 1
    while j > 0 and text[j].isspace():
        j -= 1
    return text[j] in ".!?"


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
            elif role == "straight" and _reopens(text, pos, width):
                # British style: each quoted sentence opens with a mark and only the last one
                # closes ('"We lost. "We will win."'): the open quote ends at its sentence's end.
                _add_span(spans, text, open_at, (pos, 0), True, False, continued_here)
                open_at = (pos, width)
                continued_here = False
            elif role in ("close", "straight"):
                _add_span(spans, text, open_at, (pos, width), True, False, continued_here)
                open_at = None
            else:  # a second opening mark while one is open: the first was a stray
                open_at = (pos, width)
                continued_here = False
        if open_at is not None:
            # Unclosed at paragraph end: a multi-paragraph quote if the next paragraph reopens,
            # otherwise an odd mark; either way the span stops at this paragraph's end.
            _add_span(spans, text, open_at, (p_end, 0), False, True, continued_here)
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
    taken = [(s.outer_start, s.outer_end) for s in spans if s.end > start and s.start < end]
    for m in _SINGLE_QUOTED.finditer(text, start, end):
        a, b = m.start(1), m.end(1)
        if any(lo <= a and b <= hi for lo, hi in taken) or "''" in text[m.start():m.end()]:
            continue
        if text[m.start()] == "'" and re.match(r"\d", text[a]):
            continue  # '90s
        _add_span(spans, text, (a - 1, 1), (b, 1), True, False, False)


def _first_non_space(text: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not text[i].isspace():
            return i
    return None


def _add_span(spans: list[MarkedSpan], text: str, opening: tuple[int, int], closing: tuple[int, int],
              closed: bool, continues: bool, continued: bool) -> None:
    """A span between an opening and a closing mark, each (position, width); a closing width of
    0 when no mark closes it (paragraph end, or the next quote's opening mark)."""
    start, end = opening[0] + opening[1], closing[0]
    # Trim whitespace so that body[start:end] is the words quoted.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 2 and any(c.isalnum() for c in text[start:end]):
        outer_end = closing[0] + closing[1] if closing[1] else end
        spans.append(MarkedSpan(start, end, closed, continues, continued, opening[0], outer_end))


def covered_chars(spans: Sequence[MarkedSpan], n: int) -> bytearray:
    """Per character: 1 when inside a quote, marks included."""
    inside = bytearray(n)
    for s in spans:
        lo, hi = max(0, s.outer_start), min(n, s.outer_end)
        inside[lo:hi] = b"\x01" * (hi - lo)
    return inside


def kind_of(text: str, span: MarkedSpan) -> str:
    """direct when the quote is a sentence of its own (bar the attribution), partial when it is a
    fragment woven into the writer's sentence."""
    quoted = text[span.start:span.end]
    if span.continued:
        return "direct"
    starts_upper = quoted[:1].isupper() or quoted[:1].isdigit()
    before = text[max(0, span.start - 40):max(0, span.outer_start)].rstrip()
    if span.start - 40 > 0 and not before:
        before = " "
    after_sentence_break = (not before) or before[-1] in ".!?:\n,—–" or before.endswith(("\"", "”"))
    n_words = len(quoted.split())
    if starts_upper and after_sentence_break and (n_words >= 3 or quoted[-1] in ".!?,"):
        return "direct"
    if starts_upper and n_words >= 6 and re.search(r"[.!?,]$", quoted):
        return "direct"
    return "partial"
