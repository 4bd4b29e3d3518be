"""File > Export: ask the options and where to write, then run the export in the background."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ui.dialogs.export_dialog import ExportDialog, ExportFormat
from ui.document import Document
from ui.export_runner import ExportFunction, ExportRunner

# Where each format's exporter lives; imported on first use (reportlab is slow to load).
EXPORTERS = {
    ExportFormat.XLSX: ("riskmap.export.xlsx", "export_xlsx"),
    ExportFormat.PDF: ("riskmap.export.pdf", "export_pdf"),
    ExportFormat.SVG: ("riskmap.export.svg", "export_svg"),
}
FOLDER_KEY = "export/folder"


def export_function(fmt: ExportFormat) -> ExportFunction:
    module, name = EXPORTERS[fmt]
    return cast(ExportFunction, getattr(importlib.import_module(module), name))


class Exporter(QObject):
    """The export commands of one window."""

    def __init__(self, window: QWidget, document: Document) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.runner = ExportRunner(window)

    def _folder(self) -> Path:
        remembered = QSettings().value(FOLDER_KEY, "")
        if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
            return Path(remembered)
        if self.document.path is not None:
            return self.document.path.parent
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents or Path.home())

    def suggested_target(self, fmt: ExportFormat) -> Path:
        stem = self.document.path.stem if self.document.path else "corruption-risk-map"
        name = f"{stem}-drawings" if fmt.is_folder else f"{stem}{fmt.suffix}"
        return self._folder() / name

    def ask_target(self, fmt: ExportFormat) -> Path | None:
        """Where to write: a file for Excel and PDF, a folder for SVG drawings."""
        if fmt.is_folder:
            chosen = QFileDialog.getExistingDirectory(
                self.window, self.tr("Choose a folder for the SVG drawings"), str(self._folder()))
            return Path(chosen) if chosen else None
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export {what}").format(what=fmt.label),
            str(self.suggested_target(fmt)),
            fmt.file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == fmt.suffix else path.with_name(
            path.name + fmt.suffix)

    def export(self, fmt: ExportFormat = ExportFormat.XLSX) -> bool:
        """The whole command: options, target, background run. False when not started."""
        if self.runner.busy:
            QMessageBox.information(self.window, self.tr("Export"),
                                    self.tr("An export is still running; wait for it to finish."))
            return False
        dialog = ExportDialog(fmt, self.window,
                              rounds=[r.name for r in self.document.project.rounds])
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        fmt, options = dialog.chosen_format(), dialog.options()
        dialog.deleteLater()
        if not accepted:
            return False
        target = self.ask_target(fmt)
        if target is None:
            return False
        QSettings().setValue(FOLDER_KEY, str(target if fmt.is_folder else target.parent))
        return self.runner.start(export_function(fmt), self.document.project, target, options,
                                 self.tr("Exporting the {what}…").format(what=fmt.label.lower()))
