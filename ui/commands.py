"""QUndoCommands over riskmap.edits: every user edit is one command on the undo stack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from riskmap.edits import Applied, Edit

if TYPE_CHECKING:
    from ui.document import Document


class EditCommand(QUndoCommand):
    """An edit already applied to the project: undo applies its inverse, redo re-applies.

    The document applies the edit before pushing this command, so that an invalid edit
    raises before anything reaches the undo stack."""

    def __init__(self, document: Document, applied: Applied, text: str = "",
                 rebuild: bool = False) -> None:
        super().__init__()
        self._document = document
        self._undo: Edit = applied.inverse
        self._redo: Edit | None = None  # None until the first undo: already applied
        self._changes = applied.changes
        self._rebuild = rebuild  # the whole content changes: views rebuild
        self.setText(text or applied.text)

    def redo(self) -> None:
        if self._redo is not None:
            applied = self._redo.apply(self._document.project)
            self._undo = applied.inverse
            self._changes = applied.changes
        self._document.notify(self._changes, self._rebuild)

    def undo(self) -> None:
        applied = self._undo.apply(self._document.project)
        self._redo = applied.inverse
        self._document.notify(applied.changes, self._rebuild)
