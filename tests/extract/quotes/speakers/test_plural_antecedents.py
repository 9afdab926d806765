"""What "they" stands for when it speaks: the plural source or the organisation brought in just before it."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_they_is_the_plural_source_just_before(nlp):
    text = ("But Brexit remains the biggest concern and several auto-industry executives have warned about "
            "the dire consequences of a hard Brexit. They say British plants could become uncompetitive.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "dire consequences").speaker_text == "several auto-industry executives"
    assert find(quotes, "British plants").speaker_name == "several auto-industry executives"
    # Things are no source: "they" after "The results were ..." gets no name.
    _, quotes, _ = quotes_of(nlp, "The results were announced on Monday. They say the vote was close.")
    assert find(quotes, "vote was close").speaker_name is None


def test_they_is_not_a_subject_of_the_words_it_reports_and_goes_on_from_they(nlp):
    text = ("Around 200 corporations satisfy the standards, securities managers said. "
            "Most eligible firms would have to set up special reserves, they said. "
            "The minimum issue unit will be 100 mln yen, they said. "
            "Only banks may be commissioned to handle the payments, they added.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "special reserves").speaker_name == "securities managers"
    assert find(quotes, "handle the payments").speaker_name == "securities managers"
    text = ("European leaders have openly blamed the US for the rise of the euro. "
            "US officials were talking up the dollar, they said, but failing to act.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "talking up the dollar").speaker_name == "European leaders"


def test_they_is_the_organisation_or_group_before_when_no_plural_is(nlp):
    text = ("Murphy\u2019s campaign is tying the House bill to Rubio. "
            "They are saying his vote for that plan is a signal he wants to play politics.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "his vote for that plan").speaker_name == "Murphy\u2019s campaign"


def test_they_is_the_agent_of_a_passive_just_before(nlp):
    text = ("The bill, which ministers say will tackle crime, is expected to be opposed by the Liberal Democrats. "
            "They have said the scheme is deeply flawed and a waste of money.")
    _, quotes, _ = quotes_of(nlp, text)
    assert (find(quotes, "deeply flawed").speaker_name or "").endswith("Democrats")
