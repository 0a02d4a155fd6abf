"""What the user is looking at, in one object that every widget and the map page follow.

Widgets take the state in `__init__`, subscribe to the fields they show, and write to the
state, never to each other (the pattern of napari's models). A field notifies only when its
value really changes, so a widget that writes a value it already shows hears nothing back:
no echo, no loops. The map page replays the whole state whenever it (re)loads.

Qt-free on purpose: the same state drives the window, exports and tests without a display.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

SELECTION_KINDS = ("park", "firm", "chain")


@dataclass(frozen=True)
class Selected:
    """One selected thing: a park, a firm or a chain, by id."""

    kind: str
    id: str

    def __post_init__(self):
        if self.kind not in SELECTION_KINDS:
            raise ValueError(f"expected a selection kind in {SELECTION_KINDS}, found {self.kind!r}")
        if not isinstance(self.id, str) or not self.id:
            raise ValueError(f"a selection needs an id, found {self.id!r}")


@dataclass(frozen=True)
class Viewport:
    """The map's centre (lat, lon in WGS-84) and zoom level."""

    lat: float
    lon: float
    zoom: float


# Field name -> default. `selection` is a Selected or None. Chains are kept as the ones the
# user hid, so that a chain added to the data later shows by default.
FIELDS = {
    "selection": None,
    "hidden_chains": frozenset(),
    "search": "",
    "basemap": "none",
    "datum": "wgs84",
    "basemap_opacity": 1.0,
    "lang": "zh",
    "viewport": None,
}

Listener = Callable[[object], None]


class ViewState:
    """Selection, hidden chains, search text, basemap with its datum and opacity, language
    and the map's view. Read a field as an attribute; change fields with `update(...)`; follow a field
    with `subscribe(name, listener)`, which is called with the new value.

    `reveal(selected)` is an event without state: "bring this into view" (a park chosen in
    the list is flown to; one clicked on the map is not).
    """

    def __init__(self, **values):
        self._values = dict(FIELDS)
        self._listeners: dict[str, list[Listener]] = defaultdict(list)
        self.update(**values)

    def __getattr__(self, name: str):
        try:
            return self.__dict__["_values"][name]
        except KeyError:
            raise AttributeError(name) from None

    def subscribe(self, name: str, listener: Listener) -> None:
        """Call `listener(value)` after every change of `name` (or every reveal)."""
        if name not in FIELDS and name != "reveal":
            raise ValueError(f"no view-state field {name!r}")
        self._listeners[name].append(listener)

    def unsubscribe(self, name: str, listener: Listener) -> None:
        self._listeners[name].remove(listener)

    def update(self, **changes) -> None:
        """Set fields; listeners hear of each field whose value changed, in field order."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise ValueError(f"no view-state field {', '.join(sorted(unknown))}")
        changes = {name: _normalised(name, value) for name, value in changes.items()}
        changed = [name for name in FIELDS
                   if name in changes and changes[name] != self._values[name]]
        for name in changed:
            self._values[name] = changes[name]
        for name in changed:
            for listener in list(self._listeners[name]):
                listener(self._values[name])

    # -- the changes widgets make most, by name ----------------------------------------------

    def select(self, kind: str | None = None, item_id: str | None = None) -> None:
        """Select a park, firm or chain by id; `select()` clears the selection."""
        self.update(selection=Selected(kind, item_id) if kind else None)

    def reveal(self, kind: str, item_id: str) -> None:
        """Select `item_id` and ask whoever shows it to bring it into view."""
        self.select(kind, item_id)
        for listener in list(self._listeners["reveal"]):
            listener(self.selection)

    def selected_id(self, kind: str) -> str | None:
        """The selected id if a `kind` is selected, else None."""
        selection = self.selection
        return selection.id if selection is not None and selection.kind == kind else None

    def visible_chains(self, all_chains: Iterable[str]) -> list[str]:
        """The chains of `all_chains` not hidden, in their order."""
        hidden = self.hidden_chains
        return [c for c in all_chains if c not in hidden]


def _normalised(name: str, value):
    """Values in one canonical form, so that equal states compare equal."""
    if name == "hidden_chains":
        return frozenset(value)
    if name == "selection" and value is not None and not isinstance(value, Selected):
        raise ValueError(f"expected a Selected or None, found {value!r}")
    if name == "viewport" and value is not None and not isinstance(value, Viewport):
        raise ValueError(f"expected a Viewport or None, found {value!r}")
    if name == "basemap_opacity":
        if type(value) not in (int, float) or not 0 <= value <= 1:
            raise ValueError(f"expected an opacity from 0 to 1, found {value!r}")
        return float(value)
    if name in ("search", "basemap", "datum", "lang") and not isinstance(value, str):
        raise ValueError(f"expected text for {name}, found {value!r}")
    return value
