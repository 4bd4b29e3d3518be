"""Quick capture of a risk during a workshop: a statement and a stage, nothing else."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskmap.edits import add_risk
from riskmap.model import Risk
from ui.colours import MUTED_TEXT, OVERDUE_TEXT
from ui.document import Document
from ui.editing import apply_edit
from ui.language import translate
from ui.marks import QT_TRANSLATE_NOOP
from ui.texts import next_risk_code
from ui.widgets.holder_combo import HolderCombo

HINT = QT_TRANSLATE_NOOP(
    "QuickRiskDialog",
    "Actor – action – outcome, e.g. “An examiner skips the inspection for a payment”")


def capture_risk(document: Document, holder: uuid.UUID, statement: str,
                 parent: QWidget | None = None) -> Risk | None:
    """Add a risk with only a statement on a stage (or flow); selects it. None if refused."""
    index = document.project.index
    risk = Risk(code=next_risk_code(document.project), statement=statement.strip(),
                stage_id=holder if holder in index.stages else None,
                flow_id=holder if holder in index.flows else None)
    if not apply_edit(document, add_risk(risk), parent):
        return None
    document.select([risk.id, holder])
    return risk


class QuickRiskDialog(QDialog):
    """Enter to add; self.tr("Add and describe…") opens the full editor on the new risk."""

    # (risk id, whether the user asked for the full editor)
    captured = Signal(object, bool)

    def __init__(self, document: Document, holder: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.added: Risk | None = None
        self.wants_editor = False
        self.setWindowTitle(self.tr("Add a risk"))
        self.setMinimumWidth(620)
        self.statement = QLineEdit(self)
        self.statement.setPlaceholderText(translate("QuickRiskDialog", HINT))
        self.holder = HolderCombo(document.project, parent=self)
        self.holder.set_holder(holder)
        hint = QLabel(self.tr("Capture now, describe and score later."), self)
        hint.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.problem = QLabel(self)
        self.problem.setStyleSheet(f"color: {OVERDUE_TEXT.name()};")
        self.problem.hide()
        buttons = QDialogButtonBox(self)
        add = buttons.addButton(self.tr("Add risk"), QDialogButtonBox.ButtonRole.AcceptRole)
        assert isinstance(add, QPushButton)
        add.setDefault(True)
        self.describe = buttons.addButton(self.tr("Add and describe…"),
                                          QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.describe.clicked.connect(self._describe)
        form = QFormLayout()
        form.addRow(self.tr("Risk statement"), self.statement)
        form.addRow(self.tr("Stage or flow"), self.holder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        (self.holder if holder is None else self.statement).setFocus()

    def _describe(self) -> None:
        self.wants_editor = True
        self.accept()

    def accept(self) -> None:
        holder = self.holder.holder()
        text = self.statement.text().strip()
        problem = (self.tr("Write the risk statement.") if not text
                   else self.tr("Choose the stage (or the flow).") if holder is None else "")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if problem or holder is None:
            self.wants_editor = False
            return
        self.added = capture_risk(self.document, holder, text, self)
        if self.added is not None:
            super().accept()
            self.captured.emit(self.added.id, self.wants_editor)
