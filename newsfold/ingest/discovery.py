"""Input files in folders: recursive walk in name order, hidden and OS/editor litter skipped, each
file once however it is reached, one `empty_dir` reject for the top-most folder holding nothing."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from newsfold.ingest.formats import SKIPPED_NAMES
from newsfold.records import Reject


def is_skipped_name(name: str) -> bool:
    lowered = name.lower()
    return name.startswith(".") or name.startswith("~$") or lowered in SKIPPED_NAMES


def absolute_path(path: str | Path) -> Path:
    """The path with links resolved; a symlink loop stays as written (reading it makes the reject)."""
    absolute = Path(os.path.abspath(os.path.expanduser(str(path))))
    try:
        return absolute.resolve()
    except (RuntimeError, OSError):  # "Symlink loop from ..." (RuntimeError before Python 3.13)
        return absolute


def path_text(path: str | Path) -> str:
    """A path as the tables record it: itself, or, for a name that is not UTF-8 (bytes the file
    system allows), with those bytes written as \\xNN so it can be stored and shown."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


def holds_nothing(files: list[Path], rejects: list[Reject]) -> bool:
    return not files and all(reject.reason == "empty_dir" for reject in rejects)


def walk_folder(folder: Path, visited: set[Path]) -> tuple[list[Path], list[Reject]]:
    """Input files under `folder`, depth first in name order, and rejects for unreadable or empty
    sub-folders. `visited` holds resolved folders already walked (symlink loops)."""
    visited.add(folder)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except PermissionError as error:
        return [], [Reject(str(folder), None, "unreadable", f"folder cannot be listed: {error.strerror}")]
    except OSError as error:
        return [], [Reject(str(folder), None, "unreadable", f"folder cannot be listed: {error}")]
    files: list[Path] = []
    rejects: list[Reject] = []
    for entry in entries:
        if is_skipped_name(entry.name):
            continue
        path = absolute_path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if path in visited:
                continue
            sub_files, sub_rejects = walk_folder(path, visited)
            if holds_nothing(sub_files, sub_rejects):  # one reject for the top-most empty folder
                sub_rejects = [Reject(str(path), None, "empty_dir", "folder holds no input files")]
            files.extend(sub_files)
            rejects.extend(sub_rejects)
        else:
            files.append(path)  # includes broken symlinks: reading them makes the not_found reject
    return files, rejects


def discover_inputs(paths: Sequence[str | Path]) -> tuple[list[Path], list[Reject]]:
    """Files to read (each once, in order) and rejects for missing paths and empty folders."""
    files: list[Path] = []
    rejects: list[Reject] = []
    seen: set[Path] = set()
    visited: set[Path] = set()
    for raw in paths:
        path = absolute_path(raw)
        if not os.path.lexists(path) and not os.path.lexists(os.path.abspath(str(raw))):
            rejects.append(Reject(str(path), None, "not_found", "no file or folder at this path"))
            continue
        if path.is_dir():
            if path in visited:
                continue
            found, folder_rejects = walk_folder(path, visited)
            if holds_nothing(found, folder_rejects):
                folder_rejects = [Reject(str(path), None, "empty_dir", "folder holds no input files")]
            rejects.extend(folder_rejects)
        else:
            found = [path]
        for file_path in found:
            if file_path not in seen:
                seen.add(file_path)
                files.append(file_path)
    return files, rejects
