"""Form filters: which candidate forms are no person's name, judged on the form and the words
around it before it is known to join a full name (acronyms, institutions, places, titles, teams,
dictionary words, products, a film's title)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfold.extract.people.forms import is_initial, is_word, opens_with_gerund
from newsfold.extract.people.lexicon import (
    CLUB_OPENERS,
    COUNTRY_INITIALS,
    FOREIGN_ARTICLES,
    HONORIFICS,
    NAME_ARTICLES,
    NAME_SUFFIXES,
    OFFICE_TITLES,
    PLACE_LABELS,
    PLACE_OPENERS,
    SAINT_PREFIXES,
    SPEECH_VERBS,
    TITLE_SURNAMES,
)
from newsfold.extract.people.list_items import in_nominee_place
from newsfold.extract.people.names import ends_like_organisation, fold_tokens, is_group_name, is_institution
from newsfold.extract.people.person_evidence import after_relation_noun, has_person_evidence, in_person_list
from newsfold.extract.people.resources import (
    is_english_word,
    is_known_first_name,
    is_major_place,
    is_place_name,
)
from newsfold.nlp.doc_cache import once_per_doc


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


def _is_priced(doc: Doc, end: int) -> bool:
    """Is the name followed by a price ("Graydon Green Cream, $38")? People have none."""
    return end + 1 < len(doc) and doc[end].text == "," and (
        doc[end + 1].ent_type_ == "MONEY" or doc[end + 1].is_currency)


def _surname_stands_alone(doc: Doc, word: str) -> bool:
    """Does the word stand alone elsewhere as a person: a one-word PERSON entity, or the subject
    of a speech verb ("Woods said")? Cached per doc."""
    return word in once_per_doc(doc, "newsfold_people_alone", _words_alone)


def _words_alone(doc: Doc) -> set[str]:
    return {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1} | {
        t.text for t in doc if t.dep_ == "nsubj" and t.text[:1].isupper() and t.head.lemma_ in SPEECH_VERBS
        and t.pos_ in ("PROPN", "NOUN") and not any(c.dep_ in ("compound", "det") for c in t.children)}


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
    if "club_places" in rules and end - start > 1 and doc[start].text in CLUB_OPENERS and (
            not is_known_first_name(doc[start].text) or is_place_name(doc[end - 1].text)):
        return True  # "Atletico Madrid", "Inter Milan", "Spartak Moscow" (but "Spartak Gogniyev"): a club
    if "common_words" in rules and ends_like_organisation(text, is_known_first_name(doc[start].text)) \
            and not in_nominee_place(doc, start, end):  # 'Thomas Haden Church, "Sideways";': a nominee
        return True
    single = end - start == 1 or len(fold_tokens(text)) == 1
    if "places" in rules and is_place_name(text):
        # A big place (Kyiv) needs evidence now; a small town that is also a surname (Obama,
        # Radcliffe) is judged with the other lone tokens once all its mentions are known.
        if single and is_major_place(text) and not has_person_evidence(doc, start, end, rules):
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
            and not _initial_then_given_name(doc, start, end) and not _surname_stands_alone(doc, doc[end - 1].text) \
            and not ("related_words" in rules and after_relation_noun(doc, start)):
        # ("Tiger Woods", "Ash Carter" are people: "Woods" alone is one elsewhere; athletes' surnames are
        # often words, and titles and brands stand after no relation noun: "close friend Mardy Fish")
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
