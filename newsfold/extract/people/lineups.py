"""Team line-ups: lines that list players as initial and surname ("C Paterson; S Danielli, A Craig,
G Bulloch (capt), G Kerr"), as sports copy closes a match report. The model tags few of them; the
shape of the line vouches for every item."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsfold.extract.people.forms import Form
from newsfold.extract.people.layout import is_credit

# One item: an initial or two, then a surname of one or two capitalised words ("D O'Callaghan",
# "J-P Smith"), then maybe a note in brackets ("(capt)", "(France)").
_ITEM = re.compile(r"(?P<name>[A-Z](?:\.|-[A-Z]\.?)?(?:\s?[A-Z]\.)?\s[A-Z][a-z]*[A-Z']?[\w'’\-]*[a-z]"
                   r"(?:[ \-][A-Z][\w'’\-]*[a-z])?)\s*(?:\([^()\n]{1,20}\))?")
_SEPARATORS = re.compile(r"[,;]")
MIN_ITEMS = 4  # "A Smith, B Jones, C Brown, D White": fewer is no line-up but a phrase


def lineup_items(text: str) -> list[tuple[int, int]]:
    """Character ranges of the names in line-up lines: lines (after an optional "Team:" label and
    before a closing full stop) made of at least MIN_ITEMS items separated by commas or
    semicolons, every one of them an initial and a surname."""
    found: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        line_start, position = position, position + len(line) + 1
        body_start = line.rfind(":") + 1  # "Scotland: C Paterson; ..."
        body = line[body_start:].rstrip().removesuffix(".")
        parts = _SEPARATORS.split(body)
        if len(parts) < MIN_ITEMS:
            continue
        items = []
        offset = line_start + body_start
        for part in parts:
            stripped = part.strip()
            match = _ITEM.fullmatch(stripped)
            if match is None:
                break
            start = offset + part.index(stripped) + match.start("name")
            items.append((start, start + len(match.group("name"))))
            offset += len(part) + 1
        else:
            found.extend(items)
    return found


def lineup_forms(doc: Doc, rules: frozenset[str]) -> list[Form]:
    """The players of the article's line-up lines as name forms."""
    if "lineups" not in rules or "\n" not in doc.text:
        return []
    text = doc.text
    forms = []
    for start, end in lineup_items(text):
        span = doc.char_span(start, end)
        if span is None or is_credit(text, start, end, rules):
            continue
        forms.append(Form(span.start, span.end, " ".join(span.text.split())))
    return forms
