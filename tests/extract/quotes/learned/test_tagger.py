"""The attribution tagger's prediction side: paragraphs, features, the shipped model and its place in extraction."""

from __future__ import annotations

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.learned import tagger as T
from newsfold.extract.quotes.quote_marks import covered_chars, find_quote_spans


def _art(nlp, text):
    art = ParsedArticle(nlp(text))
    marked = find_quote_spans(art.text)
    return art, marked, covered_chars(marked, len(art.text))


def _labels(doc, spec: dict[str, str]) -> list[str]:
    """Labels from {word: label} (every other token O)."""
    return [spec.get(t.text, "O") for t in doc]


def test_paragraphs_leave_line_breaks_out(nlp):
    art, _, _ = _art(nlp, "One line here.\n\nAnother one.")
    paras = T.paragraphs(art)
    assert len(paras) == 2
    assert [art.doc[i].text for i in range(*paras[1])] == ["Another", "one", "."]


def test_features_read_the_parse_and_the_quote_marks(nlp):
    art, _, inside = _art(nlp, 'He said that "taxes will rise" soon.')
    tt = T.TokenTable(art, inside)
    feats = T.sequence_features(tt, 0, len(art.doc))
    said = feats[1]
    assert "l=say" in said and "cue=speech" in said
    taxes = feats[4]
    assert "q=1" in taxes and any(f.startswith("link=") and f != "link=none" for f in taxes)
    assert "q=0" in feats[0] and "-2edge" in feats[0]


def test_rule_rows_become_features(nlp):
    text = "The mayor said that the bridge will reopen."
    art, _, inside = _art(nlp, text)
    start = text.index("the bridge")
    tt = T.TokenTable(art, inside, [(start, len(text) - 1, "indirect", 0, 9)])
    if T.RULE_FEATURES:
        assert tt.rule[0] == "rule=SRC" and tt.rule[4] == "rule=B-indirect" and tt.rule[5] == "rule=I-indirect"
        assert tt.rule[2] is None


def test_shipped_model_is_small_and_loads():
    assert T.TAGGER_PATH.stat().st_size < 25_000_000
    assert T.load_tagger() is not None


def test_tagger_filter_keeps_marked_quotes_and_is_switchable(nlp):
    from newsfold.extract.people.extractor import extract_people
    from newsfold.extract.quotes.extractor import extract_quotes

    doc = nlp('"We will rebuild the bridge," the mayor said. She said that taxes would not rise this year.')
    people, mentions = extract_people(doc)
    on = extract_quotes(doc, people, mentions)
    off = extract_quotes(doc, people, mentions, disabled=frozenset({"tagger"}))
    assert any(q.kind == "direct" for q in on)
    assert {(q.start_char, q.end_char) for q in on} <= {(q.start_char, q.end_char) for q in off}
    assert any("taxes would not rise" in q.text for q in on)  # a plain report the tagger supports


def test_tagger_filter_drops_doubtful_rows_only(nlp, monkeypatch):
    from newsfold.extract.people.extractor import extract_people
    from newsfold.extract.quotes import extractor

    doc = nlp('"We will rebuild the bridge," the mayor said. She said that taxes would not rise this year.')
    people, mentions = extract_people(doc)
    monkeypatch.setattr(extractor, "TAGGER_SUPPORT", 1.01)  # no row is supported enough
    kept = extractor.extract_quotes(doc, people, mentions)
    assert [q.kind for q in kept] == ["direct"]  # a whole quote in marks is never the tagger's to drop


def test_quoted_feature_chars_are_the_words_and_one_character_each_side():
    # The input the shipped model was fit on: one character around the words, not the whole mark.
    text = "He said ''We won'' today."
    spans = find_quote_spans(text)
    feature = T.quoted_feature_chars(spans, len(text))
    assert "".join(c for c, f in zip(text, feature) if f) == "'We won'"
    assert "".join(c for c, f in zip(text, covered_chars(spans, len(text))) if f) == "''We won''"
