"""A name in the writer's aside between two pieces of a quote is no antecedent of the "he" after it."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_he_after_a_quote_with_an_aside_is_the_speaker_before(nlp):
    text = ("Michael Bloomberg has not decided whether to run.\n\n"
            "Bloomberg's pollster, Douglas Schoen, says his man has the money, message, independence and time to "
            "fill that need. \"I don't think the conventional wisdom\" -- that Bloomberg is perceived as a New York "
            "nanny-state liberal -- \"is going to last,\" he says.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "conventional wisdom")
    assert names.get(q.speaker_local_key) == "Douglas Schoen"


def test_a_subject_before_the_quote_is_still_the_antecedent(nlp):
    # Control: no quoted words before the name in its sentence, so it is no aside.
    text = ("Walter Stone studies third-party bids.\n\n"
            "Michael Bloomberg, asked about his plans on Monday, \"would not rule anything out,\" he said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "would not rule anything out")
    assert names.get(q.speaker_local_key) == "Michael Bloomberg"
