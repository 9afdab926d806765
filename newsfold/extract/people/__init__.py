"""People named in one article: mentions, name variants and roles. `extract_people` is the entry point."""

from newsfold.extract.people.extractor import extract_people

__all__ = ["extract_people"]
