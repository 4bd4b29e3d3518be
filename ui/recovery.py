"""Autosave to a recovery file (never the user's file) and restore after a crash."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from riskmap import storage
from riskmap.errors import RiskmapError
from riskmap.model import Project
from ui.document import Document
from ui.language import translate

AUTOSAVE_MS = 2 * 60 * 1000


def default_folder() -> Path:
    """<user data folder>/recovery, e.g. ~/.local/share/riskmap/recovery on Linux."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


@dataclass(frozen=True)
class RecoveryFile:
    """Work left behind by a riskmap that did not close cleanly."""

    project_path: Path
    info_path: Path
    original: Path | None
    title: str
    saved_at: dt.datetime

    def load(self, password: str | None = None) -> Project:
        return storage.load(self.project_path, password)

    def remove(self) -> None:
        for path in (self.project_path, self.info_path):
            path.unlink(missing_ok=True)


def orphans(folder: Path) -> list[RecoveryFile]:
    """Recovery files whose session is gone (its lock is free), newest first."""
    found: list[RecoveryFile] = []
    for info_path in folder.glob("*.json"):
        lock = QLockFile(str(info_path.with_suffix(".lock")))
        if not lock.tryLock(0):
            continue  # another riskmap is running with it
        lock.unlock()
        project_path = info_path.with_suffix(storage.SUFFIX)
        try:
            info = json.loads(info_path.read_text(encoding="utf-8"))
            saved_at = dt.datetime.fromisoformat(info["saved_at"])
            original = Path(info["original"]) if info.get("original") else None
            title = str(info.get("title", ""))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if project_path.is_file():
            found.append(RecoveryFile(project_path, info_path, original, title, saved_at))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def ask_restore(parent: QWidget, found: RecoveryFile) -> QMessageBox.StandardButton:
    """Restore (Yes), Discard, or decide next time (No)."""
    when = found.saved_at.strftime("%d %b %Y %H:%M")
    name = found.original.name if found.original else found.title or translate(
        "Recovery", "an unsaved project")
    box = QMessageBox(QMessageBox.Icon.Question, translate("Recovery", "Restore unsaved work"),
                      translate("Recovery", "riskmap did not close properly. Restore the "
                                "unsaved changes to “{name}” (autosaved {when})?")
                      .format(name=name, when=when), parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Recovery", "Restore"))
    box.button(QMessageBox.StandardButton.No).setText(translate("Recovery", "Not now"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return QMessageBox.StandardButton(box.exec())


class Recovery(QObject):
    """Every few minutes, saves the modified project to this session's recovery file;
    a clean save or close removes it."""

    autosaved = Signal(object)  # the recovery file path

    def __init__(self, document: Document, folder: Path | None = None,
                 interval_ms: int = AUTOSAVE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.folder = folder or default_folder()
        self.folder.mkdir(parents=True, exist_ok=True)
        session = uuid.uuid4().hex
        self.project_path = self.folder / f"{session}{storage.SUFFIX}"
        self.info_path = self.folder / f"{session}.json"
        self._lock = QLockFile(str(self.folder / f"{session}.lock"))
        self._lock.setStaleLockTime(0)
        self._lock.tryLock(0)
        self._saved_index: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.autosave)
        self._timer.start()
        document.modified_changed.connect(self._on_modified)

    def autosave(self) -> bool:
        """Write the recovery file if there is unsaved work not yet written there."""
        stack = self.document.undo_stack
        if not self.document.is_modified or (self._saved_index == stack.index() and (
            self.project_path.exists()
        )):
            return False
        try:
            # An encrypted project's recovery file is encrypted with its password.
            storage.save(self.document.project, self.project_path,
                         password=self.document.password)
            info = {
                "original": str(self.document.path) if self.document.path else "",
                # The title of an encrypted project is not written in the clear.
                "title": "" if self.document.is_encrypted else self.document.title,
                "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            }
            storage.atomic_write_bytes(self.info_path, json.dumps(info).encode("utf-8"))
        except (RiskmapError, OSError):
            return False  # autosave must never interrupt the workshop
        self._saved_index = stack.index()
        self.autosaved.emit(self.project_path)
        return True

    def set_interval(self, interval_ms: int) -> None:
        """How often to autosave (Edit > Preferences); counts from now."""
        self._timer.start(interval_ms)

    def _on_modified(self, modified: bool) -> None:
        if not modified:
            self.discard()

    def discard(self) -> None:
        """Forget the recovery file: the work is saved, or the user chose to drop it."""
        self._saved_index = None
        self.info_path.unlink(missing_ok=True)
        self.project_path.unlink(missing_ok=True)

    def stop(self) -> None:
        """A clean close: no recovery file is left behind."""
        self._timer.stop()
        self.discard()
        self._lock.unlock()
