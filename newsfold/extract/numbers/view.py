"""The text the number rules read: same length as the body (every offset is an offset into it),
with line wraps made spaces and all-capitals stretches lower-cased.

* A single line break between two non-blank characters is a wrap, not a boundary: "about 50\nmiles".
* Wire headlines and shouted copy ("UK ECONOMY GROWS 2 PCT") carry no case information: a stretch
  (a line or a sentence) whose letters are almost all capitals is read lower-cased, and it is
  recorded as caseless, as is a stretch with no capital at all. In a caseless stretch a rule must
  not take a capital (or its absence) as evidence: "M" for million, "PS" for "£", a proper noun.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from newsfold.nlp.wraps import spaces_for_wraps

_STRETCH = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")
MIN_LETTERS = 8  # a stretch shorter than this ("UK", "NATO said") keeps its case


def _lower_same_length(segment: str) -> str:
    lowered = segment.lower()
    if len(lowered) == len(segment):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in segment)


class ReadingView:
    """`text` (what the rules read) and which stretches of it are caseless."""

    def __init__(self, body: str):
        text = spaces_for_wraps(body) if "\n" in body else body
        self.caseless_spans: list[tuple[int, int]] = []
        chars = None
        for line in _STRETCH.finditer(text):
            start = line.start()
            for part in _SENTENCE_END.split(line.group(0)):
                pos = text.find(part, start)
                start = pos + len(part)
                if part.islower():  # cased letters, none of them capitals
                    self.caseless_spans.append((pos, pos + len(part)))
                    continue
                upper = len(_UPPER.findall(part))
                letters = upper + len(_LOWER.findall(part))
                if letters >= MIN_LETTERS and upper >= 0.8 * letters:
                    chars = chars if chars is not None else list(text)
                    chars[pos:pos + len(part)] = _lower_same_length(part)
                    self.caseless_spans.append((pos, pos + len(part)))
        self.text = "".join(chars) if chars is not None else text
        self._starts = [s for s, _ in self.caseless_spans]

    def caseless(self, pos: int) -> bool:
        """Whether the character at `pos` sits in a stretch that tells nothing by its case."""
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self.caseless_spans[i][1]
