"""The filter bar of the risk register: search, process, stage, band, type, owner, factor."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from riskmap.edits import Action, Change, EntityType
from riskmap.vocabulary import CORRUPTION_TYPE_LABELS
from ui.language import domain_tr, translate
from ui.models.filters import RiskFilter, RiskFilterProxy
from ui.texts import band_text, holder_text, key_factor_text

ALL = "All"


class ValueCombo(QComboBox):
    """A combo of Python values ("All" first, meaning None), compared by equality: ids and
    enums kept as they are, not as Qt variants."""

    def __init__(self, name: str, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._values: list[Any] = [None]
        self.setAccessibleName(name)
        self.setToolTip(translate("ValueCombo", "Show only risks of this {name}").format(
            name=name.lower()))
        self.setMinimumContentsLength(width)
        self.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.addItem(translate("ValueCombo", "{name}: All").format(name=name))

    def minimumSizeHint(self) -> QSize:
        """Narrower than the width it asks for: on a laptop screen the filter row shrinks
        its combos (longer in French and Spanish) rather than widen the window."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 5 + 36),
                     hint.height())

    def value(self) -> Any:
        return self._values[self.currentIndex()] if self.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> None:
        """Choose a value without signalling (None or an unknown value shows "All")."""
        self.blockSignals(True)
        self.setCurrentIndex(self._values.index(value) if value in self._values else 0)
        self.blockSignals(False)

    def set_items(self, items: Sequence[tuple[str, Any]]) -> None:
        """Replace the choices, keeping the current one when it is still offered."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self._values = [None, *(value for _, value in items)]
        self.addItem(translate("ValueCombo", "{name}: All").format(name=self.name))
        self.addItems([text for text, _ in items])
        self.blockSignals(False)
        self.set_value(current)


class RegisterFilterBar(QWidget):
    """Drives a RiskFilterProxy; the heat-map chip shows a cell filter and clears it."""

    def __init__(self, proxy: RiskFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.document = proxy.document
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search code, statement, owner, actors"))
        self.search.setAccessibleName(self.tr("Search the risks"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(170)
        self.process = ValueCombo(self.tr("Process"), 8, self)
        self.stage = ValueCombo(self.tr("Stage"), 10, self)
        self.band = ValueCombo(self.tr("Band"), 6, self)
        self.type = ValueCombo(self.tr("Type"), 8, self)
        self.owner = ValueCombo(self.tr("Owner"), 8, self)
        self.key_factor = ValueCombo(self.tr("Key factor"), 8, self)
        self.cell_chip = QToolButton(self)
        self.cell_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.cell_chip.setStyleSheet("QToolButton { background: #1F5FA8; color: white; "
                                     "border-radius: 10px; padding: 2px 10px; }")
        self.cell_chip.setToolTip(self.tr("Click to show every risk again"))
        self.cell_chip.hide()
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear filters"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.process, self.stage, self.band, self.type,
                       self.owner, self.key_factor, self.cell_chip, self.clear_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        # Typing filters after a short pause, not on every key over 10,000 rows.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(200)
        self._typing.timeout.connect(self._apply)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        for combo in (self.process, self.stage, self.band, self.type, self.owner,
                      self.key_factor):
            combo.currentIndexChanged.connect(self._apply)
        self.process.currentIndexChanged.connect(self._fill_stages)
        self.cell_chip.clicked.connect(lambda: proxy.update_filter(risk_ids=None,
                                                                   risk_ids_label=""))
        self.clear_button.clicked.connect(self.clear)
        proxy.filter_changed.connect(self._show_chip)
        self.document.changed.connect(self._on_changed)
        self.document.reset.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        project = self.document.project
        self.process.set_items([(p.name, p.id) for p in project.processes])
        self._fill_stages()
        self.band.set_items([(band_text(b.name), b.name) for b in project.profile.bands]
                            + [(self.tr("Unscored"), "Unscored")])
        self.type.set_items([(domain_tr(label), t) for t, label in CORRUPTION_TYPE_LABELS.items()])
        self._fill_owners()
        self._fill_key_factors()

    def _fill_owners(self) -> None:
        risks = self.document.project.risks
        owners = sorted({r.owner for r in risks if r.owner}, key=str.casefold)
        self.owner.set_items([(o, o) for o in owners])

    def _fill_key_factors(self) -> None:
        measures = self.document.project.measures
        factors = sorted({f for m in measures for f in m.key_factors})
        self.key_factor.set_items([(key_factor_text(f), f) for f in factors])

    def _fill_stages(self) -> None:
        project = self.document.project
        chosen: uuid.UUID | None = self.process.value()
        processes = [project.process(chosen)] if chosen else project.processes
        items = [(holder_text(project, s.id), s.id) for p in processes for s in p.stages]
        items += [(holder_text(project, f.id), f.id) for p in processes for f in p.flows]
        self.stage.set_items(items)

    def _on_changed(self, changes: Sequence[Change]) -> None:
        """Refill only the lists an edit can change (a stage combo of a national map has
        a thousand entries)."""
        kinds = {c.entity for c in changes}
        if kinds & {EntityType.PROCESS, EntityType.STAGE, EntityType.FLOW, EntityType.PROJECT}:
            self.refill()
            return
        if any(c.entity is EntityType.RISK and (c.action is not Action.UPDATED
                                                or "owner" in c.fields) for c in changes):
            self._fill_owners()
        if EntityType.MEASURE in kinds:
            self._fill_key_factors()

    def _apply(self) -> None:
        current = self.proxy.filter
        self.proxy.set_filter(RiskFilter(
            process_id=self.process.value(),
            holder_id=self.stage.value(),
            band=self.band.value(),
            corruption_type=self.type.value(),
            owner=self.owner.value(),
            key_factor=self.key_factor.value(),
            text=self.search.text().strip(),
            risk_ids=current.risk_ids,
            risk_ids_label=current.risk_ids_label,
        ))

    def show_filter(self, f: RiskFilter) -> None:
        """Set the widgets to a filter (e.g. a stage chosen elsewhere), then apply it."""
        combos: tuple[tuple[ValueCombo, Any], ...] = (
            (self.process, f.process_id), (self.band, f.band), (self.type, f.corruption_type),
            (self.owner, f.owner), (self.key_factor, f.key_factor))
        for combo, value in combos:
            combo.set_value(value)
        self._fill_stages()
        self.stage.set_value(f.holder_id)
        self.search.blockSignals(True)
        self.search.setText(f.text)
        self.search.blockSignals(False)
        self.proxy.set_filter(f)

    def clear(self) -> None:
        self.show_filter(RiskFilter())

    def _show_chip(self) -> None:
        f = self.proxy.filter
        self.cell_chip.setVisible(f.risk_ids is not None)
        if f.risk_ids is not None:
            self.cell_chip.setText(f"{f.risk_ids_label} ✕")
        self.clear_button.setEnabled(not f.is_empty)
