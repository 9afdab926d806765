"""Names of things that are no people: a kind noun before the name ("company Sandvine", "rock band
Korn"), a work's credit after it ("Vera Drake star Imelda Staunton"), a noun only a work follows
("the premiere of Lemony Snicket"), a band's plural agreement ("Keane are"), a role played in a work
("plays Vince Everett in Jailhouse Rock")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfold.extract.people.inventory import LocalPerson, fullest_mentions, is_titled
from newsfold.extract.people.lexicon import (
    ACTING_NOUNS,
    ACTING_VERBS,
    EXAMPLE_WORDS,
    NON_PERSON_KINDS,
    PERSONAL_HONORIFICS,
    PERSON_MADE,
    ROLE_NOUNS,
    ROLE_WORDS,
    SCREEN_VERBS,
    SPEECH_VERBS,
    STORM_WORDS,
    WORK_CREDITS,
    WORK_CREDIT_PARTICIPLES,
    WORK_NOUNS,
    WORK_OF_NOUNS,
)
from newsfold.extract.people.resources import is_place_name
from newsfold.nlp.of_phrases import of_phrase_head


def named_as_kind(doc: Doc, start: int, end: int) -> bool:
    """Is the name introduced by a noun for a kind of thing that is no person ("company Sandvine",
    "German magazine Der Spiegel said", "his terrier Chloe")? The noun must be the name's compound or
    the head it stands in apposition to; in apposition, no verb but a speech verb may follow the name
    ("the firm John Smith founded" is no such case), as a compound any may ("rock band Korn has quit")."""
    last = doc[end - 1]
    if end - start == 1 and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in NON_PERSON_KINDS
                                and c.i >= end for c in last.children):
        # "Teck, the Canadian mining company, says": a kind in apposition after a one-word name (after
        # a full name the parse often hangs the apposition of a later organisation on it)
        return True
    if start == 0:
        return False
    if _storm_named(doc, start, end):
        return True
    if _listed_as_kind(doc, start, end):
        return True
    noun = doc[start - 1]
    if noun.is_sent_start and noun.text[1:].islower() and noun.lower_ in NON_PERSON_KINDS \
            and noun.dep_ == "compound" and start <= noun.head.i < end:
        return True  # "Retailer John Lewis said", "Bookmaker William Hill has": capitalised as the sentence opens
    if not noun.text.islower():
        return False
    if noun.tag_ == "NNS" and noun.dep_ == "compound" and start <= noun.head.i < end \
            and noun.lemma_.lower() not in ROLE_WORDS and not _listed(doc, end):
        # "auctioneers Cooper Owen", "rockers Free": a plural noun before one name is a firm or band
        # ("presidential candidates Ted Cruz", "band members Bryan Ferry, Phil Manzanera" are people)
        return True
    if noun.pos_ == "ADJ" and noun.dep_ == "amod" and start <= noun.head.i < end and noun.lower_ in NON_PERSON_KINDS:
        return True  # "hit musical Mamma Mia!": a kind noun the tagger read as an adjective of the name
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in NON_PERSON_KINDS:
        return False
    if noun.dep_ == "compound" and start <= noun.head.i < end:
        return True  # "rock band Korn has quit", "carrier Kitty Hawk is": the noun modifies the name
    if noun.dep_ == "compound" and last.dep_ == "compound" and last.head.i == noun.head.i == end \
            and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        return True  # "Wall Street firm Furman Selz Mager Dietz": the noun modifies the longer name the name opens
    if noun.lower_ == "character" and start > 1 and doc[start - 2].lower_ in ("his", "her", "their"):
        return True  # "his character Ali G's brand of humour", whatever the parse hangs the name on
    verb = doc[end] if end < len(doc) and doc[end].pos_ in ("VERB", "AUX") else None
    if verb is not None and verb.tag_ == "VB" and last.dep_ == "nsubj" and last.head.i == end \
            and noun.lemma_.lower() == "character":
        return True  # "sees Cage's character Ben Gates chase a fortune": a bare verb, no relative clause
    if verb is not None and _opens_reduced_relative(verb, noun):
        return False  # "the firm John Smith founded", "a group Obama won"
    return start <= noun.head.i < end or (last.dep_ == "appos" and last.head.i == noun.i)


def _storm_named(doc: Doc, start: int, end: int) -> bool:
    """A one-word name right after a word for a storm, whatever its case or parse: "after superstorm
    Sandy ravaged", "Hurricane Katrina" (the model tags Katrina alone), "Tropical Storm Erin"."""
    return end - start == 1 and doc[start - 1].lower_ in STORM_WORDS


def _plural_kind(token: Token) -> bool:
    """A plural noun for a kind of thing that is no person ("companies", "brands", "banks")."""
    return token.tag_ == "NNS" and token.lemma_.lower() in NON_PERSON_KINDS


def _first_conjunct(doc: Doc, end: int) -> tuple[int, Token]:
    """The first name of the list the name ending at `end` closes ("Adhi Karya" for "and Semen
    Gresik"): its start and head, up the conj chain of the name's last word, then left over the
    compounds of that head."""
    head = doc[end - 1]
    while head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ == "PROPN":
        head = head.head
    first = head.i
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == head.i \
            and doc[first - 1].pos_ == "PROPN":  # "the destroyers Kidd, Young": the kind noun opens no name
        first -= 1
    return first, head


def _listed_as_kind(doc: Doc, start: int, end: int) -> bool:
    """Is the name, or the list it closes, introduced by a plural noun for a kind of thing, maybe
    through "such as", "like" or "including" ("construction companies Adhi Karya and Semen Gresik",
    "companies such as Adam Opel", "brands such as Dairy Milk, Dr Pepper and Snapple"), or the object
    of such a noun's "include" ("Its top brands include Foster's, Strongbow and Kronenbourg")? Or
    is it introduced by a maker of something no person makes ("crane maker Huisman Itrec")?"""
    first, head = _first_conjunct(doc, end)
    if first > start or (first < start and doc[start - 1].lower_ not in (",", "and", "&", "or")):
        # "Characters like Souness and current Ibrox manager Alex McLeish": a name introduced anew is judged alone
        first, head = start, doc[end - 1]
    at = first - 1
    if at > 0 and doc[at].lower_ in EXAMPLE_WORDS:
        at -= 1 + (doc[at].lower_ == "as" and doc[at - 1].lower_ == "such")
        at -= at > 0 and doc[at].text == ","  # "many viruses, such as Netsky, have been"
    if at >= 0 and _plural_kind(doc[at]):
        return True
    verb = head.head
    if head.dep_ == "dobj" and verb.lemma_ == "include" \
            and any(c.dep_ == "nsubj" and _plural_kind(c) for c in verb.children):
        return True
    if start == 0 or doc[start - 1].lemma_ != "maker":
        return False
    made = [c for c in doc[start - 1].children if c.dep_ == "compound" and c.i < start - 1 and c.pos_ == "NOUN"]
    return bool(made) and not any(c.lemma_.lower() in PERSON_MADE for c in made)


def _listed(doc: Doc, end: int) -> bool:
    """Is the name ending at `end` one of several: coordinated, or followed by "and" or by a comma and
    another name ("Bryan Ferry, Phil Manzanera")?"""
    last = doc[end - 1]
    if last.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in last.children):
        return True
    if end < len(doc) and doc[end].lower_ in ("and", "&"):
        return True
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "PROPN"


def _opens_reduced_relative(verb: Token, noun: Token) -> bool:
    """Is the verb right after a name (after the kind noun) that of a reduced relative clause with
    the name as subject ("the firm John Smith founded")? Not a speech verb, nor a verb whose own
    subject comes before the noun's phrase ("the adaptation of film Mary Poppins has had its opening")."""
    if verb.lemma_ in SPEECH_VERBS:
        return False
    clause = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    return not (noun.dep_ == "pobj" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i for c in clause.children))


def credits_a_work(doc: Doc, end: int) -> bool:
    """Does the name modify a credit noun before a person ("Vera Drake star Imelda Staunton"), or is it
    directed, written or produced by someone ("in Tom Jones, directed by Tony Richardson"), or starring
    someone ("Finding Forrester, starring Sean Connery")? Then it
    names the work, and the person is the one after."""
    if end + 1 < len(doc) and doc[end].lower_ in WORK_CREDITS and doc[end].dep_ == "compound" \
            and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].pos_ == "PROPN":
        return True
    at = end + 1 if end < len(doc) and doc[end].text == "," else end
    if at + 1 < len(doc) and doc[at].lower_ == "starring" and doc[at + 1].ent_type_ == "PERSON":
        return True  # "Gus Van Sant's Finding Forrester, starring Sean Connery": the work, then its cast
    return at + 1 < len(doc) and doc[at].lower_ in WORK_CREDIT_PARTICIPLES and doc[at + 1].lower_ == "by"


def names_a_work(doc: Doc, end: int) -> bool:
    """Is the name the object of a preposition that only a work takes after a noun: "the premiere of
    Lemony Snicket", "her performance in Vera Drake", "the sequel to Meet the Parents"?"""
    last = doc[end - 1]
    if last.dep_ != "pobj" or last.head.dep_ != "prep":
        return False
    return last.head.head.lemma_.lower() in WORK_OF_NOUNS.get(last.head.lower_, ())


def _plural_subject(doc: Doc, start: int, end: int) -> bool:
    """Is a one-word name the lone subject of a plural verb ("Keane are", "Korn have enjoyed",
    "Kasabian were"), or any name the head of a plural relative clause ("Franz Ferdinand, who were
    shortlisted")? A singular name agreeing so names a band or a team, not a person."""
    token = doc[end - 1]
    if any(c.dep_ in ("conj", "cc") for c in token.children) or token.dep_ == "conj":
        return False

    def plural(v: Token) -> bool:  # "are", "have", "were" ("Blair say's" is a slip, not agreement)
        return v.lemma_ in ("be", "have") and (v.tag_ == "VBP" or v.lower_ == "were")

    # "who" right after the name or its comma: further on, the parse may have hung another name's clause
    # on it ("Dana Rayne with Object of My Desire at seven and Kasabian who are at number eight")
    opening = (end, end + 1) if end < len(doc) and doc[end].text == "," else (end,)
    for clause in token.children:  # "Franz Ferdinand, who were shortlisted": a plural relative clause
        if clause.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_.startswith("nsubj") and w.i in opening
                                          for w in clause.children) \
                and (plural(clause) or any(c.dep_.startswith("aux") and plural(c) for c in clause.children)):
            return True
    if end - start != 1 or token.dep_ != "nsubj":
        return False
    verb = token.head
    return plural(verb) or any(c.dep_ == "aux" and plural(c) for c in verb.children)


def drop_kind_named_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people whom the article calls a company, a newspaper, an animal, a
    character or a work in one of their mentions (see `named_as_kind`, `credits_a_work`,
    `names_a_work`)."""
    for person in people:
        # only the fullest mentions: "Foxx's movie Ray" names a film after Ray Charles, not him
        if is_titled(doc, person, PERSONAL_HONORIFICS):
            continue  # "computer games maker Peter Molyneux ... Mr Molyneux said": no firm is a Mr
        titled = is_titled(doc, person)
        if any(named_as_kind(doc, s, e) or credits_a_work(doc, e) or names_a_work(doc, e)
               or (not titled and _plural_subject(doc, s, e))
               for s, e in fullest_mentions(person)):
            person.mentions = []


def _in_a_work(token: Token) -> bool:
    """Has the token an "in"/"on" phrase naming a work ("in Jailhouse Rock", "on TV's Fantasy
    Island"): a proper noun that is no place, event or date ("played Federer in Melbourne")?"""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "on"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ not in (
                        "EVENT", "DATE", "TIME", "LOC", "NORP") and not is_place_name(obj.text):
                    return True
                if obj.dep_ == "pobj" and obj.lemma_.lower() in WORK_NOUNS:
                    return True  # "in the London stage version of Beauty and the Beast"
    return False


def _names_a_part(head: Token) -> bool:
    """Does the name head a part or a work of an actor: "stayed in the Merrin role", "plays a drunkard in
    Duane Hopwood"? ("play the role of Sen. Ted Cruz" may name a real person.)"""
    if head.dep_ == "compound" and head.head.lemma_ == "role":
        return True
    if head.dep_ != "pobj":
        return False
    prep, above = head.head, head.head.head
    return prep.lower_ == "in" and above.pos_ == "VERB" and above.lemma_ in SCREEN_VERBS \
        and head.ent_type_ not in ("GPE", "LOC", "FAC", "EVENT", "DATE") and not is_place_name(head.text)


def _played_role(doc: Doc, start: int, end: int) -> bool:
    """Is the name a role played in a work: the object of an acting verb ("who played Joey Jeremiah on
    Degrassi", "played that emissary, Mr. Roarke, on TV's Fantasy Island") or of "portrayal of", with
    the work named after it?"""
    head = doc[end - 1]
    if head.dep_ == "appos":
        head = head.head
    if _names_a_part(head):
        return True
    if head.dep_ == "dobj" and head.head.lemma_ in ACTING_VERBS:
        return _in_a_work(head.head)
    of_head = of_phrase_head(head)
    if of_head is not None and of_head.lemma_ in ACTING_NOUNS:
        return _in_a_work(head) or _in_a_work(of_head)
    as_word = head.head
    if head.dep_ != "pobj" or as_word.lower_ != "as":
        return False
    if as_word.head.lemma_ in ROLE_NOUNS:
        return True  # "his role as Don Corleone": a role is a character whatever work follows
    if as_word.i == 0 or doc[as_word.i - 1].lower_ != "such":
        return _in_a_work(head)  # "(starred, her last appearance was) as Mrs Pearce in My Fair Lady"
    return False


def drop_character_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people named only as roles played in a work (see `_played_role`): the
    characters of a film or show; a real person played by an actor is named otherwise too."""
    for person in people:
        if person.mentions and all(_played_role(doc, s, e) for s, e in person.mentions):
            person.mentions = []
