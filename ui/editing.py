"""Apply an edit from a view: checked first, so a refused value never reaches the undo stack."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from riskmap.edits import Edit
from riskmap.errors import RiskmapError
from ui.document import Document


def check_edit(document: Document, edit: Edit) -> str:
    """Why the edit cannot be applied, or "" when it can. Tries it and undoes it at once:
    a failed QUndoCommand.redo would otherwise stay on the undo stack."""
    try:
        applied = edit.apply(document.project)
    except (RiskmapError, ValueError, KeyError, AttributeError) as exc:
        return str(exc)
    applied.inverse.apply(document.project)
    return ""


def apply_edit(document: Document, edit: Edit, parent: QWidget | None = None) -> bool:
    """Apply an edit as one undoable step; explain a refusal in a message box."""
    problem = check_edit(document, edit)
    if problem:
        if parent is not None:
            QMessageBox.warning(parent, "Cannot change the project", problem)
        return False
    document.apply(edit)
    return True
