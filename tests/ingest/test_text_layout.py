"""Plain-text layouts: seed headers and footers, BBC line-1 titles, trailing headlines, properties."""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import given
from hypothesis import strategies as st

from newsfold.ingest.decode import normalize_newlines
from newsfold.ingest.text_layout import join_body, looks_like_headline, parse_text_layout

HEADER_LINES = ("- Region:", "- Category:", "Today :", "World News", "13 February 2025")
FOOTER_LINES = ("Related Sources", "• Source 1")


def seed(seed_texts, prefix):
    return next(text for name, text in seed_texts.items() if name.startswith(prefix))


def assert_clean(body):
    for line in body.split("\n"):
        assert not line.startswith(HEADER_LINES), line
        assert not line.startswith(FOOTER_LINES), line


def test_seed_000_region_category_header(seed_texts):
    layout = parse_text_layout(seed(seed_texts, "000"))
    assert layout.title == "Ukraine War Talks Begin as Trump and Putin Agree on Negotiations"
    assert layout.section == "World / Politics"
    assert layout.body.startswith("In a significant diplomatic development, U.S. President Donald Trump")
    assert layout.body.endswith("determining the course of the conflict.")
    assert_clean(layout.body)


def test_seed_001_trailing_headline_is_title(seed_texts):
    layout = parse_text_layout(seed(seed_texts, "001"))
    assert layout.title == "Trump and Putin agree to begin Ukraine peace talks as Europe demands a role"
    assert layout.body.startswith("US President Donald Trump and Russian President Vladimir Putin")
    assert layout.body.endswith("shaping its fate from multiple angles.")
    assert "European leaders insist on involvement" in layout.body  # subheadings stay


def test_seed_002_no_title(seed_texts):
    text = seed(seed_texts, "002")
    layout = parse_text_layout(text)
    assert layout.title is None
    assert layout.body == normalize_newlines(text).strip("\n")


def test_seed_003_today_world_news_header(seed_texts):
    layout = parse_text_layout(seed(seed_texts, "003"))
    assert layout.title == "Trump Initiates Peace Talks With Putin For Ukraine War"
    assert layout.published_at == datetime(2025, 2, 13, tzinfo=timezone.utc)
    assert layout.body.startswith("Following productive discussions, leaders plan immediate negotiations")
    assert "\n\nPresident Donald Trump recently announced" in layout.body
    assert_clean(layout.body)


def test_seed_004_related_sources_footer(seed_texts):
    layout = parse_text_layout(seed(seed_texts, "004"))
    assert layout.title == "Trump and Putin Initiate Peace Talks Amid Ongoing Conflict in Ukraine"
    assert layout.body.endswith("ongoing negotiations between Trump and Putin.")
    assert "Related" not in layout.body and "Source 1" not in layout.body
    assert_clean(layout.body)


def test_bbc_layout_line_one_title_whole_body():
    text = (
        "Could Yukos be a blessing in disguise?\n\n"
        "Such is Yukos' (YUK.L) plight that its shares have lost almost all their value.\n\n"
        "The company said it would appeal.\n"
    )
    layout = parse_text_layout(text)
    assert layout.title == "Could Yukos be a blessing in disguise?"
    assert layout.body == (
        "Such is Yukos' (YUK.L) plight that its shares have lost almost all their value.\n\n"
        "The company said it would appeal."
    )


def test_one_line_file_is_body_not_title():
    for line in ("Trump and Putin agree to begin Ukraine peace talks", "Trump called Putin on Wednesday."):
        layout = parse_text_layout(line + "\n")
        assert layout.body == line
        assert layout.title is None


def test_headline_rules():
    assert looks_like_headline("iTunes now selling Band Aid song", allow_question=False)
    assert looks_like_headline("Analysis: No pain, no gain?", allow_question=True)
    assert not looks_like_headline("Analysis: No pain, no gain?", allow_question=False)
    assert not looks_like_headline("LONDON (Reuters) -", allow_question=False)
    assert not looks_like_headline("(Reporting by Jane Doe; Editing by John Roe)", allow_question=False)
    assert not looks_like_headline("the talks went on", allow_question=False)
    assert not looks_like_headline("Trump called Putin on Wednesday.", allow_question=False)


def test_header_metadata_lines():
    text = "Source: The Daily Planet\nURL: https://example.com/a\nBy Jane Doe\n\nTalks resume\n\nThey met.\nThey talked."
    layout = parse_text_layout(text)
    assert (layout.outlet, layout.url, layout.title) == ("The Daily Planet", "https://example.com/a", "Talks resume")
    assert layout.body == "They met.\nThey talked."


def test_body_kept_when_every_line_looks_like_furniture():
    assert parse_text_layout("13 February 2025\n").body == "13 February 2025"
    assert parse_text_layout("Related Sources:\n\n• Source 1").body == "Related Sources:\n\n• Source 1"


lines = st.lists(
    st.one_of(
        st.sampled_from(["", "- Region:", "- World", "Today : Feb 13, 2025", "World News", "Related Sources:",
                         "• Source 1 • Source 2", "A Headline Without A Stop", "Is this a question?",
                         "A full sentence of body text ends here.", "By Jane Doe", "© 2025 Planet"]),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
    ),
    max_size=12,
)


@given(lines)
def test_never_raises_and_body_is_made_of_input_lines(parts):
    text = "\n".join(parts)
    layout = parse_text_layout(text)
    normalized = normalize_newlines(text).split("\n")
    assert all(line in normalized for line in layout.body.split("\n") if line)
    has_text = any(part.strip() for part in normalize_newlines(text).split("\n"))
    assert bool(layout.body.strip()) == has_text  # never an empty body for a text with content
    if layout.title is not None:
        assert layout.title.strip() and "\n" not in layout.title


@given(lines)
def test_body_only_pass_is_idempotent(parts):
    once = parse_text_layout("\n".join(parts), find_title=False).body
    assert parse_text_layout(once, find_title=False).body == once


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=20), max_size=10))
def test_join_body_idempotent(parts):
    once = join_body(parts)
    assert join_body(once.split("\n")) == once
    assert "\n\n\n" not in once


def test_bbc_corpus_title_is_line_one_and_body_the_rest(shared_dir):
    """Every BBC file: title == line 1, body == the remaining lines (whole body kept, nothing dated)."""
    from newsfold.ingest.decode import decode_bytes

    bbc = shared_dir / "corpora" / "bbc"
    if not bbc.exists():
        import pytest

        pytest.skip("BBC corpus not in shared/")
    files = [path for path in sorted(bbc.rglob("*.txt")) if path.name.lower() != "readme.txt"]
    wrong = []
    for path in files:
        text = decode_bytes(path.read_bytes()).text
        lines = normalize_newlines(text).rstrip("\n").split("\n")
        layout = parse_text_layout(text)
        if (layout.title, layout.body, layout.section, layout.published_at) != (
            lines[0].strip(), join_body(lines[1:]), None, None
        ):
            wrong.append(path.name)
    assert len(files) > 2000
    assert wrong == []


def test_hard_wrapped_first_line_is_no_title():
    text = ("Brazil is not happy with the existing\nstructure of the 14-bank advisory committee which coordinates\n"
            "its commercial bank debt, Finance Minister Dilson Funaro said.\n")
    layout = parse_text_layout(text)
    assert layout.title is None and layout.body.startswith("Brazil is not happy")
