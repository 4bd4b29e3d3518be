"""Export options: format, language, paper, redaction, rounds to compare."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from riskmap.export.options import ExportOptions
from riskmap.i18n import LANGUAGE_NAMES, LANGUAGES
from riskmap.rounds import CURRENT
from ui.colours import MUTED_TEXT
from ui.language import current_language, translate
from ui.marks import QT_TRANSLATE_NOOP


class ExportFormat(Enum):
    """What File > Export writes: (label, suffix or "" for a folder, file-dialog filter)."""

    XLSX = (QT_TRANSLATE_NOOP("ExportFormat", "Excel workbook"), ".xlsx",
            QT_TRANSLATE_NOOP("ExportFormat", "Excel workbook (*.xlsx)"))
    PDF = (QT_TRANSLATE_NOOP("ExportFormat", "PDF report"), ".pdf",
           QT_TRANSLATE_NOOP("ExportFormat", "PDF report (*.pdf)"))
    SVG = (QT_TRANSLATE_NOOP("ExportFormat", "SVG drawings for slides"), "", "")

    @property
    def label(self) -> str:
        """How the format is named, in the interface language."""
        return translate("ExportFormat", self.value[0])

    @property
    def suffix(self) -> str:
        return self.value[1]

    @property
    def file_filter(self) -> str:
        return translate("ExportFormat", self.value[2]) if self.value[2] else ""

    @property
    def is_folder(self) -> bool:
        return not self.suffix


PAPERS = {"a4": QT_TRANSLATE_NOOP("ExportDialog", "A4"),
          "letter": QT_TRANSLATE_NOOP("ExportDialog", "Letter")}
HINTS = {
    ExportFormat.XLSX: QT_TRANSLATE_NOOP(
        "ExportDialog", "Summary, heat map, risk register, action plan and stages; managers "
        "can update the status of measures and send it back."),
    ExportFormat.PDF: QT_TRANSLATE_NOOP(
        "ExportDialog", "Report with cover, executive summary, process maps, heat maps, "
        "register, action plan by key factor and method annex."),
    ExportFormat.SVG: QT_TRANSLATE_NOOP(
        "ExportDialog", "One drawing per process map and per heat map, into a folder."),
}


class ExportDialog(QDialog):
    """Choose how to export; `options()` gives the ExportOptions (progress set later)."""

    def __init__(self, fmt: ExportFormat = ExportFormat.XLSX,
                 parent: QWidget | None = None, rounds: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(620)  # the redaction choice reads whole
        self.format = QComboBox(self)
        for choice in ExportFormat:
            self.format.addItem(choice.label, choice.name)
        self.format.setCurrentIndex(list(ExportFormat).index(fmt))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.language = QComboBox(self)
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        # The interface's language first: a workshop in French exports in French.
        self.language.setCurrentIndex(LANGUAGES.index(current_language()))
        self.second = QComboBox(self)
        self.second.addItem(self.tr("None"), None)
        for lang in LANGUAGES:
            self.second.addItem(LANGUAGE_NAMES[lang], lang)
        self.paper = QComboBox(self)
        for key, label in PAPERS.items():
            self.paper.addItem(translate("ExportDialog", label), key)
        self.redact = QCheckBox(
            self.tr("Redact for a wider audience (names and evidence removed)"), self)
        self.redact.setObjectName("redact")
        self.redact.setToolTip(self.tr("For copies shared beyond the team: owners, actors, "
                                       "participants and authors become “[redacted]”, "
                                       "sources of evidence are left out, and the export "
                                       "is marked REDACTED"))
        # Rounds to compare (names of the project's closed rounds): workbook and PDF only.
        self.compare_from = QComboBox(self)
        self.compare_from.setObjectName("compare_from")
        self.compare_from.addItem(self.tr("No comparison"), None)
        self.compare_to = QComboBox(self)
        self.compare_to.setObjectName("compare_to")
        for name in rounds:
            self.compare_from.addItem(name, name)
            self.compare_to.addItem(name, name)
        self.compare_to.addItem(self.tr("Current state"), CURRENT)
        self.compare_to.setCurrentIndex(self.compare_to.count() - 1)
        self.compare_row = QWidget(self)
        compare = QHBoxLayout(self.compare_row)
        compare.setContentsMargins(0, 0, 0, 0)
        compare.addWidget(self.compare_from, 1)
        compare.addWidget(QLabel(self.tr("with"), self.compare_row))
        compare.addWidget(self.compare_to, 1)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.hint)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Second language (headings)"), self.second)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow("", self.redact)
        form.addRow(self.tr("Compare rounds"), self.compare_row)
        self.form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._show_format)
        self._show_format()

    def chosen_format(self) -> ExportFormat:
        return ExportFormat[self.format.currentData()]

    def _show_format(self) -> None:
        fmt = self.chosen_format()
        self.hint.setText(translate("ExportDialog", HINTS[fmt]))
        pdf = fmt is ExportFormat.PDF
        self.form.setRowVisible(self.paper, pdf)
        self.form.setRowVisible(self.second, pdf)
        self.form.setRowVisible(self.compare_row, self.compare_from.count() > 1 and fmt in (
            ExportFormat.XLSX, ExportFormat.PDF))

    def options(self) -> ExportOptions:
        pdf = self.chosen_format() is ExportFormat.PDF
        second = self.second.currentData() if pdf else None
        return ExportOptions(
            lang=self.language.currentData(),
            second_lang=second if second != self.language.currentData() else None,
            paper=self.paper.currentData() if pdf else "a4",
            redact=self.redact.isChecked(),
            compare=self.comparison(),
        )

    def comparison(self) -> tuple[str, str] | None:
        """The two rounds to compare (workbook and PDF), or None."""
        before, after = self.compare_from.currentData(), self.compare_to.currentData()
        wanted = self.chosen_format() in (ExportFormat.XLSX, ExportFormat.PDF)
        if not wanted or before is None or after is None or before == after:
            return None
        return (str(before), str(after))
