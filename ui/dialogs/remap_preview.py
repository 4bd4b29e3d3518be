"""Before a project switches scale profile: every score that moves, old cell and band to new."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskmap.edits import change_profile
from riskmap.profiles import Move, Placement, remap_preview
from riskmap.scales import ScaleProfile
from riskmap.vocabulary import SCORE_KIND_LABELS
from ui.colours import band_colour, text_on
from ui.document import Document
from ui.language import builtin_tr, domain_tr, profile_tr, translate
from ui.models.rows import RowsModel

CODE, KIND, BEFORE, ARROW, AFTER = range(5)


class MovesModel(RowsModel[Move]):
    """One row a moved assessment: risk, kind, before (L x I, score, band), after."""

    def __init__(self, moves: list[Move], parent: QObject | None = None) -> None:
        super().__init__([self.tr("Risk"), self.tr("Score"), self.tr("Now"), "",
                          self.tr("After the switch")], parent)
        self.all_moves = moves
        self.moves = list(moves)

    def show_only_band_changes(self, only: bool) -> None:
        self.beginResetModel()
        self.moves = [m for m in self.all_moves if m.band_changed or not only]
        self.endResetModel()

    def items(self) -> list[Move]:
        return self.moves

    def cell(self, move: Move, column: int, role: int) -> Any:
        place = move.before if column == BEFORE else move.after if column == AFTER else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CODE:
                return move.code
            if column == KIND:
                return domain_tr(SCORE_KIND_LABELS[move.kind])
            if column == ARROW:
                return "→"
            return _placement_text(place) if place is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and place is not None:
            return band_colour(place.band)
        if role == Qt.ItemDataRole.ForegroundRole and place is not None:
            return text_on(band_colour(place.band))
        if role == Qt.ItemDataRole.FontRole and column == AFTER and move.band_changed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ARROW:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def _placement_text(place: Placement) -> str:
    """ "L3 I5 · 15 High": the levels, then the score and band they give."""
    levels = translate("RemapPreview", "L{likelihood} I{impact}").format(
        likelihood=place.likelihood, impact=place.impact)
    return f"{levels} · {place.score} {builtin_tr(place.band.name)}"


class RemapPreviewDialog(QDialog):
    """Shows what moves; "Switch profile" applies the switch as one undoable step."""

    def __init__(self, document: Document, profile: ScaleProfile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.profile = profile
        self.setWindowTitle(self.tr("Switch scale profile"))
        self.resize(820, 560)
        project = document.project
        self.moves = remap_preview(project, profile)
        self.model = MovesModel(self.moves, self)
        self.table = QTableView(self)
        self.table.setObjectName("remap_moves")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        changed_band = sum(1 for m in self.moves if m.band_changed)
        old, new = project.profile, profile
        summary = QLabel(self)
        summary.setObjectName("remap_summary")
        summary.setWordWrap(True)
        size = self.tr("%1 × %2 levels").replace("%1", str(new.size[0])).replace(
            "%2", str(new.size[1]))
        old_name = escape(profile_tr(old, old.name))
        new_name = escape(profile_tr(new, new.name))
        if self.moves:
            text = self.tr("Switching from <b>%1</b> to <b>%2</b> (%3): %4 scores move, "
                           "%5 of them to another band. Votes are re-mapped the same way.")
            text = (text.replace("%1", old_name).replace("%2", new_name)
                    .replace("%3", size).replace("%4", str(len(self.moves)))
                    .replace("%5", str(changed_band)))
        else:
            text = self.tr("Switching from <b>%1</b> to <b>%2</b> (%3): no score moves.")
            text = text.replace("%1", old_name).replace("%2", new_name).replace("%3", size)
        summary.setText(text)
        buttons = QDialogButtonBox(self)
        self.switch = buttons.addButton(self.tr("Switch profile"),
                                        QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.only_bands = QCheckBox(self.tr("Show only the scores that change band"), self)
        self.only_bands.toggled.connect(self.model.show_only_band_changes)
        note = QLabel(self.tr("The switch is one step: Edit ▸ Undo brings every score back."),
                      self)
        note.setStyleSheet("color: #5F6B7A;")
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.only_bands)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.table.setVisible(bool(self.moves))
        self.only_bands.setVisible(bool(self.moves))

    def accept(self) -> None:
        self.document.apply(change_profile(self.document.project, self.profile))
        super().accept()
