"""The one error type for bad data, the problems it carries, and their messages.

A message is an English template and its values, not a finished sentence: `str()` gives the
English (logs, the command line), and the window translates the template into its language
(explorer.ui.problem_texts lists every template for Qt's translation tools).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# Problems of one kind (same layer, field and severity) listed one by one before the rest are
# counted in one line: a 50 MB file with one mistake per row must not give 200,000 lines.
LISTED_PER_KIND = 20
# A value quoted in a message is cut to this many characters: an id of 10,000 characters must
# not make a line of 10,000.
SHOWN_CHARS = 60


def shown(value) -> str:
    """A value from a file, quoted for a message (repr: control characters escaped), and
    cut short when long."""
    text = repr(value)
    if len(text) <= SHOWN_CHARS:
        return text
    size = len(value) if isinstance(value, str) else len(text)
    return f"{text[:SHOWN_CHARS]}… ({size:,} characters)"


def printable(text: str) -> str:
    """`text` with control, format (bidi: U+202E...) and separator characters escaped, so that
    a terminal or a message box shows them rather than obeys them."""
    if text.isprintable():
        return text
    return "".join(ascii(ch)[1:-1] if _hidden(ch) else ch for ch in text)


def _hidden(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "C" or unicodedata.category(ch) in ("Zl", "Zp")


class Message:
    """An English template such as "expected {expected}, found {found}" and its values.

    The template is the source text a translation starts from, so write it as a string
    literal at each `Message(...)` (a test finds them there). A value may be a Message of its
    own ("a number"), translated with the sentence around it; other values (file names, ids,
    the text found in a file) are shown as they are.
    """

    def __init__(self, template: str, **values):
        self.template = template
        self.values = values

    def __str__(self) -> str:
        return self.template.format(**{name: str(value) if isinstance(value, Message)
                                       else value for name, value in self.values.items()})

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.values!r})"

    def __eq__(self, other) -> bool:
        return (isinstance(other, Message)
                and (self.template, self.values) == (other.template, other.values))

    def __hash__(self) -> int:
        return hash(self.template)


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or doubtful) in a data file, located as precisely as possible.

    `row` counts data rows from 1 (the first feature of a layer, the first line after a CSV
    header); None when the problem concerns the whole file or layer.
    """

    file: str
    message: Message
    layer: str | None = None
    row: int | None = None
    field: str | None = None
    severity: str = "error"  # "error" or "warning"

    def location(self) -> list[Message]:
        """Where in the file, as far as known: layer, row, field."""
        parts = []
        if self.layer:
            parts.append(Message("layer '{layer}'", layer=self.layer))
        if self.row is not None:
            parts.append(Message("row {row}", row=self.row))
        if self.field:
            parts.append(Message("field {field}", field=shown(self.field)))
        return parts

    def __str__(self) -> str:
        where = ", ".join([Path(self.file).name, *map(str, self.location())])
        return printable(f"{where}: {self.message}")


def summarize(problems: list[Problem], limit: int = LISTED_PER_KIND) -> list[Problem]:
    """The problems, with each kind cut to `limit` entries plus one line counting the rest."""
    def kind(p: Problem):
        return p.file, p.layer, p.field, p.severity

    seen: Counter = Counter()
    kept = []
    for problem in problems:
        seen[kind(problem)] += 1
        if seen[kind(problem)] <= limit:
            kept.append(problem)
    for (file, layer, fld, severity), count in seen.items():
        if count > limit:
            more = f"{count - limit:,}"
            message = (Message("{count} more errors like the ones above", count=more)
                       if severity == "error" else
                       Message("{count} more warnings like the ones above", count=more))
            kept.append(Problem(file, message, layer, None, fld, severity))
    return kept


class DataError(Exception):
    """Raised when a catalogue cannot be loaded; lists every error found, precisely.

    Long lists are summarized (see `summarize`), so that a message box or a terminal can
    show them.
    """

    def __init__(self, problems: list[Problem]):
        self.problems = summarize([p for p in problems if p.severity == "error"])
        super().__init__("\n".join(str(p) for p in self.problems))
