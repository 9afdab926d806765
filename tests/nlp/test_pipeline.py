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
