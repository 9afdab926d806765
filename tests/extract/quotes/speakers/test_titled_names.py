"""A name run after an inverted "said" goes on past the title's common nouns to the person."""

from __future__ import annotations

from newsfold.extract.quotes.speakers.titled_names import person_past_title
from tests.extract.quotes.helpers import find, quotes_of


def test_said_org_spokesman_rank_name_is_the_person(nlp):
    text = ("\"I don't see how Orlando would cause us to change our operations. We're already at war with ISIL, "
            "and are already working to accelerate that campaign wherever we can,\" said Pentagon spokesman Navy "
            "Capt. Jeff Davis, who was asked about the need for a different war strategy.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "change our operations")
    assert names.get(q.speaker_local_key) == "Jeff Davis"


def test_no_person_after_the_nouns_is_none(nlp):
    # Control: "the Pentagon statement" names nobody after its nouns.
    doc = nlp("They read it in a Pentagon statement release on Monday.")
    first = next(t for t in doc if t.text == "Pentagon")
    assert person_past_title(first, len(doc), bytearray(len(doc.text))) is None
