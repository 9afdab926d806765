"""A quote split by its attribution ('"We are," he said, "and we will."'): whether a marked span
goes on with the one before (`is_split_continuation`), and where a quoted fragment ends without
the writer's punctuation (`partial_end`).

Not joined: quoted sentences of one turn with the attribution between them ('"It just came out of
my mouth," she said. "It wasn't like I thought about it."'). PolNeAR counts them as one
attribution with two content spans, the tracker's gold as two quotes: joining them measured
PolNeAR train one-to-one F1 0.763 -> 0.782 and the tracker's dev tune 0.811 -> 0.735."""

from __future__ import annotations

import re

from newsfold.extract.quotes.quote_marks import MarkedSpan

# The text between the pieces of a quote split mid-sentence: its attribution, then a comma or colon.
_SPLIT_GAP = re.compile(r"[^.!?\n\"“”]{1,60}[,:]\s*$")


# A title or an initial in the attribution ("Mr. Coleman said,", "Sen. Ted Cruz, R-Tex., said,"):
# its dot ends no sentence.
_ABBREVIATED = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])+)\.(?=[\s,])")


def is_split_continuation(text: str, previous: MarkedSpan, span: MarkedSpan) -> bool:
    """The second piece of a quote interrupted by its attribution (it goes on in lower case)."""
    if not text[previous.start:previous.end].endswith(","):
        return False
    gap = _ABBREVIATED.sub(lambda m: m.group(0)[:-1], text[previous.outer_end:span.outer_start])
    return bool(_SPLIT_GAP.fullmatch(gap)) and text[span.start:span.start + 1].islower()


_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.|\.\.)$")


def partial_end(text: str, start: int, end: int) -> int:
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


__all__ = ["is_split_continuation", "partial_end"]
