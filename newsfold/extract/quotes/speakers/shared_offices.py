"""An office the article gives two places ("the senator from Texas" for Cruz, "The senator from
Florida" for Rubio): "the senator" alone then singles out no one, whoever the people extraction
gave the bare role "senator" (it keeps "senator" of "the senator from Texas" and drops the place).
Such a bare role is dropped from the speaker index, so "the senator" goes with the person the last
sentences are about, as any description whose role several people hold."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfold.extract.quotes.lexicon import PLACE_OFFICE_NOUNS

# Entity types of the place an office is of ("the senator from Florida", "the Ohio governor").
OFFICE_PLACE_ENTS = frozenset({"GPE", "LOC"})


def drop_shared_offices(doc: Doc, role_lists: dict[str, list[list[str]]]) -> None:
    """Drops, in place, every one-word role ("senator") that is an office of a place
    (PLACE_OFFICE_NOUNS) the article writes with two places or more."""
    shared = {office for office in {r[0] for rs in role_lists.values() for r in rs if len(r) == 1} & PLACE_OFFICE_NOUNS
              if len(_places_of(doc, office)) > 1}
    if not shared:
        return
    for key, roles in role_lists.items():
        role_lists[key] = [r for r in roles if not (len(r) == 1 and r[0] in shared)]


def _places_of(doc: Doc, office: str) -> set[str]:
    """The places the article writes the office noun with: "from" a place after it, or a place
    right before it."""
    places: set[str] = set()
    for t in doc:
        if t.lemma_.lower() != office or t.pos_ not in ("NOUN", "PROPN"):
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                places |= {_place(p) for p in c.children if p.dep_ == "pobj" and p.ent_type_ in OFFICE_PLACE_ENTS}
            elif c.dep_ in ("compound", "amod") and c.ent_type_ in OFFICE_PLACE_ENTS and c.i < t.i:
                places.add(_place(c))
    return places


def _place(t: Token) -> str:
    """The whole place name a token of it stands in ("New Jersey" for "Jersey")."""
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    return (ent.text if ent is not None else t.text).lower()
