"""Run an export off the GUI thread, on a copy of the project, with a progress dialog
that can cancel it; offer to open the result at the end."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from riskmap.errors import RiskmapError
from riskmap.export.options import ExportOptions
from riskmap.model import Project
from riskmap.progress import Cancelled
from ui.language import error_text, translate

log = logging.getLogger(__name__)

# export(project, target, options): a file or a folder; raises Cancelled when told to stop.
ExportFunction = Callable[[Project, Path, ExportOptions], object]
PROGRESS_STEPS = 1000


class _Signals(QObject):
    """Lives in the GUI thread: the worker emits, Qt queues the calls to the GUI thread."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _ExportJob(QRunnable):
    """The worker: touches no widget, only the snapshot, the target and its signals."""

    def __init__(self, export: ExportFunction, snapshot: str, target: Path,
                 options: ExportOptions, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.export, self.snapshot, self.target = export, snapshot, target
        self.options, self.signals, self.stop = options, signals, stop

    def _progress(self, done: int, total: int, what: str) -> None:
        if self.stop.is_set():
            raise Cancelled
        self.signals.progress.emit(done, total, what)

    def run(self) -> None:
        try:
            project = Project.model_validate_json(self.snapshot)
            self.export(project, self.target, replace(self.options, progress=self._progress))
        except Cancelled:
            self.signals.cancelled.emit()
        except RiskmapError as exc:
            self.signals.failed.emit(error_text(exc))
        except Exception as exc:  # an export bug must not kill the app silently
            log.exception("export to %s failed", self.target)
            self.signals.failed.emit(translate("ExportRunner", "Unexpected error: {error}")
                                     .format(error=f"{type(exc).__name__}: {exc}"))
        else:
            self.signals.succeeded.emit(self.target)


class ExportRunner(QObject):
    """One export at a time for a window. The project is serialised on the GUI thread (in
    pydantic's Rust code, 0.3 s for a national map) and rebuilt in the worker, so the user
    may keep editing while the file is written."""

    succeeded = Signal(object)  # the Path written
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()  # after any of the three

    def __init__(self, window: QWidget, pool: QThreadPool | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.pool = pool or QThreadPool.globalInstance()
        self.offer_open = True
        self.dialog: QProgressDialog | None = None
        self.done_box: QMessageBox | None = None
        self._signals = _Signals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._stop = threading.Event()
        self._busy = False
        self._title = ""

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, export: ExportFunction, project: Project, target: Path,
              options: ExportOptions, title: str) -> bool:
        """Begin an export; False (and nothing done) while another one runs."""
        if self._busy:
            return False
        self._busy = True
        self._stop = threading.Event()
        self._title = title
        snapshot = project.model_dump_json()
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, PROGRESS_STEPS, self.window)
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(300)
        dialog.setMinimumWidth(420)
        dialog.setValue(0)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        job = _ExportJob(export, snapshot, target, options, self._signals, self._stop)
        self.pool.start(job)
        return True

    def cancel(self) -> None:
        """Ask the worker to stop at its next progress report."""
        self._stop.set()

    def _on_progress(self, done: int, total: int, what: str) -> None:
        if self.dialog is None or self._stop.is_set():
            return
        fraction = done / total if total > 0 else 0
        self.dialog.setValue(min(int(fraction * PROGRESS_STEPS), PROGRESS_STEPS - 1))
        self.dialog.setLabelText(f"{self._title}\n{what}" if what else self._title)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self._busy = False

    def _on_succeeded(self, target: Path) -> None:
        self._close_dialog()
        self.succeeded.emit(target)
        self.finished.emit()
        if self.offer_open:
            self._offer_open(target)

    def _on_failed(self, message: str) -> None:
        self._close_dialog()
        self.failed.emit(message)
        self.finished.emit()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export failed"),
                          self.tr("The export did not complete.") + f"\n\n{message}",
                          QMessageBox.StandardButton.Close, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.done_box = box

    def _on_cancelled(self) -> None:
        self._close_dialog()
        self.cancelled.emit()
        self.finished.emit()

    def _offer_open(self, target: Path) -> None:
        folder = target.is_dir()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export finished"),
                          self.tr("Exported to:") + f"\n{target}",
                          QMessageBox.StandardButton.Close, self.window)
        open_button = box.addButton(self.tr("Open folder") if folder else self.tr("Open the file"),
                                    QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(open_button)
        if not folder:
            show = box.addButton(self.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
            show.clicked.connect(lambda: open_path(target.parent))
        open_button.clicked.connect(lambda: open_path(target))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.done_box = box

    def button(self, text: str) -> QPushButton | None:
        """A button of the last message box by its text (for tests and accessibility)."""
        if self.done_box is None:
            return None
        return next((b for b in self.done_box.findChildren(QPushButton) if b.text() == text),
                    None)


def open_path(path: Path) -> bool:
    """Open a file or folder with the desktop's default application."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
