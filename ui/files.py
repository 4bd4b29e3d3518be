"""New, open, save, save as, recent files and the unsaved-changes prompt of the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from riskmap import storage
from riskmap.errors import PasswordError, RiskmapError
from riskmap.model import Process, Project
from ui.document import Document

FILTER = "riskmap projects (*.riskmap);;All files (*)"
MAX_RECENT = 10
RECENT_KEY = "files/recent"
LAST_KEY = "files/last_open"
Button = QMessageBox.StandardButton


# --- dialogs: module functions, so that tests replace them ------------------------------
def ask_save_changes(parent: QWidget, name: str) -> Button:
    """Save, Discard or Cancel."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved changes",
                      f"Save the changes to “{name}” before closing?",
                      Button.Save | Button.Discard | Button.Cancel, parent)
    box.setInformativeText("Your changes will be lost if you don't save them.")
    box.setDefaultButton(Button.Save)
    return Button(box.exec())


def ask_open_path(parent: QWidget, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Open project", folder, FILTER)
    return Path(name) if name else None


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "Save project as", suggested, FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == storage.SUFFIX else path.with_name(path.name + storage.SUFFIX)


def ask_password(parent: QWidget, path: Path) -> str | None:
    text, ok = QInputDialog.getText(parent, "Password", f"Password of {path.name}:",
                                    QLineEdit.EchoMode.Password)
    return text if ok else None


def show_error(parent: QWidget, title: str, message: str) -> None:
    """An error from riskmap, in its own words (never a traceback)."""
    QMessageBox.critical(parent, title, message)


def default_project() -> Project:
    """A blank project with one empty process, ready for the first stage."""
    return Project(processes=[Process(code="P-01", name="Main process")])


class FileManager(QObject):
    """Moves projects between files and the document; asks before losing changes."""

    opened = Signal()  # a project is now shown (new, opened, recovered)
    closed = Signal()  # no project is shown any more
    recent_changed = Signal()

    def __init__(self, parent: QWidget, document: Document, settings: QSettings) -> None:
        super().__init__(parent)
        self.window = parent
        self.document = document
        self.settings = settings
        self.is_open = False
        self.password: str | None = None  # of an encrypted project, kept for saving

    # --- opening ----------------------------------------------------------------------------
    def show_project(self, project: Project, path: Path | None, modified: bool = False) -> None:
        self.document.replace_project(project, path)
        if modified:
            self.document.undo_stack.resetClean()  # e.g. recovered work not in any file
        self.is_open = True
        self.settings.setValue(LAST_KEY, str(path) if path else "")
        self.opened.emit()

    def new_project(self, project: Project | None = None) -> bool:
        if not self.maybe_save():
            return False
        self.password = None
        self.show_project(project or default_project(), None)
        return True

    def open_dialog(self) -> bool:
        folder = str(self.document.path.parent) if self.document.path else ""
        path = ask_open_path(self.window, folder)
        return self.open_path(path) if path is not None else False

    def open_path(self, path: Path, as_copy: bool = False) -> bool:
        """Open a file (as an untitled copy for bundled examples); errors in a dialog."""
        path = Path(path)
        if self.is_open and not as_copy and self.document.path == path:
            return True
        if not self.maybe_save():
            return False
        password: str | None = None
        while True:
            try:
                project = storage.load(path, password)
                break
            except PasswordError as exc:
                if password is not None:
                    show_error(self.window, f"Cannot open {path.name}", exc.message)
                password = ask_password(self.window, path)
                if password is None:
                    return False
            except (RiskmapError, OSError) as exc:
                show_error(self.window, f"Cannot open {path.name}", str(exc))
                self.forget_recent(path)
                return False
        self.password = password
        self.show_project(project, None if as_copy else path.resolve())
        if not as_copy:
            self.add_recent(path.resolve())
        return True

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        current = self.document.path
        suggested = str(current) if current else self.document.title + storage.SUFFIX
        path = ask_save_path(self.window, suggested)
        return self._write(path) if path is not None else False

    def _write(self, path: Path) -> bool:
        try:
            if self.password is None:
                self.document.save(path)
            else:
                storage.save(self.document.project, path, password=self.password)
                if path != self.document.path:
                    self.document.path = path
                    self.document.path_changed.emit(path)
                self.document.undo_stack.setClean()
        except (RiskmapError, OSError) as exc:
            show_error(self.window, f"Cannot save {path.name}", str(exc))
            return False
        self.add_recent(path)
        self.settings.setValue(LAST_KEY, str(path))
        return True

    # --- closing -----------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is safe to drop the open project (saved, discarded or clean)."""
        if not self.is_open or not self.document.is_modified:
            return True
        answer = ask_save_changes(self.window, self.document.title)
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    def close_project(self) -> bool:
        if not self.maybe_save():
            return False
        self.is_open = False
        self.password = None
        self.document.replace_project(Project(), None)
        self.settings.setValue(LAST_KEY, "")
        self.closed.emit()
        return True

    # --- recent files ------------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        value = self.settings.value(RECENT_KEY, [])
        names = [value] if isinstance(value, str) else list(value) if isinstance(
            value, list | tuple) else []
        return [Path(name) for name in names if name]

    def _set_recent(self, paths: list[Path]) -> None:
        self.settings.setValue(RECENT_KEY, [str(p) for p in paths[:MAX_RECENT]])
        self.recent_changed.emit()

    def add_recent(self, path: Path) -> None:
        self._set_recent([path, *(p for p in self.recent_files() if p != path)])

    def forget_recent(self, path: Path) -> None:
        self._set_recent([p for p in self.recent_files() if p != path.resolve() and p != path])

    def clear_recent(self) -> None:
        self._set_recent([])

    def last_file(self) -> Path | None:
        name = self.settings.value(LAST_KEY, "")
        return Path(str(name)) if name else None
