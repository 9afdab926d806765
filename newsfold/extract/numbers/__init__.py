"""Quantities in one article: value, unit, kind, qualifier, what is counted. `extract_numbers` is the entry point."""

from newsfold.extract.numbers.extractor import extract_numbers

__all__ = ["extract_numbers"]
