"""What the panel says about an edited park or firm, and about a park's shape: who changed
it, when, and what it was before; the footprint's land area beside any cited floor area
(two different measures, never mixed); a line's length beside any cited length."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explorer.core.edits import Edit
from explorer.core.measure import AREA_TYPES, LINE_TYPES, area_units, land_area_m2, length_m
from explorer.core.numbers import format_figure

translate = QCoreApplication.translate


def _was(row, precision_text) -> str:
    """How an edit found the place: its precision, and the point or the kind of shape."""
    if row is None:
        return translate("Provenance", "not in the catalogue")
    geometry = row.get("geometry")
    words = precision_text(row.get("location_precision", "")) if "location_precision" in row \
        else ""
    if geometry is None or geometry.is_empty:
        where = translate("Provenance", "no place")
    elif geometry.geom_type == "Point":
        where = translate("Provenance", "{lat:.5f}° N, {lon:.5f}° E").format(
            lat=geometry.y, lon=geometry.x)
    elif geometry.geom_type in AREA_TYPES:
        where = translate("Provenance", "a footprint")
    else:
        where = translate("Provenance", "a line")
    return ", ".join(part for part in (words, where) if part)


def provenance_text(edits: list[Edit], precision_text) -> str:
    """'Moved by X on D (was: …)' for the last edit of a row; '' if it was never edited."""
    if not edits:
        return ""
    edit = edits[-1]
    templates = {
        "move": translate("Provenance", "Moved by {editor} on {date} (was: {was})"),
        "footprint": translate("Provenance", "Footprint drawn by {editor} on {date} "
                                             "(was: {was})"),
        "line": translate("Provenance", "Line drawn by {editor} on {date} (was: {was})"),
        "fields": translate("Provenance", "Changed by {editor} on {date}"),
        "add": translate("Provenance", "Added by {editor} on {date}"),
    }
    text = templates.get(edit.action, templates["fields"]).format(
        editor=edit.editor, date=edit.time[:10], was=_was(edit.before, precision_text))
    if edit.note:
        text += "\n" + translate("Provenance", "Note: {note}").format(note=edit.note)
    if len(edits) > 1:
        text += "\n" + translate("Provenance", "{count} edits in all (Edit → History, or "
                                               "hengyang-explorer edits)").format(
            count=len(edits))
    return text


def _number(value: float, lang: str, digits: int) -> str:
    return f"{value:,.{digits}f}"


def measures_text(park, figures, lang: str) -> str:
    """Land area of a footprint, or length of a line, and the cited figures beside it."""
    geometry = park.geometry
    if geometry is None or geometry.geom_type not in AREA_TYPES + LINE_TYPES:
        return ""
    if geometry.geom_type in AREA_TYPES:
        units = area_units(land_area_m2(geometry))
        lines = [translate("Provenance", "Land area (footprint, geodesic): {m2} m² · {ha} ha "
                                         "· {mu} 亩 · {wan} 万平方米").format(
            m2=_number(units["m2"], lang, 0), ha=_number(units["ha"], lang, 2),
            mu=_number(units["mu"], lang, 1), wan=_number(units["wan_m2"], lang, 2))]
        cited = [f for f in figures if f.unit == "m2"]
        for fig in cited:
            label = fig.label_en if lang == "en" else fig.label_zh
            lines.append(translate("Provenance", "Cited floor area, not land area: {value} "
                                                 "({label})").format(
                value=format_figure(fig, lang), label=label))
        return "\n".join(lines)
    lines = [translate("Provenance", "Length (drawn line, geodesic): {km} km").format(
        km=_number(length_m(geometry) / 1000, lang, 2))]
    for fig in (f for f in figures if f.metric == "length"):
        lines.append(translate("Provenance", "Cited length: {value}").format(
            value=format_figure(fig, lang)))
    return "\n".join(lines)
