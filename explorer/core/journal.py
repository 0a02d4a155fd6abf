"""The journal: unsaved edits on disk, so that a crash loses at most the last few seconds.

One small JSON file per catalogue, written atomically after every edit (the app waits a
second or so to group a burst of edits): the catalogue it belongs to, that file's size and
modification time when editing began, and the pending edits as rows of the `edits` layer.
A save deletes it; at the next start, a journal left behind means edits were lost, and the
app offers to make them again.

A journal lives beside its catalogue (`.<name>.journal`), unless that folder is not to be
written (the bundled catalogue inside the installation) or cannot be: then in `fallback`,
named after the catalogue's full path. A database catalogue's journal is always in
`fallback` (the user's data folder), one per URI — the URI without its password — and its
stamp is the versions of the rows its edits touch, as this window read them.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from explorer.core.atomic import write_text_atomically
from explorer.core.edits import Edit, edit_from_row, edit_row

VERSION = 1


def journal_path(catalogue: Path, fallback: Path, protected: Path | None = None) -> Path:
    """Where the journal of `catalogue` goes (see the module's docstring); `protected`: a
    folder never written into (the installation)."""
    catalogue = catalogue.resolve()
    folder = catalogue.parent
    inside = protected is not None and folder.is_relative_to(protected.resolve())
    if not inside and os.access(folder, os.W_OK):
        return folder / f".{catalogue.name}.journal"
    digest = hashlib.sha1(str(catalogue).encode("utf-8")).hexdigest()[:12]
    return fallback / f"{catalogue.stem}-{digest}.journal"


def database_journal_path(location: str, fallback: Path) -> Path:
    """The journal of the database catalogue at `location` (a URI without password)."""
    digest = hashlib.sha1(location.encode("utf-8")).hexdigest()[:12]
    return fallback / f"database-{digest}.journal"


def file_stamp(path: Path) -> list[int]:
    """[size, modification time in ns] of the catalogue, to tell whether it changed."""
    info = path.stat()
    return [info.st_size, info.st_mtime_ns]


@dataclass
class Journal:
    catalogue: str
    stamp: list[int]
    edits: list[Edit]
    # Files imported in that session: the journal holds only an import's summary (a
    # million firms would make it as large as the registry), so it cannot be made again;
    # the window says so, naming the files to import again.
    lost_imports: list[str] = field(default_factory=list)

    def matches(self, catalogue: Path) -> bool:
        """Whether the catalogue is still as it was when these edits were made."""
        return catalogue.is_file() and file_stamp(catalogue) == self.stamp


def write_journal(path: Path, catalogue: Path | str, stamp: list[int],
                  edits: list[Edit]) -> None:
    """Write the journal (atomically: an interrupted write leaves the previous one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"version": VERSION, "catalogue": str(catalogue), "stamp": stamp,
                       "edits": [edit_row(e) for e in edits]}, ensure_ascii=False)
    write_text_atomically(path, text)


def read_journal(path: Path) -> Journal | None:
    """The journal at `path`; None if there is none, or it is unreadable (then it is of no
    use: the edits it held cannot be made again)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        rows = data["edits"]
        edits = [edit_from_row(row) for row in rows if row["action"] != "import"]
        lost = [str(row["row_id"]) for row in rows if row["action"] == "import"]
        return Journal(str(data["catalogue"]), list(data["stamp"]), edits, lost)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remove_journal(path: Path) -> None:
    path.unlink(missing_ok=True)
