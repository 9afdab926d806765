"""What sits next to a character offset: the word before it, the token at or after it."""

from __future__ import annotations

import re
from bisect import bisect_right


def previous_word(text: str, pos: int) -> tuple[str, int] | None:
    m = re.search(r"([A-Za-z][\w&.'’-]*)\s*$", text[max(0, pos - 40):pos])
    if not m:
        return None
    return m.group(1), pos - len(text[max(0, pos - 40):pos]) + m.start(1)


class TokenIndex:
    """Character offset -> token, built once per Doc (binary search over token starts)."""

    def __init__(self, doc, text: str):
        self.doc = doc
        self.text = text  # Doc.text joins every token on each access: read it once
        offsets = doc.to_array(["IDX", "LENGTH"]).tolist() if len(doc) else []
        self.starts = [start for start, _ in offsets]
        self.ends = [start + length for start, length in offsets]
        self.caseless = lambda pos: False  # set by the extractor from its ReadingView

    def token(self, char: int):
        """The token covering `char`, or None (whitespace between tokens)."""
        i = bisect_right(self.starts, char) - 1
        return self.doc[i] if i >= 0 and char < self.ends[i] else None

    def token_before(self, char: int):
        """The last token starting before `char`."""
        i = bisect_right(self.starts, char - 1) - 1
        return self.doc[i] if i >= 0 else None

    def token_after(self, char: int):
        """The token covering `char`, or else the first one after it."""
        i = bisect_right(self.starts, char) - 1
        if i >= 0 and char < self.ends[i] and not self.doc[i].is_space:
            return self.doc[i]
        i += 1
        while i < len(self.starts) and self.doc[i].is_space:
            i += 1  # a line wrap the parser kept as a token: "about 60\ncommercial fishermen"
        return self.doc[i] if i < len(self.starts) else None
