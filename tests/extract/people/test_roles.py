"""Roles from the words around a name, and one spelling per role."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsfold.extract.people.roles import normalise_role


def test_appositive_and_premodifier_roles(people_of):
    text = ("Pete Hegseth, the US Defence Secretary, spoke in Brussels. "
            "Kremlin spokesman Dmitry Peskov replied the next day.")
    _, people, _ = people_of(text)
    roles = {p.name: p.roles for p in people}
    assert "US Defense Secretary" in roles["Pete Hegseth"]
    assert "Kremlin spokesman" in roles["Dmitry Peskov"]


@given(st.text(max_size=40))
def test_normalise_role_is_idempotent(role):
    assert normalise_role(normalise_role(role)) == normalise_role(role)


def test_role_spellings_are_normalised():
    assert normalise_role("the U.S. Defence Secretary") == "US Defense Secretary"
