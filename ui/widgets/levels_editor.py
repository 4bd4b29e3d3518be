"""Edit the levels of one axis of a scale profile: how many (3-6), labels, descriptors."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskmap.scales import MAX_LEVELS, MIN_LEVELS, Level
from ui.colours import MUTED_TEXT

LABEL, DESCRIPTOR = 0, 1


class LevelsEditor(QWidget):
    """A level count and a table with one row a level, highest first."""

    edited = Signal()

    def __init__(self, axis: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axis = axis
        self.count = QSpinBox(self)
        self.count.setRange(MIN_LEVELS, MAX_LEVELS)
        self.count.setAccessibleName(self.tr("Number of %s levels") % axis)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName(f"levels_{axis.lower()}")
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Descriptor")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTOR, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(LABEL, 150)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hint = QLabel(self.tr("Highest level first. The descriptor tells a workshop what the "
                              "level means."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Number of levels"), self))
        top.addWidget(self.count)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self._loading = False
        self.count.valueChanged.connect(self._on_count)
        self.table.itemChanged.connect(self._on_item)

    def set_levels(self, levels: list[Level]) -> None:
        self._loading = True
        self.count.setValue(len(levels))
        self._resize(len(levels))
        for level in levels:
            row = self._row(level.value)
            self._item(row, LABEL).setText(level.label)
            self._item(row, DESCRIPTOR).setText(level.descriptor)
        self._loading = False

    def levels(self) -> list[Level]:
        """The levels, numbered from 1 (lowest) up; empty labels become "Level n"."""
        result = []
        for value in range(1, self.table.rowCount() + 1):
            row = self._row(value)
            label = self._item(row, LABEL).text().strip() or self.tr("Level %d") % value
            result.append(Level(value=value, label=label,
                                descriptor=self._item(row, DESCRIPTOR).text().strip()))
        return result

    def set_read_only(self, read_only: bool) -> None:
        self.count.setEnabled(not read_only)
        triggers = (QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                    QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setEditTriggers(triggers)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem("")
            self.table.setItem(row, column, item)
        return item

    def _row(self, value: int) -> int:
        return self.table.rowCount() - value

    def _resize(self, count: int) -> None:
        """Keep the lowest levels (with their texts); add or drop levels at the top."""
        old = [(self._item(r, LABEL).text(), self._item(r, DESCRIPTOR).text())
               for r in range(self.table.rowCount())][::-1]
        self.table.blockSignals(True)
        self.table.setRowCount(count)
        for value in range(1, count + 1):
            label, descriptor = old[value - 1] if value <= len(old) else (
                self.tr("Level %d") % value, "")
            row = self._row(value)
            self.table.setItem(row, LABEL, QTableWidgetItem(label))
            self.table.setItem(row, DESCRIPTOR, QTableWidgetItem(descriptor))
            head = QTableWidgetItem(str(value))
            head.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setVerticalHeaderItem(row, head)
        self.table.blockSignals(False)

    def _on_count(self, count: int) -> None:
        if self._loading:
            return
        self._resize(count)
        self.edited.emit()

    def _on_item(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.edited.emit()
