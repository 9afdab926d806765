"""The ways a run can fail as a whole, each with its exit code. A run fails only for what no retry of
the same inputs fixes by itself; a bad input is a reject, never one of these. Every message is one
line: what happened, that nothing was lost, what to do."""

from __future__ import annotations

import errno

NOTHING_LOST = "nothing of this run was committed and earlier runs are intact"


class RunFailed(Exception):
    """A run that could not commit."""

    exit_code = 70


class OutputLocked(RunFailed):
    """Another run holds the output directory."""

    exit_code = 2


class OutputUnwritable(RunFailed):
    """The output's disk is full, read-only or not ours to write."""

    exit_code = 3


class OutputDamaged(RunFailed):
    """A committed file of the output cannot be read."""

    exit_code = 4


class ModelMissing(RunFailed):
    """The spaCy pipeline asked for is not installed."""

    exit_code = 5


# Exit codes of `newsfold run`, for the README and the CLI's help.
# A command whose reader closed the pipe early ("newsfold eval ... | head"): the shell's code for a writer
# stopped by SIGPIPE (128 + 13), said without a traceback.
READER_GONE_EXIT = 141

EXIT_CODES = {
    0: "the run committed (rejected inputs, if any, are in the rejects table)",
    1: "--strict: the run committed, but inputs under the given paths are rejected",
    OutputLocked.exit_code: "another run is writing to the output directory: wait for it, then run again",
    OutputUnwritable.exit_code: "the output cannot be written (disk full, read-only, permissions): fix that, run again",
    OutputDamaged.exit_code: "a committed output file cannot be read: move it away or restore it, run again",
    ModelMissing.exit_code: "the spaCy pipeline is not installed: `make setup`, or pick one with --model",
    RunFailed.exit_code: "an unexpected error (a bug): report it with the log",
    READER_GONE_EXIT: "the output's reader stopped early (`| head`): the command was cut short",
}


def is_disk_full(exc: BaseException) -> bool:
    """An OSError or a library's wrapped I/O error saying the device is full."""
    return getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT) or "No space left on device" in str(exc)


def unwritable(exc: BaseException, where: str) -> OutputUnwritable:
    """The one-line failure for an error while writing under `where`."""
    if is_disk_full(exc):
        what = f"the disk holding {where} is full"
        todo = "free some space, then run again"
    else:
        what = f"cannot write under {where} ({getattr(exc, 'strerror', None) or exc})"
        todo = "make it writable (or choose another --output), then run again"
    return OutputUnwritable(f"{what}: {NOTHING_LOST}; {todo}")
