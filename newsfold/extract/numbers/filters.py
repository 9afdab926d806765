"""Atoms that are not quantities: years, dates, identifiers, codes, addresses, names, labels, "one" as a pronoun."""

from __future__ import annotations

import re

from newsfold.extract.numbers.atoms import parse_digits
from newsfold.extract.numbers.lexicon import (
    APPROXIMATE,
    AT_LEAST,
    AT_MOST,
    IDENTIFIER_NOUNS,
    LABEL_NOUNS,
    MONTHS,
    OLD_YEAR_PREPOSITIONS,
    PRONOUN_ONE_BEFORE,
    WEEKDAYS,
    YEAR_PREPOSITIONS,
)
from newsfold.extract.numbers.neighbours import TokenIndex, previous_word
from newsfold.extract.numbers.quantity import Quantity
from newsfold.extract.numbers.units import read_unit
from newsfold.extract.numbers.words import SMALL_NUMBERS

_MONTH_BEFORE = re.compile(r"(?:\b(?:" + MONTHS + r")\.?,?|\b(?:" + MONTHS + r")\.? \d{1,2}(?:st|nd|rd|th)?,?)\s+$")
_MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:" + MONTHS + r")\b")
# Where the case says nothing ("on february 11", "9 may"), a month is read whatever its case.
_MONTH_BEFORE_CASELESS = re.compile(_MONTH_BEFORE.pattern, re.I)
_MONTH_ABBREVIATION = re.compile(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\s+$", re.I)
_MONTH_AFTER_CASELESS = re.compile(_MONTH_AFTER.pattern, re.I)
# The second end of a written range or proportion: "to two", "or three", "in ten", "out of 5".
_WRITTEN_RANGE_AFTER = re.compile(r"\s+(?:to|or|in|out\s+of)\s+(?:"
                                  + "|".join(w for w, v in SMALL_NUMBERS.items() if 2 <= v <= 10) + r"|\d)", re.I)


def is_not_a_quantity(text: str, q: Quantity, index: TokenIndex) -> bool:
    """Whether a read atom names, dates or labels something rather than measuring it."""
    return (_is_long_id(text, q) or _is_glued_code(text, q) or _is_date_part(text, q) or _is_year(text, q, index)
            or _is_identifier(text, q, index)
            or _is_distributive_one(text, q, index)
            or ((_is_pronoun_one(text, q, index) or _is_headless_reference(text, q, index))
                and not _opens_a_written_range(text, q))
            or _is_address(text, q) or _is_number_compound(text, q, index)
            or _is_capitalised_name(text, q, index) or _is_label_number(text, q, index))


def _is_long_id(text: str, q: Quantity) -> bool:
    """Ten digits or more with no separator and no currency ("707395353688018944", a timestamp
    "1457542800"), or a number inside a markup attribute (tweet_id="...") : an identifier."""
    literal = text[q.num_start:q.num_end]
    if q.word_kind == "digits" and not q.currency and len(literal) >= 10 and literal.isdigit():
        return True
    return bool(re.search(r"<[A-Za-z][^<>]*\s[\w-]+=[\"']?[^\"'<>]*$", text[max(0, q.num_start - 200):q.num_start]))


def _is_year(text: str, q: Quantity, index: TokenIndex) -> bool:
    if q.word_kind != "digits" or q.currency or q.has_comma or q.has_decimal or q.scale != 1.0:
        return False
    if q.unit == "year" and 1900 <= q.raw <= 2100 and text[q.num_end:q.end].strip() == "year":
        return True  # "the 1986 year results"
    if q.unit is not None or not (1000 <= q.raw <= 2100) or q.num_end - q.num_start != 4:
        return False
    ranged = re.match(r"\s*(?:-|–|to)\s*(\d[\d,.]*)", text[q.end:q.end + 20])
    if ranged and read_unit(text, q.end + ranged.end()) and parse_digits(ranged.group(1).rstrip(".,")) > q.raw:
        return False  # "2000 - 2500 Calories"
    token = index.token(q.num_start)
    if token is not None and token.ent_type_ == "DATE":
        return True
    previous = previous_word(text, q.start)
    if previous and text[previous[1] + len(previous[0]):q.start].strip() in ("", "-"):
        word = previous[0].lower().rstrip(".")
        # before 1900 only a clear time preposition makes a year ("in 1907"); "an average of 1500" is not
        if word in YEAR_PREPOSITIONS and (q.raw >= 1900 or word in OLD_YEAR_PREPOSITIONS):
            return True
    if 1900 <= q.raw <= 2100:
        following = index.token_after(q.num_end)
        if following is None or following.pos_ not in ("NOUN", "PROPN") or following.is_punct:
            return True
        if following.text[:1].isupper() and following.idx == q.end + 1:
            return True  # "the 2020 Olympics", "the 2019 World Cup"
    return False


def _is_date_part(text: str, q: Quantity) -> bool:
    if q.written and q.word_kind == "cardinal" and q.raw <= 31 and not q.unit:
        # "a record date of July six"
        return bool(re.search(r"\b(?:" + MONTHS + r")\.?\s+$", text[max(0, q.start - 12):q.start])) \
            and not re.match(r"\s+[a-z]", text[q.end:q.end + 2])
    if q.word_kind not in ("digits", "ordinal") or q.currency or q.has_decimal or q.has_comma:
        return False
    if q.raw > 31 and not (1000 <= q.raw <= 2100):
        return False
    # "DEC. 4, 2015": an abbreviated month with its dot is a month in any case (the sentence split after
    # "DEC." leaves the number in a short stretch that keeps its case)
    caseless = "caseless" in q.flags or _MONTH_ABBREVIATION.search(text[max(0, q.start - 8):q.start]) is not None
    if (_MONTH_BEFORE_CASELESS if caseless else _MONTH_BEFORE).search(text[max(0, q.start - 24):q.start]):
        return True
    return bool((_MONTH_AFTER_CASELESS if caseless else _MONTH_AFTER).match(text[q.num_end:q.num_end + 20].lstrip(" ")))


def _is_glued_code(text: str, q: Quantity) -> bool:
    """Letters stuck to the number that are not a unit: "TA-35", "G7", "9AB8", "Model 3s", "pre-2014"."""
    if q.written:
        return False
    before = text[max(0, q.start - 12):q.start]
    if re.search(r"[A-Za-z]$", before):
        return True
    letter_hyphen = re.search(r"([A-Za-z]+)[-‑]$", before)
    if re.search(r"\d[A-Za-z%°]{0,3}[-–‑]$", before):
        letter_hyphen = None  # "£5.5m-£6m", "5km-10km": the other end of a range
    if letter_hyphen and letter_hyphen.group(1).lower() not in ("to", "and", "or", "sub", "minus", "over",
                                                                 "under", "up", "down", "about"):
        return True
    if re.search(r"\b(?:1[89]|20)\d\d[-–]$", before):
        return True  # "the 2019-20 season"
    if re.search(r"[#№]\s?$", before) or re.search(r"\d\s?/$", before) or re.match(r"/\d", text[q.end:q.end + 2]):
        return True  # "#1", "1986/87 season"
    after = text[q.end:q.end + 1]
    if q.kind != "ordinal" and (after.isalpha() or after.isdigit() and not q.unit):
        return True
    return False


def _is_identifier(text: str, q: Quantity, index: TokenIndex) -> bool:
    """A number naming something rather than counting: "Article 5", "FTSE 100", "iPhone 11"."""
    if q.currency or q.kind in ("percent", "money") or (q.unit and q.kind in ("measure", "duration")):
        return False
    previous = previous_word(text, q.start)
    if not previous:
        return False
    word, word_start = previous
    between = text[word_start + len(word):q.start]
    if between.strip() not in ("", "-"):
        return False
    if word.lower().rstrip(":") in IDENTIFIER_NOUNS:
        return True
    if q.has_comma or q.scale != 1.0:
        return False  # names carry plain numbers ("FTSE 100", "Firefox 1.0"); "Net 481,189" is an amount
    token = index.token(word_start)
    if token is None or not any(c.isupper() for c in word):
        return False
    if token.is_sent_start and token.pos_ != "PROPN":
        return False
    if re.fullmatch(MONTHS, word.rstrip(".")) or word.lower() in ("us", "u.s.", "uk", "eu"):
        return False
    following = index.token_after(q.end)
    if re.search(r"['’]s?$", word) or re.fullmatch(WEEKDAYS, word):
        # "Barkley's three missed penalties", "on Friday 15 protesters" count; "Ocean's 12." is a title
        if following is not None and following.text == "-" and re.match(r"-[A-Za-z]", text[q.end:q.end + 2]):
            following = index.token_after(q.end + 1)  # "the Senate's 60-vote threshold"
        if following is not None and following.pos_ in ("NOUN", "ADJ", "VERB"):
            return False
    if q.unit == "times" or (following is not None and following.tag_ == "NNS" and following.text.islower()
                             and following.idx == q.end + 1
                             and getattr(index.token(q.num_start), "head", None) == following):
        # "In London 200 people marched", "scored for Brazil 77 times": a name ends, a count starts
        return False
    if word.lower() in {w.lower() for w in APPROXIMATE + AT_LEAST + AT_MOST}:
        return False
    return token.pos_ == "PROPN" or (word.isupper() and len(word) > 1)


_STREET = re.compile(r"^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|"
                     r"Blvd|Way|Place|Pl|Square|Sq|Court|Ct|Terrace|Crescent|Close|Highway|Hwy|Parkway)\b")


def _is_address(text: str, q: Quantity) -> bool:
    return q.word_kind == "digits" and not q.unit and bool(_STREET.match(text[q.end:q.end + 50]))


def _is_capitalised_name(text: str, q: Quantity, index: TokenIndex) -> bool:
    """ "Million Dollar Baby", "the Six Nations": a capitalised written number inside a name."""
    if not q.written or not text[q.start:q.start + 1].isupper():
        return False
    token = index.token(q.start)
    if token is None or token.is_sent_start:
        return False
    return bool(re.match(r"\s+[A-Z][a-z]", text[q.num_end:q.num_end + 3]))


def _is_number_compound(text: str, q: Quantity, index: TokenIndex) -> bool:
    """ "six-speed gearbox", "two-time champion", "a two-day annual meeting": a written number fused
    into an adjective. The gold leaves these out; a digit compound ("a 6.1-inch display") stays, and
    so does a written one that stands alone ("after a five-year, 1.8 billion-mile journey")."""
    if not q.written or q.word_kind != "cardinal":
        return False
    if q.unit is None:
        return bool(re.match(r"-[A-Za-z]", text[q.end:q.end + 2]))
    return _is_fused_unit_adjective(text, q, index)


def _is_fused_unit_adjective(text: str, q: Quantity, index: TokenIndex) -> bool:
    """ "a seven-point lead", "a three-percentage-point margin", "a five-year plan": a written number
    hyphened to its unit before a noun is an adjective (NewsQuant leaves it out, as "two-month contract")."""
    if not re.fullmatch(r"(?:-[A-Za-z]+)+", text[q.num_end:q.end]):
        return False
    nxt = index.token_after(q.end)
    return nxt is not None and nxt.idx == q.end + 1 and nxt.pos_ in ("NOUN", "PROPN", "ADJ")


def _is_label_number(text: str, q: Quantity, index: TokenIndex) -> bool:
    """A number used as a name, with nothing counted after it: "in year one", "on day 3",
    "reached the last four" (a stage of a tournament, not four things)."""
    if q.unit or q.currency or q.word_kind not in ("cardinal", "digits") or q.has_decimal or q.scale != 1.0:
        return False
    nxt = index.token_after(q.end)
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or nxt.like_num or nxt.text in ("-", "%")):
        return False
    before = text[max(0, q.start - 16):q.start]
    if re.search(r"\bthe\s+(?:last|final)\s+$", before, re.I):
        return True
    # "in year one", "from day 3" (but "last year 300 were sold" or "a day 40 people die" count)
    label = re.search(r"\b(?:in|on|by|from|to|until|till|of|after|before|since|during|into|through)\s+"
                      r"([A-Za-z]+)\s$", text[max(0, q.start - 24):q.start], re.I)
    return bool(label and label.group(1).lower() in LABEL_NOUNS)


def _is_pronoun_one(text: str, q: Quantity, index: TokenIndex) -> bool:
    """"the same one", "each one", "one another", "no one": "one" as a pronoun, not a count."""
    if not q.written or q.raw != 1 or q.word_kind != "cardinal" or q.end - q.start > 3:
        return False
    following = text[q.end:q.end + 16].lower()
    if re.match(r"\s+(another|day|by one|way or|or (?:the )?other|time\b|\d|who\b|whom\b|which\b|hand\b)", following):
        return True  # "one who", "one which", "on the one hand": nothing is counted
    many = re.match(r"\s+of (?:many|several|few)\b", following)
    if many:
        quantifier = index.token(q.end + many.end() - 1)
        if quantifier is not None and quantifier.head.lower_ == "of":
            return True  # "one of many" (but "one of several firms" counts firms)
    token = index.token(q.num_start)
    if (token is not None and token.dep_ == "nummod" and token.head.pos_ == "NOUN"
            and token.head.i == token.i + 1 and not token.head.text.isupper()):
        return False  # "the one guy", "any one person": a determiner, then one of a noun
    previous = previous_word(text, q.start)
    if previous and previous[0].lower() in PRONOUN_ONE_BEFORE:
        return True
    if token is not None and token.pos_ == "PRON":
        return True
    return False


def _is_distributive_one(text: str, q: Quantity, index: TokenIndex) -> bool:
    """ "two awards, one as a design award and another for innovation": "one" paired with "another" or
    "the other" later in the sentence picks out one of things already counted; it has no noun of its own."""
    if not q.written or q.raw != 1 or q.word_kind != "cardinal" or q.unit or q.currency:
        return False
    following = index.token_after(q.end)
    if following is None or following.pos_ in ("NOUN", "PROPN") or following.like_num:
        return False
    rest = re.split(r"[.;!?]", text[q.end:q.end + 100], maxsplit=1)[0]
    return bool(re.search(r"\b(?:and|but|while)\s+(?:another|the other)\b", rest, re.I))


def _opens_a_written_range(text: str, q: Quantity) -> bool:
    """ "bought one to two cargoes", "one or two people", "one in three voices": the number opens a range
    or a proportion, it stands for nothing."""
    return bool(_WRITTEN_RANGE_AFTER.match(text, q.end, q.end + 16))


def _is_headless_reference(text: str, q: Quantity, index: TokenIndex) -> bool:
    """ "narrow her support to one", "the two suggested": a written number standing for people or
    things named elsewhere, with no noun of its own. NewsQuant leaves these out ("each one they lose")."""
    if not q.written or q.word_kind != "cardinal" or q.unit or q.currency or q.raw > 20 or "caseless" in q.flags:
        return False
    if re.match(r"\s+of\b", text[q.end:q.end + 4], re.I):
        return False  # "one of the students", "two of them" count
    token = index.token(q.num_start)
    if token is None or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative"):
        return False
    previous = previous_word(text, q.start)
    return q.raw == 1 or bool(previous and previous[0].lower() in ("the", "these", "those", "both"))


def listed_after_a_name(text: str, q: Quantity, index: TokenIndex, dropped: Quantity | None) -> bool:
    """ "Windows 95, 98, NT and XP": a bare number listed right after a name's number names something
    too (after a year it may well count: "in 2015, 300 died")."""
    if dropped is None or q.unit or q.currency or q.written or q.has_decimal or q.scale != 1.0:
        return False
    if 1000 <= dropped.raw <= 2100 or dropped.word_kind != "digits":
        return False
    name = previous_word(text, dropped.start)
    if not name or not name[0][:1].isupper() or text[name[1] + len(name[0]):dropped.start].strip() not in ("", ","):
        return False
    if not re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s)\s*", text[dropped.end:q.start]):
        return False
    following = index.token_after(q.end)
    return following is None or following.pos_ not in ("NOUN", "PROPN") or following.is_punct

