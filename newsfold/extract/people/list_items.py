"""The items of a list written inside a sentence or as short lines, read token by token: "Actor: Don Cheadle,
"Hotel Rwanda"; Johnny Depp, "Finding Neverland"" has the items after the label's colon and between the
semicolons. An item's first name before a comma is its nominee (award lists name the person, then the work).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.lexicon import LIST_ITEM_LABEL_ENDS, LIST_ITEM_SEPARATORS, QUOTE_MARKS


def breaks_line(doc: Doc, i: int) -> bool:
    """Does a line end at token i (a whitespace token holding a line break, or a token followed by one)?"""
    return "\n" in doc[i].text_with_ws and (doc[i].is_space or "\n" in doc[i].whitespace_)


def item_start(doc: Doc, i: int) -> int:
    """The first token of the list item holding token i: after a separator, a label's colon or a line break."""
    while i > 0 and doc[i - 1].text not in LIST_ITEM_SEPARATORS and doc[i - 1].text not in LIST_ITEM_LABEL_ENDS \
            and not breaks_line(doc, i - 1):
        i -= 1
    return i


def item_end(doc: Doc, i: int) -> int:
    """The token after the list item holding token i: its separator, or the token after its line break."""
    while i < len(doc) and doc[i].text not in LIST_ITEM_SEPARATORS and not doc[i].is_space:
        if "\n" in doc[i].whitespace_:
            return i + 1
        i += 1
    return i


def separated_item(doc: Doc, i: int) -> tuple[int, int] | None:
    """The bounds (first token, token after) of the list item holding token i, if a separator opens or
    closes it (an item of a semicolon list); else None."""
    first, after = item_start(doc, i), item_end(doc, i)
    if (first > 0 and doc[first - 1].text in LIST_ITEM_SEPARATORS) or (
            after < len(doc) and doc[after].text in LIST_ITEM_SEPARATORS):
        return first, after
    return None


def in_nominee_place(doc: Doc, start: int, end: int) -> bool:
    """Is the mention the nominee of an item of a semicolon list: opening it before a comma ("...; Felicity
    Huffman, "Desperate Housewives";"), or closing it after a quoted work and its comma (""Can't Stop the
    Feeling," Justin Timberlake;")? That is never the work's place."""
    item = separated_item(doc, start)
    if item is None:
        return False
    first, after = item
    if first == start:
        return end < len(doc) and doc[end].text == ","
    before = {t.text for t in doc[max(start - 2, 0):start]}  # '"Sorry," Justin' or '"Sorry", Justin'
    return (doc[first].text in QUOTE_MARKS and "," in before and bool(before & QUOTE_MARKS)
            and all(t.is_punct for t in doc[end:after]))
