"""The risk editor: statement and stage on top; understanding, scoring, controls in tabs."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riskmap.edits import Edit, EntityType, SetFields, add_risk
from riskmap.model import Risk
from riskmap.vocabulary import (
    CORRUPTION_TYPE_LABELS,
    ENABLING_FACTOR_LABELS,
    IMPACT_DIMENSION_LABELS,
    CorruptionType,
    EnablingFactor,
    ImpactDimension,
    ScoreKind,
)
from ui.colours import MUTED_TEXT, OVERDUE_TEXT
from ui.delegates import NO_DATE
from ui.document import Document
from ui.editing import apply_edit
from ui.language import domain_labels, domain_tr, translate
from ui.marks import QT_TRANSLATE_NOOP
from ui.texts import holder_id, next_risk_code
from ui.widgets.check_group import CheckGroup
from ui.widgets.controls_editor import ControlsEditor
from ui.widgets.holder_combo import HolderCombo
from ui.widgets.level_picker import ScoreEditor

STATEMENT_HINT = QT_TRANSLATE_NOOP(
    "RiskEditor", "Actor – action – outcome: who does what, and what it leads to.")
STATEMENT_EXAMPLE = QT_TRANSLATE_NOOP(
    "RiskEditor",
    "E.g. “A shift supervisor overrides the selectivity channel from red to green, so "
    "that undeclared goods leave without examination.”")
# Fields the editor owns, compared with the stored risk to build one SetFields edit.
_FIELDS = ("statement", "stage_id", "flow_id", "corruption_type", "actors", "enabling_factors",
           "consequences", "impact_dimensions", "controls", "inherent", "residual", "target",
           "rationale", "owner", "evidence", "last_reviewed")


def _text(widget: QPlainTextEdit) -> str:
    return widget.toPlainText().strip()


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


class RiskEditor(QDialog):
    """Edits a copy of one risk; OK applies every change as one undoable edit."""

    def __init__(self, document: Document, risk: Risk, is_new: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.original = risk
        self.is_new = is_new
        project = document.project
        self.setWindowTitle((self.tr("New risk {code}") if is_new else self.tr("Risk {code}"))
                            .format(code=risk.code))
        self.resize(800, 680)

        self.statement = QPlainTextEdit(risk.statement, self)
        statement_hint = translate("RiskEditor", STATEMENT_HINT)
        statement_example = translate("RiskEditor", STATEMENT_EXAMPLE)
        self.statement.setPlaceholderText(f"{statement_hint}\n{statement_example}")
        self.statement.setFixedHeight(64)
        hint = QLabel(statement_hint, self)
        hint.setToolTip(statement_example)
        hint.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.holder = HolderCombo(project, parent=self)
        self.holder.set_holder(holder_id(risk))
        self.problem = QLabel(self)
        self.problem.setStyleSheet(f"color: {OVERDUE_TEXT.name()}; font-weight: bold;")
        self.problem.hide()
        top = QFormLayout()
        top.addRow(self.tr("Risk statement"), self.statement)
        top.addRow("", hint)
        top.addRow(self.tr("Stage or flow"), self.holder)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._understand_tab(risk), self.tr("Understand"))
        self.tabs.addTab(self._score_tab(risk), self.tr("Score"))
        self.tabs.addTab(self._controls_tab(risk), self.tr("Controls and evidence"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        # Tab leaves a text box for the next field (Ctrl+Tab types a tab), so that the
        # keyboard goes through the form in the order it reads.
        for box in self.findChildren(QPlainTextEdit):
            box.setTabChangesFocus(True)
        for area in self.findChildren(QScrollArea):  # a frame, not a stop on the way
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # --- tabs ------------------------------------------------------------------------
    def _understand_tab(self, risk: Risk) -> QWidget:
        page = QWidget(self)
        self.corruption_type = QComboBox(page)
        self.corruption_type.addItem("—", None)
        for value, label in CORRUPTION_TYPE_LABELS.items():
            self.corruption_type.addItem(domain_tr(label), value.value)
        current = risk.corruption_type.value if risk.corruption_type else None
        self.corruption_type.setCurrentIndex(max(self.corruption_type.findData(current), 0))
        self.actors = QLineEdit(", ".join(risk.actors), page)
        self.actors.setPlaceholderText(self.tr("e.g. Declaration officer, Customs broker"))
        self.actors.setCompleter(QCompleter(self._known_actors(), self.actors))
        self.enabling = CheckGroup[EnablingFactor](domain_labels(ENABLING_FACTOR_LABELS), 3, page)
        self.enabling.set_values(risk.enabling_factors)
        self.consequences = QPlainTextEdit(risk.consequences, page)
        self.consequences.setPlaceholderText(self.tr(
            "What it leads to: revenue lost, prohibited goods entering, delays for honest "
            "traders…"))
        self.consequences.setFixedHeight(72)
        self.dimensions = CheckGroup[ImpactDimension](domain_labels(IMPACT_DIMENSION_LABELS), 3,
                                                      page)
        self.dimensions.set_values(risk.impact_dimensions)
        form = QFormLayout(page)
        form.addRow(self.tr("Corruption type"), self.corruption_type)
        form.addRow(self.tr("Actors"), self.actors)
        form.addRow(self.tr("Enabling factors"), self.enabling)
        form.addRow(self.tr("Consequences"), self.consequences)
        form.addRow(self.tr("Impact dimensions"), self.dimensions)
        return page

    def _score_tab(self, risk: Risk) -> QWidget:
        # In a scroll area: three pairs of descriptors need more room than small screens have.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QWidget(scroll)
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        self.scores: dict[ScoreKind, ScoreEditor] = {}
        for kind in ScoreKind:
            editor = ScoreEditor(kind, self.document.project.profile, page)
            editor.set_assessment(risk.assessment(kind))
            self.scores[kind] = editor
            layout.addWidget(editor)
        self.rationale = QPlainTextEdit(risk.rationale, page)
        self.rationale.setPlaceholderText(self.tr("Why the group agreed these scores"))
        self.rationale.setFixedHeight(56)
        layout.addWidget(QLabel(self.tr("Rationale"), page))
        layout.addWidget(self.rationale)
        layout.addStretch(1)
        return scroll

    def _controls_tab(self, risk: Risk) -> QWidget:
        page = QWidget(self)
        self.controls = ControlsEditor(page)
        self.controls.set_controls(risk.controls)
        self.evidence = QPlainTextEdit(risk.evidence, page)
        self.evidence.setPlaceholderText(self.tr(
            "Interviews, survey results, audit findings, complaints, cases"))
        self.evidence.setFixedHeight(64)
        self.owner = QLineEdit(risk.owner, page)
        self.owner.setCompleter(QCompleter(self._known_owners(), self.owner))
        self.reviewed = QDateEdit(page)
        self.reviewed.setCalendarPopup(True)
        self.reviewed.setDisplayFormat("yyyy-MM-dd")
        self.reviewed.setMinimumDate(NO_DATE)
        self.reviewed.setSpecialValueText("—")
        day = risk.last_reviewed
        self.reviewed.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        form = QFormLayout(page)
        form.addRow(self.tr("Existing controls"), self.controls)
        form.addRow(self.tr("Source of evidence"), self.evidence)
        form.addRow(self.tr("Risk owner"), self.owner)
        form.addRow(self.tr("Last reviewed"), self.reviewed)
        return page

    def _known_actors(self) -> list[str]:
        project = self.document.project
        names = {a for s in project.all_stages() for a in s.actors}
        names |= {a for r in project.risks for a in r.actors}
        return sorted(names, key=str.casefold)

    def _known_owners(self) -> list[str]:
        return sorted({r.owner for r in self.document.project.risks if r.owner},
                      key=str.casefold)

    # --- result ----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """Every field the editor owns, as it now reads."""
        holder = self.holder.holder()
        index = self.document.project.index
        date = self.reviewed.date()
        kind = self.corruption_type.currentData()
        return {
            "statement": _text(self.statement),
            "stage_id": holder if holder in index.stages else None,
            "flow_id": holder if holder in index.flows else None,
            "corruption_type": CorruptionType(kind) if kind else None,
            "actors": _names(self.actors.text()),
            "enabling_factors": self.enabling.values(),
            "consequences": _text(self.consequences),
            "impact_dimensions": self.dimensions.values(),
            "controls": self.controls.controls(),
            **{k.value: editor.assessment() for k, editor in self.scores.items()},
            "rationale": _text(self.rationale),
            "owner": self.owner.text().strip(),
            "evidence": _text(self.evidence),
            "last_reviewed": None if date == NO_DATE
            else dt.date(date.year(), date.month(), date.day()),
        }

    def edit(self) -> Edit | None:
        """The edit that OK applies, or None when nothing changed."""
        values = self.values()
        if self.is_new:
            return add_risk(Risk.model_validate({**self.original.model_dump(), **values}))
        changed = {k: v for k, v in values.items() if getattr(self.original, k) != v}
        if not changed:
            return None
        return SetFields(EntityType.RISK, self.original.id, changed,
                         self.tr("Edit risk {code}").format(code=self.original.code))

    def problem_text(self) -> str:
        values = self.values()
        if not values["statement"]:
            return self.tr("Write the risk statement: who does what, and what it leads to.")
        if values["stage_id"] is None and values["flow_id"] is None:
            return self.tr("Choose the stage (or the flow) the risk is on.")
        return ""

    def accept(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if problem:
            return
        try:
            edit = self.edit()
        except ValidationError as exc:
            self.problem.setText(self.tr("Cannot add the risk: {reason}").format(
                reason=exc.errors()[0]["msg"]))
            self.problem.show()
            return
        if edit is not None and not apply_edit(self.document, edit, self):
            return
        if self.is_new:
            holder = self.holder.holder()
            self.document.select([self.original.id] + ([holder] if holder else []))
        super().accept()


def edit_risk(document: Document, risk_id: uuid.UUID, parent: QWidget | None = None) -> RiskEditor:
    """Open the editor on an existing risk (window-modal, returns at once)."""
    editor = RiskEditor(document, document.project.risk(risk_id), parent=parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor


def new_risk(document: Document, holder: uuid.UUID | None = None, statement: str = "",
             parent: QWidget | None = None) -> RiskEditor:
    """Open the editor on a new risk, on a stage (or flow) when given."""
    index = document.project.index
    risk = Risk(code=next_risk_code(document.project), statement=statement,
                stage_id=holder if holder in index.stages else None,
                flow_id=holder if holder in index.flows else None)
    editor = RiskEditor(document, risk, is_new=True, parent=parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor
