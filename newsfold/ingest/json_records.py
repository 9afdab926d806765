"""JSON and JSONL article records -> RawDocument or Reject: which keys hold what, streaming JSONL
line by line (a bad or oversized line is one reject and never hides its neighbours)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import BinaryIO

from newsfold.ingest.dates import parse_date
from newsfold.ingest.decode import decode_bytes, repair_mojibake
from newsfold.ingest.digests import sha256_bytes
from newsfold.ingest.html import extract_html, looks_like_html
from newsfold.ingest.language import detect_language, language_code
from newsfold.ingest.lexicon import (
    BODY_KEYS, DATE_KEYS, ID_KEYS, LANGUAGE_KEYS, OUTLET_KEYS, SECTION_KEYS, TITLE_KEYS, URL_KEYS,
)
from newsfold.ingest.text_layout import parse_text_layout
from newsfold.records import RawDocument, Reject


# ---------------------------------------------------------------------------------------------------
# One record


def first_text(record: Mapping[str, object], keys: Sequence[str]) -> str | None:
    """The first non-blank string among `keys`; lists of strings are joined as paragraphs."""
    for key in keys:
        value = record.get(key)
        if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
            value = "\n\n".join(value)
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        if isinstance(value, str) and value.strip():
            return value
    return None


def record_id(record: Mapping[str, object]) -> str | None:
    for key in ID_KEYS:
        value = record.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


def one_line(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(repair_mojibake(value).split())
    return value or None


def document_from_record(record: object, source_path: str, source_record: str | None,
                         raw_sha256: str) -> RawDocument | Reject:
    """One JSON article object -> RawDocument; a Reject when it is not an object or has no text."""
    if not isinstance(record, dict):
        kind = type(record).__name__
        return Reject(source_path, source_record, "malformed_json", f"JSON value is {kind}, not an object")
    raw_body = first_text(record, BODY_KEYS)
    if raw_body is None:
        return Reject(source_path, source_record, "no_text",
                      "record has no non-empty body, text or content field")
    title = one_line(first_text(record, TITLE_KEYS))
    html = None
    if looks_like_html(raw_body):
        html = extract_html(raw_body)
        if html is None:
            return Reject(source_path, source_record, "no_text", "record's HTML body has no article text")
        raw_body = html.body
    # The record already says what is body: no title is looked for in it (a telegraphic first line,
    # "Shr 22 cts vs 13 cts", is not a headline), only header and footer furniture is read off.
    layout = parse_text_layout(repair_mojibake(raw_body), find_title=False)
    body_lines = layout.body.split("\n")
    body = layout.body
    if title and body_lines[0].strip().lower() == title.lower() and len(body_lines) > 1:
        body = "\n".join(body_lines[1:]).lstrip("\n")  # the title repeated as the body's first line
    if not body.strip():
        return Reject(source_path, source_record, "no_text", "record's body is blank")
    date_value = next((record[key] for key in DATE_KEYS if record.get(key) not in (None, "")), None)
    section_value = next((record[key] for key in SECTION_KEYS if record.get(key)), None)
    if isinstance(section_value, list):
        section_value = " / ".join(str(part) for part in section_value if part)
    return RawDocument(
        source_path=source_path,
        source_record=source_record,
        raw_sha256=raw_sha256,
        body=body,
        title=title or layout.title or (html.title if html else None),  # layout: a "Title:" header line
        outlet=one_line(first_text(record, OUTLET_KEYS)) or layout.outlet or (html.outlet if html else None),
        url=one_line(first_text(record, URL_KEYS)) or layout.url or (html.url if html else None),
        section=one_line(section_value if isinstance(section_value, str) else None) or layout.section,
        published_at=parse_date(date_value) or layout.published_at or (html.published_at if html else None),
        language=language_code(first_text(record, LANGUAGE_KEYS)) or detect_language(body),
    )


# ---------------------------------------------------------------------------------------------------
# Files of records


def iter_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(1-based line number, line without its terminator) ; None for a line over `max_bytes`, which is
    skipped without being held in memory."""
    number = 0
    while True:
        chunk = stream.readline(max_bytes + 1)
        if not chunk:
            return
        number += 1
        if len(chunk) > max_bytes and not chunk.endswith(b"\n"):
            while True:  # drain the rest of the oversized line
                more = stream.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, chunk.rstrip(b"\r\n")


def decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(line).text


def records_from_lines(lines: Iterator[tuple[int, bytes | None]], source_path: str,
                       max_bytes: int) -> tuple[list[RawDocument], list[Reject], int]:
    """Documents and rejects of a JSONL stream, and how many records (non-blank lines) it had."""
    docs: list[RawDocument] = []
    rejects: list[Reject] = []
    seen_ids: set[str] = set()
    count = 0
    for number, line in lines:
        where = f"line {number}"
        if line is None:
            count += 1
            rejects.append(Reject(source_path, where, "too_large", f"record is over the {max_bytes}-byte limit"))
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        count += 1
        try:
            record = json.loads(decode_line(line))
        except (ValueError, RecursionError) as error:
            rejects.append(Reject(source_path, where, "malformed_json", f"line is not valid JSON: {error}"[:300]))
            continue
        identifier = record_id(record) if isinstance(record, dict) else None
        if identifier is not None and identifier in seen_ids:
            identifier = f"{identifier} ({where})"  # ids must stay unique within the file
        if identifier is not None:
            seen_ids.add(identifier)
        result = document_from_record(record, source_path, identifier or where, sha256_bytes(line))
        (docs if isinstance(result, RawDocument) else rejects).append(result)
    return docs, rejects, count


def looks_like_jsonl(text: str) -> bool:
    """Two or more lines, the first two non-blank ones each a JSON object."""
    lines = [line for line in text.split("\n", 50)[:50] if line.strip()]
    if len(lines) < 2:
        return False
    for line in lines[:2]:
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except ValueError:
            return False
    return True


def documents_from_json(text: str, source_path: str, raw_sha256: str) -> tuple[list[RawDocument], list[Reject]]:
    """A .json file: one article object, or a list of them (records "item N")."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as error:
        return [], [Reject(source_path, None, "malformed_json", f"file is not valid JSON: {error}"[:300])]
    if isinstance(value, dict):
        result = document_from_record(value, source_path, None, raw_sha256)
        return ([result], []) if isinstance(result, RawDocument) else ([], [result])
    if not isinstance(value, list):
        return [], [Reject(source_path, None, "malformed_json", "JSON file holds neither an object nor a list")]
    if not value:
        return [], [Reject(source_path, None, "empty", "JSON list holds no records")]
    docs: list[RawDocument] = []
    rejects: list[Reject] = []
    for number, item in enumerate(value, start=1):
        item_sha = sha256_bytes(json.dumps(item, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        identifier = (record_id(item) if isinstance(item, dict) else None) or f"item {number}"
        result = document_from_record(item, source_path, identifier, item_sha)
        (docs if isinstance(result, RawDocument) else rejects).append(result)
    return docs, rejects


def parses_as_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True
