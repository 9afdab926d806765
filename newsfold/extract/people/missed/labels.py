"""Speaker labels of transcripts: "KATE BOLDUAN: Why not debate?" names its speaker in capitals at
the start of a line, which the model seldom tags; a later "BOLDUAN:" is the same speaker."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsfold.extract.people.forms import Form
from newsfold.extract.people.resources import is_english_word, is_known_first_name
from newsfold.nlp.doc_text import doc_text

_LABEL = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,2})[ \t]*:")


def speaker_label_forms(doc: Doc, rules: frozenset[str]) -> list[Form]:
    """Forms of the capitalised speaker labels opening lines: a full label needs a known given name
    and a surname that is no dictionary word ("FIX IS IN:", "SHORT READS:" are headings); a
    one-word label counts when it is the surname of a full one."""
    text = doc_text(doc)
    if "labels" not in rules or ":" not in text:
        return []
    full, single = [], []
    for match in _LABEL.finditer(text):
        span = doc.char_span(match.start(1), match.end(1))
        if span is None:
            continue
        words = match.group(1).split()
        if len(words) == 1:
            single.append(span)
        elif is_known_first_name(words[0].title()) and not is_english_word(words[-1].lower()):
            full.append(span)
    surnames = {span[-1].text for span in full}
    forms = [Form(span.start, span.end, span.text) for span in full]
    forms += [Form(span.start, span.end, span.text) for span in single if span.text in surnames]
    return forms
