"""Hard-wrapped wire copy: lines broken at ~65 characters inside sentences ("... the existing\nstructure
of the committee ..."). The parser reads such a break as a boundary (headings, paragraph ends), so
extraction parses a view of the text in which every mere line wrap is a space. The view has the same
length as the text: every offset into it is an offset into the body, and text is sliced from the body.
"""

from __future__ import annotations

import re

# A line break that continues a sentence: the next line opens with a lower-case word.
_WRAPPED_BREAK = re.compile(r"[^\s]\n(?=[a-z(])")
# A mere wrap: a single line break between two non-blank characters, the next line not indented
# (wire copy opens a paragraph with an indent or a blank line).
_WRAP = re.compile(r"(?<=[^\s])\n(?=[^\s])")


def is_hard_wrapped(text: str) -> bool:
    """Wire copy broken into lines: several lines go on with a lower-case word. Paragraphs of web
    text never do."""
    breaks = len(_WRAPPED_BREAK.findall(text))
    return breaks >= 2 and breaks >= 0.15 * text.count("\n")


def unwrap_lines(text: str) -> str:
    """The text with every mere line wrap made a space (same length; paragraphs kept), when the
    text is hard-wrapped; otherwise the text itself."""
    if not is_hard_wrapped(text):
        return text
    return spaces_for_wraps(text)


def spaces_for_wraps(text: str) -> str:
    """Every single line break between two non-blank characters made a space (same length),
    whether or not the text is hard-wrapped."""
    return _WRAP.sub(" ", text)
