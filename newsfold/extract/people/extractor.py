"""People: person mentions in one article (extract_people) and across articles (resolve_people).

Extraction works in three passes over a parsed article:
1. evidence: the model's PERSON entities, cleaned (titles, possessives, line breaks cut off) and
   filtered (places, institutions, bylines and photo credits, headline fragments), plus names
   after a strong title ("Mr Putin", "President Trump") or a nationality ("Russian Elena
   Bovina") that the model missed, and names it labelled ORG ("Sven-Goran Eriksson");
   in hard-wrapped wire copy a single line break inside a name or sentence is a space;
2. inventory: those forms grouped into article-local people (a surname or first name joins the
   full name it abbreviates; two full names sharing a surname stay apart);
3. mentions: every occurrence of a known form in the text, whatever label the model gave it
   ("Trump" is often tagged ORG), so each reference is found with exact offsets; people whose
   name is part of a company's name in the article ("Husky Oil Ltd") are dropped.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsfold.extract.people.names import (
    HONORIFICS,
    NAME_PARTICLES,
    OFFICE_TITLES,
    ORG_HEADS,
    STRONG_ORG_HEADS,
    POST_NOMINALS,
    ROLE_WORDS,
    TITLE_EVIDENCE,
    fold,
    fold_tokens,
    ends_like_organisation,
    is_group_name,
    is_institution,
    is_english_word,
    is_known_first_name,
    is_major_place,
    is_place_name,
    is_role_phrase,
    names_compatible,
    normalise_role,
    surname_tokens,
    translit_key,
)
from newsfold.records import ArticlePerson, PersonMention, PersonRecord
from newsfold.nlp.wraps import is_hard_wrapped

# Rules that can be switched off to measure what each buys (see newsfold.eval.people).
RULES = (
    "credits",  # drop bylines and photo credits
    "headlines",  # title-case lines give no new people, only mentions of known ones
    "places",  # gazetteer: a lone token that is a place is not a person without evidence
    "institutions",  # Kremlin, White House, Truth Social, NATO ...
    "determiner",  # "the Kremlin": a name heading a noun phrase with "the" is not a person
    "titles",  # "Mr Putin", "President Trump" are people even when the model missed them
    "rescan",  # find every occurrence of known forms, not only the model's PERSON spans
    "trim",  # cut non-name tokens (titles, verbs in headlines) off entity edges
    "common_words",  # "Spilled Water", "False Servant": an unknown first name before common words
    "lone_evidence",  # a lone token that joins no full name needs a title, role or speech verb
    "mislabelled",  # "Paddy Considine" tagged ORG: a given name and an unknown surname is a person
    "wrapped",  # hard-wrapped text (wire copy): a lone line break inside a sentence is a space
    "companies",  # "Dean Witter Reynolds Inc": a name inside a company's name is no person
    "nationality",  # "Russian Elena Bovina" untagged by the model: a name after a nationality
)

_CREDIT_BEFORE = re.compile(
    r"(?:^|[\s(\[|\-–—])(?:(?:additional\s+)?(?:reporting|writing|editing|words|text|interview|"
    r"research|graphics?)\s+by|(?:additional\s+)?reporting\s+from|"
    r"photo(?:graph)?s?|pictures?|images?|illustrations?|videos?|"
    r"credits?|source|copyright|©)\s*(?:by|credit)?\s*[:\-–—]?\s*$",
    re.IGNORECASE,
)
_BYLINE_BEFORE = re.compile(r"^\s*(?:[-•*]\s*)?by\s*:?\s*$", re.IGNORECASE)
_CREDIT_AFTER = re.compile(
    r"^\s*(?:/|\|\s*[A-Z]|\((?:AP|AFP|Reuters|Getty|EPA|PA|Bloomberg|Shutterstock)\b|"
    r"for\s+(?:Reuters|AP|AFP|Getty|the\s+[A-Z]))",
)
_HEADLINE_MAX_WORDS = 20


@dataclass
class _Form:
    """One cleaned name occurrence: token range [start, end) in the doc."""

    start: int
    end: int
    text: str


@dataclass
class _LocalPerson:
    name: str
    forms: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token ranges


# --------------------------------------------------------------------------- line context


def _line_bounds(text: str, char: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, len(text) if end == -1 else end


def _is_headline_line(line: str, first_line: bool = False) -> bool:
    """A short line without closing punctuation whose longer words are mostly capitalised.
    The first line of a document may end with a full stop (many feeds punctuate titles)."""
    stripped = line.strip()
    if not stripped or stripped[-1] in '?!"”:;,' or (stripped[-1] == "." and not first_line):
        return False
    words = re.findall(r"[A-Za-z][\w'’\-]*", stripped)
    if not words or len(words) > _HEADLINE_MAX_WORDS:
        return False
    if re.search(r"[.?!]\s+[A-Z]", stripped):
        return False  # several sentences: a paragraph, not a title
    long_words = [w for w in words if len(w) > 3] or words
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised / len(long_words) >= (0.9 if stripped[-1] == "." else 0.7)


def _in_headline(text: str, char: int, wrapped: bool = False) -> bool:
    line_start, line_end = _line_bounds(text, char)
    if wrapped and _continues_paragraph(text, line_start, line_end):
        return False
    return _is_headline_line(text[line_start:line_end], not text[:line_start].strip())


def _continues_paragraph(text: str, line_start: int, line_end: int) -> bool:
    """In hard-wrapped text, a line followed by an unindented non-blank line, or following a line
    that does not end a sentence, is part of a paragraph, not a heading."""
    if line_end < len(text):
        following = text[line_end + 1:_line_bounds(text, line_end + 1)[1]]
        if following.strip() and not following[:1].isspace():
            return True
    if line_start > 0:
        previous = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].rstrip()
        if previous and previous[-1] not in '.?!"”:':
            return True
    return False


def _soft_breaks(doc: Doc, rules: frozenset[str]) -> frozenset[int]:
    """Indices of whitespace tokens that are mere line wraps (a single "\n") in hard-wrapped text:
    "Prime Minister Joseph\nWarioba" is one name."""
    if "wrapped" not in rules or not is_hard_wrapped(doc.text):
        return frozenset()
    return frozenset(t.i for t in doc if t.text == "\n" and 0 < t.i < len(doc) - 1)


def _is_credit(text: str, start_char: int, end_char: int) -> bool:
    line_start, line_end = _line_bounds(text, start_char)
    before = text[line_start:start_char]
    after = text[end_char:line_end]
    if _CREDIT_BEFORE.search(before) or _BYLINE_BEFORE.match(before):
        return True
    return bool(_CREDIT_AFTER.match(after))


# --------------------------------------------------------------------------- forms


def _flat(text: str) -> str:
    """A name as one line: "Joseph\nWarioba" (wrapped wire copy) -> "Joseph Warioba"."""
    return " ".join(text.split())


def _is_name_token(token: Token) -> bool:
    text = token.text
    if token.is_punct or token.like_num or token.is_space:
        return False
    if text.lower() in NAME_PARTICLES:
        return True
    if token.is_stop and token.lower_ not in ("will", "may", "mark", "bill", "rose", "grant"):
        return False  # "The", "My", "Our" opening a title tagged PERSON
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _is_title_token(token: Token) -> bool:
    return token.text in HONORIFICS or token.text in OFFICE_TITLES or (
        token.text.lower() in ROLE_WORDS and token.text[:1].isupper() and token.pos_ != "PROPN"
    )


_DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i", "ch")


def _is_word(token: Token) -> bool:
    """An English dictionary word (its form or lemma), ignoring case: "Universe", "Injecting"."""
    return is_english_word(token.text) or is_english_word(token.lemma_)


def _trim_span(doc: Doc, start: int, end: int, rules: frozenset[str],
               soft: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Cut titles, possessives, line breaks and non-name tokens off an entity's edges."""
    # A line break inside an entity joins a heading to the next line: keep the part with more name.
    # (A mere line wrap in hard-wrapped text does not: "Joseph\nWarioba".)
    for i in range(start, end):
        if i in soft and start < i < end - 1:
            continue
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            if i + 1 - start >= end - (i + 1):
                end = i + 1 if "\n" not in doc[i].text else i
            else:
                start = i + 1
            break
    # An inner possessive ends the name: "Joseph O'Connor's Star".
    for i in range(start + 1, end):
        if doc[i].text in ("'s", "’s"):
            end = i
            break
    # Punctuation with spaces around it separates a name from what follows ("Jerry Springer - The").
    for i in range(start + 1, end):
        if doc[i].is_punct and (doc[i].whitespace_ or doc[i - 1].whitespace_) and doc[i].text not in (".",):
            end = i
            break
    while start < end and (
        not _is_name_token(doc[start]) or doc[start].text in NAME_PARTICLES  # "Al Gore" stays
        or ("trim" in rules and _is_title_token(doc[start]))
        or ("trim" in rules and end - start > 1 and doc[start].lower_ in ROLE_WORDS
            and not is_known_first_name(doc[start].text)
            and not all(_is_word(t) for t in doc[start + 1:end]))
        # "Rapper Snoop Dogg" (tagged PROPN); the TV series "Soldier Soldier" stays whole
        or ("trim" in rules and end - start > 1 and doc[start].pos_ == "VERB"
            and not is_known_first_name(doc[start].text))  # "Injecting Clinton"
        or ("trim" in rules and end - start > 2 and not is_known_first_name(doc[start].text)
            and (doc[start].pos_ == "ADJ" or (is_known_first_name(doc[start + 1].text) and (
                doc[start].lower_.endswith(_DEMONYM_ENDINGS) or _is_word(doc[start])))))
        # "Russian Dmitriy Bogdanov", "Crooked Hillary Clinton": a descriptor before a given name
    ):
        start += 1
    while end > start and (
        doc[end - 1].text in ("'s", "’s", "'", "’") or not _is_name_token(doc[end - 1])
        or ("trim" in rules and (doc[end - 1].text in HONORIFICS or doc[end - 1].text in POST_NOMINALS or (
            doc[end - 1].text in OFFICE_TITLES and (not is_known_first_name(doc[end - 2].text)
                                                    or is_place_name(doc[end - 2].text)))))
        # "Tory Treasurer Lord", "Charlotte Mayor": a title after a place or party is no name
        or doc[end - 1].text.lower() in NAME_PARTICLES
    ):
        end -= 1
    if "trim" in rules:
        # Verbs and common words glued on by the model ("Putin Agree", "Trump Plans Meeting").
        for i in range(start + 1, end):
            if doc[i].pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ"):
                if doc[i].text.lower() not in NAME_PARTICLES:
                    end = i
                    break
    return start, end


def _is_plural_word(token: Token) -> bool:
    """ "Panthers", "Wolves": the plural of a dictionary word ("Morris", "Jones" are not)."""
    text = token.text
    if not text.endswith("s"):
        return False
    lemma = token.lemma_
    return is_english_word(text[:-1]) or (lemma.lower() != token.lower_ and is_english_word(lemma))


def _is_locative(doc: Doc, start: int) -> bool:
    """ "at Gatwick", "in Kensington": a lone name after a place preposition."""
    return start > 0 and doc[start - 1].lower_ in ("at", "in", "near", "inside", "outside", "across", "via")


def _is_determined_modifier(doc: Doc, start: int, end: int) -> bool:
    """ "the Brexit vote": a name modifying a noun after "the" (people get evidence elsewhere)."""
    return start > 0 and doc[start - 1].lower_ == "the" and doc[end - 1].dep_ in ("compound", "amod", "nmod")


def _has_person_evidence(doc: Doc, start: int, end: int) -> bool:
    """Signals that a lone token is a person: a title before it, or it speaks/acts as a subject."""
    if start > 0 and doc[start - 1].text in TITLE_EVIDENCE:
        return True
    if start > 1 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ == "according":
        return True
    head = doc[end - 1]
    if end < len(doc) and doc[end].lower_ in _PERSON_LED:
        return True  # "the Biden administration", "Blair government"
    return head.dep_ == "nsubj" and head.head.lemma_ in _SPEECH_VERBS


# Nouns that a person's name modifies: "the Biden administration", "the Thatcher era".
_PERSON_LED = frozenset(
    "administration presidency government cabinet premiership era camp family estate".split()
)


_SPEECH_VERBS = frozenset(
    """say tell add insist warn claim argue ask announce explain write note state stress urge
    believe think confirm deny admit suggest reply respond comment declare accuse vow pledge
    promise talk speak testify tweet criticise criticize praise acknowledge describe recall
    complain predict concede""".split()
)


def _reject_form(doc: Doc, start: int, end: int, text: str, rules: frozenset[str]) -> bool:
    """Precision filters for one candidate form (before it is known to join a full name)."""
    if len(text) < 2 or not any(c.islower() for c in text) and len(text) <= 4:
        return True  # acronyms: NATO, CIA, MAGA
    if fold_tokens(doc[start].text)[:1] in (("us",), ("uk",), ("hk",), ("un",), ("eu",), ("usa",)) and (
            doc[start].text.isupper()):
        return True  # "U.S. Dlrs", "H.K. Dlrs": a country's initials, not a person's
    if any(ch.isdigit() for ch in text) or end - start > 6:
        return True
    if "institutions" in rules and (is_institution(text) or is_group_name(text)):
        return True
    if "common_words" in rules and ends_like_organisation(text, is_known_first_name(doc[start].text)):
        return True
    single = end - start == 1 or len(fold_tokens(text)) == 1
    if "places" in rules and is_place_name(text):
        # A big place (Kyiv) needs evidence now; a small town that is also a surname (Obama,
        # Radcliffe) is judged with the other lone tokens once all its mentions are known.
        if single and is_major_place(text) and not _has_person_evidence(doc, start, end):
            return True
        if not single and not is_known_first_name(doc[start].text):
            return True  # "Monte Carlo", "Saudi Arabia"; "Paris Hilton" opens with a given name
    if ("common_words" in rules and not single and is_place_name(doc[start].text)
            and _is_plural_word(doc[end - 1])):
        return True  # "Charlotte Panthers", "Boston Celtics": a place and a plural noun
    if "common_words" in rules and not single and not is_known_first_name(doc[start].text):
        if any(t.pos_ in ("NOUN", "VERB", "ADJ", "ADV", "NUM") for t in doc[start:end]):
            return True  # the tagger reads these as common words, and no given name vouches
        if all(_is_word(t) for t in doc[start:end]):
            return True  # "Cloud Atlas", "Morning Consult", "Strong Medicine": dictionary words
    if ("determiner" in rules and start > 0 and doc[start - 1].lower_ in ("the", "a", "an")
            and not is_known_first_name(doc[start].text)):  # "a John McCain" is still McCain
        root = doc[end - 1]
        if root.dep_ not in ("compound", "poss", "amod", "nmod"):
            return True  # "the Kremlin", "a Kyiv": a name heading its own noun phrase
    return False


def _entity_forms(doc: Doc, rules: frozenset[str], soft: frozenset[int] = frozenset()) -> list[_Form]:
    """Cleaned PERSON entities that are not credits, headline fragments or non-people."""
    text = doc.text  # Doc.text is rebuilt on every access
    forms = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = _trim_span(doc, ent.start, ent.end, rules, soft)
        if start >= end:
            continue
        span = doc[start:end]
        if "credits" in rules and _is_credit(text, span.start_char, span.end_char):
            continue
        if "headlines" in rules and _in_headline(text, span.start_char, bool(soft)):
            continue
        name = _flat(span.text)
        if _reject_form(doc, start, end, name, rules):
            continue
        forms.append(_Form(start, end, name))
    return forms


def _name_words(doc: Doc, start: int, end: int, soft: frozenset[int]) -> list[str]:
    """The words of a span as a reader sees them: hyphenated parts joined ("Sven-Goran" is one
    word, not three tokens), line wraps skipped."""
    words: list[str] = []
    glue = False
    for token in doc[start:end]:
        if token.i in soft:
            glue = False
            continue
        if words and (glue or token.text == "-") and not doc[token.i - 1].whitespace_:
            words[-1] += token.text
        else:
            words.append(token.text)
        glue = token.text == "-"
    return words


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _mislabelled_forms(doc: Doc, rules: frozenset[str], soft: frozenset[int] = frozenset()) -> list[_Form]:
    """Entities with another label shaped like "Given-name Surname" (a known given name, then a
    capitalised word that is neither a dictionary word nor a given name): "Paddy Considine"
    tagged ORG. "Morgan Stanley" and "Paddy Power" stay organisations. Initials may stand for
    the given name when the rest is no dictionary word: "K.M. Obaidur Rahman"."""
    if "mislabelled" not in rules:
        return []
    text = doc.text  # Doc.text is rebuilt on every access
    forms = []
    for whole in doc.ents:
        if whole.label_ not in ("ORG", "PRODUCT", "WORK_OF_ART"):
            continue
        # "the Green Party’s Jill Stein" (one ORG): the part after a possessive is its own name,
        # and that structure vouches for it even when its surname is a dictionary word.
        owner_ends = [t.i + 1 for t in whole if t.text in ("'s", "’s")]
        ent = doc[owner_ends[-1]:whole.end] if owner_ends else whole
        words = _name_words(doc, ent.start, ent.end, soft)
        if len(words) not in (2, 3):
            continue
        if is_place_name(words[0]) or is_place_name(words[-1]):
            continue  # "Sheffield Hallam" is a constituency
        first, last = words[0], words[-1]
        name = " ".join(words)
        if _INITIALS.fullmatch(first):
            # "K.M. Obaidur Rahman": no given name vouches, so every other word must be unknown
            # ("H.K. Dlrs", "U.S. Steel" are not: a given name and a surname must follow).
            if len(words) != 3 or not all(w[:1].isupper() and w.isalpha() and not is_english_word(w)
                                          and not is_place_name(w) for w in words[1:]):
                continue
        else:
            middle_ok = len(words) == 2 or re.fullmatch(r"[A-Z]\.?", words[1])
            surname_ok = last[:1].isupper() and last.isalpha() and (
                owner_ends or not (is_known_first_name(last) or is_english_word(last)
                                   or _is_word(doc[ent.end - 1])))
            given_ok = first[:1].isupper() and (is_known_first_name(first) or (
                "-" in first and all(is_known_first_name(part) for part in first.split("-"))))
            if not (middle_ok and surname_ok and given_ok):
                continue
        if is_place_name(name) or is_institution(name) or ends_like_organisation(name):
            continue
        if "credits" in rules and _is_credit(text, ent.start_char, ent.end_char):
            continue
        forms.append(_Form(ent.start, ent.end, name))
    return forms


# Organisation heads that never end a person's name after a title ("Premier League", "Cardinal
# Industries"); "Hall", "Park", "House" may ("Mr Hall", "President Park").
_NEVER_SURNAMES = STRONG_ORG_HEADS | frozenset(
    "league industries association federation union party council committee commission "
    "ministry department corporation".split()
)

_FACILITY_HEADS = frozenset(
    "causeway highway motorway mosque port canal dam building complex field fields gardens "
    "terminal base camp barracks".split()
)


def _facility_is_title_and_name(doc: Doc, i: int) -> bool:
    """ "King Fahd" tagged FAC is a person; "King Fahd Stadium" is a place."""
    k = i
    while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
        k += 1
    last = doc[k].lower_
    return k - i < 3 and last not in ORG_HEADS and last not in _FACILITY_HEADS


def _titled_forms(doc: Doc, rules: frozenset[str], soft: frozenset[int] = frozenset()) -> list[_Form]:
    """Names after a strong title ("Mr Putin", "President Trump"), whatever the model's label."""
    if "titles" not in rules:
        return []
    text = doc.text  # Doc.text is rebuilt on every access
    forms = []
    for token in doc:
        if token.text not in TITLE_EVIDENCE or token.i + 1 >= len(doc):
            continue
        start = end = token.i + 1
        while end < len(doc) and end - start < 4:
            nxt = doc[end]
            if end in soft and end + 1 < len(doc):
                nxt = doc[end + 1]  # "Prime Minister Joseph\nWarioba": look past a line wrap
                if nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.is_alpha and (
                        nxt.text not in TITLE_EVIDENCE and nxt.text not in OFFICE_TITLES):
                    end += 2
                    continue
                break
            if "\n" in doc[end - 1].whitespace_ or "\n" in nxt.text:
                break
            if nxt.text.lower() in NAME_PARTICLES and end > start:
                end += 1
                continue
            if not (nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.is_alpha) or (
                nxt.text in TITLE_EVIDENCE or nxt.text in OFFICE_TITLES
            ):
                break
            if nxt.ent_type_ in ("GPE", "NORP", "LOC", "FAC", "DATE") and end == start:
                if not (nxt.ent_type_ == "FAC" and _facility_is_title_and_name(doc, nxt.i)):
                    break
            end += 1
        while end > start and doc[end - 1].text.lower() in NAME_PARTICLES:
            end -= 1
        if end == start:
            continue
        start, end = _trim_span(doc, start, end, rules, soft)
        if end <= start:
            continue
        span = doc[start:end]
        if "headlines" in rules and _in_headline(text, span.start_char, bool(soft)):
            continue
        if "credits" in rules and _is_credit(text, span.start_char, span.end_char):
            continue
        name = _flat(span.text)
        if is_institution(name) or is_place_name(name) or ends_like_organisation(name):
            continue  # "King Fahd International Stadium"
        if any(fold(t.text) in _NEVER_SURNAMES for t in span) or (
                end < len(doc) and doc[end].text in _COMPANY_SUFFIXES):
            continue  # "Premier League", "Cardinal Industries Inc"
        forms.append(_Form(start, end, name))
    return forms


def _nationality_forms(doc: Doc, rules: frozenset[str], soft: frozenset[int] = frozenset()) -> list[_Form]:
    """Names the model left untagged after a nationality: "Russian Elena Bovina", "China's Na Li",
    "Bulgarian Magdaleena Maleeva" (sport and wire copy introduce people so). Two or three
    capitalised proper nouns, led by a known given name or made only of non-dictionary words."""
    if "nationality" not in rules:
        return []
    text = doc.text
    forms = []
    for token in doc:
        if token.ent_type_ == "NORP" and token.ent_iob_ in ("B", "I") and (
                token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I"):
            start = token.i + 1  # after the last word of "Bulgarian", "South African"
        elif token.text in ("'s", "’s") and token.i > 0 and doc[token.i - 1].ent_type_ == "GPE":
            start = token.i + 1  # "Japan's Ai Sugiyama"
        else:
            continue
        end = start
        while end < len(doc) and end - start < 3:
            t = doc[end]
            if not (t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and len(t.text) > 1
                    and t.ent_type_ in ("", "FAC") and end not in soft):  # no place, no company
                break
            end += 1
        if end - start < 2 or (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_alpha):
            continue  # one word, or a longer proper name ("Australian Open Tennis Championships")
        words = [t.text for t in doc[start:end]]
        if any(is_place_name(w) or w in OFFICE_TITLES or w in HONORIFICS for w in words):
            continue
        unknown = all(not is_english_word(w) and not is_known_first_name(w) for w in words)
        if not (unknown or (is_known_first_name(words[0]) and not _is_word(doc[end - 1])
                            and not is_known_first_name(words[-1]))):
            continue
        name = " ".join(words)
        if is_institution(name) or ends_like_organisation(name) or is_group_name(name):
            continue
        span = doc[start:end]
        if "headlines" in rules and _in_headline(text, span.start_char, bool(soft)):
            continue
        forms.append(_Form(start, end, name))
    return forms


# --------------------------------------------------------------------------- inventory


def _build_inventory(forms: list[_Form]) -> tuple[list[_LocalPerson], dict[int, int]]:
    """Group forms into people. Returns the people and, per form index, its person index."""
    people: list[_LocalPerson] = []
    assignment: dict[int, int] = {}
    order = sorted(range(len(forms)), key=lambda i: (-len(fold_tokens(forms[i].text)), forms[i].start))
    for i in order:
        form = forms[i]
        tokens = fold_tokens(form.text)
        if not tokens:
            continue
        if len(tokens) > 1:
            match = next(
                (p for p, person in enumerate(people)
                 if len(fold_tokens(person.name)) > 1 and names_compatible(person.name, form.text)),
                None,
            )
        else:
            match = _match_single(people, tokens[0], form.start, forms, assignment)
        if match is None:
            people.append(_LocalPerson(name=form.text))
            match = len(people) - 1
        assignment[i] = match
        people[match].forms.append(form.text)
    return people, assignment


def _match_single(people, token, position, forms, assignment) -> int | None:
    """A lone surname (or first name) joins the full name it abbreviates; when several full
    names share it, the nearest one mentioned before it wins."""
    by_surname = [p for p, person in enumerate(people)
                  if any(translit_key(token) == translit_key(s) for s in surname_tokens(person.name))]
    candidates = by_surname or [
        p for p, person in enumerate(people)
        if len(fold_tokens(person.name)) > 1 and fold_tokens(person.name)[0] == token
    ]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    # Several full names share it: news introduces its main subject first ("Hillary Clinton"
    # before "Chelsea Clinton"), and a bare surname usually means that one.
    first_seen = {p: min(forms[i].start for i, q in assignment.items() if q == p) for p in candidates}
    return min(candidates, key=lambda p: first_seen[p])


# --------------------------------------------------------------------------- mentions


def _form_index(people: list[_LocalPerson]) -> dict[tuple[str, ...], list[int]]:
    """Surface token sequences that refer to each person: every form seen, plus the surname."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for p, person in enumerate(people):
        keys = {tuple(f.split()) for f in person.forms}
        parts = person.name.split()
        if len(parts) > 1:
            keys.add((parts[-1],))
            # "bin Salman", "van Gogh": the particle surname
            for k in range(1, len(parts) - 1):
                if parts[k].lower() in NAME_PARTICLES:
                    keys.add(tuple(parts[k:]))
                    break
        for key in keys:
            key = tuple(w.lower() if w.lower() in NAME_PARTICLES else w for w in key)
            if p not in index[key]:
                index[key].append(p)
    return index


def _scan_text(token: Token) -> str:
    """Token text as matched against known forms: particles are case-free ("De Blasio")."""
    return token.lower_ if token.lower_ in NAME_PARTICLES else token.text


def _rescan(doc: Doc, people: list[_LocalPerson], rules: frozenset[str],
            soft: frozenset[int] = frozenset()) -> list[tuple[int, int, int]]:
    """Every occurrence of a known form (longest match first): (start, end, person index)."""
    index = _form_index(people)
    max_len = max((len(k) for k in index), default=0)
    first_words = {key[0] for key in index}
    # Line wraps are skipped: position j of `words` is token `at[j]` of the doc.
    at = [t.i for t in doc if t.i not in soft] if soft else list(range(len(doc)))
    words = [_scan_text(doc[i]) for i in at]
    hits = []
    j = 0
    while j < len(words):
        found = None
        if words[j] not in first_words:
            j += 1
            continue
        for length in range(min(max_len, len(words) - j), 0, -1):
            key = tuple(words[j:j + length])
            if key in index:
                found = (at[j], at[j + length - 1] + 1, key)
                break
        if found is None:
            j += 1
            continue
        start, end, key = found
        j += len(key)
        owners = index[key]
        if len(key) == 1 and not _standalone_surname(doc, start, end):
            continue
        if ("places" in rules and doc[start].ent_type_ in ("GPE", "LOC")
                and is_place_name(doc[start:end].text)):
            continue
        hits.append((start, end, _nearest_owner(owners, start, hits)))
    return hits


def _standalone_surname(doc: Doc, start: int, end: int) -> bool:
    """A lone surname hit must not be the tail of another person's name ("Hunter Biden")."""
    if start == 0:
        return True
    prev = doc[start - 1]
    if prev.is_sent_start or not prev.text[:1].isupper() or not prev.is_alpha:
        return True
    if prev.text in HONORIFICS or prev.text in OFFICE_TITLES or prev.text.lower() in ROLE_WORDS:
        return True
    if prev.ent_type_ in ("GPE", "NORP", "ORG", "LOC") and prev.ent_type_ != "PERSON":
        return True
    return prev.ent_type_ != "PERSON" and prev.pos_ != "PROPN"


def _nearest_owner(owners: list[int], start: int, hits: list[tuple[int, int, int]]) -> int:
    """A form shared by several people goes to the one introduced first (see _match_single)."""
    introduced = {}
    for hit_start, _, owner in hits:
        introduced.setdefault(owner, hit_start)
    return min(owners, key=lambda p: introduced.get(p, start + 1 + p))


# --------------------------------------------------------------------------- roles


_ROLE_CONNECTORS = frozenset({"of", "for", "-", "–", "&"})


def _is_role_token(token: Token) -> bool:
    return token.lower_ in ROLE_WORDS or token.text in OFFICE_TITLES or token.text in HONORIFICS


def _premodifier_role(doc: Doc, start: int, end: int) -> str | None:
    """ "Kremlin spokesman Dmitry Peskov", "Secretary of State Marco Rubio" -> the words before.

    Patterned on the surface rather than the parse (the small model often mis-attaches titles):
    the word right before the name must be a role word or capitalised; the phrase then extends left over
    capitalised words, adjectives, nouns and "of"/"for", stopping at determiners, verbs,
    punctuation, possessives, line breaks and other people.
    """
    if start == 0 or "\n" in doc[start - 1].whitespace_:
        return None
    before = doc[start - 1]
    if not (_is_role_token(before) or (before.pos_ == "PROPN" and before.text[:1].isupper()
                                       and before.ent_type_ != "PERSON")):
        return None
    first = start - 1
    i = start - 2
    seen_adjective = False
    while i >= 0:
        token = doc[i]
        if token.pos_ == "NOUN" and token.text.islower() and seen_adjective:
            break  # "running mate presidential nominee": a noun never precedes the adjective
        seen_adjective = seen_adjective or (token.pos_ == "ADJ" and token.text.islower())
        if "\n" in token.whitespace_ or token.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL"):
            break
        if token.text in ("'s", "’s", "'", "’"):
            break  # "Clinton’s press secretary Brian Fallon": the role is "press secretary"
        if token.lower_ in _ROLE_CONNECTORS:
            if i == 0 or not _is_role_token(doc[i - 1]):
                break  # "release of American teacher": only "Secretary of", "Minister for"
        elif token.is_punct and token.text not in (".",) or token.pos_ in (
            "DET", "PRON", "VERB", "AUX", "ADV", "CCONJ", "SCONJ", "ADP", "PART", "NUM", "SYM"
        ) and not _is_role_token(token) and token.text not in ("U.S.", "U.K.", "US", "UK"):
            break
        elif not (token.text[:1].isupper() or token.pos_ in ("ADJ", "NOUN") or _is_role_token(token)):
            break
        elif (token.is_sent_start and token.text[:1].isupper()
              and token.pos_ not in ("PROPN", "ADJ") and not _is_role_token(token)):
            break
        first = i
        i -= 1
    words = [t.text for t in doc[first:start]]
    while words and words[0].lower() in _ROLE_CONNECTORS:
        words = words[1:]
    if not words or not is_role_phrase(words):
        return None
    return normalise_role(" ".join(words))


def _appositive_role(doc: Doc, start: int, end: int) -> str | None:
    """ "Pete Hegseth, the US Defence Secretary," and "his advisor, Steve Witkoff"."""
    span_tokens = range(start, end)
    for i in span_tokens:
        for child in doc[i].children:
            if child.dep_ == "appos" and not (start <= child.i < end) and child.ent_type_ != "PERSON":
                words = [t.text for t in doc[child.left_edge.i:child.i + 1]
                         if t.dep_ not in ("det", "poss", "case") and t.head.dep_ != "poss"]
                if (0 < len(words) <= 8 and is_role_phrase(words)
                        and words[-1].lower().strip(".") in ROLE_WORDS):
                    return normalise_role(" ".join(words))
    root = doc[end - 1]
    if root.dep_ == "appos" and root.head.i < start and root.head.pos_ in ("NOUN", "PROPN"):
        head = root.head
        words = [
            t.text for t in doc[head.left_edge.i:head.i + 1]
            if t.dep_ not in ("det", "poss", "case") and t.head.dep_ != "poss" and t.ent_type_ != "PERSON"
        ]
        if words and head.text.lower() in ROLE_WORDS and len(words) <= 6:
            return normalise_role(" ".join(words))
    return None


# --------------------------------------------------------------------------- public API


def local_key_for(name: str) -> str:
    """Article-local key of a person: the folded name (unique per article once resolved)."""
    return fold(name) or name


def extract_people(
    doc: Doc, *, disabled: Sequence[str] = ()
) -> tuple[list[ArticlePerson], list[PersonMention]]:
    """People of one article and every mention of them, offsets into `doc.text`.

    `disabled` switches off named RULES, for measuring what each one buys.
    """
    rules = frozenset(RULES) - frozenset(disabled)
    soft = _soft_breaks(doc, rules)
    forms = (_entity_forms(doc, rules, soft) + _titled_forms(doc, rules, soft)
             + _mislabelled_forms(doc, rules, soft) + _nationality_forms(doc, rules, soft))
    forms = _shrink_to_known_surnames(doc, _dedupe_forms(forms))
    people, assignment = _build_inventory(forms)
    if not people:
        return [], []

    spans: dict[tuple[int, int], int] = {}
    for i, p in assignment.items():
        spans[(forms[i].start, forms[i].end)] = p
    if "rescan" in rules:
        for start, end, p in _rescan(doc, people, rules, soft):
            if not any(s <= start and end <= e for (s, e) in spans if (s, e) != (start, end)):
                spans.setdefault((start, end), p)
    # overlapping spans: keep the longest
    kept: list[tuple[int, int, int]] = []
    for (start, end), p in sorted(spans.items(), key=lambda kv: (kv[0][0], -(kv[0][1] - kv[0][0]))):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, p))

    for start, end, p in kept:
        person = people[p]
        person.mentions.append((start, end))
        text = _flat(doc[start:end].text)
        if text not in person.forms:
            person.forms.append(text)
        for role in (_premodifier_role(doc, start, end), _appositive_role(doc, start, end)):
            if role and role.lower() not in (r.lower() for r in person.roles):
                person.roles.append(role)

    if "companies" in rules:
        companies = _company_names(doc, soft)
        for person in people:
            if companies and person.mentions and not person.roles and any(
                    f" {person.name} " in company for company in companies):
                person.mentions = []  # Husky (Oil Ltd), Gates Learjet (Corp), Philip Morris (Inc)

    if "lone_evidence" in rules:
        person_votes = Counter(ent.text for ent in doc.ents if ent.label_ == "PERSON")
        other_votes = Counter(ent.text for ent in doc.ents if ent.label_ != "PERSON")
        for person in people:
            if len(person.name.split()) != 1 or person.roles:
                continue
            voted = (person_votes[person.name] >= 2 and not other_votes[person.name]
                     and (is_known_first_name(person.name) or not is_english_word(person.name))
                     and not ("places" in rules and is_place_name(person.name))
                     and not any(_is_locative(doc, s) for s, _ in person.mentions)
                     and not all(_is_determined_modifier(doc, s, e) for s, e in person.mentions))
            if not voted and not any(_has_person_evidence(doc, s, e) for s, e in person.mentions):
                person.mentions = []  # unvouched lone token: Yukos, Festen, Danger
    return _finalise(doc, people)


# Words that end a company's name: "Husky Oil Ltd", "Dean Witter Reynolds Inc", "Polimeri SpA".
_COMPANY_SUFFIXES = frozenset(
    """Inc Inc. Corp Corp. Co Co. Cos Cos. Ltd Ltd. Plc PLC plc LLC Llc LP AG SA S.A. NV N.V. AB
    SpA Spa GmbH BV B.V. Bhd Pty KK Oy NA N.A. Corporation Incorporated Limited Company Group
    Holdings""".split()
)
_BRACKETED = re.compile(r"<([A-Z][^<>]{1,80})>")
_COMPANY_INNER = frozenset({"and", "&", "de", "of", "-", "'s", "’s"})


def _company_names(doc: Doc, soft: frozenset[int]) -> list[str]:
    """Names of companies in the article, as " word word suffix " strings: the capitalised words
    (and "and", "&", "de", "of") running back from a corporate suffix, and names in angle
    brackets, which wire copy gives companies ("<Compagnie Generale de Constructions>")."""
    text = doc.text
    names = [" " + " ".join(m.group(1).split()) + " " for m in _BRACKETED.finditer(text)
             ] if "<" in text else []
    for token in doc:
        if token.text not in _COMPANY_SUFFIXES or token.i == 0:
            continue
        words = [token.text]
        i = token.i - 1
        while i >= 0 and len(words) < 8:
            t = doc[i]
            if i in soft:
                i -= 1
                continue
            if not ((t.text[:1].isupper() and any(c.isalpha() for c in t.text))
                    or t.lower_ in _COMPANY_INNER):
                break
            if t.lower_ == "of" and not (i > 0 and doc[i - 1].lower_ in ORG_HEADS):
                break  # "Bank of America Corp", but "Hiroyuki Kondo of Yasuda Trust ... Co Ltd"
            words.insert(0, t.text)
            i -= 1
        while len(words) > 1 and words[0].lower() in _COMPANY_INNER:
            words = words[1:]
        if len(words) > 1:
            names.append(" " + " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
                         + " ")
    return names


def _shrink_to_known_surnames(doc: Doc, forms: list[_Form]) -> list[_Form]:
    """ "Standard Clinton" (a headline word glued to a name) -> "Clinton", when another form
    gives the surname a real given name ("Hillary Clinton") and this one's first word is none."""
    surnames = {f.text.split()[-1] for f in forms
                if f.end - f.start >= 2 and is_known_first_name(doc[f.start].text)}
    out = []
    for form in forms:
        if (form.end - form.start == 2 and doc[form.start + 1].text in surnames
                and not is_known_first_name(doc[form.start].text) and _is_word(doc[form.start])
                and doc[form.start].text not in surnames):
            out.append(_Form(form.start + 1, form.end, doc[form.start + 1].text))
        else:
            out.append(form)
    return out


def _dedupe_forms(forms: list[_Form]) -> list[_Form]:
    seen: dict[tuple[int, int], _Form] = {}
    for form in forms:
        seen.setdefault((form.start, form.end), form)
    ordered = sorted(seen.values(), key=lambda f: (f.start, -(f.end - f.start)))
    out: list[_Form] = []
    for form in ordered:
        if out and form.start < out[-1].end:
            continue
        out.append(form)
    return out


def _finalise(doc: Doc, people: list[_LocalPerson]) -> tuple[list[ArticlePerson], list[PersonMention]]:
    article_people: list[ArticlePerson] = []
    mentions: list[PersonMention] = []
    used_keys: set[str] = set()
    for person in people:
        if not person.mentions:
            continue
        counts = Counter(_flat(doc[s:e].text) for s, e in person.mentions)
        # fullest form; among equals the most frequent, then the first seen
        name = max(counts, key=lambda f: (len(f.split()), counts[f],
                                          -person.forms.index(f) if f in person.forms else 0))
        key = local_key_for(name)
        while key in used_keys:
            key += "'"
        used_keys.add(key)
        variants = tuple(dict.fromkeys(f for f in person.forms if f in counts))
        article_people.append(
            ArticlePerson(local_key=key, name=name, variants=variants, roles=tuple(person.roles)))
        for start, end in person.mentions:
            span = doc[start:end]
            mentions.append(PersonMention(span.text, span.start_char, span.end_char, key))
    mentions.sort(key=lambda m: m.start_char)
    return article_people, mentions


# --------------------------------------------------------------------------- across articles


@dataclass
class _Cluster:
    person_id: str
    names: Counter  # form -> number of articles attesting it
    roles: list[str]
    existing_name: str | None = None

    def forms(self) -> list[str]:
        extra = [self.existing_name] if self.existing_name and self.existing_name not in self.names else []
        return list(self.names) + extra

    def full_forms(self) -> list[str]:
        return [f for f in self.forms() if len(fold_tokens(f)) > 1]

    def best_name(self) -> str:
        def score(form: str) -> tuple:
            return (len(fold_tokens(form)), self.names.get(form, 0), form == self.existing_name, form)

        return max(self.forms(), key=score)


def _new_person_id(name: str, taken: set[str]) -> str:
    base = "per_" + hashlib.sha1(fold(name).encode("utf-8")).hexdigest()[:12]
    person_id, n = base, 1
    while person_id in taken:
        n += 1
        person_id = f"{base}_{n}"
    return person_id


def _match_strength(cluster: _Cluster, name: str) -> int:
    """How well an article person's name fits a cluster (0: not at all).

    A full name is compared with the cluster's full names only (its lone-surname aliases would
    let "Zoe Brown" into "Gordon Brown"); a cluster known only by a surname takes any full name
    with that surname, and a lone name fits any cluster carrying it as a surname.
    """
    multi = len(fold_tokens(name)) > 1
    candidates = cluster.full_forms() if multi else cluster.forms()
    if multi and not candidates:
        candidates = cluster.forms()
    best = 0
    for form in candidates:
        if names_compatible(form, name):
            best = max(best, 1 + len(set(fold_tokens(form)) & set(fold_tokens(name))))
    return best


def _surname_keys(name: str) -> set[str]:
    return {translit_key(t) for t in (surname_tokens(name) or fold_tokens(name))}


def resolve_people(
    article_people: Mapping[str, Sequence[ArticlePerson]],
    existing: Sequence[PersonRecord] = (),
    existing_form_counts: Mapping[str, Mapping[str, int]] | None = None,
) -> tuple[dict[tuple[str, str], str], list[PersonRecord]]:
    """Link article-local people into dataset-wide people with stable ids.

    Existing records keep their ids and absorb new forms; a fuller new name replaces `name`.
    Fuller names are linked first, so a lone "Trump" joins "Donald Trump" whichever article
    came first. A lone surname shared by several people joins the best-attested one.
    `existing_form_counts` (person_id -> form -> number of articles, from the stored mentions)
    carries the attestation of earlier runs, so a later run links and names as one run would.
    """
    clusters: list[_Cluster] = []
    by_key: dict[str, set[int]] = defaultdict(set)  # surname key -> clusters carrying it

    def index(k: int, form: str) -> None:
        for key in _surname_keys(form):
            by_key[key].add(k)

    for record in existing:
        names = Counter({alias: 0 for alias in record.aliases})
        for form, n in (existing_form_counts or {}).get(record.person_id, {}).items():
            if form in names:
                names[form] = n
        clusters.append(_Cluster(record.person_id, names, list(record.roles), existing_name=record.name))
        for form in clusters[-1].forms():
            index(len(clusters) - 1, form)
    taken = {c.person_id for c in clusters}

    items = [(aid, person) for aid in sorted(article_people) for person in article_people[aid]]
    items.sort(key=lambda item: (-len(fold_tokens(item[1].name)), item[0], item[1].local_key))

    mapping: dict[tuple[str, str], str] = {}
    for article_id, person in items:
        candidates = sorted(set().union(*(by_key.get(k, set()) for k in _surname_keys(person.name))))
        scored = [(_match_strength(clusters[k], person.name), sum(clusters[k].names.values()), -k)
                  for k in candidates]
        scored = [s for s in scored if s[0] > 0]
        if scored:
            k = -max(scored)[2]
        else:
            clusters.append(_Cluster(_new_person_id(person.name, taken), Counter(), []))
            taken.add(clusters[-1].person_id)
            k = len(clusters) - 1
        cluster = clusters[k]
        for form in dict.fromkeys((person.name, *person.variants)):
            if form not in cluster.names:
                index(k, form)
            cluster.names[form] += 1
        for role in person.roles:
            if role.lower() not in (r.lower() for r in cluster.roles):
                cluster.roles.append(role)
        mapping[(article_id, person.local_key)] = cluster.person_id

    records = []
    for cluster in clusters:
        aliases = tuple(sorted(set(cluster.forms())))
        records.append(PersonRecord(cluster.person_id, cluster.best_name(), aliases, tuple(cluster.roles)))
    return mapping, records
