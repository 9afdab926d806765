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
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import stat
import zlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

from newsfold.ingest.dates import parse_date
from newsfold.ingest.decode import decode_bytes, repair_mojibake
from newsfold.ingest.html import extract_html, looks_like_html
from newsfold.records import RawDocument, Reject
from newsfold.ingest.text_layout import parse_text_layout

DEFAULT_MAX_BYTES = 10_000_000

# Reject reason codes (the `rejects.reason` vocabulary).
REJECT_REASONS = (
    "not_found", "unreadable", "empty", "blank", "binary", "image", "unsupported_format", "too_large",
    "malformed_json", "no_text", "empty_dir", "corrupt",
)

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

BODY_KEYS = ("body", "text", "content", "article", "maintext", "full_text", "articleBody", "article_body",
             "story")
ID_KEYS = ("id", "_id", "article_id", "doc_id", "uuid", "guid")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("date", "published_at", "published", "publishedAt", "datePublished", "date_published",
             "pubdate", "pub_date", "publish_date", "timestamp", "time", "datetime", "created_at")
OUTLET_KEYS = ("outlet", "source", "publisher", "site_name", "sitename", "source_name", "newspaper", "domain")
URL_KEYS = ("url", "link", "canonical_url", "href")
SECTION_KEYS = ("section", "category", "categories", "topic", "desk")
LANGUAGE_KEYS = ("language", "lang")

_MAGIC: tuple[tuple[bytes, str, str], ...] = (
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
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_GZIP_MAGIC = b"\x1f\x8b"
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_LANGUAGE_CODE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*$")


# ---------------------------------------------------------------------------------------------------
# Discovery


def is_skipped_name(name: str) -> bool:
    lowered = name.lower()
    return name.startswith(".") or name.startswith("~$") or lowered in SKIPPED_NAMES


def absolute_path(path: str | Path) -> Path:
    return Path(os.path.abspath(os.path.expanduser(str(path)))).resolve()


def holds_nothing(files: list[Path], rejects: list[Reject]) -> bool:
    return not files and all(reject.reason == "empty_dir" for reject in rejects)


def walk_folder(folder: Path, visited: set[Path]) -> tuple[list[Path], list[Reject]]:
    """Input files under `folder`, depth first in name order, and rejects for unreadable or empty
    sub-folders. `visited` holds resolved folders already walked (symlink loops)."""
    visited.add(folder)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except PermissionError as error:
        return [], [Reject(str(folder), None, "unreadable", f"folder cannot be listed: {error.strerror}")]
    except OSError as error:
        return [], [Reject(str(folder), None, "unreadable", f"folder cannot be listed: {error}")]
    files: list[Path] = []
    rejects: list[Reject] = []
    for entry in entries:
        if is_skipped_name(entry.name):
            continue
        path = absolute_path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if path in visited:
                continue
            sub_files, sub_rejects = walk_folder(path, visited)
            if holds_nothing(sub_files, sub_rejects):  # one reject for the top-most empty folder
                sub_rejects = [Reject(str(path), None, "empty_dir", "folder holds no input files")]
            files.extend(sub_files)
            rejects.extend(sub_rejects)
        else:
            files.append(path)  # includes broken symlinks: reading them makes the not_found reject
    return files, rejects


def discover_inputs(paths: Sequence[str | Path]) -> tuple[list[Path], list[Reject]]:
    """Files to read (each once, in order) and rejects for missing paths and empty folders."""
    files: list[Path] = []
    rejects: list[Reject] = []
    seen: set[Path] = set()
    visited: set[Path] = set()
    for raw in paths:
        path = absolute_path(raw)
        if not os.path.lexists(path) and not os.path.lexists(os.path.abspath(str(raw))):
            rejects.append(Reject(str(path), None, "not_found", "no file or folder at this path"))
            continue
        if path.is_dir():
            if path in visited:
                continue
            found, folder_rejects = walk_folder(path, visited)
            if holds_nothing(found, folder_rejects):
                folder_rejects = [Reject(str(path), None, "empty_dir", "folder holds no input files")]
            rejects.extend(folder_rejects)
        else:
            found = [path]
        for file_path in found:
            if file_path not in seen:
                seen.add(file_path)
                files.append(file_path)
    return files, rejects


# ---------------------------------------------------------------------------------------------------
# Bytes -> format


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str | Path, chunk_size: int = 1 << 20) -> str:
    """sha256 of a file's bytes, read in chunks (how newsfold.ingest.sources recognises unchanged inputs)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(chunk_size), b""):
            digest.update(chunk)
    return digest.hexdigest()


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
    for magic, reason, what in _MAGIC:
        if head.startswith(magic):
            return reason, what
    if head.startswith(_ZIP_MAGIC):
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


def is_blank(text: str) -> bool:
    return not text.strip().strip("\ufeff\u200b\u200c\u200d\u2060")


# ---------------------------------------------------------------------------------------------------
# Language


_STOP_WORDS = {
    "en": "the of and to a in is that for it was on with as he be by at his are said from this have has "
          "an they not but were had will which their been who its would she her we after more than",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an "
          "werden aus er hat dass sie nach wird bei einer um noch wie über",
    "fr": "de la le et les des en un du une que est pour qui dans a par plus pas au sur ne se ce il sont "
          "avec son aux ont été cette",
    "es": "de la que el en y a los del se las por un para con no una su al lo como más pero sus le ha "
          "si sin sobre este ya entre cuando también fue es",
    "it": "di e il la che in a per un è del non una della i le si da con sono alla gli ha al lo più nel "
          "anche come ma dei delle",
    "pt": "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele "
          "das tem à seu sua ou ser quando também pelo pela",
    "nl": "de het een en van in is dat op te zijn voor met die niet aan er hij ook als maar om bij door "
          "naar over was werd heeft",
}
# Words that are also common English ("per", "over", "in") would let telegraphic English pass for
# Italian or Dutch; the other languages have enough words of their own without them.
_ALSO_ENGLISH = frozenset("a an as in is on no per over was die me son sin also".split())
STOP_WORDS = {
    code: frozenset(words.split()) - (_ALSO_ENGLISH if code != "en" else frozenset())
    for code, words in _STOP_WORDS.items()
}
_WORD = re.compile(r"[^\W\d_]+")


# Unicode blocks of the scripts that tell a language (or family) on their own: (first, end, script).
_SCRIPT_BLOCKS = (
    (0x0000, 0x0250, "latin"), (0x0370, 0x0400, "greek"), (0x0400, 0x0530, "cyrillic"),
    (0x0590, 0x0600, "hebrew"), (0x0600, 0x0700, "arabic"), (0x0900, 0x0980, "devanagari"),
    (0x0E00, 0x0E80, "thai"), (0x3040, 0x3100, "kana"), (0x4E00, 0xA000, "han"),
    (0xAC00, 0xD7B0, "hangul"),
)


def script_language(text: str) -> str | None:
    """Language implied by a non-Latin script that dominates the letters, else None."""
    counts = dict.fromkeys((name for _, _, name in _SCRIPT_BLOCKS), 0)
    for ch in text:
        if not ch.isalpha():
            continue
        code = ord(ch)
        for first, stop, name in _SCRIPT_BLOCKS:
            if first <= code < stop:
                counts[name] += 1
                break
    total = sum(counts.values())
    if total == 0 or counts["latin"] >= 0.5 * total:
        return None
    if counts["kana"]:
        return "ja"
    script = max(counts, key=counts.get)
    if script == "cyrillic":
        return "uk" if re.search("[іїєґІЇЄҐ]", text) else "ru"
    return {"greek": "el", "arabic": "ar", "hebrew": "he", "hangul": "ko", "han": "zh",
            "devanagari": "hi", "thai": "th"}.get(script, "und")


def detect_language(text: str) -> str:
    """ISO 639-1 code by script, else by the share of each language's commonest words; "und" when
    unsure (short or mixed texts): a wrong code is worse than an unknown one."""
    sample = text[:5000]
    by_script = script_language(sample)
    if by_script:
        return by_script
    words = _WORD.findall(sample.lower())
    if not words:
        return "und"
    scores = {code: sum(word in stops for word in words) / len(words) for code, stops in STOP_WORDS.items()}
    best = max(scores, key=scores.get)
    runner_up = sorted(scores.values(), reverse=True)[1]
    hits = scores[best] * len(words)
    # Running prose scores 0.3-0.5, a margin over related languages (fr/es/it/pt share words) is
    # enough; telegraphic news ("Shr 22 cts vs 13 cts ...") scores far less and must lead clearly.
    margin = 1.25 if scores[best] >= 0.2 else 2.0
    if hits >= 2 and scores[best] >= 0.05 and scores[best] >= margin * runner_up:
        return best
    return "und"


def language_code(value: object) -> str | None:
    """A declared language ("en", "en-GB", "EN_us") as its primary lowercase subtag."""
    if not isinstance(value, str):
        return None
    match = _LANGUAGE_CODE.match(value.strip())
    return match.group(1).lower() if match else None


# ---------------------------------------------------------------------------------------------------
# Documents


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
# JSON and JSONL


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


# ---------------------------------------------------------------------------------------------------
# One file


def _reject(path: str, reason: str, detail: str) -> tuple[list[RawDocument], list[Reject]]:
    return [], [Reject(path, None, reason, detail)]


def ingest_jsonl_file(path: Path, gzipped: bool, max_bytes: int) -> tuple[list[RawDocument], list[Reject]]:
    source = str(path)
    try:
        with (gzip.open(path, "rb") if gzipped else open(path, "rb")) as stream:
            docs, rejects, count = records_from_lines(iter_lines(stream, max_bytes), source, max_bytes)
    except PermissionError as error:
        return _reject(source, "unreadable", f"file cannot be read: {error.strerror}")
    except (OSError, EOFError, zlib.error) as error:
        return _reject(source, "corrupt", f"compressed stream is damaged: {error}")
    if count == 0:
        return _reject(source, "blank", "JSONL file holds no records")
    return docs, rejects


def read_limited(path: Path, gzipped: bool, max_bytes: int) -> bytes | None:
    """The file's (decompressed) bytes, or None when over `max_bytes` (never reading past it)."""
    with (gzip.open(path, "rb") if gzipped else open(path, "rb")) as stream:
        data = stream.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def ingest_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[RawDocument], list[Reject]]:
    """One input file -> its documents and rejects. Never raises on bad input."""
    source = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return _reject(source, "not_found", "no file at this path (or a broken symlink)")
    except PermissionError as error:
        return _reject(source, "unreadable", f"file cannot be accessed: {error.strerror}")
    except OSError as error:
        return _reject(source, "unreadable", f"file cannot be accessed: {error}")
    if stat.S_ISDIR(info.st_mode):
        return _reject(source, "empty_dir", "folder holds no input files")
    if not stat.S_ISREG(info.st_mode):
        return _reject(source, "unsupported_format", "not a regular file (device, pipe or socket)")
    if info.st_size == 0:
        return _reject(source, "empty", "file is 0 bytes")
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except PermissionError as error:
        return _reject(source, "unreadable", f"file cannot be read: {error.strerror}")
    except OSError as error:
        return _reject(source, "unreadable", f"file cannot be read: {error}")
    if COLLECTION_DOC.match(path.name):
        return _reject(source, "unsupported_format", "README/LICENSE file: describes a collection, not news")
    suffix, _ = name_suffixes(path.name)
    gzipped = head.startswith(_GZIP_MAGIC)
    if not gzipped:
        binary = sniff_binary(head, suffix)
        if binary is not None:
            return _reject(source, binary[0], f"{binary[1]}: not a text article")
    if suffix in JSONL_SUFFIXES:
        return ingest_jsonl_file(path, gzipped, max_bytes)
    if not gzipped and info.st_size > max_bytes:
        return _reject(source, "too_large", f"file is {info.st_size} bytes, over the {max_bytes}-byte limit")
    try:
        data = read_limited(path, gzipped, max_bytes)
    except PermissionError as error:
        return _reject(source, "unreadable", f"file cannot be read: {error.strerror}")
    except (OSError, EOFError, zlib.error) as error:
        reason = "corrupt" if gzipped else "unreadable"
        return _reject(source, reason, f"file cannot be read: {error}")
    if data is None:
        return _reject(source, "too_large", f"file decompresses to over the {max_bytes}-byte limit")
    raw_sha256 = sha256_bytes(data) if not gzipped else sha256_file(path)
    return documents_from_bytes(data, suffix, source, raw_sha256, max_bytes)


def documents_from_bytes(data: bytes, suffix: str, source: str, raw_sha256: str,
                         max_bytes: int) -> tuple[list[RawDocument], list[Reject]]:
    """Dispatch the (decompressed) bytes of a one-file input by content, then extension."""
    if not data:
        return _reject(source, "empty", "file is 0 bytes once decompressed")
    binary = sniff_binary(data[:64], suffix)
    if binary is not None:
        return _reject(source, binary[0], f"{binary[1]}: not a text article")
    decoded = decode_bytes(data)
    why_binary = looks_binary(data, decoded.text)
    if why_binary is not None:
        return _reject(source, "binary", why_binary)
    text = decoded.text.removeprefix("\ufeff")
    by_suffix = sniff_suffix(suffix)
    if by_suffix is not None:
        return _reject(source, by_suffix[0], by_suffix[1])
    if is_blank(text):
        return _reject(source, "blank", "file holds only whitespace")
    stripped = text.lstrip()
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        result = document_from_html(text, source, raw_sha256)
    elif stripped[:1] == "{" and looks_like_jsonl(text):  # also a ".json" that is really JSONL
        lines = iter_lines(io.BytesIO(text.encode("utf-8")), max_bytes)
        docs, rejects, _ = records_from_lines(lines, source, max_bytes)
        return docs, rejects
    elif suffix in JSON_SUFFIXES or (stripped[:1] in "{[" and _parses_as_json(stripped)):
        return documents_from_json(text, source, raw_sha256)
    else:
        result = document_from_text(text, source, raw_sha256)
    return ([result], []) if isinstance(result, RawDocument) else ([], [result])


def _parses_as_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


# ---------------------------------------------------------------------------------------------------
# Entry point


def ingest_paths(paths: Sequence[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
                 ) -> tuple[list[RawDocument], list[Reject]]:
    """Read every input (files, folders searched recursively) into documents and rejects.

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
        docs.extend(file_docs)
        rejects.extend(file_rejects)
    return docs, rejects


__all__ = [
    "DEFAULT_MAX_BYTES", "REJECT_REASONS", "ingest_paths", "ingest_file", "discover_inputs", "sha256_file",
    "detect_language", "document_from_record", "documents_from_bytes",
]
