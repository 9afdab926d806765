"""String-level knowledge about person names: folding, transliteration, comparison, and names
shaped like organisations, groups or institutions.

Pure functions over str; no spaCy here, so they are cheap to test exhaustively with hypothesis.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

from newsfold.extract.people.lexicon import (
    GROUP_WORDS,
    INSTITUTIONS,
    NAME_FUNCTION_WORDS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NICKNAMES,
    ORG_HEADS,
    STRONG_ORG_HEADS,
)


@lru_cache(maxsize=1 << 17)  # pure, and called for every stored name form each run
def fold(text: str) -> str:
    """Accent-free, lower-case, letters-and-spaces form used to compare names."""
    ascii_text = unidecode(text).lower()
    ascii_text = re.sub(r"[.'’`]", "", ascii_text)  # "J.D." == "JD", "O'Neill" == "ONeill"
    return re.sub(r"[^a-z]+", " ", ascii_text).strip()


@lru_cache(maxsize=1 << 17)  # pure, and called for every stored name form each run
def fold_tokens(name: str) -> tuple[str, ...]:
    """Folded name tokens; hyphenated first names stay one token ("jean noel" -> "jeannoel")."""
    parts = re.split(r"\s+", unidecode(name).strip())
    out = []
    for part in parts:
        token = re.sub(r"[^a-z]", "", part.lower())
        if token:
            out.append(token)
    return tuple(out)


@lru_cache(maxsize=1 << 17)  # pure, and called for every stored name form each run
def translit_key(token: str) -> str:
    """Collapse common transliteration variants: Zelenskyy/Zelenskiy/Zelensky, Volodimir/Wolodymyr."""
    key = fold(token).replace(" ", "")
    key = re.sub(r"(.)\1+", r"\1", key)  # doubled letters: Zelenskyy -> Zelensky
    key = re.sub(r"(iy|yi|ij|ii|yj)$", "y", key)
    key = key.replace("ph", "f").replace("kh", "h").replace("w", "v").replace("j", "y")
    key = re.sub(r"(?<=[a-z])i(?=[aeou])", "y", key)  # Dmitriy/Dmitry, Sergiei
    return key


def strip_possessive(text: str) -> str:
    """ "Trump's" -> "Trump", "Jones'" -> "Jones"."""
    return re.sub(r"(?:['’]s|['’])$", "", text.strip())


def name_parts(name: str) -> tuple[str, ...]:
    """Surface tokens of a name, split on whitespace."""
    return tuple(name.split())


def surname_tokens(name: str) -> tuple[str, ...]:
    """Folded tokens that may stand alone for the person: every non-initial, non-particle token.

    "Jose Manuel Albares Bueno" -> (manuel, albares, bueno); "Mohammed bin Salman" -> (salman,).
    A single-token name stands for itself.
    """
    tokens = fold_tokens(name)
    if len(tokens) <= 1:
        return tokens
    out = tuple(t for t in tokens[1:]
                if t not in NAME_PARTICLES and t not in NAME_SUFFIXES and len(t) > 1)
    if len(out) >= 2 and out[-2:] == tokens[-2:]:
        # "Robert Kilroy Silk" is also written "Kilroy-Silk" (one folded token); first, so that the
        # last token stays the last surname
        out = (out[-2] + out[-1],) + out
    return out


def _given_name_root(name: str) -> str:
    return NICKNAMES.get(name, name)


def first_names_agree(a: str, b: str) -> bool:
    """Folded first names agree: equal, transliteration-equal, one is the other's initial, a
    short form ("Dan"/"Daniel", "Joe"/"Joseph") or the other's initials ("JD"/"James David" no:
    initials only agree with initials)."""
    if not a or not b:
        return True
    if a == b or translit_key(a) == translit_key(b):
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if _given_name_root(a) == _given_name_root(b):
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.startswith(short) and len(long) - len(short) <= 6


def surnames_agree(a: str, b: str) -> bool:
    return a == b or translit_key(a) == translit_key(b)


def is_group_name(text: str) -> bool:
    tokens = fold(text).split()
    return bool(tokens) and all(t in GROUP_WORDS for t in tokens)


def ends_like_organisation(text: str, after_given_name: bool = False) -> bool:
    """Does the name end with an organisation/product/work head word? After a known given name
    only the heads that are never surnames count ("Stuart Hall" stays a person)."""
    tokens = fold(text).split()
    if len(tokens) < 2:
        return False
    return tokens[-1] in (STRONG_ORG_HEADS if after_given_name else ORG_HEADS | STRONG_ORG_HEADS)


def is_name_tail(short: str, long: str) -> bool:
    """ "Christian Andersen" is the tail of "Hans Christian Andersen" (a shortened full name)."""
    ts, tl = fold_tokens(short), fold_tokens(long)
    return 1 < len(ts) < len(tl) and tl[-len(ts):] == ts


def names_compatible(a: str, b: str) -> bool:
    """Could the two names denote the same person? Symmetric.

    Multi-token names need their last-named surname to appear among the other's surname tokens
    (so "Jose Manuel Albares" ~ "Jose Manuel Albares Bueno") and their first names to agree
    ("Boris Johnson" !~ "Andrew Johnson"). A lone token matches a surname token of the other.
    """
    ta, tb = fold_tokens(a), fold_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if len(ta) == len(tb) == 2 and first_names_agree(ta[0], tb[0]) and (
            len(ta[1]) == 1 or len(tb[1]) == 1) and ta[1][0] == tb[1][0]:
        return True  # "Alicia M" ~ "Alicia Machado"
    ia, ib = _middle_initials(a), _middle_initials(b)
    if ia and ib and ia != ib:
        return False  # "George W. Bush" and "George H.W. Bush": a father and his son
    if len(ta) > 1 and len(tb) > 1 and (
            ta[:-1] == tb and ta[-1] in NAME_SUFFIXES or tb[:-1] == ta and tb[-1] in NAME_SUFFIXES):
        return False  # "Donald Trump" and "Donald Trump Jr.": a father and his son ("Joe Biden" may still
        # be "Joseph R. Biden Jr.")
    if len(ta) == 1 and len(tb) == 1:
        return surnames_agree(ta[0], tb[0])
    if len(ta) == 1 or len(tb) == 1:
        single, full = (ta[0], b) if len(ta) == 1 else (tb[0], a)
        return any(surnames_agree(single, s) for s in surname_tokens(full))
    if is_name_tail(a, b) or is_name_tail(b, a):
        return True
    if not first_names_agree(ta[0], tb[0]):
        return False
    sa, sb = surname_tokens(a), surname_tokens(b)
    if not sa or not sb:
        return False
    return any(surnames_agree(sa[-1], s) for s in sb) or any(surnames_agree(sb[-1], s) for s in sa)


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _middle_initials(name: str) -> str:
    """The initials written after the first name: "George H.W. Bush" -> "HW"; "" when none."""
    return "".join(part.replace(".", "") for part in name_parts(name)[1:] if _INITIALS.fullmatch(part))


def name_matches_gold(predicted: str, gold: str) -> bool:
    """Evaluation match: surnames agree and first names agree when both are given. A leading
    "the" is no first name: the tracker's gold writes an organisation both ways ("the
    International Monetary Fund", "International Monetary Fund")."""
    tp, tg = _without_article(fold_tokens(predicted)), _without_article(fold_tokens(gold))
    if not tp or not tg:
        return False
    # Words that name nothing alone ("Bank of Canada", "Bank of England") agree on nothing.
    sp = [t for t in surname_tokens(" ".join(tp)) or tp if t not in NAME_FUNCTION_WORDS] or tp
    sg = [t for t in surname_tokens(" ".join(tg)) or tg if t not in NAME_FUNCTION_WORDS] or tg
    if not any(surnames_agree(x, y) for x in sp for y in sg):
        return False
    if len(tp) > 1 and len(tg) > 1:
        return first_names_agree(tp[0], tg[0])
    return True


def _without_article(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tokens[1:] if len(tokens) > 1 and tokens[0] == "the" else tokens


def is_institution(text: str) -> bool:
    return fold(text) in INSTITUTIONS
