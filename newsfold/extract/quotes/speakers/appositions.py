"""Names standing in for the title or description they follow: "The Shadow Secretary of State
for the Family, Theresa May", "spokesman for sport Hugh Robertson", "one of the so-called
Guildford Four, Gerry Conlon". The speaker is the name, not the words before it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfold.extract.quotes.lexicon import BODY_OR_PLACE_ENTS, INDEFINITE_ARTICLES, PERSON_NOUNS, TITLE_BODY_PREPOSITIONS
from newsfold.nlp.of_phrases import of_object


def title_domain_name(token: Token) -> Token | None:
    """The name closing a title that names its field ("spokesman for sport Hugh Robertson"): the
    field noun opens the name, unlike a person the title is for ("the lawyer for John Smith")."""
    if token.lemma_.lower() not in PERSON_NOUNS:
        return None
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.i == token.i + 1:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and _person_name(obj) and obj.i == obj.right_edge.i and \
                    any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == prep.i + 1 for c in obj.children):
                return obj
    return None


def right_after(token: Token, i: int) -> bool:
    """Token i follows `token` after one comma, right after it ("His father, Ernie") or after the
    phrase completing it ("The Shadow Secretary of State for the Family, Theresa May", "one of the Four, Gerry Conlon")."""
    doc = token.doc
    if doc[i].text == ",":
        i += 1  # the parser may hang the comma on the apposition
    if i < 2 or doc[i - 1].text != ",":
        return False
    end = token.i
    for c in token.rights:
        if c.dep_ == "prep" and c.i == end + 1:
            last = c.right_edge.i - (doc[c.right_edge.i].text == ",")  # the comma may hang on the phrase
            if _unbroken(doc[c.i:last + 1]):
                end = last
    return i - 2 == end


def one_of_named(one: Token) -> Token | None:
    """The name in apposition after "one of the ...", hung by the parser on the group ("one of
    the so-called Guildford Four, Gerry Conlon - who ... - said"): one person of the group."""
    group = of_object(one)
    if group is None:
        return None
    return next((c for c in group.children
                 if c.dep_ == "appos" and _person_name(c) and right_after(group, c.left_edge.i)), None)


def inverted_speaker(subj: Token, appos: Token) -> bool:
    """An apposition right before a cue verb speaks in place of the subject it follows ("To understand
    the real Dred Scott, Chief Justice Roberts said") when it is a name, or a person noun after a
    subject that is no person's name: after a name it only describes him ('Michael Lamberty, a
    Lufthansa spokesman told', the closing comma left out), and the name speaks; so it does before a
    body, place or indefinite description that closes his description (`body_after_person`)."""
    if body_after_person(subj, appos) or title_of_body_after_name(subj, appos):
        return False
    if appos.pos_ == "PROPN":
        return True
    return appos.lemma_.lower() in PERSON_NOUNS and not _person_name(subj)


def body_after_person(subject: Token, appos: Token) -> bool:
    """The apposition the parser hung on a named person is the place or body closing his description
    ("Lisa Power, head of policy at Aids charity the Terrence Higgins Trust said", "James Murren of
    C.J. Lawrence said"): the person is the speaker, not the body (unlike "the real Dred Scott, Chief
    Justice Roberts said", a person after a person), nor an indefinite description of him ("Katrina
    Bull, a prospective parliamentary candidate said": nobody else)."""
    return _person_name(subject) and (appos.ent_type_ in BODY_OR_PLACE_ENTS or _indefinite_description(appos))


def title_of_body_after_name(subject: Token, appos: Token) -> bool:
    """A bare title of a body after a full name the tagger did not read as a person's ("Hiromitsu
    Sunada, manager of Meiji Mutual Life Insurance Co's international investment department said", the
    closing comma left out): the title describes the name, which speaks. A title with "the" or an
    owner in front ("For Lufthansa, the spokesman said") is another person."""
    return subject.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children) \
        and appos.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in appos.children) \
        and any(c.dep_ == "prep" and c.lower_ in TITLE_BODY_PREPOSITIONS for c in appos.children)


def _unbroken(tokens: Span) -> bool:
    """No punctuation but hyphens: one phrase, not an aside set off inside it."""
    return not any(t.is_punct and t.tag_ != "HYPH" for t in tokens)


def _person_name(token: Token) -> bool:
    """A proper noun the tagger reads as a person's name."""
    return token.pos_ == "PROPN" and token.ent_type_ == "PERSON"


def _indefinite_description(token: Token) -> bool:
    """A common noun brought in by "a"/"an": it describes somebody, it names nobody."""
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in token.children)


def name_after_title_phrase(token: Token) -> Token | None:
    """The name set off by commas after a title and the body it is of, which the parser hung on the
    body ("The chairman of the MCB's public affairs committee, Sher Khan, said"): the title's holder."""
    if token.lemma_.lower() not in PERSON_NOUNS:
        return None
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.i == token.i + 1), None)
    if prep is None:
        return None
    name = next((t for t in prep.subtree if t.dep_ == "appos" and _person_name(t) and t.head.i < t.i), None)
    if name is None:
        return None
    doc = token.doc
    start, end = name.left_edge.i, name.right_edge.i
    if doc[start - 1].text != "," or not _unbroken(doc[token.i + 1:start - 1]):
        return None  # one comma only, right before the name: not a name inside a longer aside
    return name if end + 1 < len(doc) and (doc[end + 1].text == "," or doc[end + 1].i == token.head.i) else None
