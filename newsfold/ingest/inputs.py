"""Input files -> RawDocument or Reject: discovery, format dispatch by content and extension, rejects.

Contract: every input file, and every record of a JSONL file, yields exactly one RawDocument or one
Reject; nothing raises on bad input. Decisions:
- Folders are walked recursively in name order (deterministic). Hidden entries (".git", ".DS_Store",
  any name starting with "."), editor/OS litter ("~$x.docx" lock files, "Thumbs.db", "desktop.ini",
  "__MACOSX") are not inputs and are skipped silently; a path given explicitly is always read.
  A folder that holds no input file, however deep, is one `empty_dir` reject (the top-most such).
  The same file reached twice (two arguments, symlinks) is ingested once.
- Format: magic bytes first (images, PDF, ZIP/Office, archives, gzip), then the extension, then the
  content: a ".txt" that is really an HTML page is read as HTML; a file without extension may be text,
  HTML, JSON or JSONL. Known non-article text formats (.csv, .xml, .py, ...) are `unsupported_format`.
- JSONL (.jsonl, .ndjson, and their .gz) is streamed line by line: `max_bytes` bounds each record, not
  the file, so big corpora load; a bad line is one reject and never hides the good records around it.
  Blank lines are not records. JSON (.json) holds one article object or a list of them.

This module opens files and calls the rest: newsfold.ingest.discovery (folders), sniff (format),
documents (bytes -> documents), json_records (JSON/JSONL), language.
"""

from __future__ import annotations

import gzip
import os
import stat
import zlib
from collections.abc import Sequence
from pathlib import Path

from newsfold.ingest.digests import sha256_bytes, sha256_file
from newsfold.ingest.discovery import discover_inputs
from newsfold.ingest.documents import documents_from_bytes, file_reject, screen_document
from newsfold.ingest.formats import COLLECTION_DOC, GZIP_MAGIC, JSONL_SUFFIXES
from newsfold.ingest.json_records import iter_lines, records_from_lines
from newsfold.ingest.sniff import name_suffixes, sniff_binary
from newsfold.records import RawDocument, Reject
from newsfold.settings import MAX_BYTES, MAX_CHARS


def ingest_jsonl_file(path: Path, gzipped: bool, max_bytes: int) -> tuple[list[RawDocument], list[Reject]]:
    source = str(path)
    try:
        with (gzip.open(path, "rb") if gzipped else open(path, "rb")) as stream:
            docs, rejects, count = records_from_lines(iter_lines(stream, max_bytes), source, max_bytes)
    except PermissionError as error:
        return file_reject(source, "unreadable", f"file cannot be read: {error.strerror}")
    except (OSError, EOFError, zlib.error) as error:
        return file_reject(source, "corrupt", f"compressed stream is damaged: {error}")
    if count == 0:
        return file_reject(source, "blank", "JSONL file holds no records")
    return docs, rejects


def read_limited(path: Path, gzipped: bool, max_bytes: int) -> bytes | None:
    """The file's (decompressed) bytes, or None when over `max_bytes` (never reading past it)."""
    with (gzip.open(path, "rb") if gzipped else open(path, "rb")) as stream:
        data = stream.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def ingest_file(path: Path, *, max_bytes: int = MAX_BYTES) -> tuple[list[RawDocument], list[Reject]]:
    """One input file -> its documents and rejects. Never raises on bad input."""
    source = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return file_reject(source, "not_found", "no file at this path (or a broken symlink)")
    except PermissionError as error:
        return file_reject(source, "unreadable", f"file cannot be accessed: {error.strerror}")
    except OSError as error:
        return file_reject(source, "unreadable", f"file cannot be accessed: {error}")
    if stat.S_ISDIR(info.st_mode):
        return file_reject(source, "empty_dir", "folder holds no input files")
    if not stat.S_ISREG(info.st_mode):
        return file_reject(source, "unsupported_format", "not a regular file (device, pipe or socket)")
    if info.st_size == 0:
        return file_reject(source, "empty", "file is 0 bytes")
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except PermissionError as error:
        return file_reject(source, "unreadable", f"file cannot be read: {error.strerror}")
    except OSError as error:
        return file_reject(source, "unreadable", f"file cannot be read: {error}")
    if COLLECTION_DOC.match(path.name):
        return file_reject(source, "unsupported_format", "README/LICENSE file: describes a collection, not news")
    suffix, _ = name_suffixes(path.name)
    gzipped = head.startswith(GZIP_MAGIC)
    if not gzipped:
        binary = sniff_binary(head, suffix)
        if binary is not None:
            return file_reject(source, binary[0], f"{binary[1]}: not a text article")
    if suffix in JSONL_SUFFIXES:
        return ingest_jsonl_file(path, gzipped, max_bytes)
    if not gzipped and info.st_size > max_bytes:
        return file_reject(source, "too_large", f"file is {info.st_size} bytes, over the {max_bytes}-byte limit")
    try:
        data = read_limited(path, gzipped, max_bytes)
    except PermissionError as error:
        return file_reject(source, "unreadable", f"file cannot be read: {error.strerror}")
    except (OSError, EOFError, zlib.error) as error:
        reason = "corrupt" if gzipped else "unreadable"
        return file_reject(source, reason, f"file cannot be read: {error}")
    if data is None:
        return file_reject(source, "too_large", f"file decompresses to over the {max_bytes}-byte limit")
    raw_sha256 = sha256_bytes(data) if not gzipped else sha256_file(path)
    return documents_from_bytes(data, suffix, source, raw_sha256, max_bytes)


def ingest_paths(paths: Sequence[str | Path], *, max_bytes: int = MAX_BYTES, max_chars: int = MAX_CHARS
                 ) -> tuple[list[RawDocument], list[Reject]]:
    """Read every input (files, folders searched recursively) into documents and rejects; a document
    whose body is no language (`not_text`) or over `max_chars` (`too_long`) is a reject.

    Which inputs are already in the dataset is decided before this (newsfold.ingest.sources): a rerun passes
    only the files that are new or changed.
    """
    files, rejects = discover_inputs(paths)
    docs: list[RawDocument] = []
    for path in files:
        try:
            file_docs, file_rejects = ingest_file(path, max_bytes=max_bytes)
        except Exception as error:  # a bug on one odd file must not lose the rest of the batch
            file_docs, file_rejects = [], [Reject(str(path), None, "unreadable",
                                                  f"unexpected error: {type(error).__name__}: {error}"[:300])]
        for doc in file_docs:
            screened = screen_document(doc, max_chars)
            (docs if isinstance(screened, RawDocument) else rejects).append(screened)
        rejects.extend(file_rejects)
    return docs, rejects
