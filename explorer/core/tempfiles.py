"""Temporary files and folders named after the process that made them.

A process killed outright (kill -9, a crash, a power cut) cannot remove its temporary files;
a later run can, because it recognises them by name: ours (the pattern below), made by a
process that no longer runs, and last changed before this run began. Files of a running
process, or of another user's process, are never touched.

  file beside a target:   .map.explorer-tmp-<pid>-<random>.png
  folder in the temp dir: explorer-export-<pid>-<random> (or -clip-, -report-)
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from pathlib import Path

STARTED = time.time()  # no later than the start of this run
FILE = re.compile(r"\..+\.explorer-tmp-(\d+)-[a-z0-9_]{8}(\.\w+)?")
FOLDER = re.compile(r"explorer-(?:export|clip|report)-(\d+)-[a-z0-9_]{8}")


def temp_file_prefix(target: Path) -> str:
    """The start of the name of a temporary file for `target` (see FILE)."""
    return f".{target.stem}.explorer-tmp-{os.getpid()}-"


def make_temp_folder(kind: str) -> tempfile.TemporaryDirectory:
    """A temporary folder `explorer-<kind>-<pid>-<random>` in the system's temp folder;
    `kind` is 'export', 'clip' or 'report' (see FOLDER)."""
    return tempfile.TemporaryDirectory(prefix=f"explorer-{kind}-{os.getpid()}-")


def remove_stale(folder: Path, pattern: re.Pattern = FILE) -> None:
    """Remove the entries of `folder` named by `pattern` that a dead process left behind."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match and _left_behind(entry, int(match[1])):
            try:
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path)
                else:
                    os.unlink(entry.path)
            except OSError:
                pass  # gone meanwhile, or not ours to remove


def remove_stale_folders() -> None:
    """Remove the temporary folders (see make_temp_folder) that dead processes left behind."""
    remove_stale(Path(tempfile.gettempdir()), FOLDER)


def _left_behind(entry: os.DirEntry, pid: int) -> bool:
    if pid == os.getpid() or _running(pid):
        return False
    try:
        return entry.stat(follow_symlinks=False).st_mtime < STARTED
    except OSError:
        return False


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True
