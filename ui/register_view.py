"""The risk register view: a sortable, filterable table of every risk, edited in place."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskmap.edits import Remove
from riskmap.model import Risk
from ui.delegates import install_delegates
from ui.document import Document
from ui.models.filters import RiskFilterProxy
from ui.models.register import COLUMN, COLUMNS, RiskRegisterModel
from ui.texts import holder_id
from ui.widgets.column_menu import install_column_menu
from ui.widgets.register_filters import RegisterFilterBar

if TYPE_CHECKING:  # the dialogs are imported when first opened
    from ui.dialogs.quick_risk import QuickRiskDialog
    from ui.dialogs.risk_editor import RiskEditor

WIDTHS = {"code": 60, "process": 130, "holder": 180, "statement": 380, "type": 150,
          "residual_l": 86, "residual_i": 86, "inherent": 92, "residual": 92,
          "target": 92, "rank": 64, "owner": 120, "measures": 110}


class RegisterView(QWidget):
    """Filters on top, the table below; the selection is the document's selection."""

    # Someone asked to see a risk in full (double-click, Enter).
    risk_opened = Signal(object)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = RiskRegisterModel(document, self)
        self.proxy = RiskFilterProxy(self.model, self)
        self.filters = RegisterFilterBar(self.proxy, self)
        self.table = QTableView(self)
        self.table.setObjectName("riskRegister")
        self.table.setAccessibleName(self.tr("Risk register"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMN["code"], Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        install_delegates(self.table, COLUMNS, self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        install_column_menu(self.table, COLUMNS)
        for number, column in enumerate(COLUMNS):
            # Never narrower than its header: French and Spanish headers are longer.
            self.table.setColumnWidth(number, max(WIDTHS.get(column.key, 100),
                                                  header.sectionSizeHint(number)))
        self._hide_single_process()
        document.reset.connect(self._hide_single_process)

        self.count = QLabel(self)
        self.add_button = QPushButton(self.tr("Add risk…"), self)
        self.edit_button = QPushButton(self.tr("Open…"), self)
        self.remove_button = QPushButton(self.tr("Delete"), self)
        self.add_button.setToolTip(self.tr("Capture a risk: a statement and a stage"))
        self.remove_button.setToolTip(self.tr("Delete the selected risks (undo brings them back)"))
        # One row above the table: a low dock keeps room for rows.
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.remove_button)
        top.addSpacing(8)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        delete = QAction(self.tr("Delete risks"), self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_selected)
        self.table.addAction(delete)
        self.add_button.clicked.connect(self.add_risk)
        self.edit_button.clicked.connect(self.open_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(self._on_double_click)
        self.model.ranks_changed.connect(self.table.viewport().update)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._on_selection)
        document.selection_changed.connect(self._follow_selection)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._show_count)
        self._syncing = False
        self._show_count()
        self._enable_buttons()

    def _hide_single_process(self) -> None:
        """The process column says nothing when the project has only one."""
        single = len(self.document.project.processes) <= 1
        self.table.setColumnHidden(COLUMN["process"], single)

    # --- reading the table ---------------------------------------------------------------
    def selected_risks(self) -> list[Risk]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.risk_at(row) for row in rows]

    def visible_codes(self) -> list[str]:
        return [self.proxy.risk_at(row).code for row in range(self.proxy.rowCount())]

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("%n risk(s)", "", total) if shown == total
                           else self.tr("{shown} of %n risk(s)", "", total).format(shown=shown))

    def _enable_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # --- selection, both ways --------------------------------------------------------------
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._enable_buttons()
        if self._syncing:
            return
        risks = self.selected_risks()
        holders = [h for h in (holder_id(r) for r in risks) if h is not None]
        self._syncing = True
        try:
            self.document.select([*(r.id for r in risks), *holders])
        finally:
            self._syncing = False

    def _follow_selection(self, ids: Iterable[uuid.UUID]) -> None:
        if self._syncing:
            return
        rows = [row for row in (self.model.row_of(i) for i in ids) if row is not None]
        self._syncing = True
        try:
            self.select_source_rows(rows)
        finally:
            self._syncing = False

    def select_source_rows(self, rows: list[int]) -> None:
        selection = QItemSelection()
        last = self.proxy.columnCount() - 1
        for row in rows:
            first = self.proxy.mapFromSource(self.model.index(row, 0))
            if first.isValid():
                selection.select(first, first.siblingAtColumn(last))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            self.table.scrollTo(selection.indexes()[0])

    def show_risk(self, risk_id: uuid.UUID) -> None:
        """Make one risk visible and selected, clearing filters that would hide it."""
        row = self.model.row_of(risk_id)
        if row is None:
            return
        if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.filters.clear()
        self.document.select([risk_id])
        self.select_source_rows([row])

    def filter_by_risks(self, risk_ids: Iterable[uuid.UUID], label: str) -> None:
        """Show only these risks (a heat-map cell), with a chip that says which cell."""
        self.proxy.update_filter(risk_ids=frozenset(risk_ids), risk_ids_label=label)

    # --- actions ----------------------------------------------------------------------------
    def _on_double_click(self, index: QModelIndex) -> None:
        self.open_risk(self.proxy.risk_at(index.row()).id)

    def open_current(self) -> None:
        risks = self.selected_risks()
        if risks:
            self.open_risk(risks[0].id)

    def open_risk(self, risk_id: uuid.UUID) -> RiskEditor:
        from ui.dialogs.risk_editor import edit_risk

        self.risk_opened.emit(risk_id)
        return edit_risk(self.document, risk_id, self)

    def add_risk(self) -> QuickRiskDialog:
        from ui.dialogs.quick_risk import QuickRiskDialog

        holder = self.proxy.filter.holder_id
        if holder is None:
            selected = [i for i in self.document.selection
                        if i in self.document.project.index.stages]
            holder = selected[0] if selected else None
        dialog = QuickRiskDialog(self.document, holder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # No lambda holding the dialog: a closure over a deleted-on-close dialog crashes.
        dialog.captured.connect(self._after_capture)
        dialog.open()
        return dialog

    def _after_capture(self, risk_id: uuid.UUID, wants_editor: bool) -> None:
        self.show_risk(risk_id)
        if wants_editor:
            self.open_risk(risk_id)

    def remove_selected(self) -> None:
        risks = self.selected_risks()
        if risks:
            self.document.apply(Remove(risk_ids=[r.id for r in risks]))
