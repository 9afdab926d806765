"""How sure the extractor is of a quote and its speaker together, for filtering.

Confidence (`QuoteMention.confidence`, 0..1):
    base     direct 0.80, partial 0.70; unmarked: speech verb or "according to" 0.70, cognition or
             evidential verb ("believes", "found", "shows") 0.60, broad cue (attitudes, speech acts
             with an object, speech nouns, passives, "is critical of", headlines) 0.50; found by
             the learned cue scorer: 0.20 + 0.40 * its probability (0.32 .. 0.60)
    speaker  named where the quote is (a name in the span, or a person's mention) +0.15; any
             other speaker (pronoun, role, organisation) +0.08; no speaker and no cue -0.30
    penalty  speaker taken from a neighbouring quote -0.20, from the subject of a fragment's sentence
             with no speech verb -0.10; quote mark never closed -0.20
So a direct quote with a named speaker is 0.95, with "he" 0.88; "X said that ..." 0.85; a learned
attribution stays under 0.76. On PolNeAR dev, speaker accuracy by band: >= 0.9: 0.97, 0.8-0.9: 0.92,
0.7-0.8: 0.83, 0.6-0.7: 0.81, < 0.6: about 0.68 (quotes matched to gold). Keep >= 0.8 for quotes
you will print under a name; >= 0.6 for reported speech of the broad kind.
"""

from __future__ import annotations

from newsfold.extract.quotes.article import Attribution
from newsfold.extract.quotes.lexicon import COGNITION_CUES, SPEECH_VERBS
from newsfold.extract.quotes.quote_marks import MarkedSpan


def confidence(kind: str, a: Attribution, span: MarkedSpan | None, named: bool = False,
               learned_p: float | None = None) -> float:
    """The scale in the module docstring."""
    if learned_p is not None:
        score = 0.2 + 0.4 * learned_p  # learned cue: 0.32 (p = 0.3) .. 0.6
    elif kind == "direct":
        score = 0.8
    elif kind == "partial":
        score = 0.7
    else:
        lemma = a.cue_token.lemma_.lower() if a.cue_token is not None else (a.cue or "").lower()
        if (a.cue or "").lower() == "according to" or lemma in SPEECH_VERBS:
            score = 0.7
        elif lemma in COGNITION_CUES:
            score = 0.6
        else:
            score = 0.5
    if a.speaker is not None:
        score += 0.15 if named else 0.08
    elif a.cue is None:
        score -= 0.3
    if a.inherited:
        score -= 0.2
    elif a.uncued:
        score -= 0.1
    if span is not None and not span.closed and not span.continues:
        score -= 0.2
    return max(0.0, min(1.0, score))
