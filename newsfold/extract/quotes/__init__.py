"""Quotes and their speakers. `extract_quotes` is the entry point; `RULES` names the rules its
`disabled` argument can switch off."""

from newsfold.extract.quotes.article import RULES
from newsfold.extract.quotes.extractor import extract_quotes
from newsfold.extract.quotes.quote_marks import find_quote_spans

__all__ = ["RULES", "extract_quotes", "find_quote_spans"]
