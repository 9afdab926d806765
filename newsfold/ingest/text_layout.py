"""Plain-text article layouts -> body and metadata.

Handled layouts (all seen in real inputs, none specific to one file):
- a header block of scraped page furniture: "- Region:" / "- World" / "- Category:" / "- Politics"
  label-value pairs (-> section "World / Politics"), "Today : Feb 13, 2025", a bare date line
  ("13 February 2025"), "Key: value" lines (Source:, URL:, Section:, By ...), and a short section
  label such as "World News";
- a title on the first remaining line (the BBC layout: line 1 title, blank line, body), taken only
  when more text follows and the line reads like a headline (short, not ending as a sentence);
- a trailing headline: a headline-like last line after a body that has no title at the top is the
  title that the scraper put last (seed layout "body ... headline"); it leaves the body;
- a footer: "Related Sources:", "Related articles", "Read more" blocks with their bullet links,
  and copyright lines, cut from the end.

The body is the remaining lines exactly as written (line endings normalised, trailing spaces
stripped, runs of blank lines collapsed to one): downstream offsets index it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from newsfold.ingest.dates import parse_date_line
from newsfold.ingest.decode import normalize_newlines

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 18  # seed and BBC headlines have at most 14; standfirsts run longer
MAX_QUESTION_TITLE_WORDS = 12  # "What now for British tennis?"; longer questions open the text
SENTENCE_END = (".", ";", ",", ":")
CLOSING_QUOTES = "\"'”’»)]"

_DASH_LABEL = re.compile(r"^[-•*]\s*([A-Z][\w ]{0,30}?)\s*:\s*$")  # "- Region:"
_DASH_VALUE = re.compile(r"^[-•*]\s*(\S.{0,60})$")  # "- World"
_KEY_VALUE = re.compile(r"^([A-Z][A-Za-z ]{1,24}?)\s*:\s*(\S.{0,200})$")  # "Source: Reuters"
_BYLINE = re.compile(r"^(?:By|BY|Written by|Words by)\s+[A-Z][\w.'’\- ]{1,60}(?:,\s*[\w .'’\-]{1,60})?$")
_SECTION_LABEL = re.compile(
    r"^(?:[A-Z][a-z]+(?:\s+(?:&|and)\s+[A-Z][a-z]+)?\s+)?(?:News|Politics|Business|World|Sport|Sports"
    r"|Technology|Tech|Entertainment|Health|Science|Opinion|Culture|Europe|Asia|Africa|Americas"
    r"|Middle East|UK|US|Economy|Markets|Finance|Breaking News|Top Stories|Latest News)$"
)
_MARKDOWN_HEADING = re.compile(r"^#{1,3}\s+(\S.*?)\s*#*$")
_FOOTER_MARKER = re.compile(
    r"^(?:related(?:\s+(?:sources|articles|stories|links|content|coverage|news|topics|reading))?"
    r"|sources?|read more(?: about)?|more on this(?: story)?|see also|further reading|you may also like"
    r"|recommended|share this(?: article)?|follow us(?: on.*)?|tags|topics)\s*[:.]?\s*$",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b).{0,150}$|^all rights reserved\.?$", re.IGNORECASE)
_SIGN_OFF = re.compile(
    r"(?:reporting|editing|writing|compiled|additional reporting|produced|photographs?|contributed) by"
    r"|https?://|www\.|@\w|^\(|originally (?:published|appeared)|this (?:article|story) (?:was|is|first)"
    r"|first published|contributed to this|all rights reserved",
    re.IGNORECASE,
)
_BULLET_LINE = re.compile(r"^\s*(?:[•·▪◦*]|-\s|\d+\.\s)")

# Header keys that carry metadata rather than article text.
_SECTION_KEYS = {"region", "category", "section", "topic", "desk", "categories", "topics", "subject"}
_OUTLET_KEYS = {"source", "outlet", "publisher", "publication", "site", "newspaper"}
_URL_KEYS = {"url", "link", "source url", "original url", "permalink"}
_TITLE_KEYS = {"title", "headline"}
_DATE_KEYS = {"date", "published", "posted", "updated", "last updated", "today", "first published",
              "published on", "posted on", "dated"}
_DROP_KEYS = {"author", "authors", "by", "byline", "tags", "keywords", "language", "lang", "words",
              "word count", "reading time", "location", "dateline", "image", "photo", "credit"}


@dataclass(frozen=True)
class TextLayout:
    """What a plain-text article file holds once its page furniture is read off."""

    body: str
    title: str | None = None
    section: str | None = None
    outlet: str | None = None
    url: str | None = None
    published_at: datetime | None = None


@dataclass
class _Header:
    section_parts: list[str]
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published_at: datetime | None = None
    date_rank: int = 99  # lower wins: a publication date beats "Today :", the day of the scrape


def ends_like_sentence(line: str) -> bool:
    stripped = line.rstrip(CLOSING_QUOTES + " ")
    return stripped.endswith(SENTENCE_END) and not stripped.endswith(("...", "\u2026"))


def looks_like_headline(line: str, *, allow_question: bool) -> bool:
    """Short, capitalised, not ending as a sentence. Questions and exclamations count when allowed
    (a title set off by a blank line, as in BBC files: "Could Yukos be a blessing in disguise?")."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_TITLE_CHARS or len(stripped.split()) > MAX_TITLE_WORDS:
        return False
    first_word = stripped.lstrip(CLOSING_QUOTES + "\"'“‘«(").split(" ")[0]
    if not first_word or (first_word[0].islower() and not any(ch.isupper() for ch in first_word)):
        return False  # a lowercase start continues a sentence; "iTunes", "eBay" are names
    if _BULLET_LINE.match(stripped) or not any(ch.isalpha() for ch in stripped):
        return False
    if ends_like_sentence(stripped) or stripped.endswith(("-", "\u2013", "\u2014")):
        return False  # a dash ending is a dateline running into the text: "LONDON (Reuters) -"
    if _SIGN_OFF.search(stripped):
        return False
    if stripped.rstrip(CLOSING_QUOTES).endswith(("?", "!")):
        return allow_question and len(stripped.split()) <= MAX_QUESTION_TITLE_WORDS
    return True


def _date_rank(line: str) -> int:
    lowered = line.lower()
    if lowered.startswith("today"):
        return 3
    if lowered.startswith(("updated", "last updated", "modified")):
        return 2
    return 1


def _set_date(header: _Header, line: str) -> bool:
    moment = parse_date_line(line)
    if moment is None:
        return False
    rank = _date_rank(line.strip())
    if rank < header.date_rank:
        header.published_at, header.date_rank = moment, rank
    return True


def read_header_line(lines: list[str], index: int, header: _Header) -> int:
    """Consume one header item at `index`; return how many lines it used (0: not a header line)."""
    line = lines[index].strip()
    if not line:
        return 1
    label = _DASH_LABEL.match(line)
    if label:
        value = _DASH_VALUE.match(lines[index + 1].strip()) if index + 1 < len(lines) else None
        if value and not _DASH_LABEL.match(lines[index + 1].strip()):
            if label.group(1).strip().lower() in _SECTION_KEYS:
                header.section_parts.append(value.group(1).strip())
            return 2
        return 1
    if _set_date(header, line):
        return 1
    key_value = _KEY_VALUE.match(line)
    if key_value:
        key, value = key_value.group(1).strip().lower(), key_value.group(2).strip()
        if key in _SECTION_KEYS:
            header.section_parts.append(value)
            return 1
        if key in _OUTLET_KEYS:
            header.outlet = header.outlet or value
            return 1
        if key in _URL_KEYS and re.match(r"^(?:https?://|www\.)\S+$", value):
            header.url = header.url or value
            return 1
        if key in _TITLE_KEYS:
            header.title = header.title or value
            return 1
        if key in _DATE_KEYS or key in _DROP_KEYS:
            return 1  # an unparseable date stays unknown rather than guessed
    if _BYLINE.match(line):
        return 1
    if _SECTION_LABEL.match(line):
        if not header.section_parts:  # "- Region:" pairs, when present, say it more precisely
            header.section_parts.append(line)
        return 1
    return 0


def split_header(lines: list[str]) -> tuple[int, _Header]:
    """Index of the first line after the header block, and what the block said."""
    header = _Header(section_parts=[])
    index = 0
    while index < len(lines):
        used = read_header_line(lines, index, header)
        if used == 0:
            break
        index += used
    return index, header


def read_title(lines: list[str], start: int) -> tuple[str | None, int]:
    """A headline on line `start` when text follows; returns (title, index of the first body line)."""
    if start >= len(lines):
        return None, start
    line = lines[start].strip()
    markdown = _MARKDOWN_HEADING.match(line)
    rest = [i for i in range(start + 1, len(lines)) if lines[i].strip()]
    if not rest:
        return None, start  # a one-line document is all body
    if markdown:
        return markdown.group(1), start + 1
    set_off = start + 1 < len(lines) and not lines[start + 1].strip()
    if start + 1 < len(lines) and lines[start + 1][:1].islower():
        return None, start  # the sentence goes on in the next line: hard-wrapped wire copy, no title
    if looks_like_headline(line, allow_question=set_off):
        return line, start + 1
    return None, start


def skip_post_title_lines(lines: list[str], index: int, header: _Header) -> int:
    """Byline and date lines directly under the title belong to the header, not the body."""
    while index < len(lines):
        line = lines[index].strip()
        if not line:
            index += 1
        elif _BYLINE.match(line) or _set_date(header, line):
            index += 1
        else:
            break
    return index


def footer_start(lines: list[str], end: int) -> int:
    """Index where a trailing footer block begins (== end when there is none).

    Looks at most 15 lines back for a footer marker ("Related Sources:") followed only by short
    link-like lines, or for copyright lines at the very end.
    """
    cut = end
    while cut > 0 and (not lines[cut - 1].strip() or _COPYRIGHT.match(lines[cut - 1].strip())):
        cut -= 1
    for index in range(cut - 1, max(cut - 16, -1), -1):
        line = lines[index].strip()
        if _FOOTER_MARKER.match(line):
            tail = [other.strip() for other in lines[index + 1:cut] if other.strip()]
            if all(len(other) <= 120 and not ends_like_sentence(other) or _BULLET_LINE.match(other)
                   for other in tail):
                return index
            break
        if line and len(line) > 120:
            break  # reached the article's paragraphs
    return cut


def read_trailing_title(lines: list[str], start: int, end: int) -> tuple[str | None, int]:
    """A headline-like last line after sentence paragraphs is the title placed last by the scraper."""
    content = [i for i in range(start, end) if lines[i].strip()]
    if len(content) < 3:
        return None, end
    last, previous = content[-1], content[-2]
    candidate = lines[last].strip()
    if (looks_like_headline(candidate, allow_question=False)
            and len(candidate.split()) >= 4
            and ends_like_sentence(lines[previous].strip())
            and len(lines[previous].strip()) > len(candidate)):
        return candidate, last
    return None, end


def join_body(lines: list[str]) -> str:
    """Lines as written; runs of blank lines collapsed to one; no blank lines at either end."""
    out: list[str] = []
    for line in lines:
        if not line.strip():
            if out and out[-1]:
                out.append("")
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def parse_text_layout(text: str, *, find_title: bool = True) -> TextLayout:
    """Split a plain-text article into body and metadata. Never raises; never returns an empty body
    for a text that has any non-blank line (a lone line is body, not title)."""
    lines = normalize_newlines(text).split("\n")
    start, header = split_header(lines)
    if start >= len(lines) or not any(line.strip() for line in lines[start:]):
        start, header = 0, _Header(section_parts=[])  # all of it looked like header: keep it as body
    title = header.title
    body_start = start
    if find_title:
        found, body_start = read_title(lines, start)
        if found is not None:
            title = title or found
            body_start = skip_post_title_lines(lines, body_start, header)
    end = len(lines)
    while (cut := footer_start(lines, end)) < end and cut > body_start:
        end = cut  # footers can stack ("Read more" links under "Related Sources")
    if end <= body_start or not any(line.strip() for line in lines[body_start:end]):
        end = len(lines)  # never let footer rules eat the whole body
    if find_title and title is None:
        found, trailing_end = read_trailing_title(lines, body_start, end)
        if found is not None:
            title, end = found, trailing_end
    body = join_body(lines[body_start:end])
    if not body:  # e.g. a title-like line and nothing else survived: keep every line as body
        body, title = join_body(lines), None
    section = " / ".join(dict.fromkeys(part for part in header.section_parts if part)) or None
    return TextLayout(
        body=body, title=title, section=section, outlet=header.outlet, url=header.url,
        published_at=header.published_at,
    )


__all__ = ["TextLayout", "parse_text_layout", "looks_like_headline", "ends_like_sentence", "join_body"]
