"""Bytes -> text: byte-order marks, UTF-16 without BOM, UTF-8, Western single-byte encodings, mojibake.

Order of trust: a BOM is certain; a NUL pattern of ASCII-heavy UTF-16 is near-certain; strict UTF-8
that decodes is near-certain (random Western bytes almost never form valid UTF-8); then cp1252 when
the result reads like Western text (latin-1 is cp1252 minus the 0x80-0x9F punctuation, so cp1252 is
the superset for text; a C1 control byte that cp1252 leaves undefined means real latin-1); only then
charset-normalizer's guess. Mojibake ("TrumpÃ¢â‚¬â„¢s") is repaired with ftfy's encoding fixer only,
never its cosmetic fixes (curly quotes, ligatures, widths stay as written).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import ftfy

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters that cp1252/latin-1 text legitimately contains beyond letters.
_WESTERN_SYMBOLS = set("£€¥¢©®™°±×÷§¶·•–—‘’‚“”„…‹›«»¡¿ ¹²³¼½¾µƒ†‡‰ˆ˜¦¨¯´¸¤ªº¬")
_MOJIBAKE_HINT = re.compile("[ÂÃâ€™œ¢žŸ][\u0080-\u00ff\u0152-\u02dc\u2010-\u2122]")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # codec used: "utf-8", "utf-8-sig", "utf-16-le", "cp1252", "latin-1", ...
    repaired: bool = False  # True when mojibake was repaired


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) when `data` starts with a byte-order mark."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the NUL bytes fall on one parity, as in mostly-ASCII UTF-16."""
    sample = data[:4096]
    if len(sample) < 16 or len(sample) % 2:
        return None  # too little evidence; short files with NULs are binary
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls >= 0.5 * half and even_nuls <= 0.02 * half:
        return "utf-16-le"
    if even_nuls >= 0.5 * half and odd_nuls <= 0.02 * half:
        return "utf-16-be"
    return None


def looks_western(text: str) -> bool:
    """True when the non-ASCII characters read like Western European text: accents and punctuation,
    sparse among ASCII letters (a Cyrillic or Greek single-byte text decodes to dense accented runs)."""
    text = text[:100_000]  # a sample decides; whole multi-megabyte files would only cost time
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return True
    if any(not (ch.isalpha() or ch in _WESTERN_SYMBOLS) for ch in non_ascii):
        return False
    letters = sum(1 for ch in text if ch.isalpha())
    return len(non_ascii) <= 0.3 * max(letters, 1)


def decode_single_byte(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes: cp1252 when it fits, latin-1 for C1 controls, else charset-normalizer."""
    try:
        text = data.decode("cp1252")
        codec = "cp1252"
    except UnicodeDecodeError:  # 0x81 0x8D 0x8F 0x90 0x9D: undefined in cp1252, C1 controls in latin-1
        text = data.decode("latin-1")
        codec = "latin-1"
    if looks_western(text):
        return text, codec
    from charset_normalizer import from_bytes  # only for the rare non-Western single-byte file

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    return text, codec


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252/latin-1 ("â€™" -> "’"), leaving every other character alone."""
    if not _MOJIBAKE_HINT.search(text):
        return text
    return ftfy.fix_encoding(text)


def decode_bytes(data: bytes) -> DecodedText:
    """Decode file bytes to str. Never raises: the last resort is latin-1, which maps every byte."""
    bom = bom_encoding(data)
    if bom is not None:
        codec, skip = bom
        text = data[skip:].decode(codec, errors="replace")
        return DecodedText(text, codec + ("-sig" if codec == "utf-8" else ""))
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        return DecodedText(data.decode(utf16, errors="replace"), utf16)
    try:
        text = data.decode("utf-8")
        codec = "utf-8"
    except UnicodeDecodeError:
        text, codec = decode_single_byte(data)
    fixed = repair_mojibake(text)
    return DecodedText(fixed, codec, repaired=fixed != text)


def normalize_newlines(text: str) -> str:
    """CRLF and CR -> LF; trailing spaces, tabs and NBSPs stripped from each line. Nothing else changes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if re.search("[ \t\u00a0](?:\n|$)", text):
        text = "\n".join(line.rstrip(" \t\u00a0") for line in text.split("\n"))
    return text


__all__ = [
    "DecodedText", "bom_encoding", "utf16_without_bom", "looks_western", "decode_single_byte",
    "repair_mojibake", "decode_bytes", "normalize_newlines",
]
