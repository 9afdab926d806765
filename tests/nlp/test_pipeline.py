"""Batched parsing in memory zones."""

from newsfold.nlp.pipeline import map_parsed


def test_every_text_is_handled_in_order_across_zones(nlp):
    texts = [f"Sentence number {i} was said by Peskov." for i in range(7)]
    lengths = list(map_parsed(nlp, texts, lambda doc: len(doc), batch_size=2, zone_size=3))
    assert lengths == [len(nlp.make_doc(t)) for t in texts]


def test_a_line_break_ends_a_sentence(nlp):
    doc = nlp("Police urge pub closure power\n\nNew powers are needed, police chiefs have told MPs.\n\nMore.")
    starts = [s.text.strip() for s in doc.sents]
    assert starts[0] == "Police urge pub closure power"
    told = next(t for t in doc if t.text == "told")
    assert told.dep_ == "ROOT"  # the lead's own verb, not the headline's


def test_one_bad_text_gives_a_failure_in_its_place_and_the_others_their_results(nlp):
    from newsfold.nlp.pipeline import TextFailure

    texts = ["Peskov said it.", "x" * (nlp.max_length + 1), "Boom goes here.", "Zelensky spoke."]

    def handle(doc):
        if "Boom" in doc.text:
            raise ValueError("an extractor bug\nwith a second line")
        return doc.text

    results = list(map_parsed(nlp, texts, handle, batch_size=2, zone_size=3))
    assert results[0] == "Peskov said it." and results[3] == "Zelensky spoke."
    assert results[1].reason == "too_long" and isinstance(results[1], TextFailure)
    assert results[2] == TextFailure("extract_failed", "ValueError: an extractor bug")


def test_a_batch_that_fails_to_parse_is_parsed_again_text_by_text(nlp, monkeypatch):
    from newsfold.nlp import pipeline

    real = pipeline.parse_texts

    def flaky(nlp_, texts, **kwargs):
        texts = list(texts)
        if any("poison" in t for t in texts):
            if len(texts) > 1:
                yield from real(nlp_, texts[:1], **kwargs)
            raise RuntimeError("E088-like failure")
        yield from real(nlp_, texts, **kwargs)

    monkeypatch.setattr(pipeline, "parse_texts", flaky)
    texts = ["One.", "Two.", "A poison text.", "Four."]
    results = list(map_parsed(nlp, texts, lambda doc: doc.text, batch_size=4))
    assert results[:2] == ["One.", "Two."] and results[3] == "Four."
    assert results[2].reason == "parse_failed" and "E088-like" in results[2].detail


def test_a_rank_abbreviation_stays_with_its_name(nlp):
    doc = nlp('"This was a tragic collision," said OPP Sgt. Kerry Schmidt. Schmidt said the driver was fast.')
    assert "Sgt." in [t.text for t in doc]
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0].endswith("said OPP Sgt. Kerry Schmidt.") and len(sentences) == 2


def test_a_rank_abbreviation_after_a_full_stop_starts_the_next_sentence(nlp):
    doc = nlp("The investigation is ongoing. Const. Caroline de Kloet said investigators were at the scene.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["The investigation is ongoing.",
                         "Const. Caroline de Kloet said investigators were at the scene."]


def test_the_parse_cache_fingerprint_sees_the_pipelines_additions(nlp):
    import spacy

    from newsfold.nlp.pipeline import pipeline_fingerprint

    bare = spacy.blank("en")
    assert pipeline_fingerprint(nlp) == pipeline_fingerprint(nlp)
    assert pipeline_fingerprint(nlp) != pipeline_fingerprint(bare)
