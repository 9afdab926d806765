"""Date parsing: the forms seen in inputs, refusal to guess, and properties (never raises, round trips)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfold.ingest.dates import parse_date, parse_date_line

UTC = timezone.utc
FEB_13 = datetime(2025, 2, 13, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13 February 2025", FEB_13),
        ("Feb 13, 2025", FEB_13),
        ("February 13, 2025", FEB_13),
        ("Thursday 13 February 2025", FEB_13),
        ("2025-02-13", FEB_13),
        ("20250213", FEB_13),
        ("13/02/2025", FEB_13),
        ("2025-02-13T10:30:00+01:00", datetime(2025, 2, 13, 9, 30, tzinfo=UTC)),
        ("2025-02-13T10:30:00Z", datetime(2025, 2, 13, 10, 30, tzinfo=UTC)),
        ("Thu, 13 Feb 2025 10:00:00 GMT", datetime(2025, 2, 13, 10, tzinfo=UTC)),
        ("Feb 13, 2025 10:00 EST", datetime(2025, 2, 13, 15, tzinfo=UTC)),
        ("26-FEB-1987 15:01:01.79", datetime(1987, 2, 26, 15, 1, 1, 790000, tzinfo=UTC)),
        ("27-MAR-1987 02:17:09.88T C", datetime(1987, 3, 27, 2, 17, 9, 880000, tzinfo=UTC)),
        ("1739404800", FEB_13),
    ],
)
def test_known_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["05/02/2025", "February 2025", "2025", "Today", "13 Feb", "", "   ", "Trump 2025",
     "9-APR-1987 00:00:00.00    # date added by S Finch as guesswork", "31-MAR-1987 605:12:19.12",
     "In a significant diplomatic development on 13 February 2025, Trump announced talks."],
)
def test_ambiguous_or_partial_is_none(text):
    assert parse_date(text) is None


def test_json_values():
    assert parse_date(1739404800) == FEB_13
    assert parse_date(1739404800000) == FEB_13
    assert parse_date(date(2025, 2, 13)) == FEB_13
    assert parse_date(datetime(2025, 2, 13)) == FEB_13
    assert parse_date(datetime(2025, 2, 13, 1, tzinfo=timezone(timedelta(hours=1)))) == FEB_13
    for junk in (None, True, [], {}, float("nan"), 10**30):
        assert parse_date(junk) is None


def test_seed_header_lines():
    assert parse_date_line("Today : Feb 13, 2025") == FEB_13
    assert parse_date_line("13 February 2025") == FEB_13
    assert parse_date_line("Published: 13.02.2025") == FEB_13
    assert parse_date_line("World News") is None
    # A body sentence that mentions a date is not a date line.
    assert parse_date_line("The war began in February 2022 when Russian troops invaded.") is None


@given(st.text(max_size=80))
def test_never_raises(text):
    result = parse_date(text)
    assert result is None or (result.tzinfo is not None and result.utcoffset() == timedelta(0))
    parse_date_line(text)


aware_datetimes = st.datetimes(
    min_value=datetime(1901, 1, 2), max_value=datetime(2099, 12, 30),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))]),
)


@given(aware_datetimes)
def test_iso_round_trip(moment):
    assert parse_date(moment.isoformat()) == moment.astimezone(UTC)


@given(st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31)),
       st.sampled_from(["%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%Y-%m-%d", "%A %d %B %Y", "%d-%b-%Y"]))
def test_written_forms_round_trip(day, pattern):
    expected = datetime(day.year, day.month, day.day, tzinfo=UTC)
    assert parse_date(day.strftime(pattern)) == expected
    assert parse_date_line(day.strftime(pattern)) == expected


@given(st.text(max_size=60))
def test_idempotent_through_iso(text):
    first = parse_date(text)
    if first is not None:
        assert parse_date(first.isoformat()) == first
