"""The name an article writes in full for an organisation a speaker calls otherwise: a name cut
short to its first letters ("the Fed" -> "the Federal Reserve") and a common noun that is the head
of one organisation's name ("the fund" -> "International Monetary Fund", "the chamber" -> "Chamber
of Mines"). Only a name the article writes: the tracker resolves a body's other names to the one
its article gives it in full ("Samsung" -> "Samsung Electronics Co.", "The parole board" -> "Parole
Board of Canada"). A party's nickname ("the Tories") is left as written: no tracker gold says what
it is resolved to, and the helper sets differ; a short form of a party's name ("the Lib Dems") is
not a nickname: it takes the full name the article writes ("Liberal Democrats")."""

from __future__ import annotations

from newsfold.extract.quotes.lexicon import NAME_HEAD_LINKS, PARTY_SHORT_NAMES, PERSON_NOUNS
from newsfold.extract.quotes.speakers.organisations import Organisations, without_the

# Letters a clipped name has ("Fed"); longer ones are names of their own ("Federation").
CLIPPED_NAME_LETTERS = (3, 4)
# A line of at least this many words, this share of them capitalised, is a headline in Title Case.
HEADLINE_MIN_WORDS = 4
HEADLINE_CAPITALS = 0.7


def name_in_full(name: str | None, orgs: Organisations) -> str | None:
    """`name` (a speaker's canonical name) as the article writes it in full (module docstring; a
    party's short name, party_full_name); `name` itself otherwise."""
    name = party_full_name(name, orgs.art.text)
    if not name:
        return name
    return clipped_name(without_the(name), orgs) or body_by_head(name, orgs) or name


def clipped_name(name: str, orgs: Organisations) -> str | None:
    """The organisation a one-word name cut short stands for ("Fed": "the Federal Reserve"): the
    one name of two words or more the article writes whose first word begins with it; None when
    no such name, or more than one, is written (or the short name is a form of its own that is
    no clipping: only a capitalised word of CLIPPED_NAME_LETTERS letters)."""
    if not (name.istitle() and name.isalpha() and CLIPPED_NAME_LETTERS[0] <= len(name) <= CLIPPED_NAME_LETTERS[1]):
        return None
    low = name.lower()
    firsts = {key for key in orgs.forms if len(key) > 1 and key[0].startswith(low) and len(key[0]) > len(low)
              and without_the(orgs.forms[key]).startswith(name)}  # as written: "@HillaryClinton" is no "Hill..."
    return _the_one(firsts, orgs)


def body_by_head(name: str, orgs: Organisations) -> str | None:
    """The organisation "the <noun>" stands for when the noun is the head of one organisation's
    name the article writes: its last word ("the fund": "International Monetary Fund") or the word
    its "of"/"for" phrase hangs on ("the chamber": "Chamber of Mines"); None when no name, or more
    than one, has that head, or the noun is one for a person."""
    words = name.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha() or not words[1].islower() \
            or words[1] in PERSON_NOUNS:
        return None
    noun = words[1]
    heads = {key for key in orgs.forms if len(key) > 1 and _head(key) == noun}
    return _the_one(heads, orgs)


def _head(key: tuple[str, ...]) -> str:
    """The head word of a name's folded words: the one before its first "of"/"for" ("chamber" of
    "chamber of mines"), else its last ("fund")."""
    return next((key[k - 1] for k in range(1, len(key)) if key[k] in NAME_HEAD_LINKS), key[-1])


def _headline_only(key: tuple[str, ...], orgs: Organisations) -> bool:
    """The form is first written in a line in Title Case ("San Bernardino Terror Suspect Named By
    Police"), where capitals make no name."""
    doc = orgs.art.doc
    span = doc.char_span(orgs.first_at[key], orgs.first_at[key] + 1, alignment_mode="expand")
    words = [t for t in span[0].sent if t.is_alpha] if span is not None and len(span) else []
    return len(words) >= HEADLINE_MIN_WORDS and sum(t.text[0].isupper() for t in words) >= HEADLINE_CAPITALS * len(words)


def _the_one(keys: set[tuple[str, ...]], orgs: Organisations) -> str | None:
    """The form of the one organisation the forms `keys` name, as written (a form another one goes
    on from, "Federal Reserve" of "Federal Reserve Board", is that one); None for none or several
    ("Bank of Canada" and "Royal Bank of Canada")."""
    keys = {k for k in keys if k in orgs.first_at and not _headline_only(k, orgs)}
    whole = [k for k in keys if not any(len(o) > len(k) and o[:len(k)] == k for o in keys)]
    return orgs.forms[whole[0]] if len(whole) == 1 else None


def party_full_name(name: str | None, text: str) -> str | None:
    """`name`'s full party name when `name` is a short one the article also writes in full; else `name`."""
    if not name:
        return name
    bare = name[4:] if name.lower().startswith("the ") else name
    full = PARTY_SHORT_NAMES.get(bare.lower())
    return full if full is not None and full in text else name


__all__ = ["name_in_full", "clipped_name", "body_by_head", "party_full_name", "CLIPPED_NAME_LETTERS"]
