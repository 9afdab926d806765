"""The tagger's labels read as attributions: content runs, split quotes, cue and speaker."""

from __future__ import annotations

from newsfold.extract.quotes import tagged_rows as TR
from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.quote_marks import covered_chars, find_quote_spans


def _art(nlp, text):
    art = ParsedArticle(nlp(text))
    marked = find_quote_spans(art.text)
    return art, marked, covered_chars(marked, len(art.text))


def test_split_quote_is_one_attribution_with_its_speaker(nlp):
    text = '"We are ready," the minister said, "and we will win."'
    art, marked, inside = _art(nlp, text)
    doc = art.doc
    labels = ["O"] * len(doc)
    for t in doc:
        if t.text in ("minister", "the"):
            labels[t.i] = "SRC"
        elif t.text == "said":
            labels[t.i] = "CUE"
    first = [t.i for t in doc if t.i < 6]  # '"We are ready,"'
    second = [t.i for t in doc if t.i > 8]
    for group in (first, second):
        labels[group[0]] = "B-C"
        for i in group[1:]:
            labels[i] = "I-C"
    spans = TR.content_spans(art, labels)
    assert len(spans) == 1 and len(spans[0].pieces) == 2
    (pieces, kind, a), = TR.tagged_attributions(art, inside, marked, labels)
    assert kind == "direct" and len(pieces) == 2
    assert a.cue == "said" and a.speaker.text == "the minister"


def test_content_with_no_cue_tagged_takes_the_verb_it_hangs_from(nlp):
    art, marked, inside = _art(nlp, "Officials said the road would close.")
    doc = art.doc
    labels = ["O"] * len(doc)
    labels[2] = "B-C"
    for i in range(3, len(doc) - 1):
        labels[i] = "I-C"
    (pieces, kind, a), = TR.tagged_attributions(art, inside, marked, labels)
    assert kind == "indirect" and art.text[pieces[0][0]:pieces[0][1]] == "the road would close"
    assert a.cue == "said" and a.speaker.text == "Officials"


def test_too_short_content_is_no_attribution(nlp):
    art, marked, inside = _art(nlp, "He said it.")
    labels = ["O", "CUE", "B-C", "O"]
    assert TR.tagged_attributions(art, inside, marked, labels) == []


def test_two_quotes_of_two_sentences_stay_two(nlp):
    text = '"We lost," Smith said. "We will be back."'
    art, marked, inside = _art(nlp, text)
    doc = art.doc
    labels = ["O"] * len(doc)
    said = next(t.i for t in doc if t.text == "said")
    labels[said], labels[said - 1] = "CUE", "SRC"
    labels[0] = "B-C"
    for i in range(1, said - 1):
        labels[i] = "I-C"
    labels[said + 2] = "B-C"
    for i in range(said + 3, len(doc)):
        labels[i] = "I-C"
    assert [len(s.pieces) for s in TR.content_spans(art, labels)] == [1, 1]
