"""The bytes of one input file -> documents and rejects: binary and format checks, then dispatch to
HTML, JSON/JSONL records or plain text by content first and extension second."""

from __future__ import annotations

import io
from dataclasses import fields, replace

from newsfold.ingest.decode import decode_bytes
from newsfold.ingest.formats import HTML_SUFFIXES, JSON_SUFFIXES
from newsfold.ingest.html import extract_html, looks_like_html
from newsfold.ingest.json_records import (
    documents_from_json, iter_lines, looks_like_jsonl, parses_as_json, records_from_lines,
)
from newsfold.ingest.language import detect_language, is_blank, language_code, why_not_text
from newsfold.ingest.sniff import looks_binary, sniff_binary, sniff_suffix
from newsfold.ingest.text_layout import parse_text_layout
from newsfold.records import RawDocument, Reject


def document_from_text(text: str, source_path: str, raw_sha256: str) -> RawDocument | Reject:
    layout = parse_text_layout(text)
    if not layout.body.strip():
        return Reject(source_path, None, "blank", "file holds only whitespace")
    return RawDocument(
        source_path=source_path, source_record=None, raw_sha256=raw_sha256, body=layout.body,
        title=layout.title, outlet=layout.outlet, url=layout.url, section=layout.section,
        published_at=layout.published_at, language=detect_language(layout.body),
    )


def document_from_html(html: str, source_path: str, raw_sha256: str) -> RawDocument | Reject:
    article = extract_html(html)
    if article is None or not article.body.strip():
        return Reject(source_path, None, "no_text", "HTML page has no main article text")
    return RawDocument(
        source_path=source_path, source_record=None, raw_sha256=raw_sha256, body=article.body,
        title=article.title, outlet=article.outlet, url=article.url, section=article.section,
        published_at=article.published_at,
        language=language_code(article.language) or detect_language(article.body),
    )


def storable(text: str) -> str:
    """Text that UTF-8 can store: a lone surrogate (JSON allows "\\ud800") becomes U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


def screen_document(doc: RawDocument, max_chars: int) -> RawDocument | Reject:
    """A document as read, with its texts storable, or a reject when its body is no language or
    too long to parse."""
    doc = replace(doc, **{f.name: storable(getattr(doc, f.name)) for f in fields(doc)
                          if isinstance(getattr(doc, f.name), str) and f.name != "source_path"})
    not_text = why_not_text(doc.body)
    if not_text is not None:
        return Reject(doc.source_path, doc.source_record, "not_text", f"the text is not language: {not_text}")
    if len(doc.body) > max_chars:
        return Reject(doc.source_path, doc.source_record, "too_long",
                      f"the article has {len(doc.body):,} characters, over the {max_chars:,} a run parses "
                      f"(split it, or raise --max-chars)")
    return doc


def file_reject(path: str, reason: str, detail: str) -> tuple[list[RawDocument], list[Reject]]:
    """The outcome of a whole file that is one reject."""
    return [], [Reject(path, None, reason, detail)]


def documents_from_bytes(data: bytes, suffix: str, source: str, raw_sha256: str,
                         max_bytes: int) -> tuple[list[RawDocument], list[Reject]]:
    """Dispatch the (decompressed) bytes of a one-file input by content, then extension."""
    if not data:
        return file_reject(source, "empty", "file is 0 bytes once decompressed")
    binary = sniff_binary(data[:64], suffix)
    if binary is not None:
        return file_reject(source, binary[0], f"{binary[1]}: not a text article")
    decoded = decode_bytes(data)
    why_binary = looks_binary(data, decoded.text)
    if why_binary is not None:
        return file_reject(source, "binary", why_binary)
    text = decoded.text.removeprefix("\ufeff")
    by_suffix = sniff_suffix(suffix)
    if by_suffix is not None:
        return file_reject(source, by_suffix[0], by_suffix[1])
    if is_blank(text):
        return file_reject(source, "blank", "file holds only whitespace")
    stripped = text.lstrip()
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        result = document_from_html(text, source, raw_sha256)
    elif stripped[:1] == "{" and looks_like_jsonl(text):  # also a ".json" that is really JSONL
        lines = iter_lines(io.BytesIO(text.encode("utf-8")), max_bytes)
        docs, rejects, _ = records_from_lines(lines, source, max_bytes)
        return docs, rejects
    elif suffix in JSON_SUFFIXES or (stripped[:1] in "{[" and parses_as_json(stripped)):
        return documents_from_json(text, source, raw_sha256)
    else:
        result = document_from_text(text, source, raw_sha256)
    return ([result], []) if isinstance(result, RawDocument) else ([], [result])
