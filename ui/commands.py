"""QUndoCommands over riskmap.edits: every user edit is one command on the undo stack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from riskmap.edits import Edit

if TYPE_CHECKING:
    from ui.document import Document


class EditCommand(QUndoCommand):
    """Applies a riskmap edit on redo and its inverse on undo; the document is told."""

    def __init__(self, document: Document, edit: Edit, text: str = "",
                 rebuild: bool = False) -> None:
        super().__init__()
        self._document = document
        self._edit = edit
        self._rebuild = rebuild  # the whole content changes: views rebuild
        self._inverse: Edit | None = None
        if text:
            self.setText(text)

    def redo(self) -> None:
        applied = self._edit.apply(self._document.project)
        self._inverse = applied.inverse
        if not self.text():
            self.setText(applied.text)
        self._document.notify(applied.changes, self._rebuild)

    def undo(self) -> None:
        assert self._inverse is not None
        applied = self._inverse.apply(self._document.project)
        self._edit = applied.inverse
        self._document.notify(applied.changes, self._rebuild)
