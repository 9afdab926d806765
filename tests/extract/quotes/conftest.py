"""The rule tests read what the rules find: the learned row filter (newsfold.extract.quotes.row_filter)
is switched off for them; tests/extract/quotes/test_row_filter.py switches it back on."""

from __future__ import annotations

import pytest

from newsfold.extract.quotes import row_filter


@pytest.fixture(autouse=True)
def rules_only_rows(monkeypatch):
    monkeypatch.setattr(row_filter, "active", False)
