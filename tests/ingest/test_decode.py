"""Bytes -> text: BOMs, UTF-16 without BOM, UTF-8, cp1252/latin-1, mojibake, line endings."""

from __future__ import annotations

import codecs

from hypothesis import given
from hypothesis import strategies as st

from newsfold.ingest.decode import decode_bytes, looks_western, normalize_newlines, repair_mojibake

SAMPLE = "Talks in Zürich: “lengthy and highly productive”, said Trump’s team — £4.5 billion."


def test_utf8_plain_and_with_bom():
    assert decode_bytes(SAMPLE.encode("utf-8")).text == SAMPLE
    decoded = decode_bytes(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"))
    assert decoded.text == SAMPLE
    assert decoded.encoding == "utf-8-sig"


def test_utf16_with_and_without_bom():
    for codec in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        assert decode_bytes(SAMPLE.encode(codec)).text == SAMPLE, codec


def test_cp1252_curly_quotes_and_latin1():
    assert decode_bytes(SAMPLE.replace("—", "-").encode("cp1252")).text == SAMPLE.replace("—", "-")
    latin = "Negotiators met in Zürich; the fee was £15.8m, a señor said."
    decoded = decode_bytes(latin.encode("latin-1"))
    assert decoded.text == latin
    assert decoded.encoding in ("cp1252", "latin-1")


def test_bbc_latin1_sentence():
    # The one latin-1 BBC file (sport/199) writes the pound sign as the single byte 0xA3.
    raw = b"Chelsea have decided to write off a possible transfer fee for Mutu, a \xa315.8m signing."
    assert "a £15.8m signing" in decode_bytes(raw).text


def test_mojibake_repaired_in_utf8_file():
    broken = "Trump’s call".encode("utf-8").decode("cp1252")  # "TrumpÃ¢â‚¬â„¢s" style damage
    assert broken != "Trump’s call"
    assert decode_bytes(broken.encode("utf-8")).text == "Trump’s call"
    assert decode_bytes(broken.encode("utf-8")).repaired


def test_mixed_utf8_and_latin1_bytes():
    # Concatenated sources: UTF-8 punctuation next to latin-1 pound and e-acute bytes.
    raw = "Trump’s call, Zürich “talks”".encode("utf-8") + b" cost \xa35m at the caf\xe9."
    assert decode_bytes(raw).text == "Trump’s call, Zürich “talks” cost £5m at the café."


def test_repair_leaves_clean_text_alone(seed_texts):
    for text in seed_texts.values():
        assert repair_mojibake(text) == text


def test_non_western_single_byte_is_not_cp1252():
    russian = "Переговоры начались в среду, заявил представитель Кремля."
    assert not looks_western(russian.encode("cp1251").decode("cp1252"))
    assert decode_bytes(russian.encode("cp1251")).text == russian


def test_normalize_newlines():
    assert normalize_newlines("a \r\nb\t\rc\u00a0\n\nd") == "a\nb\nc\n\nd"


@given(st.binary(max_size=300))
def test_decode_never_raises(data):
    assert isinstance(decode_bytes(data).text, str)


@given(st.text(alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=300))
def test_utf8_round_trip(text):  # NULs excluded: UTF-8 with NULs is indistinguishable from UTF-16
    decoded = decode_bytes(text.encode("utf-8")).text
    # Strict UTF-8 always wins; only mojibake-shaped input may be repaired; a leading U+FEFF is a BOM.
    text = text.removeprefix("\ufeff")
    assert decoded == text or decoded == repair_mojibake(text)


@given(st.text(max_size=300))
def test_normalize_newlines_idempotent_and_keeps_content(text):
    once = normalize_newlines(text)
    assert normalize_newlines(once) == once
    assert "\r" not in once
    assert once.replace("\n", "").replace(" ", "").replace("\t", "").replace("\u00a0", "") == (
        text.replace("\r", "").replace("\n", "").replace(" ", "").replace("\t", "").replace("\u00a0", "")
    )
