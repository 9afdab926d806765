"""What a file's name and bytes say it is: format suffix, magic bytes, binary content.

Each check returns (reject reason, what the file is) or None when the file may still be an article.
"""

from __future__ import annotations

import os
import re

from newsfold.ingest.formats import (
    ARCHIVE_SUFFIXES, DOCUMENT_SUFFIXES, IMAGE_SUFFIXES, MAGIC, NON_ARTICLE_TEXT_SUFFIXES, ZIP_MAGIC,
)

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def name_suffixes(name: str) -> tuple[str, bool]:
    """(format suffix, gzipped): "a.jsonl.gz" -> (".jsonl", True); "a.TXT" -> (".txt", False)."""
    lowered = name.lower()
    gzipped = lowered.endswith(".gz")
    if gzipped:
        lowered = lowered[:-3]
    suffix = os.path.splitext(lowered)[1]
    if suffix and not re.match(r"^\.[a-z0-9_]{1,12}$", suffix):
        suffix = ""  # "Mr. Smith resigns" has no extension, just a dot
    return suffix, gzipped


def sniff_binary(head: bytes, suffix: str) -> tuple[str, str] | None:
    """(reason, what it is) for images, documents, archives and executables known by magic bytes."""
    for magic, reason, what in MAGIC:
        if head.startswith(magic):
            return reason, what
    if head.startswith(ZIP_MAGIC):
        if suffix in DOCUMENT_SUFFIXES:
            return "unsupported_format", f"{suffix} office document (ZIP container)"
        return "unsupported_format", "ZIP archive"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image", "WebP image"
    return None


def sniff_suffix(suffix: str) -> tuple[str, str] | None:
    """Rejects decided by the extension alone, once the content did not say otherwise."""
    if suffix in IMAGE_SUFFIXES and suffix != ".svg":
        return "image", f"{suffix} image"
    if suffix in DOCUMENT_SUFFIXES:
        return "unsupported_format", f"{suffix} document"
    if suffix in ARCHIVE_SUFFIXES:
        return "unsupported_format", f"{suffix} archive"
    if suffix in NON_ARTICLE_TEXT_SUFFIXES or suffix == ".svg":
        return "unsupported_format", f"{suffix} files are not articles"
    return None


def looks_binary(data: bytes, text: str) -> str | None:
    """Why decoded bytes are not text, or None. Runs after UTF-16/32 decoding, so NULs are real."""
    if data and not data.strip(b"\x00"):
        return "file is all NUL bytes"
    if "\x00" in text:
        return "file contains NUL bytes"
    sample = text[:20_000]
    if len(_CONTROL_CHARS.findall(sample)) > 0.01 * len(sample) + 2:
        return "file is mostly control characters"
    if sample.count("\ufffd") > 0.05 * len(sample) + 2:
        return "bytes do not decode as text in any known encoding"
    return None
