"""One spaCy pass per article: people, quotes and numbers, with texts that match their offsets."""

from __future__ import annotations

from newsfold.extract.articles import extract_articles

WIRE = ("Brazil is not happy with the existing\nstructure of the 14-bank advisory committee which coordinates\n"
        "its commercial bank debt, Finance Minister Dilson Funaro said.\n"
        "    U.S. Banks have 50 pct representation on the committee\nwhile holding only 35 pct of Brazil's debt "
        "to banks, he said,\nadding \"This is not fair with the European\nand Japanese banks.\"\n")


def test_hard_wrapped_wire_copy_reads_across_line_wraps(nlp):
    found = extract_articles(nlp, [("a1", WIRE)])["a1"]
    for record in [*found.quotes, *found.mentions, *found.numbers]:
        assert WIRE[record.start_char:record.end_char] == record.text  # sliced from the body itself
    lead = next(q for q in found.quotes if q.text.startswith("Brazil is not happy"))
    assert lead.text.endswith("commercial bank debt") and lead.speaker_text == "Finance Minister Dilson Funaro"
    direct = next(q for q in found.quotes if q.kind == "direct")
    assert direct.text == "This is not fair with the European\nand Japanese banks." and direct.speaker_text == "he"
    assert any(p.name == "Dilson Funaro" for p in found.people)


def test_texts_are_the_body_slices_on_plain_text(nlp, seed_texts):
    name, body = next(iter(seed_texts.items()))
    found = extract_articles(nlp, [(name, body)])[name]
    assert found.quotes and all(body[q.start_char:q.end_char] == q.text for q in found.quotes)
