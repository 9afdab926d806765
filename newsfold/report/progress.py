"""Progress of a long stage: a bar on a terminal, and throttled updates for anything slower to call
(the Prefect progress artifact)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

BAR_WIDTH = 30
MIN_INTERVAL = 2.0  # seconds between two updates of a slow sink


class Throttled:
    """Calls `sink(done, total)` at most every `interval` seconds, and always for the last item."""

    def __init__(self, sink: Callable[[int, int], None], interval: float = MIN_INTERVAL,
                 clock: Callable[[], float] = time.monotonic):
        self.sink, self.interval, self.clock = sink, interval, clock
        self.last: float | None = None

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if done >= total or self.last is None or now - self.last >= self.interval:
            self.last = now
            self.sink(done, total)


def bar_line(stage: str, done: int, total: int, width: int = BAR_WIDTH) -> str:
    share = done / total if total else 1.0
    filled = round(width * share)
    return f"{stage:<8} [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,} ({share:.0%})"


class TerminalBar:
    """A bar redrawn in place on a terminal; nothing elsewhere (logs give one line per stage there)."""

    def __init__(self, stage: str, stream: TextIO | None = None):
        self.stage = stage
        self.stream = stream or sys.stderr
        self.live = hasattr(self.stream, "isatty") and self.stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.live:
            return
        end = "\n" if done >= total else ""
        self.stream.write("\r" + bar_line(self.stage, done, total) + end)
        self.stream.flush()
