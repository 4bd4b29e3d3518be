"""One row a participant with likelihood and impact pickers; digits type a level and move on."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from riskmap.model import Project
from riskmap.scales import Level
from riskmap.workshop import voter_name
from ui.language import builtin_tr
from ui.texts import level_text

NO_VOTE = "—"


class VoteCombo(QComboBox):
    """A level picker driven from the keyboard: a digit picks that level and moves the
    focus to the next picker; 0, Delete or Backspace clears the vote."""

    def __init__(self, axis: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(axis)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_levels(self, levels: list[Level]) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(NO_VOTE, None)
        for level in levels:
            self.addItem(level_text(level), level.value)
            self.setItemData(self.count() - 1, builtin_tr(level.descriptor),
                             Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_value(self, value: int | None) -> None:
        self.setCurrentIndex(max(self.findData(value), 0) if value is not None else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                    Qt.KeyboardModifier.KeypadModifier):
            level = int(text)
            if level == 0:
                self.set_value(None)
                return
            if self.findData(level) >= 0:
                self.set_value(level)
                self.focusNextChild()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
            return
        super().keyPressEvent(event)


class VotesPanel(QWidget):
    """Votes of every participant on one assessment; `changed` on every pick."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.rows: dict[uuid.UUID, tuple[VoteCombo, VoteCombo]] = {}
        self._key: object = None

    def set_participants(self, project: Project) -> None:
        """One row a participant, named by code when votes are anonymous (rebuilt only
        when the participants, their names or the scales changed)."""
        key = (tuple((p.id, voter_name(project, p.id), p.role)
                     for p in project.metadata.participants),
               project.profile.likelihood, project.profile.impact)
        if key == self._key:
            return
        self._key = key
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows.clear()
        header = [self.tr("Participant"), self.tr("Likelihood"), self.tr("Impact")]
        for column, text in enumerate(header):
            label = QLabel(f"<b>{text}</b>", self)
            self.grid.addWidget(label, 0, column)
        profile = project.profile
        for row, person in enumerate(project.metadata.participants, start=1):
            name = QLabel(voter_name(project, person.id), self)
            name.setToolTip(person.role)
            likelihood = VoteCombo(self.tr("Likelihood vote of %s") % person.code, self)
            impact = VoteCombo(self.tr("Impact vote of %s") % person.code, self)
            likelihood.set_levels(profile.likelihood)
            impact.set_levels(profile.impact)
            likelihood.currentIndexChanged.connect(lambda _i: self.changed.emit())
            impact.currentIndexChanged.connect(lambda _i: self.changed.emit())
            for column, widget in enumerate((name, likelihood, impact)):
                self.grid.addWidget(widget, row, column)
                widget.show()  # at once, so that it can take the focus
            self.rows[person.id] = (likelihood, impact)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(len(self.rows) + 1, 1)

    def set_votes(self, votes: dict[uuid.UUID, tuple[int, int]]) -> None:
        self.blockSignals(True)
        for person_id, (likelihood, impact) in self.rows.items():
            lik, imp = votes.get(person_id, (None, None))
            likelihood.set_value(lik)
            impact.set_value(imp)
        self.blockSignals(False)
        self.changed.emit()

    def votes(self) -> dict[uuid.UUID, tuple[int, int]]:
        """Complete votes only: a participant with one level picked has not voted yet."""
        found = {}
        for person_id, (likelihood, impact) in self.rows.items():
            lik, imp = likelihood.value(), impact.value()
            if lik is not None and imp is not None:
                found[person_id] = (lik, imp)
        return found

    def incomplete(self) -> int:
        """Participants with only one of the two levels picked."""
        return sum(1 for lik, imp in self.rows.values()
                   if (lik.value() is None) != (imp.value() is None))

    def first_picker(self) -> VoteCombo | None:
        return next(iter(self.rows.values()))[0] if self.rows else None
