"""The properties of a stage (or a flow) in the inspector, each committed as one edit."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from riskmap.edits import EntityType, SetFields
from riskmap.model import Flow, Stage, StageFlags
from ui.colours import MUTED_TEXT
from ui.document import Document
from ui.editing import apply_edit
from ui.language import domain_labels
from ui.texts import holder_text
from ui.widgets.check_group import CheckGroup

FLAG_LABELS = {
    "discretion": "Discretion",
    "cash_handling": "Cash handling",
    "face_to_face": "Face-to-face contact",
    "manual_step": "Manual / paper step",
    "monopoly": "Monopoly of decision",
}


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


class HolderForm(QWidget):
    """Name, description, actors, office and enabling-factor flags of a stage; the label of
    a flow. Text commits when the field is left; a flag commits when ticked."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.holder_id: uuid.UUID | None = None
        self.name = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)  # Tab goes on to the next field
        self.description.setFixedHeight(60)
        self.description.setPlaceholderText(self.tr("What happens at this stage, who decides"))
        self.actors = QLineEdit(self)
        self.actors.setPlaceholderText(self.tr("e.g. Examination officer, Customs broker"))
        self.office = QLineEdit(self)
        # The flags are the enabling factors: their names come from riskmap's catalog. Two
        # columns while the names are short (English); one when longer (French, Spanish),
        # so that the narrow inspector never cuts them.
        labels = domain_labels(FLAG_LABELS)
        columns = 2 if max(len(label) for label in labels.values()) <= 20 else 1
        self.flags = CheckGroup[str](labels, columns, self)
        self.flow_ends = QLabel(self)
        self.flow_ends.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("e.g. red channel"))
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: the inspector is a narrow dock.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setVerticalSpacing(3)
        for text, widget in ((self.tr("Name"), self.name),
                             (self.tr("Description"), self.description),
                             (self.tr("Actors"), self.actors), (self.tr("Office"), self.office),
                             (self.tr("Enabling factors"), self.flags),
                             (self.tr("Between"), self.flow_ends), (self.tr("Label"), self.label)):
            self.form.addRow(text, widget)
        self.name.editingFinished.connect(lambda: self._commit("name", self.name.text().strip()))
        self.actors.editingFinished.connect(
            lambda: self._commit("actors", _names(self.actors.text())))
        self.office.editingFinished.connect(
            lambda: self._commit("office", self.office.text().strip()))
        self.label.editingFinished.connect(
            lambda: self._commit("label", self.label.text().strip()))
        self.flags.changed.connect(self._commit_flags)
        self.description.installEventFilter(self)

    def fields(self) -> list[QWidget]:
        """The fields in the order they are shown (the flags are one per check box)."""
        return [self.name, self.description, self.actors, self.office,
                *self.flags.boxes.values(), self.label]

    # --- showing ---------------------------------------------------------------------------
    def show_holder(self, holder: uuid.UUID | None) -> None:
        self.holder_id = holder
        index = self.document.project.index
        stage = index.stages.get(holder) if holder else None
        flow = index.flows.get(holder) if holder else None
        for row, visible in ((0, stage), (1, stage), (2, stage), (3, stage), (4, stage),
                             (5, flow), (6, flow)):
            self.form.setRowVisible(row, visible is not None)
        if stage is not None:
            self._show_stage(stage)
        elif flow is not None:
            self._show_flow(flow)

    def _show_stage(self, stage: Stage) -> None:
        _set_text(self.name, stage.name)
        _set_text(self.actors, ", ".join(stage.actors))
        _set_text(self.office, stage.office)
        if self.description.toPlainText() != stage.description:
            self.description.setPlainText(stage.description)
        self.flags.set_values(name for name in FLAG_LABELS if getattr(stage.flags, name))

    def _show_flow(self, flow: Flow) -> None:
        project = self.document.project
        source = holder_text(project, flow.source)
        target = holder_text(project, flow.target)
        self.flow_ends.setText(f"{source}\n→ {target}")
        _set_text(self.label, flow.label)

    # --- committing ------------------------------------------------------------------------
    def _entity(self) -> tuple[EntityType, Stage | Flow] | None:
        index = self.document.project.index
        if self.holder_id in index.stages:
            return EntityType.STAGE, index.stages[self.holder_id]
        if self.holder_id in index.flows:
            return EntityType.FLOW, index.flows[self.holder_id]
        return None

    def _commit(self, field: str, value: Any) -> None:
        found = self._entity()
        if found is None:
            return
        kind, entity = found
        if field == "name" and not value:
            self.show_holder(self.holder_id)  # a stage keeps a name
            return
        if not hasattr(entity, field) or getattr(entity, field) == value:
            return
        names = {"name": self.tr("name"), "description": self.tr("description"),
                 "actors": self.tr("actors"), "office": self.tr("office"),
                 "flags": self.tr("enabling factors"), "label": self.tr("label")}
        text = self.tr("Change {field} of {code}").format(field=names.get(field, field),
                                                          code=entity.code)
        apply_edit(self.document, SetFields(kind, entity.id, {field: value}, text), self)

    def _commit_flags(self) -> None:
        chosen = set(self.flags.values())
        self._commit("flags", StageFlags(**{name: name in chosen for name in FLAG_LABELS}))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.description and event.type() == QEvent.Type.FocusOut:
            self._commit("description", self.description.toPlainText().strip())
        return super().eventFilter(watched, event)


def _set_text(line: QLineEdit, text: str) -> None:
    """Show a value without moving the cursor when it is already there."""
    if line.text() != text:
        line.setText(text)
        line.setCursorPosition(0)

