"""Precision filters: which candidate forms and which article-local people are not people
(places, institutions, acronyms, common words, companies, unvouched lone tokens)."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from newsfold.extract.people.forms import flat, is_initial, is_word, opens_with_gerund
from newsfold.extract.people.inventory import LocalPerson
from newsfold.extract.people.layout import caption_spans
from newsfold.extract.people.lexicon import (
    COMPANY_HEADS,
    COMPANY_INNER,
    COMPANY_SUFFIXES,
    COUNTRY_INITIALS,
    FACILITY_HEADS,
    FOREIGN_ARTICLES,
    HONORIFICS,
    OFFICE_TITLES,
    SCHOOL_HEADS,
    NAME_ARTICLES,
    NAME_SUFFIXES,
    NON_PERSON_KINDS,
    ORG_HEADS,
    PEOPLE_NOUNS,
    PERSON_LED,
    PLACE_LABELS,
    PLACE_OPENERS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_S,
    RELATION_NOUNS,
    SAINT_PREFIXES,
    ROLE_WORDS,
    SPEECH_VERBS,
    TITLE_EVIDENCE,
    TITLE_SURNAMES,
)
from newsfold.extract.people.lineups import lineup_starts
from newsfold.extract.people.list_items import in_nominee_place
from newsfold.extract.people.names import ends_like_organisation, fold_tokens, is_group_name, is_institution
from newsfold.extract.people.resources import (
    is_english_word,
    is_known_first_name,
    is_major_place,
    is_place_name,
)
from newsfold.nlp.doc_text import doc_text


def _is_plural_word(token: Token) -> bool:
    """ "Panthers", "Wolves": the plural of a dictionary word ("Morris", "Jones" are not)."""
    text = token.text
    if not text.endswith("s"):
        return False
    lemma = token.lemma_
    return is_english_word(text[:-1]) or (lemma.lower() != token.lower_ and is_english_word(lemma))


def _is_team_place(text: str) -> bool:
    """A place that names a team ("Boston Celtics") and is no given name: "Paul Dales" and "Tiger
    Woods" are people whom the model tagged so, though places are called Paul and Tiger."""
    return is_place_name(text) and not is_known_first_name(text)


def _is_locative(doc: Doc, start: int) -> bool:
    """ "at Gatwick", "in Kensington": a lone name after a place preposition."""
    return start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITIONS


def _is_determined_modifier(doc: Doc, start: int, end: int) -> bool:
    """ "the Brexit vote": a name modifying a noun after "the" (people get evidence elsewhere)."""
    return start > 0 and doc[start - 1].lower_ == "the" and doc[end - 1].dep_ in ("compound", "amod", "nmod")


MAX_PLACE_ABBREVIATION = 5  # letters of a province's or state's abbreviation: "Ont.", "Calif."


def _is_place_abbreviation(doc: Doc, start: int, end: int) -> bool:
    """ "Amherst, N.S.", "Mississauga, Ont.": an abbreviation after a place and a comma."""
    if start < 2 or doc[start - 1].text != "," or end - start != 1:
        return False
    abbreviated = doc[start].text.endswith(".") or (end < len(doc) and doc[end].text == "."
                                                    and not doc[start].whitespace_)
    if not abbreviated:
        return False
    place = doc[start - 2]
    if len(doc[start].text.rstrip(".")) <= MAX_PLACE_ABBREVIATION and place.text[:1].isupper() and (
            place.ent_type_ in PLACE_LABELS or is_place_name(place.text)):
        return True  # ("says Wise's dad, Darrin." ends a sentence: a lower-case noun is no town)
    after = doc[end + 1] if end + 1 < len(doc) and doc[end].text == "." else None
    return after is not None and after.text in (",", "—", "–")  # "of Dundas, Ont., struggled"


def _coordinations(doc: Doc) -> dict[int, list[int]]:
    """Per token in a coordination, the heads of its coordination in text order; once per doc."""
    cached = doc.user_data.get("newsfold_people_coordinations")
    if cached is None:
        groups: dict[int, list[int]] = {}
        for token in doc:
            if token.dep_ != "conj":
                continue
            root = token
            while root.dep_ == "conj" and root.head.i != root.i:
                root = root.head
            groups.setdefault(root.i, [root.i]).append(token.i)
        cached = {}
        for members in groups.values():
            members.sort()
            for k in members:
                cached[k] = members
        doc.user_data["newsfold_people_coordinations"] = cached
    return cached


def coordinated_group(doc: Doc, i: int) -> list[int]:
    """The heads of the coordination that token i heads or belongs to ("Demi, Bri, Tracy and
    Elyse": four heads), in text order; a token in no coordination is a group of one."""
    return _coordinations(doc).get(i, [i])


def listed_with_no_person(doc: Doc, start: int, end: int) -> list[int]:
    """The heads listed with the name at [start, end) ("hits Vera Drake, Calendar Girls and Enduring
    Love"); none when one of them is a name the model tagged PERSON (a cast, acts of every kind)."""
    others = [k for k in coordinated_group(doc, end - 1) if not start <= k < end]
    return [] if any(doc[k].ent_type_ == "PERSON" for k in others) else others


def under_the(token: Token) -> bool:
    """Does the token take "the" as its determiner ("the Killers", "The Streets")?"""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def in_person_list(doc: Doc, i: int) -> bool:
    """Is token i one of three or more coordinated names, most of which the model tagged PERSON?
    Lists of people (casts, line-ups, contestants) name each by the same pattern."""
    group = coordinated_group(doc, i)
    if len(group) < 3:
        return False
    if any(doc[k].ent_type_ != "PERSON" and doc[k].lower_ in NON_PERSON_KINDS for k in group):
        return False  # "Londonist, Hicksdesign, PlasticBag and London Underground Tube Blog": blogs listed
    people = sum(1 for k in group if doc[k].ent_type_ == "PERSON")
    return people >= 2 and people * 2 >= len(group)


def _is_person_noun(token: Token) -> bool:
    return token.lower_ in RELATION_NOUNS or token.lemma_.lower() in RELATION_NOUNS or (
        token.lower_ in ROLE_WORDS and not token.text[:1].isupper())


def _related(doc: Doc, start: int, end: int) -> bool:
    """A lone name that a noun for a person introduces: "an official named Jhony", "his grandmother
    Mildred", "Yuni, a resident of Lampung", "the team's coach, Smith", "people such as Matisse"."""
    if start > 0 and (doc[start - 1].lower_ in ("named", "called") or _is_person_noun(doc[start - 1])):
        return True
    head = doc[end - 1]
    if head.dep_ == "appos" and _is_person_noun(head.head):
        return True
    if head.dep_ == "appos" and head.head.tag_ == "NNS" and head.head.lemma_.lower() in ROLE_WORDS \
            and any(c.dep_ == "conj" for c in head.children) \
            and all(doc[k].ent_type_ == "PERSON" and is_known_first_name(doc[k].text)
                    for k in coordinated_group(doc, head.i)):
        # "princes William and Harry": a plural title before given names listed ("leaders Chelsea" is a club,
        # "leaders Barcelona and Owen is confident" no list)
        return True
    kind = head.head.head  # "People such as Matisse and Stravinsky", "artists such as Ludacris"
    if head.dep_ == "pobj" and head.head.lower_ == "as" and any(c.lower_ == "such" for c in head.head.children) \
            and (_is_person_noun(kind) or kind.lower_ in PEOPLE_NOUNS):
        return True
    return any(child.dep_ == "appos" and _is_person_noun(child) for child in head.children)


def _beside_person(doc: Doc, i: int, rules: frozenset[str]) -> bool:
    """Is token i coordinated with a person: the last word of a full name the model tagged PERSON
    ("Chris Martin and Jamelia") or a name a person noun introduces ("their children Emily, 16, and
    Pelham")? A pair names people alike, as a list does; a dictionary word is no name so joined
    ("Filmmaker and best-selling author Dinesh D'Souza")."""
    if is_english_word(doc[i].text) and not is_known_first_name(doc[i].text):
        return False
    for k in coordinated_group(doc, i):
        if k == i or not any(t.lower_ == "and" for t in doc[min(i, k) + 1:max(i, k)]):
            continue  # "Malin + Goetz Vitamin E Shaving Cream" is a brand
        other = doc[k]
        first = k
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        if other.ent_type_ == "PERSON" and first < k and is_known_first_name(doc[first].text):
            return True
        if "relations" in rules and other.ent_type_ == "PERSON" and _related(doc, k, k + 1):
            return True
    return False


def _has_person_evidence(doc: Doc, start: int, end: int, rules: frozenset[str] = frozenset()) -> bool:
    """Signals that a lone token is a person: a title before it, or it speaks/acts as a subject."""
    if start > 0 and doc[start - 1].text in TITLE_EVIDENCE:
        return True
    if start > 1 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ == "according":
        return True
    head = doc[end - 1]
    if end < len(doc) and doc[end].lower_ in PERSON_LED:
        return True  # "the Biden administration", "Blair government"
    if "lists" in rules and (in_person_list(doc, end - 1) or _beside_person(doc, end - 1, rules)):
        return True  # one of a list of people, or joined by "and" to a person
    if "relations" in rules and _related(doc, start, end):
        return True
    if "lineups" in rules and start in lineup_starts(doc):
        return True  # a player of a team line-up
    return head.dep_ == "nsubj" and head.head.lemma_ in SPEECH_VERBS


def _is_priced(doc: Doc, end: int) -> bool:
    """Is the name followed by a price ("Graydon Green Cream, $38")? People have none."""
    return end + 1 < len(doc) and doc[end].text == "," and (
        doc[end + 1].ent_type_ == "MONEY" or doc[end + 1].is_currency)


def _surname_stands_alone(doc: Doc, word: str) -> bool:
    """Does the word stand alone elsewhere as a person: a one-word PERSON entity, or the subject
    of a speech verb ("Woods said")? Cached per doc."""
    alone = doc.user_data.get("newsfold_people_alone")
    if alone is None:
        alone = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1} | {
            t.text for t in doc if t.dep_ == "nsubj" and t.text[:1].isupper() and t.head.lemma_ in SPEECH_VERBS
            and t.pos_ in ("PROPN", "NOUN") and not any(c.dep_ in ("compound", "det") for c in t.children)}
        doc.user_data["newsfold_people_alone"] = alone
    return word in alone


_SUFFIX_ONLY = frozenset((suffix,) for suffix in NAME_SUFFIXES)


def _initial_then_given_name(doc: Doc, start: int, end: int) -> bool:
    """An initial, then a known given name and a surname ("A. William Reynolds", "J. Robert Oppenheimer"):
    the tagger reads the initial as a noun; the given name vouches as it would first."""
    return end - start >= 3 and is_initial(doc[start].text) \
        and is_known_first_name(doc[start + 1].text)


def reject_form(doc: Doc, start: int, end: int, text: str, rules: frozenset[str]) -> bool:
    """Precision filters for one candidate form (before it is known to join a full name)."""
    if len(text) < 2 or not any(c.islower() for c in text) and len(text) <= 4:
        return True  # acronyms: NATO, CIA, MAGA
    if fold_tokens(doc[start].text)[:1] in COUNTRY_INITIALS and doc[start].text.isupper():
        return True  # "U.S. Dlrs", "H.K. Dlrs": a country's initials, not a person's
    if any(ch.isdigit() for ch in text) or end - start > 6 or fold_tokens(text) in _SUFFIX_ONLY:
        return True  # (a lone "Jr.")
    if "institutions" in rules and (is_institution(text) or is_group_name(text)):
        return True
    if "trim" in rules and end - start == 1 and text not in TITLE_SURNAMES and (
            text in HONORIFICS or text + "." in OFFICE_TITLES or text + "." in HONORIFICS):
        return True  # "Sgt" of "Sgt. Bowe Bergdahl" tagged alone: a title is no name ("Major", "King" may be)
    if "places" in rules and end - start > 1 and (doc[start].text in PLACE_OPENERS
                                                   or doc[start].text in SAINT_PREFIXES):
        return True  # "Lake Winola", "Fort McMurray", "St Fintian" (a church, a school)
    if "common_words" in rules and ends_like_organisation(text, is_known_first_name(doc[start].text)) \
            and not in_nominee_place(doc, start, end):  # 'Thomas Haden Church, "Sideways";': a nominee
        return True
    single = end - start == 1 or len(fold_tokens(text)) == 1
    if "places" in rules and is_place_name(text):
        # A big place (Kyiv) needs evidence now; a small town that is also a surname (Obama,
        # Radcliffe) is judged with the other lone tokens once all its mentions are known.
        if single and is_major_place(text) and not _has_person_evidence(doc, start, end, rules):
            return True
        if not single and not is_known_first_name(doc[start].text):
            return True  # "Monte Carlo", "Saudi Arabia"; "Paris Hilton" opens with a given name
    if "places" in rules and start > 0 and doc[start - 1].text in SAINT_PREFIXES:
        return True  # "the St Bryce Kirk church": a saint's name names a church, a school, a place
    if ("places" in rules and single and _is_place_abbreviation(doc, start, end)):
        return True  # "Mississauga, Ont.", "HAMILTON, Ont. —": a province or state after a town
    if ("common_words" in rules and not single and _is_team_place(doc[start].text)
            and _is_plural_word(doc[end - 1])):
        return True  # "Charlotte Panthers", "Boston Celtics": a place and a plural noun
    if ("common_words" in rules and end - start == 2 and doc[start].lower_ in FOREIGN_ARTICLES
            and not (start > 0 and is_known_first_name(doc[start - 1].text)) and not in_person_list(doc, end - 1)):
        return True  # "La Manga", "Le Devoir": an article and a word, no given name before, in no list of people
    if ("common_words" in rules and end - start == 1 and start > 2 and end < len(doc)
            and doc[start - 1].text == "(" and doc[end].text == ")"
            and doc[start - 2].ent_type_ == "PERSON" and doc[start - 3].ent_type_ == "PERSON"):
        return True  # "Aurelien Rougerie (Clermont)": one word in brackets after a full name is a club
    if "common_words" in rules and opens_with_gerund(doc, start, end):
        return True  # "Finding Neverland", "Robbing Peter": a film's or a book's title
    if "common_words" in rules and _is_priced(doc, end):
        return True  # "Graydon Green Cream, $38": an item of a shopping list
    if "common_words" in rules and not single and not is_known_first_name(doc[start].text) \
            and not _initial_then_given_name(doc, start, end) and not _surname_stands_alone(doc, doc[end - 1].text):
        # ("Tiger Woods", "Ash Carter" are people: "Woods" alone is one elsewhere)
        if any(t.pos_ in ("NOUN", "VERB", "ADJ", "ADV", "NUM") for t in doc[start:end]):
            return True  # the tagger reads these as common words, and no given name vouches
        if all(is_word(t) for t in doc[start:end]):
            return True  # "Cloud Atlas", "Morning Consult", "Strong Medicine": dictionary words
    if ("determiner" in rules and start > 0 and doc[start - 1].lower_ in NAME_ARTICLES
            and not (is_known_first_name(doc[start].text) and end - start > 1)):
        # "a John McCain" is still McCain; a lone given name after "the" is none: "The Bill now faces peers"
        root = doc[end - 1]
        if root.dep_ not in ("compound", "poss", "amod", "nmod"):
            return True  # "the Kremlin", "a Kyiv": a name heading its own noun phrase
    return False


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


def drop_unvouched_lone_people(doc: Doc, people: list[LocalPerson], rules: frozenset[str]) -> None:
    """Empty the mentions of one-word people with no role whom neither the model (twice a PERSON,
    never another label) nor the words around a mention vouch for (a title, "according to", a speech
    verb, "the Biden administration")."""
    person_votes = Counter(ent.text for ent in doc.ents if ent.label_ == "PERSON")
    other_votes = Counter(ent.text for ent in doc.ents if ent.label_ != "PERSON")
    for person in people:
        if len(person.name.split()) != 1 or person.roles:
            continue
        voted = (person_votes[person.name] >= 2 and not other_votes[person.name]
                 and (is_known_first_name(person.name) or not is_english_word(person.name))
                 and not ("places" in rules and is_major_place(person.name))  # Obama, Clinton: towns too
                 and not any(_is_locative(doc, s) for s, _ in person.mentions)
                 and not all(_is_determined_modifier(doc, s, e) for s, e in person.mentions))
        if not voted and not any(_has_person_evidence(doc, s, e, rules) for s, e in person.mentions):
            person.mentions = []  # unvouched lone token: Yukos, Festen, Danger
