"""Group scoring in front of the projector: each participant's vote, the spread, the
proposed median, and the score the group agrees with its reason, risk after risk."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from riskmap.edits import Batch, Change, Edit, EntityType
from riskmap.model import Project, Risk
from riskmap.vocabulary import CORRUPTION_TYPE_LABELS, SCORE_KIND_LABELS, ScoreKind
from riskmap.workshop import agree_score, record_votes, spread_of, vote_spread
from ui.document import Document
from ui.editing import apply_edit
from ui.language import domain_tr
from ui.texts import holder_id, holder_text
from ui.widgets.agreed_score import AgreedScore
from ui.widgets.spread_panel import SpreadPanel
from ui.widgets.votes_panel import VotesPanel

PROJECTOR_SCALE = 1.35  # fonts larger than the desktop's, readable from the back of a room


def session_risks(project: Project, selection: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    """The risks to score: those selected; else those on the selected stages or flows;
    else every risk of the project. In code order."""
    index = project.index
    chosen = [index.risks[i] for i in selection if i in index.risks]
    if not chosen:
        holders = set(selection)
        chosen = [r for r in project.risks if holder_id(r) in holders]
    if not chosen:
        chosen = list(project.risks)
    return [r.id for r in sorted(chosen, key=lambda r: r.code)]


class GroupScoringDialog(QDialog):
    """Digits type levels (1-6) and move to the next picker; Ctrl+Enter records and moves
    on; Alt+Left / Alt+Right step through the risks."""

    def __init__(self, document: Document, risk_ids: Sequence[uuid.UUID] | None = None,
                 kind: ScoreKind | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.risk_ids = list(risk_ids) if risk_ids is not None else session_risks(
            document.project, document.selection)
        self.kind = kind or document.score_kind
        self.position = 0
        self._loaded: tuple[object, ...] = ()
        self.setWindowTitle(self.tr("Group scoring"))
        font = QFont(self.font())
        size = font.pointSizeF() * PROJECTOR_SCALE
        font.setPointSizeF(size)
        self.setFont(font)
        # A style sheet, not only setFont: widgets with their own style sheet (the flag, the
        # band chip) would otherwise fall back to the desktop's size.
        self.setStyleSheet(f"QWidget {{ font-size: {size:.1f}pt; }}"
                           f"QLabel#risk_heading {{ font-size: {size * 1.25:.1f}pt;"
                           " font-weight: bold; }")
        self.resize(1340, 740)
        self._build()
        self._connect()
        self.show_risk(0)

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("risk_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.context = QLabel(self)
        self.context.setStyleSheet("color: #5F6B7A;")
        self.context.setTextFormat(Qt.TextFormat.PlainText)
        self.jump = QComboBox(self)
        self.jump.setObjectName("risk_jump")
        self.jump.setMinimumWidth(300)
        self.jump.setMaximumWidth(420)
        self.kind_box = QComboBox(self)
        for kind in ScoreKind:
            self.kind_box.addItem(domain_tr(SCORE_KIND_LABELS[kind]), kind.value)
        self.kind_box.setCurrentIndex(self.kind_box.findData(self.kind.value))
        self.previous = QPushButton(self.tr("◀ Previous"), self)
        self.next = QPushButton(self.tr("Next ▶"), self)
        self.votes = VotesPanel(self)
        self.no_participants = QLabel(self.tr("No participants yet: add them under Workshop ▸ "
                                              "Participants, then come back to vote."), self)
        self.no_participants.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.votes)
        self.spread = SpreadPanel(self)
        self.agreed = AgreedScore(self)
        self.status = QLabel(self)
        self.status.setObjectName("scoring_status")
        self.record = QPushButton(self.tr("Record"), self)
        self.record_next = QPushButton(self.tr("Record and next ▶"), self)
        self.record_next.setDefault(True)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.jump)
        top.addWidget(QLabel(self.tr("Score"), self))
        top.addWidget(self.kind_box)
        top.addStretch(1)
        top.addWidget(self.previous)
        top.addWidget(self.next)
        left = QVBoxLayout()
        left.addWidget(self._title(self.tr("Individual votes")))
        left.addWidget(self.no_participants)
        left.addWidget(scroll, 1)
        left.addWidget(self._title(self.tr("Agreed score")))
        left.addWidget(self.agreed)
        right = QVBoxLayout()
        right.addWidget(self._title(self.tr("Spread")))
        right.addWidget(self.spread, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addSpacing(20)
        middle.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.record)
        bottom.addWidget(self.record_next)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.context)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)

    def _title(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet("color: #1F3A5F; font-weight: bold;"
                            "border-bottom: 2px solid #D5DAE1;")
        return label

    def _connect(self) -> None:
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.record.clicked.connect(self.record_current)
        self.record_next.clicked.connect(self.record_and_next)
        self.jump.activated.connect(self._on_jump)
        self.kind_box.activated.connect(self._on_kind)
        self.votes.changed.connect(self._on_votes)
        self.agreed.edited.connect(self._show_status)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.record_and_next)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.record_and_next)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.step(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.step(1))
        self.document.changed.connect(self._on_document_changed)

    # --- showing one risk -------------------------------------------------------------------
    @property
    def risk(self) -> Risk | None:
        if not self.risk_ids:
            return None
        return self.document.project.index.risks.get(self.risk_ids[self.position])

    def show_risk(self, position: int) -> None:
        project = self.document.project
        self.risk_ids = [i for i in self.risk_ids if i in project.index.risks]
        self.position = max(0, min(position, len(self.risk_ids) - 1))
        self._fill_jump()
        self.votes.set_participants(project)
        self.no_participants.setVisible(not project.metadata.participants)
        risk = self.risk
        for widget in (self.record, self.record_next, self.agreed):
            widget.setEnabled(risk is not None)
        self.previous.setEnabled(self.position > 0)
        self.next.setEnabled(self.position < len(self.risk_ids) - 1)
        if risk is None:
            self.heading.setText(self.tr("No risk to score yet."))
            self.context.setText("")
            self._on_votes()
            return
        self.heading.setText(f"{escape(risk.code)} — {escape(risk.statement)}")
        where = holder_text(project, holder_id(risk))
        kind = (domain_tr(CORRUPTION_TYPE_LABELS[risk.corruption_type])
                if risk.corruption_type else "")
        counter = self.tr("Risk %1 of %2").replace("%1", str(self.position + 1)).replace(
            "%2", str(len(self.risk_ids)))
        self.context.setText(" · ".join(t for t in (counter, where, kind) if t))
        level = risk.assessment(self.kind)
        recorded = vote_spread(risk, self.kind)
        # A score the group chose apart from the median of its votes stays as it is;
        # otherwise the votes typed now propose the score (their median).
        chosen = recorded is not None and level.is_scored and level != recorded.proposed
        self.agreed.load(project.profile, level, risk.rationale, follow_median=not chosen)
        self.votes.set_votes({v.participant_id: (v.likelihood, v.impact)
                              for v in risk.votes if v.kind is self.kind})
        self._loaded = self._state()
        self._show_status()
        first = self.votes.first_picker()
        if first is not None:
            first.setFocus()

    def _fill_jump(self) -> None:
        index = self.document.project.index
        self.jump.blockSignals(True)
        self.jump.clear()
        for risk_id in self.risk_ids:
            risk = index.risks[risk_id]
            statement = risk.statement if len(risk.statement) < 40 else \
                risk.statement[:39] + "…"
            self.jump.addItem(f"{risk.code}  {statement}", risk_id)
        self.jump.setCurrentIndex(self.position)
        self.jump.blockSignals(False)

    # --- live spread and the agreed score ----------------------------------------------------
    def _on_votes(self) -> None:
        project = self.document.project
        typed = list(self.votes.votes().values())
        spread = spread_of(typed)
        self.spread.show_spread(project.profile, spread, typed,
                                len(project.metadata.participants))
        self.agreed.propose(spread)
        self._show_status()

    def _state(self) -> tuple[object, ...]:
        return (self.votes.votes(), *self.agreed.value(), self.agreed.reason())

    @property
    def is_dirty(self) -> bool:
        return self.risk is not None and self._state() != self._loaded

    def _show_status(self) -> None:
        waiting = self.votes.incomplete()
        if waiting:
            text = self.tr("%d participant(s) picked only one level.") % waiting
        elif self.is_dirty:
            text = self.tr("Not recorded yet (Ctrl+Enter records and moves on).")
        else:
            text = self._saved_text()
        self.status.setText(text)
        self.status.setStyleSheet("color: #A15C00;" if waiting or self.is_dirty else
                                  "color: #5F6B7A;")

    def _saved_text(self) -> str:
        risk = self.risk
        if risk is None:
            return ""
        level = risk.assessment(self.kind)
        if not level.is_scored:
            return self.tr("Not scored yet.")
        if any(v.kind is self.kind for v in risk.votes):
            return self.tr("Votes and agreed score recorded.")
        return self.tr("Score recorded before the workshop; votes typed now propose a new one.")

    # --- recording and moving ----------------------------------------------------------------
    def edit(self) -> Edit | None:
        """The votes and the agreed score as one step, or None when nothing changed."""
        risk = self.risk
        if risk is None or not self.is_dirty:
            return None
        project = self.document.project
        edits: list[Edit] = []
        votes = self.votes.votes()
        stored = {v.participant_id: (v.likelihood, v.impact)
                  for v in risk.votes if v.kind is self.kind}
        if votes != stored:
            edits.append(record_votes(project, risk.id, self.kind, votes))
        lik, imp = self.agreed.value()
        if lik is not None and imp is not None:
            edits.append(agree_score(project, risk.id, self.kind, lik, imp,
                                     self.agreed.reason()))
        if not edits:
            return None
        return Batch(edits, self.tr("Group score of %s") % risk.code)

    def record_current(self) -> bool:
        """Apply the votes and the agreed score as one undoable step."""
        if self.votes.incomplete():
            self._show_status()
            return False
        edit = self.edit()
        if edit is None:
            return True
        if not apply_edit(self.document, edit, self):
            return False
        self._loaded = self._state()
        self._show_status()
        return True

    def record_and_next(self) -> None:
        if self.record_current() and self.position < len(self.risk_ids) - 1:
            self.show_risk(self.position + 1)

    def step(self, offset: int) -> None:
        target = self.position + offset
        if 0 <= target < len(self.risk_ids) and self._may_leave():
            self.show_risk(target)

    def _on_jump(self, row: int) -> None:
        if row != self.position and self._may_leave():
            self.show_risk(row)
        else:
            self.jump.setCurrentIndex(self.position)

    def _on_kind(self, row: int) -> None:
        kind = ScoreKind(self.kind_box.itemData(row))
        if kind is not self.kind and self._may_leave():
            self.kind = kind
            self.show_risk(self.position)
        self.kind_box.setCurrentIndex(self.kind_box.findData(self.kind.value))

    def _may_leave(self) -> bool:
        """Ask before dropping votes typed but not recorded."""
        if not self.is_dirty:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Votes not recorded"),
            self.tr("Record the votes and the agreed score of %s first?")
            % (self.risk.code if self.risk else ""),
            buttons.Yes | buttons.No | buttons.Cancel, buttons.Yes)
        if answer == buttons.Cancel:
            return False
        return answer == buttons.No or self.record_current()

    def _on_document_changed(self, changes: Sequence[Change]) -> None:
        ours = set(self.risk_ids)
        touched = any(
            (c.entity is EntityType.RISK and c.id in ours)
            or c.entity in (EntityType.METADATA, EntityType.PROJECT) for c in changes)
        if touched and not self.is_dirty:
            self.show_risk(self.position)

    def reject(self) -> None:
        if self._may_leave():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_leave():
            event.accept()
        else:
            event.ignore()
