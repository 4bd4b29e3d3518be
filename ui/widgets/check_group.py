"""A group of check boxes over a pick-list (enabling factors, impact dimensions, flags)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

T = TypeVar("T")


class CheckGroup(QWidget, Generic[T]):
    """One check box a choice, in `columns` columns; `values()` in the pick-list's order."""

    changed = Signal()

    def __init__(self, labels: Mapping[T, str], columns: int = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[T, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        for number, (value, label) in enumerate(labels.items()):
            box = QCheckBox(label, self)
            box.toggled.connect(lambda _checked: self.changed.emit())
            self.boxes[value] = box
            grid.addWidget(box, number // columns, number % columns)

    def values(self) -> list[T]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_values(self, values: Iterable[T]) -> None:
        chosen = set(values)
        for value, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(value in chosen)
            box.blockSignals(False)
