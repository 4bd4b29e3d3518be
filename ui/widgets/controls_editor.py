"""Edit the existing controls of a risk: a description and an effectiveness each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskmap.model import Control
from riskmap.vocabulary import EFFECTIVENESS_LABELS, Effectiveness
from ui.language import domain_tr


class ControlsEditor(QWidget):
    """A two-column table (control, effectiveness) with add and remove buttons; keeps each
    control's id so that an edit does not look like a new control."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Existing control"),
                                              self.tr("Effectiveness")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("Add control"), self)
        self.remove_button = QPushButton(self.tr("Remove control"), self)
        self.add_button.clicked.connect(lambda: self.add_control(Control(description="")))
        self.remove_button.clicked.connect(self._remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._originals: list[Control] = []

    def set_controls(self, controls: list[Control]) -> None:
        self.table.setRowCount(0)
        self._originals = []
        for control in controls:
            self.add_control(control)

    def add_control(self, control: Control) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(control.description))
        combo = QComboBox(self.table)
        for value, label in EFFECTIVENESS_LABELS.items():
            combo.addItem(domain_tr(label), value.value)
        combo.setCurrentIndex(combo.findData(control.effectiveness.value))
        self.table.setCellWidget(row, 1, combo)
        self._originals.append(control)
        if not control.description:
            self.table.setCurrentCell(row, 0)
            item = self.table.item(row, 0)
            if item is not None:
                self.table.editItem(item)

    def _remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._originals[row]

    def controls(self) -> list[Control]:
        """The controls as edited; rows left without a description are dropped."""
        result = []
        for row, original in enumerate(self._originals):
            item = self.table.item(row, 0)
            text = item.text().strip() if item else ""
            combo = self.table.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            if text:
                effectiveness = Effectiveness(combo.currentData(Qt.ItemDataRole.UserRole))
                result.append(original.model_copy(
                    update={"description": text, "effectiveness": effectiveness}))
        return result
