"""The inspector: the selected stage (or flow), its properties and its risks, with quick
capture of a new risk in one line."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskmap.edits import Action, Change, EntityType, Remove
from riskmap.model import Risk
from riskmap.vocabulary import ScoreKind
from ui.colours import MUTED_TEXT
from ui.document import Document
from ui.fonts import set_relative_font
from ui.marks import QT_TRANSLATE_NOOP
from ui.models.filters import RiskFilter, RiskFilterProxy
from ui.models.register import COLUMN, COLUMNS, RiskRegisterModel
from ui.panels.holder_form import HolderForm
from ui.texts import holder_id

if TYPE_CHECKING:  # the dialogs are imported when first opened
    from ui.dialogs.risk_editor import RiskEditor

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "InspectorPanel", "Select a stage or a flow on the map to see its properties and its risks.")
SHOWN = ("code", "statement", "residual")


class InspectorPanel(QWidget):
    """Follows the document's selection: a stage or flow, or the holder of a selected risk.
    By keyboard: Tab goes down the fields in the order shown, Enter in the risk line adds
    the risk (Ctrl+Enter opens the full editor on it), Enter on a risk opens it, Escape
    goes back to the map."""

    back_requested = Signal()  # Escape: the user wants the map again

    def __init__(self, document: Document, parent: QWidget | None = None,
                 model: RiskRegisterModel | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.holder_id: uuid.UUID | None = None
        self.heading = QLabel(self)
        set_relative_font(self.heading, 1.2, bold=True)
        self.heading.setWordWrap(True)
        self.where = QLabel(self)
        self.where.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.empty = QLabel(self.tr(EMPTY_TEXT), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED_TEXT.name()}; padding: 12px;")
        self.form = HolderForm(document, self)

        # The register's model when given (one adapter over 10,000 risks is enough); the
        # table then lists a stage's risks in the register's order.
        self.model = model or RiskRegisterModel(document, self)
        self.proxy = RiskFilterProxy(self.model, self)
        self.proxy.set_filter(RiskFilter(holder_id=uuid.UUID(int=0)))
        self.table = QTableView(self)
        self.table.setObjectName("inspectorRisks")
        self.table.setModel(self.proxy)
        if model is None:
            self.table.setSortingEnabled(True)
            self.table.sortByColumn(COLUMN["code"], Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        for number, column in enumerate(COLUMNS):
            self.table.setColumnHidden(number, column.key not in SHOWN)
        header.setSectionResizeMode(COLUMN["statement"], QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COLUMN["code"], 56)
        self.risks_label = QLabel(self)
        set_relative_font(self.risks_label, bold=True)
        self.capture = QLineEdit(self)
        self.capture.setPlaceholderText(self.tr("New risk: actor – action – outcome, then Enter"))
        self.capture.setClearButtonEnabled(True)
        self.capture.setAccessibleName(self.tr("New risk statement"))
        self.capture.setToolTip(self.tr("Enter adds the risk; Ctrl+Enter adds it in the full "
                                        "editor, to score it"))
        self.table.setAccessibleName(self.tr("Risks of the selected stage or flow"))
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.describe_button = QPushButton(self.tr("New risk…"), self)
        self.remove_button = QPushButton(self.tr("Delete"), self)
        buttons = QHBoxLayout()
        for button in (self.describe_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        body = QWidget(self)
        rows = QVBoxLayout(body)
        rows.setContentsMargins(8, 8, 8, 8)
        rows.addWidget(self.heading)
        rows.addWidget(self.where)
        rows.addWidget(self.form)
        rows.addSpacing(6)
        rows.addWidget(self.risks_label)
        rows.addWidget(self.capture)
        rows.addWidget(self.table, 1)
        rows.addLayout(buttons)
        self.body = body
        self.content = QScrollArea(self)
        self.content.setWidgetResizable(True)
        self.content.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        self.content.setFrameShape(QScrollArea.Shape.NoFrame)
        self.content.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.content, 1)

        # Tab goes through the panel as it reads: the stage's fields, the new-risk line,
        # the risks, then the buttons under them.
        chain = [*self.form.fields(), self.capture, self.table, self.describe_button,
                 self.open_button, self.remove_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.capture.returnPressed.connect(self._capture)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            describe = QShortcut(QKeySequence(keys), self.capture)
            describe.setContext(Qt.ShortcutContext.WidgetShortcut)
            describe.activated.connect(self.add_risk)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)
        self.describe_button.clicked.connect(self.add_risk)
        self.open_button.clicked.connect(self.open_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter on a risk, as the system says
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        document.selection_changed.connect(self._on_selection)
        document.changed.connect(self._on_changed)
        document.reset.connect(lambda: self.show_holder(None))
        document.score_kind_changed.connect(self._show_kind)
        self._show_kind(document.score_kind)
        self.show_holder(None)

    def focus_first_field(self) -> bool:
        """Put the keyboard in the first field of the stage (or flow) shown."""
        if self.holder_id is None:
            return False
        first = next((w for w in self.form.fields() if w.isVisibleTo(self)), self.capture)
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- what is shown ---------------------------------------------------------------------
    def _on_selection(self, ids: Iterable[uuid.UUID]) -> None:
        index = self.document.project.index
        chosen: uuid.UUID | None = None
        for item in ids:
            if item in index.stages or item in index.flows:
                chosen = item
                break
            if item in index.risks:
                chosen = chosen or holder_id(index.risks[item])
        if chosen is not None or not tuple(ids):
            self.show_holder(chosen)

    def show_holder(self, holder: uuid.UUID | None) -> None:
        index = self.document.project.index
        if holder is not None and holder not in index.stages and holder not in index.flows:
            holder = None
        self.holder_id = holder
        self.empty.setVisible(holder is None)
        self.content.setVisible(holder is not None)
        if holder is None:
            return
        stage = index.stages.get(holder)
        flow = index.flows.get(holder)
        process = index.process_of.get(holder)
        if stage is not None:
            self.heading.setText(f"{stage.code} · {stage.name}")
        elif flow is not None:
            self.heading.setText(self.tr("Flow {code}").format(code=flow.code)
                                 + (f" · {flow.label}" if flow.label else ""))
        self.where.setText(process.name if process else "")
        self.form.show_holder(holder)
        self.proxy.update_filter(holder_id=holder)
        self._count()

    def _count(self) -> None:
        count = self.proxy.rowCount()
        self.risks_label.setText(self.tr("Risks ({count})").format(count=count) if count
                                 else self.tr("Risks — none recorded yet"))

    def _show_kind(self, kind: object) -> None:
        for score in ScoreKind:
            self.table.setColumnHidden(COLUMN[score.value], score is not kind)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN[str(kind)], QHeaderView.ResizeMode.ResizeToContents)

    def _on_changed(self, changes: Sequence[Change]) -> None:
        if self.holder_id is None:
            return
        if any(c.id == self.holder_id and c.action is Action.REMOVED for c in changes):
            self.show_holder(None)
            return
        if any(c.id == self.holder_id for c in changes):
            self.show_holder(self.holder_id)
        elif any(c.entity is EntityType.RISK for c in changes):
            self._count()

    # --- risks -----------------------------------------------------------------------------
    def selected_risks(self) -> list[Risk]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.risk_at(row) for row in rows]

    def visible_codes(self) -> list[str]:
        return [self.proxy.risk_at(row).code for row in range(self.proxy.rowCount())]

    def _on_table_selection(self) -> None:
        risks = self.selected_risks()
        if risks and self.holder_id is not None:
            self.document.select([*(r.id for r in risks), self.holder_id])

    def _capture(self) -> None:
        text = self.capture.text().strip()
        if not text or self.holder_id is None:
            return
        from ui.dialogs.quick_risk import capture_risk

        if capture_risk(self.document, self.holder_id, text, self) is not None:
            self.capture.clear()

    def add_risk(self) -> RiskEditor:
        from ui.dialogs.risk_editor import new_risk

        return new_risk(self.document, self.holder_id, self.capture.text().strip(), self)

    def _open_index(self, index: QModelIndex) -> None:
        from ui.dialogs.risk_editor import edit_risk

        edit_risk(self.document, self.proxy.risk_at(index.row()).id, self)

    def open_current(self) -> None:
        risks = self.selected_risks()
        if risks:
            from ui.dialogs.risk_editor import edit_risk

            edit_risk(self.document, risks[0].id, self)

    def remove_selected(self) -> None:
        risks = self.selected_risks()
        if risks:
            self.document.apply(Remove(risk_ids=[r.id for r in risks]))
