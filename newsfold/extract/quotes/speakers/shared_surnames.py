"""A surname that two of the article's people may share: which of them a speaker is.
- A bare surname several of the article's people share ("Patricia Smith, mother of Benghazi victim
  Sean Smith, ... / 'She lied to me,' Smith said"): the people extractor gives it to the one named
  last, which may be a relative named inside the other's description. Then it is the person whose
  description that was (not a relative named on his own later: "His father, Ernie LeBlanc, says
  ..." after "Jason Marcel LeBlanc had ...").
- A speaker written with a given name of his own before a surname the people extraction gave to
  somebody else ("German Ortega says ..." in an article about the brothers German and Freddy
  Ortega, where the tagger read "German" as a nationality and "Ortega" went to Freddy): that person
  is not the speaker, whose own name is then the one written."""

from __future__ import annotations

from spacy.tokens import Span

from newsfold.extract.people.lexicon import HONORIFICS, OFFICE_TITLES, ROLE_WORDS
from newsfold.extract.people.resources import given_name_gender
from newsfold.extract.quotes.lexicon import GIVEN_NAME_ANSWERS, SPEECH_VERB_FORMS
from newsfold.extract.quotes.speakers.mention_spans import mention_span
from newsfold.extract.quotes.speakers.people_index import PeopleIndex
from newsfold.records import PersonMention

# A title before a surname ("Judge Curiel", "General Clark") is no given name, whatever names it may also be.
_TITLES = frozenset(w.lower().rstrip(".") for w in HONORIFICS | OFFICE_TITLES | ROLE_WORDS)


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
    own_span = mention_span(index.doc, own) if own else None
    if own_span is None:
        return m.local_key
    for key, full in last.items():
        span = mention_span(index.doc, full)
        if key != m.local_key and span is not None and full.start_char < own.start_char \
                and own_span.root in span.root.subtree and index.is_subject(full):
            return key
    return m.local_key


def other_given_name(speaker: Span, m: PersonMention, index: PeopleIndex) -> bool:
    """The mention covers only the speaker's surname, and the word right before it in the speaker's
    name is a given name that none of the mention's person's names or roles has."""
    head = speaker.root
    if m.start_char != head.idx or head.i - 1 < speaker.start:
        return False
    given = head.doc[head.i - 1]
    if given.pos_ != "PROPN" or not given.is_alpha or not given.is_title or given.head.i != head.i \
            or given.dep_ != "compound" or given.lower_ in _TITLES or given.lower_ in SPEECH_VERB_FORMS:
        return False
    person = index.people.get(m.local_key)
    if person is None or len(person.name.split()) < 2 or given.lower_ in index.name_words.get(m.local_key, set()) \
            or any(given.lower_ in role for role in index.role_lists.get(m.local_key, [])):
        return False
    return given_name_gender(given.text) in GIVEN_NAME_ANSWERS
