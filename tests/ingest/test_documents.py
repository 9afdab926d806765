"""One file's bytes -> documents or rejects (newsfold.ingest.documents): never an exception."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsfold.ingest.documents import documents_from_bytes
from newsfold.records import REJECT_REASONS


@given(st.binary(max_size=400), st.sampled_from(["", ".txt", ".html", ".json", ".md", ".dat", ".png"]))
def test_any_bytes_make_outcomes_never_an_exception(data, suffix):
    docs, rejects = documents_from_bytes(data, suffix, "/inbox/file" + suffix, "0" * 64, 10_000)
    assert docs or rejects
    assert all(doc.body.strip() and doc.language for doc in docs)
    assert all(reject.reason in REJECT_REASONS for reject in rejects)


@given(st.text(max_size=300))
def test_any_text_file_is_one_outcome(text):
    docs, rejects = documents_from_bytes(text.encode("utf-8"), ".txt", "/inbox/a.txt", "0" * 64, 10_000)
    if not text.lstrip().startswith(("{", "[", "<")):
        assert len(docs) + len(rejects) == 1
    if text.strip() and "\x00" not in text and not rejects:
        assert docs[0].body.strip()
