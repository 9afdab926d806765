"""A run's health against the history of its output: a few rates per run, and a warning when one
falls far outside its usual range (a feed whose layout changed shows up as quotes falling to zero,
not as silence)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from statistics import median

import polars as pl

# Rates per 1,000 words parsed, flagged outside [median / FACTOR, median * FACTOR] of history.
PER_1K_WORDS = {"quotes": "quotes_added", "person mentions": "person_mentions_added", "numbers": "numbers_added"}
FACTOR = 3.0
# Shares of the run's inputs, flagged when this far (absolute) above the history's median.
SHARE_MARGIN = 0.3
# History counts once it has this many earlier runs that each parsed at least this many words.
MIN_HISTORY_RUNS = 3
MIN_WORDS = 500
HISTORY_RUNS = 20  # the latest runs the usual range is taken from


@dataclass(frozen=True)
class Rate:
    name: str
    value: float | None  # None when the run gives no base for it
    usual: float | None  # the history's median
    warning: str | None


def run_rates(run: Mapping) -> dict[str, float | None]:
    """The rates of one run row (a `runs` table row)."""
    words = run.get("words_parsed") or 0
    rates: dict[str, float | None] = {
        f"{name} per 1,000 words": (1000 * (run.get(column) or 0) / words) if words >= MIN_WORDS else None
        for name, column in PER_1K_WORDS.items()
    }
    inputs = (run.get("articles_added") or 0) + (run.get("rejects_added") or 0)
    rates["reject share"] = (run.get("rejects_added") or 0) / inputs if inputs else None
    articles = run.get("articles_added") or 0
    rates["duplicate share"] = (run.get("duplicates_added") or 0) / articles if articles else None
    return rates


def check_health(run: Mapping, history: pl.DataFrame | None) -> list[Rate]:
    """Each rate of `run` against the earlier runs in `history` (the `runs` table, this run excluded)."""
    earlier = [] if history is None or history.is_empty() else (
        history.sort("started_at").tail(HISTORY_RUNS).to_dicts())
    past = [run_rates(r) for r in earlier]
    result = []
    for name, value in run_rates(run).items():
        values = [p[name] for p in past if p[name] is not None]
        if value is None or len(values) < MIN_HISTORY_RUNS:
            result.append(Rate(name, value, median(values) if values else None, None))
            continue
        usual = median(values)
        warning = None
        if name.endswith("per 1,000 words"):
            if value < usual / FACTOR or value > usual * FACTOR:
                direction = "below" if value < usual else "above"
                warning = (f"{name} is {value:.2f}, far {direction} the usual {usual:.2f} of the last "
                           f"{len(values)} runs: has the input's layout changed?")
        elif value > usual + SHARE_MARGIN:
            warning = f"{name} is {value:.0%}, far above the usual {usual:.0%} of the last {len(values)} runs"
        result.append(Rate(name, value, usual, warning))
    return result
