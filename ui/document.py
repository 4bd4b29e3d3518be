"""The open project: its file path, undo stack, and the signals views subscribe to."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMetaMethod, QObject, Signal
from PySide6.QtGui import QUndoStack

from riskmap import storage
from riskmap.edits import Change, Edit
from riskmap.model import Project
from riskmap.vocabulary import ScoreKind
from ui.commands import EditCommand
from ui.preferences import login_name


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
    saved = Signal(object)  # the path written (the audit log may have grown)

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
        # The password of an encrypted project: in memory only, never in settings.
        self.password: str | None = None
        # The project as last opened or saved, as its file text: where the audit trail's
        # next changes start. Text costs nothing to keep after a save and 0.1 s to parse
        # for a national map, where a deep copy of the models takes 3 s.
        self._saved_text: str | None = None
        if project is not None and path is not None:
            self.set_saved_state(project)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    def disconnect_views(self) -> None:
        """Drop every connection made to the document's and its undo stack's signals but
        its own: the window showing it is about to go (a language switch) and another
        takes the document over, undo history and unsaved changes included."""
        for sender in (self, self.undo_stack):
            meta = sender.metaObject()
            first = QObject.staticMetaObject.methodCount()  # type: ignore[attr-defined]
            for number in range(first, meta.methodCount()):
                method = meta.method(number)
                signature = bytes(method.methodSignature().data()).decode()
                if (method.methodType() == QMetaMethod.MethodType.Signal
                        and sender.receivers("2" + signature) > 0):
                    getattr(sender, bytes(method.name().data()).decode()).disconnect()
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    # --- editing ---------------------------------------------------------------
    def apply(self, edit: Edit, text: str = "", rebuild: bool = False) -> None:
        """Apply an edit as one undoable step (raises riskmap.edits.EditError if invalid);
        `rebuild` for an edit of the whole content (a merge): views rebuild from scratch."""
        applied = edit.apply(self.project)  # an invalid edit raises here, stack untouched
        self.undo_stack.push(EditCommand(self, applied, text, rebuild))

    def notify(self, changes: Iterable[Change], rebuild: bool = False) -> None:
        if rebuild:  # before `changed`, so that views refresh on what they now hold
            self.select(())
            self.reset.emit()
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
        return self.project.metadata.title or (self.path.stem if self.path
                                                else self.tr("Untitled"))

    @property
    def is_encrypted(self) -> bool:
        return self.password is not None

    def set_saved_state(self, project: Project | None) -> None:
        """Where the audit trail's next changes start: this project (None: created anew)."""
        self._saved_text = None if project is None else storage.dumps(project)

    def save(self, path: Path | None = None, password: str | None = None, *,
             backup: bool = False, who: str | None = None) -> None:
        """Save atomically to `path` (or the current path); marks the undo stack clean.

        `password`: None keeps the document's (an encrypted project stays encrypted), a
        text encrypts with it from now on, "" saves without encryption. `backup` keeps
        the previous version as FILE.riskmap.bak. What changed since the last save goes
        to the audit log, by `who` (the login name by default); a failed save leaves the
        log as it was."""
        target = path or self.path
        if target is None:
            raise ValueError("no file name to save to")
        from riskmap import audit  # the audit trail is needed at the first save only

        key = self.password if password is None else (password or None)
        log = list(self.project.audit_log)
        now = audit.dump(self.project)
        if self.is_modified or self._saved_text is None:
            before = None if self._saved_text is None else json.loads(self._saved_text)
            audit.record_changes(before, self.project, login_name() if who is None else who,
                           now=now)
            now["audit_log"] = [e.model_dump(mode="json") for e in self.project.audit_log]
        text = storage.text_of(now)
        try:
            storage.write_text(text, target, password=key, backup=backup)
        except BaseException:
            self.project.audit_log[:] = log
            raise
        self._saved_text = text
        self.password = key
        if target != self.path:
            self.path = target
            self.path_changed.emit(target)
        self.undo_stack.setClean()
        self.saved.emit(target)

    def replace_project(self, project: Project, path: Path | None,
                        password: str | None = None, saved_text: str | None = None) -> None:
        """Show another project in this document (open, new): clears undo history. A
        project from a file is the audit trail's starting point: `saved_text`, the file's
        text when the caller has it, saves writing the project again (1 s, national)."""
        self.project = project
        self.path = path
        self.password = password
        if saved_text is not None and path is not None:
            self._saved_text = saved_text
        else:
            self.set_saved_state(project if path is not None else None)
        self.undo_stack.clear()
        self._selection = ()
        self.reset.emit()
        self.path_changed.emit(path)
        self.modified_changed.emit(False)
