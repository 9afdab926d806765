"""A he/she that goes on from a speaker the writer only described ("A US Embassy spokesman said:
'...' / '...,' he added"; "Smith Barney's spokeswoman said. ... / She said ..."): the pronoun is
that unnamed person, not the last named speaker before him, and takes the description's name (the
Gender Gap Tracker's gold names such a source by the phrase that brought it in)."""

from __future__ import annotations

from spacy.tokens import Token

from newsfold.extract.quotes.article import ParsedArticle, wholly_quoted
from newsfold.extract.quotes.lexicon import INDEFINITE_OPENERS, PERSON_NOUNS, PLACE_OFFICE_NOUNS, PERSON_SUFFIXES, PRONOUN_GENDER, ROLE_GENDER
from newsfold.extract.quotes.speakers.sentence_subjects import speaker_subjects
from newsfold.extract.quotes.speakers.subjects import is_cue_verb

# How many of the writer's sentences back a he/she looks for the described speaker it goes on from
# ("..., Smith Barney's spokeswoman said. / The stock slipped ... / She said ...").
DESCRIBED_SPEAKER_LOOKBACK_SENTENCES = 2
# Entity types of a name in front of a role that make it a place's office (PLACE_OFFICE_NOUNS), not a body spoken for.
PLACE_ENTS = frozenset({"GPE", "LOC", "NORP"})


def described_speaker_before(art: ParsedArticle, pronoun: Token, inside: bytearray) -> Token | None:
    """The last speaker before the pronoun, within DESCRIBED_SPEAKER_LOOKBACK_SENTENCES of the
    writer's sentences (quoted ones passed over), when it is a person described and not named (a
    singular person noun with no name on it) of the pronoun's gender; None when that speaker is
    named, when a person is named in between, or when there is none."""
    want = PRONOUN_GENDER.get(pronoun.lower_)
    if want is None:
        return None
    k, seen = art.sent_of[pronoun.i], 0
    while k > 0 and seen < DESCRIBED_SPEAKER_LOOKBACK_SENTENCES:
        k -= 1
        sent = art.sents[k]
        if wholly_quoted(sent, inside):
            continue
        seen += 1
        # Who speaks there, not a subject of his words ("The spokeswoman said the recommendation emphasizes ...").
        subjects = [s for s in speaker_subjects(sent, inside) if s.i < pronoun.i and not any(is_cue_verb(a) for a in s.head.ancestors)]
        if subjects:
            s = subjects[-1]
            return s if (_unnamed_person(s) or _taken_up_unnamed(s)) and ROLE_GENDER.get(s.lower_, want) == want else None
        if any(t.ent_type_ == "PERSON" and not inside[t.idx] for t in sent):
            return None  # somebody named in between ("The stock slipped ... Moreno said")
    return None


def _unnamed_person(t: Token) -> bool:
    """A singular common noun for a person ("spokesman", "official") brought in as somebody not
    named: "a"/"an" ("a spokesman", "A US Embassy spokesman") or the body he speaks for in front
    ("Smith Barney's spokeswoman", "The Smith Barney spokeswoman"), with no name set beside it ("a
    spokesman, John Smith,"). "The chancellor", "The Ohio governor" (PLACE_OFFICE_NOUNS) are roles
    that stand for a person named before; "the Nova Scotia judge" is one of many."""
    if not _lone_person_noun(t):
        return False
    office = t.lemma_.lower() in PLACE_OFFICE_NOUNS
    return any((c.dep_ == "det" and c.lower_ in INDEFINITE_OPENERS) or (
        c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" and not (office and c.ent_type_ in PLACE_ENTS)) for c in t.children)


def _taken_up_unnamed(t: Token) -> bool:
    """A definite description ("The band's spokesman", "the spokesman") taking up a person an earlier
    phrase brought in as somebody not named ("an REM spokesman"): still nobody named. Offices a place
    has one holder of ("the governor") stand for a person named before."""
    lemma = t.lemma_.lower()
    if not _lone_person_noun(t) or lemma in PLACE_OFFICE_NOUNS \
            or not any((c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "NOUN") for c in t.children):
        return False
    return any(u.lemma_.lower() == lemma and _unnamed_person(u) for u in t.doc[:t.i])


def _lone_person_noun(t: Token) -> bool:
    """A singular common noun for a person ("spokesman", "official") with no name set beside it
    ("a spokesman, John Smith,"): what both kinds of unnamed description above are headed by."""
    lemma = t.lemma_.lower()
    return t.pos_ == "NOUN" and t.tag_ == "NN" and (lemma in PERSON_NOUNS or lemma.endswith(PERSON_SUFFIXES)) \
        and not any(c.dep_ == "appos" for c in t.children)

