"""A flat table model over a list of rows, one row an object (under Qt.UserRole)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[T]):
    """One row an item of `items()`, in the order `item_at(row)` gives (as is by default);
    one column a header. Subclasses give the items and `cell(item, column, role)`."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = tuple(headers)

    # --- to provide --------------------------------------------------------------------
    def items(self) -> Sequence[T]:
        raise NotImplementedError

    def cell(self, item: T, column: int, role: int) -> Any:
        """What the item shows in this column for this role (Qt.UserRole aside)."""
        raise NotImplementedError

    # --- the table ---------------------------------------------------------------------
    def item_at(self, row: int) -> T:
        return self.items()[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        item = self.item_at(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return item
        return self.cell(item, index.column(), role)
