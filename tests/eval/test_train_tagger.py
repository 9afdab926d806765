"""Training the attribution tagger: labels from PolNeAR-style gold, and a fit that learns them."""

from __future__ import annotations

from newsfold.eval.train_tagger import gold_labels, train
from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.learned import tagger as T
from newsfold.extract.quotes.quote_marks import find_quote_spans


def _span(text: str, words: str) -> list[int]:
    a = text.index(words)
    return [a, a + len(words)]


def _attribution(text: str, source: str, cue: str, content: str) -> dict:
    return {"source_spans": [_span(text, source)], "cue_spans": [_span(text, cue)],
            "content_spans": [_span(text, content)]}


def test_gold_labels_mark_content_source_and_cue(nlp):
    text = "The mayor said that the bridge will reopen in May."
    doc = nlp(text)
    labels = gold_labels(doc, [_attribution(text, "The mayor", "said", "the bridge will reopen in May")])
    assert [(t.text, lab) for t, lab in zip(doc, labels)][:6] == [
        ("The", "SRC"), ("mayor", "SRC"), ("said", "CUE"), ("that", "O"), ("the", "B-C"), ("bridge", "I-C")]
    assert labels[-1] == "O"  # the writer's full stop is no content


def test_gold_labels_keep_the_outer_of_nested_attributions(nlp):
    text = "Smith said Jones claimed the vote was rigged."
    doc = nlp(text)
    outer = _attribution(text, "Smith", "said", "Jones claimed the vote was rigged")
    inner = _attribution(text, "Jones", "claimed", "the vote was rigged")
    labels = gold_labels(doc, [inner, outer])
    assert labels[2] == "B-C" and labels.count("B-C") == 1
    assert all(lab == "I-C" for lab in labels[3:-1])  # the inner source and cue are outer content


def _train_sentences(nlp, tmp_path):
    texts = [f"{who} said that {what}." for who in ("The mayor", "Ms. Lee", "Officials", "He", "The minister")
             for what in ("the bridge will reopen", "taxes would rise", "the plan failed", "talks went well")]
    texts += [f"{who} walked to the {where}." for who in ("The mayor", "Ms. Lee", "He")
              for where in ("station", "park", "office", "river")]
    rows, docs = [], []
    for text in texts:
        doc = nlp(text)
        atts = []
        if " said that " in text:
            who, what = text[:-1].split(" said that ")
            atts.append(_attribution(text, who, "said", what))
        rows.append({"attributions": atts})
        docs.append(doc)
    out = tmp_path / "tagger.crfsuite"
    train(rows, docs, out, max_iterations=50, min_freq=1)
    return out


def test_a_fit_tags_unseen_reported_speech(nlp, tmp_path):
    T.tagger_override = T.load_tagger.__wrapped__(str(_train_sentences(nlp, tmp_path)))
    try:
        doc = nlp("The governor said that the roads are safe.\n\nThe governor walked to the car.")
        art = ParsedArticle(doc)
        inside = T.quoted_feature_chars(find_quote_spans(art.text), len(art.text))
        labels, prob = T.tag_article(art, inside)
        support = T.row_support(art, inside, [(doc.text.index("the roads"), doc.text.index("safe") + 4,
                                                    "indirect", 0, 12), (doc.text.index("to the car"),
                                                                         len(doc.text) - 1, "indirect", None, None)],
                                     [0, 1])
    finally:
        T.tagger_override = None
    content = [t for t in doc if labels[t.i] in T.CONTENT]
    assert [t.text for t in content][:4] == ["the", "roads", "are", "safe"] and len(content) <= 5  # (its stop?)
    assert labels[content[0].i] == "B-C" and content[0].idx == doc.text.index("the roads")
    assert [t.text for t in doc if labels[t.i] == "CUE"] == ["said"]
    assert "governor" in [t.text for t in doc if labels[t.i] == "SRC"]
    assert support[0] > 0.5 > support[1]  # the reported clause is content, the walk is not
