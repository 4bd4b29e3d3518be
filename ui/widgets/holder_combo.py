"""Choose where a risk sits: any stage, or a flow between two stages, grouped by process."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from riskmap.model import Project
from ui.texts import holder_text


class HolderCombo(QComboBox):
    """Stages then flows of each process; a process name is a heading, not a choice."""

    def __init__(self, project: Project, include_flows: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)  # typing filters a long list of stages
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        model = QStandardItemModel(self)
        for process in project.processes:
            if len(project.processes) > 1:
                heading = QStandardItem(process.name)
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                model.appendRow(heading)
            for stage in process.stages:
                item = QStandardItem(holder_text(project, stage.id))
                item.setData(str(stage.id), Qt.ItemDataRole.UserRole)
                model.appendRow(item)
            if include_flows:
                for flow in process.flows:
                    item = QStandardItem(self.tr("Flow {name}").format(
                        name=holder_text(project, flow.id)))
                    item.setData(str(flow.id), Qt.ItemDataRole.UserRole)
                    model.appendRow(item)
        self.setModel(model)
        self.setCurrentIndex(-1)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Choose the stage (type to search)"))

    def holder(self) -> uuid.UUID | None:
        if self.currentIndex() < 0 or self.currentText() != self.itemText(self.currentIndex()):
            return None
        value = self.currentData(Qt.ItemDataRole.UserRole)
        return uuid.UUID(value) if isinstance(value, str) else None

    def set_holder(self, holder: uuid.UUID | None) -> None:
        # Ids are stored as text: a UUID in a QVariant compares by identity, not value.
        found = self.findData(str(holder), Qt.ItemDataRole.UserRole) if holder else -1
        self.setCurrentIndex(found)
