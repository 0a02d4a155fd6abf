"""The right panel: everything the catalogue knows about the selected park or firm, as plain
text. It follows the view state's selection and language."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QLabel, QListWidget,
                               QListWidgetItem, QScrollArea, QVBoxLayout, QWidget)

from explorer.core.catalogue import Catalogue
from explorer.core.measure import AREA_TYPES, land_area_m2
from explorer.core.numbers import format_figure
from explorer.core.model import (CJK, display_name, in_language, publisher_name,
                                 source_title)
from explorer.core.viewstate import ViewState
from explorer.ui.figure_list import FigureList
from explorer.ui.provenance import measures_text, provenance_text
from explorer.ui.widgets import swatch


# Figures that give a park's area, by kind: land (planned or occupied) and built floor area.
AREA_METRICS = {"land": ("land_area", "planned_area"), "floor": ("built_area", "floor_area")}


LISTED_TENANTS = 1000  # a park's firms listed at most (a registry's park may hold many more)


def precision_text(precision: str) -> str:
    words = {
        "surveyed": QCoreApplication.translate("Detail", "surveyed site"),
        "landmark": QCoreApplication.translate("Detail", "at a nearby landmark"),
        "town": QCoreApplication.translate("Detail", "approximate: town reference point"),
        "district": QCoreApplication.translate("Detail", "approximate: somewhere in the district"),
        "unknown": QCoreApplication.translate("Detail", "location not known"),
    }
    return words.get(precision, precision)


def _unknown_but_drawn_text() -> str:
    return QCoreApplication.translate(
        "Detail", "approximate: how close the point is to the site is not known")


def _plain_tooltip(text: str) -> str:
    """A tooltip that Qt shows as literal text, whatever the text contains."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def _label(parent, *, bold=False, size=None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    font = label.font()
    font.setBold(bold)
    if size:
        font.setPointSizeF(font.pointSizeF() * size)
    label.setFont(font)
    return label


class DetailPanel(QScrollArea):
    """Shows one park: names, chains, district, location, figures with quotes, tenants."""

    def __init__(self, state: ViewState, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.state = state
        self._cat: Catalogue | None = None
        body = QWidget(self)
        self.title = _label(body, bold=True, size=1.3)
        self.subtitle = _label(body)
        self.chains = QListWidget(body)
        self.chains.setSelectionMode(QAbstractItemView.NoSelection)
        self.chains.setWordWrap(True)
        self.chains.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.chains.setMaximumHeight(70)
        self.district = _label(body)
        self.location = _label(body)
        self.location_note = _label(body)
        self.measures = _label(body)
        self.measures.setObjectName("measures")
        self.provenance = _label(body)
        self.provenance.setObjectName("provenance")
        self.summary = _label(body, bold=True)
        self.figures = FigureList(body)
        self.figures_empty = _label(body)
        self.quote = _label(body)
        self.tenants = QListWidget(body)
        self.tenants.setMaximumHeight(140)
        self.tenants.setWordWrap(True)
        self.tenants_empty = _label(body)
        self.figures.currentCellChanged.connect(lambda row, *_: self._show_quote(row))
        self.form_labels = [_label(body) for _ in range(3)]
        self.figures_heading = _label(body, bold=True)
        self.tenants_heading = _label(body, bold=True)
        self._build_layout(body)
        self.setWidget(body)
        self.clear()
        state.subscribe("selection", lambda _: self._show_selection())
        state.subscribe("lang", lambda _: self._show_selection())

    def _build_layout(self, body: QWidget) -> None:
        form = QFormLayout()
        for label, field in zip(self.form_labels, (self.chains, self.district, self.location)):
            form.addRow(label, field)
        layout = QVBoxLayout(body)
        for widget in (self.title, self.subtitle, self.summary):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.location_note)
        layout.addWidget(self.measures)
        layout.addWidget(self.provenance)
        for widget in (self.figures_heading, self.figures, self.figures_empty, self.quote,
                       self.tenants_heading, self.tenants, self.tenants_empty):
            layout.addWidget(widget)
        layout.addStretch(1)

    @property
    def _lang(self) -> str:
        return self.state.lang

    def _text_in(self, record, field: str) -> str:
        """A note in the window's language; where the catalogue has it only in the other
        language, that one, marked as such."""
        text = in_language(record, field, self._lang)
        if text and not getattr(record, f"{field}_{self._lang}"):
            mark = self.tr("(Chinese only)") if self._lang == "en" else self.tr("(English only)")
            return f"{text} {mark}"
        return text

    def _quoted(self, quote: str) -> str:
        """A source's sentence, exactly as published; in English, said to be in Chinese."""
        if self._lang == "en" and CJK.search(quote):
            return self.tr("In Chinese, as published: “{quote}”").format(quote=quote)
        return f"“{quote}”"

    def set_catalogue(self, cat: Catalogue) -> None:
        self._cat = cat
        self._show_selection()

    def _show_selection(self) -> None:
        selection = self.state.selection
        if selection is not None and selection.kind == "firm":
            self.show_tenant(selection.id)
        elif selection is not None and selection.kind == "chain":
            self.clear()
            self.subtitle.setText(self.tr("A chain is selected: its parks, firms and figures "
                                          "are in the Chains view below. Click a park for "
                                          "its details."))
        else:
            self.show_park(self.state.selected_id("park"))

    def clear(self) -> None:
        self.summary.setText("")
        self.title.setText(self.tr("No park selected"))
        self.subtitle.setText(self.tr("Click a park on the map or in the list."))
        self._figures = []
        self.chains.clear()
        self.tenants.clear()
        self.figures.set_rows([])
        self.figures.hide()
        self.tenants.hide()
        for widget in (self.district, self.location, self.location_note, self.quote,
                       self.figures_empty, self.tenants_empty, self.measures, self.provenance):
            widget.setText("")
        self._label_texts()

    def _label_texts(self, tenant: bool = False) -> None:
        second = self.tr("Park") if tenant else self.tr("District")
        for label, text in zip(self.form_labels, (self.tr("Chains"), second,
                                                  self.tr("Location"))):
            label.setText(text)
        self.figures_heading.setText(self.tr("Figures"))
        self.tenants_heading.setText(self.tr("Firms"))
        for widget in (self.tenants_heading, self.tenants_empty):
            widget.setVisible(not tenant)

    def show_tenant(self, tenant_id: str | None) -> None:
        """One firm: names, chain, its park (if a source names one), place and figures."""
        if not tenant_id or not self._cat or tenant_id not in self._cat.tenants:
            self.clear()
            return
        self._label_texts(tenant=True)
        tenant = self._cat.tenants[tenant_id]
        other = tenant.name_en if self._lang == "zh" else tenant.name_zh
        self.title.setText(display_name(tenant, self._lang))
        self.subtitle.setText(other if other != self.title.text() else "")
        self._show_chain_items([tenant.chain_id])
        park = self._cat.parks.get(tenant.park_id)
        suggested = self._cat.suggested_park(tenant)
        if park:
            self.district.setText(display_name(park, self._lang))
        elif suggested:
            self.district.setText(self.tr("{park}? (suggested from the firm's location; no "
                                          "source names its park)").format(
                park=display_name(suggested, self._lang)))
        else:
            self.district.setText(self.tr("not known"))
        point = tenant.geometry
        self.location.setText(self.tr("{lat:.5f}° N, {lon:.5f}° E (WGS-84)").format(
            lat=point.y, lon=point.x) if point is not None else self.tr("location not known"))
        source = self._cat.sources.get(tenant.source_id)
        park_source = self._cat.sources.get(tenant.park_source_id) if park else None
        self.location_note.setText("\n".join(text for text in (
            self._text_in(tenant, "note"),
            self.tr("Source: {title}").format(title=source_title(source, self._lang))
            if source else "",
            self.tr("Park named by: {title} ({date})").format(
                title=source_title(park_source, self._lang), date=park_source.date)
            if park_source else "",
            self.tr("Credit code: {code}").format(code=tenant.credit_code)
            if tenant.credit_code else "",
            self.tr("Address: {address}").format(address=tenant.address)
            if tenant.address else "") if text))
        self.measures.setText("")
        self.provenance.setText(provenance_text(self._cat.edits_of("tenants", tenant_id),
                                                precision_text))
        self._show_figures(self._cat.figures_for("tenant", tenant_id))
        self.tenants.clear()
        self.tenants.hide()
        self.verticalScrollBar().setValue(0)

    def show_park(self, park_id: str | None) -> None:
        if not park_id or not self._cat or park_id not in self._cat.parks:
            self.clear()
            return
        self._label_texts()
        park = self._cat.parks[park_id]
        other = park.name_en if self._lang == "zh" else park.name_zh
        self.title.setText(display_name(park, self._lang))
        self.subtitle.setText(other if other != self.title.text() else "")
        self._show_chains(park)
        district = self._cat.district(park.district_code)
        self.district.setText(display_name(district, self._lang) if district
                              else self.tr("not known"))
        self._show_location(park)
        self._show_figures(self._cat.figures_for("park", park_id))
        self._show_tenants(park_id)
        self.summary.setText(self._summary(park))
        self.verticalScrollBar().setValue(0)

    def _summary(self, park) -> str:
        """Chain(s), land and floor area, named firms: what the map is about, in one line."""
        chains = self.tr(", ").join(display_name(self._cat.chains[c], self._lang)
                                    for c in park.chain_ids)
        areas = {kind: self._area(park.id, kind) for kind in AREA_METRICS}
        firms = len(self._cat.tenants_of(park.id))
        return " · ".join((
            chains, self.tr("land: {area}").format(area=areas["land"]),
            self.tr("floor area: {area}").format(area=areas["floor"]),
            self.tr("%n named firm(s)", "", firms)))

    def _area(self, park_id: str, kind: str) -> str:
        for fig in self._cat.figures_for("park", park_id):
            if fig.metric in AREA_METRICS[kind] and fig.kind == "result":
                return format_figure(fig, self._lang)
        shape = self._cat.parks[park_id].geometry
        if kind == "land" and shape is not None and shape.geom_type in AREA_TYPES:
            return self.tr("{ha} ha (drawn footprint)").format(
                ha=f"{land_area_m2(shape) / 10_000:,.2f}")
        return self.tr("not known")

    def refresh_place(self, park_id: str) -> None:
        """After a park's place or shape changed: its location lines again, not the whole
        panel (its list of firms may hold thousands)."""
        if self.state.selected_id("park") == park_id and park_id in self._cat.parks:
            park = self._cat.parks[park_id]
            self._show_location(park)
            if park.geometry is not None and park.geometry.geom_type in AREA_TYPES:
                self.summary.setText(self._summary(park))  # its land area

    def refresh_firm_place(self, firm_id: str) -> None:
        """After a firm was moved: the panel anew if it shows that firm (one firm's panel is
        cheap; the park list and other panels have nothing that depends on a firm's place)."""
        if self.state.selected_id("firm") == firm_id:
            self.show_tenant(firm_id)

    def _show_chains(self, park) -> None:
        self._show_chain_items(park.chain_ids)

    def _show_chain_items(self, chain_ids) -> None:
        self.chains.clear()
        for chain_id in chain_ids:
            chain = self._cat.chains[chain_id]
            text = display_name(chain, self._lang)
            if not chain.official_confirmed:
                text = self.tr("{chain} (not confirmed as one of the 14 chains)").format(
                    chain=text)
            item = QListWidgetItem(swatch(chain.color), text, self.chains)
            item.setToolTip(_plain_tooltip(self._text_in(chain, "note") or chain.quote))

    def _show_location(self, park) -> None:
        text = (_unknown_but_drawn_text() if park.is_mapped and park.location_precision == "unknown"
                else precision_text(park.location_precision))
        if park.uncertainty_m:
            text += self.tr(", within about {km} km").format(km=f"{park.uncertainty_m / 1000:g}")
        self.location.setText(text)
        source = self._cat.sources.get(park.location_source_id)
        note = self._text_in(park, "location_note")
        if source:
            note += "\n" + self.tr("Source: {title}").format(
                title=source_title(source, self._lang))
        self.location_note.setText(note)
        self.measures.setText(measures_text(park, self._cat.figures_for("park", park.id),
                                            self._lang))
        self.provenance.setText(provenance_text(self._cat.edits_of("parks", park.id),
                                                precision_text))

    def _show_figures(self, figures) -> None:
        self._figures = figures
        rows = []
        for fig in figures:
            source = self._cat.sources.get(fig.source_id)
            label = fig.label_en if self._lang == "en" else fig.label_zh
            if fig.kind == "target":
                label = self.tr("Target: {label}").format(label=label)
            cells = (label, format_figure(fig, self._lang), fig.period or self._no_period(source),
                     source_title(source, self._lang) if source else "")
            note = self._text_in(fig, "note")
            rows.append((cells, _plain_tooltip("\n".join(t for t in (self._quoted(fig.quote), note)
                                                          if t))))
        self.figures.set_rows(rows)
        self.figures.setVisible(bool(figures))
        self.figures_empty.setText("" if figures else self.tr("No figures in the catalogue."))
        self.quote.setText(self.tr("Select a figure to read the sentence it comes from.")
                           if figures else "")

    def _no_period(self, source) -> str:
        if source and source.date:
            return self.tr("not stated (source of {date})").format(date=source.date)
        return self.tr("not stated")

    def _show_quote(self, row: int) -> None:
        if 0 <= row < len(self._figures):
            fig = self._figures[row]
            source = self._cat.sources.get(fig.source_id)
            where = ", ".join(t for t in (source_title(source, self._lang),
                                          publisher_name(source, self._lang),
                                          source.date) if t) if source else ""
            note = self._text_in(fig, "note")
            self.quote.setText("\n".join(t for t in (self._quoted(fig.quote), note, f"— {where}")
                                          if t))

    def _show_tenants(self, park_id: str) -> None:
        self.tenants.clear()
        tenants = self._cat.tenants_of(park_id, LISTED_TENANTS)
        for tenant in tenants:
            other = tenant.name_en if self._lang == "zh" else tenant.name_zh
            item = QListWidgetItem(f"{display_name(tenant, self._lang)}\n{other}", self.tenants)
            source = self._cat.sources.get(tenant.park_source_id or tenant.source_id)
            item.setToolTip(_plain_tooltip("\n".join(t for t in (
                self._text_in(tenant, "note"),
                source_title(source, self._lang) if source else "") if t)))
        self.tenants.setVisible(bool(tenants))
        if len(tenants) == LISTED_TENANTS:
            total = self._cat.tenants.park_count(park_id)
            if total > LISTED_TENANTS:
                self.tenants_heading.setText(self.tr("Firms (first {listed} of {total})").format(
                    listed=LISTED_TENANTS, total=f"{total:,}"))
        self.tenants_empty.setText("" if tenants else self.tr(
            "No named firms in the catalogue. Counts, where a source gives one, are "
            "among the figures."))
