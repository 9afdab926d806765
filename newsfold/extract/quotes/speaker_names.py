"""The canonical name of a speaker who is none of the article's people (`speaker_name` when
`speaker_person_id` is null): an organisation by its fullest form written in the article ("Samsung"
-> "Samsung Electronics Co.", "EDC" -> "Export Development Canada"), "it" by the organisation it
stands for, a definite description by the phrase that brought the source in ("the official" -> "a
justice official", "the company" -> the company named just before), any other source by its words
as written ("officials", "Some experts"). Personal pronouns nobody was found for get no name.

This is how news annotation resolves sources that are not named people (the Gender Gap Tracker's
`speaker_resolved`: the fullest form in the article, as written, determiner included)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from newsfold.extract.quotes.article import ParsedArticle, wholly_quoted
from newsfold.extract.quotes.sentence_subjects import speaker_subjects
from newsfold.extract.quotes.subjects import conjoined_subject, speaker_span
from newsfold.extract.quotes.lexicon import (
    ACRONYM_SMALL_WORDS, COLLECTIVE_NOUNS, COMPANY_EPITHETS, EPITHET_NOUNS, NOT_INTRODUCING, ORG_NOUNS, PERSON_NOUNS,
    PLURAL_OR_OTHER_PRONOUNS, PRONOUNS, RELATIVE_PRONOUNS, SOURCE_NOUNS, STATEMENT_NOUNS,
)

# How far back (sentences) "the statement" looks for the statement's first mention and its issuer.
STATEMENT_LOOKBACK_SENTENCES = 4
# Entity types that name an organisation speaking ("Statistics Canada said", "the Raptors posted").
ORG_ENTS = frozenset({"ORG"})
# How far back (sentences) "it" and "the company" look for the organisation they stand for.
ORG_LOOKBACK_SENTENCES = 2
# How far back they take the organisation named last when none is a subject that near.
ORG_FALLBACK_SENTENCES = 3
# A phrase that brings a source in is a description, not a clause: longer ones keep their noun phrase only.
MAX_INTRODUCTION_WORDS = 12


def _fold(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'s", ""))


def _initials(text: str) -> str:
    """"Export Development Canada" -> "EDC"; small words ("of", "and") are skipped."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", text) if w.lower() not in ACRONYM_SMALL_WORDS).upper()


class Organisations:
    """The organisations an article names, in text order: ORG entities and runs of capitalised
    names ("The Parliamentary Budget Officer", which the tagger often misses), each with its form
    as written (with "the" when the article always writes it so) and what acronyms stand for."""

    def __init__(self, art: ParsedArticle, people: Sequence[tuple[int, int]] = ()):
        doc = art.doc
        self.art = art
        # Characters of the article's person mentions: a person the tagger took for an
        # organisation ("Matlow") is none.
        self.person_chars = bytearray(len(art.text) + 1)
        for a, b in people:
            self.person_chars[a:b] = b"\x01" * (b - a)
        spans = [e for e in doc.ents if e.label_ in ORG_ENTS and any(t.is_alpha for t in e)]
        spans += _capitalised_runs(doc)
        spans = [e for e in spans if not self.person_chars[e.root.idx]]
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
            end = e.end - (1 if doc[e.end - 1].tag_ == "POS" else 0)
            start = e.start
            while start < end and (doc[start].lower_ == "the" or doc[start].pos_ not in ("PROPN", "NOUN", "ADJ", "NUM")):
                start += 1  # "Though Sanders" tagged ORG: the name starts at its first name word
            if start >= end:
                continue
            key = tuple(_fold(doc[start:end].text))
            if not key:
                continue
            if doc[end - 1].lemma_.lower() in EPITHET_NOUNS or any(t.ent_type_ == "PERSON" for t in doc[start:end]):
                # "Senate Majority Leader" is no fuller form of "the Senate"; an acronym may stand
                # for an office ("PBO", the Parliamentary Budget Officer).
                offices.append(doc[start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start:end].text)
                continue
            if doc[start].idx >= art.body_start and doc[end - 1].dep_ != "compound":
                self.first_at.setdefault(key, doc[start].idx)  # not as a modifier ("Suncor refinery")
            if start > 0 and doc[start - 1].lower_ == "the":
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
            if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].text.isupper():
                self.expansions.setdefault(doc[j + 1].text, self.forms.get(tuple(_fold(e.text.removeprefix("the ").removeprefix("The "))), e.text))
        for key, form in [*self.forms.items(), *((tuple(_fold(o)), o) for o in offices)]:
            initials = _initials(form)
            if len(initials) >= 2 and len(key) > 1:
                self.expansions.setdefault(initials, form)

    def fullest(self, name: str) -> str | None:
        """The longest organisation form in the article that holds `name`'s words in a row
        (or that an acronym stands for); None when the article names no such organisation."""
        bare = name.strip().removeprefix("the ").removeprefix("The ")
        letters = bare.replace("&", "")  # "B&B": Bradford & Bingley
        if letters.isupper() and letters.isalpha() and letters in self.expansions:
            return self.expansions[letters]
        words = _fold(bare)
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
        while first > 0 and _org_like(art.doc[first - 1]):
            first -= 1
        return self.fullest(art.doc[first:last.i + 1].text)


    def named(self, t: Token) -> bool:
        """A word of an organisation's name here, or a one-word name the tagger marked as an
        organisation elsewhere in the article ("Electrolux saw its shares rise", untagged)."""
        return _org_like(t) or (t.pos_ == "PROPN" and (t.lower_,) in self.forms)


def _subject_or_its_owner(t: Token) -> bool:
    """A subject, or the owner of one ("Electrolux's subsidiary brands include ...")."""
    return t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass"))


def _coordinated(key: tuple[str, ...], start: int, end: int) -> bool:
    """The words key[start:end] are one conjunct of a form that joins two names ("Amazon and
    Google" is no fuller form of Amazon)."""
    return (end < len(key) and key[end] == "and") or (start > 0 and key[start - 1] == "and")


def _org_like(t: Token) -> bool:
    """A word of an organisation's name: tagged so, or an acronym ("EDC") the tagger left out."""
    return t.ent_type_ in ORG_ENTS or (t.pos_ == "PROPN" and t.text.isupper() and t.is_alpha
                                       and len(t.text) >= 2 and t.ent_type_ in ("", "ORG"))


def _title_case_line(token: Token) -> bool:
    """The token's sentence is written in Title Case (a headline: "Carly Fiorina Endorses Cruz"),
    where capitals say nothing about names."""
    words = [t for t in token.sent if t.is_alpha]
    return len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)


def _capitalised_runs(doc) -> list[Span]:
    """Runs of two or more capitalised proper nouns, small words allowed inside ("Society of
    Motor Manufacturers and Traders"), labelled ORG when the tagger gave no other label."""
    runs: list[Span] = []
    i, n = 0, len(doc)
    while i < n:
        if doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and doc[i].ent_type_ in ("", "ORG"):
            j = i + 1
            # Capitalised nouns go on a name ("Budget Officer" tagged as nouns).
            while j < n and ((doc[j].pos_ in ("PROPN", "NOUN") and doc[j].text[:1].isupper() and doc[j].ent_type_ in ("", "ORG"))
                             or (doc[j].lower_ in ACRONYM_SMALL_WORDS and j + 1 < n and doc[j + 1].pos_ == "PROPN"
                                 and doc[j + 1].text[:1].isupper())):
                j += 1
            while j > i and doc[j - 1].lower_ in ACRONYM_SMALL_WORDS:
                j -= 1
            if j - i >= 2 and not _title_case_line(doc[i]):
                runs.append(Span(doc, i, j, label="ORG"))
            i = max(j, i + 1)
        else:
            i += 1
    return runs


def speaker_name(art: ParsedArticle, speaker: Span, orgs: Organisations, inside: bytearray) -> str | None:
    """The canonical name of a speaker span resolved to none of the article's people (module
    docstring); None for a personal pronoun, "they", "we", "I" and "you"."""
    head = speaker.root
    low = head.lower_
    if low in PRONOUNS or low in RELATIVE_PRONOUNS:
        return None
    if low == "it":
        return _named_speaker_before(art, head, inside, orgs) or orgs.recent(head, inside)
    if low == "they":
        return _plural_antecedent(art, head, inside, orgs)
    if low in PLURAL_OR_OTHER_PRONOUNS:
        return None
    if _org_like(head) or orgs.named(head):
        # An organisation ("Suncor", "the PBO", "the province's Department of ..."): its fullest form.
        return orgs.fullest(_with_proper_compounds(head, speaker.start).text) or speaker.text
    if speaker[0].lower_ == "the" and head.pos_ == "NOUN":
        if (head.lemma_.lower() in ORG_NOUNS or head.lemma_.lower() in COMPANY_EPITHETS) and head.tag_ == "NN":
            # "the parole board", "the bank": the organisation those words name ("Parole Board of
            # Canada", "European Central Bank"); else ("the company") the one just before.
            words = [t for t in speaker if t.i <= head.i and t.is_alpha and t.lower_ != "the"]
            named = orgs.fullest(" ".join(t.text for t in words)) if len(words) >= 2 else orgs.fullest(head.text)
            return named or orgs.recent(head, inside) or speaker.text
        if any(t.pos_ == "PROPN" for t in speaker if t.i < head.i):
            return speaker.text  # "The Cruz campaign" says which one itself
        intro = _introduction(art, head, inside) if not any(t.like_num for t in speaker) else None
        if intro is not None and _content_words(intro) >= _content_words(speaker.text):
            return intro  # only a phrase that says at least as much ("The judge" -> "the Nova Scotia judge")
    written = _described(speaker) if head.pos_ == "NOUN" else speaker.text
    return _trailing_name(speaker, speaker.start_char + len(written)) or written


def _named_speaker_before(art: ParsedArticle, it: Token, inside: bytearray, orgs: Organisations) -> str | None:
    """"It said" right after a place or institution spoke in the sentence before ("Downing Street
    said ... It said ..."): that speaker, whatever the tagger took it for; None otherwise."""
    k = art.sent_of[it.i]
    while k > 0 and wholly_quoted(art.sents[k - 1], inside):
        k -= 1
    if k == 0:
        return None
    for subject in reversed(speaker_subjects(art.sents[k - 1], inside)):
        if subject.pos_ == "PROPN" and subject.ent_type_ in ("GPE", "FAC", "ORG", "LOC", "") and not orgs.person_chars[subject.idx]:
            name = _with_proper_compounds(subject, 0).text
            return orgs.fullest(name) or name
        return None  # a person or a description spoke last: no place
    return None


def _with_proper_compounds(head: Token, lo: int) -> Span:
    """The name `head` ends, with the proper nouns compounded onto it ("Downing Street"), none
    before token `lo`."""
    doc = head.doc
    first = head.i
    while first > lo and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound":
        first -= 1
    return doc[first:head.i + 1]


def _trailing_name(speaker: Span, end_char: int) -> str | None:
    """A person's full name that ends a title phrase the people extraction left out ("SMFG
    President Yoshifumi Nishikawa", "Gloucester director of rugby Nigel Melville"): the name is
    the speaker's canonical name, not the title."""
    names = [e for e in speaker.doc.ents if e.label_ == "PERSON" and len(e) >= 2
             and e.start_char > speaker.start_char and e.end_char == end_char]
    return names[-1].text if names else None


def _described(speaker: Span) -> str:
    """A description as written with the modifiers after its noun that say which ("Members of the
    conservative press", "people familiar with the bid"), which the speaker span leaves out; the
    span alone when they run on past MAX_INTRODUCTION_WORDS or over a comma."""
    head = speaker.root
    end = speaker.end
    for c in head.rights:
        if c.i >= speaker.end and c.dep_ in ("prep", "amod", "acl") and \
                not any(t.is_punct and t.text in ",;:" for t in c.subtree):
            end = max(end, c.right_edge.i + 1)
    if end - speaker.start > MAX_INTRODUCTION_WORDS:
        return speaker.text
    return speaker.doc[speaker.start:end].text


def _plural_antecedent(art: ParsedArticle, pronoun: Token, inside: bytearray, orgs: Organisations) -> str | None:
    """What "they" stands for: the last plural noun phrase that is a subject earlier in its
    sentence or in the sentence before, outside quotes ("several auto-industry executives have
    warned ... They say"), as written; else the last organisation or collective there that is a
    subject ("Murphy's campaign is tying ... They are saying"); None when there is none (no
    person's name is guessed)."""
    k = art.sent_of[pronoun.i]
    lo = art.sents[max(0, k - 1)].start
    doc = art.doc
    subjects = [t for t in reversed(doc[lo:pronoun.i]) if not inside[t.idx] and (
        t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.dep_ == "agent") or (  # "opposed by X"
            t.dep_ == "conj" and any(conjoined_subject(v) == t for v in doc[t.i + 1:min(t.i + 5, len(doc))]
                                     if v.pos_ == "VERB" and v.dep_ == "conj")))]
    for t in subjects:
        if t.tag_ in ("NNS", "NNPS") and (
                t.lemma_.lower() in PERSON_NOUNS or t.lemma_.lower() in SOURCE_NOUNS or t.ent_type_ == "NORP"):
            return speaker_span(t).text
    for t in subjects:
        if _org_like(t) and not orgs.person_chars[t.idx]:
            return orgs.fullest(speaker_span(t).text) or speaker_span(t).text
        if t.tag_ == "NN" and (t.lemma_.lower() in ORG_NOUNS or t.lemma_.lower() in COLLECTIVE_NOUNS):
            return speaker_span(t).text
    return None


def _content_words(text: str) -> int:
    return sum(1 for w in _fold(text) if w not in ("the", "a", "an"))


def _introduction(art: ParsedArticle, head: Token, inside: bytearray) -> str | None:
    """The phrase that first brought in the source a definite description ("the official") takes
    up: the first earlier noun phrase outside quotes with the same head noun that says more ("a
    justice official", "the Nova Scotia judge"); None when there is none."""
    lemma = head.lemma_.lower()
    for chunk in art.doc[:head.i].noun_chunks:
        root = chunk.root
        if root.lemma_.lower() != lemma or root.tag_ != head.tag_ or inside[root.idx]:
            continue
        words = [t for t in chunk if not t.is_punct]
        if len(words) < 2 and not any(c.dep_ in ("amod", "prep", "acl") for c in root.rights):
            continue
        end = root.i + 1
        # Post-modifiers that say which one ("a person familiar with the negotiations").
        for c in root.rights:
            if c.dep_ in ("amod", "prep", "acl") and not any(t.is_punct and t.text in ",;:" for t in c.subtree):
                end = max(end, c.right_edge.i + 1)
        if chunk[0].lower_ in NOT_INTRODUCING:
            continue  # "his lawyer", "every person": not a phrase that brings in one source
        if end - chunk.start > MAX_INTRODUCTION_WORDS:
            end = root.i + 1
        return art.doc[chunk.start:end].text
    return None


def document_issuer(art: ParsedArticle, speaker: Span) -> Span | None:
    """Who issued "the statement" that speaks: the subject of the verb of its last mention before
    ("In a joint statement, Merrill Lynch chairman William Schreyer said ...", "the party said in a
    statement", "the association issued a statement"). The tracker names the issuer; the speaker
    span stays the statement, as PolNeAR marks it."""
    head = speaker.root
    if head.lemma_.lower() not in STATEMENT_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the"
                                                            for c in head.children):
        return None
    first_sent = art.sent_before(art.sent(head.i), STATEMENT_LOOKBACK_SENTENCES).start
    for t in reversed(art.doc[first_sent:speaker.start]):
        if t.lemma_.lower() != head.lemma_.lower():
            continue
        verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "in" else (t.head if t.dep_ == "dobj" else None)
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() in STATEMENT_NOUNS or subj.lower_ in PRONOUNS:
            return None
        return speaker_span(subj)
    return None


__all__ = ["Organisations", "document_issuer", "speaker_name", "ORG_ENTS", "ORG_LOOKBACK_SENTENCES",
           "ORG_FALLBACK_SENTENCES", "MAX_INTRODUCTION_WORDS", "STATEMENT_LOOKBACK_SENTENCES"]
