"""Autosave to a recovery file (never the user's file) and restore after a crash."""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QLockFile,
    QObject,
    QRunnable,
    QStandardPaths,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from riskmap import storage
from riskmap.errors import RiskmapError
from riskmap.model import Project
from ui.document import Document
from ui.language import translate

AUTOSAVE_MS = 2 * 60 * 1000
log = logging.getLogger(__name__)


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


@dataclass
class _Autosave:
    """One autosave: what the GUI thread made (the project's text, the note beside it)
    and what the worker says of it (written)."""

    text: str
    password: str | None
    note: bytes
    index: int  # the undo stack's index when the text was made
    written: bool = False


class _Signals(QObject):
    """Lives in the GUI thread: the worker emits, Qt queues the call to the GUI thread."""

    done = Signal(object)  # the _Autosave


class _AutosaveJob(QRunnable):
    """The worker: encrypts (an encrypted project's key derivation takes 0.2 s) and
    writes the recovery file, then its note. It touches no widget and not the project,
    only the text made on the GUI thread; each file is replaced whole (storage's atomic
    writes), so a recovery file is the old one or the new one, never half of either."""

    def __init__(self, job: _Autosave, project_path: Path, info_path: Path,
                 signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.job, self.project_path, self.info_path = job, project_path, info_path
        self.signals = signals

    def run(self) -> None:
        try:
            storage.write_text(self.job.text, self.project_path, password=self.job.password)
            storage.atomic_write_bytes(self.info_path, self.job.note)
            self.job.written = True
        except (RiskmapError, OSError):
            pass  # autosave must never interrupt the workshop: the next one tries again
        except Exception:  # a bug must not go unseen, nor stop later autosaves
            log.exception("autosave to %s failed", self.project_path)
        finally:
            self.signals.done.emit(self.job)


class Recovery(QObject):
    """Every few minutes, saves the modified project to this session's recovery file;
    a clean save or close removes it. The project's text is made on the GUI thread, the
    encryption and the writing happen in a worker; one autosave at a time."""

    autosaved = Signal(object)  # the recovery file path, once written

    def __init__(self, document: Document, folder: Path | None = None,
                 interval_ms: int = AUTOSAVE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Made before the signals: as a child, the pool goes first, waiting for its worker.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._running: _Autosave | None = None
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

    @property
    def busy(self) -> bool:
        """Whether an autosave is being written."""
        return self._running is not None

    def autosave(self) -> bool:
        """Start writing the recovery file if there is unsaved work not yet written
        there; `autosaved` says when it is written. False when there is nothing to write,
        or while the previous autosave is still being written (the next one comes)."""
        stack = self.document.undo_stack
        if self._running is not None or not self.document.is_modified or (
                self._saved_index == stack.index() and self.project_path.exists()):
            return False
        info = {
            "original": str(self.document.path) if self.document.path else "",
            # The title of an encrypted project is not written in the clear.
            "title": "" if self.document.is_encrypted else self.document.title,
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
        }
        # An encrypted project's recovery file is encrypted with its password.
        job = _Autosave(storage.dumps(self.document.project), self.document.password,
                        json.dumps(info).encode("utf-8"), stack.index())
        self._running = job
        self._pool.start(_AutosaveJob(job, self.project_path, self.info_path, self._signals))
        return True

    def wait(self) -> None:
        """Wait for the autosave being written, if any, to be done (at most one key
        derivation and one write): before its file is removed, or the window goes."""
        job = self._running
        if job is not None:
            self._pool.waitForDone()
            self._on_done(job)

    def _on_done(self, job: _Autosave) -> None:
        if job is not self._running:
            return  # already seen to by wait()
        self._running = None
        if job.written:
            self._saved_index = job.index
            self.autosaved.emit(self.project_path)

    def set_interval(self, interval_ms: int) -> None:
        """How often to autosave (Edit > Preferences); counts from now."""
        self._timer.start(interval_ms)

    def _on_modified(self, modified: bool) -> None:
        if not modified:
            self.discard()

    def discard(self) -> None:
        """Forget the recovery file: the work is saved, or the user chose to drop it. An
        autosave being written is waited for: it would leave its file behind."""
        self.wait()
        self._saved_index = None
        self.info_path.unlink(missing_ok=True)
        self.project_path.unlink(missing_ok=True)

    def stop(self) -> None:
        """A clean close: no recovery file is left behind (an autosave being written is
        waited for, then removed)."""
        self._timer.stop()
        self.discard()
        self._lock.unlock()
