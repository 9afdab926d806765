"""Stable identifiers.

Every id is a short hash of what identifies the thing, so the same input gives the same id on every
run and machine:
- article_id = hash(absolute source path, record id inside the file, sha256 of the record's raw bytes).
  The same file (or JSONL line) at the same place is the same article; an edited file is a new article;
  two identical files at two paths are two articles (one flagged as the duplicate of the other).
- quote_id / number_id = hash(article_id, start_char, end_char): an occurrence is its place in a body.
- run_id = UTC start time plus random suffix: sortable, unique.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timezone

_SEPARATOR = "\x1f"  # unit separator: cannot occur in paths or hashes, so parts never run together


def stable_id(prefix: str, *parts: object, length: int = 16) -> str:
    """`prefix` + the first `length` hex digits of sha256 over the parts."""
    joined = _SEPARATOR.join("" if p is None else str(p) for p in parts)
    return f"{prefix}{hashlib.sha256(joined.encode('utf-8')).hexdigest()[:length]}"


def article_id(source_path: str, source_record: str | None, raw_sha256: str) -> str:
    return stable_id("a", source_path, source_record, raw_sha256)


def span_id(prefix: str, article: str, start_char: int, end_char: int) -> str:
    return stable_id(prefix, article, start_char, end_char)


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return f"run-{now.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(3)}"
