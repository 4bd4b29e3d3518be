"""Start-up questions: which template to start from, and whether to restore lost work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from riskmap import storage
from riskmap.errors import PasswordError, RiskmapError
from riskmap.model import Project
from ui import files as file_dialogs
from ui.files import FileManager
from ui.language import current_language, error_text
from ui.recovery import ask_restore, orphans


def ask_template(parent: QWidget, keys: list[str]) -> str | None:
    """Pick a process template of the stage library by its name."""
    from riskmap.library import builtin_library

    library = builtin_library()
    names = [library.template(key).name.text(current_language()) for key in keys]
    name, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("start", "New from template"),
        QCoreApplication.translate("start", "Process template of the stage library:"), names,
        0, False)
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
    shown = newest.original or newest.project_path  # its name in the password dialog
    error = ""
    while True:
        try:
            project = newest.load(password)
            break
        except PasswordError:
            password = file_dialogs.ask_password(parent, shown, error)
            if password is None:
                return False
            error = QCoreApplication.translate(
                "start", "Wrong password: the recovery file has the password the project "
                "had when it was autosaved. Try again.")
        except RiskmapError as exc:
            file_dialogs.show_error(parent, QCoreApplication.translate(
                "start", "Cannot restore the unsaved work"), error_text(exc))
            return False
    files.show_project(project, newest.original, modified=True, password=password)
    files.document.set_saved_state(_last_saved(newest.original, password))
    newest.remove()
    return True


def _last_saved(path: Path | None, password: str | None) -> Project | None:
    """The file the recovered work started from, for the audit trail (None if unreadable:
    the first save then records the project as created)."""
    if path is None:
        return None
    try:
        return storage.load(path, password)
    except (RiskmapError, OSError):
        return None
