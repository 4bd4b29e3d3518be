"""Workshop participants: code, name, role and unit, and whether votes stay anonymous."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskmap.errors import RiskmapError
from riskmap.model import Participant
from riskmap.workshop import set_participants, votes_of
from ui.document import Document
from ui.language import error_text
from ui.models.rows import AnyIndex, RowsModel
from ui.texts import next_code

CODE, NAME, ROLE, UNIT, VOTES = range(5)
FIELDS = {CODE: "code", NAME: "name", ROLE: "role", UNIT: "unit"}


class ParticipantsModel(RowsModel[Participant]):
    """An editable working copy of the participants; the dialog applies it in one step."""

    def __init__(self, participants: list[Participant], votes: dict[uuid.UUID, int],
                 parent: QObject | None = None) -> None:
        super().__init__([self.tr("Code"), self.tr("Name"), self.tr("Role"), self.tr("Unit"),
                          self.tr("Votes cast")], parent)
        self.participants = [p.model_copy() for p in participants]
        self.votes = votes

    def items(self) -> list[Participant]:
        return self.participants

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in FIELDS else base

    def cell(self, person: Participant, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == VOTES:
                return self.votes.get(person.id, 0)
            return getattr(person, FIELDS[column]) if column in FIELDS else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VOTES:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() not in FIELDS):
            return False
        text = str(value).strip()
        if index.column() == CODE and not text:
            return False  # a participant always keeps a code
        person = self.participants[index.row()]
        try:
            setattr(person, FIELDS[index.column()], text)
        except ValueError:
            return False
        self.dataChanged.emit(index, index)
        return True

    def add(self) -> int:
        """Add a participant with the next free code (P01, P02 ...); returns its row."""
        code = next_code((p.code for p in self.participants), "P", 2)
        row = len(self.participants)
        self.beginInsertRows(QModelIndex(), row, row)
        self.participants.append(Participant(code=code))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.participants):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.participants[row]
            self.endRemoveRows()


class ParticipantsDialog(QDialog):
    """OK records the list and the anonymity switch as one undoable step."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Workshop participants"))
        self.resize(900, 520)
        project = document.project
        counts = {p.id: votes_of(project, p.id) for p in project.metadata.participants}
        self.model = ParticipantsModel(project.metadata.participants, counts, self)
        self.table = QTableView(self)
        self.table.setObjectName("participants_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(UNIT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(CODE, 70)
        self.table.setColumnWidth(NAME, 180)
        self.table.setColumnWidth(VOTES, 90)
        self.anonymous = QCheckBox(self.tr("Keep votes anonymous"), self)
        self.anonymous.setObjectName("anonymous_votes")
        self.anonymous.setChecked(project.metadata.anonymous_votes)
        explain = QLabel(self.tr("When votes are anonymous, group scoring, the register and "
                                 "the report show each voter's code (P01, P02 …), never a "
                                 "name. Names may be left empty."), self)
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #5F6B7A;")
        self.add_button = QPushButton(self.tr("Add participant"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch(1)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #A61B1B;")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(self.anonymous)
        layout.addWidget(explain)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_participant)
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_participant)

    def add_participant(self) -> None:
        row = self.model.add()
        index = self.model.index(row, NAME)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_selected(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        person = self.model.participants[row]
        cast = self.model.votes.get(person.id, 0)
        if cast:
            answer = QMessageBox.question(
                self, self.tr("Remove participant"),
                (self.tr("Removing %1 also removes the vote they cast.") if cast == 1 else
                 self.tr("Removing %1 also removes the %2 votes they cast."))
                .replace("%1", person.code).replace("%2", str(cast)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.model.remove(row)

    def accept(self) -> None:
        metadata = self.document.project.metadata
        people = self.model.participants
        anonymous = self.anonymous.isChecked()
        if people == metadata.participants and anonymous == metadata.anonymous_votes:
            super().accept()
            return
        try:
            self.document.apply(set_participants(self.document.project, people, anonymous))
        except (RiskmapError, ValueError) as exc:
            self.problem.setText(error_text(exc))
            return
        super().accept()
