"""What the source of a quote row does (`QuoteMention.act`, one of records.QUOTE_ACTS), from the
cue's lemma and construction and from the source:

    speech     says, writes, tells, announces, criticises, with words reported: a clause, quote
               marks, or a predicate said of the object ("called it a disaster"; marked words
               as the object's predicate, whatever the verb: "introduced him as \"a fighter\""); "according to" a
               person; a headline or transcript label; a whole quote in marks, whatever its cue
               (quoted words are somebody's words); any cue whose row goes on with a speech
               participle reporting words ("rejected the offer, saying the bid was ..."); somebody
               urged or called on to do something ("urged police to investigate": the tracker's
               gold counts it as speech); a speech noun with its clause as the object
               ("expressed concern that the takeover would ..."); "said" with a clause the parser
               made its object ("said the public needed reassurance"); a ruling with a clause
               ("the judge ruled that ..."); a written document that says ("the report said",
               "says the annual survey", "a report in the Sunday Business claimed", "according
               to the memo"), as an organisation says
    thought    believes, knows, fears, expects, supports; "is critical of", "her fear that ...";
               a cue noun no list holds ("his attacks on Sanders", "the idea that ..."; a speech
               verb's noun with a clause is speech, an intention verb's an intention);
               a stance taken towards a thing with no words reported ("criticized the SMMT",
               "rejected the bill": STANCE_CUES with no clause)
    intention  wants, plans, decides, hopes to, votes; "his plan to ..."; a speech noun with no clause
               nor quoted words ("calls for a lower voting age", "her promise to stay"); a speech act committing
               to a deed ("vowed to pass", "offered to stay", "promised to continue") or asking
               for one with no words reported ("requested access", "asked the minister"); talk
               with no words reported ("answered questions", "told jokes", "discussed the
               prospect", "declined to say how many", "could not say whether", a question reported
               as its topic: "asked whether the act bans it", "predict which team wins"); a name given in
               the passive ("are usually called CSR reports"); and what a source does by deed rather than word, which news annotation (PolNeAR) also counts as its
               attribution ("imposed sanctions", "signed the bill", "hired a firm"): any cue verb
               in no list
    evidence   a poll, study, document or data shows, finds or concludes; speculation or rumour
               as the source ("Speculation suggests that ..."); "according to" figures, data or a
               poll or study ("according to Labor Department figures", "according to a new poll"), or
               to documents with no determiner; "Reports say" with no determiner, "is said to", "is reported to" with nobody named;
               a fact made known with no words reported ("reported a profit", "disclosed a claim",
               "revealed the extent of his injury")

The word lists are in `lexicon` (THOUGHT_CUES, INTENTION_CUES, EVIDENCE_CUES, ...)."""

from __future__ import annotations

from spacy.tokens import Span

from newsfold.extract.quotes.article import Attribution
from newsfold.extract.quotes.lexicon import (
    ASPECTUAL_CUES, ATTITUDE_ADJECTIVES, DATA_DOCUMENTS, DISCLOSURE_CUES, EVIDENCE_CUES, EVIDENCE_CUES_SPOKEN, EVIDENCE_NOUNS, EVIDENCE_SOURCES, INDICATION_CUES,
    DOCUMENT_SPEECH_VERBS, HEARSAY_SOURCES, INDIRECT_QUESTION_OPENERS, RULING_CUES, SPEAKING_DOCUMENTS, STATING_VERBS,
    INTENTION_CUES, INTENTION_NOUNS, MORE_EVIDENCE_SOURCES, MORE_THOUGHT_CUES, NAMING_CUES, NOUN_CUES, QUANTITY_SOURCES, QUESTION_OPENERS, REFUSAL_CUES, SAYING_PARTICIPLES, SPEECH_ACT_VERBS, URGING_CUES, SPEECH_ATTITUDE_CUES, SPEECH_VERBS, STANCE_CUES,
    THOUGHT_CUES, THOUGHT_NOUNS,
)

SPEECH_CUES = SPEECH_VERBS | SPEECH_ACT_VERBS | SPEECH_ATTITUDE_CUES
ALL_EVIDENCE_SOURCES = EVIDENCE_SOURCES | MORE_EVIDENCE_SOURCES | HEARSAY_SOURCES
# Tokens that are double quote marks: words in them are somebody's words.
QUOTE_MARK_TOKENS = frozenset('"“”')


def is_evidence_source(speaker: Span | None) -> bool:
    """A poll, a study, a document, data: a source that shows rather than says."""
    if speaker is None:
        return False
    head = speaker.root
    if head.lemma_.lower() in QUANTITY_SOURCES:
        # "a number of investors": the people counted are the source
        head = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), head)
    if head.text[:1].isupper() and (not head.is_sent_start or any(c.dep_ == "nummod" for c in head.children)):
        return False  # a name: "Number 10 said", "the Daily Record reported"
    return head.lemma_.lower() in ALL_EVIDENCE_SOURCES or head.text.lower() in ALL_EVIDENCE_SOURCES


def _document_says(speaker: Span | None) -> bool:
    """A written document (SPEAKING_DOCUMENTS), named or with a determiner, as the source: "the report",
    "a report by the NAO", "the annual Directions survey"; not rumours with no determiner ("Reports say ...")."""
    if speaker is None:
        return False
    head = speaker.root
    if head.lemma_.lower() not in SPEAKING_DOCUMENTS and head.lower_ not in SPEAKING_DOCUMENTS:
        return False
    return head.tag_ != "NNS" or any(c.dep_ in ("det", "poss") for c in head.children)


def has_clause(content: Span) -> bool:
    """A proposition: the content's head is a verb with a subject ("that the deal is dead"), not a
    thing ("Trump's claim that ...", "the bill"). An adverbial clause of the cue is no content ("added a
    goal as the Hurricanes snapped the streak", "was called up when McElhinney was injured")."""
    return any(t.dep_ != "advcl" and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in t.children)
               for t in _heads(content))


def _finite_clause(content: Span) -> bool:
    """A clause whose subject the row left out ("she says [her son] lost his life over $7"): a
    head that is a finite verb."""
    return any(t.dep_ != "advcl" and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in _heads(content))


def _no_clause(content: Span) -> bool:
    """Neither a proposition (`has_clause`) nor a clause that left its subject out: a thing, a
    topic or a deed ("the bill", "to pass legislation")."""
    return not has_clause(content) and not _finite_clause(content)


def _quote_marks(content: Span) -> bool:
    """Any quote mark in the content, scare quotes too (`_quoted` leaves those out)."""
    return any(t.text in QUOTE_MARK_TOKENS for t in content)


def _heads(content: Span) -> list:
    """The content's heads: its tokens whose head lies outside it, or that are a root."""
    return [t for t in content if not (content.start <= t.head.i < content.end) or t.head.i == t.i]


def _reports_words(content: Span) -> bool:
    """Words are reported: quote marks, an embedded clause, or a predicate said of the object
    ("calls it a rookie mistake", "describes himself as ..."). Not an order or a request ("urged
    police to investigate", "asked Easley to climb in"): that asks for a deed."""
    if _quoted(content):
        return True
    # Only a predicate of the cue itself: one deeper in the object says nothing of the source's
    # words ("unveiled a computer, billed as the Mac mini", "predicted consolidation in a market
    # that they call fragmented", "told an audience about the time he admitted that ...").
    return any((t.dep_ in ("oprd", "ccomp", "acomp") or (t.lower_ == "as" and t.dep_ == "prep"))
               and not content.start <= t.head.i < content.end for t in content)


def _quoted(content: Span) -> bool:
    """Quote marks around words of the source, not around a name given inside the object."""
    return any(t.text in QUOTE_MARK_TOKENS and not _names_a_thing(t, content) for t in content)


def _names_a_thing(mark, content: Span) -> bool:
    """A quote mark around a name the object is given inside it ("engaging in what they call
    \"project fear\"", "a group known as \"Fancy Bear\""): scare quotes, not the source's words."""
    return any(a.lemma_.lower() in NAMING_CUES and a.pos_ == "VERB" and content.start <= a.i < content.end
               for a in mark.ancestors)


def _says_in_participle(cue, content: Span) -> bool:
    """The row goes on with a speech participle of its cue that reports words: a clause, a
    predicate or quote marks ("rejected the offer, saying the bid was ...", "welcomed the news,
    calling it an 'early Christmas present'")."""
    for t in content:
        if t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj") and t.head.i == cue.i \
                and t.lemma_.lower() in SAYING_PARTICIPLES:
            if any(c.dep_ in ("ccomp", "oprd") for c in t.children) or any(
                    x.text in QUOTE_MARK_TOKENS for x in t.subtree):
                return True
    return False


def _marked_predicate_of_object(cue, content: Span) -> bool:
    """Marked words given as what the cue's object is ("introduced Mr Brown as [\"the world's greatest
    economist\"]"): the source's words about it, whatever the verb."""
    return any(c.dep_ == "dobj" for c in cue.children) and any(
        t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.i == cue.i for t in _heads(content))


def _clause_as_object(content: Span) -> bool:
    """An object holding a verb and no question ("[the public needed reassurance that ...]", "[this
    contradicted recent hints]"): a reported clause the parser made a noun phrase of. Not "whether
    ...", "what he would support", "goodbye to all that", "nothing"."""
    # The signature of the misparse: the clause's verb hung on the object noun as a modifier.
    return len(content) >= 3 and content[0].lower_ not in QUESTION_OPENERS \
        and any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "VBN") and t.dep_ == "amod"
                and t.head.i > t.i for t in content)


def _stated_noun_clause(content: Span) -> bool:
    """An object that is a speech noun with its that-clause ("[concern that the proposed takeover
    would make Fujitsu ...]", "[fears that ...]"): a verb voicing it (STATING_VERBS) reports the clause;
    not one denying or asking about it ("denied claims that ...", "asked concerns that ...")."""
    heads = _heads(content)
    return len(heads) == 1 and heads[0].pos_ == "NOUN" and heads[0].lemma_.lower() in NOUN_CUES \
        and any(c.dep_ in ("acl", "ccomp", "appos") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                and has_clause(content[max(0, c.left_edge.i - content.start):]) for c in heads[0].children)


def _unsaid(cue) -> bool:
    """A speech verb negated or refused ("could not say whether", "declined to say how many",
    "refused to comment on"): talk about a topic, not words anybody reported."""
    if cue.pos_ not in ("VERB", "AUX") or cue.lemma_.lower() not in SPEECH_CUES:
        return False
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in REFUSAL_CUES


def _asks_about(cue, content: Span) -> bool:
    """An indirect question the cue governs ("asked whether the act bans it", "predict which
    celebrity would be evicted", "yet to reveal which taxes"): the topic talked about, no words.
    Not a clause that merely opens with the word ("What he discovered, he says, is ...")."""
    first = content[0]
    if first.lower_ not in INDIRECT_QUESTION_OPENERS or _quote_marks(content):
        return False  # "condemned what he called a \"brazen breach\"": words reported
    # ... or through a preposition of the cue ("the question of whether charges could be laid")
    heads = [h for h in _heads(content) if h.head.i == cue.i
             or (h.head.dep_ == "prep" and h.head.head.i == cue.i)]
    # A clause the word opens as its subject is a statement ("What the chancellor wanted was ...").
    return bool(heads) and not any(t.dep_ in ("csubj", "csubjpass") for t in [first, *first.ancestors]
                                   if content.start <= t.i < content.end)


def _urges(cue, lemma: str, content: Span) -> bool:
    """Somebody told to do something: an urging cue ("urged", "called on") with an object and its
    infinitive ("drivers to continue to shop around")."""
    if lemma not in URGING_CUES and not (lemma == "call" and any(c.lower_ == "on" for c in cue.children)):
        return False
    return any(t.lower_ == "to" and t.dep_ == "aux" and t.head.dep_ in ("xcomp", "ccomp", "advcl")
               and t.i > content.start for t in content)


def act_of(kind: str, a: Attribution, content: Span | None = None) -> str:
    """speech | thought | intention | evidence for one row (the rules in the module docstring);
    `content` (an unmarked row's content) tells a reported clause from an object."""
    act = _act_of(kind, a, content)
    if act == "speech" and kind == "indirect" and content is not None and a.cue_token is not None \
            and _asks_about(a.cue_token, content):
        return "intention"  # "asked whether ...", "could say how tariffs compared": a topic, no words
    if act == "speech" and kind == "indirect" and _impersonal_passive(a.cue_token):
        if a.speaker is None:
            return "evidence"  # "the exchange is reported to be ready to bid": hearsay, nobody's words
        if content is not None and _no_clause(content) and not _quoted(content) \
                and any(c.dep_ == "nsubjpass" and a.speaker.start <= c.i < a.speaker.end for c in a.cue_token.children):
            return "intention"  # "Midland was declared insolvent": the subject is what was spoken of, no words
    return act


def _impersonal_passive(cue) -> bool:
    """A passive cue with no agent: what is rumoured ("is reported to be ready", "is said to
    have"), as "Reports say" with no determiner, or a name given ("are usually called CSR reports")."""
    return cue is not None and any(c.dep_ == "auxpass" for c in cue.children) \
        and not any(c.dep_ == "agent" for c in cue.children)


def _act_of(kind: str, a: Attribution, content: Span | None = None) -> str:
    cue = (a.cue or "").lower()
    evidence_source = is_evidence_source(a.speaker)
    if cue == "according to":
        # A written document speaks as in "the report said" ("according to the memo"); figures, polls
        # and studies show ("according to figures", "according to a new poll").
        writes = _document_says(a.speaker) and a.speaker.root.lemma_.lower() not in DATA_DOCUMENTS
        return "evidence" if evidence_source and not writes else "speech"
    tok = a.cue_token
    if tok is None:
        return "speech"  # labels, headline colons, uncued quoted words
    lemma = tok.lemma_.lower()
    if lemma == "hop" and tok.lower_.startswith("hop"):
        lemma = "hope"  # spaCy lemmatises "hoping" as "hop"
    if tok.pos_ in ("NOUN", "PROPN") and lemma in NOUN_CUES:
        if lemma in THOUGHT_NOUNS:
            return "thought"
        if lemma in INTENTION_NOUNS:
            return "intention"
        if lemma in EVIDENCE_NOUNS:
            return "evidence" if evidence_source or a.speaker is None else "thought"
        if kind == "indirect" and content is not None and _no_clause(content) and not _quote_marks(content):
            return "intention"  # "calls for a lower voting age", "claims for damages", "his promise to move": no words
        return "speech"
    if tok.pos_ == "NOUN" and kind == "indirect":
        # A cue noun no list holds (the learned scorer's: "the case that ...", "the idea that ..."):
        # words when it is a speech verb's noun with a clause ("his report that ..."), a plan when
        # an intention verb's ("their push to ..."), else a view held.
        if lemma in SPEECH_CUES and content is not None and has_clause(content):
            return "speech"
        return "intention" if lemma in INTENTION_CUES else "thought"
    if lemma in NAMING_CUES and kind == "indirect" and _impersonal_passive(tok):
        return "intention"  # "they are usually called CSR reports": a name given, nobody's words ("called a liar by" is)
    if tok.pos_ == "ADJ" or lemma in ATTITUDE_ADJECTIVES:
        return "thought"
    if evidence_source and not (lemma in DOCUMENT_SPEECH_VERBS and _document_says(a.speaker)):
        return "evidence"  # "the report concluded", "figures show": a document shows, nobody says
    if kind == "indirect" and _unsaid(tok):
        return "intention"  # "declined to say how many", "could not say whether": no words reported
    if kind == "indirect" and content is not None and _says_in_participle(tok, content):
        return "speech"  # "vowed to ignore the order, saying 'no judge ...'": the words are reported
    if lemma in EVIDENCE_CUES:
        if lemma in EVIDENCE_CUES_SPOKEN and a.speaker is not None:
            if kind == "indirect" and content is not None and not has_clause(content) \
                    and not _reports_words(content) and content[0].lower_ != "that":
                return "evidence"  # "revealed the extent of his back problems": a fact made known
            return "speech"
        return "thought" if lemma == "find" else "evidence"
    if lemma in RULING_CUES and kind == "indirect" and content is not None and has_clause(content):
        return "speech"  # "the judge ruled that he was likely to ...": the ruling's words
    if lemma == "hope":
        # "hopes to win": intention; "hopes that ...": a thought
        return "thought" if any(c.dep_ == "ccomp" for c in tok.children) else "intention"
    if lemma in INDICATION_CUES and kind == "indirect":
        return "thought"
    if lemma in INTENTION_CUES:
        return "intention"
    if lemma in THOUGHT_CUES or lemma in MORE_THOUGHT_CUES:
        return "thought"
    if kind == "indirect" and content is not None and lemma in SPEECH_CUES | ASPECTUAL_CUES \
            and _no_clause(content):
        if content[0].lower_ == "to" or (content[0].lower_ in ("not", "never") and len(content) > 1
                                          and content[1].lower_ == "to"):
            # "vowed to pass legislation", "continues to push for ..."; the source's own words in
            # quote marks make it speech ("pledged to \"never, ever, ever\" attack Mr Howard")
            return "speech" if _quoted(content) and lemma in SPEECH_CUES else "intention"
        if lemma in STANCE_CUES:
            # "rejected the bill", "criticized the SMMT": a stance; with words reported, speech
            # ("dismissed the plan as \"desperate\"", "accused him of \"arrogant contempt\"")
            return "speech" if _reports_words(content) else "thought"
        if _urges(tok, lemma, content):
            return "speech"  # "urged people to send a message to the government"
        if not _reports_words(content):
            if lemma in STATING_VERBS and _stated_noun_clause(content):
                return "speech"  # "expressed concern that the takeover would ...": the clause is said
            if lemma == "say" and _clause_as_object(content):
                return "speech"  # "said the public needed reassurance": a clause parsed as an object
            if lemma in DISCLOSURE_CUES:
                return "evidence"  # "reported a profit", "disclosed a $300-million claim"
            # No words reported: a request ("asked the minister", "requested access"),
            # a deed ("added a goal") or talk about a topic ("answered questions", "told jokes",
            # "discussed the prospect"): who said what is not in the row.
            return "intention"
    if kind == "direct":
        return "speech"  # a whole quote in marks: somebody's words ("..., he continues.")
    if kind == "partial" and content is not None and _marked_predicate_of_object(tok, content):
        return "speech"  # "introduced Mr Brown as \"the world's greatest economist\"": words said of him
    if lemma in ASPECTUAL_CUES:
        return "intention"
    if lemma in SPEECH_CUES or tok.pos_ not in ("VERB", "AUX"):
        return "speech"
    return "intention"  # a deed: "imposed sanctions", "signed the bill"


__all__ = ["act_of", "is_evidence_source"]
