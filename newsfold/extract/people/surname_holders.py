"""Bare surnames several of the article's people share, given to the holder each one names.

The inventory and the rescan give such a surname to one holder for the whole article, the one named
first, which may be wrong for a later stretch ("Trump said" after "his daughter Ivanka Trump" speaks,
"Smith said" after "Patricia Smith, mother of Sean Smith"). A bare surname names a holder named in full
before it; of those, one not introduced as somebody's relative (news names relatives by given name
afterwards), and of them the one named last. The people table, its mention counts and the quotes'
speakers all read these mentions."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.forms import flat, honorific_gender
from newsfold.extract.people.inventory import LocalPerson, final_name, gender_clash
from newsfold.extract.people.person_evidence import after_relation_noun


def give_surnames_to_holders(doc: Doc, people: list[LocalPerson]) -> None:
    """Move each bare mention of a surname two or more mentioned people share to the holder it names."""
    holders: dict[str, list[int]] = {}
    names = {p: final_name(doc, person) for p, person in enumerate(people) if person.mentions}
    for p, name in names.items():
        words = name.split()
        if len(words) > 1:
            holders.setdefault(words[-1].lower(), []).append(p)
    shared = {w: ps for w, ps in holders.items() if len(ps) > 1}
    if not shared:
        return
    mentions = sorted((s, e, p) for p, person in enumerate(people) for s, e in person.mentions)
    last_full: dict[int, int] = {}  # each holder's last full mention so far
    relative: dict[int, bool] = {}  # every full mention of the holder so far names a relative
    for s, e, p in mentions:
        words = doc[s:e].text.split()
        owners = shared.get(words[-1].lower(), []) if words else []
        if p not in owners:
            continue
        if len(words) > 1:
            last_full[p] = s
            relative[p] = relative.get(p, True) and after_relation_noun(doc, s, comma=True)
            continue
        gender = honorific_gender(doc, s)  # "Ms. Trump" is no Donald Trump, however named
        named = [q for q in owners if q in last_full and not gender_clash(gender, names[q])]
        chosen = [q for q in named if not relative[q]] or named
        if chosen and p not in chosen:
            _move_mention(people[p], people[max(chosen, key=lambda q: last_full[q])], (s, e), doc)


def _move_mention(source: LocalPerson, target: LocalPerson, mention: tuple[int, int], doc: Doc) -> None:
    source.mentions.remove(mention)
    target.mentions.append(mention)
    target.mentions.sort()
    form = flat(doc[mention[0]:mention[1]].text)
    if form not in target.forms:
        target.forms.append(form)
