"""Full names the model tags ORG or LOC whose surname is a dictionary word or a place ("Simon Cross",
"Lindsay Davenport", "Guy Mansfield QC" tagged ORG): a known given name and a
capitalised surname are taken when the sentence treats them as a person: the subject of a speech verb,
named after a person noun, or coordinated with a name the model tagged PERSON."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.coordinated_groups import coordinated_group
from newsfold.extract.people.form_filters import reject_form
from newsfold.extract.people.forms import Form
from newsfold.extract.people.layout import in_headline_or_credit
from newsfold.extract.people.lexicon import (DOER_LABELS, DOER_NOT_SURNAMES, FACILITY_HEADS, ORG_HEADS, PLACE_NOUNS,
                                             POSSESSIVE_S, POST_NOMINALS, RELATION_NOUNS, ROLE_WORDS, SPEECH_VERBS,
                                             TITLE_EVIDENCE)
from newsfold.extract.people.names import ends_like_organisation, is_institution
from newsfold.extract.people.resources import is_known_first_name, is_place_name
from newsfold.nlp.doc_text import doc_text


def _acts_as_person(doc: Doc, start: int, end: int) -> bool:
    """Does the sentence treat doc[start:end] (an entity: a given name, a surname, perhaps a
    post-nominal or a possessive) as a person?"""
    head = doc[start:end].root  # "Guy Mansfield QC": "QC" heads the phrase
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in SPEECH_VERBS:
        return True  # "Guy Mansfield QC warned"
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text[:1].islower() and (
            before.lower_ in ROLE_WORDS or before.lower_ in RELATION_NOUNS):
        return True  # "singer Freddie Mercury"
    if head.dep_ == "appos" and head.head.lower_ in ROLE_WORDS:
        return True  # "The new chairman of the Bar Council, Guy Mansfield"
    # "Alasdair Strokosch and Simon Cross", "number one Lindsay Davenport and French Open champion"
    return any(k != head.i and (doc[k].ent_type_ == "PERSON" or doc[k].lower_ in ROLE_WORDS)
               for k in coordinated_group(doc, head.i))


def doer_forms(doc: Doc, rules: frozenset[str]) -> list[Form]:
    """Two-word entities of another label, a known given name then a capitalised word, that the
    sentence treats as a person."""
    if "mislabelled" not in rules:
        return []
    text = doc_text(doc)
    forms = []
    for ent in doc.ents:
        if ent.label_ not in DOER_LABELS:
            continue
        end = ent.end - 1 if ent[-1].text in POSSESSIVE_S or ent[-1].text in POST_NOMINALS else ent.end
        if end - ent.start != 2:
            continue
        given, surname = doc[ent.start], doc[end - 1]
        if not (given.is_alpha and given.is_title and surname.is_alpha and surname.is_title):
            continue
        if not is_known_first_name(given.text) or is_known_first_name(surname.text):
            continue
        if given.lower_ in ROLE_WORDS or given.text in TITLE_EVIDENCE:
            continue  # "General Electric", "General Ham": a title, not a given name
        if surname.tag_ == "NNPS" or surname.lower_ in ORG_HEADS | FACILITY_HEADS | PLACE_NOUNS | DOER_NOT_SURNAMES:
            continue  # "Nilla Wafers", "Aral Sea", "Warner Music"
        root = doc[ent.start:ent.end].root
        if root.dep_ == "compound" and root.head.i >= ent.end:
            continue  # "Dallas Mavericks owner Mark Cuban": a name modifying a noun is a brand's or a team's
        name = f"{given.text} {surname.text}"
        if is_place_name(name) or is_institution(name) or ends_like_organisation(name):
            continue
        if not _acts_as_person(doc, ent.start, ent.end):
            continue
        span = doc[ent.start:end]
        if in_headline_or_credit(text, span.start_char, span.end_char, rules):
            continue
        if reject_form(doc, ent.start, end, name, rules):
            continue
        forms.append(Form(ent.start, end, name))
    return forms
