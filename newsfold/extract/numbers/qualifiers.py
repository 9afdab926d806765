"""The qualifier of a quantity from the words around it: approximate, at least, at most."""

from __future__ import annotations

import re

from newsfold.extract.numbers.lexicon import APPROXIMATE, AT_LEAST, AT_MOST
from newsfold.extract.numbers.quantity import Quantity

_QUALIFIER = re.compile(
    r"(?:^|(?<=[^A-Za-z]))(" + "|".join(re.escape(w) for w in sorted(APPROXIMATE + AT_LEAST + AT_MOST,
                                                                  key=len, reverse=True))
    + r")\s*$", re.I)
_QUALIFIER_SUFFIX = re.compile(r"^(?:\s+or\s+(more|less|fewer|so)\b|(-plus\b|\+(?![\d])|-odd\b))", re.I)


def set_qualifier(text: str, q: Quantity) -> None:
    if q.qualifier == "range":
        return
    before = text[max(0, q.start - 24):q.start]
    m = _QUALIFIER.search(before)
    if m:
        word = m.group(1).lower()
        if word in APPROXIMATE:
            q.qualifier = "approximate"
        elif word in AT_LEAST:
            q.qualifier = "at_least"
        else:
            q.qualifier = "at_most"
    suffix = _QUALIFIER_SUFFIX.match(text[q.end:q.end + 12])
    if suffix:
        word = (suffix.group(1) or suffix.group(2) or "").lower()
        if word in ("more", "-plus", "+"):
            q.qualifier = "at_least"
        elif word in ("less", "fewer"):
            q.qualifier = "at_most"
        elif word in ("so", "-odd"):
            q.qualifier = "approximate"
