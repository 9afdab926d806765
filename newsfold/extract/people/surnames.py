"""The surname the model left out of a tagged name: a given name tagged alone before a word it read as
something else ("Theresa May" read as a date, "Hannah B"), given names before an untagged surname
("John Arne" of "John Arne Riise"), a middle initial before it ("Bruce L Castor"), a hyphenated surname
cut at its hyphen ("James Miller-Day")."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.lexicon import GROUP_WORDS, MONTH_NAMES, NEVER_SURNAMES, ONE_LETTER_WORDS, TITLE_SURNAMES
from newsfold.extract.people.resources import is_english_word, is_known_first_name


def word_surname_end(doc: Doc, start: int, end: int) -> int:
    """A given name the model tagged alone, then a word it read otherwise: "Theresa May" read as a
    date (a lone month name tagged as a date of its own, before no number), "Patty Judge (D)" read as
    a title (a title word that is a common surname, before no capitalised word), "Hannah B" (a lone
    capital letter, no initial of a fuller name), "Ivan Lendl and Pat Rafter" (the given name's head,
    listed with a person); or given names tagged without their surname ("John Arne" of "John Arne Riise").
    The word is the surname: the end grows by one. A hyphenated surname cut at its hyphen ("James
    Miller-Day" tagged "James Miller") grows by its second half."""
    if _cut_at_hyphen(doc, start, end):
        return end + 2
    if _surname_after_given_names(doc, start, end) or _surname_after_bare_initial(doc, start, end):
        return end + 1
    if (end - start != 1 or end >= len(doc) or not doc[start].whitespace_
            or not is_known_first_name(doc[start].text)):
        return end
    nxt = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    if (nxt.text in MONTH_NAMES and nxt.ent_type_ == "DATE" and nxt.ent_iob_ == "B"
            and (after is None or (after.ent_iob_ != "I" and not after.text.isdigit()))):
        return end + 1
    if nxt.ent_type_ not in ("", "PERSON") or (after is not None and after.text[:1].isupper()):
        return end
    if nxt.text in TITLE_SURNAMES:
        return end + 1
    # The given name's head, a name written like a surname ("Rafter", "Tindemans"), may be its surname:
    if nxt.pos_ == "PROPN" and doc[start].head.i == end and _name_cased(nxt.text):
        if nxt.dep_ == "conj" and nxt.head.ent_type_ == "PERSON":
            return end + 1  # "Ivan Lendl and Pat Rafter": listed with a person
        if nxt.dep_ != "compound" and nxt.is_alpha and not is_english_word(nxt.text) and not is_known_first_name(nxt.text):
            return end + 1  # "Foreign Minister Leo Tindemans said" with "Leo" tagged alone: no word, no given name
    if bare_initial(nxt.text) and (after is None or after.text != "."):
        return end + 1  # "Hannah B and Caelynn": contestants who share a given name, told apart by an initial
    return end


def _name_cased(text: str) -> bool:
    """Written as a plain name: one capital, then lower case ("Riise", not "McDonald" nor "NATO")."""
    return text[:1].isupper() and text[1:].islower()


def bare_initial(text: str) -> bool:
    """A lone capital letter that is no word ("B" of "Hannah B", "L" of "Bruce L Castor"; not "A" nor "I")."""
    return len(text) == 1 and text.isupper() and text not in ONE_LETTER_WORDS


def _surname_after_given_names(doc: Doc, start: int, end: int) -> bool:
    """Is the tagged name given names only ("John Arne" of "John Arne Riise volleyed"), heading an untagged
    capitalised word that the model tags a person elsewhere in the article ("Riise")?"""
    if end - start < 2 or end >= len(doc) or not doc[end - 1].whitespace_:
        return False
    if doc[start].lower_ in GROUP_WORDS:
        return False  # "Tory Dominic" of "Tory Dominic Grieve": a party label before one given name
    nxt = doc[end]
    return (all(is_known_first_name(t.text) for t in doc[start:end]) and nxt.ent_type_ == "" and nxt.pos_ == "PROPN"
            and doc[end - 1].head.i == end and _name_cased(nxt.text)
            and any(t.text == nxt.text and t.ent_type_ == "PERSON" for t in doc))


def _surname_after_bare_initial(doc: Doc, start: int, end: int) -> bool:
    """Is the tagged name a given name and a middle initial with no full stop ("Bruce L" of "District
    Attorney Bruce L Castor Jr said"), before an untagged word written as a name? That word is the surname."""
    if end - start != 2 or end >= len(doc) or not is_known_first_name(doc[start].text):
        return False
    initial, nxt = doc[end - 1], doc[end]
    return (bare_initial(initial.text) and bool(initial.whitespace_) and nxt.ent_type_ in ("", "PERSON")
            and nxt.pos_ == "PROPN" and _name_cased(nxt.text) and nxt.lower_ not in NEVER_SURNAMES)


def _cut_at_hyphen(doc: Doc, start: int, end: int) -> bool:
    """Is the full name followed, with no space, by a hyphen and a capitalised word that ends the phrase
    ("James Miller-Day, director", not "the Tony Blair-Brown feud" nor "Tony Blair-Gordon Brown")?"""
    if end - start < 2 or end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ \
            or doc[end].whitespace_:
        return False
    half, after = doc[end + 1], (doc[end + 2] if end + 2 < len(doc) else None)
    # "Mark Dornford-" tagged with its hyphen: the name goes on, past a given name or a month too ("May")
    tagged_on = doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "I"
    half_types = ("", "PERSON", "DATE") if tagged_on else ("", "PERSON")
    return half.is_alpha and half.is_title and half.ent_type_ in half_types \
        and (tagged_on or not is_known_first_name(half.text)) and (after is None or not (after.is_alpha and (
            after.text[:1].isupper() or after.pos_ in ("NOUN", "PROPN"))))
