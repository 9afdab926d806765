"""Works in award lists, named like people: "Actress: Annette Bening, "Being Julia"; Imelda Staunton, "Vera
Drake"; Hilary Swank, "Million Dollar Baby"", or a line "Jamie Foxx, Ray" or "Best actor: Jamie Foxx for Ray".
Each item of such a list names a nominee, then after a comma (or "for") the work the nomination is for; a name
in that place is the work's title, however the model tagged it. The items are parts of a sentence between
semicolons, or the short lines of a list.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.coordinated_groups import listed_with
from newsfold.extract.people.inventory import LocalPerson, drop_untitled_people_where, untitled_people
from newsfold.extract.people.layout import list_item_lines
from newsfold.extract.people.lexicon import (
    AWARD_WORDS,
    BEST_WORD,
    LIST_ITEM_SEPARATORS,
    QUOTE_MARKS,
    WORK_SLOT_OPENERS,
)
from newsfold.extract.people.lineups import lineup_starts
from newsfold.extract.people.list_items import breaks_line, item_end, item_start, separated_item
from newsfold.extract.people.surnames import bare_initial
from newsfold.nlp.doc_text import doc_text

MIN_WORK_SLOTS = 2  # items of the "Nominee, Work" shape that show the list (one may be a name and a place)


class NomineeList:
    """The items of one article's award lists, read once: the work slots ("Nominee, Work") and the items."""

    def __init__(self, doc: Doc, people: list[LocalPerson]):
        self.doc = doc
        self.person_tokens = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e} | {
            k for p in people for s, e in p.mentions for k in range(s, e)}
        text = doc_text(doc)
        self.lines = list_item_lines(text)
        # a team's line-up parts its positions by semicolons too ("C Hodgson, H Ellis; G Rowntree, ..."; "Shaw,
        # Purdy; Hart, ..."): there a player is named by an initial or a surname, a nominee by a full name
        lineup = lineup_starts(doc)
        self.slots = [k + 1 for k in range(1, len(doc))
                      if doc[k].lower_ in WORK_SLOT_OPENERS and self._nominee_before(k)
                      and (k + 1 not in lineup or self._full_name_before(k))]

    def in_list_item(self, i: int) -> bool:
        """Is token i in an item of a list: one a semicolon opens or closes, or a short line of a list?"""
        if separated_item(self.doc, i) is not None:
            return True
        char = self.doc[i].idx
        return any(a <= char < b for a, b in self.lines)

    def _nominee_before(self, opener: int) -> bool:
        """Does a person's name open the item and end at the slot's opener ("Imelda Staunton," after "Actress:")?"""
        if opener - 1 not in self.person_tokens:
            return False
        i = opener - 1
        while i > 0 and i - 1 in self.person_tokens and not breaks_line(self.doc, i - 1):
            i -= 1  # (a name the model ran across a line break ends there)
        return item_start(self.doc, opener - 1) == i

    def _full_name_before(self, opener: int) -> bool:
        """Is the nominee before the slot's opener two words or more, opened by no bare initial ("Jamie Foxx")?"""
        start = item_start(self.doc, opener - 1)
        return opener - start >= 2 and not bare_initial(self.doc[start].text)

    def names_a_work(self, start: int, end: int, person: LocalPerson) -> bool:
        """Is the mention at [start, end) the work of an item "Nominee, Work": it opens the part after the
        nominee's comma or "for" (quote marks aside), which runs to the item's end with no other comma outside
        quotes, and the nominee is not the person judged?"""
        k = start
        while k > 0 and self.doc[k - 1].text in QUOTE_MARKS:
            k -= 1
        if k not in self.slots or any(s <= k - 2 < e for s, e in person.mentions):
            return False
        quoted = k < start
        after = item_end(self.doc, start)
        return quoted or not any(self.doc[j].text == "," for j in range(end, after))


def drop_nominated_work_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled, role-less people named as a nominated work in a list of at least
    MIN_WORK_SLOTS such items, and met only in list items ("Ray" among the best pictures too)."""
    if not any(t.text in LIST_ITEM_SEPARATORS or "\n" in t.text_with_ws for t in doc):
        return
    lists = NomineeList(doc, people)
    if len(lists.slots) < MIN_WORK_SLOTS:
        return
    for person in untitled_people(doc, people):
        if any(lists.names_a_work(s, e, person) for s, e in person.mentions) and all(
                lists.in_list_item(s) for s, _ in person.mentions):
            person.mentions = []


AWARD_REACH = 6  # words back from "for" to the award's word ("best actress in a comedy for")


def awarded_for(doc: Doc, start: int, end: int) -> bool:
    """Is the mention what an award is for, in running text: "for" before it, and an award's word a few words
    before that in the same clause ("named best actress for Vera Drake", "an award at the Golden Globes for
    Ray")? A name modifying a noun after it ("for Ray Charles biopic") or owning one ("for Ray's sake") is no
    title, nor one listed with people."""
    if start == 0 or doc[start - 1].lower_ != "for":
        return False
    if end < len(doc) and (doc[end].tag_ == "POS" or (doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end)):
        return False
    if any(doc[k].ent_type_ == "PERSON" for k in listed_with(doc, start, end)):
        return False  # "best presenters for Richard McCourt and Dominic Wood": people the award is for
    for k in range(start - 2, max(start - 2 - AWARD_REACH, -1), -1):
        if doc[k].is_punct or doc[k].is_space:
            return False
        if doc[k].lower_ in AWARD_WORDS or (doc[k].lower_ == BEST_WORD and doc[k].dep_ == "amod"):
            return True
    return False


def drop_awarded_work_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled, role-less people met only as what an award is for."""
    drop_untitled_people_where(doc, people, awarded_for)
