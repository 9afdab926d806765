"""Where a name stands on the page: headline lines, bylines and photo credits. (Hard-wrapped wire
copy comes parsed with its line wraps as spaces: newsfold.nlp.wraps.)"""

from __future__ import annotations

import re

from newsfold.nlp.lexicon import NAME_TITLE_ABBREVIATIONS


_CREDIT_BEFORE = re.compile(
    r"(?:^|[\s(\[|\-–—])(?:(?:additional\s+)?(?:reporting|writing|editing|words|text|interview|"
    r"research|graphics?)\s+by|(?:additional\s+)?reporting\s+from|"
    r"photo(?:graph)?s?|(?<!motion\s)pictures?|images?|illustrations?|videos?|"  # "Motion Picture:" labels an award
    r"credits?|source|copyright|©|(?:with\s+)?files\s+from)\s*(?:by|credit)?\s*[:\-–—]?\s*$",
    re.IGNORECASE,
)
_BYLINE_BEFORE = re.compile(r"^\s*(?:[-•*]\s*)?by(?:line)?\s*:?\s*$", re.IGNORECASE)  # "By:", "BYLINE:"
# A credit line: "Podcast produced by Jane Doe.", "Edited by John Smith" (a few words open the line;
# "The film was produced by Harvey Weinstein" names a person of the story).
_PRODUCED_BY_BEFORE = re.compile(r"^\s*(?:[\w’'-]+\s+){0,2}(?:[Pp]roduced|[Ee]dited|[Cc]ompiled|[Ww]ritten)\s+by\s*$")
# A section signed off on a line of its own: "- Amber Phillips." (a bulleted list item has no full stop).
_SIGNOFF_BEFORE = re.compile(r"^\s*[-–—]\s*$")
_SIGNOFF_AFTER = re.compile(r"^\.\s*$")
# A line of credits: "Contributing: Todd Spangler.", "Story by Jane Doe Video produced by John Roe and Sam
# Poe" (feeds glue such credits into one line, "Jon StraussCinematography by ..."): every name on it is a credit.
_CREDIT_LINE_OPENER = re.compile(
    r"^\s*\(?\s*(?:contributing\s*:|(?:story|video|additional\s+reporting|reporting|writing|editing)\s+by\s)",
    re.IGNORECASE)
# A closing line of credits naming its writers first: "Amanda Terkel contributed reporting.", "Jane Doe and John
# Roe contributed to this report." (no verb but "contributed", few words).
_CONTRIBUTED_LINE = re.compile(
    r"^\s*(?:[A-Z][\w.’'\-]*,?\s+(?:and\s+)?){1,12}contributed\s+(?:reporting|research|to\s+this\s+"
    r"(?:report|story|article))\b[^.\n]{0,60}\.?\s*$")
# A closing line of sign-offs ("signoff_lines"): "Costa reported from Washington.", "Lerer reported from Los Angeles.
# Associated Press writer Jill Colvin contributed from Albuquerque.", "Phillip reported from Oakland, Calif.; Gearan,
# from Washington.", "On Twitter follow Ken Thomas https://twitter.com/KThomasDC and Lisa Lerer ...", a newsletter's
# "Send tips/quips/quotes to Lauren Weber lauren.weber@...", "Follow Jeff Horwitz and Chad Day on Twitter": a line that
# opens with such a sign-off names the writers, every name on it. ("Trump contributed $1 million" is no sign-off.)
_SIGNOFF_LINE = re.compile(
    r"^\s*(?:[Oo]n\s+[Tt]witter,?\s+[Ff]ollow\s+[A-Z]|[Ss]end\s+tips\b[^\n]{0,80}?\s+to\s+[A-Z]|"
    r"[Ff]ollow\s+(?:[A-Z][\w.’'\-]*,?\s+(?:and\s+)?){2,8}on\s+[Tt]witter\b|"
    r"(?:(?:[Tt]he\s+)?(?:Associated\s+Press|AP)\s+writers?\s+)?"
    r"(?:[A-Z][\w.’'\-]*,?\s+(?:and\s+)?){1,8}(?:reported|contributed(?:\s+(?:reporting|research|to\s+this\s+"
    r"(?:report|story|article)))?)(?:\s+(?:from|in)(?:\s+[A-Z][\w.’'\-]*,?){1,4})?\s*(?:[.;]|$))")
_SIGNOFF_LINE_MAX = 300  # characters
_CREDIT_LINE_MAX = 400  # characters: a credit line is short; a paragraph opening "Reporting by" is not one
_CREDIT_LINE_SENTENCE = re.compile(r"\b(?:said|says|told)\b")
_CREDIT_AFTER = re.compile(
    r"^\s*(?:/|\|\s*[A-Z]|\((?:AP|AFP|Reuters|Getty|EPA|PA|Bloomberg|Shutterstock)\b|"
    r"for\s+(?:Reuters|AP|AFP|Getty)|"
    r"via\s+(?:Getty\s+Images|AP\s+Images|AFP|EPA|Reuters|Shutterstock)\b)",  # "Scott Olson via Getty Images."
)
# "Jane Doe for the Toronto Star": a name credited to an outlet. Without "outlet_credits" any capital after
# "for the" makes a credit; with it the outlet's title-cased name must close the credit, since in a sentence a
# name is followed by what it stands for ("Sen. Ted Cruz for the GOP presidential nomination").
_FOR_THE_AFTER = re.compile(r"^\s*for\s+the\s+[A-Z]")
_FOR_OUTLET_AFTER = re.compile(r"^\s*for\s+the\s+(?:[A-Z][\w.&’'-]*\s+){0,4}[A-Z][\w.&’'-]*\s*(?:[).,;:]\s*)?$")
# "REUTERS/Chris Helgren", "AFP/Getty Images/John Smith": an agency and a slash before the name.
_SLASH_BEFORE = re.compile(r"/\s*$")
# The author's note closing a column: "Jane Doe is a Toronto-based reporter covering ...".
_AUTHOR_NOTE_AFTER = re.compile(
    r"^\s+(?:is|was)\s+(?:a|an|the|our)\s+(?:[\w\-’'.]+\s+){0,4}?"
    r"(?:reporter|journalist|editor|writer|columnist|correspondent|contributor|critic|"
    r"freelancer|photographer|producer|blogger|author)s?\b",
    re.IGNORECASE,
)
# Without an article ("Clark Boyd is technology correspondent for The World", "Bill Thompson is a regular
# commentator on ..."): only as the opening of a paragraph ("Smith was editor of The Sun" may tell his story).
_AUTHOR_NOTE_BARE_AFTER = re.compile(
    r"^\s+is\s+(?:(?:a|an|the|our)\s+)?(?:[\w\-’'.]+\s+){0,3}?(?:correspondent|commentator|columnist)\s+"
    r"(?:for|on|at|with)\b",
)
# On the text's last line, a post at a body: "Mr. Phillips is Director of the Program on ...", "Zach Carter is a
# co-host of the HuffPost Politics podcast", "Joel B. Pollak is Senior Editor-at-Large at Breitbart News", "Gina
# Glantz is founder of GenderAvenger.com. Julie Burton is president of ...", "Brett M. Decker is co-author of the
# upcoming book ...": the op-ed's authors.
_LAST_LINE_NOTE_AFTER = re.compile(
    r"^\s+is\s+(?:(?:a|an|the)\s+)?(?:[\w\-’'.]+\s+){0,3}?"
    r"(?:director|president|founder|co-founder|co-host|host|professor|fellow|chair|editor(?:-at-large)?|"
    r"reporter|writer|columnist|correspondent|contributor|(?:co-)?author)s?\s+(?:of|at|for|with)\b",
    re.IGNORECASE,
)
_HONORIFIC_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:Mr|Mrs|Ms|Dr)\.?\s+$")
# A writer and outlet in square brackets closing a newsletter item: "[Marina Fang, HuffPost]".
_BRACKET_CREDIT_BEFORE = re.compile(r"\[\s*$")
_BRACKET_CREDIT_AFTER = re.compile(r"^\s*,\s*[A-Z][^\]\n,]{0,60}\]")
# The closing note on an opinion piece's writer: "Jane Doe is a ...", "Jane Doe, a delegate from Ohio, is ...",
# "Jane Doe is editor in chief of USA TODAY".
_BIO_AFTER = re.compile(r"^(?:,[^,\n]{3,120},)?\s+is\s+(?:a|an|the|[a-z]+(?:\s+[a-z]+){0,2}?\s+(?:of|at|for))\s")
_QUOTE_MARKS = re.compile(r"[“”\"]")
_FOLLOW_BEFORE = re.compile(r"(?:^|[.!?]\s+)follow\s+$", re.IGNORECASE)
_FOLLOW_AFTER = re.compile(r"^\s+(?:on\s+(?:twitter|facebook|instagram|x)\b|@)", re.IGNORECASE)
_AUTHOR_NOTE_REACH = 1500  # characters from the end of the text
# A sentence's end, or a web address closing a list ("Kiehl’s Body Fuel, $15, kiehls.ca Jane Doe is ...")
_SENTENCE_END_BEFORE = re.compile(r"(?:[.!?)\]”\"]|\w\.(?:com|ca|org|net|uk))\s+$")
_HEADLINE_MAX_WORDS = 20
_SENTENCE_CASE_TITLE_WORDS = 10
_BLANK_LINE_NEXT = re.compile(r"[ \t]*\n[ \t]*\n")  # the line ends, a blank line follows
# A sentence break inside the title line: a stop before a capital, unless the stop closes a title
# ("Texas Gov. Hears About Obama's Gun Grab" is one headline). Only the first line: further down, "Sen. Ted
# Cruz (R-Texas) - Announced March 23" is a slideshow caption naming a person.
_SENTENCE_BREAK = re.compile(r"(\S*)[.?!]\s+[A-Z]")
_BULLET = re.compile(r"^\s*[-•*–]\s+\S")


def _line_bounds(text: str, char: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, len(text) if end == -1 else end


def _is_headline_line(line: str, first_line: bool = False) -> bool:
    """A short line without closing punctuation whose longer words are mostly capitalised.
    The first line of a document may end with a full stop (many feeds punctuate titles)."""
    stripped = line.strip()
    if first_line and stripped[-2:] in ('.”', '."', ".’", "”.", '".', "’."):
        stripped = stripped[:-2].rstrip() + "."  # a title ending in a quotation: "... ‘Anytime, Anywhere.’"
    if not stripped or stripped[-1] in '?!"”:;,' or (stripped[-1] == "." and not first_line):
        return False
    words = re.findall(r"[A-Za-z][\w'’\-]*", stripped)
    if not words or len(words) > _HEADLINE_MAX_WORDS:
        return False
    if (_has_sentence_break(stripped) if first_line else _SENTENCE_BREAK.search(stripped)):
        return False  # several sentences: a paragraph, not a title
    long_words = [w for w in words if len(w) > 3] or words
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised / len(long_words) >= (0.9 if stripped[-1] == "." else 0.7)


def _has_sentence_break(line: str) -> bool:
    """Does a sentence end inside the line (not a title's stop: "Gov. Hears", "Dr. Tam")?"""
    return any(m.group(1) + "." not in NAME_TITLE_ABBREVIATIONS or line[m.end(1)] != "."
               for m in _SENTENCE_BREAK.finditer(line))


def _is_sentence_case_title(text: str, line_start: int, line_end: int) -> bool:
    """Is the line the article's title in sentence case ("Da Vinci film to star Tom Hanks"): its first
    line, short, one sentence with no stop, set apart by a blank line (a wire story's first wrapped line
    runs on)?"""
    line = text[line_start:line_end].strip()
    return (bool(line) and not text[:line_start].strip() and line[-1] not in ".!?:;,)\"”"
            and len(line.split()) <= _SENTENCE_CASE_TITLE_WORDS and not _has_sentence_break(line)
            and _BLANK_LINE_NEXT.match(text[line_end:]) is not None)


def in_headline(text: str, char: int) -> bool:
    """Is the character at `char` on a headline line?"""
    line_start, line_end = _line_bounds(text, char)
    if _is_sentence_case_title(text, line_start, line_end):
        return True
    if not _is_headline_line(text[line_start:line_end], not text[:line_start].strip()):
        return False
    if _in_list(text, line_start, line_end):
        return False
    # the last item of a list, closing the text, has no short line after it ("Outstanding debut: Amma Asante")
    return (line_start, line_end) not in list_item_lines(text)


def in_bulleted_list(text: str, char: int) -> bool:
    """Is the character at `char` on one of a run of bulleted lines (an award list: "- Best actress -
    Clare Higgins for Hecuba at the Donmar Warehouse")? A headline is no bullet point."""
    line_start, line_end = _line_bounds(text, char)
    if not _BULLET.match(text[line_start:line_end]):
        return False
    before, after = _neighbour_lines(text, line_start, line_end)
    return bool(_BULLET.match(before) or _BULLET.match(after))


def _neighbour_lines(text: str, line_start: int, line_end: int) -> tuple[str, str]:
    """The lines before and after the line from `line_start` to `line_end`, blank lines skipped."""
    before = text[:line_start].rstrip().rsplit("\n", 1)[-1]
    after = text[line_end:].lstrip().split("\n", 1)[0]
    return before, after


def _in_list(text: str, line_start: int, line_end: int) -> bool:
    """Is this short title-like line one item of a list (award nominees, a cast, a line-up) rather
    than a headline? The lines before and after it (blank lines skipped) are short lines without a
    full stop, one of them title-like too; a headline is followed by its story."""
    before, after = _neighbour_lines(text, line_start, line_end)
    return (_is_short_line(before) and _is_short_line(after)
            and (_is_headline_line(before) or _is_headline_line(after)))


def list_item_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines that are items of a list of short lines (award nominees,
    casts, line-ups: "Bradley Cooper, A Star Is Born"): a short line whose neighbours (blank lines
    skipped) are short lines too, one of the three title-like; and a title-like last item."""
    lines = []
    position = 0
    previous_item = False
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if not line.strip():
            continue
        item = _is_short_line(line) and (_in_list(text, start, end)
                                         or (previous_item and _is_headline_line(line)))
        if item:
            lines.append((start, end))
        previous_item = item
    return lines


def _is_short_line(line: str) -> bool:
    """A line of a list: a few words and no full stop closing it ("Best actor", "Glenn Close, The Wife")."""
    stripped = line.strip()
    return bool(stripped) and stripped[-1] not in ".!" and len(stripped.split()) <= 12


CREDIT_RULES = ("credits", "slash_credits", "author_notes", "credit_lines", "outlet_credits", "signoff_lines")


def _on_credit_line(line: str) -> bool:
    """A short line that opens with a credit ("Contributing:", "Story by") and tells no one's words."""
    return (len(line) <= _CREDIT_LINE_MAX and bool(_CREDIT_LINE_OPENER.match(line) or _CONTRIBUTED_LINE.match(line))
            and not _CREDIT_LINE_SENTENCE.search(line))


def _on_signoff_line(line: str) -> bool:
    """A short line that opens with a writer's sign-off ("Costa reported from Washington.") and tells no one's words."""
    return (len(line) <= _SIGNOFF_LINE_MAX and bool(_SIGNOFF_LINE.match(line))
            and not _CREDIT_LINE_SENTENCE.search(line) and not _QUOTE_MARKS.search(line))


def _is_author_note(text: str, start_char: int, end_char: int, line_start: int, line_end: int) -> bool:
    """Is the name the subject of the author's note closing the text? Each kind of note is read only
    as near the end as it is loose: "Follow X on Twitter" anywhere; "X is a reporter ..." opening a
    sentence within _AUTHOR_NOTE_REACH of the end; "X is president of ..." on the last line; "X, a
    delegate from Ohio, is ..." opening the last of several paragraphs (_is_closing_bio)."""
    before = text[line_start:start_char]
    after = text[end_char:line_end]
    opens_paragraph = not before.strip()
    if _FOLLOW_BEFORE.search(before) and _FOLLOW_AFTER.match(after):
        return True  # "Follow Pam Key on Twitter @pamkeyNEN"
    if len(text) - start_char < _AUTHOR_NOTE_REACH and (
            _AUTHOR_NOTE_AFTER.match(after) and _opens_sentence(before)
            or opens_paragraph and _AUTHOR_NOTE_BARE_AFTER.match(after)):
        return True  # an author's note closes the text; "X is a reporter" early on is a subject
    if text[line_end:].strip():
        return False  # the rest hold on the last line only: "Smith is president of the union" names a subject
    if _LAST_LINE_NOTE_AFTER.match(after) and (_opens_sentence(before) or _HONORIFIC_BEFORE.search(before)):
        return True  # "Mr. Phillips is Director of the Program on ..."
    return opens_paragraph and _is_closing_bio(text, start_char, end_char, line_start, line_end)


def _opens_sentence(before: str) -> bool:
    """Does the name open its sentence (`before` is its line up to it)?"""
    return not before.strip() or bool(_SENTENCE_END_BEFORE.search(before))


def _is_closing_bio(text: str, start_char: int, end_char: int, line_start: int, line_end: int) -> bool:
    """Is the name, opening the text's last line, the subject of a short note telling who someone named
    nowhere before is ("Norman Solomon, a Bernie Sanders delegate from California, is coordinator of
    ...")? The writer of an opinion piece; a person of the story is named earlier or quoted."""
    line = text[line_start:line_end]
    if len(line) > _CREDIT_LINE_MAX or not text[:line_start].strip():
        return False  # not the last of several paragraphs
    if not _BIO_AFTER.match(text[end_char:line_end]) or _CREDIT_LINE_SENTENCE.search(line) or _QUOTE_MARKS.search(line):
        return False
    surname = text[start_char:end_char].split()[-1]
    return len(text[start_char:end_char].split()) > 1 and not re.search(
        rf"\b{re.escape(surname)}\b", text[:line_start])


def is_credit(text: str, start_char: int, end_char: int,
              rules: frozenset[str] | tuple[str, ...] = CREDIT_RULES) -> bool:
    """Is the span a byline or credit ("By Jane Doe", "Photo: John Smith/Reuters", "REUTERS/John
    Smith", "With files from Jane Doe"), or the author's note closing a column ("Jane Doe is a
    Toronto-based reporter covering ...", "Follow Jane Doe on Twitter")? A photographer's name
    closing a caption goes with the caption (caption_spans)."""
    line_start, line_end = _line_bounds(text, start_char)
    before = text[line_start:start_char]
    after = text[end_char:line_end]
    if "credits" in rules and (_CREDIT_BEFORE.search(before) or _BYLINE_BEFORE.match(before)):
        return True
    if "credits" in rules and _PRODUCED_BY_BEFORE.match(before):
        return True
    if "credit_lines" in rules and _on_credit_line(text[line_start:line_end]):
        return True
    if "signoff_lines" in rules and _on_signoff_line(text[line_start:line_end]):
        return True
    if "credits" in rules and _SIGNOFF_BEFORE.match(before) and _SIGNOFF_AFTER.match(after):
        return True
    if "slash_credits" in rules and ("/" in text[start_char:end_char] or _SLASH_BEFORE.search(before)):
        return True  # "Robert Short/CBC" as one token, "REUTERS/Moe Doiron"
    if "credits" in rules and _BRACKET_CREDIT_BEFORE.search(before) and _BRACKET_CREDIT_AFTER.match(after):
        return True  # "[Lee Moran, HuffPost]"
    if "author_notes" in rules and _is_author_note(text, start_char, end_char, line_start, line_end):
        return True
    if "credits" in rules and ("outlet_credits" in rules and _FOR_OUTLET_AFTER.match(after)
                               or "outlet_credits" not in rules and _FOR_THE_AFTER.match(after)):
        return True  # "Jane Doe for the Toronto Star"
    return "credits" in rules and bool(_CREDIT_AFTER.match(after))


# A photo credit closing a caption: "( Richard Lautens / Toronto Star )", "(Steve Lawrence/CBC)",
# "( THE CANADIAN PRESS FILE PHOTO )", or "REUTERS/Chris Helgren" ending its line.
_CREDIT_PAREN = re.compile(r"\(\s*([^()\n]{2,80}?)\s*\)")
_CREDIT_WORDS = re.compile(
    r"/|\b(?:photo|photos|photograph|images?|press|archives?|reuters|ap|afp|epa|cbc|getty|handout|"
    r"file|courtesy|submitted|supplied|star|staff)\b", re.IGNORECASE)
_LINE_END_CREDIT = re.compile(r"\S+/\S[^\n]{0,60}$|[A-Z]{2,}/[^\n]{0,60}$")
_GALLERY = "Open this photo in gallery"
_LETTER = re.compile(r"[A-Za-z]")


def in_headline_or_credit(text: str, start_char: int, end_char: int,
                          rules: frozenset[str] | tuple[str, ...] = CREDIT_RULES) -> bool:
    """Is the span on a headline line or in a byline or credit: where a name found by its own cue is
    no person of the story."""
    return in_headline(text, start_char) or is_credit(text, start_char, end_char, rules)


def caption_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of photo captions: the sentences on a line that run up to a photo credit
    (from the line's start or the previous credit), and lines that open "Open this photo in gallery"."""
    spans: list[tuple[int, int]] = []
    if "(" not in text and "/" not in text and _GALLERY not in text:
        return spans
    position = 0
    for line in text.split("\n"):
        line_start, line_end = position, position + len(line)
        position = line_end + 1
        if not line.strip():
            continue
        if line.lstrip().startswith(_GALLERY):
            spans.append((line_start, line_end))
            continue
        segment_start = line_start
        for match in _CREDIT_PAREN.finditer(line):
            before = line[:match.start()].rstrip()
            if _CREDIT_WORDS.search(match.group(1)) and before[-1:] in ".!?”\"" and (
                    not re.search(r"[a-z]", match.group(1)) or "/" in match.group(1)
                    or re.search(r"photo|images|archives|courtesy|handout", match.group(1), re.I)):
                spans.append((segment_start, line_start + match.end()))
                segment_start = line_start + match.end()
        tail = _LINE_END_CREDIT.search(line, max(0, len(line) - 160)) if "/" in line[-100:] else None
        if tail and not _LETTER.search(tail.group()):
            tail = None  # "... NY, 10032. 1/3.": a part count closing a paid notice, no credit (a credit names)
        if tail and line[:tail.start()].rstrip()[-1:] in ".!?”\")" and " said" not in line[tail.start():]:
            spans.append((segment_start, line_end))
    return spans
