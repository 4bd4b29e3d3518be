"""Apply an edit from a view: a refused value is explained and never reaches the undo stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from riskmap.edits import Edit
from riskmap.errors import RiskmapError
from ui.document import Document
from ui.language import error_text


def apply_edit(document: Document, edit: Edit, parent: QWidget | None = None) -> bool:
    """Apply an edit as one undoable step; explain a refusal in a message box."""
    try:
        document.apply(edit)
    except (RiskmapError, ValueError) as exc:
        if parent is not None:
            title = QCoreApplication.translate("editing", "Cannot change the project")
            QMessageBox.warning(parent, title, error_text(exc))
        return False
    return True
