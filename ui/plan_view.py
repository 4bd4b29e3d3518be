"""The action plan view: every measure with its columns, filters, links to risks, tags."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskmap.edits import Change, EntityType, Remove, add_measure
from riskmap.model import Measure
from riskmap.vocabulary import MEASURE_STATUS_LABELS, MeasureStatus
from ui.colours import MUTED_TEXT
from ui.delegates import install_delegates
from ui.document import Document
from ui.editing import apply_edit
from ui.language import domain_tr
from ui.models.action_plan import COLUMN, COLUMNS, ActionPlanModel
from ui.models.filters import MeasureFilter, MeasureFilterProxy
from ui.texts import key_factor_text, next_measure_code
from ui.widgets.column_menu import install_column_menu
from ui.widgets.register_filters import ValueCombo

if TYPE_CHECKING:  # the dialog is imported when first opened
    from ui.dialogs.link_risks import LinkRisksDialog

WIDTHS = {"code": 60, "title": 380, "risks": 110, "key_factors": 170, "type": 95,
          "owner": 140, "start": 100, "deadline": 100, "indicator": 200, "status": 150,
          "progress": 90}


class PlanView(QWidget):
    """Filters, the plan table (edited in place) and a line to add a measure that is linked
    at once to the risks selected elsewhere."""

    def __init__(self, document: Document, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = ActionPlanModel(document, self, today)
        self.proxy = MeasureFilterProxy(self.model, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search code, measure, owner, notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)
        self.key_factor = ValueCombo(self.tr("Key factor"), 10, self)
        self.owner = ValueCombo(self.tr("Owner"), 8, self)
        self.status = ValueCombo(self.tr("Status"), 8, self)
        self.overdue = QCheckBox(self.tr("Overdue only"), self)

        self.table = QTableView(self)
        self.table.setObjectName("actionPlan")
        self.table.setAccessibleName(self.tr("Action plan"))
        self.search.setAccessibleName(self.tr("Search the action plan"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMN["code"], Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        install_delegates(self.table, COLUMNS, self)
        install_column_menu(self.table, COLUMNS)
        for number, column in enumerate(COLUMNS):
            # Never narrower than its header: French and Spanish headers are longer.
            self.table.setColumnWidth(number, max(WIDTHS.get(column.key, 120),
                                                  self.table.horizontalHeader()
                                                  .sectionSizeHint(number)))

        self.capture = QLineEdit(self)
        self.capture.setPlaceholderText(self.tr("New measure: what will be done, then Enter"))
        self.capture.setAccessibleName(self.tr("New measure"))
        self.capture.setMinimumWidth(220)
        self.capture.setClearButtonEnabled(True)
        self.link_hint = QLabel(self)
        self.link_hint.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.link_button = QPushButton(self.tr("Link risks…"), self)
        self.remove_button = QPushButton(self.tr("Delete"), self)
        self.count = QLabel(self)
        # One row above the table: filters, then the capture line and the commands.
        top = QHBoxLayout()
        for widget in (self.search, self.key_factor, self.owner, self.status, self.overdue):
            top.addWidget(widget)
        top.addSpacing(8)
        top.addWidget(self.capture, 1)
        top.addWidget(self.link_hint)
        top.addWidget(self.link_button)
        top.addWidget(self.remove_button)
        top.addSpacing(8)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self._apply_filter)
        for combo in (self.key_factor, self.owner, self.status):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.overdue.toggled.connect(self._apply_filter)
        self.capture.returnPressed.connect(self._capture)
        self.link_button.clicked.connect(self.link_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.filter_changed):
            signal.connect(self._show_count)
        document.selection_changed.connect(self._show_link_hint)
        document.changed.connect(self._on_changed)
        document.reset.connect(self._fill_filters)
        self._fill_filters()
        self._show_count()
        self._show_link_hint(document.selection)
        self._enable()

    # --- filters ---------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        project = self.document.project
        factors = sorted({f for m in project.measures for f in m.key_factors})
        self.key_factor.set_items([(key_factor_text(f), f) for f in factors])
        owners = sorted({m.owner for m in project.measures if m.owner}, key=str.casefold)
        self.owner.set_items([(o, o) for o in owners])
        self.status.set_items([(domain_tr(label), s)
                               for s, label in MEASURE_STATUS_LABELS.items()])

    def _on_changed(self, changes: Sequence[Change]) -> None:
        if any(c.entity is EntityType.MEASURE for c in changes):
            self._fill_filters()
            self._show_count()

    def _apply_filter(self) -> None:
        status: MeasureStatus | None = self.status.value()
        self.proxy.set_filter(MeasureFilter(
            key_factor=self.key_factor.value(), owner=self.owner.value(), status=status,
            overdue_only=self.overdue.isChecked(), text=self.search.text().strip()))

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        overdue = sum(1 for m in self.model.measures if self.model.is_overdue(m))
        text = (self.tr("%n measure(s)", "", total) if shown == total
                else self.tr("{shown} of %n measure(s)", "", total).format(shown=shown))
        self.count.setText(self.tr("{measures}, %n overdue", "", overdue).format(measures=text)
                           if overdue else text)

    # --- selection and links -------------------------------------------------------------
    def selected_measures(self) -> list[Measure]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.measure_at(row) for row in rows]

    def visible_codes(self) -> list[str]:
        return [self.proxy.measure_at(row).code for row in range(self.proxy.rowCount())]

    def _selected_risk_ids(self) -> list[uuid.UUID]:
        risks = self.document.project.index.risks
        return [i for i in self.document.selection if i in risks]

    def _show_link_hint(self, _ids: Iterable[uuid.UUID]) -> None:
        risks = self.document.project.index.risks
        codes = [risks[i].code for i in self._selected_risk_ids()]
        self.link_hint.setText(self.tr("linked to {codes}").format(codes=", ".join(codes[:4]))
                               + (" …" if len(codes) > 4 else "") if codes else "")

    def _on_selection(self) -> None:
        self._enable()

    def _enable(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.link_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.column() == COLUMN["risks"]:
            self.link_measure(self.proxy.measure_at(index.row()))

    def link_current(self) -> LinkRisksDialog | None:
        measures = self.selected_measures()
        return self.link_measure(measures[0]) if measures else None

    def link_measure(self, measure: Measure) -> LinkRisksDialog:
        from ui.dialogs.link_risks import LinkRisksDialog

        dialog = LinkRisksDialog(self.document, measure, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- adding and removing ------------------------------------------------------------------
    def _capture(self) -> None:
        title = self.capture.text().strip()
        if not title:
            return
        measure = Measure(code=next_measure_code(self.document.project), title=title,
                          risk_ids=self._selected_risk_ids())
        if apply_edit(self.document, add_measure(measure), self):
            self.capture.clear()
            self.select_measure(measure.id)

    def select_measure(self, measure_id: uuid.UUID) -> None:
        row = self.model.row_of(measure_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def remove_selected(self) -> None:
        measures = self.selected_measures()
        if measures:
            self.document.apply(Remove(measure_ids=[m.id for m in measures]))
