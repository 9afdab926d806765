"""A document speaking for the organisation that owns it ("says its report", "Marca's headline
says"): the owner, which speaker_names names as the speaker (the tracker's gold gives the issuer);
a person owning one ("Morquendi's message read") is resolved to him by resolve_speakers."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfold.extract.quotes.lexicon import OWNED_DOCUMENT_NOUNS
from newsfold.extract.quotes.speakers.organisations import Organisations


def owner_word(speaker: Span) -> Token | None:
    """The possessive in front of a document speaker ("its report", "Marca's headline", "Morquendi's
    message"), whoever owns it; None for a speaker that is no owned document."""
    head = speaker.root
    if head.pos_ != "NOUN" or head.lemma_.lower() not in OWNED_DOCUMENT_NOUNS:
        return None
    return next((c for c in head.children if c.dep_ == "poss"), None)


def document_owner(speaker: Span, orgs: Organisations) -> Token | None:
    """The owner's word of a document speaker: "its" (for the organisation "it" stands for) or the
    last word of an organisation's name in the possessive; None for a person's or a place's, or none."""
    owner = owner_word(speaker)
    if owner is None or orgs.person_chars[owner.idx]:
        return None
    if owner.lower_ == "its" or (owner.pos_ == "PROPN" and owner.ent_type_ not in ("PERSON", "GPE")):
        return owner
    return None
