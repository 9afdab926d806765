"""A party called by a short form of its name ("the Lib Dems") named by its full name when the article
writes it ("Liberal Democrats"): the fullest written name, as for any organisation."""

from __future__ import annotations

from newsfold.extract.quotes.lexicon import PARTY_SHORT_NAMES


def party_full_name(name: str | None, text: str) -> str | None:
    """`name`'s full party name when `name` is a short one the article also writes in full; else `name`."""
    if not name:
        return name
    bare = name[4:] if name.lower().startswith("the ") else name
    full = PARTY_SHORT_NAMES.get(bare.lower())
    return full if full is not None and full in text else name
