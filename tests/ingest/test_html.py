"""HTML pages: main text without navigation/scripts/footers, and metadata."""

from __future__ import annotations

from datetime import datetime, timezone

from newsfold.ingest.html import declared_date, extract_html, looks_like_html

PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head>
<title>Zürich talks resume | The Daily Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<meta property="article:published_time" content="2025-02-13T10:30:00+01:00">
<meta property="article:section" content="World">
<link rel="canonical" href="https://example.com/world/zurich-talks">
<script>window.tracker = {"cookie": "SCRIPT-MARKER"};</script>
<style>.nav { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>NAV-MARKER</li></ul></nav>
<header><div class="promo">Subscribe now for PROMO-MARKER offers!</div></header>
<article>
<h1>Zürich talks resume</h1>
<p>Negotiators returned to Zürich on Thursday after a “lengthy and highly productive” call, officials said.</p>
<p>Kremlin spokesman Dmitry Peskov said the talks would continue, and that £4.5 billion was at stake.</p>
<p>“We are hopeful,” said the mediator, who asked not to be named because the talks were private.</p>
</article>
<footer><p>© 2025 The Daily Planet. FOOTER-MARKER. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def test_main_text_without_boilerplate():
    article = extract_html(PAGE)
    assert article is not None
    assert "Negotiators returned to Zürich" in article.body
    assert "“lengthy and highly productive”" in article.body
    assert "“We are hopeful,” said the mediator" in article.body
    for marker in ("SCRIPT-MARKER", "NAV-MARKER", "PROMO-MARKER", "FOOTER-MARKER", ".nav"):
        assert marker not in article.body
    assert not article.body.startswith("Zürich talks resume")  # the <h1> is the title, not body


def test_metadata():
    article = extract_html(PAGE)
    assert article.title == "Zürich talks resume"
    assert article.outlet == "The Daily Planet"
    assert article.url == "https://example.com/world/zurich-talks"
    assert article.section == "World"
    assert article.language == "en"
    assert article.published_at == datetime(2025, 2, 13, 9, 30, tzinfo=timezone.utc)


def test_json_ld_date_and_no_guess():
    assert declared_date('<script type="application/ld+json">{"datePublished": "2025-02-13"}</script>') == (
        datetime(2025, 2, 13, tzinfo=timezone.utc)
    )
    page = "<html><body><article><p>A short report with no date at all, said officials.</p></article>" \
           "<footer>Copyright 2019</footer></body></html>"
    article = extract_html(page)
    assert article is not None
    assert article.published_at is None


def test_pages_without_text():
    assert extract_html("<html><head><title>x</title></head><body></body></html>") is None
    assert extract_html("<html><body><script>var a = 1;</script></body></html>") is None
    assert extract_html("") is None


def test_looks_like_html():
    assert looks_like_html(PAGE)
    assert looks_like_html("  <html><body>x</body></html>")
    assert looks_like_html("<p>One.</p><p>Two.</p><div>Three</div>")
    assert not looks_like_html("Trump said the <b> tag is bold.\nNo markup here.")
    assert not looks_like_html("President Donald Trump announced a phone call with Putin.")
