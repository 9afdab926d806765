"""The quantity record the extraction stages fill in, before it becomes a NumberMention."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Quantity:
    """A quantity being built; turned into a NumberMention at the end."""

    start: int  # span start (currency or sign included)
    end: int  # span end (scale and unit included)
    num_start: int
    num_end: int
    value: float
    raw: float  # value as written, before the scale word
    value_max: float | None = None
    scale: float = 1.0
    unit: str | None = None
    kind: str = "other"
    currency: str | None = None
    qualifier: str = "exact"
    counted: str | None = None
    written: bool = False  # number written in words
    word_kind: str = "cardinal"  # cardinal | fraction | vague | ordinal | digits
    has_comma: bool = False
    has_decimal: bool = False
    drop: bool = False
    flags: set = field(default_factory=set)
