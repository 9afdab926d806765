"""The confidence scale ranks quotes by how sure the extractor is of them."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_confidence_ranks_named_direct_over_pronoun_and_broad_cues(nlp):
    text = ('"We will win this war," Zelensky said on Tuesday. "Nobody doubts it," he added. '
            "Zelensky backed the plan. Zelensky said that talks would start soon.")
    _, quotes, _ = quotes_of(nlp, text)
    named = find(quotes, "We will win this war")
    pronoun = find(quotes, "Nobody doubts it")
    said = find(quotes, "talks would start soon")
    backed = find(quotes, "the plan")
    assert named.confidence >= 0.9
    assert named.confidence > pronoun.confidence > backed.confidence
    assert said.confidence > backed.confidence
