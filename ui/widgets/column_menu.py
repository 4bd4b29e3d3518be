"""Show or hide a table's columns from its header's context menu."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView

from ui.language import translate
from ui.models.columns import Column


def install_column_menu(table: QTableView, columns: Sequence[Column]) -> None:
    """Hide the columns marked hidden; a right-click on the header lists them all."""
    header = table.horizontalHeader()
    for number, column in enumerate(columns):
        table.setColumnHidden(number, column.hidden)

    def show_menu(position: QPoint) -> None:
        menu = QMenu(table)
        for number, column in enumerate(columns):
            action = menu.addAction(column.header)
            action.setCheckable(True)
            action.setChecked(not table.isColumnHidden(number))
            action.toggled.connect(lambda on, n=number: table.setColumnHidden(n, not on))
        menu.popup(header.mapToGlobal(position))

    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(show_menu)
    header.setToolTip(translate("ColumnMenu", "Right-click to show or hide columns"))
