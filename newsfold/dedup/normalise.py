"""Text normalisation for deduplication: NFKC, casefold, punctuation and boilerplate lines out.

Two copies of an article that differ only in these normalise alike and share a `content_hash`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Lines that are site furniture rather than content; matched only on short lines so that an
# article sentence containing "subscribe" is never dropped.
_BOILERPLATE_LINE = re.compile(
    r"^\W*(?:copyright\b|©|\(c\)\s|all rights reserved|related (?:sources|articles|stories|topics|links)"
    r"|read more\b|see also\b|more on this story|share this\b|follow us\b|sign up\b|subscribe\b"
    r"|click here\b|advertisement\W*$|image (?:source|caption)|reporting by\b|editing by\b"
    r"|this article (?:was|is|first)\b)",
    re.IGNORECASE,
)
_BOILERPLATE_ANYWHERE = re.compile(r"all rights reserved|©", re.IGNORECASE)
# Cheap substring tests on the lowercased text first: most articles have no such line, and the
# per-line regex loop (or one big case-insensitive alternation) costs far more.
_BOILERPLATE_HINTS = (
    "copyright", "©", "(c)", "rights reserved", "related", "read more", "see also", "more on this", "share this",
    "follow us", "sign up", "subscribe", "click here", "advertisement", "image source", "image caption",
    "reporting by", "editing by", "this article",
)
_BOILERPLATE_MAX_WORDS = 20
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)



def strip_boilerplate(text: str) -> str:
    """Drop short lines that are copyright notices, share/subscribe prompts, bylines and the like."""
    lowered = text.lower()
    if not any(hint in lowered for hint in _BOILERPLATE_HINTS):
        return text
    kept = []
    for line in text.splitlines():
        short = len(line.split()) <= _BOILERPLATE_MAX_WORDS
        if short and (_BOILERPLATE_LINE.match(line) or _BOILERPLATE_ANYWHERE.search(line)):
            continue
        kept.append(line)
    return "\n".join(kept)


def normalise_text(text: str) -> str:
    """Lowercase words separated by single spaces: no punctuation, no boilerplate lines.

    NFKC folds compatibility forms (full-width letters, ligatures, non-breaking spaces) so that
    two encodings of the same article normalise alike.
    """
    text = unicodedata.normalize("NFKC", text)
    text = strip_boilerplate(text)
    return _NON_WORD.sub(" ", text.casefold()).strip()


def content_hash(body: str) -> str:
    """Hash of the normalised body: equal for copies differing only in case, spacing, punctuation, boilerplate."""
    return digest(normalise_text(body))


def digest(normalised: str) -> str:
    """The content hash of a text already passed through `normalise_text`."""
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=16).hexdigest()
