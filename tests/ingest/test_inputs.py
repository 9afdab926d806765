"""Ingest: a hostile inbox where every good file is an article decoded right and every bad one a reject."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import os
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

import newsfold.ingest.inputs as ingest_module
from newsfold.ingest.inputs import ingest_paths
from newsfold.records import REJECT_REASONS
from newsfold.records import RawDocument, Reject

UTC = timezone.utc
ZURICH = "Negotiators met in Zürich on Thursday; the “lengthy” talks cost £4.5 billion, officials said.\n"
HTML_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Talks resume | Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<meta property="article:published_time" content="2025-02-13T10:30:00Z">
<script>var SCRIPT_MARKER = 1;</script></head><body>
<nav><a href="/">Home</a> <a href="/world">NAV_MARKER World</a></nav>
<article><h1>Talks resume</h1>
<p>Negotiators returned to Zürich on Thursday after a lengthy call, officials said.</p>
<p>The mediator said the talks would go on for as long as the two sides needed them to.</p></article>
<footer>© 2025 The Daily Planet FOOTER_MARKER</footer></body></html>"""
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def jsonl_lines():
    good = {"id": "a1", "title": "Talks begin", "date": "2025-02-13T10:00:00Z", "url": "https://x.org/a1",
            "outlet": "Wire", "body": "Trump and Putin agreed to start talks, the White House said."}
    text_key = {"title": "Second story", "text": "Zelensky said Ukraine must take part in any talks."}
    return [
        json.dumps(good, ensure_ascii=False),
        '{"id": "a2", "title": "Broken", "body": "unterminated',
        json.dumps({"id": "a3", "title": "No body at all"}),
        "",
        json.dumps(text_key),
        json.dumps(["not", "an", "object"]),
    ]


def build_inbox(root: Path, seeds_dir: Path) -> Path:
    inbox = root / "inbox"
    inbox.mkdir()
    for seed in sorted(seeds_dir.glob("*.txt")):
        (inbox / seed.name).write_bytes(seed.read_bytes())
    (inbox / "latin1.txt").write_bytes(("Zürich talks\n\n" + ZURICH).encode("latin-1", errors="replace"))
    (inbox / "cp1252.txt").write_bytes(("Zürich talks\n\n" + ZURICH).encode("cp1252"))
    (inbox / "utf16_bom.txt").write_bytes(("Zürich talks\n\n" + ZURICH).encode("utf-16"))
    (inbox / "utf16le_nobom.txt").write_bytes(("Zürich talks\n\n" + ZURICH).encode("utf-16-le"))
    (inbox / "utf8_bom.txt").write_bytes(codecs.BOM_UTF8 + ("Zürich talks\r\n\r\n" + ZURICH).encode())
    (inbox / "no_extension").write_bytes(ZURICH.encode())
    (inbox / "one_line.txt").write_text("Trump and Putin agree to begin Ukraine peace talks", encoding="utf-8")
    (inbox / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (inbox / "page_saved_as.txt").write_text(HTML_PAGE, encoding="utf-8")
    (inbox / "feed.jsonl").write_text("\n".join(jsonl_lines()) + "\n", encoding="utf-8")
    with gzip.open(inbox / "feed2.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": 7, "headline": "Gz story", "content": "Peskov said the call was useful."}))
        handle.write("\n")
    (inbox / "single.json").write_text(json.dumps({"title": "J", "body": ZURICH}), encoding="utf-8")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "blank.txt").write_bytes(b"  \n\t\r\n   \n")
    (inbox / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (inbox / "nul.txt").write_bytes(b"\x00" * 4096)
    (inbox / "picture.png").write_bytes(PNG)
    (inbox / "image_named.txt").write_bytes(PNG)
    with zipfile.ZipFile(inbox / "memo.docx", "w") as archive:
        archive.writestr("word/document.xml", "<w:document>Trump said</w:document>")
    (inbox / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (inbox / "big.txt").write_text("Trump said talks would start. " * 2000, encoding="utf-8")  # 60 kB
    (inbox / "x.txt").mkdir()  # a folder named like a file, holding nothing
    (inbox / "nested" / "deeper").mkdir(parents=True)  # empty tree: one reject for the top-most folder
    (inbox / "sub").mkdir()
    (inbox / "sub" / "inner.md").write_text("# Markdown title\n\nA body paragraph, it said.\n", encoding="utf-8")
    (inbox / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")  # hidden: not an input
    (inbox / ".git").mkdir()
    (inbox / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    return inbox


def outcomes(docs: list[RawDocument], rejects: list[Reject]) -> dict[tuple[str, str | None], object]:
    result: dict[tuple[str, str | None], object] = {}
    for item in [*docs, *rejects]:
        key = (Path(item.source_path).name, item.source_record)
        assert key not in result, f"two outcomes for {key}"
        result[key] = item
    return result


@pytest.fixture()
def inbox(tmp_path, seeds_dir):
    return build_inbox(tmp_path, seeds_dir)


def test_hostile_inbox(inbox, tmp_path):
    docs, rejects = ingest_paths([inbox, tmp_path / "missing.txt"], max_bytes=20_000)
    out = outcomes(docs, rejects)

    def doc(name, record=None):
        item = out.pop((name, record))
        assert isinstance(item, RawDocument), item
        assert item.body.strip() and item.body == item.body.strip("\n")
        assert item.source_path == str((inbox / name).resolve()) or name.startswith("inner")
        return item

    def reject(name, reason, record=None):
        item = out.pop((name, record))
        assert isinstance(item, Reject), item
        assert item.reason == reason, item
        assert item.reason in REJECT_REASONS and item.detail
        return item

    seeds = [doc(name) for name in sorted(n for n, _ in list(out) if n[:3] in ("000", "001", "002", "003", "004"))]
    assert len(seeds) == 5
    assert seeds[3].title == "Trump Initiates Peace Talks With Putin For Ukraine War"
    assert seeds[3].published_at == datetime(2025, 2, 13, tzinfo=UTC)
    assert seeds[0].section == "World / Politics"
    for seed in seeds:
        assert seed.language == "en" and seed.source_record is None
        for furniture in ("- Region:", "Today :", "World News\n", "Related Sources", "• Source 1"):
            assert furniture not in seed.body

    for name in ("latin1.txt", "cp1252.txt", "utf16_bom.txt", "utf16le_nobom.txt", "utf8_bom.txt"):
        item = doc(name)
        assert item.title == "Zürich talks", name
        assert item.body == ZURICH.strip().replace("“lengthy”", "?lengthy?" if name == "latin1.txt" else "“lengthy”")
    assert doc("no_extension").body == ZURICH.strip()
    one_line = doc("one_line.txt")
    assert (one_line.title, one_line.body) == (None, "Trump and Putin agree to begin Ukraine peace talks")
    for name in ("page.html", "page_saved_as.txt"):
        page = doc(name)
        assert page.title == "Talks resume" and page.outlet == "The Daily Planet"
        assert page.published_at == datetime(2025, 2, 13, 10, 30, tzinfo=UTC)
        assert "Zürich" in page.body
        assert not any(m in page.body for m in ("SCRIPT_MARKER", "NAV_MARKER", "FOOTER_MARKER"))
    assert doc("inner.md").title == "Markdown title"
    assert doc("single.json").title == "J"

    first = doc("feed.jsonl", "a1")
    assert (first.title, first.url, first.outlet) == ("Talks begin", "https://x.org/a1", "Wire")
    assert first.published_at == datetime(2025, 2, 13, 10, tzinfo=UTC)
    assert first.raw_sha256 == hashlib.sha256(jsonl_lines()[0].encode()).hexdigest()
    assert doc("feed.jsonl", "line 5").title == "Second story"
    reject("feed.jsonl", "malformed_json", "line 2")
    reject("feed.jsonl", "no_text", "a3")
    reject("feed.jsonl", "malformed_json", "line 6")
    assert doc("feed2.jsonl.gz", "7").title == "Gz story"

    reject("empty.txt", "empty")
    reject("blank.txt", "blank")
    reject("binary.bin", "binary")
    reject("nul.txt", "binary")
    reject("picture.png", "image")
    reject("image_named.txt", "image")
    reject("memo.docx", "unsupported_format")
    reject("report.pdf", "unsupported_format")
    reject("big.txt", "too_large")
    reject("x.txt", "empty_dir")
    reject("nested", "empty_dir")
    reject("missing.txt", "not_found")
    assert out == {}, f"unexpected outcomes: {sorted(out)}"  # hidden files made none


def test_deterministic_order_and_duplicates(inbox):
    first = ingest_paths([inbox])
    second = ingest_paths([inbox, inbox / "002_dc1560fb2344031c.txt"])  # same file twice: read once
    assert first == second


def test_jsonl_record_too_large_does_not_hide_others(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"body": "x " * 5000}) + "\n" + json.dumps({"id": "ok", "body": "Short one, he said."}) + "\n",
        encoding="utf-8",
    )
    docs, rejects = ingest_paths([feed], max_bytes=1000)
    assert [d.source_record for d in docs] == ["ok"]
    assert [(r.source_record, r.reason) for r in rejects] == [("line 1", "too_large")]


def test_unreadable_file(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text("Secret story, he said.\n")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads whatever the mode: make the read fail as it would for a user
        real_open = open

        def denying_open(file, *args, **kwargs):
            if Path(file) == locked.resolve():
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(ingest_module, "open", denying_open, raising=False)
    try:
        docs, rejects = ingest_paths([locked, tmp_path])
    finally:
        locked.chmod(0o644)
    assert not docs and [r.reason for r in rejects] == ["unreadable"]


def test_bbc_files(shared_dir, tmp_path):
    bbc = shared_dir / "corpora" / "bbc"
    if not bbc.exists():
        pytest.skip("BBC corpus not in shared/")
    files = [bbc / "sport" / "199.txt", bbc / "business" / "001.txt", bbc / "entertainment" / "160.txt"]
    docs, rejects = ingest_paths(files)
    assert not rejects and len(docs) == 3
    mutu, time_warner, itunes = docs
    assert mutu.title == "Chelsea sack Mutu"
    assert "a £15.8m signing from Parma" in mutu.body  # the latin-1 file
    assert time_warner.title == "Ad sales boost Time Warner profit"
    assert time_warner.body.startswith("Quarterly profits at US media giant TimeWarner jumped 76%")
    assert itunes.title == "iTunes now selling Band Aid song"
    for doc in docs:
        raw = Path(doc.source_path).read_bytes()
        assert doc.raw_sha256 == hashlib.sha256(raw).hexdigest()
        last_line = raw.decode("utf-8", errors="replace").rstrip().rsplit("\n", 1)[-1].strip()
        assert doc.body.endswith(last_line[-40:].replace("\ufffd", "£"))  # the whole body is kept


def test_bbc_folder_all_articles(shared_dir):
    folder = shared_dir / "corpora" / "bbc" / "tech"
    if not folder.exists():
        pytest.skip("BBC corpus not in shared/")
    docs, rejects = ingest_paths([folder])
    assert not rejects
    assert all(doc.title and doc.body and doc.language == "en" for doc in docs)
    assert len(docs) == len(list(folder.glob("*.txt")))


@pytest.mark.slow
def test_reuters_jsonl_gz(shared_dir):
    corpus = shared_dir / "corpora" / "reuters21578.jsonl.gz"
    if not corpus.exists():
        pytest.skip("Reuters corpus not in shared/")
    docs, rejects = ingest_paths([corpus])
    # One record's body is "1010": no words, so not an article (wire price tables still are).
    assert len(docs) == 19042
    assert [(r.source_record, r.reason) for r in rejects] == [("reuters-13364", "not_text")]
    assert docs[0].source_record == "reuters-1" and docs[0].title == "BAHIA COCOA REVIEW"
    assert docs[0].published_at == datetime(1987, 2, 26, 15, 1, 1, 790000, tzinfo=UTC)
    undated = [doc.source_record for doc in docs if doc.published_at is None]
    assert len(undated) <= 2  # "date added by S Finch as guesswork" and an impossible hour stay null
    assert sum(doc.language == "en" for doc in docs) / len(docs) > 0.85
    assert sum(doc.language not in ("en", "und") for doc in docs) <= 5  # wrong-language calls stay rare
