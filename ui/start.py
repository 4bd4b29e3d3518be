"""Start-up questions: which template to start from, and whether to restore lost work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from riskmap.errors import PasswordError, RiskmapError
from riskmap.library import builtin_library
from ui import files as file_dialogs
from ui.files import FileManager
from ui.recovery import ask_restore, orphans


def ask_template(parent: QWidget, keys: list[str]) -> str | None:
    """Pick a process template of the stage library by its name."""
    library = builtin_library()
    names = [library.template(key).name.text("en") for key in keys]
    name, ok = QInputDialog.getItem(parent, "New from template",
                                    "Process template of the stage library:", names, 0, False)
    return keys[names.index(name)] if ok and name in names else None


def offer_recovery(parent: QWidget, folder: Path, files: FileManager) -> bool:
    """After a crash, offer the newest autosaved work; True when it was restored."""
    found = orphans(folder)
    if not found:
        return False
    newest = found[0]
    answer = ask_restore(parent, newest)
    if answer == QMessageBox.StandardButton.Discard:
        newest.remove()
        return False
    if answer != QMessageBox.StandardButton.Yes:
        return False
    password: str | None = None
    try:
        try:
            project = newest.load()
        except PasswordError:
            name = newest.original or newest.project_path
            password = file_dialogs.ask_password(parent, name)
            if password is None:
                return False
            project = newest.load(password)
    except RiskmapError as exc:
        file_dialogs.show_error(parent, "Cannot restore the unsaved work", str(exc))
        return False
    files.password = password
    files.show_project(project, newest.original, modified=True)
    newest.remove()
    return True
