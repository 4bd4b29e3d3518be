"""The merge of a copy: what each side changed, the conflicts to decide, and notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskmap.merge import Conflict, MergeResult
from ui.colours import MUTED_TEXT

MINE, THEIRS = "mine", "theirs"
KEPT = QColor("#E3F1E4")  # the value the merged project will hold
COLUMNS = 5  # entity, field, mine, theirs, keep


class MergeDialog(QDialog):
    """Lists the conflicts of a merge with a choice per row (mine by default), "Keep All
    Mine" and "Keep All Theirs", and the merge's notes; `theirs()` gives the conflicts
    where theirs is to be kept."""

    def __init__(self, result: MergeResult, mine_name: str, theirs_name: str,
                 base_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge a Copy"))
        self.conflicts = list(result.conflicts)
        intro = QLabel(self.tr("Bringing the changes of <b>{theirs}</b> (theirs) into "
                               "<b>{mine}</b> (mine), both edited from <b>{base}</b>.")
                       .format(theirs=theirs_name, mine=mine_name, base=base_name), self)
        intro.setWordWrap(True)
        # The counts of changes; the conflicts are told below, as the user decides them.
        counts = result.summary.split("; ")[0]
        summary = QLabel(counts[:1].upper() + counts[1:] + ".", self)
        summary.setObjectName("merge_summary")
        summary.setWordWrap(True)
        summary.setStyleSheet(f"color: {MUTED_TEXT.name()};")

        self.table = QTableWidget(len(self.conflicts), COLUMNS, self)
        self.table.setObjectName("conflicts")
        self.table.setHorizontalHeaderLabels([
            self.tr("Entity"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs"),
            self.tr("Keep")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(self.conflicts):
            self._fill_row(row, conflict)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the choices take the focus
        # Wrapped values need the rows' heights again once the columns have their widths.
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(self._fit_rows.start)
        self.all_mine = QPushButton(self.tr("Keep All Mine"), self)
        self.all_theirs = QPushButton(self.tr("Keep All Theirs"), self)
        self.all_mine.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        conflicts = QGroupBox(self.tr("Conflicts (%n): both copies changed these "
                                      "differently. Choose the value to keep.", "",
                                      len(self.conflicts)), self)
        box = QVBoxLayout(conflicts)
        if self.conflicts:
            row_buttons = QHBoxLayout()
            row_buttons.addWidget(self.all_mine)
            row_buttons.addWidget(self.all_theirs)
            row_buttons.addStretch(1)
            box.addWidget(self.table)
            box.addLayout(row_buttons)
        else:
            conflicts.setTitle(self.tr("Conflicts"))
            box.addWidget(QLabel(self.tr("None: the changes of both copies fit together."),
                                 conflicts))
            self.table.hide()
            self.all_mine.hide()
            self.all_theirs.hide()

        self.notes = QListWidget(self)
        self.notes.setObjectName("merge_notes")
        self.notes.addItems(result.notes)
        self.notes.setWordWrap(True)
        notes = QGroupBox(self.tr("Notes (%n)", "", len(result.notes)), self)
        QVBoxLayout(notes).addWidget(self.notes)
        notes.setVisible(bool(result.notes))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        undo = QLabel(self.tr("The merge is one step: Edit > Undo takes it back."), self)
        undo.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        bottom = QHBoxLayout()
        bottom.addWidget(undo, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(summary)
        layout.addWidget(conflicts, 3 if self.conflicts else 0)
        layout.addWidget(notes, 1)
        if not self.conflicts and not result.notes:
            layout.addStretch(1)
        layout.addLayout(bottom)
        self.resize(960, 600 if self.conflicts or result.notes else 300)

    def _fill_row(self, row: int, conflict: Conflict) -> None:
        values = (conflict.entity_code, conflict.field, conflict.mine_value,
                  conflict.theirs_value)
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, column, item)
        choice = QComboBox(self.table)
        choice.addItem(self.tr("Mine"), MINE)
        choice.addItem(self.tr("Theirs"), THEIRS)
        choice.setCurrentIndex(1 if conflict.chosen == THEIRS else 0)
        choice.currentIndexChanged.connect(lambda _i, r=row: self._mark(r))
        self.table.setCellWidget(row, 4, choice)
        self.choices.append(choice)
        self._mark(row)

    def _mark(self, row: int) -> None:
        """The value kept is shaded and bold; the other is plain."""
        keep_theirs = self.choice(row) == THEIRS
        for column, kept in ((2, not keep_theirs), (3, keep_theirs)):
            item = self.table.item(row, column)
            if item is None:
                continue
            font = QFont(item.font())
            font.setBold(kept)
            item.setFont(font)
            item.setBackground(QBrush(KEPT) if kept else QBrush(Qt.BrushStyle.NoBrush))

    def choice(self, row: int) -> str:
        return str(self.choices[row].currentData())

    def set_choice(self, row: int, side: str) -> None:
        self.choices[row].setCurrentIndex(1 if side == THEIRS else 0)

    def choose_all(self, side: str) -> None:
        for row in range(len(self.choices)):
            self.set_choice(row, side)

    def theirs(self) -> list[Conflict]:
        """The conflicts where the user keeps theirs."""
        return [c for row, c in enumerate(self.conflicts) if self.choice(row) == THEIRS]
