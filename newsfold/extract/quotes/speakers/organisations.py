"""The organisations an article names (`Organisations`): their forms as written, what acronyms and
short names stand for ("EDC" -> "Export Development Canada", "GM" -> "General Motors Corp",
"Borden" -> "Borden Inc"), and which one "it" or "the company" stands for when none spoke before."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsfold.extract.quotes.article import ParsedArticle, wholly_quoted
from newsfold.extract.quotes.lexicon import (
    ACRONYM_SMALL_WORDS, COMPANY_EPITHETS, COMPANY_NAME_TAILS, CORPORATE_SUFFIXES, DATELINE_DASHES, EPITHET_NOUNS, FLIGHT_WORDS,
    ORG_NAME_JOINERS, ORG_NOUNS, SUBJECT_DEPS,
)

# Nouns for an organisation or a company: a name right after one is an organisation's.
COMPANY_NOUNS = ORG_NOUNS | COMPANY_EPITHETS
# Entity types that name an organisation speaking ("Statistics Canada said", "the Raptors posted").
ORG_ENTS = frozenset({"ORG"})
# How far back (sentences) "it" and "the company" look for the organisation they stand for.
ORG_LOOKBACK_SENTENCES = 2
# How far back they take the organisation named last when none is a subject that near.
ORG_FALLBACK_SENTENCES = 3
# Letters an all-capitals word needs before initials are trusted to spell it out ("VA" is no
# "Veterans of America").
MIN_ACRONYM_LETTERS = 3


def fold_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'s", ""))


def without_the(name: str) -> str:
    """The name without its leading article ("the Bank of England" -> "Bank of England")."""
    return name.removeprefix("the ").removeprefix("The ")


def trusted_acronym(word: str) -> bool:
    """An all-capitals word of MIN_ACRONYM_LETTERS letters or more ("NAWG", "BLM")."""
    return word.isupper() and word.isalpha() and len(word) >= MIN_ACRONYM_LETTERS


def _word_acronym(name: str) -> str | None:
    """The letters of an acronym written as a word, as the BBC writes them ("Bat" for British
    American Tobacco, "Defra"): "BAT"; None for any other name."""
    return name.upper() if name.istitle() and name.isalpha() and len(name) >= MIN_ACRONYM_LETTERS else None


def _initials(words: Sequence[str]) -> str:
    """["Export", "Development", "Canada"] -> "EDC"; small words ("of", "and") are skipped."""
    return "".join(w[0] for w in words if w.lower() not in ACRONYM_SMALL_WORDS).upper()


class Organisations:
    """The organisations an article names, in text order: ORG entities and runs of capitalised
    names ("The Parliamentary Budget Officer", which the tagger often misses), each with its form
    as written (with "the" when the article always writes it so) and what acronyms stand for."""

    def __init__(self, art: ParsedArticle, people: Sequence[tuple[int, int]] = (), lone: frozenset[str] = frozenset()):
        doc = art.doc
        self.art = art
        self.lone = lone  # people known by one word only ("Tanjug"): maybe organisations the tagger took for people
        # Characters of the article's person mentions: a person the tagger took for an
        # organisation ("Matlow") is none.
        self.person_chars = bytearray(len(art.text) + 1)
        for a, b in people:
            self.person_chars[a:b] = b"\x01" * (b - a)
        # The tokens made once, and the words and POS of each from the article's columns: the scans
        # below look at neighbours, and each doc[i] makes a new Token.
        tokens = list(doc)
        words, pos = art.columns.orth, art.columns.pos
        n = len(tokens)
        spans = [e for e in doc.ents if e.label_ in ORG_ENTS and any(t.is_alpha for t in e)]
        spans += _capitalised_runs(doc, tokens, words, pos)
        # A name right after a noun for a company is one, whatever the tagger says ("engineering group Jarvis").
        introduced: set[int] = set()
        for i in range(1, n):
            if pos[i] == "PROPN" and words[i][:1].isupper() and pos[i - 1] == "NOUN" \
                    and tokens[i - 1].lemma_.lower() in COMPANY_NOUNS and (i < 2 or pos[i - 2] != "PROPN"):
                j = i + 1
                while j < n and pos[j] == "PROPN" and words[j][:1].isupper():
                    j += 1
                spans.append(Span(doc, i, j, label="ORG"))
                introduced.add(i)
        spans = [e for e in _bracket_pieces(spans) if not self.person_chars[e.root.idx]]
        spans = sorted({(e.start, e.end): e for e in spans}.values(), key=lambda e: e.start)
        # Each form (folded words) -> as written; "the" kept only when every occurrence has it.
        self.forms: dict[tuple[str, ...], str] = {}
        # Where each form is first written, the title line aside: a fuller form is the one the
        # article brings the organisation in with, not a part of it named later ("EMI" ... "EMI
        # Music's sales": EMI; "Sky" ... "Sky News": Sky).
        self.first_at: dict[tuple[str, ...], int] = {}
        bare: set[tuple[str, ...]] = set()
        offices: list[str] = []
        for e in spans:
            end = e.end - (1 if tokens[e.end - 1].tag_ == "POS" and not _name_ends_in_s(e) else 0)
            start = e.start
            while start < end and (tokens[start].lower_ == "the" or tokens[start].pos_ not in ("PROPN", "NOUN", "ADJ", "NUM")
                                   or (tokens[start].pos_ == "NOUN" and words[start].islower())):
                start += 1  # "Though Sanders", "firm Aggregate Industries" tagged ORG: the name starts at its first name word
            dash = next((k for k in range(start, end) if words[k] in DATELINE_DASHES), None)
            if dash is not None and tokens[dash - 1].whitespace_ and all(words[k].isupper() for k in range(start, dash)):
                start = dash + 1  # "TORONTO - Sudbury Copper Co" tagged ORG: a dateline is no part of the name
            flight = next((k for k in range(start + 1, end - 1) if tokens[k].lower_ in FLIGHT_WORDS
                           and any(c.isdigit() for c in words[k + 1])), None) if art.on("flight_name") else None
            if flight is not None:
                end = flight  # "EgyptAir Flight MS804": the airline is "EgyptAir", the rest names one of its flights
            if start >= end:
                continue
            key = tuple(fold_words(doc[start:end].text))
            if not key:
                continue
            if tokens[end - 1].lemma_.lower() in EPITHET_NOUNS or (
                    any(t.ent_type_ == "PERSON" for t in doc[start:end]) and start not in introduced):
                # "Senate Majority Leader" is no fuller form of "the Senate"; an acronym may stand
                # for an office ("PBO", the Parliamentary Budget Officer).
                offices.append(doc[start - 1 if start > 0 and tokens[start - 1].lower_ == "the" else start:end].text)
                continue
            if tokens[start].idx >= art.body_start and tokens[end - 1].dep_ != "compound":
                self.first_at.setdefault(key, tokens[start].idx)  # not as a modifier ("Suncor refinery")
            if start > 0 and tokens[start - 1].lower_ == "the":
                self.forms.setdefault(key, doc[start - 1:end].text)
            else:
                bare.add(key)
                self.forms.setdefault(key, doc[start:end].text)
        for key in bare:
            form = self.forms[key]
            if form[:4].lower() == "the ":
                self.forms[key] = form[4:]
        # "Export Development Canada (EDC)", or any form whose initials an acronym is.
        self.expansions: dict[str, str] = {}
        for e in spans:
            j = e.end
            if j + 2 < len(doc) and tokens[j].text == "(" and tokens[j + 2].text == ")" and tokens[j + 1].text.isupper():
                self.expansions.setdefault(tokens[j + 1].text, self._written_form(e.text))
        # "Den Norske Stats Oljeselskap A/S (Statoil)", "the Association for Payment Clearing Services
        # (Apacs)": a one-word name in brackets right after an organisation's is its short name.
        self.aliases: dict[str, str] = {}
        for i in range(1, n - 1):
            t = tokens[i]
            if words[i - 1] == "(" and words[i + 1] == ")" and pos[i] == "PROPN" \
                    and t.is_alpha and words[i][:1].isupper() and not self.person_chars[t.idx]:
                start = min((e.start for e in spans if e.end == t.i - 1), default=None)
                while start is not None:  # the whole name, over pieces the tagger and the runs cut differently
                    wider = min((e.start for e in spans if e.start < start < e.end <= t.i - 1), default=start)
                    if wider == start:
                        break
                    start = wider
                if start is not None:
                    full = doc[start:t.i - 1]
                    self.aliases.setdefault(t.text, self._written_form(full.text))
        for i in range(1, n - 1):  # "Middle East Economic Survey (MEES)": the capitalised words the acronym abbreviates
            t = tokens[i]
            if words[i].isupper() and t.is_alpha and len(words[i]) >= 2 \
                    and words[i - 1] == "(" and words[i + 1] == ")":
                k = t.i - 1
                while k > max(0, t.i - 12) and tokens[k - 1].is_alpha and (tokens[k - 1].text[0].isupper() or tokens[k - 1].lower_ in ACRONYM_SMALL_WORDS):
                    k -= 1
                    if tokens[k].text[0].isupper() and _initials(re.findall(r"[A-Za-z][\w-]*", doc[k:t.i - 1].text)) == t.text:
                        self.expansions.setdefault(t.text, doc[k:t.i - 1].text)
                        break
        # A company's name without its legal form ("Borden" for "Borden Inc"; "GM" for "General Motors Corp").
        self.short: set[tuple[str, ...]] = set()
        for key, form in [*self.forms.items(), *((tuple(fold_words(o)), o) for o in offices)]:
            core = key
            while len(core) > 1 and core[-1] in CORPORATE_SUFFIXES:
                core = core[:-1]
            for words in {key, core}:
                initials = _initials(words)
                if len(initials) >= 2 and len(words) > 1:
                    self.expansions.setdefault(initials, form)
            if core != key:
                self.short.add(core)
                if len(core) > 1 and core[-1] in COMPANY_NAME_TAILS:
                    self.short.add(core[:-1])  # "Clevite" for "Clevite Industries Inc"
        self._expand_from_text(doc)
        self.speakers: dict[int, str | None] = {}  # token index of an "it" -> the organisation it is

    def _written_form(self, name: str) -> str:
        """The form the article writes the organisation `name` in ("the" kept or not, `forms`), else `name`."""
        return self.forms.get(tuple(fold_words(without_the(name))), name)

    def _expand_from_text(self, doc: Doc) -> None:
        """An acronym no tagged organisation's initials give stands for the run of capitalised words
        the article writes that it abbreviates, however tagged ("BLM" after "the Black Lives Matter
        movement"); only a whole run: "Cape Breton Correctional Centre" is no "CBC"."""
        text, small = self.art.text, r"(?:(?:" + "|".join(sorted(ACRONYM_SMALL_WORDS)) + r")\s+)*"
        tried: set[str] = set()
        for i, word in enumerate(self.art.columns.orth):  # the words picked first: a Token only for capitals
            if not trusted_acronym(word) or word in self.expansions or word in tried \
                    or not org_like(doc[i]):
                continue
            tried.add(word)
            words = (r"\s+" + small).join(c + r"[a-z][\w'’-]*" for c in word)
            for m in re.finditer(r"\b" + words + r"\b(?!\s+[A-Z])", text):
                before = re.search(r"([\w'’-]+)\s+$", text[max(0, m.start() - 40):m.start()])
                if before is None or not before.group(1)[0].isupper() or before.group(1).lower() in ACRONYM_SMALL_WORDS:
                    self.expansions[word] = m.group(0)
                    break

    def written_whole(self, name: str) -> str | None:
        """`name`'s fullest form when the article writes it whole as an organisation's name
        ("Magma Copper Co") or spells out the acronym it is ("NAWG"); None otherwise (a part of a
        name, "Smith" of "Smith Barney", is none)."""
        if tuple(fold_words(name)) in self.forms or name in self.aliases \
                or (trusted_acronym(name) and name in self.expansions) or _word_acronym(name) in self.expansions:
            return self.fullest(name)
        return None

    def fullest(self, name: str) -> str | None:
        """The longest organisation form in the article that holds `name`'s words in a row
        (or that an acronym stands for); None when the article names no such organisation."""
        bare = without_the(name.strip())
        if bare in self.aliases:
            return self.aliases[bare]
        letters = bare.replace("&", "")  # "B&B": Bradford & Bingley; "S and P": Standard and Poor's
        letters = letters.replace(" and ", "") if re.fullmatch(r"[A-Z]( and [A-Z])+", bare) else letters
        if letters.isupper() and letters.isalpha() and letters in self.expansions:
            return self.expansions[letters]
        if (acronym := _word_acronym(letters)) in self.expansions:
            return self.expansions[acronym]  # "Bat" for BAT
        words = fold_words(bare)
        if not words:
            return None
        best = None
        own = self.first_at.get(tuple(words))
        for key, written in self.forms.items():
            if own is not None and len(key) > len(words) and key[-1] != words[-1] \
                    and self.first_at.get(key, own + 1) > own:
                continue  # a form adding words after the name, first written after it: a part of it
            if any(list(key[k:k + len(words)]) == words and not _coordinated(key, k, k + len(words))
                   for k in range(len(key) - len(words) + 1)):
                if best is None or len(best[0]) < len(key):
                    best = (key, written)
        return best[1] if best else None

    def recent(self, before: Token, inside: bytearray) -> str | None:
        """The organisation that is the subject last before `before` (outside quotes) within
        ORG_LOOKBACK_SENTENCES sentences, else the one named last within ORG_FALLBACK_SENTENCES
        (a speaker that is no person stands for some organisation: a guess beats none): its fullest
        form; None when the article names no organisation there."""
        art = self.art
        # Sentences wholly inside quote marks are the quoted speaker's: they do not count.
        unquoted: list[int] = []
        for j in range(art.sent_of[before.i], -1, -1):
            if not wholly_quoted(art.sents[j], inside):
                unquoted.append(j)
                if len(unquoted) > max(ORG_LOOKBACK_SENTENCES, ORG_FALLBACK_SENTENCES):
                    break
        unquoted = unquoted or [0]

        def nth(n: int) -> int:  # first token of the nth unquoted sentence back
            return art.sents[unquoted[min(n, len(unquoted) - 1)]].start

        lo = nth(max(ORG_LOOKBACK_SENTENCES, ORG_FALLBACK_SENTENCES))
        found = [t for t in art.doc[lo:before.i] if self.named(t) and not inside[t.idx] and not self.person_chars[t.idx]
                 and (t.i + 1 >= len(art.doc) or not self.named(art.doc[t.i + 1]))]  # a name's last word
        near = nth(ORG_LOOKBACK_SENTENCES)
        subjects = [t for t in found if _subject_or_its_owner(t) and t.i >= near]
        if subjects:
            last = subjects[-1]
        elif found and found[-1].i >= nth(ORG_FALLBACK_SENTENCES):
            last = found[-1]
        else:
            return None
        first = last.i
        while first > 0 and org_like(art.doc[first - 1]):
            first -= 1
        end = max([c.i for c in last.children if c.dep_ == "conj"] if one_org_name(last) else [last.i])
        return self.fullest(art.doc[first:end + 1].text)  # "Standard and Poor's noted": the whole name


    def named(self, t: Token) -> bool:
        """A word of an organisation's name here, or a one-word name the tagger marked as an
        organisation elsewhere in the article ("Electrolux saw its shares rise", untagged)."""
        # A capitalised word the tagger took for a common noun at a sentence's start ("Macrovision said") is the name too.
        name_like = t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_sent_start and t.is_title)
        return org_like(t) or (name_like and ((t.lower_,) in self.forms or (t.lower_,) in self.short))

    def company(self, speaker: Span) -> bool:
        """The speaker is one word that is a company's name without its legal form ("Santos" for
        "Santos Ltd"), whatever the tagger took it for."""
        return len(speaker) == 1 and speaker[0].pos_ == "PROPN" and (speaker[0].lower_,) in self.short


def _name_ends_in_s(e: Span) -> bool:
    """The name's closing "'s" is its own, owning nothing ("Standard & Poor's has classed",
    "Moody's said"), not the possessive of a noun after it ("Barclays' chief")."""
    doc = e.doc
    after = doc[e.end] if e.end < len(doc) else None
    return e.root.dep_ != "poss" and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"))


def _bracket_pieces(spans: Sequence[Span]) -> list[Span]:
    """The spans cut at brackets, which no name crosses ("Oljeselskap A/S (Statoil" tagged as one
    organisation is two names; "Apacs)" is Apacs): the pieces holding a letter."""
    pieces: list[Span] = []
    for e in spans:
        start = e.start
        for i in range(e.start, e.end + 1):
            if i == e.end or e.doc[i].text in "()[]":
                if i > start and any(t.is_alpha for t in e.doc[start:i]):
                    pieces.append(Span(e.doc, start, i, label=e.label))
                start = i + 1
    return pieces


def _subject_or_its_owner(t: Token) -> bool:
    """A subject, the owner of one ("Electrolux's subsidiary brands include ..."), or a name in
    apposition to one ("rival suitor Euronext also upped the ante")."""
    return t.dep_ in SUBJECT_DEPS or (t.dep_ in ("poss", "appos") and t.head.dep_ in SUBJECT_DEPS)


def _coordinated(key: tuple[str, ...], start: int, end: int) -> bool:
    """The words key[start:end] are one conjunct of a form that joins two names ("Amazon and
    Google" is no fuller form of Amazon)."""
    return (end < len(key) and key[end] == "and") or (start > 0 and key[start - 1] == "and")


def one_org_name(t: Token) -> bool:
    """`t` and the name joined to it by "and" are one organisation's name, not two speakers: the tagger
    marks one organisation over both ("S and P"), or a possessive ends it with no noun after ("Standard
    and Poor's noted")."""
    conj = next((c for c in t.children if c.dep_ == "conj"), None)
    if conj is None or t.pos_ != "PROPN" or conj.pos_ != "PROPN" \
            or not any(c.dep_ == "cc" and c.lower_ in ORG_NAME_JOINERS for c in t.children):
        return False
    one_entity = t.ent_type_ == "ORG" and all(w.ent_type_ == "ORG" and w.ent_iob_ == "I" for w in t.doc[t.i + 1:conj.i + 1])
    return one_entity or any(c.dep_ == "case" for c in conj.children)


def org_before_which(rel: Token, head: Token) -> Token | None:
    """What "which" stands for when an organisation is named right before it inside the phrase the
    parse hung it on ("met with protests by the National Council for Adoption, which said"): that
    organisation (its name's head), not the parse's head, a common noun; None otherwise ("Dave Leip's
    Atlas of U.S. Presidential Elections, which examines": a name the parse hung it on stays)."""
    if rel.lower_ != "which" or head.pos_ != "NOUN":
        return None
    j = rel.i - 1
    while j > head.i and rel.doc[j].is_punct:
        j -= 1
    t = rel.doc[j]
    if j <= head.i or t.ent_type_ not in ORG_ENTS or head.i not in [a.i for a in t.ancestors]:
        return None
    return next((e.root for e in rel.doc.ents if e.start <= t.i < e.end), None)


def org_like(t: Token) -> bool:
    """A word of an organisation's name: tagged so, or an acronym ("EDC") the tagger left out."""
    return t.ent_type_ in ORG_ENTS or (t.pos_ == "PROPN" and t.text.isupper() and t.is_alpha
                                       and len(t.text) >= 2 and t.ent_type_ in ("", "ORG"))


def _title_case_line(token: Token) -> bool:
    """The token's sentence is written in Title Case (a headline: "Carly Fiorina Endorses Cruz"),
    where capitals say nothing about names."""
    words = [t for t in token.sent if t.is_alpha]
    return len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)


def _capitalised_runs(doc, tokens: Sequence[Token], words: Sequence[str], pos: Sequence[str]) -> list[Span]:
    """Runs of two or more capitalised proper nouns, small words allowed inside ("Society of
    Motor Manufacturers and Traders", "Standard and Poor's Corp"), labelled ORG when the tagger gave
    no other label. `tokens`: the doc's tokens, `words` and `pos` their texts and POS."""
    runs: list[Span] = []
    i, n = 0, len(tokens)
    while i < n:
        if pos[i] == "PROPN" and words[i][:1].isupper() and tokens[i].ent_type_ in ("", "ORG"):
            j = i + 1
            # Capitalised nouns go on a name ("Budget Officer" tagged as nouns).
            while j < n and ((pos[j] in ("PROPN", "NOUN") and words[j][:1].isupper() and tokens[j].ent_type_ in ("", "ORG"))
                             or (tokens[j].tag_ == "POS" and j + 1 < n and tokens[j + 1].lower_.rstrip(".") in CORPORATE_SUFFIXES)
                             or (tokens[j].lower_ in ACRONYM_SMALL_WORDS and j + 1 < n and pos[j + 1] == "PROPN"
                                 and words[j + 1][:1].isupper())):
                j += 1
            while j > i and tokens[j - 1].lower_ in ACRONYM_SMALL_WORDS:
                j -= 1
            if j - i >= 2 and not _title_case_line(tokens[i]):
                runs.append(Span(doc, i, j, label="ORG"))
            i = max(j, i + 1)
        else:
            i += 1
    return runs


__all__ = ["Organisations", "COMPANY_NOUNS", "MIN_ACRONYM_LETTERS", "fold_words", "org_like", "trusted_acronym", "ORG_ENTS", "ORG_LOOKBACK_SENTENCES", "ORG_FALLBACK_SENTENCES", "one_org_name", "without_the"]
