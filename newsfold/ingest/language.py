"""Language of a text (by script, else by stop words) and declared language codes; blank texts."""

from __future__ import annotations

import re
from collections import Counter

from newsfold.ingest.lexicon import SCRIPT_BLOCKS, STOP_WORDS

_WORD = re.compile(r"[^\W\d_]+")
_LANGUAGE_CODE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*$")


def is_blank(text: str) -> bool:
    return not text.strip().strip("\ufeff\u200b\u200c\u200d\u2060")


# Below these a decoded text is no language. Loose on purpose: wire tables ("Shr 22 cts vs 13 cts",
# price and weather tables) have 13-40% letters and dot leaders, and must pass.
MIN_LETTER_SHARE = 0.10
MAX_ONE_CHAR_SHARE = 0.5
MIN_CHARS_FOR_SHARES = 20


def why_not_text(text: str) -> str | None:
    """Why a decoded, non-blank text is not language (a readable reason), or None when it is."""
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return None  # blank, which has its own reject
    letters = sum(ch.isalpha() and not ch.isnumeric() for ch in visible)
    if letters == 0:
        return "no letters at all"
    words = [w.lower() for w in _WORD.findall(text)]
    if len(visible) >= MIN_CHARS_FOR_SHARES:
        char, commonest = Counter(visible).most_common(1)[0]
        if char.isalnum() and commonest > MAX_ONE_CHAR_SHARE * len(visible):
            return f"one character ({char!r}) makes up {commonest / len(visible):.0%} of the text"
        if letters < MIN_LETTER_SHARE * len(visible):
            return f"only {letters / len(visible):.0%} of the characters are letters"
    if len(words) >= 20 and len(set(words)) <= 2:
        return "one or two words repeated"
    return None


def script_language(text: str) -> str | None:
    """Language implied by a non-Latin script that dominates the letters, else None."""
    counts = dict.fromkeys((name for _, _, name in SCRIPT_BLOCKS), 0)
    for ch in text:
        if not ch.isalpha():
            continue
        code = ord(ch)
        for first, stop, name in SCRIPT_BLOCKS:
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
