"""Who speaks when the parse gives a cue verb no usable subject: names next to the verb, names after it."""

from __future__ import annotations

from newsfold.extract.people.extractor import extract_people
from newsfold.extract.quotes.extractor import extract_quotes
from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.speakers.missed_subjects import adjacent_subject
from newsfold.extract.quotes.speakers.title_names import title_holding
from tests.extract.quotes.helpers import find, quotes_of


def test_inverted_speech_verb_after_the_quote(nlp):
    text = ("Espinos runs a comic book shop.\n\n“You’re talking about one genre only,” points out the laid-back "
            "Cambridge resident, who moved to Canada 15 years ago.\n\n"
            "\"You're short,\" Bardos blurted out.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "one genre only").speaker_text == "the laid-back Cambridge resident"
    assert find(quotes, "You're short").speaker_text == "Bardos"


def test_described_speaker_right_after_the_verb(nlp):
    text = ("Germans argued online after the attacks.\n\n\"We don't have freedom of opinion anymore,\" tweeted a "
            "German user from Hanover.")
    doc = nlp(text)
    people, mentions = extract_people(doc)
    q = find(extract_quotes(doc, people, mentions), "freedom of opinion")
    assert q.speaker_text == "a German user"
    off = find(extract_quotes(doc, people, mentions, disabled=frozenset({"inverted_description"})), "freedom of opinion")
    assert off.speaker_text != "a German user"


def test_mistagged_name_between_closing_mark_and_verb(nlp):
    text = ("Steven Aftergood spoke. “Because Clinton is running for president, she will have been cleared by the "
            "American people,” Aftergood said.")
    doc = nlp(text)
    people, mentions = extract_people(doc)
    q = find(extract_quotes(doc, people, mentions), "cleared by")
    assert q.speaker_text == "Aftergood"
    off = find(extract_quotes(doc, people, mentions, disabled=frozenset({"mistagged_name"})), "cleared by")
    assert off.speaker_text != "Aftergood"


def test_the_name_a_whose_clause_hangs_on_speaks_not_a_name_inside_it(nlp):
    text = ("Knight and drum 'n' bass star Roni Size have released No More. Size, whose New Forms album won "
            "the 1997 Mercury Music Prize, said gun use was \"nothing to be glamorised\".")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "nothing to be glamorised")
    assert names.get(q.speaker_local_key) == "Roni Size"


def test_a_place_after_an_envoys_title_is_not_the_speaker_left_of_the_verb(nlp):
    # When the parse leaves the verb no subject, the name run nearest the verb is "Britain", the
    # object of "to" on the title: the title's holder speaks.
    doc = nlp("It comes after Kenya's High Commissioner to Britain said some Kenyans should vote more.")
    said = next(t for t in doc if t.text == "said")
    subject = adjacent_subject(ParsedArticle(doc), said, bytearray(len(doc.text)))
    assert subject.text == "Commissioner"
    assert title_holding(next(t for t in doc if t.text == "Britain")).text == "Commissioner"
    assert title_holding(next(t for t in nlp("He flew to Britain.") if t.text == "Britain")) is None
