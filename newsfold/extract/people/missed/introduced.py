"""Names the model leaves untagged or mislabels where the words before them introduce a person:
a strong title ("Mr Putin", "President Trump", "King Fahd" tagged FAC) or a nationality ("Russian
Elena Bovina", "Japan's Ai Sugiyama")."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.forms import Form, flat, hyphen_part, is_word, trim_span
from newsfold.extract.people.layout import in_headline, is_credit
from newsfold.extract.people.lexicon import (
    COMPANY_SUFFIXES,
    FACILITY_HEADS,
    HONORIFICS,
    NAME_PARTICLES,
    NEVER_SURNAMES,
    OFFICE_TITLES,
    ORG_HEADS,
    POSSESSIVE_S,
    TITLE_EVIDENCE,
)
from newsfold.extract.people.names import ends_like_organisation, fold, is_group_name, is_institution
from newsfold.extract.people.resources import is_english_word, is_known_first_name, is_place_name
from newsfold.nlp.doc_text import doc_text


def _facility_is_title_and_name(doc: Doc, i: int) -> bool:
    """ "King Fahd" tagged FAC is a person; "King Fahd Stadium" is a place."""
    k = i
    while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
        k += 1
    last = doc[k].lower_
    return k - i < 3 and last not in ORG_HEADS and last not in FACILITY_HEADS


def titled_forms(doc: Doc, rules: frozenset[str]) -> list[Form]:
    """Names after a strong title ("Mr Putin", "President Trump"), whatever the model's label."""
    if "titles" not in rules:
        return []
    text = doc_text(doc)
    forms = []
    for token in doc:
        if token.text not in TITLE_EVIDENCE or token.i + 1 >= len(doc):
            continue
        start = end = token.i + 1
        while end < len(doc) and end - start < 4:
            nxt = doc[end]
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
        if end + 1 < len(doc) and hyphen_part(doc[end + 1]):
            end += 2  # "President Park Geun-hye", "Mr Hulme-Cross"
        start, end = trim_span(doc, start, end, rules)
        if end <= start:
            continue
        span = doc[start:end]
        if "headlines" in rules and in_headline(text, span.start_char):
            continue
        if is_credit(text, span.start_char, span.end_char, rules):
            continue
        name = flat(span.text)
        if is_institution(name) or is_place_name(name) or ends_like_organisation(name):
            continue  # "King Fahd International Stadium"
        if any(fold(t.text) in NEVER_SURNAMES for t in span) or (
                end < len(doc) and (doc[end].text in COMPANY_SUFFIXES or doc[end].lower_ in FACILITY_HEADS)):
            continue  # "Premier League", "Cardinal Industries Inc", "King Cross station"
        forms.append(Form(start, end, name))
    return forms


def nationality_forms(doc: Doc, rules: frozenset[str]) -> list[Form]:
    """Names the model left untagged after a nationality: "Russian Elena Bovina", "China's Na Li",
    "Bulgarian Magdaleena Maleeva" (sport and wire copy introduce people so). Two or three
    capitalised proper nouns, led by a known given name or made only of non-dictionary words."""
    if "nationality" not in rules:
        return []
    text = doc_text(doc)
    forms = []
    for token in doc:
        if token.ent_type_ == "NORP" and token.ent_iob_ in ("B", "I") and (
                token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I"):
            start = token.i + 1  # after the last word of "Bulgarian", "South African"
        elif token.text in POSSESSIVE_S and token.i > 0 and doc[token.i - 1].ent_type_ == "GPE":
            start = token.i + 1  # "Japan's Ai Sugiyama"
        else:
            continue
        end = start
        while end < len(doc) and end - start < 3:
            t = doc[end]
            if not (t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and len(t.text) > 1
                    and t.ent_type_ in ("", "FAC", "LOC")):  # no company; "France’s Francois Hollande" tagged LOC
                break
            end += 1
        if end - start < 2 or (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_alpha):
            continue  # one word, or a longer proper name ("Australian Open Tennis Championships")
        words = [t.text for t in doc[start:end]]
        if any(is_place_name(w) or w in OFFICE_TITLES or w in HONORIFICS for w in words):
            continue
        unknown = all(not is_english_word(w) and not is_known_first_name(w) for w in words)
        if not (unknown or (is_known_first_name(words[0]) and not is_word(doc[end - 1])
                            and not is_known_first_name(words[-1]))):
            continue
        name = " ".join(words)
        if is_institution(name) or ends_like_organisation(name) or is_group_name(name):
            continue
        span = doc[start:end]
        if "headlines" in rules and in_headline(text, span.start_char):
            continue
        forms.append(Form(start, end, name))
    return forms
