"""Date parsing for article metadata: strings, JSON values and header lines -> aware UTC datetime or None.

Rule: null rather than a guess. A date is returned only when the input names a year, a month and a
day unambiguously: "13/02/2025" is 13 February, "05/02/2025" (day-first or month-first?) is None,
"February 2025" and "Today" are None. A time without a zone is read as UTC; a date without a time is
midnight UTC, and an unknown zone name is ignored (UTC). Years outside 1900-2100 are rejected as noise.
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime, timedelta, timezone

from dateutil import parser as dateutil_parser
from dateutil.tz import tzoffset

UTC = timezone.utc
MIN_YEAR, MAX_YEAR = 1900, 2100
MAX_DATE_CHARS = 80  # longer strings are prose, not dates (and would be slow to try)

# Zone abbreviations common in news datelines; ambiguous ones (IST, CST in Asia) take the US/UK sense.
_TZ_HOURS = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
}
TZINFOS = {name: tzoffset(name, hours * 3600) for name, hours in _TZ_HOURS.items()}


def zone_for(name: str | None, offset: int | None) -> tzoffset | None:
    """dateutil's zone hook: known abbreviations, numeric offsets; None (read as UTC) for unknown
    names such as the wire codes in "27-MAR-1987 03:48:23.00F RM", rather than a warning."""
    if name and name.upper() in TZINFOS:
        return TZINFOS[name.upper()]
    if offset is not None:
        return tzoffset(name, offset)
    return None

# Two defaults differing in every date field: a field that dateutil filled from the default differs.
_DEFAULT_A = datetime(2001, 1, 1)
_DEFAULT_B = datetime(2002, 2, 2)

_NUMERIC_DMY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\b")
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d|21\d\d)(?!\d)")
# Wire-service codes glued after the time: "27-MAR-1987 02:17:09.88T C" -> "... 02:17:09.88".
_TRAILING_CODES = re.compile(r"(\d)[A-Z]{1,2}(?:\s+[A-Z]{1,2})*\s*$")
_DIGITS = re.compile(r"^\d+$")
_COMPACT_YMD = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
# Labels that precede a date on a header line: "Today : Feb 13, 2025", "Published: 13 Feb 2025".
_DATE_LABEL = re.compile(
    r"^\s*(?:today|date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated"
    r"|first published(?: on)?|created|modified|pubdate|datum|fecha)\s*[:\-–—|]?\s*",
    re.IGNORECASE,
)


def to_utc(moment: datetime) -> datetime | None:
    """Aware UTC; naive is taken as UTC. None when the year is out of range."""
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        moment = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None
    return moment


def from_epoch(seconds: float) -> datetime | None:
    """Unix time in seconds, or milliseconds when too large to be seconds."""
    if seconds != seconds or seconds in (float("inf"), float("-inf")):
        return None
    if abs(seconds) > 1e11:
        seconds /= 1000.0
    try:
        moment = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=seconds)
    except (OverflowError, ValueError):
        return None
    return to_utc(moment)


def numeric_date_is_ambiguous(text: str) -> bool:
    """True for "05/02/2025": both leading numbers could be the month."""
    match = _NUMERIC_DMY.match(text)
    if not match:
        return False
    first, second = int(match.group(1)), int(match.group(2))
    return first <= 12 and second <= 12 and first != second


def parse_iso(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return to_utc(moment)


def parse_rfc2822(text: str) -> datetime | None:
    """'Thu, 13 Feb 2025 10:00:00 +0000' (RSS, e-mail)."""
    if not re.match(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}", text):
        return None
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return to_utc(moment) if moment is not None else None


def parse_free_form(text: str) -> datetime | None:
    """dateutil for the written forms ("13 February 2025", "Feb 13, 2025", "26-FEB-1987 15:01:01.79"),
    accepted only when year, month and day all come from the text."""
    if not _FOUR_DIGIT_YEAR.search(text) and not _NUMERIC_DMY.match(text):
        return None
    if numeric_date_is_ambiguous(text):
        return None
    try:
        first = dateutil_parser.parse(text, default=_DEFAULT_A, tzinfos=zone_for)
        second = dateutil_parser.parse(text, default=_DEFAULT_B, tzinfos=zone_for)
    except (ValueError, OverflowError, TypeError, LookupError):
        trimmed = _TRAILING_CODES.sub(r"\1", text)
        return parse_free_form(trimmed) if trimmed != text else None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None  # some part of the date was filled in from the default, i.e. guessed
    return to_utc(first)


def parse_date_string(text: str) -> datetime | None:
    text = text.strip()
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    if _DIGITS.match(text):
        compact = _COMPACT_YMD.match(text)
        if compact:
            try:
                return to_utc(datetime(*(int(part) for part in compact.groups())))
            except ValueError:
                return None
        return from_epoch(float(text)) if len(text) in (10, 13) else None
    return parse_iso(text) or parse_rfc2822(text) or parse_free_form(text)


def parse_date(value: object) -> datetime | None:
    """Any metadata value (str, epoch number, datetime, date) -> aware UTC datetime, or None.

    Never raises: unknown types and unparseable or ambiguous values give None.
    """
    if value is None or isinstance(value, bool):
        return None
    try:
        if isinstance(value, datetime):
            return to_utc(value)
        if isinstance(value, date):
            return to_utc(datetime(value.year, value.month, value.day))
        if isinstance(value, (int, float)):
            return from_epoch(float(value))
        if isinstance(value, str):
            return parse_date_string(value)
    except Exception:  # a library edge case must not abort an ingest run; the date is just unknown
        return None
    return None


def parse_date_line(line: str) -> datetime | None:
    """A whole header line that is a date, optionally after a label ("Today : Feb 13, 2025").

    Stricter than `parse_date`: the line must be short and hold nothing but the label and the date,
    so that a sentence mentioning a date is never taken for a header.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 60 or stripped.endswith("."):
        return None
    unlabelled = _DATE_LABEL.sub("", stripped, count=1)
    if not unlabelled or sum(ch.isalpha() for ch in unlabelled) > 25:
        return None
    return parse_date(unlabelled)


__all__ = ["UTC", "TZINFOS", "parse_date", "parse_date_line", "parse_date_string", "to_utc", "from_epoch"]
