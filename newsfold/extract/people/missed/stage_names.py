"""One-word stage names the model leaves untagged or tags ORG ("rapper Nelly", "reggae star Sizzla,
whose real name is Miguel Collins"): the sentence vouches for them, a person noun right before the
name or a "real name" cue right after it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfold.extract.people.form_filters import reject_form
from newsfold.extract.people.forms import Form
from newsfold.extract.people.layout import in_headline_or_credit
from newsfold.extract.people.lexicon import ALIAS_CUE_OPENERS, REAL_NAME_CUES, STAGE_NAME_NOUNS
from newsfold.extract.people.resources import is_english_word, is_known_first_name
from newsfold.nlp.doc_text import doc_text


def _introduced(doc: Doc, i: int) -> bool:
    """Is token i the head of a person noun compound ("rapper Nelly", "Midfielder Edu" opening a
    sentence; not a title's "Delegate Update")?"""
    if i == 0:
        return False
    noun = doc[i - 1]
    word = noun.lower_
    name = doc[i].text
    lower_case = noun.text.islower() or (
        noun.is_sent_start and (is_known_first_name(name) or not is_english_word(name)))
    return (noun.dep_ == "compound" and noun.head.i == i and lower_case
            and word in STAGE_NAME_NOUNS)


def _real_name_follows(doc: Doc, i: int) -> bool:
    """Does a "real name" cue follow token i ("Sizzla, whose real name is", "Mars - real name")?"""
    if i + 1 >= len(doc) or doc[i + 1].text not in ALIAS_CUE_OPENERS:
        return False
    return any(tuple(t.lower_ for t in doc[i + 2:i + 2 + len(cue)]) == cue for cue in REAL_NAME_CUES)


def _lone_proper_noun(doc: Doc, token: Token) -> bool:
    """A capitalised proper noun standing alone: untagged or a one-word ORG, no name word beside it."""
    if token.pos_ != "PROPN" or not token.is_alpha or not token.is_title or len(token) < 3:
        return False
    if token.ent_type_ == "ORG":
        if token.ent_iob_ != "B" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"):
            return False
    elif token.ent_type_:
        return False
    beside = [doc[k] for k in (token.i - 1, token.i + 1) if 0 <= k < len(doc)]
    if token.i > 0 and doc[token.i - 1].like_num:
        return False  # "50 Cent": part of a longer name
    return not any(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_sent_start for t in beside)


def stage_name_forms(doc: Doc, rules: frozenset[str]) -> list[Form]:
    """One-word names the sentence vouches for (see the module's note)."""
    if "relations" not in rules:
        return []
    text = doc_text(doc)
    forms = []
    for token in doc:
        if not _lone_proper_noun(doc, token):
            continue
        if not (_introduced(doc, token.i) or _real_name_follows(doc, token.i)):
            continue
        span = doc[token.i:token.i + 1]
        if in_headline_or_credit(text, span.start_char, span.end_char, rules):
            continue
        if reject_form(doc, token.i, token.i + 1, token.text, rules):
            continue
        forms.append(Form(token.i, token.i + 1, token.text))
    return forms
