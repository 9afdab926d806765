"""Headline forms of attribution: 'Pence: Flowers won't be at debate' and 'Sanders Vows To Eliminate
Tax Breaks' (a verb the tagger read as a noun or a name)."""

from __future__ import annotations

import re

from newsfold.extract.quotes.article import Attribution, ParsedArticle
from newsfold.extract.quotes.lexicon import (
    NON_PERSON_HEADS, NOT_HEADLINE_SOURCES, OBJECT_CUES, REPORT_VERBS, SECTION_LABEL_WORDS,
)


_HEADLINE_SOURCE = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}): (\S.{10,})$", re.M)


def headline_candidates(art: ParsedArticle) -> list[tuple[int, int, Attribution]]:
    """'Pence: Flowers won't be at debate' lines, the headline form of attribution."""
    doc = art.doc
    out = []
    for m in _HEADLINE_SOURCE.finditer(art.text):
        speaker = doc.char_span(m.start(1), m.end(1))
        if speaker is None:
            continue
        names = None
        ok = True
        for t in speaker:
            if t.pos_ == "PROPN" or t.is_punct or t.lemma_.lower() in NON_PERSON_HEADS:
                continue
            if names is None:  # a name the tagger missed in the headline: a name elsewhere ("Sanders")
                names = {u.text for u in doc if u.pos_ == "PROPN" and u.i >= speaker.end}
            if not (t.text[:1].isupper() and t.text in names):
                ok = False
                break
        if not ok:
            continue  # "Pence: ...", "Poll: ..."
        if speaker.text.lower() in NOT_HEADLINE_SOURCES:
            continue
        if speaker.text.isupper() and (speaker[-1].lower_ in SECTION_LABEL_WORDS or not _caps_name(doc, speaker)):
            continue  # "ECB WATCH: ...", "ENERGY: ...", "THE DAY IN ASIA: ...": a rubric
        out.append((m.start(2), m.end(2), Attribution(cue=":", speaker=speaker)))
    out.extend(_headline_verb_candidates(art))
    return out


def _caps_name(doc, label) -> bool:
    """A label in capitals is a name ("PENCE: ...") when the article writes each of its words as a
    name elsewhere ("Pence"); a rubric ("ENERGY", "KEEPING SCORE") is written so nowhere."""
    names = {t.text for t in doc if t.pos_ == "PROPN" and not t.text.isupper()}
    words = [t.text for t in label if t.is_alpha]
    return bool(words) and all(w.title() in names or w.capitalize() in names for w in words)


_LINE = re.compile(r"[^\n]+")


def verb_lemma(word: str) -> str | None:
    """The report verb a headline word is a form of ("Vows", "questions", "Rules"), if any."""
    low = word.lower()
    for lemma in (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else "",
                  low[:-3] + "y" if low.endswith("ies") else ""):
        if lemma and (lemma in OBJECT_CUES or lemma in REPORT_VERBS) and lemma not in NON_PERSON_HEADS:
            return lemma
    return None


def _headline_verb_candidates(art: ParsedArticle) -> list[tuple[int, int, Attribution]]:
    """'Sanders Vows To Eliminate Tax Breaks', 'Trump questions the fairness of moderators':
    headline verbs the tagger read as nouns or names. Only on short lines without a final
    sentence of prose, with a name or noun before the verb and words after it."""
    doc, text = art.doc, art.text
    out = []
    for m in _LINE.finditer(text):
        line = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if line is None or not (3 <= len(line) <= 16) or text[m.start():m.end()].count(". ") > 0:
            continue
        for t in line[1:-1]:
            if t.pos_ in ("VERB", "AUX") or verb_lemma(t.text) is None or not t.text.lower().endswith("s"):
                continue
            before = [x for x in line if x.i < t.i and not x.is_punct]
            after = [x for x in line if x.i > t.i and not (x.is_punct or x.is_space)]
            if not before or not after or len(after) < 2 or before[-1].pos_ not in ("PROPN", "NOUN"):
                continue
            if any(x.pos_ in ("VERB", "AUX") for x in before):
                continue
            speaker = doc[before[0].i:before[-1].i + 1]
            out.append((after[0].idx, after[-1].idx + len(after[-1].text),
                        Attribution(cue=t.text, cue_token=t, speaker=speaker)))
            break
    return out
