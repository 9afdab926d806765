"""Answers computed once per parsed Doc and kept in its `user_data`: several rules ask an article the
same question (its coordinations, its line-ups, its company names), and the answer holds while the Doc
lives."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc

T = TypeVar("T")


def once_per_doc(doc: Doc, key: str, compute: Callable[[Doc], T]) -> T:
    """`compute(doc)`, computed on the first call for this Doc and key only."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = compute(doc)
    return value


__all__ = ["once_per_doc"]
