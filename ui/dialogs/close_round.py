"""Close the current round: a name, a date and notes for the dated snapshot of every score."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from riskmap.rounds import CURRENT, close_round
from ui.document import Document
from ui.editing import apply_edit
from ui.language import translate


def default_round_name(count: int, day: dt.date) -> str:
    """ "Round 2 – May 2026": numbered after the rounds already closed (the month in the
    interface language)."""
    month = QLocale().standaloneMonthName(day.month) + f" {day.year}"
    return translate("CloseRoundDialog", "Round {number} – {month}").format(
        number=count + 1, month=month)


class CloseRoundDialog(QDialog):
    """OK keeps the snapshot in the project as one undoable step."""

    def __init__(self, document: Document, today: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Close round"))
        self.setMinimumWidth(520)
        day = today or dt.date.today()
        rounds = document.project.rounds
        self.name = QLineEdit(default_round_name(len(rounds), day), self)
        self.name.setObjectName("round_name")
        self.date = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("e.g. Yearly reassessment with the Sabaki port "
                                              "team; new scanner in service since March"))
        self.notes.setMaximumHeight(110)
        project = document.project
        explain = QLabel(self.tr("The round keeps today's scores of all %1 risks and the status "
                                 "of all %2 measures, to compare with later rounds. Work "
                                 "goes on in the current state.")
                         .replace("%1", str(len(project.risks)))
                         .replace("%2", str(len(project.measures))), self)
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #5F6B7A;")
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #A61B1B;")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Close round"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Closed on"), self.date)
        form.addRow(self.tr("Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        name = self.name.text().strip()
        taken = {r.name.strip().casefold() for r in self.document.project.rounds}
        problem = ""
        if not name:
            problem = self.tr("Give the round a name.")
        elif name.casefold() in taken or name.casefold() == CURRENT.casefold():
            problem = self.tr("Another round is already called “%s”.") % name
        self.problem.setText(problem)
        if problem:
            return
        day = self.date.date().toPython()
        assert isinstance(day, dt.date)
        edit = close_round(self.document.project, name, day, self.notes.toPlainText().strip())
        if apply_edit(self.document, edit, self):
            super().accept()
