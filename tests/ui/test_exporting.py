"""File > Export from the app: real Excel, PDF and SVG exports with patched file dialogs."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ui.dialogs.export_dialog import ExportDialog, ExportFormat
from ui.exporting import Exporter


@pytest.fixture
def exporter(qtbot, document):
    window = QWidget()
    qtbot.addWidget(window)
    exporter = Exporter(window, document)
    exporter.runner.offer_open = False
    yield exporter
    exporter.runner.pool.waitForDone(30000)


def accept_dialog(monkeypatch, **choices):
    """Answer the export dialog as a user would, then press Export."""
    def exec_(dialog: ExportDialog) -> int:
        if "lang" in choices:
            dialog.language.setCurrentIndex(dialog.language.findData(choices["lang"]))
        if choices.get("redact"):
            dialog.redact.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", exec_)


def test_excel_export_from_the_app(qtbot, exporter, monkeypatch, tmp_path):
    accept_dialog(monkeypatch, lang="fr")
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: asked.append(args) or (str(tmp_path / "map"), ""))
    with qtbot.waitSignal(exporter.runner.succeeded, timeout=30000) as done:
        assert exporter.export(ExportFormat.XLSX)
    target = tmp_path / "map.xlsx"
    assert done.args == [target]
    workbook = openpyxl.load_workbook(target)
    assert len(workbook.sheetnames) == 5
    assert workbook.worksheets[2]["A2"].value == "R-001"
    assert asked[0][3] == "Excel workbook (*.xlsx)"
    # The next export starts in the same folder.
    assert exporter.suggested_target(ExportFormat.PDF).parent == tmp_path


def test_pdf_export_from_the_app(qtbot, exporter, monkeypatch, tmp_path):
    accept_dialog(monkeypatch, redact=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(tmp_path / "report.pdf"), ""))
    with qtbot.waitSignal(exporter.runner.succeeded, timeout=60000):
        assert exporter.export(ExportFormat.PDF)
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_svg_drawings_go_to_a_folder(qtbot, exporter, monkeypatch, tmp_path):
    accept_dialog(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    with qtbot.waitSignal(exporter.runner.succeeded, timeout=30000):
        assert exporter.export(ExportFormat.SVG)
    assert sorted(p.name for p in tmp_path.glob("*.svg")) == [
        "P-01-process-map.svg", "P-01-process-overview.svg", "heatmap-inherent.svg",
        "heatmap-residual.svg", "heatmap-target.svg"]


def test_cancelling_the_file_dialog_exports_nothing(exporter, monkeypatch, tmp_path):
    accept_dialog(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert not exporter.export(ExportFormat.XLSX)
    assert not exporter.runner.busy
    assert list(tmp_path.iterdir()) == []


def test_export_dialog_options(qtbot):
    dialog = ExportDialog(ExportFormat.PDF)
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.second.setCurrentIndex(dialog.second.findData("es"))
    options = dialog.options()
    assert (options.lang, options.second_lang, options.paper) == ("en", "es", "letter")
    dialog.format.setCurrentIndex(0)
    assert dialog.options().paper == "a4"
    assert not dialog.paper.isVisibleTo(dialog)
