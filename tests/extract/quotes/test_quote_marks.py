"""Pairing quote marks into spans (pure text, no parse)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfold.extract.quotes.quote_marks import CLOSE_MARKS, OPEN_MARKS, covered_chars, find_quote_spans, kind_of


def spans_text(text):
    return [text[s.start:s.end] for s in find_quote_spans(text)]


def test_curly_straight_and_double_apostrophe_marks():
    assert spans_text("He said “we will” and ‘fine’.") == ["we will", "fine"]
    assert spans_text('He said "we will" today.') == ["we will"]
    assert spans_text("''This isn't reform,'' said Doug.") == ["This isn't reform,"]


def test_apostrophes_are_not_quote_marks():
    assert spans_text("Trump’s plan and the Russians’ demands in the ’90s") == []
    assert spans_text("It's Trump's 'fine one' now") == ["fine one"]


def test_multi_paragraph_quote_is_one_span_per_paragraph():
    text = "He said: “First paragraph goes on.\n“Second paragraph ends,” he said."
    spans = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["First paragraph goes on.", "Second paragraph ends,"]
    assert spans[0].continues and not spans[0].closed
    assert spans[1].continued and spans[1].closed


def test_unbalanced_mark_never_swallows_the_next_paragraph():
    text = 'He said "this never closes.\nThe next paragraph is plain prose with no quotes at all.'
    spans = find_quote_spans(text)
    assert all("\n" not in text[s.start:s.end] for s in spans)
    assert all(s.end <= text.index("\n") for s in spans)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n'\"“”‘’«»„:")), max_size=120))
def test_quote_spans_are_bounded_and_clean_on_any_text(text):
    for s in find_quote_spans(text):
        assert 0 <= s.start < s.end <= len(text)
        inner = text[s.start:s.end]
        assert "\n" not in inner
        assert inner == inner.strip()
        assert any(c.isalnum() for c in inner)


def test_closing_mark_typed_at_paragraph_start_opens_a_quote():
    text = "Comments from readers:\n”Fear. I am truly afraid of what comes next.” ― Edwin Monroy"
    assert spans_text(text) == ["Fear. I am truly afraid of what comes next."]


def test_british_chained_quotes_open_each_sentence_and_close_the_last():
    # BBC style: every quoted sentence opens with a mark, only the last one closes.
    text = 'He said: "The way is back. "We could not score. "Had they been ruthless, we lost."'
    assert spans_text(text) == ["The way is back.", "We could not score.", "Had they been ruthless, we lost."]


def test_a_closing_mark_after_a_space_is_no_new_quote_without_a_capital():
    assert spans_text('"It was beyond my control. " added Prutton. "Yes."') == ["It was beyond my control.", "Yes."]
    assert spans_text('He called it "a mess" and "Wrong" too.') == ["a mess", "Wrong"]


def test_double_apostrophe_marks_are_two_characters_wide():
    text = "Mr. Cole said, ''It is tinkering,'' and left."
    (s,) = find_quote_spans(text)
    assert text[s.start:s.end] == "It is tinkering,"
    assert text[s.outer_start:s.start] == "''" and text[s.end:s.outer_end] == "''"
    inside = covered_chars([s], len(text))
    assert [text[i] for i in range(len(text)) if inside[i]] == list("''It is tinkering,''")


def test_outer_bounds_hold_the_spaces_inside_the_marks():
    text = "He said « we will » today."
    (s,) = find_quote_spans(text)
    assert text[s.start:s.end] == "we will"
    assert text[s.outer_start:s.outer_end] == "« we will »"


def test_unclosed_and_chained_spans_end_at_their_words():
    text = 'He said "this never closes\nShe said: "The way is back. "We lost."'
    spans = find_quote_spans(text)
    assert [text[s.outer_start:s.outer_end] for s in spans] == ['"this never closes', '"The way is back.', '"We lost."']


def test_kind_of_reads_the_sentence_before_a_double_apostrophe_mark():
    # The text before the quote ends with the comma, not with the mark's first apostrophe.
    text = "Mr. Cole said, ''It is tinkering,'' and left."
    (s,) = find_quote_spans(text)
    assert kind_of(text, s) == "direct"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab A.,\n'\"“”‘’«»„:")), max_size=120))
def test_outer_bounds_are_the_marks_around_the_words(text):
    spans = find_quote_spans(text)
    inside = covered_chars(spans, len(text))
    for s in spans:
        assert 0 <= s.outer_start < s.start < s.end <= s.outer_end <= len(text)
        opening = text[s.outer_start:s.start].rstrip()
        assert opening in ("''", "'", '"', "‘") or (len(opening) == 1 and opening in OPEN_MARKS + CLOSE_MARKS)
        closing = text[s.end:s.outer_end].lstrip()
        if s.closed and closing:
            assert closing in ("''", "'", '"', "’") or closing in CLOSE_MARKS
        else:
            assert closing == ""  # no closing mark: the span ends at its words
        assert "\n" not in text[s.outer_start:s.outer_end]
        assert all(inside[s.outer_start:s.outer_end])
    covered = {i for s in spans for i in range(s.outer_start, s.outer_end)}
    assert {i for i in range(len(text)) if inside[i]} == covered
