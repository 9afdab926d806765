"""Batched parsing in memory zones."""

from newsfold.nlp import map_parsed


def test_every_text_is_handled_in_order_across_zones(nlp):
    texts = [f"Sentence number {i} was said by Peskov." for i in range(7)]
    lengths = list(map_parsed(nlp, texts, lambda doc: len(doc), batch_size=2, zone_size=3))
    assert lengths == [len(nlp.make_doc(t)) for t in texts]
