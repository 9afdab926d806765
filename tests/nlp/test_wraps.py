"""Hard-wrapped wire copy: the same-length parsing view."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsfold.nlp.wraps import is_hard_wrapped, unwrap_lines

WIRE = ("Brazil is not happy with the existing\nstructure of the 14-bank advisory committee which coordinates\n"
        "its commercial bank debt, Finance Minister Dilson Funaro said.\n"
        "    U.S. Banks have 50 pct representation on the committee\nwhile holding only 35 pct of the debt, he said.\n")


def test_wire_copy_wraps_become_spaces_and_paragraphs_stay():
    assert is_hard_wrapped(WIRE)
    view = unwrap_lines(WIRE)
    assert "existing structure" in view and "coordinates its" in view
    assert "said.\n    U.S. Banks" in view  # an indented line opens a paragraph
    assert len(view) == len(WIRE)


def test_web_paragraphs_are_left_alone():
    text = "Title line\n\nFirst paragraph. It goes on.\n\nSecond paragraph.\nSigned Off\n"
    assert not is_hard_wrapped(text) and unwrap_lines(text) == text


@given(st.text(alphabet=st.sampled_from(list("ab. \n\tXy")), max_size=300))
def test_view_only_turns_line_breaks_into_spaces(text):
    view = unwrap_lines(text)
    assert len(view) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, view))
    assert unwrap_lines(view) == view or is_hard_wrapped(view)
