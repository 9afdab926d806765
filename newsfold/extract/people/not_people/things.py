"""Lone names the article treats as things, not people: a firm or product it calls "it" or
"which" ("Archos launched its range", "a case brought by Eolas which claimed"), a name introduced
as a kind of thing across a comma or by "called" ("electronics firm, Montrose Secam", "a virus
called Bofra"), a place it lists with places or sets before a place noun ("Aberdeen and Peterhead",
"the Mackay region"), a product or a line named by a model code or a number word ("Clie PEG UX50",
"Line One")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsfold.extract.people.coordinated_groups import listed_with, listed_with_no_person
from newsfold.extract.people.inventory import LocalPerson, fullest_mentions, is_titled
from newsfold.extract.people.lexicon import (
    CLAUSE_BREAKS,
    EMPTY_IT_VERBS,
    HONORIFICS,
    INDEFINITE_ARTICLES,
    KINDS_ALSO_PEOPLE,
    NAMING_CUES,
    OFFICE_TITLES,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    ROLE_WORDS,
    SPEECH_VERBS,
    THING_KINDS,
)
from newsfold.extract.people.lineups import lineup_starts
from newsfold.extract.people.resources import is_english_word, is_known_first_name
from newsfold.nlp.lexicon import SENTENCE_ENDS
from newsfold.nlp.determiners import under_the
from newsfold.nlp.of_phrases import of_phrase_head


def _kind_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.text.islower() and token.lemma_.lower() in THING_KINDS


def _trade_of(doc: Doc, start: int, end: int, noun: Token) -> bool:
    """Is the kind noun after a full name led by a given name a person's trade ("Jo Flaherty, a senior
    broadcaster", "a colourful character")? Before the name it is not: "The main character, Robert Langdon,"."""
    return noun.lemma_.lower() in KINDS_ALSO_PEOPLE and end - start >= 2 and is_known_first_name(doc[start].text)


def _closes_sentence(doc: Doc, end: int) -> bool:
    """Does a full stop, "!" or "?" come right after the name?"""
    return end < len(doc) and doc[end].text in SENTENCE_ENDS


def _of_a_role(noun: Token) -> bool:
    """Is the kind noun the object of "of" after a role word ("the author of the book, Mitchell
    Zuckoff", "the leader of the party, ...")? The apposition names the role's holder, however the
    parser hung it."""
    role = of_phrase_head(noun)
    return role is not None and role.lemma_.lower() in ROLE_WORDS


def introduced_as_thing(doc: Doc, start: int, end: int) -> bool:
    """ "electronics firm, Montrose Secam", "its own engine, Tara": a kind noun right before the
    comma that opens the name's apposition, or one with "a" in an apposition right after the name
    ("AP VoteCast, a nationwide survey"); "a virus called Bofra", "a group known as Meibion
    Glyndwr": a kind noun before "called", "named" or "known as"."""
    last = doc[end - 1]
    if start >= 2 and doc[start - 1].text == "," and _kind_noun(doc[start - 2]) and not _of_a_role(doc[start - 2]) \
            and ((last.dep_ == "appos" and last.head.i == start - 2) or _closes_sentence(doc, end)):
        # ("his own play, Purlie Victorious." hangs the name elsewhere; "The main character, Robert Langdon,")
        return True
    after = [c for c in last.children if c.dep_ == "appos" and c.i > end and c.i - end <= 4]
    if end < len(doc) and doc[end].text == "," and any(
            _kind_noun(c) and any(w.dep_ == "det" and w.lower_ in INDEFINITE_ARTICLES for w in c.children)
            and not _trade_of(doc, start, end, c) for c in after):
        return True  # "AP VoteCast, a nationwide survey of voters": a kind noun close after, with "a"
    cue = next((len(c) for c in NAMING_CUES if tuple(t.lower_ for t in doc[max(start - len(c), 0):start]) == c), 0)
    return bool(cue) and start - cue >= 1 and _kind_noun(doc[start - cue - 1])


def _it_acts(verb: Token, clause: Token) -> bool:
    """Is the clause reported after the speech verb one whose subject "it" acts ("said it had
    hedged")? Not an empty "it" ("said it was hard", "it seemed fair"), nor a quote before the verb
    ("'It's important,' Richards said")."""
    return (clause.dep_ == "ccomp" and clause.i > verb.i and clause.pos_ == "VERB"
            and clause.lemma_ not in EMPTY_IT_VERBS
            and not any(a.dep_ == "auxpass" and a.lemma_ in EMPTY_IT_VERBS for a in clause.children)
            and any(w.dep_ == "nsubj" and w.lower_ == "it" for w in clause.children))


def _own_pronoun(doc: Doc, token: Token) -> bool:
    """Is the token the subject of a clause that holds "its" of its own ("Archos launched its
    latest range") or that reports what "it" does, or the head of a "which" relative clause ("Eolas
    which claimed")?"""
    if any(c.dep_ == "relcl" and any(w.lower_ == "which" for w in c.children) for c in token.children):
        return True
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "which" and not (
            token.i > 0 and doc[token.i - 1].pos_ == "NOUN" and doc[token.i - 1].text.islower()):
        return True  # "a case brought by Eolas which claimed" ("his widow Deborah which" is her book's)
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    if verb.lemma_ in SPEECH_VERBS and any(_it_acts(verb, c) for c in verb.children):
        return True  # "Adsteam said it had hedged", "Highfield said that it intends"
    for t in verb.subtree:
        if t.lower_ != "its" or t.i < token.i:
            continue
        cur = t
        while cur.i != verb.i and cur.dep_ not in CLAUSE_BREAKS and cur.head.i != cur.i:
            cur = cur.head
        if cur.i == verb.i:
            return True
    return False


def _placed(doc: Doc, token: Token) -> bool:
    """Is the token a place by its company: it modifies a place noun ("the Mackay region"), is
    listed with a place the model found ("in Aberdeen and Peterhead"), or is an example of a place
    noun ("fishing ports like Peterhead", "areas such as Mackay")?"""
    group = listed_with(doc, token.i, token.i + 1)
    if any(doc[k].dep_ in ("compound", "nmod") and doc[k].head.lemma_.lower() in PLACE_NOUNS
           for k in [token.i, *group]):
        return True  # "the Burdekin and Mackay regions"
    if any(doc[k].ent_type_ in ("GPE", "LOC") and not is_known_first_name(doc[k].text) for k in group) and not any(
            doc[k].ent_type_ == "PERSON" for k in group) and token.i not in lineup_starts(doc):
        return True  # (a line-up lists its players with the team's town: "Leicester: Vesty, Hill")
    prep = token.head
    such_as = prep.lower_ == "as" and prep.i > 0 and doc[prep.i - 1].lower_ == "such"
    return token.dep_ == "pobj" and (prep.lower_ == "like" or such_as) and prep.head.lemma_.lower() in PLACE_NOUNS


def _common_compound_head(doc: Doc, start: int) -> bool:
    """Is a word-like lone name the head of a capitalised dictionary word before it ("the Finance
    Bill", "Parliament Hill")? A title ("Coach Bill"), a role or a given name would make it a person."""
    word = doc[start]
    if start < 1 or not is_english_word(word.text):
        return False
    before = doc[start - 1]
    return (before.dep_ in ("compound", "amod") and before.head.i == start and before.text[:1].isupper()
            and not before.is_sent_start and is_english_word(before.text) and not is_known_first_name(before.text)
            and before.text not in HONORIFICS and before.text not in OFFICE_TITLES
            and before.lower_ not in ROLE_WORDS)


def _plural_noun_opening(doc: Doc, start: int) -> bool:
    """Is the mention a plural dictionary noun capitalised only because it opens a sentence or a
    headline ("Opponents argued", "Rabbis vow to boycott")? "Banks" as a surname is capitalised
    mid-sentence too."""
    word = doc[start]
    opens = word.is_sent_start or (start > 0 and doc[start - 1].is_sent_start and doc[start - 1].is_punct)
    return (opens and word.text.endswith("s") and word.pos_ in ("NOUN", "PROPN")
            and is_english_word(word.text[:-1].lower()) and not is_known_first_name(word.text))


def _the_plural(doc: Doc, start: int) -> bool:
    """ "filed by the Beatles", "The Beatles brought the suit": a plural proper noun after "the",
    heading its phrase, names a band, a team or a family, not a person ("the Williams sisters" modifies)."""
    word = doc[start]
    return (start > 0 and doc[start - 1].lower_ == "the" and word.tag_ == "NNPS"
            and word.dep_ not in ("compound", "poss", "amod", "nmod"))


def _listed_with_the_plural(doc: Doc, token: Token) -> bool:
    """ "Green Day, the Foo Fighters and Keane are among the acts", "winners Keane and The Streets": a
    lone name coordinated with a plural proper noun under "the" (a band or a team) is one too; not in a
    list with a person in it ("Natasha Bedingfield, Jamelia and The Streets": acts of every kind)."""
    others = listed_with_no_person(doc, token.i, token.i + 1)
    return any(doc[k].tag_ == "NNPS" and under_the(doc[k]) for k in others)


def _place_of(token: Token) -> bool:
    """ "his village of Tahura Carita", "the town of Peterhead": the name a place noun takes."""
    place = of_phrase_head(token)
    return place is not None and place.lemma_.lower() in PLACE_NOUNS and place.pos_ == "NOUN"


_MODEL_CODE = re.compile(r"[A-Z]+[0-9]+[A-Z]*|[0-9]+[A-Z]+")  # "UX50", "W1", "X505", "3G"


def _names_a_model(doc: Doc, start: int, end: int) -> bool:
    """ "Sony's Clie PEG UX50 media player", "Flint's Line One": a name a model code follows, or
    of two words or more ending in a number word, names a product or a line; no surname is "One"."""
    last = doc[end - 1]
    if end - start >= 2 and last.is_alpha and last.like_num:
        return True
    return end < len(doc) and _MODEL_CODE.fullmatch(doc[end].text) is not None


def _visited(doc: Doc, start: int, end: int, labelled: set[str]) -> bool:
    """ "lined up at Tim Hortons": a full name after a place preposition, owning nothing, that the
    model labels an organisation or a place elsewhere in the article ("at John Smith's home" owns)."""
    return (1 < end - start <= 3 and start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITIONS
            and not any(t.lower_ in ROLE_WORDS for t in doc[start:end])  # "Principal Dawn Hochsprung"
            and doc[start:end].text in labelled and not (end < len(doc) and doc[end].tag_ == "POS"))


def drop_thing_named_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people a kind noun introduces as a thing in one of their fullest
    mentions ("whose agency, Fenton, made the ads" names no David Fenton), and of one-word people
    with no role and no title before any mention ("Mr Peterhead" would be a person) whom a mention
    calls "it" or "which", or most mentions set among places ("the fate of Syria and Assad's role"
    is one of many mentions of a person), or who ends a thing's name ("Finance Bill") or is a plural noun opening a sentence ("Opponents
    argued") in every mention, or is listed with a band in every mention ("Keane and The Streets")."""
    labelled = {e.text for e in doc.ents if e.label_ in ("ORG", "FAC", "GPE", "LOC")}
    for person in people:
        if not person.mentions:
            continue
        fullest = fullest_mentions(person)
        if any(_visited(doc, s, e, labelled) or introduced_as_thing(doc, s, e) for s, e in fullest) or all(
                _place_of(doc[e - 1]) for _, e in fullest) or all(_names_a_model(doc, s, e) for s, e in fullest):
            person.mentions = []
            continue
        if len(person.name.split()) != 1 or person.roles:
            continue
        if is_titled(doc, person):
            continue
        if all(_common_compound_head(doc, s) or _plural_noun_opening(doc, s) for s, _ in person.mentions):
            person.mentions = []  # every mention a thing's name's last word: "the full Finance Bill"
        elif (sum(_placed(doc, doc[e - 1]) for _, e in person.mentions) * 2 > len(person.mentions)
              or any(_own_pronoun(doc, doc[e - 1]) for _, e in person.mentions)
              or any(_the_plural(doc, s) for s, _ in person.mentions)
              or all(_listed_with_the_plural(doc, doc[e - 1]) for _, e in person.mentions)):
            person.mentions = []
