"""Write-to-temp-then-rename, so that no file is ever left half-written."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from explorer.core.tempfiles import remove_stale, temp_file_prefix


@contextmanager
def atomic_path(target: Path | str, suffix: str | None = None):
    """Yield a temporary path beside `target`; rename it onto `target` only on success.

    The temporary file lives in the same folder, so the final rename is atomic. It is
    flushed to disk before the rename, and the folder after it, so that a crash or a power
    cut leaves either the old file or the new one, whole. On any exception the temporary
    file is removed and `target` is left as it was. Its name says which process made it,
    so that a later run removes it if this process is killed first (see tempfiles).
    """
    target = Path(target)
    remove_stale(target.parent)
    fd, tmp = tempfile.mkstemp(
        prefix=temp_file_prefix(target), suffix=suffix or target.suffix, dir=target.parent
    )
    os.close(fd)
    os.unlink(tmp)  # writers such as GDAL want to create the file themselves
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        _fsync(tmp_path)
        os.replace(tmp_path, target)
        if os.name == "posix":  # elsewhere a folder cannot be opened to be flushed
            _fsync(target.parent)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(target: Path | str, write: Callable[[Path], None]) -> None:
    """Call `write(tmp_path)`, then move the result onto `target`."""
    with atomic_path(target) as tmp:
        write(tmp)


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path`, closing it: a full disk raises OSError (ENOSPC) here, or when
    atomic_path flushes the file, never after the rename."""
    with open(path, "wb") as f:
        f.write(data)


def write_text_atomically(target: Path | str, text: str) -> None:
    write_atomically(target, lambda tmp: tmp.write_text(text, encoding="utf-8"))
