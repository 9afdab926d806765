"""Each of the article's people's gender as the article shows it (PeopleIndex.gender), for the gender
check of a he/she or a gendered role ("the mother") against the person it is resolved to."""

from __future__ import annotations

import re
from typing import Sequence

from newsfold.extract.people.lexicon import ENGLISH_NEWS_COUNTRIES, HONORIFIC_GENDER
from newsfold.extract.people.resources import first_name_gender, given_name_gender
from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.lexicon import GENDERED_REFLEXIVES, PRONOUN_GENDER, ROLE_GENDER
from newsfold.records import ArticlePerson, PersonMention
from newsfold.extract.quotes.speakers.mention_spans import mention_span


def genders_shown(art: ParsedArticle, people: Sequence[ArticlePerson],
                  mentions: Sequence[PersonMention]) -> dict[str, str]:
    """Each person's gender as the article shows it, when it does: an honorific before a mention
    ("Mrs. Clinton"), a gendered role ("spokeswoman"), the first name (a weaker vote: "Wendy
    Golden"), a reflexive object of the verb the person is the subject of ("Trump cast himself
    as ..."). Unknown or mixed: left out. (His/her in the person's clause is too often somebody
    else's: "Warren grilled Stumpf about his bank".)"""
    votes: dict[str, list[int]] = {}
    doc, text = art.doc, art.text  # the article's text, joined once (Doc.text joins its tokens on each read)
    for p in people:
        first = first_name_gender(p.name)
        if first is None and art.on("mostly_given_name"):
            first = english_mostly_gender(p.name)
        if first is not None:
            votes.setdefault(p.local_key, [0, 0])[first == "f"] += 1
        for r in p.roles:
            for w in re.findall(r"[\w'-]+", r.lower()):
                if w in ROLE_GENDER:
                    votes.setdefault(p.local_key, [0, 0])[ROLE_GENDER[w] == "f"] += 2
    for m in mentions:
        v = votes.setdefault(m.local_key, [0, 0])
        before = re.search(r"\b(\w+)\.?\s*$", text[max(0, m.start_char - 6):m.start_char])
        word = text[m.start_char:m.end_char].split(".")[0].lower()
        for w in (before.group(1).lower() if before else "", word):
            if w in HONORIFIC_GENDER:
                v[HONORIFIC_GENDER[w] == "f"] += 2
        span = mention_span(doc, m)
        if span is None:
            continue
        root = span.root
        if root.dep_ != "nsubj" or root.head.i == root.i:
            continue
        verb = root.head
        for t in verb.subtree:
            if t.i > root.i and t.lower_ in GENDERED_REFLEXIVES and t.head.i == verb.i:
                v[PRONOUN_GENDER[t.lower_] == "f"] += 1
                break  # the first one: later ones may be somebody else's
    out = {}
    for key, (m_votes, f_votes) in votes.items():
        if m_votes > f_votes:
            out[key] = "m"
        elif f_votes > m_votes:
            out[key] = "f"
    return out


# gender-guesser's answers that lean to one sex.
_LEANS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


def english_mostly_gender(name: str) -> str | None:
    """"m" or "f" for a full name whose given name gender-guesser, without a country, calls only mostly
    of one sex or either ("mostly_female"), but which every English-news country leans to that same sex
    ("Kelly Ayotte": mostly female in Britain, Ireland and the US); None when one of them calls it
    either or unknown ("Lindsey": "andy" in Ireland; "Bernie": mostly male in the US only) or the
    countries disagree, and for names the plain first-name vote settles or vetoes ("Jean": male
    across Europe, mostly female in English news)."""
    words = name.split()
    if len(words) < 2 or given_name_gender(words[0]) in ("male", "female", "unknown"):
        return None
    leans = {_LEANS.get(given_name_gender(words[0], country)) for country in ENGLISH_NEWS_COUNTRIES}
    return leans.pop() if len(leans) == 1 and None not in leans else None
