"""The export dialog offers the project's rounds for a comparison (workbook and PDF)."""

from __future__ import annotations

from ui.dialogs.export_dialog import ExportDialog, ExportFormat


def test_no_comparison_unless_chosen(qtbot):
    dialog = ExportDialog(ExportFormat.XLSX, rounds=["May 2025", "May 2026"])
    qtbot.addWidget(dialog)
    assert dialog.options().compare is None
    dialog.compare_from.setCurrentIndex(dialog.compare_from.findData("May 2025"))
    assert dialog.options().compare == ("May 2025", "Current")
    dialog.compare_to.setCurrentIndex(dialog.compare_to.findData("May 2026"))
    assert dialog.options().compare == ("May 2025", "May 2026")
    dialog.compare_to.setCurrentIndex(dialog.compare_to.findData("May 2025"))
    assert dialog.options().compare is None  # a round against itself shows nothing


def test_the_choice_shows_only_for_workbook_and_pdf_with_rounds(qtbot):
    dialog = ExportDialog(ExportFormat.PDF, rounds=["May 2025"])
    qtbot.addWidget(dialog)
    assert dialog.form.isRowVisible(dialog.compare_row)
    dialog.compare_from.setCurrentIndex(1)
    dialog.format.setCurrentIndex(list(ExportFormat).index(ExportFormat.SVG))
    assert not dialog.form.isRowVisible(dialog.compare_row)
    assert dialog.options().compare is None
    without = ExportDialog(ExportFormat.XLSX)
    qtbot.addWidget(without)
    assert not without.form.isRowVisible(without.compare_row)
