"""Shares moving in a market report are no people."""

from __future__ import annotations


def test_a_share_moving_by_a_price_is_a_stock(people_of):
    text = ("BHP closed five cents up at 11.60. Bell Resources added 20 to 5.70 and Peko Wallsend "
            "closed 40 up at 7.40. Jean Coutu rose 45 cents to $12.30, analyst Mark Smith said.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Peko Wallsend" not in names and "Jean Coutu" not in names and "Mark Smith" in names


def test_points_goals_and_polls_are_no_price(people_of):
    text = "Connor McDavid added two assists. Hillary Clinton rose 2 points in the poll."
    _, people, _ = people_of(text)
    assert {"Connor McDavid", "Hillary Clinton"} <= {p.name for p in people}


def test_a_share_moving_to_a_dollar_fraction_is_a_stock(people_of):
    text = ("The Toronto Stock Exchange gold index was up 268 points. Hemlo Gold gained 1-1/4 at 26-3/4, "
            "analyst Richard Cohen said.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Hemlo Gold" not in names and "Richard Cohen" in names
