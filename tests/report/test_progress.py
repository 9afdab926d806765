"""Progress: throttled updates and the terminal bar."""

from __future__ import annotations

import io

from hypothesis import given, strategies as st

from newsfold.report.progress import TerminalBar, Throttled, bar_line


def test_throttled_calls_at_most_every_interval_and_always_at_the_end():
    now = [0.0]
    calls = []
    throttled = Throttled(lambda d, t: calls.append(d), interval=2.0, clock=lambda: now[0])
    for done in range(1, 11):
        now[0] += 0.5
        throttled(done, 10)
    assert calls[0] == 1 and calls[-1] == 10 and len(calls) <= 5


@given(st.integers(0, 10_000), st.integers(1, 10_000))
def test_bar_line_is_bounded(done, total):
    done = min(done, total)
    line = bar_line("extract", done, total)
    bar = line[line.index("[") + 1:line.index("]")]
    assert len(bar) == 30 and bar == "#" * bar.count("#") + "." * bar.count(".")
    assert (bar.count("#") == 30) == (done == total) or done / total > 0.98
    assert f"{done:,}/{total:,}" in line


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_draws_on_a_terminal_only():
    terminal, pipe = FakeTerminal(), io.StringIO()
    for stream in (terminal, pipe):
        bar = TerminalBar("extract", stream)
        bar(1, 2)
        bar(2, 2)
    assert terminal.getvalue().startswith("\rextract") and terminal.getvalue().endswith("(100%)\n")
    assert pipe.getvalue() == ""
