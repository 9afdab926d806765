"""Reading the Gender Gap Tracker's gold layout and telling it from PolNeAR's.

Tracker layout, one article a line: `text`, `quotes` (each `quote`, `quote_span` [start, end],
`speaker` as written, `speaker_span` or null, `speaker_resolved` the full name of who said it,
`verb`, `verb_span`; a follow-on quote with no speaker of its own has `speaker` "" and still the
resolved name) and `people`. The tracker counts speech only.

Each tracker quote becomes an attribution in the PolNeAR shape the scorer reads (`content_spans`,
`source_spans`, `cue_spans`, `quote_marked`) plus `kind` and `speaker_resolved`. Its content
characters are the quote span without the surrounding white space and quote marks: the tracker's
spans include the marks, the extractor's quotes do not.
"""

from __future__ import annotations

from collections.abc import Sequence

LAYOUTS = ("polnear", "tracker")
OPENING = "\"“«'‘„"
CLOSING = "\"”»'’"
MARKS = OPENING + CLOSING
DOUBLE_MARKS = "\"“”«»„"
TRAILING = " .,;:!?\n\t"


def detect_layout(rows: Sequence[dict]) -> str:
    """'polnear' (rows carry `attributions`) or 'tracker' (rows carry `quotes`)."""
    for row in rows:
        if "attributions" in row:
            return "polnear"
        if "quotes" in row:
            return "tracker"
    raise ValueError("gold rows carry neither 'attributions' (PolNeAR) nor 'quotes' (the tracker's layout)")


def content_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without surrounding white space and quote marks (at most one mark a side)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end and text[start] in OPENING:
        start += 1
    # A closing mark may come after the sentence's last punctuation ('son,"') or before it ('"yes".').
    tail = end
    while tail > start and text[tail - 1] in TRAILING:
        tail -= 1
    if tail > start and text[tail - 1] in CLOSING:
        end = tail - 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def tracker_kind(quote: str) -> str:
    """direct | partial | indirect from the quote text: a whole sentence in quote marks is direct
    (it opens with a mark and closes with one, or runs on unclosed to the paragraph's end, as a
    multi-paragraph quote does) and reads as a sentence (a capital first or punctuation last); a
    marked phrase, or marks on a fragment only, is partial; no double marks is indirect."""
    s = quote.strip()
    if not any(m in s for m in DOUBLE_MARKS):
        return "indirect"
    body = s.rstrip(TRAILING)
    if s[:1] in OPENING:
        inner = body[1:]
        closes = body[-1:] in CLOSING
        # Marks in between (other than nested single quotes) mean the quote is broken up.
        between = inner[:-1] if closes else inner
        if not any(m in between for m in DOUBLE_MARKS) and _sentence_like(between):
            return "direct"
    return "partial"


def _sentence_like(inner: str) -> bool:
    """A whole sentence (or a sentence's part that a split quote goes on with), not a phrase:
    it starts with a capital, or it ends with sentence or clause punctuation."""
    inner = inner.strip().rstrip(CLOSING).strip()
    first = next((ch for ch in inner if ch.isalnum()), "")
    return first.isupper() or first.isdigit() or inner[-1:] in ".!?,;:"


def tracker_attribution(text: str, quote: dict) -> dict:
    """One tracker quote as an attribution the scorer reads (see the module docstring)."""
    a, b = quote["quote_span"]
    start, end = content_span(text, int(a), int(b))
    kind = tracker_kind(quote["quote"])
    return {
        "content_spans": [[start, end]] if end > start else [],
        "source_spans": [list(quote["speaker_span"])] if quote.get("speaker_span") else [],
        "cue_spans": [list(quote["verb_span"])] if quote.get("verb_span") else [],
        "quote_marked": kind != "indirect",
        "kind": kind,
        "content": text[start:end],
        "source": quote.get("speaker") or "",
        "cue": quote.get("verb") or "",
        "speaker_resolved": (quote.get("speaker_resolved") or "").strip(),
    }


def tracker_rows(rows: Sequence[dict]) -> list[dict]:
    """Tracker rows with `attributions` built from their `quotes` (other fields kept)."""
    return [{**row, "attributions": [tracker_attribution(row["text"], q) for q in row.get("quotes", [])]}
            for row in rows]


__all__ = ["LAYOUTS", "content_span", "detect_layout", "tracker_attribution", "tracker_kind", "tracker_rows"]
