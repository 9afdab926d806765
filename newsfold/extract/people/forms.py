"""Name forms: a cleaned occurrence of a name as a token range, and the token tests and edge
trimming that make one from an entity ("President Trump's" -> "Trump")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsfold.extract.people.lexicon import (
    DEMONYM_ENDINGS,
    DEMONYM_NOUNS,
    FEMALE_HONORIFICS,
    HONORIFIC_GENDER,
    GROUP_WORDS,
    HONORIFICS,
    MONTH_NAMES,
    NAME_MODIFIER_SUFFIXES,
    NAME_PARTICLES,
    NAME_STOP_WORDS,
    OFFICE_TITLES,
    POSSESSIVE_S,
    POSSESSIVES,
    POST_NOMINALS,
    QUESTION_AUXILIARIES,
    ROLE_WORDS,
)
from newsfold.extract.people.resources import is_english_word, is_known_first_name, is_major_place

_INITIAL = re.compile(r"[A-Z]\.")  # "Peter T. King": a middle initial, then a surname


def is_initial(text: str) -> bool:
    """Is the word an initial, one capital and its full stop ("T." of "Peter T. King")?"""
    return bool(_INITIAL.fullmatch(text))


@dataclass
class Form:
    """One cleaned name occurrence: token range [start, end) in the doc."""

    start: int
    end: int
    text: str
    gender: str = ""  # "female" when an honorific before the name says so ("Mrs Clinton")
    honorific: str = ""  # the honorific before the name, folded ("mr", "sir"), "" when none


def honorific_gender(doc: Doc, start: int) -> str:
    """"female" when the word before token `start` is a woman's honorific ("Mrs", "Ms"), else ""."""
    return "female" if start > 0 and doc[start - 1].text in FEMALE_HONORIFICS else ""


def honorific_before(doc: Doc, start: int) -> str:
    """The honorific right before token `start`, lower-case without its dot ("Mr." -> "mr"), else ""."""
    word = doc[start - 1].text.rstrip(".").lower() if start > 0 else ""
    return word if word in HONORIFIC_GENDER else ""


_OPEN_QUOTE_POSSESSIVE = re.compile(r"(?<=\w)‘s$")


# An editor's bracket closing inside a name: "Chris] Christie" ("[Gov. Chris] Christie"), "Junichiro) Koizumi".
_EDITOR_BRACKET = re.compile(r"(?<=[^\W\d_])[\])](?= [A-Z])")


def flat(text: str) -> str:
    """A name as one line: "Joseph\nWarioba" (wrapped wire copy) -> "Joseph Warioba". A possessive typed
    with an opening quote stays glued to its token ("Donald Trump‘s"): it is no part of the name; nor is
    an editor's bracket ("Chris] Christie")."""
    return _EDITOR_BRACKET.sub("", _OPEN_QUOTE_POSSESSIVE.sub("", " ".join(text.split())))


def is_plain_stop_word(token: Token) -> bool:
    """A stop word that is no given name: "The", "My" (not "Will", "Mark")."""
    return token.is_stop and token.lower_ not in NAME_STOP_WORDS


def _is_name_token(token: Token) -> bool:
    text = token.text
    if token.is_punct or token.like_num or token.is_space:
        return False
    if hyphen_tail(token):
        return True  # "Li Ka-shing", "Ban Ki-moon": the lower-case part of a hyphenated given name
    if text.lower() in NAME_PARTICLES:
        return True
    if is_plain_stop_word(token):
        # "The", "My", "Our" opening a title tagged PERSON; but "Michael Every": a capitalised
        # word inside a sentence right after a given name is a surname
        return (token.i > 0 and text[:1].isupper() and not text.isupper() and not token.is_sent_start
                and is_known_first_name(token.doc[token.i - 1].text))
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _opens_question(token: Token) -> bool:
    """Is the token an auxiliary that is also a given name ("Will") opening a sentence that ends in a
    question mark ("Will Cruz's gambit do any better?")? The name is the rest."""
    if token.lower_ not in QUESTION_AUXILIARIES or not token.text[:1].isupper():
        return False
    sent = token.sent
    if token.i != next((t.i for t in sent if not t.is_space and not t.is_punct), None):
        return False
    words = [t.text for t in sent if not t.is_space and t.text not in ('"', "”", "’", "'", ")")]
    return bool(words) and words[-1] == "?"


def _after_tight_hyphen(token: Token) -> bool:
    """Does the token follow a hyphen that follows a capitalised word, with no space either side ("Ka-")?"""
    doc, i = token.doc, token.i
    return (i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
            and doc[i - 2].text[:1].isupper())


def hyphen_tail(token: Token) -> bool:
    """Is the token the lower-case part after a hyphen of a capitalised word ("shing" of "Ka-shing"),
    and no word that makes the name a modifier ("Warren-style")?"""
    return (token.text.isalpha() and token.text.islower() and token.text not in NAME_MODIFIER_SUFFIXES
            and _after_tight_hyphen(token))


def hyphen_part(token: Token) -> bool:
    """Is the token a part after a hyphen of a name word: a lower-case tail ("shing" of "Ka-shing") or
    a capitalised second surname ("Cross" of "Mr Hulme-Cross"), written with no space either side?"""
    return hyphen_tail(token) or (
        token.is_alpha and token.text[:1].isupper() and not token.text.isupper()
        and _after_tight_hyphen(token) and token.doc[token.i - 2].is_alpha)


def _word_count(doc: Doc, start: int, end: int) -> int:
    """Words of a span, a hyphenated one counted once ("Park Geun-hye": two)."""
    return sum(1 for t in doc[start:end] if t.text != "-" and not (
        t.i > start and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_))


def _surname_after_honorific(doc: Doc, start: int, end: int) -> bool:
    """ "Lord King", "Mr Major": a title word that is the last word of the span, after an honorific,
    is the surname."""
    return end - start == 1 and start > 0 and doc[start - 1].text in HONORIFICS


def _is_group_word(token: Token) -> bool:
    """ "Lib", "Dem", "Tory" before a given name: a party label, no part of the name ("Tory Burch" is)."""
    return token.lower_ in GROUP_WORDS and not is_known_first_name(token.text)


def _is_title_token(token: Token) -> bool:
    return token.text in HONORIFICS or token.text in OFFICE_TITLES or (
        token.text.lower() in ROLE_WORDS and token.text[:1].isupper() and token.pos_ != "PROPN"
    )


def is_word(token: Token) -> bool:
    """An English dictionary word (its form or lemma), ignoring case: "Universe", "Injecting"."""
    return is_english_word(token.text) or is_english_word(token.lemma_)


_OPEN_QUOTES = ("“", '"', "‘", "'")
_CLOSE_QUOTES = ("”", '"', "’", "'")


def _is_nickname(doc: Doc, i: int, end: int) -> bool:
    """Is doc[i] the opening quote of a nickname inside a name ("Joaquin “El Chapo” Guzman"), or
    its closing quote? One or two capitalised words between quotes, a capitalised word after."""
    for opening in (i, i - 2, i - 3):
        if opening < 1 or doc[opening].text not in _OPEN_QUOTES:
            continue
        for closing in (opening + 2, opening + 3):
            if closing + 1 < end and doc[closing].text in _CLOSE_QUOTES and opening <= i <= closing \
                    and all(t.text[:1].isupper() for t in doc[opening + 1:closing]) \
                    and doc[closing + 1].text[:1].isupper():
                return True
    return False


def nickname_start(doc: Doc, start: int) -> int:
    """Where a name starts when the model left a given name and a quoted nickname outside it
    (Riefian “Ifan” [Fajarsyah]): the given name's index, else `start`."""
    if start < 1 or doc[start - 1].text not in _CLOSE_QUOTES:
        return start
    for opening in (start - 3, start - 4):
        given = opening - 1
        if given < 0 or doc[opening].text not in _OPEN_QUOTES:
            continue
        inner = doc[opening + 1:start - 1]
        if all(t.text[:1].isupper() and t.is_alpha for t in inner) and doc[given].pos_ == "PROPN" \
                and doc[given].text[:1].isupper() and doc[given].is_alpha and doc[given].whitespace_:
            return given
    return start


def nickname_end(doc: Doc, start: int, end: int) -> int:
    """Where a name ends when the model tagged a given name and left a quoted nickname and the surname
    outside it (Juan ["Chico"] Manriquez): after an untagged capitalised surname that is no dictionary
    word, or one the model tagged a person (Dwayne ["The Rock" Johnson]), else `end`."""
    if end - start != 1 or not is_known_first_name(doc[start].text):
        return end
    opening = end if doc[end - 1].text not in _OPEN_QUOTES else end - 1  # the model may take the quote in
    for closing in (opening + 2, opening + 3):
        surname = closing + 1
        if surname >= len(doc) or doc[opening].text not in _OPEN_QUOTES or doc[closing].text not in _CLOSE_QUOTES:
            continue
        inner = doc[opening + 1:closing]
        word = doc[surname]
        if all(t.text[:1].isupper() and t.is_alpha for t in inner) and _surname_left_out(word) \
                and (word.ent_type_ == "PERSON"
                     or not is_english_word(word.text) and not is_known_first_name(word.text)):
            return surname + 1  # a dictionary word the model tagged a person is a surname: Dwayne "The Rock" Johnson
    return end


_BRACKETS = {")": "(", "]": "["}
_BRACKET_REACH = 8  # tokens back to the opening bracket: "[New Jersey Gov. Chris] Christie"


def bracketed_given_name_end(doc: Doc, start: int, end: int) -> int:
    """Where a name ends when an editor's bracket closes after its given name, the surname outside
    ("[New Jersey Gov. Chris] Christie", "Prime Minister (Junichiro) Koizumi"): after the surname,
    else `end`. The bracket opens before the name, and closes right after a known given name."""
    if end + 1 >= len(doc) or doc[end].text not in _BRACKETS or not is_known_first_name(doc[end - 1].text):
        return end
    opening = next((i for i in range(start - 1, max(-1, start - 1 - _BRACKET_REACH), -1)
                    if doc[i].text in _BRACKETS.values() or doc[i].text in _BRACKETS), None)
    surname = doc[end + 1]
    if opening is None or doc[opening].text != _BRACKETS[doc[end].text] or not doc[end].whitespace_ \
            or "\n" in doc[end].whitespace_:
        return end
    if _surname_left_out(surname) and not _is_title_word(surname.text):
        return end + 2
    return end


def _surname_left_out(token: Token) -> bool:
    """Could the token be a surname the model left outside a name (nickname_end, bracketed_given_name_end):
    a capitalised proper noun, not in capitals, in no entity but a person?"""
    return _capitalised_proper_noun(token) and token.ent_type_ in ("", "PERSON")


def _capitalised_proper_noun(token: Token) -> bool:
    """A proper noun of letters, capitalised and not in capitals ("Riise", not "NATO")."""
    text = token.text
    return token.pos_ == "PROPN" and token.is_alpha and text[:1].isupper() and not text.isupper()


def _is_title_word(text: str) -> bool:
    """An honorific or an office title ("Mr", "Gov."): no word of a name."""
    return text in HONORIFICS or text in OFFICE_TITLES


def untagged_name_word(token: Token) -> bool:
    """Is the token a word of a name the model tagged only in part: a capitalised proper noun outside
    every entity, compounded to a later word, and no honorific or title?"""
    return (not token.ent_type_ and token.dep_ == "compound" and _capitalised_proper_noun(token)
            and not _is_title_word(token.text))


def given_name_start(doc: Doc, start: int) -> int:
    """Where a name starts when the model left its given name outside ("Felicity [Huffman]"): the
    index of an untagged given name compounded to the name right before it, else `start`."""
    if start < 1:
        return start
    given = doc[start - 1]
    if (untagged_name_word(given) and given.head.i >= start and is_known_first_name(given.text)
            and given.text not in MONTH_NAMES):  # "in March Rubio won"
        return start - 1
    return start


def _opens_with_plural_noun(token: Token) -> bool:
    """A sentence's first word that is the plural of a dictionary noun ("Compatriots", "Teammates"), capitalised
    only by its place, and no given name: no word of a name, whatever the model's tag."""
    text = token.text
    return (token.is_sent_start and token.is_alpha and text[:1].isupper() and not text.isupper()
            and text.endswith("s") and not text.endswith("ss") and is_english_word(text[:-1])
            and not is_known_first_name(text) and not is_known_first_name(text[:-1]))


def _is_inverted_said(doc: Doc, start: int, end: int) -> bool:
    """ "Said Comey, \"...\"": a sentence opening with the verb before its speaker, whose root is the
    name itself or whose quote follows it; "Said Kouachi, 34, was killed" keeps its given name."""
    if not (end - start > 1 and doc[start].text == "Said" and doc[start].is_sent_start):
        return False
    quoted = end + 1 < len(doc) and doc[end].text in (",", ":") and doc[end + 1].text in ('"', "“")
    return quoted or start <= doc[start].sent.root.i < end


def trim_span(doc: Doc, start: int, end: int, rules: frozenset[str]) -> tuple[int, int]:
    """Cut titles, possessives, line breaks and non-name tokens off an entity's edges."""
    # A line break inside an entity joins a heading to the next line: keep the part with more name.
    for i in range(start, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            if i + 1 - start >= end - (i + 1):
                end = i + 1 if "\n" not in doc[i].text else i
            else:
                start = i + 1
            break
    # An inner possessive ends the name: "Joseph O'Connor's Star".
    for i in range(start + 1, end):
        if doc[i].text in POSSESSIVE_S:
            end = i
            break
    # Punctuation with spaces around it separates a name from what follows ("Jerry Springer - The").
    for i in range(start + 1, end):
        if doc[i].is_punct and (doc[i].whitespace_ or doc[i - 1].whitespace_) and doc[i].text not in (".",):
            if _is_nickname(doc, i, end):
                continue  # Riefian “Ifan” Fajarsyah: a nickname in quotes inside the name
            end = i
            break
    while start < end and (
        not _is_name_token(doc[start]) or doc[start].text in NAME_PARTICLES  # "Al Gore" stays
        or ("trim" in rules and _is_title_token(doc[start]) and not _surname_after_honorific(doc, start, end))
        or ("trim" in rules and end - start > 1 and doc[start].lower_ in ROLE_WORDS
            and not is_known_first_name(doc[start].text)
            and not all(is_word(t) for t in doc[start + 1:end]))
        # "Rapper Snoop Dogg" (tagged PROPN); the TV series "Soldier Soldier" stays whole
        or ("trim" in rules and end - start > 1 and doc[start].pos_ == "VERB"
            and not is_known_first_name(doc[start].text))  # "Injecting Clinton"
        or ("trim" in rules and _word_count(doc, start, end) > 2 and not is_known_first_name(doc[start].text)
            and (doc[start].pos_ == "ADJ" or (is_known_first_name(doc[start + 1].text) and (
                doc[start].lower_.endswith(DEMONYM_ENDINGS) or is_word(doc[start])))))
        # "Russian Dmitriy Bogdanov", "Crooked Hillary Clinton": a descriptor before a given name
        or ("sentence_plurals" in rules and _word_count(doc, start, end) > 2 and _opens_with_plural_noun(doc[start]))
        # "Compatriots Mulugeta Wondimu, Abiyote Abate and ...": a plural noun opening the sentence
        or ("trim" in rules and _word_count(doc, start, end) > 2 and doc[start].text in DEMONYM_NOUNS
            and is_known_first_name(doc[start + 1].text))  # "Scot Kathy Butler"
        or ("trim" in rules and end - start > 1 and doc[start].is_alpha and is_major_place(doc[start].text)
            and not is_known_first_name(doc[start].text) and is_known_first_name(doc[start + 1].text))
        # "Alabama Hannah": a place before a given name
        or ("trim" in rules and end - start > 2 and _is_group_word(doc[start])
            and (is_known_first_name(doc[start + 1].text) or _is_group_word(doc[start + 1])))
        # "Lib Dem Norman Baker", "Tory Michael Howard": a party label before a given name
        or ("trim" in rules and _is_inverted_said(doc, start, end))
        or ("trim" in rules and end - start > 1 and _opens_question(doc[start]))  # "Will Cruz's gambit work?"
    ):
        start += 1
    while end > start and (
        doc[end - 1].text in POSSESSIVES or not _is_name_token(doc[end - 1])
        or ("trim" in rules and (doc[end - 1].text in HONORIFICS or doc[end - 1].text in POST_NOMINALS or (
            doc[end - 1].text in OFFICE_TITLES and end - start > 1 and not is_initial(doc[end - 2].text)
            and (not is_known_first_name(doc[end - 2].text) or is_major_place(doc[end - 2].text)))))
        # "Tory Treasurer Lord", "Charlotte Mayor": a title after a place or party is no name
        or doc[end - 1].text.lower() in NAME_PARTICLES
    ):
        end -= 1
    if "trim" in rules:
        # Verbs and common words glued on by the model ("Putin Agree", "Trump Plans Meeting").
        for i in range(start + 1, end):
            if doc[i].pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ"):
                if i == end - 1 == start + 1 and doc[i].text[:1].isupper() and not doc[i].is_sent_start \
                        and not doc[i].text.isupper() and is_known_first_name(doc[start].text):
                    break  # "Theresa May", "Michael Every", "Rod Brind'Amour": a capitalised word
                    # after a given name, inside a sentence, is a surname whatever its tag
                if doc[i].text.lower() not in NAME_PARTICLES:
                    end = i
                    break
            if doc[i].pos_ == "NOUN" and doc[i].text.islower() and doc[i].text not in NAME_PARTICLES \
                    and not hyphen_part(doc[i]):
                end = i  # "Ray Charles biopic Ray": a common noun inside ends the name before it
                break
    return start, end


GERUND_ENDING = "ing"
MIN_VERB_STEM = 3  # letters of a verb before "-ing" ("rob" of "Robbing"): "Ewing", "Ming" are no verb forms


def _verb_stem_is_word(word: str) -> bool:
    """Is the word a verb's -ing form: "Finding" (find), "Driving" (drive), "Robbing" (rob)?"""
    stem = word.lower()[:-len(GERUND_ENDING)]
    if not word.lower().endswith(GERUND_ENDING) or len(stem) < MIN_VERB_STEM:
        return False
    undoubled = stem[:-1] if stem[-1] == stem[-2] else stem
    return is_english_word(stem) or is_english_word(stem + "e") or is_english_word(undoubled)


def opens_with_gerund(doc: Doc, start: int, end: int) -> bool:
    """Is the name at [start, end) a title opened by a verb's -ing form: "Finding Neverland", "Robbing
    Peter", "Driving Miss Daisy"? No given name is one; a given name and surname after the verb ("Meeting
    Tom Hanks") are a person's name the verb only stands before."""
    first = doc[start].text
    if end - start < 2 or is_known_first_name(first) or not _verb_stem_is_word(first):
        return False
    return not (end - start > 2 and is_known_first_name(doc[start + 1].text))
