"""Plain records passed between the stages of the pipeline.

Each stage module (ingest, quotes, people, numbers) returns these; the flow turns lists of them
into polars tables. Offsets (`start_char`, `end_char`) always index the article `body`, so that
`body[start_char:end_char] == text` (a split quote: each " … " piece of `text` in that slice, in order).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RawDocument:
    """One input document as read from a file or a JSONL record, before NLP."""

    source_path: str  # absolute path of the input file
    source_record: str | None  # record id or "line N" inside a JSONL file; None for one-document files
    raw_sha256: str  # sha256 hex of the raw bytes of this document (file, or JSONL line)
    body: str  # clean text, boilerplate removed
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    section: str | None = None
    published_at: datetime | None = None  # timezone-aware UTC, or None rather than a guess
    language: str = "en"


@dataclass(frozen=True)
class Reject:
    """One input (file or JSONL record) that did not become an article, and why."""

    source_path: str
    source_record: str | None
    reason: str  # short code: empty, binary, unsupported_format, malformed_json, no_text, too_large, ...
    detail: str  # one human sentence


@dataclass(frozen=True)
class PersonMention:
    """A reference to a person in one article; `local_key` names the article-local person."""

    text: str
    start_char: int
    end_char: int
    local_key: str


@dataclass(frozen=True)
class ArticlePerson:
    """A person as resolved inside one article (before linking across articles)."""

    local_key: str
    name: str  # fullest form seen in the article: "Dmitry Peskov"
    variants: tuple[str, ...] = ()  # every form seen: ("Dmitry Peskov", "Peskov")
    roles: tuple[str, ...] = ()  # normalised roles: ("Kremlin spokesman",)


@dataclass(frozen=True)
class PersonRecord:
    """A person across the whole dataset (one row of the `people` table, counts aside)."""

    person_id: str
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuoteMention:
    """One quote occurrence in an article."""

    text: str  # the words quoted, without the quote marks
    start_char: int
    end_char: int
    kind: str  # direct | partial | indirect
    speaker_text: str | None = None  # as written: "he", "the Kremlin spokesman", "Peskov"
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_local_key: str | None = None  # ArticlePerson.local_key of the speaker, when a person
    # Canonical name of a speaker who is no person of the article (an organisation's fullest form,
    # a description as written); a person's name comes from the people table.
    speaker_name: str | None = None
    cue: str | None = None  # "said", "warned", "according to"
    confidence: float = 0.5
    act: str = "speech"  # speech | thought | intention | evidence: what the source does (QUOTE_ACTS)


@dataclass(frozen=True)
class NumberMention:
    """One quantity mentioned in an article."""

    text: str  # "£4.5 billion"
    start_char: int
    end_char: int
    value: float  # 4.5e9
    unit: str | None  # "GBP", "USD", "percent", "minute", "troops"
    kind: str  # money | percent | count | duration | measure | ordinal | other
    qualifier: str = "exact"  # exact | approximate | at_least | at_most | range
    value_max: float | None = None
    counted: str | None = None  # "military aid", "nations"


# Closed vocabularies shared by the extractors and the schemas.
QUOTE_KINDS = ("direct", "partial", "indirect")
# What the source of a quote row does: says or writes (speech), believes or knows (thought), wants or
# plans (intention), or, a poll, study or document, shows or finds (evidence).
QUOTE_ACTS = ("speech", "thought", "intention", "evidence")
# A quote split by its attribution ('"We are," he said, "and we will."') is one row: its pieces
# joined by this in `text`, each piece found in body[start_char:end_char], in order.
PIECE_JOINER = " … "
NUMBER_KINDS = ("money", "percent", "count", "duration", "measure", "ordinal", "other")
NUMBER_QUALIFIERS = ("exact", "approximate", "at_least", "at_most", "range")
DUPLICATE_KINDS = ("none", "exact", "near")
# Reject reason codes (the `rejects.reason` vocabulary): why an input became no article.
REJECT_REASONS = (
    "not_found", "unreadable", "empty", "blank", "binary", "image", "unsupported_format", "too_large",
    "malformed_json", "no_text", "empty_dir", "corrupt",
    "not_text",  # decodes, but is no language: no letters, one repeated character or word, symbol soup
    "too_long",  # more characters than a run parses in one article (settings.MAX_CHARS, --max-chars)
    "parse_failed", "extract_failed",  # spaCy or an extractor failed on this one article
)

__all__ = [
    "RawDocument", "Reject", "PersonMention", "ArticlePerson", "PersonRecord", "QuoteMention",
    "NumberMention", "QUOTE_KINDS", "QUOTE_ACTS", "PIECE_JOINER", "NUMBER_KINDS", "NUMBER_QUALIFIERS", "DUPLICATE_KINDS",
]
