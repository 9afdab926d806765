"""A speaker the writer describes and names in the very next sentence ("A senior barrister ...
says ... / Ian MacDonald QC quit when ..."; "..., the campaign's director told the BBC News
website. / Curt Hopkins said ..."): the person named there, not a person the description's role
words happen to fit nor the phrase itself (the Gender Gap Tracker gives such a quote the name)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.lexicon import INDEFINITE_OPENERS, NAMED_NEXT_NOUNS, ROLE_BODY_PREPOSITIONS
from newsfold.extract.quotes.speakers.people_index import PeopleIndex, epithet_noun
from newsfold.extract.quotes.speakers.sentence_subjects import main_subject, speaker_subjects
from newsfold.extract.quotes.speakers.subjects import is_cue_subject
from newsfold.records import PersonMention

# Determiners a description of one person opens with ("a witness", "another juror", "the judge presiding").
DESCRIPTION_DETS = INDEFINITE_OPENERS | {"the"}


def named_next(art: ParsedArticle, speaker: Span, index: PeopleIndex, inside: bytearray) -> str | None:
    """The person the sentence after a described speaker's brings in by name: after the lead, the
    subject of its main clause or of a speech verb; elsewhere the subject of a speech verb named
    bare or by a title with the description's noun ("The judge presiding ... / Deputy High Court
    Judge Richard Mawrey told ..."), so that "A spokesman said ... / Analyst John Smith said" stays
    two people. The person must be named there for the first time. None otherwise."""
    head = speaker.root
    if not _described(speaker):
        return None
    k = art.sent_of[head.i]
    if k + 1 >= len(art.sents):
        return None
    nxt = art.sents[k + 1]
    lead = k == art.lead
    if not lead and not _brings_in(head):
        return None  # "The chancellor said" takes up somebody before; "Ex-chancellor Ken Clarke said" is another
    subjects = speaker_subjects(nxt, inside)
    if lead:
        main = main_subject(nxt, inside)
        subjects = subjects + ([main] if main is not None else [])
    for s in subjects:
        m = _person_of(index, s)
        if m is None or not _first_mention(index, m):
            continue
        if lead or _bare_or_same_title(s, m, head):
            return m.local_key
    return None


def _described(speaker: Span) -> bool:
    """One person brought in by a common noun for what he is, with "a"/"the" or an owner in front
    ("a witness", "his closest associate", "the campaign's director", "The judge presiding")."""
    head = speaker.root
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return False
    if not (epithet_noun(lemma) or lemma in NAMED_NEXT_NOUNS):
        return False
    return _fronted(head, DESCRIPTION_DETS)


def _brings_in(head: Token) -> bool:
    """The noun brings a new person in: "a"/"an" or an owner in front ("a witness", "the campaign's
    director"), or a named body after it ("the chairman of the Police Federation")."""
    return _fronted(head, INDEFINITE_OPENERS) \
        or any(c.dep_ == "prep" and c.lower_ in ROLE_BODY_PREPOSITIONS and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
               for c in head.children)


def _fronted(head: Token, dets: frozenset[str]) -> bool:
    """A determiner of `dets` or an owner ("his", "the campaign's") in front of the noun."""
    return any((c.dep_ == "det" and c.lower_ in dets) or c.dep_ == "poss" for c in head.children if c.i < head.i)


def _person_of(index: PeopleIndex, subject: Token) -> PersonMention | None:
    """The person a subject names, also when the parser headed the name on letters after it
    ("Ian MacDonald QC quit": the subject is "QC", the name its compounds)."""
    m = index.subject_mention(subject)
    names = [c for c in subject.children if c.dep_ == "compound" and c.i < subject.i and c.ent_type_ == "PERSON"]
    if m is None and names:
        m = index.mention_in(names[0].idx, names[-1].idx + len(names[-1].text))
    return m


def _first_mention(index: PeopleIndex, m: PersonMention) -> bool:
    return not any(o.local_key == m.local_key and o.start_char < m.start_char for o in index.mentions)


def _bare_or_same_title(subject: Token, m: PersonMention, head: Token) -> bool:
    """The subject is the name alone, or its other words hold the description's noun."""
    other = {t.lemma_.lower() for t in subject.subtree
             if t.is_alpha and not (m.start_char <= t.idx < m.end_char) and t.dep_ not in ("det", "punct")}
    return not other or head.lemma_.lower() in other


def named_by_noun_later(speaker: Span, index: PeopleIndex) -> str | None:
    """A described speaker the article names further on by the same noun with the name beside it,
    the person named there for the first time ("Michael Jackson's mother has said ... / His mother
    Katherine Jackson told ..."; "a witness ... / The witness, David Myers,"): that person, when
    one; an owner there must be a pronoun or the description's own ("his mother" is not "Ms
    Clarkson's mother" unless so written). None otherwise."""
    head, doc = speaker.root, speaker.doc
    if not _described(speaker):
        return None
    owner = _owner_text(head)
    found = set()
    for t in doc[speaker.end:]:
        if t.lemma_ != head.lemma_ or t.pos_ != "NOUN" or t.tag_ != "NN":
            continue
        later = _owner_text(t)
        if later is not None and later != owner and doc[t.i - 1].tag_ != "PRP$" and \
                not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children):
            continue
        m = index.subject_mention(t)
        if m is not None and _first_mention(index, m) and _right_after(t, m):
            found.add(m.local_key)
    return found.pop() if len(found) == 1 else None


def _right_after(noun: Token, m: PersonMention) -> bool:
    """The name follows the noun straight on or after a comma or dash ("His mother Katherine
    Jackson", "The witness, David Myers,"), not further on in a clause hung on it."""
    nxt = next((t for t in noun.doc[noun.i + 1:noun.i + 3] if not (t.is_punct and t.text in ",-–—")), None)
    return nxt is not None and nxt.idx == m.start_char


def _owner_text(noun: Token) -> str | None:
    """The words of the noun's owner ("Michael Jackson's"), None when it has none."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    return None if poss is None else " ".join(t.lower_ for t in poss.subtree if t.tag_ != "POS")


def named_through_introduction(art: ParsedArticle, speaker: Span, index: PeopleIndex, inside: bytearray) -> str | None:
    """A definite description ("the witness", "the mother") that takes up a phrase which brought in
    the same kind of person earlier ("a witness has told jurors",
    "Michael Jackson's mother"): the person that phrase is named as (named_next when it spoke,
    named_by_noun_later); None when it is named as nobody."""
    if speaker[0].lower_ != "the" or not _described(speaker):
        return None
    intro = _introduction(art, speaker, inside)
    if intro is None:
        return None
    # Only a phrase that spoke is one a lead names next ("the Brazilian midfielder comes closer to
    # departing" is not the agent named in the next sentence).
    spoke = is_cue_subject(intro.root)
    return (named_next(art, intro, index, inside) if spoke else None) or named_by_noun_later(intro, index)


def _introduction(art: ParsedArticle, speaker: Span, inside: bytearray) -> Span | None:
    """The first noun phrase before the speaker, outside quote marks, with its head noun."""
    head = speaker.root
    for chunk in art.doc[:speaker.start].noun_chunks:
        root = chunk.root
        if root.lemma_ == head.lemma_ and root.tag_ == head.tag_ and not inside[root.idx]:
            return chunk
    return None
