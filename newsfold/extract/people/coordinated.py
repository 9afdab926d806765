"""Given names coordinated before one surname: "Robin and Barry Gibb" names Robin Gibb."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.inventory import LocalPerson
from newsfold.extract.people.lexicon import OFFICE_TITLES, PLURAL_HONORIFICS
from newsfold.extract.people.resources import is_known_first_name

# Mentions of a given name coordinated before a full name beyond which it is taken for a whole name
# ("Robin and Barry Gibb" names Robin once or twice; "Gibb" follows, not "Robin").
MAX_LONE_MENTIONS = 2


def complete_coordinated_given_names(doc: Doc, people: list[LocalPerson]) -> None:
    """Give a person known only by a given name the surname of the full name coordinated right after
    it ("Robin and Barry Gibb": `full_name` "Robin Gibb"), when that full name opens with a given name
    too and the two are no list's last items; "Bonnie and Clyde" or "Ant and Dec" have none to share."""
    full_at = {s: doc[s:e] for person in people for s, e in person.mentions
               if e - s >= 2 and is_known_first_name(doc[s].text)}
    for person in people:
        if len(person.name.split()) != 1 or not is_known_first_name(person.name):
            continue
        if any(e - s != 1 for s, e in person.mentions):
            continue
        if len(person.mentions) > MAX_LONE_MENTIONS:
            continue  # "Madonna and Elton John", then "Madonna" alone again and again: her whole name
        for s, _ in person.mentions:
            if s > 0 and doc[s - 1].text in (",", ";"):
                continue  # the end of a list ("Brandy, Monica and Lauryn Hill") names each whole
            if not (s + 2 < len(doc) and doc[s + 1].lower_ in ("and", "&") and s + 2 in full_at):
                continue
            if _after_plural_title(doc, s):
                continue  # "Presidents Reagan and George W. Bush": a plural title, two surnames
            person.full_name = f"{person.name} {full_at[s + 2][-1].text}"
            break


def _after_plural_title(doc: Doc, s: int) -> bool:
    """Does a plural title ("Messrs", "Presidents") stand before token s, line breaks skipped?"""
    before = next((t for t in reversed(doc[:s]) if not t.is_space), None)
    return before is not None and (before.text in PLURAL_HONORIFICS or (
        before.text.endswith("s") and before.text[:-1] in OFFICE_TITLES))
