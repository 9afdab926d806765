"""The text of a parsed Doc, joined once per Doc. spaCy's `Doc.text` joins every token's text on
each access (about 0.3 ms for a news article), and the extraction rules read an article's text a
dozen times or more; a Doc's text never changes (retokenizing keeps it), so it is kept while the
Doc lives."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

# Held weakly: a Doc's entry goes when the Doc does.
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined on the first call for this Doc only."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


__all__ = ["doc_text"]
