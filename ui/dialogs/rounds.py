"""Assessment rounds: close one, list them, compare any two (or one with now), copy forward."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riskmap.edits import Change, Remove
from riskmap.rounds import CURRENT, Comparison, compare_named, copy_forward
from ui.dialogs.close_round import CloseRoundDialog
from ui.document import Document
from ui.editing import apply_edit
from ui.models.comparison import ComparisonModel, StatusChangesModel
from ui.round_overlay import round_overlay


class RoundsDialog(QDialog):
    """Left: the closed rounds and what to do with them. Right: a comparison."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.overlay = round_overlay(document)
        self.comparison: Comparison | None = None
        self.setWindowTitle(self.tr("Rounds and comparison"))
        self.resize(1300, 720)
        self.rounds = QListWidget(self)
        self.rounds.setObjectName("rounds_list")
        self.rounds.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rounds.setSpacing(3)
        self.close_button = QPushButton(self.tr("Close round…"), self)
        self.copy_button = QPushButton(self.tr("Copy forward"), self)
        self.copy_button.setToolTip(self.tr("Start again from the chosen round: its scores and "
                                            "statuses become the current ones (undoable)"))
        self.delete_button = QPushButton(self.tr("Delete round"), self)
        self.before = QComboBox(self)
        self.before.setObjectName("compare_before")
        self.after = QComboBox(self)
        self.after.setObjectName("compare_after")
        self.summary = QLabel(self)
        self.summary.setObjectName("comparison_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.risks_model = ComparisonModel(document.project.profile, self)
        self.measures_model = StatusChangesModel(self)
        self.risks_table = self._table(self.risks_model, stretch=3)
        self.measures_table = self._table(self.measures_model, stretch=1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.risks_table, self.tr("Risks"))
        self.tabs.addTab(self.measures_table, self.tr("Measures"))
        self.on_views = QCheckBox(self.tr("Show on the map and the heat map"), self)
        self.on_views.setObjectName("show_on_views")
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        self._layout(close)
        self.close_button.clicked.connect(self.close_new_round)
        self.copy_button.clicked.connect(self.copy_selected_forward)
        self.delete_button.clicked.connect(self.delete_selected)
        self.rounds.currentRowChanged.connect(lambda _row: self._enable())
        self.before.currentIndexChanged.connect(lambda _i: self.refresh_comparison())
        self.after.currentIndexChanged.connect(lambda _i: self.refresh_comparison())
        self.on_views.toggled.connect(self._on_views)
        document.changed.connect(self._on_changed)
        self.on_views.setChecked(self.overlay.active)
        self.fill()

    def _table(self, model: ComparisonModel | StatusChangesModel, stretch: int) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    def _layout(self, close: QPushButton) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Closed rounds</b>"), left))
        left_layout.addWidget(self.rounds, 1)
        for button in (self.close_button, self.copy_button, self.delete_button):
            left_layout.addWidget(button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("<b>Compare</b>"), right))
        pick.addWidget(self.before, 1)
        pick.addWidget(QLabel(self.tr("with"), right))
        pick.addWidget(self.after, 1)
        right_layout.addLayout(pick)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 1000])
        bottom = QHBoxLayout()
        bottom.addWidget(self.on_views)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    # --- the rounds ---------------------------------------------------------------------
    def fill(self) -> None:
        """List the rounds, newest last; compare the last round with now by default."""
        project = self.document.project
        self.rounds.clear()
        for item in project.rounds:
            text = f"{item.name}\n{item.closed_on:%d %b %Y} · " + self.tr("%d risks") % len(
                item.risks)
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(item.notes)
            self.rounds.addItem(row)
        self.rounds.setCurrentRow(self.rounds.count() - 1)
        choices = [(r.name, str(r.id)) for r in project.rounds]
        old_before, old_after = self.before.currentData(), self.after.currentData()
        for box, extra in ((self.before, []), (self.after, [(self.tr("Current state"),
                                                              CURRENT)])):
            box.blockSignals(True)
            box.clear()
            for text, data in [*choices, *extra]:
                box.addItem(text, data)
            box.blockSignals(False)
        for box, old in ((self.before, old_before), (self.after, old_after)):
            found = box.findData(old) if old is not None else -1
            box.blockSignals(True)
            box.setCurrentIndex(found if found >= 0 else box.count() - 1)
            box.blockSignals(False)
        self._enable()
        self.refresh_comparison()

    def selected_round(self) -> uuid.UUID | None:
        item = self.rounds.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def _enable(self) -> None:
        chosen = self.selected_round() is not None
        self.copy_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.on_views.setEnabled(bool(self.document.project.rounds))

    def close_new_round(self) -> bool:
        dialog = CloseRoundDialog(self.document, parent=self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def copy_selected_forward(self) -> bool:
        round_id = self.selected_round()
        if round_id is None:
            return False
        source = next(r for r in self.document.project.rounds if r.id == round_id)
        answer = QMessageBox.question(
            self, self.tr("Copy forward"),
            self.tr("Make the scores and statuses of “%s” the current ones? Undo brings the "
                    "present ones back.") % source.name)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return apply_edit(self.document, copy_forward(self.document.project, round_id), self)

    def delete_selected(self) -> bool:
        round_id = self.selected_round()
        if round_id is None:
            return False
        return apply_edit(self.document, Remove(round_ids=[round_id]), self)

    # --- the comparison -------------------------------------------------------------------
    def refresh_comparison(self) -> None:
        before, after = self.before.currentData(), self.after.currentData()
        project = self.document.project
        self.comparison = None
        if before is not None and after is not None and before != after:
            self.comparison = compare_named(project, before, after)
        self.risks_model.set_comparison(self.comparison, project.profile)
        self.measures_model.set_comparison(self.comparison)
        self.summary.setText(self._summary())
        if self.on_views.isChecked():
            self._on_views(True)

    def _summary(self) -> str:
        if not self.document.project.rounds:
            return self.tr("No round closed yet. Close one at the end of the workshop: the "
                           "next review compares against it.")
        if self.comparison is None:
            return self.tr("Choose two different rounds to compare.")
        c = self.comparison
        up = sum(1 for d in c.changed_risks if d.delta > 0)
        down = sum(1 for d in c.changed_risks if d.delta < 0)
        text = self.tr("From %1 to %2: %3 new risks, %4 removed, %5 rescored (%6 up, %7 down); "
                       "%8 measures completed.")
        for key, value in (("%1", c.before_name), ("%2", c.after_name),
                           ("%3", len(c.new_risks)), ("%4", len(c.removed_risks)),
                           ("%5", len(c.changed_risks)), ("%6", up), ("%7", down),
                           ("%8", len(c.measures_completed))):
            text = text.replace(key, str(value))
        return text

    def _on_views(self, shown: bool) -> None:
        before, after = self.before.currentData(), self.after.currentData()
        if shown and self.comparison is not None:
            self.overlay.show(before, after)
        else:
            self.overlay.clear()

    def _on_changed(self, _changes: tuple[Change, ...]) -> None:
        self.fill()
