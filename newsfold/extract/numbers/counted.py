"""What a quantity counts or measures ("seven European nations", "20% of territory"), from spaCy's parse."""

from __future__ import annotations

import re

from newsfold.extract.numbers.currency import read_currency_word
from newsfold.extract.numbers.lexicon import AMOUNT_NOUNS, CASELESS_NOT_NOUNS, NOT_COUNTED, PERIOD_NOUNS, SCALE_WORDS
from newsfold.extract.numbers.naming import is_time_unit, looks_plural, noun_lemma, pint_unit_for_word
from newsfold.extract.numbers.neighbours import TokenIndex
from newsfold.extract.numbers.quantity import Quantity
from newsfold.extract.numbers.units import read_rate

_DETERMINERS = {"det", "poss", "case", "predet", "nummod", "quantmod", "punct"}


def _noun_phrase(head, not_before: int = 0) -> str:
    """The noun with its adjectives and compounds, without determiners, possessors or the quantity."""
    left = head.i
    for child in sorted(head.lefts, key=lambda t: t.i, reverse=True):
        if (child.dep_ in ("amod", "compound", "nmod") and child.i == left - 1 and not child.like_num
                and child.idx >= not_before):
            left = child.i
        else:
            break
    return head.doc[left:head.i + 1].text


def _is_time_noun(token) -> bool:
    """ "10 last week" names a time, "one last obstacle" counts an obstacle."""
    return token.lower_ in PERIOD_NOUNS or is_time_unit(token.lemma_.lower())


def set_counted(text: str, q: Quantity, index: TokenIndex) -> None:
    """Set `counted` (and `unit` for counts) from the words after the number: from the parse, then, in
    text without case, from the first plural word after it."""
    _count_from_parse(text, q, index)
    _count_in_caseless_text(text, q, index)


def _count_from_parse(text: str, q: Quantity, index: TokenIndex) -> None:
    """`counted` from the noun the parse hangs the number on (or the noun after "of")."""
    last = index.token_before(q.end)
    if last is None:
        return
    doc = index.doc
    token = last
    if "out_of" in q.flags:
        # a proportion ("one in five adults") is not a count: keep the noun as what it measures
        nxt = index.token_after(q.end)
        noun = _head_noun_after(doc, nxt.i) if nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN") else None
        if noun is not None:
            q.counted = _noun_phrase(noun, q.end)
        return
    # A count: the noun this number modifies ("seven European nations", "50,000 troops").
    if q.unit is None and q.kind in ("other",) and q.word_kind != "ordinal":
        head = _head_past_a_measure(token)
        between = {t.lower_ for t in doc[token.i + 1:head.i]}
        if (token.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and head.i > token.i
                and not between & {"this", "that", "per", "every", "each"}
                and not (between & {"last", "next"} and _is_time_noun(head))
                and head.i - token.i <= 5 and head.pos_ in ("NOUN", "PROPN")
                and head.idx >= q.end):
            _set_count(q, head, text)
            return
        nxt = index.token_after(q.end)
        if nxt is not None and nxt.lower_ == "of" and nxt.i + 1 < len(doc):
            objects = [c for c in nxt.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            noun = objects[0] if objects else _head_noun_after(doc, nxt.i + 1)
            if noun is not None and (q.word_kind in ("vague", "cardinal", "fraction")
                                     or (q.word_kind == "digits" and not q.has_decimal)):  # "2,000 of its employees"
                if q.word_kind == "fraction":
                    q.counted = _noun_phrase(noun, q.end)
                else:
                    _set_count(q, noun, text)
                return
        if (nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN") and not nxt.like_num
                and nxt.lower_ not in ("last", "next", "this", "per", "each", "every", "such")):
            noun = _head_noun_after(doc, nxt.i)
            if noun is not None and noun.i - nxt.i <= 3:
                _set_count(q, noun, text)
        return
    # A measure or an amount: "20% of territory", "£4.5 billion in military aid".
    if "unit_of" in q.flags:
        return
    nxt = index.token_after(q.end)
    if nxt is not None and (nxt.lower_ == "of" or (nxt.lower_ == "in" and q.kind == "money")):
        noun = _head_noun_after(doc, nxt.i + 1)
        if noun is not None and noun.ent_type_ not in ("DATE", "TIME", "GPE") and not noun.like_num:
            q.counted = _noun_phrase(noun, q.end)
    elif q.kind in ("measure", "duration") and nxt is not None and nxt.pos_ == "NOUN" \
            and q.unit == "year" and "old" in text[q.num_end:q.end]:
        q.counted = _noun_phrase(_head_noun_after(doc, nxt.i) or nxt, q.end)


def _head_past_a_measure(token):
    """The word a count modifies; in "two 6,000 tonne cargoes" the parser hangs "two" on "6,000": the
    count goes on to the noun the measure modifies ("cargoes")."""
    head = token.head
    if (token.dep_ in ("compound", "nummod") and head.like_num and head.i == token.i + 1
            and head.head.pos_ == "NOUN" and head.head.i > head.i):
        return head.head
    return head


def _head_noun_after(doc, i: int):
    """The last noun of the noun phrase starting at token i, skipping determiners and adjectives."""
    j = i
    limit = min(len(doc), i + 7)
    while j < limit and (doc[j].dep_ in _DETERMINERS or doc[j].pos_ in ("DET", "PART") or doc[j].tag_ == "POS"):
        j += 1
    noun = None
    while j < limit and doc[j].pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "VERB") and not doc[j].like_num:
        if doc[j].pos_ in ("NOUN", "PROPN"):
            noun = doc[j]
            if j + 1 < limit and doc[j + 1].tag_ == "POS":  # "Ukraine's territory": skip the possessor
                noun = None
                j += 2
                continue
        elif noun is not None:
            break
        elif doc[j].pos_ in ("VERB", "ADV") and doc[j].dep_ not in ("amod", "compound"):
            break
        j += 1
        if noun is not None and j < limit and doc[j].pos_ not in ("NOUN", "PROPN"):
            break
    return noun


def _hyphenated(noun) -> str:
    """The whole hyphenated word around a token: "e-mail", not "e"."""
    doc = noun.doc
    left = right = noun.i
    while left > 0 and not doc[left - 1].whitespace_ and (doc[left - 1].text == "-" or doc[left].text == "-"):
        left -= 1
    while right + 1 < len(doc) and not doc[right].whitespace_ and (doc[right + 1].text == "-" or doc[right].text == "-"):
        right += 1
    return doc[left:right + 1].text


def _is_table_label(q: Quantity, noun, text: str) -> bool:
    """ "Net 5,457,000 vs 4,299,000 Sales 62.9 mln", "30.4 mln Note: ...": in a results table the
    capitalised word after a number labels the next figure; it is not what the number counts."""
    doc = noun.doc
    if noun.idx < q.end:
        return True
    after = re.match(r"\s*([A-Za-z])", text[q.end:q.end + 3])
    if after and after.group(1).isupper() and re.search(r"\b(?:vs\.?|versus)\s+$", text[max(0, q.start - 10):q.start]):
        return True  # "Net 1,392,000 vs 4,686,000 Sales ..."
    if not noun.text[:1].isupper() or noun.is_sent_start or ("caseless" in q.flags and q.written):
        return False  # (in capitals copy a written number is prose, not a table: "THREE VICTIMS:")
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if following is not None and (following.like_num or following.text == ":"):
        return True
    return any(t.pos_ == "NUM" and t.idx >= q.end for t in doc[max(0, noun.i - 4):noun.i])


def _set_count(q: Quantity, noun, text: str) -> None:
    if noun.lower_ in NOT_COUNTED or noun.like_num or "\n" in text[q.end:noun.idx] or not any(c.isalpha() for c in noun.text):
        return
    if noun.lower_ in SCALE_WORDS or _is_table_label(q, noun, text):
        return
    if noun.lower_ in AMOUNT_NOUNS and abs(q.value) >= 1000:
        q.counted = _noun_phrase(noun, q.end)
        return
    currency = read_currency_word(" " + noun.text, 0)
    if currency and currency[1] == len(noun.text) + 1:
        q.unit, q.currency, q.kind = currency[0], currency[0], "money"  # "millions of dollars"
        return
    if q.kind == "other" and noun.idx >= q.end and (noun.text.islower() or "caseless" in q.flags and len(noun.text) > 3):
        # (in capitals a short word is more often an abbreviation than a unit: "PCs" is not parsecs)
        name = pint_unit_for_word(noun.text)  # a unit the table lacks: "2 tablespoons", "980 millibars"
        if name is not None:
            q.unit, q.kind = name, "duration" if is_time_unit(name) else "measure"
            q.end = noun.idx + len(noun.text)
            return
    surface = _hyphenated(noun) if noun.idx >= q.end else noun.text
    if surface.startswith("-") or surface.endswith("-"):
        surface = noun.text
    surface = re.sub(r"^[\d.,]+-", "", surface)  # "12-member": the noun is "member"
    scale = re.match(r"([A-Za-z]+)-", surface)
    if scale and scale.group(1).lower() in SCALE_WORDS:
        surface = surface[scale.end():]  # "a 3-mln-share stake": the noun is "share"
    q.unit = noun_lemma(noun, surface, "caseless" in q.flags)  # the contract: a count's unit is the counted noun's lemma ("troop")
    rate = read_rate(text, noun.idx + len(noun.text)) if noun.idx >= q.end else None
    if rate:
        q.unit = f"{q.unit} per {rate[0]}"  # "2.0 mln bags per month", "three thousand tests per day"
    q.counted = _noun_phrase(noun, q.end)
    if q.counted == noun.text:
        q.counted = surface
    if q.kind == "other":
        q.kind = "count"


_ELLIPSIS_LINK = re.compile(
    r"\b(?:to|from|vs\.?|versus|against|compared (?:with|to)|including|up from|down from)\s+"
    r"(?:about |around |nearly |almost |some |just )?$", re.I)


_DIMENSION_SEPARATOR = re.compile(r"\s*(?:x|×|by)\s*", re.I)


def inherit_dimension_units(text: str, quantities: list[Quantity]) -> None:
    """ "12 x 14 feet", "3 by 5 metres": a bare number that is one side of a measured size takes
    the unit of the side after it."""
    for q, following in zip(quantities, quantities[1:]):
        if q.unit is not None or q.currency or q.value_max is not None or following.kind != "measure":
            continue
        if _DIMENSION_SEPARATOR.fullmatch(text[q.end:following.start]):
            q.unit, q.kind = following.unit, following.kind


def inherit_elided_units(text: str, quantities: list[Quantity]) -> None:
    """ "3.9 million headsets, up from 2.4 million", "fell 195 mln dlrs to 65.06 billion": a bare number
    compared with a count, measure or amount just before it measures the same thing (the unit is
    elided, not absent). A scaled amount ("195 mln dlrs") nearer than a count is what is compared."""
    for i, q in enumerate(quantities):
        if q.unit is not None or q.currency or q.written or q.kind != "other" or q.value_max is not None:
            continue
        if not _ELLIPSIS_LINK.search(text[max(0, q.start - 30):q.start]):
            continue
        for previous in reversed(quantities[:i]):
            gap = text[previous.end:q.start]
            if len(gap) > 90 or re.search(r"[.;!?]\s", gap):
                break
            if previous.kind in ("count", "measure") and previous.unit and previous.value_max is None:
                q.unit, q.kind, q.counted = previous.unit, previous.kind, previous.counted
                break
            if (previous.kind == "money" and previous.currency and previous.value_max is None
                    and previous.scale != 1.0 and q.scale != 1.0):
                q.unit, q.currency, q.kind = previous.unit, previous.currency, "money"
                break


def _count_in_caseless_text(text: str, q: Quantity, index: TokenIndex) -> None:
    """ "THREE TOP EXECUTIVES", "TWO MEN - ALONG WITH": in capitals copy spaCy's parse is unreliable, so
    the first plural word within three words after the number is what it counts (the word right
    after it overrides the parse's choice)."""
    if "caseless" not in q.flags or q.currency or q.word_kind in ("ordinal", "fraction") \
            or not (q.kind == "count" or q.kind == "other" and q.unit is None):
        return  # ("4g networks": a unit read from the text stays)
    words = list(re.finditer(r"[a-z][a-z'-]*[a-z]|[^\sa-z]+", text[q.end:q.end + 60]))
    if words and words[0].group() == "of":
        words = words[1:]  # "thousands of pcs"
    parsed = (q.counted or "").lower().split()
    for position, word in enumerate(words[:3]):
        w = word.group()
        if w in CASELESS_NOT_NOUNS or not w[0].isalpha():
            return
        if not looks_plural(w):
            continue
        if q.unit is not None and position > 0 and parsed and looks_plural(parsed[-1]):
            return  # the parse found a plural noun and this one is further away: keep the parse
        noun = index.token(q.end + word.start())
        if noun is not None and noun.idx == q.end + word.start():
            q.unit = None
            q.kind = "other"
            _set_count(q, noun, text)
        return

