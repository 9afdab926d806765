"""A description that takes up an earlier phrase with the same noun: a role phrase that speaks again is the
person the earlier one was; a definite description brought in earlier with "a" is the person named since, else nobody."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of, quotes_without


def test_the_senator_is_the_earlier_vermont_senator_not_the_interviewer(nlp):
    text = ("Bernie Sanders spoke in an interview with CNN's Gloria Borger on Monday.\n\n"
            "Six months ago, the independent Vermont senator said, the media considered him a fringe candidate.\n\n"
            "\"That would be you?\" Borger asked.\n\n"
            "\"That would be me, yes. I think that's probably right,\" the senator said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "That would be me")
    assert q.speaker_text == "the senator" and names[q.speaker_local_key] == "Bernie Sanders"


def test_the_judge_is_the_judge_titled_since_the_indefinite(nlp):
    text = ("A federal judge has ordered the release of internal Trump University documents.\n\n"
            "The Friday ruling, in which Judge Gonzalo Curiel cited public interest, was a setback for Trump.\n\n"
            "The judge said courts must weigh \u201cwhether the case involves issues important to the public.\u201d")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "whether the case involves")
    assert q.speaker_text == "The judge" and names.get(q.speaker_local_key) == "Gonzalo Curiel"


def test_the_lawmaker_is_the_one_the_indefinite_was_named_as(nlp):
    text = ("Philippine lawmaker wants Trump banned from country.\n\n"
            "A lawmaker in the Philippines is calling for Donald Trump to be banned from the country after the "
            "U.S. presidential candidate suggested that Philippine immigrants posed a threat to the United States.\n\n"
            "\"There is no feasible basis or reasonable justification to the wholesale labeling of Filipinos,\" Joey "
            "Salceda said in a bill filed in Manila's House of Representatives, according to the Philippine Star.\n\n"
            "At a rally in Portland, Maine, on Thursday afternoon, Trump included the Philippines on a list of "
            "countries. \"We're letting people come in from terrorist nations that shouldn't be allowed,\" he said.\n\n"
            "In his proposed legislation to ban Trump, Salceda cited a 2001 memorandum. It says foreign nationals "
            "can be blacklisted.\n\n"
            "The lawmaker, who represents a district in Albay province, said Trump's remarks \"have had widespread "
            "dissemination, thus aggravating the shame it has already put on Filipinos.\"")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "have had widespread dissemination")
    assert names.get(q.speaker_local_key) == "Joey Salceda"


def test_a_judge_titled_before_the_indefinite_is_another_one(nlp):
    # Control: Curiel was named before "a judge" brought in somebody else, who is never named.
    text = ("Judge Gonzalo Curiel ruled on Friday that the documents must be released.\n\n"
            "A judge in New York said a similar case was weak.\n\n"
            "\u201cThe claims have no substance at all,\u201d the judge said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "The claims have no substance")
    assert q.speaker_local_key is None


def test_a_description_said_again_is_the_person_it_was_before_not_a_deputy_named_between(nlp):
    text = ("Mary Hollis has dismissed reports that she offered to step down.\n\n"
            "\"Nobody trades jobs like that,\" the prime minister told a radio programme on Sunday.\n\n"
            "A new book says Ms Hollis broke a promise to her chancellor. It claims Mary Hollis felt she had lost "
            "the public's trust. At a dinner hosted by Deputy Prime Minister Helen Carter she told the chancellor "
            "she would stand down.\n\n"
            "According to the author the prime minister said: \"Give me one more year and then I will go.\"")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "Give me one more year")
    assert q.speaker_text == "the prime minister" and names.get(q.speaker_local_key) == "Mary Hollis"
    off = find(quotes_without(nlp, text, "role_same"), "Give me one more year")
    assert names.get(off.speaker_local_key) == "Helen Carter"  # the person the last sentences are about
