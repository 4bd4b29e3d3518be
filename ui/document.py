"""The open project: its file path, undo stack, and the signals views subscribe to."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from riskmap import storage
from riskmap.edits import Change, Edit
from riskmap.model import Project
from riskmap.vocabulary import ScoreKind
from ui.commands import EditCommand


class Document(QObject):
    """One project open in the window. Views read `project` and listen to `changed`;
    they change it only through `apply`, so that every edit can be undone."""

    # A tuple of riskmap.edits.Change: what an edit (or its undo) touched.
    changed = Signal(object)
    # The whole project was replaced (open, revert): views rebuild from scratch.
    reset = Signal()
    # Selection shared by every view: ids of stages / flows / risks / measures.
    selection_changed = Signal(object)
    # Which assessment views show: inherent, residual or target.
    score_kind_changed = Signal(object)
    modified_changed = Signal(bool)
    path_changed = Signal(object)

    def __init__(self, project: Project | None = None, path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project or Project()
        self.path = path
        self.undo_stack = QUndoStack(self)
        # A bound method, not a lambda: Qt drops the connection when the document dies,
        # before its undo stack (a child) signals one last time from its destructor.
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._selection: tuple[uuid.UUID, ...] = ()
        self._score_kind = ScoreKind.RESIDUAL

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    # --- editing ---------------------------------------------------------------
    def apply(self, edit: Edit, text: str = "") -> None:
        """Apply an edit as one undoable step (raises riskmap.edits.EditError if invalid)."""
        self.undo_stack.push(EditCommand(self, edit, text))

    def notify(self, changes: Iterable[Change]) -> None:
        self.changed.emit(tuple(changes))

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    # --- selection and view state --------------------------------------------------
    @property
    def selection(self) -> tuple[uuid.UUID, ...]:
        return self._selection

    def select(self, ids: Iterable[uuid.UUID]) -> None:
        selection = tuple(dict.fromkeys(ids))
        if selection != self._selection:
            self._selection = selection
            self.selection_changed.emit(selection)

    @property
    def score_kind(self) -> ScoreKind:
        return self._score_kind

    def set_score_kind(self, kind: ScoreKind) -> None:
        if kind is not self._score_kind:
            self._score_kind = kind
            self.score_kind_changed.emit(kind)

    # --- files -----------------------------------------------------------------------
    @property
    def title(self) -> str:
        return self.project.metadata.title or (self.path.stem if self.path else "Untitled")

    def save(self, path: Path | None = None) -> None:
        """Save atomically to `path` (or the current path); marks the undo stack clean."""
        target = path or self.path
        if target is None:
            raise ValueError("no file name to save to")
        storage.save(self.project, target)
        if target != self.path:
            self.path = target
            self.path_changed.emit(target)
        self.undo_stack.setClean()

    def replace_project(self, project: Project, path: Path | None) -> None:
        """Show another project in this document (open, new): clears undo history."""
        self.project = project
        self.path = path
        self.undo_stack.clear()
        self._selection = ()
        self.reset.emit()
        self.path_changed.emit(path)
        self.modified_changed.emit(False)
