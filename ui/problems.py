"""The problems list: integrity and process-shape problems of the project, kept current."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QTableView,
    QWidget,
)

from riskmap import graph
from riskmap.checks import (
    CHECKED_FIELDS,
    OUTSIDE_PROFILE,
    SCORE_FIELDS,
    Problem,
    Severity,
    check_levels,
    check_project,
)
from riskmap.edits import Action, Change, EntityType
from riskmap.model import Project
from ui.document import Document
from ui.language import problem_message, translate
from ui.marks import QT_TRANSLATE_NOOP
from ui.models.rows import RowsModel

COLUMNS = (QT_TRANSLATE_NOOP("ProblemsModel", "Severity"),
           QT_TRANSLATE_NOOP("ProblemsModel", "Code"),
           QT_TRANSLATE_NOOP("ProblemsModel", "Problem"),
           QT_TRANSLATE_NOOP("ProblemsModel", "Process"))
NO_PROBLEMS = QT_TRANSLATE_NOOP(
    "ProblemsModel", "No problems found: every stage is connected and can be reached.")
REFRESH_DELAY_MS = 150  # after a burst of edits, check once


def find_problems(project: Project) -> list[Problem]:
    """Integrity problems, then process-shape problems, each reported once."""
    seen: set[tuple[str, str]] = set()
    result: list[Problem] = []
    for problem in [*check_project(project), *graph.check_graphs(project)]:
        key = (problem.code, problem.message)
        if key not in seen:
            seen.add(key)
            result.append(problem)
    return result


def _checked(change: Change) -> bool:
    """Whether an edit touched something a check reads (an added or removed entity, a
    field in CHECKED_FIELDS, or fields not said)."""
    return (change.action is not Action.UPDATED or not change.fields
            or bool(change.fields & CHECKED_FIELDS))


class ProblemsModel(RowsModel[Problem]):
    """One row a Problem (under Qt.UserRole); re-checked shortly after every edit."""

    problems_changed = Signal(list)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self.document = document
        self.problems: list[Problem] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        document.changed.connect(self._on_changed)
        document.reset.connect(self.refresh)
        self.refresh()

    def _on_changed(self, changes: Sequence[Change]) -> None:
        """Check the project again shortly, unless the edit cannot change any problem: it
        changed no field a check reads, or only scores whose level problems stay as
        they were (checked for those risks alone)."""
        checked = [c for c in changes if _checked(c)]
        if any(c.entity is not EntityType.RISK or c.action is not Action.UPDATED
               or not c.fields <= SCORE_FIELDS or c.id is None for c in checked):
            self._timer.start()
            return
        rescored = {c.id for c in checked}
        if not rescored:
            return
        index = self.document.project.index.risks
        now = check_levels(self.document.project,
                           [index[rid] for rid in rescored if rid in index])
        levels = set(OUTSIDE_PROFILE.values())
        before = [p for p in self.problems if p.entity_id in rescored and p.template in levels]
        if Counter(now) != Counter(before):
            self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        self.beginResetModel()
        self.problems = find_problems(self.document.project)
        self.endResetModel()
        self.problems_changed.emit(self.problems)

    def items(self) -> list[Problem]:
        return self.problems

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        header = super().headerData(section, orientation, role)  # a marked source text
        return translate("ProblemsModel", header) if header is not None else None

    def cell(self, problem: Problem, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return (self.tr("Error") if problem.severity is Severity.ERROR
                        else self.tr("Warning"))
            if column == 1:
                return problem.code
            if column == 2:
                return problem_message(problem)
            return self._process_code(problem.entity_id)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical
                      if problem.severity is Severity.ERROR
                      else QStyle.StandardPixmap.SP_MessageBoxWarning)
            return QApplication.style().standardIcon(pixmap)
        return None

    def _process_code(self, entity_id: uuid.UUID | None) -> str:
        if entity_id is None:
            return ""
        index = self.document.project.index
        if entity_id in index.processes:
            return index.processes[entity_id].code
        if entity_id in index.process_of:
            return index.process_of[entity_id].code
        if entity_id in index.risks:
            process = index.process_of_risk(index.risks[entity_id])
            return process.code if process is not None else ""
        return ""


class ProblemsView(QTableView):
    """The problems table; activating a row asks the window to show that entity."""

    activated_entity = Signal(object)  # uuid.UUID of the stage, flow, risk... named

    def __init__(self, model: ProblemsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems_view")
        self.setAccessibleName(self.tr("Problems"))
        self.problems_model = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.activated.connect(self._on_activated)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.problems_model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#5F6B7A"))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter,
                             translate("ProblemsModel", NO_PROBLEMS))
            painter.end()

    def _on_activated(self, index: QModelIndex) -> None:
        problem = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(problem, Problem) and problem.entity_id is not None:
            self.activated_entity.emit(problem.entity_id)
