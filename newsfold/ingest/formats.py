"""What an input file is by its name and first bytes: suffix sets, magic numbers, names to skip.

Tables only; the decisions that read them are in newsfold.ingest.sniff and newsfold.ingest.discovery.
"""

from __future__ import annotations

import re

TEXT_SUFFIXES = {"", ".txt", ".text", ".md", ".markdown", ".rst", ".story", ".article"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}
JSON_SUFFIXES = {".json"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".ico", ".heic", ".svg"}
DOCUMENT_SUFFIXES = {
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".ppt", ".pptx", ".odp", ".epub",
    ".pages", ".key", ".numbers",
}
ARCHIVE_SUFFIXES = {".zip", ".tar", ".tgz", ".7z", ".rar", ".bz2", ".xz", ".zst"}
# Text formats that are not articles: reading them as prose would make garbage articles.
NON_ARTICLE_TEXT_SUFFIXES = {
    ".csv", ".tsv", ".xml", ".rss", ".atom", ".yaml", ".yml", ".toml", ".ini", ".cfg", ".conf", ".py",
    ".js", ".ts", ".css", ".sh", ".sql", ".log", ".srt", ".vtt", ".tex", ".bib", ".ipynb",
}
SKIPPED_NAMES = {"thumbs.db", "desktop.ini", "__macosx"}
# Files that describe a collection (the BBC corpus ships a README.TXT): rejected, not read as news.
COLLECTION_DOC = re.compile(
    r"^(?:readme|license|licence|copying|changelog|authors)(?:\.[a-z]{1,8})?$", re.IGNORECASE
)

# (leading bytes, reject reason, what the file is), checked in order.
MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image", "PNG image"),
    (b"\xff\xd8\xff", "image", "JPEG image"),
    (b"GIF87a", "image", "GIF image"),
    (b"GIF89a", "image", "GIF image"),
    (b"II*\x00", "image", "TIFF image"),
    (b"MM\x00*", "image", "TIFF image"),
    (b"%PDF-", "unsupported_format", "PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "unsupported_format", "legacy Microsoft Office document"),
    (b"{\\rtf", "unsupported_format", "RTF document"),
    (b"7z\xbc\xaf\x27\x1c", "unsupported_format", "7-Zip archive"),
    (b"Rar!\x1a\x07", "unsupported_format", "RAR archive"),
    (b"\xfd7zXZ\x00", "unsupported_format", "xz archive"),
    (b"\x7fELF", "binary", "ELF executable"),
)
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
GZIP_MAGIC = b"\x1f\x8b"
