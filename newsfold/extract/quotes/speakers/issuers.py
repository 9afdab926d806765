"""Who issued a document that speaks (`document_issuer`): the tracker names the author or issuer
as the speaker ("Foster's book" -> Cecil Foster, "the memo" -> its authors), while the speaker span
stays the document, as PolNeAR marks it.

The issuer is read off the document's own phrase ("Mr Crosby's statement", "a World Bank report",
"a survey by Incomes Data Services", "the statement issued by Lycos"), else off its earlier
mention when the document is "the report" again ("In a statement, the party said ... The statement
said"; "a World Bank report ... the report said"); "the paper" is the newspaper named just before.

An owned document speaks for its owner (`owner_word`, `document_owner`: "says its report", "Marca's
headline says", "Morquendi's message read"), and one a person puts out in the speaking clause for that
person (`issuing_person`: "Henry added the caption which reads, ..."), where the tracker's gold gives the
issuer too. (`_issuing_subject` reads the same verb-object shape off an earlier mention of the document,
with the wider DOCUMENT_ISSUING_VERBS; the speaking clause's own verbs are ISSUING_VERBS.)"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.lexicon import (
    AUTHOR_PREPOSITIONS, DOCUMENT_ISSUING_VERBS, DOCUMENT_PART_NOUNS, INDEFINITE_ARTICLES, INVERTIBLE_VERBS,
    ISSUED_DOCUMENT_NOUNS, ISSUER_DOCUMENTS, ISSUING_PARTICIPLES, ISSUING_VERBS, NEWSPAPER_NOUNS,
    NEWSPAPER_TITLE_WORDS, NOT_AUTHOR_ENTS, OWNED_DOCUMENT_NOUNS, PRONOUNS, SPOKEN_TEXT_NOUNS, STATEMENT_NOUNS,
    TOPIC_ENTS, WHEN_ENTS,
)
from newsfold.extract.quotes.speakers.organisations import Organisations
from newsfold.extract.quotes.speakers.people_index import PeopleIndex
from newsfold.extract.quotes.speakers.speaker_spans import speaker_span
from newsfold.extract.quotes.speakers.subjects import is_cue_subject
from newsfold.nlp.determiners import under_the
from newsfold.nlp.of_phrases import of_object, of_phrase
from newsfold.records import PersonMention

# How far back (sentences) "the statement" looks for the statement's first mention and its issuer:
# "the report" may speak paragraphs after "a World Bank report" (the search stops at "a report").
STATEMENT_LOOKBACK_SENTENCES = 10
# How far ahead (sentences) "a report says" looks for the report named again with its issuer.
FORWARD_LOOK_SENTENCES = 2
# How far back (sentences) "it" looks for the document that spoke ("The paper said ... It also said").
PRONOUN_LOOKBACK_SENTENCES = 1
# How far back (sentences) "the paper" looks for the newspaper it stands for.
NEWSPAPER_LOOKBACK_SENTENCES = 4


def document_issuer(art: ParsedArticle, speaker: Span) -> Span | None:
    """Who issued the document that speaks (module docstring); None when the speaker is no
    document or its issuer is not given."""
    head = speaker.root
    whole = _whole_of_part(head)
    if whole is not None:
        return _own_issuer(whole)
    if not _is_document(head):
        return None
    own = _own_issuer(head)
    if own is not None:
        return own
    if not under_the(head):
        return _issuer_named_after(art, head)
    if head.lower_ in NEWSPAPER_NOUNS:
        return _newspaper_before(art, head)
    first_sent = art.sent_before(art.sent(head.i), STATEMENT_LOOKBACK_SENTENCES).start
    for t in reversed(art.doc[first_sent:speaker.start]):
        if t.lemma_.lower() != head.lemma_.lower() or t.tag_ != head.tag_:
            continue
        own = _own_issuer(t)
        if own is not None:
            return own
        issuer = _issuing_subject(t)
        if issuer is not None or not under_the(t):
            # the document's introduction ("a report", "a statement") ends the search, its issuer
            # perhaps named after it ("..., says a report. / ... Panlogic predicts ... / The report says")
            return issuer or _issuer_named_after(art, t)
    return None


def document_pronoun_issuer(art: ParsedArticle, speaker: Span, last: tuple[Span, Span] | None) -> Span | None:
    """"Mr Crosby's statement said ... It added": "it" after a document that spoke in this
    sentence or the one before (`last`: that document and its issuer, the speaker of the row
    before) is the same document, so its issuer."""
    if last is None or len(speaker) != 1 or speaker.root.lower_ != "it":
        return None
    document, issuer = last
    gap = art.sent_of[speaker.start] - art.sent_of[document.start]
    return issuer if 0 <= gap <= PRONOUN_LOOKBACK_SENTENCES else None


def _issuer_named_after(art: ParsedArticle, doc_noun: Token) -> Span | None:
    """"..., a report says. / The study, undertaken by the European Commission, ...": a document
    first told by what it says is named with its issuer in the sentences right after, as "the"
    document that carries its issuer ("The Conference Board survey of 5,000 households")."""
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in doc_noun.children):
        return None
    sent = art.sent(doc_noun.i)
    last = art.sents[min(len(art.sents) - 1, art.sent_of[sent.start] + FORWARD_LOOK_SENTENCES)]
    for t in art.doc[doc_noun.i + 1:last.end]:
        if _is_document(t) and t.lower_ not in NEWSPAPER_NOUNS and under_the(t):
            own = _own_issuer(t)  # the first document named again is this one
            if own is not None:
                return own
            break
    return _lead_issuer_after(art, doc_noun, last)


def _lead_issuer_after(art: ParsedArticle, doc_noun: Token, last: Span) -> Span | None:
    """A lead told by "a report" whose next sentences have a named body speak ("The Chinese
    net-using population looks set to ..., says a report. / ... / Market analysts Panlogic predicts
    that ..."): that body issued it. The first speech-verb subject by name that is no person, up
    to the sentence `last`; None elsewhere than the lead or when the first such speaker is a person."""
    k = art.sent_of[doc_noun.i]
    if k != art.lead:
        return None
    for t in art.doc[art.sents[k].end:last.end]:
        if not is_cue_subject(t):
            continue
        # "Market analysts Panlogic predicts": the name set beside the noun, as the parser may hang it
        name = t if t.pos_ in ("PROPN", "PRON") else next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is not None:
            return None if name.ent_type_ == "PERSON" or name.pos_ == "PRON" else speaker_span(name)
    return None


def _whole_of_part(noun: Token) -> Token | None:
    """The document or speech a part or copy is of ("a text of Stoltenberg's speech": speech);
    None for any other noun, and for one whose maker is a pronoun ("excerpts of his speech
    released by the White House" are his words, not the White House's)."""
    if noun.lemma_.lower() not in DOCUMENT_PART_NOUNS:
        return None
    obj = of_object(noun)
    if obj is None or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        return None
    return obj if _is_document(obj) or obj.lemma_.lower() in SPOKEN_TEXT_NOUNS else None


def _is_document(t: Token) -> bool:
    return t.lemma_.lower() in ISSUER_DOCUMENTS or t.lower_ in ISSUER_DOCUMENTS or t.lower_ in NEWSPAPER_NOUNS


def _own_issuer(doc_noun: Token) -> Span | None:
    """The issuer the document's phrase names: its possessor ("Mr Crosby's statement", "the
    company's statement"), a name before it ("a World Bank report", "The Commerzbank statement"), an
    author after it ("a report by the NAO", "a report from E.D. and F. Man") or the agent of its
    issuing ("The statement issued by Lycos")."""
    for c in doc_noun.children:
        if c.dep_ == "poss" and c.lower_ not in PRONOUNS and c.pos_ in ("PROPN", "NOUN") \
                and c.ent_type_ not in WHEN_ENTS:  # not "Thursday's report"
            return speaker_span(c)
    names = [c for c in doc_noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < doc_noun.i
             and c.ent_type_ not in TOPIC_ENTS]
    if names:
        name = speaker_span(names[-1])
        # A name with its own "the" inside the document's phrase is one the parser cut ("Rock the Vote survey").
        return name if name[0].dep_ != "det" else None
    for c in _noun_tail(doc_noun):
        if c.dep_ == "prep" and c.lower_ in AUTHOR_PREPOSITIONS:
            author = _named_object(c)
            if author is not None:
                return author
        if c.dep_ == "acl" and c.lemma_.lower() in ISSUING_PARTICIPLES and c.tag_ == "VBN":
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            author = _named_object(agent) if agent is not None else None
            if author is not None:
                return author
    return None


def _noun_tail(doc_noun: Token) -> list[Token]:
    """The document's dependents, and those of what it is "of" ("a survey of 280 schemes by IDS":
    the parser hangs "by IDS" on the schemes)."""
    tail = list(doc_noun.children)
    for c in doc_noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            tail += [t for o in c.children if o.dep_ == "pobj" for t in o.children]
    return tail


def _named_object(prep: Token) -> Span | None:
    """The object of "by"/"from" when it names someone: a name, not "by 2010" or "from last year"."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ in NOT_AUTHOR_ENTS:
        return None
    if obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "PERSON"):
        name = speaker_span(obj)
        of = of_phrase(obj, adjacent=True)
        # "the Fraser of Allander Institute", "the University of Toronto": one name
        if of is not None and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in of.children):
            name = obj.doc[name.start:max(name.end, of.right_edge.i + 1)]
        comma = next((t.i for t in name if t.i > obj.i and t.text == ","), None)
        return name if comma is None else obj.doc[name.start:comma]  # "a report by Politico, Democratic party insiders ..."
    return None


def _issuing_subject(mention: Token) -> Span | None:
    """The subject of the verb that issued the document's earlier mention ("In a joint statement,
    Merrill Lynch chairman William Schreyer said ...", "the party said in a statement", "the
    association issued a statement", "The OECD published a report"); "in" a document only for a
    statement, or for any document a name says its words "in" ("Oxfam says in a report"; "In the
    poll, half said ..." names no issuer)."""
    statement = mention.lemma_.lower() in STATEMENT_NOUNS
    verb = mention.head.head if mention.dep_ == "pobj" and mention.head.lower_ == "in" else (
        mention.head if mention.dep_ == "dobj" else None)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if mention.dep_ == "pobj" and not statement and (verb.lemma_.lower() not in INVERTIBLE_VERBS or not any(
            c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)):
        return None
    if mention.dep_ == "dobj" and verb.lemma_.lower() not in DOCUMENT_ISSUING_VERBS:
        return None  # "Trump's son received a threatening letter", "Clinton held a lead in the poll": no issuing
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or _is_document(subj) or subj.lower_ in PRONOUNS:
        return None
    return speaker_span(subj)


def _newspaper_before(art: ParsedArticle, paper: Token) -> Span | None:
    """"The paper said": the newspaper named last before, in this sentence or the few before."""
    first = art.sent_before(art.sent(paper.i), NEWSPAPER_LOOKBACK_SENTENCES).start
    for t in reversed(art.doc[first:paper.i]):
        if t.pos_ == "PROPN" and t.lower_ in NEWSPAPER_TITLE_WORDS:
            return speaker_span(t)
    return None


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


def issuing_person(speaker: Span, index: PeopleIndex) -> PersonMention | None:
    """The person named as the subject of the verb that puts the speaking document out; None when
    the document has an owner of its own, or another verb has it as its object ("rejected the report")."""
    head = speaker.root
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ISSUED_DOCUMENT_NOUNS or head.dep_ != "dobj" \
            or any(c.dep_ == "poss" for c in head.children):
        return None
    verb = head.head
    if verb.lemma_.lower() not in ISSUING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return index.subject_mention(subject) if subject is not None else None


__all__ = ["document_issuer", "document_owner", "document_pronoun_issuer", "issuing_person", "owner_word",
           "FORWARD_LOOK_SENTENCES", "NEWSPAPER_LOOKBACK_SENTENCES",
           "PRONOUN_LOOKBACK_SENTENCES", "STATEMENT_LOOKBACK_SENTENCES"]
