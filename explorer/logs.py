"""Logging for the app and the command line: a rotating file in the user's data folder, and
stderr with --verbose. Qt-free: the caller says where the folder is."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "explorer.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(folder: Path | None, verbose: bool = False) -> Path | None:
    """Send the `explorer` loggers to `folder`/explorer.log (rotated at 1 MB, 3 kept) and,
    with `verbose`, to stderr; return the log file's path, or None if it cannot be written
    (the app runs on: a read-only home is no reason to refuse to start)."""
    logger = logging.getLogger("explorer")
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    path = None
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                folder / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                encoding="utf-8")
        except OSError:
            pass
        else:
            handler.setFormatter(logging.Formatter(FORMAT))
            logger.addHandler(handler)
            path = folder / LOG_NAME
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(stream)
    logger.propagate = False
    return path
