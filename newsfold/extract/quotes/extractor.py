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
Speakers are then resolved to the article's people (`resolve_speakers`: mentions, pronouns with a
gender check, role phrases, surnames) and each quote gets a confidence (`confidence`).
`extract_quotes(..., disabled=...)` switches single rules (`article.RULES`) off to measure what each
buys. Unmarked attributions whose cue is no communication, cognition or evidential act in its use
are dropped ("Russia continues to occupy ...", "spoke with the U.S. president"; rule `act_filter`).
The word lists all rules read are in `lexicon`.
"""

from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Doc

from newsfold.extract.quotes.article import Attribution, ParsedArticle
from newsfold.extract.quotes.confidence import confidence
from newsfold.extract.quotes.content import unmarked_content
from newsfold.extract.quotes.headlines import headline_candidates
from newsfold.extract.quotes.learned import learned_attributions
from newsfold.extract.quotes.lexicon import TITLE_SMALL_WORDS
from newsfold.extract.quotes.marked_attribution import attribute_marked, neighbour_attribution
from newsfold.extract.quotes.quote_marks import MarkedSpan, covered_chars, find_quote_spans, kind_of
from newsfold.extract.quotes.reported_speech import indirect_candidates
from newsfold.extract.quotes.resolve_speakers import PeopleIndex, is_named, resolve_speaker
from newsfold.extract.quotes.row_filter import filter_rows
from newsfold.records import ArticlePerson, PersonMention, QuoteMention


# A fragment in quote marks with no cue in its sentence is kept (speaker unknown) only from this
# many words: shorter ones are mostly scare quotes ("just peace"), longer ones echo a statement
# quoted elsewhere ('a "lengthy and highly productive" phone call') and feed the quote groups.
UNCUED_PARTIAL_MIN_WORDS = 4
INHERITED_PARTIAL_SPEAKER = True


def _is_title(text: str, span: MarkedSpan) -> bool:
    """Title Case words ("Face the Nation", "A Change Is Gonna Come"): a title, not a quote."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text[span.start:span.end])
    if not words or len(words) > 8:
        return False
    content = [w for w in words if w.lower() not in TITLE_SMALL_WORDS or w is words[0]]
    return bool(content) and all(w[0].isupper() for w in content) and not all(w.isupper() for w in content)


_SPLIT_GAP = re.compile(r"[^.!?\n\"“”]{1,60}[,:]\s*$")


def _is_split_continuation(text: str, previous: MarkedSpan, span: MarkedSpan) -> bool:
    """The second piece of a quote interrupted by its attribution."""
    if not text[previous.start:previous.end].endswith(","):
        return False
    gap = text[previous.end + 1:span.start - 1]
    return bool(_SPLIT_GAP.fullmatch(gap)) and text[span.start:span.start + 1].islower()


_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.|\.\.)$")


def _partial_end(text: str, start: int, end: int) -> int:
    """End of a quoted fragment without the punctuation that belongs to the writer's sentence
    (American style puts it inside the marks: 'no talks "without Ukraine," he said'); an
    abbreviation's or an ellipsis's dot, and ! or ?, are the quote's own."""
    while end - start > 1:
        last = text[end - 1]
        if last in ",;:" or (last == "." and not _ABBREVIATION_END.search(text, start, end)):
            end -= 1
            while end - start > 1 and text[end - 1].isspace():
                end -= 1
            continue
        break
    return end


def extract_quotes(doc: Doc, people: Sequence[ArticlePerson], mentions: Sequence[PersonMention], *,
                   disabled: frozenset[str] = frozenset()) -> list[QuoteMention]:
    """Direct, partial and indirect quotes of one parsed article, with speakers and cues. `disabled`
    names rules (from RULES) to switch off, to measure what each buys."""
    art = ParsedArticle(doc, disabled)
    text = art.text
    marked = find_quote_spans(text)
    inside = covered_chars(marked, len(text))
    index = PeopleIndex(art, people, mentions)
    results: list[tuple[int, int, str, Attribution, float]] = []

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
    for i in range(1, len(marked)):
        if _is_split_continuation(text, marked[i - 1], marked[i]):
            kinds[i] = kinds[i - 1]  # '"We are," he said, "and we will."' is one quote in two pieces
    for s, a, kind in zip(marked, attributions, kinds):
        if kind == "partial" and art.on("scare_filter"):
            # Scare quotes, nicknames and titles of shows or books: a short fragment with no cue
            # of its own in its sentence is not shown to be anybody's words. A longer one is
            # kept, but a neighbour's speaker would be a guess for a fragment: left None.
            uncued = a.inherited or a.uncued or (a.speaker is None and a.cue is None)
            if _is_title(text, s) or (uncued and len(text[s.start:s.end].split()) < UNCUED_PARTIAL_MIN_WORDS):
                continue
            if a.inherited and INHERITED_PARTIAL_SPEAKER is False:
                a = Attribution()
        end = _partial_end(text, s.start, s.end) if kind == "partial" else s.end
        results.append((s.start, end, kind, a, s))

    candidates = indirect_candidates(art, inside) + headline
    for start, end, a in candidates:
        kept = unmarked_content(art, marked, inside, start, end, a)
        if kept is not None:
            results.append((*kept, "indirect", a, None))

    if art.on("learned"):
        # Attributions the rules miss, from the learned cue scorer (rules-only without a model).
        for start, end, a, p in learned_attributions(art, inside, marked, [(r[0], r[1]) for r in results]):
            kept = unmarked_content(art, marked, inside, start, end, a)
            if kept is not None:
                results.append((*kept, "indirect", a, float(p)))

    out: list[QuoteMention] = []
    last_person: str | None = None
    seen: set[tuple[int, int]] = set()
    for start, end, kind, a, origin in sorted(results, key=lambda r: (r[0], r[1])):
        if (start, end) in seen:
            continue
        seen.add((start, end))
        key = None
        sp = a.speaker
        if sp is not None:
            key, _rule = resolve_speaker(art, sp, index, inside, last_person)
            if key is not None:
                last_person = key
        conf = confidence(kind, a, origin if isinstance(origin, MarkedSpan) else None,
                          named=sp is not None and is_named(sp, key, index),
                          learned_p=origin if isinstance(origin, float) else None)
        out.append(QuoteMention(
            text=text[start:end], start_char=start, end_char=end, kind=kind,
            speaker_text=sp.text if sp is not None else None,
            speaker_start=sp.start_char if sp is not None else None,
            speaker_end=sp.end_char if sp is not None else None,
            speaker_local_key=key, cue=a.cue, confidence=round(conf, 3),
        ))
    if art.on("learned"):
        out = filter_rows(doc, out)  # the learned row filter (row_filter): drops unlikely rows
    return out


__all__ = ["extract_quotes"]
