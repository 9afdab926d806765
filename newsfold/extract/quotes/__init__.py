"""Quotes and their speakers. `extract_quotes` is the entry point."""

from newsfold.extract.quotes.extractor import extract_quotes, find_quote_spans

__all__ = ["extract_quotes", "find_quote_spans"]
