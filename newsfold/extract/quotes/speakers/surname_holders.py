"""Bare surnames several of the article's people share, given to the holder each one names.

The people extractor gives such a surname to one holder for the whole article, which may be one
first named after it ("Trump said" in the lead, "his daughter Ivanka Trump" later on). A bare
surname names a holder named in full before it; of those, one not introduced as somebody's
relative (news names relatives by given name afterwards), and of them the one named last."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newsfold.extract.people.person_evidence import after_relation_noun
from newsfold.records import ArticlePerson, PersonMention


def surname_holders(doc: Doc, people: Sequence[ArticlePerson], mentions: Sequence[PersonMention]) -> list[PersonMention]:
    """The mentions in text order, each bare shared surname given to the holder it names."""
    surnames: dict[str, list[str]] = {}
    for p in people:
        words = p.name.split()
        if len(words) > 1:
            surnames.setdefault(words[-1].lower(), []).append(p.local_key)
    shared = {w: keys for w, keys in surnames.items() if len(keys) > 1}
    ordered = sorted(mentions, key=lambda m: m.start_char)
    if not shared:
        return ordered
    out: list[PersonMention] = []
    last_full: dict[str, int] = {}  # each holder's last full mention so far
    relative: dict[str, bool] = {}  # every full mention of the holder so far named a relative
    for m in ordered:
        words = m.text.split()
        holders = shared.get(words[-1].lower(), []) if words else []
        if m.local_key in holders and len(words) > 1:
            last_full[m.local_key] = m.start_char
            relative[m.local_key] = relative.get(m.local_key, True) and _named_as_relative(doc, m)
        elif m.local_key in holders:
            named = [k for k in holders if k in last_full]
            chosen = [k for k in named if not relative[k]] or named
            if chosen and m.local_key not in chosen:
                owner = max(chosen, key=lambda k: last_full[k])
                m = PersonMention(text=m.text, start_char=m.start_char, end_char=m.end_char, local_key=owner)
        out.append(m)
    return out


def _named_as_relative(doc: Doc, m: PersonMention) -> bool:
    """The full name follows a relation noun: "his daughter Ivanka Trump", "his wife, Jane Sanders"."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    return span is not None and after_relation_noun(doc, span.start, comma=True)
