"""Extraction over parsed articles: one module or subpackage per capability (quotes, people,
numbers); `articles` runs them all over one spaCy pass."""
