"""The F1 formula every scorer uses (quotes, people, numbers, the trainers, the intervals): one
definition, so that no two figures differ by how a zero is handled."""

from __future__ import annotations


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall; 0.0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


__all__ = ["f1"]
