"""HTML page -> main article text and metadata (trafilatura), navigation/scripts/footers dropped.

trafilatura finds the main text and the title, canonical url, site name and categories. The
publication date is read first from the page's own machine-readable fields (article:published_time,
JSON-LD datePublished, itemprop), which keep the time and zone; trafilatura's date (htmldate) is
the fallback, with its extensive search switched off so that a date is never guessed from
copyright lines or links. The body goes through the plain-text footer rules as well, then keeps
trafilatura's paragraphs joined with "\n".
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from html import unescape

from newsfold.ingest.dates import parse_date
from newsfold.ingest.decode import normalize_newlines
from newsfold.ingest.text_layout import parse_text_layout

_DATE_META = re.compile(
    r"""<meta\s[^>]*?(?:property|name|itemprop)\s*=\s*["']?(?:article:published_time|og:published_time|"""
    r"""datePublished|pubdate|publishdate|publish-date|date|dc\.date(?:\.issued)?|sailthru\.date|"""
    r"""parsely-pub-date)["']?[^>]*>""",
    re.IGNORECASE,
)
_CONTENT_ATTR = re.compile(r"""content\s*=\s*["']([^"']{4,64})["']""", re.IGNORECASE)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{4,64})"')
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?""", re.IGNORECASE)
_SECTION_META = re.compile(
    r"""<meta\s[^>]*?property\s*=\s*["']article:section["'][^>]*>""", re.IGNORECASE
)
_HTML_SNIFF = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b)",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|article|section|ul|li|table|body|head|title|meta)\b[^>]*>",
                  re.IGNORECASE)

# trafilatura reports pages it cannot use at WARNING/ERROR; those become rejects here instead.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class HtmlArticle:
    body: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    section: str | None = None
    published_at: datetime | None = None
    language: str | None = None  # from <html lang>, when the page declares it


def looks_like_html(text: str) -> bool:
    """A page (doctype/html/head/body at the start), or text dense with block tags."""
    head = text[:2048]
    if _HTML_SNIFF.match(head):
        return True
    return len(_TAG.findall(head)) >= 3


def declared_date(html: str) -> datetime | None:
    """Publication date from meta tags or JSON-LD, with its time and zone when given."""
    head = html[:200_000]
    for meta in _DATE_META.finditer(head):
        content = _CONTENT_ATTR.search(meta.group(0))
        if content:
            moment = parse_date(unescape(content.group(1)))
            if moment is not None:
                return moment
    for match in _JSONLD_DATE.finditer(head):
        moment = parse_date(match.group(1))
        if moment is not None:
            return moment
    return None


def declared_language(html: str) -> str | None:
    match = _HTML_LANG.search(html[:4096])
    return match.group(1).lower() if match else None


def declared_section(html: str) -> str | None:
    meta = _SECTION_META.search(html[:200_000])
    content = _CONTENT_ATTR.search(meta.group(0)) if meta else None
    if content is None:
        return None
    return unescape(content.group(1)).strip() or None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def extract_html(html: str) -> HtmlArticle | None:
    """Main text and metadata of one HTML page; None when the page holds no article text."""
    import trafilatura  # imported here: it is slow to import and only HTML inputs need it

    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "outputformat": "%Y-%m-%dT%H:%M:%S%z",
            },
        )
    except Exception:  # malformed markup must make a reject, not abort the run
        return None
    if document is None:
        return None
    text = normalize_newlines(getattr(document, "text", None) or "").strip("\n")
    title = _clean(getattr(document, "title", None))
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title:  # the <h1> repeated as the first paragraph
        text = "\n".join(lines[1:])
    if not text.strip():
        return None
    layout = parse_text_layout(text, find_title=False)
    categories = getattr(document, "categories", None) or []
    section = declared_section(html) or _clean(categories[0] if categories else None)
    return HtmlArticle(
        body=layout.body,
        title=title,
        outlet=_clean(getattr(document, "sitename", None)) or _clean(getattr(document, "hostname", None)),
        url=_clean(getattr(document, "url", None)),
        section=section,
        published_at=declared_date(html) or parse_date(getattr(document, "date", None)) or layout.published_at,
        language=declared_language(html),
    )


__all__ = ["HtmlArticle", "extract_html", "looks_like_html", "declared_date", "declared_language"]
