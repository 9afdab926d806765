"""Quotes and their speakers: direct, partial (quoted fragments) and indirect (reported speech).
`extract_quotes` is the entry point; the passes live in the modules named after them.

Three passes over one parsed article (`article.ParsedArticle`):
1. `quote_marks.find_quote_spans` pairs quote marks paragraph by paragraph (curly and straight, an
   opening mark repeated at each new paragraph of a long quote); an unbalanced mark never runs past
   its paragraph.
2. Each marked span gets a cue and a speaker from the parse of the text around it, outside any quote
   (`marked_attribution`): the syntactic subject of the nearest speech verb (`subjects`), "according
   to X", or, for quotes with no attribution of their own, the speaker of a neighbouring sentence.
3. Attributions without quote marks, in the broad sense news annotation (PolNeAR) uses
   (`reported_speech`, `nominal_cues`, `headlines`): a speech or cognition verb with its clause
   ("said that ..."), a speech act, attitude or evidential verb with its object ("wants to ...",
   "backed Clinton", "polls show a close race"), a passive with its agent ("endorsed by ..."), a
   speech noun ("Trump's claim that ..."), "X is critical of Y", "according to X", headline forms
   ("Pence: ...", "Trump questions ..."). A reported clause that carries a quoted fragment is kept
   next to the fragment; content never crosses a paragraph (`content`).
Then one row per attribution (`rows.resolve_overlaps`, `rows.join_introduced`): rows of an article never overlap. A quoted
fragment inside a reported clause is part of the clause's row (kind indirect, the fragment's marks
in its text), a clause reported inside another collapses into the outer one (its cue governs the
inner), a whole-sentence quote stays its own row, crossing candidates keep the better one whole,
and a quote split by its attribution ('"We are," he said, "and we will."') is one row, its pieces
joined by " … ". A direct quote with no attribution of its own takes the speaker of the speech row
just before it (`_follow_on`). Each row gets its act (`acts`: speech, thought, intention, evidence).
A learned tagger (`tagger`, a CRF trained on PolNeAR) then drops the unmarked rows and quoted
fragments whose words it does not read as anybody's content (`_tagger_pass`).
Speakers are then resolved to the article's people (`resolve_speakers`: mentions, pronouns with a
gender check through `people_index`, role phrases, surnames) and each quote gets a confidence (`confidence`).
`extract_quotes(..., disabled=...)` switches single rules (`article.RULES`) off to measure what each
buys. Unmarked attributions whose cue is no communication, cognition or evidential act in its use
are dropped ("Russia continues to occupy ...", "spoke with the U.S. president"; rule `act_filter`).
The word lists all rules read are in `lexicon`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Sequence

from spacy.tokens import Doc, Span

from newsfold.extract.quotes.acts import act_of
from newsfold.extract.quotes.article import Attribution, ParsedArticle
from newsfold.extract.quotes.attributions.content import unmarked_content
from newsfold.extract.quotes.attributions.headlines import headline_candidates
from newsfold.extract.quotes.attributions.marked_attribution import attribute_marked, label_attribution, neighbour_attribution
from newsfold.extract.quotes.attributions.reported_speech import indirect_candidates
from newsfold.extract.quotes.attributions.split_quotes import is_split_continuation, partial_end
from newsfold.extract.quotes.confidence import confidence
from newsfold.extract.quotes.learned.cue_scorer import learned_attributions
from newsfold.extract.quotes.learned.tagger import TAGGER_SUPPORT, quoted_feature_chars, row_support
from newsfold.extract.quotes.lexicon import REPORT_VERBS, TITLE_SMALL_WORDS
from newsfold.extract.quotes.quote_marks import MarkedSpan, covered_chars, find_quote_spans, kind_of
from newsfold.extract.quotes.rows import Candidate, join_introduced, resolve_overlaps
from newsfold.extract.quotes.speakers.issuers import document_issuer, document_pronoun_issuer
from newsfold.extract.quotes.speakers.organisations import Organisations
from newsfold.extract.quotes.speakers.other_names import name_in_full
from newsfold.extract.quotes.speakers.people_index import PeopleIndex
from newsfold.extract.quotes.speakers.resolve_speakers import is_named, resolve_speaker
from newsfold.extract.quotes.speakers.speaker_names import speaker_name
from newsfold.records import PIECE_JOINER, ArticlePerson, PersonMention, QuoteMention


# A fragment in quote marks with no cue in its sentence is kept (speaker unknown) only from this
# many words: shorter ones are mostly scare quotes ("just peace"), longer ones echo a statement
# quoted elsewhere ('a "lengthy and highly productive" phone call') and feed the quote groups.
UNCUED_PARTIAL_MIN_WORDS = 4
INHERITED_PARTIAL_SPEAKER = True
# A single quoted word is a scare quote or a term ("renoviction", "normal") even with a speech verb
# in its sentence; inside a reported clause it stays part of the clause's row (its marks in the text).
CUED_PARTIAL_MIN_WORDS = 2
# A whole quote in Title Case with this many capitalised words, in one sentence, is a title; one
# ("Quiet," "Scam.") and two sentences ("Like Oakland. Or Ferguson,") are as often said.
TITLE_MIN_WORDS = 2
_SENTENCE_BREAK = re.compile(r"[.?!]\s+\S")
# A word as titles are read: from a letter on, with its apostrophes and hyphens.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _is_title(text: str, span: MarkedSpan) -> bool:
    """Title Case words ("Face the Nation", "A Change Is Gonna Come"): a title, not a quote."""
    words = _WORD.findall(text[span.start:span.end])
    if not words or len(words) > 8:
        return False
    content = [w for w in words if w.lower() not in TITLE_SMALL_WORDS or w is words[0]]
    return bool(content) and all(w[0].isupper() for w in content) and not all(w.isupper() for w in content)


def _is_work_title(text: str, span: MarkedSpan) -> bool:
    """A whole quote that is a work's title: Title Case (`_is_title`) in one sentence, with at least
    TITLE_MIN_WORDS capitalised words that are no small title words ("We are," has one)."""
    if not _is_title(text, span) or _SENTENCE_BREAK.search(text, span.start, span.end):
        return False
    words = _WORD.findall(text[span.start:span.end])
    return sum(1 for w in words if w[0].isupper() and w.lower() not in TITLE_SMALL_WORDS) >= TITLE_MIN_WORDS


def extract_quotes(doc: Doc, people: Sequence[ArticlePerson], mentions: Sequence[PersonMention], *,
                   disabled: frozenset[str] = frozenset()) -> list[QuoteMention]:
    """Direct, partial and indirect quotes of one parsed article, with speakers and cues. `disabled`
    names rules (from RULES) to switch off, to measure what each buys."""
    art = ParsedArticle(doc, disabled)
    text = art.text
    marked = find_quote_spans(text)
    inside = covered_chars(marked, len(text))
    index = PeopleIndex(art, people, mentions)

    attributions = [attribute_marked(art, s, inside) for s in marked]
    # Quotes with no attribution of their own take a neighbour's: the next piece of the same
    # multi-paragraph quote, or the closest attributed quote before it within a few sentences.
    for i, (s, a) in enumerate(zip(marked, attributions)):
        if a.speaker is None and a.cue is None and art.on("neighbour"):
            donor = neighbour_attribution(art, marked, attributions, i, inside)
            if donor is not None:
                attributions[i] = Attribution(cue=donor.cue, cue_token=donor.cue_token,
                                              speaker=donor.speaker, inherited=True)
    headline = headline_candidates(art) if art.on("headline") else []
    if art.on("headline"):
        # A quote in a "Sanders: Clinton needs to 'get away from ...'" line is the named source's.
        for i, (s, a) in enumerate(zip(marked, attributions)):
            if a.speaker is None and a.cue is None:
                for start, end, ha in headline:
                    if ha.cue == ":" and start <= s.start and s.end <= end:
                        attributions[i] = Attribution(cue=":", speaker=ha.speaker)
                        break
    kinds = [kind_of(text, s) for s in marked]
    split = [False] * len(marked)
    for i in range(1, len(marked)):
        if is_split_continuation(text, marked[i - 1], marked[i]):
            kinds[i] = kinds[i - 1]  # '"We are," he said, "and we will."' is one quote in two pieces
            split[i] = True
    cands: list[Candidate] = []
    previous: Candidate | None = None  # the candidate of the marked span before, when kept
    for i, (s, a, kind) in enumerate(zip(marked, attributions, kinds)):
        if split[i] and previous is not None:
            # The second piece joins the first one's row; the attribution between them is its own.
            first = previous.pieces[-1]
            previous.pieces[-1] = (first[0], partial_end(text, first[0], first[1]))
            end = partial_end(text, s.start, s.end) if kind == "partial" else s.end
            previous.pieces.append((s.start, end))
            if previous.attribution.speaker is None or previous.attribution.inherited:
                if a.speaker is not None and not a.inherited:
                    previous.attribution = a
            continue
        previous = None
        start = s.start
        if kind == "direct" and art.on("title_filter") and a.cue != ":" \
                and not (i + 1 < len(marked) and split[i + 1]) and _is_work_title(text, s):
            # '"Gifted Hands,"', "''The Trumps: Three Generations That Built an Empire,''": a work's
            # title with the writer's comma or stop inside its marks is no whole-sentence quote; a
            # headline's "X: Title Case Words" is (its cue the colon).
            continue
        if kind == "partial" and art.on("scare_filter"):
            # Scare quotes, nicknames and titles of shows or books: a short fragment with no cue
            # of its own in its sentence is not shown to be anybody's words. A longer one is
            # kept, but a neighbour's speaker would be a guess for a fragment: left None.
            uncued = a.inherited or a.uncued or (a.speaker is None and a.cue is None)
            n_words = len(text[s.start:s.end].split())
            if _is_title(text, s) or (uncued and n_words < UNCUED_PARTIAL_MIN_WORDS) \
                    or n_words < CUED_PARTIAL_MIN_WORDS:
                # A quoted label ('called her "weak"') is the speaker's word however short; its
                # row starts at the labelled object.
                label = label_attribution(art, s, inside) if art.on("quoted_label") else None
                if label is None:
                    continue
                a, start = label
            if a.inherited and INHERITED_PARTIAL_SPEAKER is False:
                a = Attribution()
        end = partial_end(text, s.start, s.end) if kind == "partial" else s.end
        if start < s.start:
            end = s.outer_end  # the label's row holds its opening mark: its closing one too
        previous = Candidate([(start, end)], kind, a, s)
        cands.append(previous)

    candidates = indirect_candidates(art, inside) + headline
    for start, end, a in candidates:
        kept = unmarked_content(art, marked, inside, start, end, a)
        if kept is None:
            continue
        last = cands[-1] if cands else None
        if last is not None and last.attribution is a and art.on("parenthetical_join") \
                and _parenthetical_between(art, a, last.pieces[-1], kept[0]):
            # "It's an investment, they say, that would be recouped ...": the host clause on both
            # sides of its parenthetical cue is one report (PolNeAR annotates one), one row of two pieces.
            last.pieces.append(kept)
            continue
        cands.append(Candidate([kept], "indirect", a, None))

    if art.on("learned"):
        # Attributions the rules miss, from the learned cue scorer (rules-only without a model).
        for start, end, a, p in learned_attributions(art, inside, marked, [(c.start, c.end) for c in cands]):
            kept = unmarked_content(art, marked, inside, start, end, a)
            if kept is not None:
                cands.append(Candidate([kept], "indirect", a, float(p)))

    for c in cands:
        c.act = act_of(c.kind, c.attribution, doc.char_span(c.start, c.end, alignment_mode="expand"))
    rows = resolve_overlaps(text, cands, drop_quote_cue_leftover=art.on("quote_cue_leftover"))
    if art.on("introduced_quote"):
        rows = join_introduced(text, rows)
    if art.on("neighbour"):
        _follow_on(art, rows, inside)
    if art.on("tagger"):
        rows = _tagger_pass(art, quoted_feature_chars(marked, len(text)), rows)
    out: list[QuoteMention] = []
    last_person: str | None = None
    sent_on: dict[int, str] = {}  # he/she speakers resolve_speaker sent on to the last speaker, by offset
    last_document: tuple[Span, Span] | None = None  # (document, its issuer) that spoke last: "It added" goes on
    orgs = cache(lambda: Organisations(art, [(m.start_char, m.end_char) for m in mentions],
                                       frozenset(p.name for p in index.people.values() if " " not in p.name)))  # built on first use
    for c in rows:
        a = c.attribution
        key = None
        sp = a.speaker
        named = sp  # what the speaker's name is read from: "the statement" names its issuer
        if sp is not None:
            if art.on("issuer"):
                issuer = document_issuer(art, sp) or document_pronoun_issuer(art, sp, last_document)
                named = issuer or sp
                last_document = (sp, issuer) if issuer is not None else None
            key, _rule = resolve_speaker(art, named, index, inside, last_person,
                                         c.pieces if c.kind == "direct" else (), sent_on)
            person = index.people.get(key)
            if person is not None and orgs().company(named) and " " not in person.name:
                key = None  # "Santos" of "Santos Ltd", which the people extraction took for a person
            if key is not None:
                last_person = key
        origin = c.origin
        conf = confidence(c.kind, a, origin if isinstance(origin, MarkedSpan) else None,
                          named=sp is not None and is_named(sp, key, index),
                          learned_p=origin if isinstance(origin, float) else None)
        out.append(QuoteMention(
            text=PIECE_JOINER.join(text[s:e] for s, e in c.pieces), start_char=c.start, end_char=c.end,
            kind=c.kind,
            speaker_text=sp.text if sp is not None else None,
            speaker_start=sp.start_char if sp is not None else None,
            speaker_end=sp.end_char if sp is not None else None,
            speaker_local_key=key, cue=a.cue, confidence=round(conf, 3), act=c.act,
            speaker_name=name_in_full(speaker_name(art, named, orgs(), inside), orgs()) if named is not None and key is None else None,
        ))
    return out


def _parenthetical_between(art: ParsedArticle, a: Attribution, left: tuple[int, int], start: int) -> bool:
    """The cue of `a` is set off by commas or dashes between two parts of its host clause, in one
    sentence, and the left part is an adverbial clause ("If it's just a few delegates at stake, the
    campaign said, it may not bother"), which is no statement on its own."""
    cue = a.cue_token
    if cue is None or not left[1] <= cue.idx < start:
        return False
    gap = art.text[left[1]:start]
    if any(c in gap for c in ".?!\n") or gap.lstrip()[:1] not in (",", "—", "–") \
            or gap.rstrip()[-1:] not in (",", "—", "–"):
        return False
    span = art.doc.char_span(*left, alignment_mode="contract")
    first = next((t for t in span if not t.is_punct and t.dep_ != "cc"), None) if span is not None else None
    return first is not None and first.dep_ == "mark" and first.head.dep_ == "advcl"


# The tagger (newsfold.extract.quotes.learned.tagger) drops a rule row it does not read as anybody's
# content: unmarked rows, and quoted fragments (the kinds in TAGGER_FILTERS_MARKED); a whole quote
# in marks is always kept. On both dev tune sets this beats the rules alone, and the tagger's own
# rows lose to them (figures in tagger.py).
TAGGER_FILTERS_MARKED = ("partial",)


def _tagger_pass(art: ParsedArticle, inside: bytearray, rows: list[Candidate]) -> list[Candidate]:
    """The rows the tagger supports (doubtful ones only: see TAGGER_FILTERS_MARKED); the rows
    unchanged without a model. `inside`: the tagger's own quoted-characters feature input."""
    rule_rows = [(c.start, c.end, c.kind, *((a.speaker.start_char, a.speaker.end_char)
                                             if (a := c.attribution).speaker is not None else (None, None)))
                 for c in rows]
    # "According to X, ..." is not judged: the tagger reads next to none of it as content
    # (short clauses above all), where the rules' reading is reliable.
    # Nor is a whole sentence reported before its "..., X said." ("The employment picture also
    # improved, the Fed said."): the rules' reading is plain, the tagger drops short ones.
    doubtful = [i for i, c in enumerate(rows)
                if (not isinstance(c.origin, MarkedSpan) or c.kind in TAGGER_FILTERS_MARKED)
                and (c.attribution.cue or "").lower() != "according to" and not _said_after(art, c)]
    support = row_support(art, inside, rule_rows, doubtful)
    return rows if support is None else [c for i, c in enumerate(rows) if support.get(i, TAGGER_SUPPORT) >= TAGGER_SUPPORT]


def _said_after(art: ParsedArticle, c: Candidate) -> bool:
    """An unmarked row that is a whole clause opening its sentence, followed by ", <speaker> said."
    closing it ("The annual meeting is scheduled for April 30 in Dallas, he said.")."""
    cue, sp = c.attribution.cue_token, c.attribution.speaker
    if cue is None or sp is None or c.kind != "indirect" or cue.lemma_.lower() != "say" or cue.idx < c.end:
        return False
    sent = cue.sent
    first = next((t for t in sent if not t.is_space), sent[0])
    if c.start != first.idx or sp.start_char < c.end:
        return False
    tail = [t for t in art.doc[cue.i + 1:sent.end] if not t.is_space]
    if not all(t.is_punct for t in tail):
        return False
    # A clause that is itself somebody's words or thoughts ("McCaskill scolded him, she said") is
    # an attribution of its own: left to the tagger.
    return cue.head.i == cue.i and not any(t.dep_ == "ccomp" and t.lemma_.lower() in REPORT_VERBS for t in cue.children)


# How far (in sentences) a direct quote with no attribution of its own looks back for the speech row
# whose speaker goes on talking (the marked-quote neighbour rule looks at marked quotes only).
FOLLOW_ON_SENTENCES = 3


def _follow_on(art: ParsedArticle, rows: list[Candidate], inside: bytearray) -> None:
    """A direct quote with no cue and no speaker of its own takes the speaker of the speech row
    just before it (any kind: 'Golden said she looked for ... "You don't know what that person
    took."'), within FOLLOW_ON_SENTENCES sentences: news counts it as that speaker's quote. So does
    one that took an earlier quote's speaker when a speech row of somebody else's comes between
    ('"...," he said. / Cerato said she has defied ... / "I feel like ..."': Cerato's), and one that
    took a speaker reported inside the row before ('Lewis reminded MPs that McCartney described
    Letwin as a "Fagin". / "Given the outrage ..."': Lewis's, not McCartney's)."""
    last: tuple[int, Candidate] | None = None  # the speech row whose speaker goes on, and the sentence it ends in
    for c in rows:
        tok = art.doc.char_span(c.start, c.end, alignment_mode="expand")
        if tok is None:
            continue
        k = art.word_sent_of[tok.start]
        a = c.attribution
        own = a.speaker is None and a.cue is None
        passed_over = (a.inherited and a.speaker is not None and last is not None
                       and last[1].attribution.speaker is not None
                       and (a.speaker.start_char < last[1].attribution.speaker.start_char < c.start
                            or any(s <= a.speaker.start_char < e for s, e in _reported_pieces(last[1], inside)))
                       and not (isinstance(c.origin, MarkedSpan) and c.origin.continued))
        if c.kind == "direct" and (own or passed_over) and last is not None \
                and k - last[0] <= FOLLOW_ON_SENTENCES:
            donor = last[1].attribution
            c.attribution = Attribution(cue=donor.cue, cue_token=donor.cue_token, speaker=donor.speaker,
                                        inherited=True)
            c.act = "speech"
        elif a.speaker is not None and not a.inherited and c.act == "speech":
            last = (art.word_sent_of[max(tok.start, tok.end - 1)], c)


def _reported_pieces(row: Candidate, inside: bytearray) -> list[tuple[int, int]]:
    """The pieces of a speech row that may report another's words, a speaker inside them being no
    speaker between: only the writer's reported clause ("reminded MPs that McCartney described");
    not a quote's words, nor a clause a speaker inside quote marks was taken to report."""
    return row.pieces if row.kind == "indirect" and not inside[row.attribution.speaker.start_char] else []


__all__ = ["extract_quotes"]
