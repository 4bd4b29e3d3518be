"""New, open, save, save as, recent files and the unsaved-changes prompt of the window."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from riskmap import storage
from riskmap.errors import PasswordError, RiskmapError
from riskmap.model import Project
from ui.document import Document
from ui.language import current_language, error_text, translate
from ui.preferences import read_preferences


def file_filter() -> str:
    """The file dialogs' filter of riskmap projects."""
    return translate("FileManager", "riskmap projects (*.riskmap);;All files (*)")


MAX_RECENT = 10
RECENT_KEY = "files/recent"
LAST_KEY = "files/last_open"
Button = QMessageBox.StandardButton


# --- dialogs: module functions, so that tests replace them ------------------------------
def ask_save_changes(parent: QWidget, name: str) -> Button:
    """Save, Discard or Cancel."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("FileManager", "Unsaved changes"),
                      translate("FileManager", "Save the changes to “{name}” before closing?")
                      .format(name=name),
                      Button.Save | Button.Discard | Button.Cancel, parent)
    box.setInformativeText(translate("FileManager",
                                     "Your changes will be lost if you don't save them."))
    box.setDefaultButton(Button.Save)
    return Button(box.exec())


def ask_open_path(parent: QWidget, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, translate("FileManager", "Open project"),
                                          folder, file_filter())
    return Path(name) if name else None


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, translate("FileManager", "Save project as"),
                                          suggested, file_filter())
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == storage.SUFFIX else path.with_name(path.name + storage.SUFFIX)


def ask_password(parent: QWidget, path: Path, error: str = "") -> str | None:
    """The password of an encrypted file; `error` says why the last one failed."""
    from ui.dialogs.password import EnterPasswordDialog

    dialog = EnterPasswordDialog(path.name, error, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.password.text()
    dialog.deleteLater()
    return text if accepted else None


def ask_new_password(parent: QWidget, name: str, change: bool) -> str | None:
    """A new password, typed twice, after the warning that a lost one is lost for good."""
    from ui.dialogs.password import NewPasswordDialog

    dialog = NewPasswordDialog(name, change, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.chosen()
    dialog.deleteLater()
    return text if accepted and text else None


def ask_remove_password(parent: QWidget, name: str) -> bool:
    """Whether to save the project without encryption from now on."""
    title = translate("FileManager", "Remove Password")
    box = QMessageBox(QMessageBox.Icon.Warning, title,
                      translate("FileManager", "Save “{name}” without a password?")
                      .format(name=name), Button.Cancel, parent)
    box.setInformativeText(translate(
        "FileManager", "Anyone who gets a copy of the file will be able to read it. Backups "
        "and recovery files will not be encrypted either."))
    remove = box.addButton(title, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(Button.Cancel)
    box.exec()
    return box.clickedButton() is remove


def show_error(parent: QWidget, title: str, message: str) -> None:
    """An error from riskmap, in its own words (never a traceback)."""
    QMessageBox.critical(parent, title, message)


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while the GUI thread works (an encrypted save or open, a merge)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def default_project() -> Project:
    """A blank project with one empty process, ready for the first stage, titled and named
    in the interface language."""
    from riskmap.library import blank_project

    return blank_project(lang=current_language())


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

    # --- opening ----------------------------------------------------------------------------
    def show_project(self, project: Project, path: Path | None, modified: bool = False,
                     password: str | None = None, saved_text: str | None = None) -> None:
        self.document.replace_project(project, path, password, saved_text)
        if modified:
            self.document.undo_stack.resetClean()  # e.g. recovered work not in any file
        self.is_open = True
        self.settings.setValue(LAST_KEY, str(path) if path else "")
        self.opened.emit()

    def new_project(self, project: Project | None = None) -> bool:
        if not self.maybe_save():
            return False
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
        loaded = self.load(path)
        if loaded is None:
            return False
        project, password, text = loaded
        self.show_project(project, None if as_copy else path.resolve(), password=password,
                          saved_text=None if as_copy else text)
        if not as_copy:
            self.add_recent(path.resolve())
        return True

    def load(self, path: Path, guess: str | None = None,
             forget: bool = True) -> tuple[Project, str | None, str | None] | None:
        """A project, its password (asked while the one typed is wrong; `guess` is tried
        first) and its file text (see storage.load_with_text); None, after saying why,
        when it cannot be read or the user gives up."""
        password = guess if guess is not None and storage.is_encrypted(path) else None
        typed = False
        while True:
            try:
                with busy():
                    project, text = storage.load_with_text(path, password)
                    return project, password, text
            except PasswordError:
                error = self.tr("Wrong password, or the file was altered. Try again.")
                password = ask_password(self.window, path, error if typed else "")
                if password is None:
                    return None
                typed = True
            except (RiskmapError, OSError) as exc:
                show_error(self.window, self.tr("Cannot open {name}").format(name=path.name),
                           error_text(exc))
                if forget:
                    self.forget_recent(path)
                return None

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

    def save_with_password(self) -> bool:
        """Set or change the password, then save (asks where when never saved)."""
        change = self.document.is_encrypted
        password = ask_new_password(self.window, self.document.title, change)
        if password is None:
            return False
        if self.document.path is None:
            path = ask_save_path(self.window, self.document.title + storage.SUFFIX)
            return path is not None and self._write(path, password)
        return self._write(self.document.path, password)

    def remove_password(self) -> bool:
        """Save without encryption from now on, after a warning."""
        if not self.document.is_encrypted or not ask_remove_password(
                self.window, self.document.title):
            return False
        if self.document.path is None:
            self.document.password = None  # saved for the first time unencrypted
            return True
        return self._write(self.document.path, "")

    def _write(self, path: Path, password: str | None = None) -> bool:
        preferences = read_preferences(self.settings)
        try:
            with busy():  # an encrypted save spends 0.2 s deriving its key
                self.document.save(path, password, backup=preferences.keep_backup,
                                   who=preferences.user_name)
        except (RiskmapError, OSError) as exc:
            show_error(self.window, self.tr("Cannot save {name}").format(name=path.name),
                       error_text(exc))
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
