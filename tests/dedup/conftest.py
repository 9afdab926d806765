"""Fixtures and text edits shared by the dedup tests."""

from __future__ import annotations

import pytest


def change_words(text: str, every: int = 60) -> str:
    """Replace one word in `every` (a light edit, as an updated version of an article)."""
    words = text.split(" ")
    return " ".join("CHANGED" if i % every == every // 2 else w for i, w in enumerate(words))


@pytest.fixture(scope="module")
def seeds(seed_texts) -> list[str]:
    return list(seed_texts.values())
