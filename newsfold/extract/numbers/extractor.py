"""Quantities in an article: money, percents, durations, measures, counts, ordinals.

`extract_numbers(doc)` reads the spaCy Doc of an article body and returns one NumberMention per
quantity, with offsets into `doc.text`. The work is mostly character-level (regular expressions
over the text are more reliable than the tokenizer for "$1.13bn", "640bhp" or "US $473 million");
spaCy is used for what needs grammar: the counted noun ("seven European nations"), proper-noun
identifiers ("Article 5", "FTSE 100") and year detection (DATE entities).

Stages, each in its own module (word lists and unit, currency and scale tables in `lexicon`):
  1. atoms: blocked spans (clock times, numeric dates, phone numbers, coordinates, URLs, scores and
     votes "2-1"), then digit numbers, fractions and mixed fractions ("7-3/4"), scientific notation,
     and written numbers (`words`)
  2. reading: each atom reads its sign and currency (left), scale, unit, currency word and rate
     (right), with the readers of `currency` and `units`
  3. filters: years, dates next to month names, identifiers, codes glued to letters, "one" as pronoun,
     labels ("in year two", "the last four")
  4. ranges: "between X and Y", "X to Y", "X-Y", "from X (...) to Y", "to X from Y"; scores and
     model numbers ("737-800") read as ranges are dropped
  5. qualifiers from the words around; counted: the counted noun from spaCy, elided units
     ("up from 2.4 million")

Conventions (shared with the NewsQuant gold):
  * value in base units of the written scale: "£4.5 billion" -> 4.5e9 GBP; percents stay 20 for "20%";
    cents, pence and sen keep their own unit ("84.75 cents" -> 84.75 cent).
  * ranges are stored low..high (value <= value_max) with qualifier "range"; vague plurals
    ("hundreds of thousands") are approximate with value_max = 10 * value.
  * counts: unit is the counted noun as written ("troops"), counted its noun phrase
    ("military casualties"); proportions ("one in five adults") have no unit, counted = "adults".
  * ordinals are kind "ordinal" (kept apart); years, dates, clock times, phone numbers and
    identifiers are not quantities.
"""

from __future__ import annotations

import math

from newsfold.extract.numbers.atoms import find_atoms
from newsfold.extract.numbers.counted import (
    inherit_dimension_units,
    inherit_elided_units,
    set_counted,
)
from newsfold.extract.numbers.filters import is_not_a_quantity, listed_after_a_name
from newsfold.extract.numbers.lexicon import DURATION_UNITS
from newsfold.extract.numbers.naming import public_unit
from newsfold.extract.numbers.neighbours import TokenIndex
from newsfold.extract.numbers.qualifiers import set_qualifier
from newsfold.extract.numbers.quantity import Quantity
from newsfold.extract.numbers.ranges import drop_scores, merge_fractions_of, merge_ranges
from newsfold.extract.numbers.reading import read_around
from newsfold.extract.numbers.view import ReadingView
from newsfold.nlp.doc_text import doc_text
from newsfold.records import NumberMention


def _filter_and_read(text: str, atoms: list[Quantity], index: TokenIndex) -> list[Quantity]:
    """Read around each atom left to right and keep the quantities; an atom inside a kept span is skipped."""
    atoms.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[Quantity] = []
    consumed_until = -1
    dropped: Quantity | None = None  # the last atom found not to be a quantity
    for q in atoms:
        if q.start < consumed_until:
            continue
        read_around(text, q)
        if q.word_kind == "ordinal" and q.written:
            token = index.token(q.start)
            if token is not None and token.ent_type_ not in ("ORDINAL", ""):
                continue
        if is_not_a_quantity(text, q, index) or listed_after_a_name(text, q, index, dropped):
            consumed_until = max(consumed_until, q.num_end)
            dropped = q
            continue
        kept.append(q)
        consumed_until = max(consumed_until, q.end)
    return kept


def _to_mention(text: str, q: Quantity) -> NumberMention:
    kind = q.kind
    if q.unit in DURATION_UNITS and kind == "measure":
        kind = "duration"
    qualifier = q.qualifier
    value_max = q.value_max
    if value_max is not None and qualifier not in ("range", "approximate"):
        qualifier = "range"
    return NumberMention(text=text[q.start:q.end], start_char=q.start, end_char=q.end, value=float(q.value),
                         unit=public_unit(q.unit, kind), kind=kind, qualifier=qualifier,
                         value_max=float(value_max) if value_max is not None else None, counted=q.counted)


def extract_numbers(doc) -> list[NumberMention]:
    """Every quantity in the Doc's text, left to right, with offsets into `doc.text`."""
    body = doc_text(doc)  # joined once per Doc, shared with the people and quote rules
    view = ReadingView(body)
    text = view.text
    index = TokenIndex(doc, text)
    index.caseless = view.caseless
    atoms = find_atoms(text)
    for q in atoms:
        if view.caseless(q.start):
            q.flags.add("caseless")
    quantities = _filter_and_read(text, atoms, index)
    quantities = merge_ranges(text, quantities)
    quantities = merge_fractions_of(text, quantities)
    quantities = drop_scores(text, quantities, index)
    for q in quantities:
        set_qualifier(text, q)
        set_counted(text, q, index)
    inherit_elided_units(text, quantities)
    inherit_dimension_units(text, quantities)
    return [_to_mention(body, q) for q in quantities if math.isfinite(q.value)]


__all__ = ["extract_numbers"]
