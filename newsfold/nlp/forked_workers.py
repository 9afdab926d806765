"""Clean exits for spaCy's forked parse workers.

With n_process > 1, `Language.pipe` forks its workers from the process that runs the flow, and they
inherit the thread-exit hooks of that process's Prefect services (the log and event workers). Prefect
resets those services in a forked child but leaves their hooks, which then fail as the worker exits:
every worker ends with exit code 1 and spaCy warns "W127 Not all `Language.pipe` worker processes
completed successfully", though every document came back. A forked child drops those hooks: after
Prefect's reset they cannot work there anyway, so nothing is lost, and a worker that really fails
still exits non-zero."""

from __future__ import annotations

import functools
import os
import threading

_installed = False


def _drop_prefect_exit_hooks() -> None:
    # CPython keeps the hooks `threading._register_atexit` adds in this list; without it, nothing to do.
    hooks = getattr(threading, "_threading_atexits", None)
    if hooks:
        hooks[:] = [hook for hook in hooks if not _defined_by_prefect(hook)]


def _defined_by_prefect(hook) -> bool:
    """Is the hook a function of Prefect's own (a service's `_at_exit`, whatever subclass it is bound to)?
    `threading._register_atexit` keeps each hook as a `functools.partial`."""
    function = hook.func if isinstance(hook, functools.partial) else hook
    function = getattr(function, "__func__", function)  # a bound method's function
    return (getattr(function, "__module__", None) or "").startswith("prefect.")


def clean_worker_exits() -> None:
    """Have every child forked from now on drop the Prefect services' exit hooks (once per process)."""
    global _installed
    if not _installed and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_drop_prefect_exit_hooks)
        _installed = True


__all__ = ["clean_worker_exits"]
