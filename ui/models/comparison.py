"""Table models over a round comparison: risks that came, went or moved; measures' progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from riskmap.comparison import ChangeKind, ComparisonRow, ScorePoint, comparison_rows
from riskmap.rounds import Comparison, StatusChange
from riskmap.scales import ScaleProfile
from riskmap.vocabulary import MEASURE_STATUS_LABELS, MeasureStatus
from ui.colours import band_colour, text_on
from ui.language import builtin_tr, domain_tr
from ui.models.rows import RowsModel

WORSE = QColor("#B71C1C")
BETTER = QColor("#1B5E20")


class ComparisonModel(RowsModel[ComparisonRow]):
    """One row a risk that changed between the two rounds (residual scores)."""

    COLUMNS = ("change", "code", "stage", "statement", "before", "after", "delta")

    def __init__(self, profile: ScaleProfile, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Change"), self.tr("Risk"), self.tr("Stage"),
                          self.tr("Statement"), self.tr("Before"), self.tr("After"),
                          self.tr("Δ score")], parent)
        self.profile = profile
        self.rows: list[ComparisonRow] = []
        self._labels = {
            ChangeKind.NEW: self.tr("New"), ChangeKind.REMOVED: self.tr("Removed"),
            ChangeKind.UP: self.tr("▲ Up"), ChangeKind.DOWN: self.tr("▼ Down"),
            ChangeKind.RESCORED: self.tr("Rescored"),
        }

    def set_comparison(self, comparison: Comparison | None, profile: ScaleProfile) -> None:
        self.beginResetModel()
        self.profile = profile
        self.rows = comparison_rows(profile, comparison) if comparison is not None else []
        self.endResetModel()

    def items(self) -> list[ComparisonRow]:
        return self.rows

    def _point_text(self, point: ScorePoint | None, known: bool) -> str:
        if point is None:
            return self.tr("not scored") if known else ""
        levels = self.tr("L{likelihood} I{impact}").format(likelihood=point.likelihood,
                                                           impact=point.impact)
        return f"{levels} · {point.score} {builtin_tr(point.band.name)}"

    def cell(self, row: ComparisonRow, column: int, role: int) -> Any:
        name = self.COLUMNS[column]
        point = row.before if name == "before" else row.after if name == "after" else None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "change": self._labels[row.kind], "code": row.code, "stage": row.stage_code,
                "statement": row.statement,
                "before": self._point_text(row.before, row.kind is not ChangeKind.NEW),
                "after": self._point_text(row.after, row.kind is not ChangeKind.REMOVED),
                "delta": f"{row.delta:+d}" if row.delta else "",
            }[name]
        if role == Qt.ItemDataRole.ToolTipRole and name == "statement":
            return row.statement
        if name in ("before", "after") and role in (Qt.ItemDataRole.BackgroundRole,
                                                   Qt.ItemDataRole.ForegroundRole):
            if point is None:
                return None
            colour = band_colour(point.band)
            return colour if role == Qt.ItemDataRole.BackgroundRole else text_on(colour)
        if role == Qt.ItemDataRole.ForegroundRole and name in ("change", "delta"):
            return {ChangeKind.UP: WORSE, ChangeKind.DOWN: BETTER}.get(row.kind)
        if role == Qt.ItemDataRole.FontRole and name in ("change", "delta"):
            font = QFont()
            font.setBold(row.kind in (ChangeKind.UP, ChangeKind.DOWN, ChangeKind.NEW))
            return font
        return None


class StatusChangesModel(RowsModel[StatusChange]):
    """One row a measure whose status or progress changed; completed ones stand out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Measure"), self.tr("Title"), self.tr("Before"),
                          self.tr("After"), self.tr("Progress")], parent)
        self.rows: list[StatusChange] = []

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        rows = comparison.status_changes if comparison is not None else []
        # Completed first: that is what a review reports.
        self.rows = sorted(rows, key=lambda c: (c.after is not MeasureStatus.DONE, c.code))
        self.endResetModel()

    def items(self) -> list[StatusChange]:
        return self.rows

    def cell(self, change: StatusChange, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return [change.code, change.title, domain_tr(MEASURE_STATUS_LABELS[change.before]),
                    domain_tr(MEASURE_STATUS_LABELS[change.after]),
                    f"{change.progress_before} % → {change.progress_after} %"][column]
        done = change.after is MeasureStatus.DONE and change.before is not MeasureStatus.DONE
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and done:
            return BETTER
        if role == Qt.ItemDataRole.FontRole and done:
            font = QFont()
            font.setBold(True)
            return font
        return None
