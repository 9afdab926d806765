"""A bare surname that several of the article's people share ("Patricia Smith, mother of Benghazi
victim Sean Smith, ... / 'She lied to me,' Smith said"): the people extractor gives it to the one
named last, which may be a relative named inside the other's description. Then it is the person
whose description that was (not a relative named on his own later: "His father, Ernie LeBlanc,
says ..." after "Jason Marcel LeBlanc had ...")."""

from __future__ import annotations

from newsfold.extract.quotes.speakers.people_index import PeopleIndex
from newsfold.records import PersonMention


def surname_owner(index: PeopleIndex, m: PersonMention) -> str:
    """The person a bare-surname mention names: m's own person, unless the surname is shared and
    that person was last named in full inside another holder's description, that holder's
    mention last before it."""
    word = m.text.strip().lower()
    if " " in word or not word:
        return m.local_key
    holders = [k for k, p in index.people.items() if p.name.split() and p.name.split()[-1].lower() == word]
    if len(holders) < 2 or m.local_key not in holders:
        return m.local_key
    last: dict[str, PersonMention] = {}
    for other in index.mentions:
        if other.start_char >= m.start_char:
            break
        if other.local_key in holders and " " in other.text.strip():
            last[other.local_key] = other
    own = last.get(m.local_key)
    own_span = index.doc.char_span(own.start_char, own.end_char, alignment_mode="expand") if own else None
    if own_span is None:
        return m.local_key
    for key, full in last.items():
        span = index.doc.char_span(full.start_char, full.end_char, alignment_mode="expand")
        if key != m.local_key and span is not None and full.start_char < own.start_char \
                and own_span.root in span.root.subtree and index.is_subject(full):
            return key
    return m.local_key
