"""Suggestions from the library: typical risks for a stage and measures for a risk, each
accepted with one click; the user's own entries go to a library file they can share."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riskmap.codes import MEASURE_CODE, RISK_CODE, next_code
from riskmap.edits import Change, Edit, add_measure, add_risk, link_risks
from riskmap.errors import RiskmapError
from riskmap.library import (
    Library,
    MeasureSuggestion,
    RiskSuggestion,
    load_library,
    measure_from_suggestion,
    risk_from_suggestion,
    suggest_measures,
    suggest_risks,
)
from riskmap.user_library import add_measure_entry, add_risk_entry, merge_shared
from riskmap.vocabulary import (
    CORRUPTION_TYPE_LABELS,
    ENABLING_FACTOR_LABELS,
    MEASURE_TYPE_LABELS,
)
from ui.document import Document
from ui.editing import apply_edit
from ui.language import current_language, domain_tr, error_text
from ui.widgets.suggestion_cards import CardSpec, SuggestionList

LIBRARY_FILTER = "riskmap library (*.json)"


def user_library_path() -> Path:
    """The user's own library file: <app data>/library.json."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "library.json"


class SuggestionsDialog(QDialog):
    """Tab "Risks for a stage" and tab "Measures for a risk", opened on the selection."""

    def __init__(self, document: Document, library_file: Path | None = None,
                 lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.library_file = library_file or user_library_path()
        self.lang = lang or current_language()
        self.library = self._load()
        self.setWindowTitle(self.tr("Suggestions from the library"))
        self.resize(980, 680)
        self.tabs = QTabWidget(self)
        self.stage_box = QComboBox(self)
        self.stage_box.setObjectName("suggest_stage")
        self.risk_list = SuggestionList(self)
        self.risk_box = QComboBox(self)
        self.risk_box.setObjectName("suggest_risk")
        self.measure_list = SuggestionList(self)
        self.tabs.addTab(self._page(self.tr("Stage"), self.stage_box, self.risk_list),
                         self.tr("Risks for a stage"))
        self.tabs.addTab(self._page(self.tr("Risk"), self.risk_box, self.measure_list),
                         self.tr("Measures for a risk"))
        self.status = QLabel(self)
        self.status.setObjectName("suggest_status")
        self.status.setWordWrap(True)
        self.my_library = QPushButton(self.tr("My library"), self)
        menu = QMenu(self.my_library)
        self.add_risk_entry = menu.addAction(self.tr("Add the chosen risk to my library"),
                                             self.add_chosen_risk_to_library)
        self.add_measure_entry = menu.addAction(
            self.tr("Add a measure of this risk to my library…"), self._pick_measure_entry)
        menu.addSeparator()
        menu.addAction(self.tr("Import a shared library file…"), self.import_library)
        menu.addAction(self.tr("Export my library to share…"), self.export_library)
        self.my_library.setMenu(menu)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.my_library)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._fill_boxes()
        self.stage_box.currentIndexChanged.connect(lambda _i: self.show_risk_suggestions())
        self.risk_box.currentIndexChanged.connect(lambda _i: self.show_measure_suggestions())
        document.changed.connect(self._on_changed)
        self.show_risk_suggestions()
        self.show_measure_suggestions()
        if self.chosen_risk() is not None and self._selected_risk():
            self.tabs.setCurrentIndex(1)

    def _page(self, label: str, box: QComboBox, cards: SuggestionList) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(label, page))
        row.addWidget(box, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(cards, 1)
        return page

    def _load(self) -> Library:
        try:
            return load_library(self.library_file if self.library_file.is_file() else None)
        except RiskmapError as exc:
            QMessageBox.warning(self, self.tr("Your library could not be read"),
                                self.tr("Only the built-in library is used. %s")
                                % error_text(exc))
            return load_library()

    # --- the choices ----------------------------------------------------------------------
    def _selected_risk(self) -> uuid.UUID | None:
        index = self.document.project.index
        return next((i for i in self.document.selection if i in index.risks), None)

    def _fill_boxes(self) -> None:
        project = self.document.project
        index = project.index
        selection = self.document.selection
        stage_id = next((i for i in selection if i in index.stages), None)
        risk_id = self._selected_risk()
        if stage_id is None and risk_id is not None:
            stage = index.stage_of_risk(index.risks[risk_id])
            stage_id = stage.id if stage else None
        for box, items, chosen in (
            (self.stage_box, [(s.id, f"{s.code}  {s.name}") for s in project.all_stages()],
             stage_id),
            (self.risk_box, [(r.id, f"{r.code}  {_short(r.statement)}")
                             for r in sorted(project.risks, key=lambda r: r.code)], risk_id),
        ):
            current = box.currentData() if chosen is None else chosen
            box.blockSignals(True)
            box.clear()
            for item_id, text in items:
                box.addItem(text, item_id)
            box.setCurrentIndex(max(box.findData(current), 0))
            box.blockSignals(False)

    def chosen_stage(self) -> uuid.UUID | None:
        value = self.stage_box.currentData()
        return value if value in self.document.project.index.stages else None

    def chosen_risk(self) -> uuid.UUID | None:
        value = self.risk_box.currentData()
        return value if value in self.document.project.index.risks else None

    # --- risks for a stage ------------------------------------------------------------------
    def show_risk_suggestions(self) -> None:
        project = self.document.project
        stage_id = self.chosen_stage()
        found = (suggest_risks(self.library, project.stage(stage_id), project, self.lang)
                 if stage_id else [])
        self.risk_suggestions = found
        self.risk_list.set_cards(
            [self._risk_card(s) for s in found],
            self.tr("Nothing to suggest: the library has no other typical risk for this stage "
                    "(set its enabling-factor flags or its library stage to widen the search)."))

    def _risk_card(self, suggestion: RiskSuggestion) -> CardSpec:
        if suggestion.from_stage:
            tag = self.tr("Typical of this stage")
        else:
            shared = ", ".join(domain_tr(ENABLING_FACTOR_LABELS[f])
                               for f in suggestion.matched_factors)
            tag = self.tr("Shares this stage's enabling factors: %s") % shared
        detail = domain_tr(CORRUPTION_TYPE_LABELS[suggestion.corruption_type])
        return CardSpec(suggestion.statement, detail, self.tr("Add"),
                        lambda: self.accept_risk(suggestion), tag)

    def accept_risk(self, suggestion: RiskSuggestion) -> bool:
        project = self.document.project
        stage_id = self.chosen_stage()
        if stage_id is None:
            return False
        code = next_code((r.code for r in project.risks), *RISK_CODE)
        risk = risk_from_suggestion(suggestion, project.stage(stage_id), code)
        if not apply_edit(self.document, add_risk(risk), self):
            return False
        self.status.setText(self.tr("Added %1 on %2.").replace("%1", code)
                            .replace("%2", project.stage(stage_id).code))
        return True

    # --- measures for a risk ------------------------------------------------------------------
    def show_measure_suggestions(self) -> None:
        project = self.document.project
        risk_id = self.chosen_risk()
        found = (suggest_measures(self.library, project.risk(risk_id), project, self.lang)
                 if risk_id else [])
        self.measure_suggestions = found
        self.measure_list.set_cards(
            [self._measure_card(s) for s in found],
            self.tr("Nothing to suggest for this risk yet: give it a corruption type and its "
                    "enabling factors."))

    def _measure_card(self, suggestion: MeasureSuggestion) -> CardSpec:
        factors = ", ".join(suggestion.key_factor_names)
        parts = [self.tr("Key factors: %s") % factors,
                 domain_tr(MEASURE_TYPE_LABELS[suggestion.type])]
        if suggestion.indicator:
            parts.append(self.tr("Indicator: %s") % suggestion.indicator)
        tag = (self.tr("Suggested for this risk") if suggestion.from_risk
               else self.tr("Used against similar risks"))
        action = self.tr("Link") if suggestion.existing_measure_id else self.tr("Add")
        return CardSpec(suggestion.title, " · ".join(parts), action,
                        lambda: self.accept_measure(suggestion), tag)

    def accept_measure(self, suggestion: MeasureSuggestion) -> bool:
        """Add the measure linked to the risk (or link the project's measure of that title)."""
        project = self.document.project
        risk_id = self.chosen_risk()
        if risk_id is None:
            return False
        risk = project.risk(risk_id)
        existing = suggestion.existing_measure_id
        edit: Edit
        if existing is not None:
            measure = project.measure(existing)
            edit = link_risks(project, existing, [*measure.risk_ids, risk_id])
            code = measure.code
        else:
            code = next_code((m.code for m in project.measures), *MEASURE_CODE)
            edit = add_measure(measure_from_suggestion(suggestion, code, [risk_id]))
        if not apply_edit(self.document, edit, self):
            return False
        self.status.setText(self.tr("%1 now addresses %2.").replace("%1", code)
                            .replace("%2", risk.code))
        return True

    def _on_changed(self, changes: tuple[Change, ...]) -> None:
        self._fill_boxes()
        self.show_risk_suggestions()
        self.show_measure_suggestions()

    # --- the user's library ------------------------------------------------------------------
    def add_chosen_risk_to_library(self) -> bool:
        risk_id = self.chosen_risk()
        if risk_id is None:
            return False
        project = self.document.project
        return self._write_entry(lambda: add_risk_entry(self.library_file, project,
                                                        project.risk(risk_id), self.lang))

    def _pick_measure_entry(self) -> None:
        risk_id = self.chosen_risk()
        measures = self.document.project.index.measures_by_risk.get(risk_id, []) \
            if risk_id else []
        if not measures:
            self.status.setText(self.tr("The chosen risk has no measure yet."))
            return
        menu = QMenu(self)
        for measure in measures:
            action = menu.addAction(f"{measure.code}  {_short(measure.title)}")
            action.setData(measure.id)
        chosen = menu.exec(self.my_library.mapToGlobal(self.my_library.rect().topLeft()))
        if chosen is not None:
            self.add_measure_to_library(chosen.data())

    def add_measure_to_library(self, measure_id: uuid.UUID) -> bool:
        measure = self.document.project.measure(measure_id)
        return self._write_entry(lambda: add_measure_entry(self.library_file, measure,
                                                           self.lang))

    def _write_entry(self, write: Callable[[], object]) -> bool:
        try:
            self.library_file.parent.mkdir(parents=True, exist_ok=True)
            write()
        except (RiskmapError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot add to your library"), error_text(exc))
            return False
        self.library = self._load()
        self.status.setText(self.tr("Added to your library (%s).") % self.library_file)
        return True

    def import_library(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a library file"), "",
                                              LIBRARY_FILTER)
        if path:
            self._write_entry(lambda: merge_shared(self.library_file, path))
            self.show_risk_suggestions()
            self.show_measure_suggestions()

    def export_library(self) -> None:
        if not self.library_file.is_file():
            self.status.setText(self.tr("Your library has no entries yet."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export my library"),
                                              "my-library.json", LIBRARY_FILTER)
        if path:
            shutil.copyfile(self.library_file, path)
            self.status.setText(self.tr("Your library was exported to %s.") % path)


def _short(text: str, limit: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
