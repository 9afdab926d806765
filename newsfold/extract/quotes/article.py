"""What every quote rule reads and writes: the parsed article (`ParsedArticle`, which also carries
the rules switched off), the names of the rules that can be switched off (`RULES`), and what a rule
finds for a quote (`Attribution`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, IS_ALPHA, IS_SPACE, LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc, Span, Token

from newsfold.nlp.doc_text import doc_text


# Rules that can be switched off (`extract_quotes(..., disabled=...)`) to measure what each buys on a gold set.
RULES = (
    "labels",        # transcript labels ("WALLACE: ...") and signatures ('"..." ― Name')
    "governing",     # a partial quote is attributed by the speech verb governing it in the parse
    "adjacent",      # a name or pronoun next to the cue when the parse gave it no subject
    "contrast_opener", # "However, X warned ..." after a quote is no bare attribution of it: somebody else speaks on
    "neighbour",     # a quote with no attribution takes the speaker of a quote just before it
    "scare_filter",  # drop titles, scare quotes and fragments with no cue of their own
    "title_filter",  # a whole quote in Title Case ('"Gifted Hands,"') is a work's title, not a quote (headline colons aside)
    "said_answer",   # "75 percent said yes", "a third say the same of Sanders": an answer in place of a clause
    "reported",      # reported speech: speech/cognition verb with a clausal complement
    "speech_acts",   # "warned the allies to ...", "called for ...": object complements
    "nouns",         # "Trump's claim that ...", "her promise to ...": speech and attitude nouns
    "sourceless",    # "X is expected to ...", "X seems to be ...": content with no source
    "told_clause",   # "told reporters after a hearing that ...": a clause the parser hung on the hearer is the content
    "sourceless_nested", # "Sales are expected to fall, Fiat said": no sourceless row inside a named source's report
    "object_tail",   # a speech act's content runs on through the verb's later modifiers
    "object_filter", # no pronoun-only, date-only or reader-addressed ("you") object attributions
    "copular",       # "X is critical of Y", "X is a staunch opponent of Y"
    "copular_xcomp", # "X is eager to take on Y": an attitude adjective's infinitive is its content
    "passive",       # "Clinton has been endorsed by dozens of papers": subject content, agent source
    "sourceless_gerund", # a quote's "saying" whose parsed subject can speak for nobody ("an invasion ... saying:") has none
    "passive_spoken", # "if he thought Gates would be confirmed, ...: '...'": a quote's cue's passive subject is spoken of, never the speaker
    "attitudes",     # "wants to ...", "backed Clinton", "cited the remarks": attitude verbs' objects
    "clause_repair", # reported clause after the verb, content parsed as advcl, subject parsed away
    "parenthetical", # "The museum, Mr. Bush said, celebrated ..."
    "parenthetical_join", # "A, he said, B": both sides of the parenthetical cue are one row of two pieces
    "as_reported",   # "As Politico reported, the RNC agreed ...": the host clause, reported by X
    "as_reported_mid", # "A, as X noted, B": an "as" clause closed by a comma in mid-sentence reports B
    "according_to",  # "According to X, ..."
    "headline",      # "Pence: Flowers won't be at debate"
    "relative",      # a "who" subject stands for the noun phrase right before it (appositions)
    "conj_subject",  # "... and several executives have warned": a subject the parser hung on the object before
    "issuer",        # "He released a letter that says ...": the issuer of a document is the source
    "colon_intro",   # "He said:" right before a quote attributes it (before any neighbour); no dash subjects
    "inverted_second", # "..., said the Committee" with a content subject before: the subject after the verb speaks
    "inverted_appos", # "X, Chief Justice Roberts said": an apposition right before the verb is its subject
    "inverted_description", # '"...," tweeted a German user': a described speaker right after the verb
    "mistagged_name", # '..." Aftergood said': a capitalised word between the closing mark and the verb speaks
    "dateline",      # "PARIS (Reuters) - Le Pen said": the subject after the dateline's dash, not the city
    "dated_subject", # "Tuesday at the university, Gov. John Kasich (R-OH), said": of two subjects, not the day
    "sibling_cut",   # unmarked content stops before a second report after a comma (", applauding ...")
    "conj_cut",      # unmarked content stops before a subjectless verb conjoined in the cue's tense ("and vowed to ...")
    "according_tail", # unmarked content stops before an "according to X" that closes it (that phrase's row holds the clause)
    "quote_cue_leftover", # what an unmarked row keeps around a whole quote is dropped when it holds that quote's cue ("the president will say")
    "act_filter",    # no aspectual, causative, addressee-only or bare-object "cues" ("continues to occupy")
    "gender",        # he/she skip antecedents of the other gender (honorifics, roles, his/her)
    "mostly_given_name", # a given name every English-news country gives one sex, if only mostly ("Kelly"), is a weak gender vote
    "described_subject", # he/she after a sentence about "the prime minister" goes on with that role's person
    "pronoun",       # he/she resolved to a person mentioned as a subject just before
    "own_words_next", # a he/she whose person is named in the quote's own words, the last speaker too, is the person before
    "going_on",      # "He added: ..." goes on with the last speaker, not the person the last sentences are about
    "possessive",    # "his statement said", a speaker "his": the possessive pronoun resolved as the he/she it is of
    "fronted_adjunct", # a name in a fronted adverbial clause, not its subject ("Dismayed by Bill Clinton's years, he ..."), is no he/she's person
    "flight_name",   # "EgyptAir Flight MS804" is no fuller name of the organisation "EgyptAir"
    "plural_described", # a speaker described in the plural ("aides say X ...") is no he/she that ends the search for one
    "it_topic",      # "It isn't as if she ... - she was a booster of Mitt Romney": a sentence about "it" is about its he/she
    "reporter_first", # "Mook acknowledged Sanders had split ..., he said": a he/she breaking into a report is its reporter
    "addressee",     # a he/she or description is not the person its own verb addresses by name ("..., he told Rubio")
    "named_pair",    # a he/she does not stand for one of two people named as a pair ("Jeb Bush and Chris Christie, who say")
    "introduced_antecedent", # a he/she chain goes on with the one person of its gender the sentence before brings in by name and apposition
    "role_party",    # "the Welsh Conservative leader" is not a role of another party ("Welsh Labour Party Assembly leader")
    "shared_office", # "the senator" is nobody's title when the article writes senators of two places ("from Texas", "from Florida")
    "shared_title",  # "the DJ" is a role when the article titles people "DJ", however many (else a name nobody has)
    "role_same",     # "the prime minister" said again is the person its earlier use as a speaker was
    "other_office",  # "the prime minister" is nobody the article gives another office ("London mayor")
    "role",          # "the Ukrainian leader" resolved through the people's roles
    "phrase_owner",  # a speaker taken for a tag in a person's phrase is the person ("Sen. Lindsey Graham (R-SC)": not "R-SC")
    "name",          # a bare name resolved through the people's name variants
    "topics",        # "X was vague about Y", "her misgivings about Y": what a source talks or feels about
    "reported_intro", # a quote with no attribution right after a sentence of reported speech takes its speaker
    "noun_verbs",    # "Trump claims that ..." with "claims" tagged a noun: still the speech verb
    "fragment_subject", # a quoted fragment in a sentence with no speech verb: the sentence's (personal) subject
    "learned",       # a learned cue scorer (newsfold.extract.quotes.learned.cue_scorer) adds attributions the rules miss
    "introduced_quote", # 'said that once X, "I intend ..."': a clause running on into its quote is one row
    "tagger",        # a learned sequence tagger (newsfold.extract.quotes.learned.tagger) over source, cue and content
    "quoted_label",  # 'called her "weak"', 'referred to him as a "reformer"': a quoted label, however short, is the speaker's
)


class ParsedArticle:
    """A parsed article with what the rules ask for repeatedly computed once: `Doc.text` and
    `Token.sent` rebuild their answer on every call in spaCy."""

    def __init__(self, doc: Doc, disabled: frozenset[str] = frozenset()):
        unknown = set(disabled) - set(RULES)
        if unknown:
            raise ValueError(f"unknown quote rules: {sorted(unknown)}")
        self.doc = doc
        self.disabled = frozenset(disabled)  # rules switched off, read by every rule through `on`
        self.text = doc_text(doc)
        # Sentences, also cut at line breaks: the parser glues headings to the next sentence.
        self.sents: list[Span] = []
        # Token flags read in one array call (a Token made per word is slow); only the few
        # whitespace tokens are looked at for a line break.
        flags = doc.to_array([IS_SPACE, IS_ALPHA]).tolist() if len(doc) else []
        breaks = [i for i, (space, _alpha) in enumerate(flags) if space and "\n" in doc[i].text]
        b = 0  # breaks[b] is the first line break not yet passed
        for sent in doc.sents:
            start, end = sent.start, sent.end
            while b < len(breaks) and breaks[b] < start:
                b += 1
            while b < len(breaks) and breaks[b] < end:
                if breaks[b] + 1 < end:
                    self.sents.append(doc[start:breaks[b] + 1])
                    start = breaks[b] + 1
                b += 1
            self.sents.append(doc[start:end])
        self.sent_of = [0] * len(doc)
        # Each token's count of sentences with words up to it: distances in sentences that a lone
        # quote mark or a blank line the parser made a sentence of do not lengthen.
        self.word_sent_of = [0] * len(doc)
        words = 0
        alpha = [a for _space, a in flags]
        for k, sent in enumerate(self.sents):
            words += any(alpha[sent.start:sent.end])
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
                self.word_sent_of[i] = words
        self.body_start = body_start(self.text)  # after a title line, when the text opens with one

    @cached_property
    def columns(self) -> TokenColumns:
        """The article's token attributes as strings, read once (`token_columns`)."""
        return token_columns(self.doc)

    @cached_property
    def lead(self) -> int:
        """Index in `sents` of the body's first sentence with text (the title line aside)."""
        return next((j for j, sent in enumerate(self.sents) if sent.start_char >= self.body_start
                     and sent.text.strip()), 0)

    def on(self, rule: str) -> bool:
        return rule not in self.disabled

    def sent(self, token_i: int) -> Span:
        return self.sents[self.sent_of[token_i]]

    def sent_before(self, sent: Span, n: int) -> Span:
        """The sentence n sentences before `sent` (or the first)."""
        return self.sents[max(0, self.sent_of[sent.start] - n)]


@dataclass(frozen=True)
class TokenColumns:
    """Per token of a doc, as `Token.text`, `lower_`, `lemma_`, `pos_`, `tag_`, `dep_` and `ent_type_`
    give it: a scan over the doc can pick its tokens from these lists without making a Token for
    each (spaCy makes a new one per `doc[i]` and per step of `for t in doc`)."""

    orth: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent: list[str]


def token_columns(doc: Doc) -> TokenColumns:
    """The doc's `TokenColumns`: one array read, a string per distinct id, mapped in numpy."""
    if not len(doc):
        return TokenColumns([], [], [], [], [], [], [])
    ids = doc.to_array([ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE])
    distinct, which = np.unique(ids.ravel(), return_inverse=True)
    strings = doc.vocab.strings
    names = np.array([strings[h] if h else "" for h in distinct.tolist()], dtype=object)
    return TokenColumns(*names[which.reshape(ids.shape).T].tolist())


def body_start(text: str) -> int:
    """Where the body starts: after a title line (a first line with no closing punctuation and a
    blank line after it, as BBC copy opens), else 0."""
    end = text.find("\n")
    if 0 < end <= 150 and text[end:end + 2] == "\n\n" and text[:end].rstrip()[-1:] not in ".!?\"”":
        return end + 2
    return 0


def cut_back(text: str, cut: int, start: int, separators: str) -> int:
    """Where content cut at `cut` ends: back over the spaces and separating marks before it (", and"
    leaves no comma), never before `start`."""
    while cut > start and (text[cut - 1].isspace() or text[cut - 1] in separators):
        cut -= 1
    return cut


def wholly_quoted(sent: Span, inside: bytearray) -> bool:
    """Every word of the sentence is inside quote marks (`inside` as quote_marks.covered_chars
    gives it): the sentence is a quoted speaker's own, not the writer's ("“Let’s be clear. ... We
    need real change,” he said.")."""
    return all(inside[t.idx] for t in sent if t.is_alpha)


@dataclass
class Attribution:
    """What a rule found for a quote: its cue (the words and the token) and its speaker in the parse."""

    cue: str | None = None
    cue_token: Token | None = None
    speaker: Span | None = None
    inherited: bool = False  # taken from a neighbouring quote
    uncued: bool = False  # a fragment's speaker read off its sentence's subject, no speech verb
