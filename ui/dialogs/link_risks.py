"""Choose the risks a measure addresses: a searchable checklist of every risk."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from riskmap.analysis import Rater
from riskmap.edits import link_risks
from riskmap.model import Measure
from ui.colours import band_colour, text_on
from ui.document import Document
from ui.editing import apply_edit
from ui.texts import band_text, short

ID_ROLE = Qt.ItemDataRole.UserRole + 10


class LinkRisksDialog(QDialog):
    """Tick the risks; OK links exactly those (one undoable edit)."""

    def __init__(self, document: Document, measure: Measure,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.measure = measure
        self.setWindowTitle(self.tr("Risks addressed by {code}").format(code=measure.code))
        self.resize(720, 560)
        project = document.project
        linked = set(measure.risk_ids)
        rater = Rater(project.profile)
        self.items = QStandardItemModel(self)
        for risk in sorted(project.risks, key=lambda r: r.code):
            rating = rater(risk, document.score_kind)
            band = f"  [{band_text(rating.band.name)}]" if rating else ""
            item = QStandardItem(f"{risk.code}  {short(risk.statement, 90)}{band}")
            item.setData(str(risk.id), ID_ROLE)
            item.setToolTip(risk.statement)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if risk.id in linked
                               else Qt.CheckState.Unchecked)
            if rating is not None:
                fill = band_colour(rating.band).lighter(150)
                item.setBackground(fill)
                item.setForeground(text_on(fill))
            self.items.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.items)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search code or statement"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.count = QLabel(self)
        self.items.itemChanged.connect(self._show_count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{measure.code}</b> {short(measure.title, 100)}", self))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self._show_count()

    def checked_ids(self) -> list[uuid.UUID]:
        return [
            uuid.UUID(self.items.item(row).data(ID_ROLE))
            for row in range(self.items.rowCount())
            if self.items.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, risk_id: uuid.UUID, checked: bool) -> None:
        for row in range(self.items.rowCount()):
            item = self.items.item(row)
            if item.data(ID_ROLE) == str(risk_id):
                item.setCheckState(Qt.CheckState.Checked if checked
                                   else Qt.CheckState.Unchecked)

    def _show_count(self) -> None:
        count = len(self.checked_ids())
        self.count.setText(self.tr("%n risk(s) linked", "", count))

    def accept(self) -> None:
        chosen = self.checked_ids()
        # Keep the order links were made in; new ones go at the end.
        kept = [r for r in self.measure.risk_ids if r in set(chosen)]
        ordered = kept + [r for r in chosen if r not in set(kept)]
        if ordered != list(self.measure.risk_ids):
            edit = link_risks(self.document.project, self.measure.id, ordered)
            if not apply_edit(self.document, edit, self):
                return
        super().accept()
