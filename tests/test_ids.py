from hypothesis import given, strategies as st

from newsfold.ids import article_id, new_run_id, span_id, stable_id


@given(st.text(), st.one_of(st.none(), st.text()), st.text())
def test_article_id_is_stable_and_prefixed(path, record, sha):
    assert article_id(path, record, sha) == article_id(path, record, sha)
    assert article_id(path, record, sha).startswith("a") and len(article_id(path, record, sha)) == 17


def test_parts_never_run_together():
    assert stable_id("x", "ab", "c") != stable_id("x", "a", "bc")
    assert article_id("/in/a.txt", None, "h") != article_id("/in/a.txt", "line 1", "h")


def test_span_ids_differ_by_place():
    assert span_id("q", "a1", 0, 5) != span_id("q", "a1", 0, 6)


def test_run_ids_sort_by_time_and_are_unique():
    assert new_run_id() != new_run_id()
    assert new_run_id().startswith("run-")
