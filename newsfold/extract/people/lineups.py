"""Team line-ups: lines that list players as initial and surname ("C Paterson; S Danielli, A Craig,
G Bulloch (capt), G Kerr"), as sports copy closes a match report. The model tags few of them; the
shape of the line vouches for every item."""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

from newsfold.extract.people.forms import Form
from newsfold.extract.people.inventory import LocalPerson
from newsfold.extract.people.layout import is_credit
from newsfold.extract.people.lexicon import (
    LINEUP_NOTES,
    LINEUP_PARTICLES,
    LINEUP_PLACEHOLDERS,
    MORE_LINEUP_PARTICLES,
)
from newsfold.nlp.doc_cache import once_per_doc
from newsfold.nlp.doc_text import doc_text

_ITEM_PARTICLE = rf"(?:(?:{'|'.join(sorted(LINEUP_PARTICLES | MORE_LINEUP_PARTICLES))})\s)*"
# One item: an initial or two ("CA Del Fava"), then a surname of one or two capitalised words
# ("D O'Callaghan", "J-P Smith"), maybe after particles ("D dal Maso"), then maybe a note in
# brackets ("(capt)", "(France)", "(Narbonne, capt)").
_SURNAME = (rf"{_ITEM_PARTICLE}[A-Z][a-z]*[A-Z']?[\w'’\-]*[a-z](?:[ \-][A-Z][\w'’\-]*[a-z])?")
# A note may hold a bracket its writer left open: "G Thomas (Toulouse (capt); H Luscombe (Dragons)".
_NOTE = r"\s*(?:\((?P<note>[^()\n]{1,20}(?:\([^()\n]{1,10})?)\))?"
_ITEM = re.compile(rf"(?P<name>(?:[A-Z](?:\.|-[A-Z]\.?)?(?:\s?[A-Z]\.)?|[A-Z]{{2}})\s{_SURNAME}){_NOTE}")
# A player given in full among initialled ones: "R de Marigny (Parma); Mirco Bergamasco (Stade Francais)".
_FULL_ITEM = re.compile(rf"(?P<name>[A-Z][a-z]+\s{_SURNAME}){_NOTE}")
# Commas or semicolons not inside a bracketed note; a note may also end an item with no comma after it
# ("J Fourie (S Africa) T Umaga (New Zealand)").
_SEPARATORS = re.compile(r"[,;](?![^()]*\))|(?<=\))\s+(?=[A-Z]\.?\s)")
# A label inside a line-up's line: "C Hoeft (New Zealand). Reserves: B Reihana (New Zealand), ..."
_LABEL = re.compile(r"(?:^|(?<=\.))[^.:]*:")
MIN_ITEMS = 4  # "A Smith, B Jones, C Brown, D White": fewer is no line-up but a phrase


def lineup_items(text: str) -> list[tuple[int, int]]:
    """Character ranges of the names in line-up lines: lines (after an optional "Team:" label and
    before a closing full stop) made of at least MIN_ITEMS items separated by commas or
    semicolons, every one of them an initial and a surname (or a full name, when MIN_ITEMS are)."""
    return _initialled_lineups(text)[0]


def lineup_notes(text: str) -> list[tuple[int, int]]:
    """Character ranges of the bracketed notes of those line-ups' items: the players' clubs or
    countries ("(Calvisano)", "(Narbonne, capt)"), never people."""
    return _initialled_lineups(text)[1]


def _initialled_lineups(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    found: list[tuple[int, int]] = []
    notes: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        line_start, position = position, position + len(line) + 1
        # Each stretch between labels ("Scotland:", "Reserves:") is a line-up of its own.
        for body_start, body_end in _between(_LABEL, line):
            body = line[body_start:body_end].rstrip().removesuffix(".")
            items, line_notes = _initialled_items(body, line_start + body_start)
            found.extend(items)
            notes.extend(line_notes)
    return found, notes


def _between(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The (start, end) of each stretch of the text between the pattern's matches (as `split`, with offsets)."""
    cuts = [0, *(i for match in pattern.finditer(text) for i in match.span()), len(text)]
    return list(zip(cuts[::2], cuts[1::2]))


def _initialled_items(body: str, offset: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The names and notes of one stretch of a line when it is a line-up: at least MIN_ITEMS items,
    every one of them an initialled or full name, at least MIN_ITEMS of them initialled; places left
    open ("A N Other") are skipped."""
    parts = [(a, body[a:b]) for a, b in _between(_SEPARATORS, body)]
    if len(parts) < MIN_ITEMS:
        return [], []
    items, line_notes = [], []
    initialled = 0
    for part_start, part in parts:
        stripped = part.strip()
        if stripped in LINEUP_PLACEHOLDERS:
            continue
        match = _ITEM.fullmatch(stripped)
        initialled += match is not None
        match = match or _FULL_ITEM.fullmatch(stripped)
        if match is None:
            return [], []
        start = offset + part_start + part.index(stripped)
        items.append((start + match.start("name"), start + match.end("name")))
        if match.group("note"):
            line_notes.append((start + match.start("note"), start + match.end("note")))
    if initialled < MIN_ITEMS:
        return [], []
    return items, line_notes


_PARTICLE = rf"(?:{'|'.join(sorted(LINEUP_PARTICLES))})\s"
_NAME = rf"(?:{_PARTICLE})*[A-Z][\w'’\-]*[a-z](?:\s(?:{_PARTICLE})*[A-Z][\w'’\-]*[a-z]){{0,2}}"
# A surname item: "Terry", "El Karkouri", "van der Walt", "Murphy (Euell 78)" (a substitute in
# brackets), "Everitt for Mapletoft (53)" (a replacement), "Bulloch (capt)".
_SURNAME_ITEM = re.compile(rf"(?P<a>(?:[A-Z]\s)?{_NAME})(?:\s+for\s+(?P<b>{_NAME}))?"
                           rf"(?:\s*\((?:(?P<c>{_NAME})\s+)?\d+\)|\s*\([a-z]+\))?")
MIN_SURNAME_ITEMS = 6  # a line-up of surnames: a team's players, not a list of three countries
MIN_KNOWN_PLAYERS = 2  # surnames the article names as people elsewhere: the line lists players


def _surname_segment_items(segment: str, offset: int) -> list[tuple[int, int]] | None:
    """Character ranges (from `offset`) of the names of one segment's comma or semicolon items, None
    when an item is shaped like no surname; places left open ("TBC") are skipped."""
    items: list[tuple[int, int]] = []
    for part in re.finditer(r"[^,;]+", segment):
        stripped = part.group().strip()
        if stripped in LINEUP_PLACEHOLDERS or stripped in LINEUP_NOTES:
            continue
        match = _SURNAME_ITEM.fullmatch(stripped)
        if match is None:
            return None
        base = offset + part.start() + part.group().index(stripped)
        items.extend((base + match.start(g), base + match.end(g)) for g in "abc" if match.group(g))
    return items


def surname_lineup_items(text: str, known: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges of the names in line-ups of surnames ("Cech, Ferreira, Terry, Lampard (Tiago
    78), Drogba. Subs Not Used: White, Wood"): lines whose parts between labels ("Subs Not Used:")
    are all comma or semicolon items shaped like surnames, at least MIN_SURNAME_ITEMS of them, of which
    at least MIN_KNOWN_PLAYERS are in `known` (surnames the article tags as people elsewhere) unless the
    line before was such a line-up and this one is labelled too (": Sheahan, Horan, ..." after the
    team). Prose sentences before the first label are skipped ("Friday's game got the go-ahead. Leeds:
    Balshaw; Rees, ..."), as are places left open ("TBC")."""
    found: list[tuple[int, int]] = []
    position = 0
    after_lineup = False
    for line in text.split("\n"):
        line_start, position = position, position + len(line) + 1
        if not line.strip():
            continue
        items: list[tuple[int, int]] = []
        whole = True
        labelled = False
        for segment in re.finditer(r"[^:.]+", line):
            if line[segment.end():segment.end() + 1] == ":" or not segment.group().strip():
                labelled = True
                continue  # a label: "Replacements:", "Subs Not Used:"
            segment_items = _surname_segment_items(segment.group(), line_start + segment.start())
            if segment_items is None:
                if not labelled and not items and ":" in line[segment.end():]:
                    continue  # a sentence before the first label: prose leading into the line-up
                whole = False
                break
            items.extend(segment_items)
        names = [text[a:b] for a, b in items]
        is_lineup = whole and len(names) >= MIN_SURNAME_ITEMS and (
            (after_lineup and ":" in line) or sum(n in known for n in names) >= MIN_KNOWN_PLAYERS)
        if is_lineup:
            found.extend(items)
        after_lineup = is_lineup
    return found


# The attendance closing a football report's line-ups ("38,153"): the referee's line follows it.
_ATTENDANCE = re.compile(r"\d{1,3}(?:,\d{3})+\.?")


def closing_referee(text: str, lineup_ends: list[int]) -> tuple[int, int] | None:
    """Character range of the referee's name in the line closing a match report's line-ups ("38,153" then
    "G Poll (Hertfordshire)."): the article's last line, one initialled name with maybe a note, right after
    the attendance or a line-up line."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    if len(lines) < 2:
        return None
    (last_start, last), (before_start, before) = lines[-1], lines[-2]
    stripped = last.strip().removesuffix(".")
    match = _ITEM.fullmatch(stripped)
    if match is None:
        return None
    after_lineup = any(before_start <= end <= before_start + len(before) for end in lineup_ends)
    if not (_ATTENDANCE.fullmatch(before.strip()) or after_lineup):
        return None
    start = last_start + last.index(stripped)
    return start + match.start("name"), start + match.end("name")


class _Lineups(NamedTuple):
    spans: tuple[tuple[int, int], ...]  # token ranges of the players' names
    starts: frozenset[int]  # where those names start
    note_tokens: frozenset[int]  # tokens of the items' bracketed notes ("(Calvisano)")
    referee: tuple[int, int] | None  # token range of the referee's name after the line-ups


def _lineups(doc: Doc) -> _Lineups:
    """The article's line-ups, found once per doc: the candidate forms, the evidence filter and the
    people filters all ask for them."""
    return once_per_doc(doc, "newsfold_people_lineups", _find_lineups)


def _find_lineups(doc: Doc) -> _Lineups:
    text = doc_text(doc)
    if "\n" not in text:
        return _Lineups((), frozenset(), frozenset(), None)
    items, notes = _initialled_lineups(text)
    known = frozenset(e[-1].text for e in doc.ents if e.label_ == "PERSON")
    items = items + surname_lineup_items(text, known)
    found = (doc.char_span(a, b) for a, b in items)
    spans = tuple((span.start, span.end) for span in found if span is not None)
    note_tokens = frozenset(t.i for a, b in notes
                            if (span := doc.char_span(a, b, alignment_mode="expand")) is not None for t in span)
    referee = closing_referee(text, [b for _, b in items])
    referee_span = doc.char_span(*referee) if referee else None
    return _Lineups(spans, frozenset(start for start, _ in spans), note_tokens,
                    (referee_span.start, referee_span.end) if referee_span is not None else None)


def lineup_starts(doc: Doc) -> frozenset[int]:
    """Token indices where the names of the article's line-ups start."""
    return _lineups(doc).starts


def in_lineup_note(doc: Doc, start: int) -> bool:
    """Does token `start` lie in a bracketed note of a line-up item (a club: "(Calvisano)")?"""
    return start in _lineups(doc).note_tokens


def drop_lineup_note_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people named only in line-up notes: clubs the model took for people."""
    for person in people:
        if person.mentions and all(in_lineup_note(doc, s) for s, _ in person.mentions):
            person.mentions = []


def lineup_forms(doc: Doc, rules: frozenset[str]) -> list[Form]:
    """The players of the article's line-up lines as name forms."""
    lineups = _lineups(doc)
    spans = lineups.spans if "lineups" in rules else ()
    if "referees" in rules and lineups.referee is not None:
        spans = (*spans, lineups.referee)
    if not spans:
        return []
    text = doc_text(doc)
    forms = []
    for start, end in spans:
        span = doc[start:end]
        if is_credit(text, span.start_char, span.end_char, rules):
            continue
        forms.append(Form(start, end, " ".join(span.text.split())))
    return forms
