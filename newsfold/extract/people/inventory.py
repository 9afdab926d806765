"""Pass 2, inventory: candidate forms grouped into article-local people. A surname or first name
joins the full name it abbreviates; two full names sharing a surname stay apart."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterator

from spacy.tokens import Doc

from newsfold.extract.people.forms import Form, flat
from newsfold.extract.people.lexicon import KNIGHTLY_HONORIFICS, PLAIN_HONORIFICS, TITLE_EVIDENCE
from newsfold.extract.people.names import fold_tokens, names_compatible, surname_tokens, translit_key
from newsfold.extract.people.resources import first_name_gender


@dataclass
class LocalPerson:
    """One person of the article as the passes build it: forms, roles, mentions (token ranges)."""

    name: str
    forms: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token ranges
    alias_forms: list[str] = field(default_factory=list)  # other names ("real name Shawn Carter"): never the name
    full_name: str = ""  # a name the text implies but never writes whole ("Robin [and Barry] Gibb")


def final_name(doc: Doc, person: LocalPerson) -> str:
    """The name a mentioned person is listed by: a name the text implies (`full_name`), else the fullest
    form that is no alias; among equals the most frequent, then the first seen."""
    if person.full_name:
        return person.full_name
    counts = Counter(flat(doc[s:e].text) for s, e in person.mentions)
    names = [f for f in counts if f not in person.alias_forms] or list(counts)
    return max(names, key=lambda f: (len(f.split()), counts[f],
                                     -person.forms.index(f) if f in person.forms else 0))


def fullest_mentions(person: LocalPerson) -> list[tuple[int, int]]:
    """The person's mentions of the most words: the rules that drop a name judge "Foxx's movie Ray"
    by "Ray Charles", not by "Ray"."""
    full = max((e - s for s, e in person.mentions), default=0)
    return [(s, e) for s, e in person.mentions if e - s == full]


def is_titled(doc: Doc, person: LocalPerson, titles: frozenset[str] = TITLE_EVIDENCE) -> bool:
    """Is a mention of the person right after a title ("Mr Blair")? A title vouches for a person."""
    return any(s > 0 and doc[s - 1].text in titles for s, _ in person.mentions)


def untitled_people(doc: Doc, people: list[LocalPerson]) -> Iterator[LocalPerson]:
    """The mentioned people with no role and no title: the ones a drop rule may judge (a title or a role
    vouches for a person whatever the sentence)."""
    for person in people:
        if person.mentions and not person.roles and not is_titled(doc, person):
            yield person


def drop_untitled_people_where(doc: Doc, people: list[LocalPerson], judge: Callable[[Doc, int, int], bool]) -> None:
    """Empty the mentions of untitled, role-less people whose fullest mentions all meet `judge` (listed
    with firms, moving as a stock): a title or a role vouches for a person whatever the sentence."""
    for person in untitled_people(doc, people):
        if all(judge(doc, s, e) for s, e in fullest_mentions(person)):
            person.mentions = []


def move_as_alias(person: LocalPerson, target: LocalPerson, forms: list[str]) -> None:
    """Give the person's mentions to `target`, with `forms` as its alias forms (never its name)."""
    target.mentions.extend(person.mentions)
    for form in forms:
        if form not in target.forms:
            target.forms.append(form)
        target.alias_forms.append(form)
    person.mentions = []


def named_by_one_word(person: LocalPerson) -> bool:
    """Is the person mentioned, and by one word each time ("Wippit", "said Kudja")?"""
    return bool(person.mentions) and all(e - s <= 1 for s, e in person.mentions)


def drop_one_word_people_where(doc: Doc, people: list[LocalPerson], judge: Callable[[Doc, int, int], bool]) -> None:
    """Empty the mentions of untitled people named by one word only of whom any mention meets `judge`
    (modifies a sports post, employs a post, is owned in shares): one such use shows a club or a firm."""
    for person in people:
        if not named_by_one_word(person) or is_titled(doc, person):
            continue
        if any(judge(doc, s, e) for s, e in person.mentions):
            person.mentions = []


def build_inventory(forms: list[Form]) -> tuple[list[LocalPerson], dict[int, int]]:
    """Group forms into people. Returns the people and, per form index, its person index."""
    people: list[LocalPerson] = []
    assignment: dict[int, int] = {}
    order = sorted(range(len(forms)), key=lambda i: (-len(fold_tokens(forms[i].text)), forms[i].start))
    for i in order:
        form = forms[i]
        tokens = fold_tokens(form.text)
        if not tokens:
            continue
        if len(tokens) > 1:
            match = next(
                (p for p, person in enumerate(people)
                 if len(fold_tokens(person.name)) > 1 and names_compatible(person.name, form.text)),
                None,
            )
        else:
            match = _match_single(people, tokens[0], form, forms, assignment)
        if match is None:
            people.append(LocalPerson(name=form.text))
            match = len(people) - 1
        assignment[i] = match
        people[match].forms.append(form.text)
    return people, assignment


def gender_clash(gender: str, name: str) -> bool:
    """Does a woman's honorific ("Mrs Clinton") meet a full name whose given name is a man's ("Bill
    Clinton")? Only a sure guess counts: "Bernie", "Lee" or "Robin" are either."""
    return gender == "female" and first_name_gender(name) == "m"


def _hyphen_halves(name: str) -> set[str]:
    """The folded parts of a name's hyphenated last word ("Kilroy-Silk" -> kilroy, silk)."""
    parts = name.split()[-1].split("-")
    return {folded[0] for part in parts if (folded := fold_tokens(part))} if len(parts) > 1 else set()


def _match_single(people, token, form, forms, assignment) -> int | None:
    """A lone surname (or first name) joins the full name it abbreviates; when several full
    names share it, the nearest one mentioned before it wins. A woman's honorific never joins a
    man's full name; "Mr Blair" is not "Sir Ian Blair" when a "Tony Blair" is there."""
    by_surname = [p for p, person in enumerate(people)
                  if any(translit_key(token) == translit_key(s) for s in surname_tokens(person.name))]
    candidates = by_surname or [
        p for p, person in enumerate(people)
        if len(fold_tokens(person.name)) > 1 and fold_tokens(person.name)[0] == token
    ] or [
        # "Mr Kilroy" for Robert Kilroy-Silk, "Chien said" for Wang Chien-hsien: half of a hyphenated last word
        p for p, person in enumerate(people)
        if len(fold_tokens(person.name)) > 1 and token in _hyphen_halves(person.name)
    ]
    candidates = [p for p in candidates if not gender_clash(form.gender, people[p].name)]
    if len(candidates) > 1 and form.honorific in PLAIN_HONORIFICS:
        untitled = [p for p in candidates if not any(
            q == p and forms[i].honorific in KNIGHTLY_HONORIFICS for i, q in assignment.items())]
        candidates = untitled or candidates
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    # Several full names share it: news introduces its main subject first ("Hillary Clinton"
    # before "Chelsea Clinton"), and a bare surname usually means that one.
    first_seen = {p: min(forms[i].start for i, q in assignment.items() if q == p) for p in candidates}
    return min(candidates, key=lambda p: first_seen[p])
