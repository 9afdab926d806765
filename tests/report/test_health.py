"""Health rates against the output's history."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import polars as pl

from newsfold.report.health import check_health, run_rates


def run_row(i: int, quotes: int, words: int = 10_000, rejects: int = 0, articles: int = 20) -> dict:
    return {"run_id": f"r{i}", "started_at": datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(hours=i),
            "words_parsed": words, "quotes_added": quotes, "person_mentions_added": 60, "numbers_added": 40,
            "articles_added": articles, "rejects_added": rejects, "duplicates_added": 1}


def test_rates_per_thousand_words_and_shares():
    rates = run_rates(run_row(0, quotes=80, rejects=5))
    assert rates["quotes per 1,000 words"] == 8.0 and rates["reject share"] == 5 / 25
    assert run_rates(run_row(0, quotes=3, words=100))["quotes per 1,000 words"] is None  # too few words


def test_quotes_falling_to_zero_are_flagged_and_a_usual_run_is_not():
    history = pl.DataFrame([run_row(i, quotes=75 + i) for i in range(5)])
    flagged = {r.name: r for r in check_health(run_row(9, quotes=0), history)}
    assert "far below" in flagged["quotes per 1,000 words"].warning
    assert all(r.warning is None for r in check_health(run_row(9, quotes=70), history))


def test_a_jump_in_rejects_is_flagged_and_no_history_flags_nothing():
    history = pl.DataFrame([run_row(i, quotes=80, rejects=0) for i in range(4)])
    flagged = {r.name: r for r in check_health(run_row(9, quotes=80, rejects=30), history)}
    assert "far above" in flagged["reject share"].warning
    assert all(r.warning is None for r in check_health(run_row(9, quotes=0), None))
    assert all(r.warning is None for r in check_health(run_row(9, quotes=0), history.head(2)))
