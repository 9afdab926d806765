"""Person filters: which article-local people, once all their mentions are known, are not people
(companies' names, school and facility names, people named only in captions, unvouched lone tokens)."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from newsfold.extract.people.coordinated_groups import coordinated_group
from newsfold.extract.people.forms import flat
from newsfold.extract.people.inventory import LocalPerson
from newsfold.extract.people.layout import caption_spans
from newsfold.extract.people.lexicon import (
    COMPANY_HEADS,
    COMPANY_INNER,
    COMPANY_SUFFIXES,
    FACILITY_HEADS,
    ORG_HEADS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_S,
    SCHOOL_HEADS,
)
from newsfold.extract.people.person_evidence import has_person_evidence
from newsfold.extract.people.resources import is_english_word, is_known_first_name, is_major_place
from newsfold.nlp.doc_cache import once_per_doc
from newsfold.nlp.doc_text import doc_text


def _is_locative(doc: Doc, start: int) -> bool:
    """ "at Gatwick", "in Kensington": a lone name after a place preposition."""
    return start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITIONS


def _is_determined_modifier(doc: Doc, start: int, end: int) -> bool:
    """ "the Brexit vote": a name modifying a noun after "the" (people get evidence elsewhere)."""
    return start > 0 and doc[start - 1].lower_ == "the" and doc[end - 1].dep_ in ("compound", "amod", "nmod")


_BRACKETED = re.compile(r"<([A-Z][^<>]{1,80})>")


def _bracket_qualifier_start(doc: Doc, close: int) -> int | None:
    """Index of the "(" of a short bracket of capitalised words closed at `close` ("(Far East)",
    "(Securities)"), or None."""
    for k in range(close - 1, max(close - 5, 0), -1):
        if doc[k].text == "(":
            return k if k < close - 1 else None
        if not doc[k].text[:1].isupper():
            return None
    return None


def company_names(doc: Doc) -> list[str]:
    """company_names_in, cached per doc: two filters read them."""
    return once_per_doc(doc, "newsfold_company_names", company_names_in)


def company_names_in(doc: Doc) -> list[str]:
    """Names of companies in the article, as " word word suffix " strings: the capitalised words
    (and "and", "&", "de", "of") running back from a corporate suffix, names in angle
    brackets, which wire copy gives companies ("<Compagnie Generale de Constructions>"), and
    organisations the model found that end in a trade ("Forrester Research")."""
    text = doc_text(doc)
    names = [f" {flat(m.group(1))} " for m in _BRACKETED.finditer(text)] if "<" in text else []
    names += [name.replace(",", "") for name in names if "," in name]  # "<Welsh, Carson, Anderson and Stowe>"
    for token in doc:
        if token.text not in COMPANY_SUFFIXES or token.i == 0:
            continue
        words = [token.text]
        i = token.i - 1
        while i >= 0 and len(words) < 8:
            t = doc[i]
            if t.text == ")":
                opening = _bracket_qualifier_start(doc, i)
                if opening is None:
                    break
                i = opening - 1  # "Hoare Govett (Far East) Ltd": the bracket qualifies the firm
                continue
            if t.lower_ in POSSESSIVE_S and len(words) > 1 and i >= 2 and doc[i - 1].ent_type_ == "PERSON" \
                    and doc[i - 2].ent_type_ == "PERSON" and doc[i - 2].ent_iob_ == "B":
                break  # "Ivan Boesky's Seemala Corp": the owner of a firm, no part of its name
            abbreviated = t.text == "." and i > 0 and doc[i - 1].text[:1].isupper() and not doc[i - 1].whitespace_
            if not ((t.text[:1].isupper() and any(c.isalpha() for c in t.text))
                    or t.lower_ in COMPANY_INNER or abbreviated):  # "Alex. Brown and Sons Inc"
                break
            if t.lower_ == "of" and not (i > 0 and doc[i - 1].lower_ in ORG_HEADS):
                break  # "Bank of America Corp", but "Hiroyuki Kondo of Yasuda Trust ... Co Ltd"
            words.insert(0, t.text)
            i -= 1
        while len(words) > 1 and words[0].lower() in COMPANY_INNER:
            words = words[1:]
        if len(words) > 1:
            names.append(" " + " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
                         .replace(" .", ".") + " ")
    # "Forrester Research" (ORG) then "Forrester said": a firm named by the word its trade follows
    names += [f" {flat(e.text)} " for e in doc.ents if e.label_ == "ORG" and len(e) >= 2
              and e[-1].lower_ in COMPANY_HEADS]
    return names


def drop_company_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people whose name is part of a company's name in the article."""
    companies = company_names(doc)
    for person in people:
        if companies and person.mentions and not person.roles and any(
                f" {person.name} " in company for company in companies):
            person.mentions = []  # Husky (Oil Ltd), Gates Learjet (Corp), Philip Morris (Inc)


def drop_titled_firm_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people whose every role is the word before their name in a company's name
    ("General Acquisition Co", then "General Acquisition said"): the title is the firm's first word, so it
    vouches for no person as drop_company_people takes a role to."""
    if not any(person.mentions and person.roles for person in people):
        return
    companies = company_names(doc)
    for person in people:
        if companies and person.mentions and person.roles and all(
                any(f" {role} {person.name} " in company for company in companies) for role in person.roles):
            person.mentions = []


def drop_trade_named_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people named as a firm is that the model tagged PERSON, trade and all
    ("Argonaut Games" then "Argonaut warned"): company_names reads such names only off ORG entities."""
    firms = [f" {flat(e.text)} " for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2
             and e[-1].lower_ in COMPANY_HEADS]
    for person in people:
        if firms and person.mentions and not person.roles and any(f" {person.name} " in firm for firm in firms):
            person.mentions = []


def _place_name_stems(doc: Doc) -> set[str]:
    """The words before the head of each school or facility name in the article: "Sandy Hook
    Elementary School" gives "Sandy Hook Elementary" and "Sandy Hook"."""
    stems: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in ("FAC", "ORG", "GPE", "LOC"):
            continue
        end = ent.end
        while end - ent.start > 1 and doc[end - 1].text[:1].isupper() and (
                doc[end - 1].lower_ in FACILITY_HEADS or doc[end - 1].lower_ in SCHOOL_HEADS):
            end -= 1
            stems.add(flat(doc[ent.start:end].text))
    return stems


def drop_place_named_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people named only as the school or facility is ("Sandy Hook" beside
    "Sandy Hook Elementary School", "Andrean High" beside "Andrean High School")."""
    stems = _place_name_stems(doc)
    for person in people:
        if stems and person.mentions and not person.roles and person.name in stems:
            person.mentions = []


def drop_caption_only_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people named only in photo captions: the tracker counts the people an
    article's text names, and a caption describes a picture beside it."""
    spans = caption_spans(doc_text(doc))
    if not spans:
        return
    for person in people:
        if person.mentions and all(any(a <= doc[s].idx < b for a, b in spans) for s, _ in person.mentions):
            person.mentions = []


def _joined_to(doc: Doc, i: int, heads: set[int]) -> bool:
    """Is token i joined by "and" to one of `heads` ("Obama and Clinton")?"""
    return any(k != i and k in heads and any(t.lower_ in ("and", "&") for t in doc[min(i, k) + 1:max(i, k)])
               for k in coordinated_group(doc, i))


def _org_voted(name: str, person_votes: Counter, org_votes: Counter) -> bool:
    """Is the one-word name a dictionary word (no given name) that the model tags ORG more often than PERSON,
    counting entities of that word alone ("Wasps said", "Reading insisted": clubs and firms speak as people
    do; "Philip Pullman's" tagged ORG is no vote on "Pullman")?"""
    return (org_votes[name] > person_votes[name] and is_english_word(name)
            and not is_known_first_name(name))


def drop_unvouched_lone_people(doc: Doc, people: list[LocalPerson], rules: frozenset[str]) -> None:
    """Empty the mentions of one-word people with no role whom neither the model (twice a PERSON,
    never another label) nor the words around a mention vouch for (a title, "according to", a speech
    verb, "the Biden administration"; no speech verb for a dictionary word the model tags ORG more often
    than PERSON)."""
    person_votes = Counter(ent.text for ent in doc.ents if ent.label_ == "PERSON")
    other_votes = Counter(ent.text for ent in doc.ents if ent.label_ != "PERSON")
    org_votes = Counter(ent.text for ent in doc.ents if ent.label_ == "ORG")
    # the lone mentions of people named in full ("Clinton" of Hillary Clinton)
    named_lone = {s for person in people if any(e - s > 1 for s, e in person.mentions)
                  for s, e in person.mentions if e - s == 1} if "joined_named" in rules else set()
    for person in people:
        if len(person.name.split()) != 1 or person.roles:
            continue
        if any(doc[e - 1].tag_ != "NNPS" and _joined_to(doc, e - 1, named_lone) for _, e in person.mentions):
            continue  # "Obama and Clinton created", Clinton being Hillary Clinton: a pair of people by surname
        voted = (person_votes[person.name] >= 2 and not other_votes[person.name]
                 and (is_known_first_name(person.name) or not is_english_word(person.name))
                 and not ("places" in rules and is_major_place(person.name))  # Obama, Clinton: towns too
                 and not any(_is_locative(doc, s) for s, _ in person.mentions)
                 and not all(_is_determined_modifier(doc, s, e) for s, e in person.mentions))
        # a dictionary word the model reads mostly as an organisation is no person for speaking alone
        speech = not ("org_voted" in rules and _org_voted(person.name, person_votes, org_votes))
        if not voted and not any(has_person_evidence(doc, s, e, rules, speech=speech) for s, e in person.mentions):
            person.mentions = []  # unvouched lone token: Yukos, Festen, Danger
