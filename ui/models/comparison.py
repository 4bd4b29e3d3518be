"""Table models over a round comparison: risks that came, went or moved; measures' progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from riskmap.comparison import ChangeKind, ComparisonRow, ScorePoint, comparison_rows
from riskmap.rounds import Comparison, StatusChange
from riskmap.scales import ScaleProfile
from riskmap.vocabulary import MEASURE_STATUS_LABELS, MeasureStatus
from ui.colours import band_colour, text_on
from ui.language import builtin_tr, domain_tr

_Index = QModelIndex | QPersistentModelIndex
WORSE = QColor("#B71C1C")
BETTER = QColor("#1B5E20")


class ComparisonModel(QAbstractTableModel):
    """One row a risk that changed between the two rounds (residual scores)."""

    COLUMNS = ("change", "code", "stage", "statement", "before", "after", "delta")

    def __init__(self, profile: ScaleProfile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.rows: list[ComparisonRow] = []
        self._labels = {
            ChangeKind.NEW: self.tr("New"), ChangeKind.REMOVED: self.tr("Removed"),
            ChangeKind.UP: self.tr("▲ Up"), ChangeKind.DOWN: self.tr("▼ Down"),
            ChangeKind.RESCORED: self.tr("Rescored"),
        }
        self._headers = [self.tr("Change"), self.tr("Risk"), self.tr("Stage"),
                         self.tr("Statement"), self.tr("Before"), self.tr("After"),
                         self.tr("Δ score")]

    def set_comparison(self, comparison: Comparison | None, profile: ScaleProfile) -> None:
        self.beginResetModel()
        self.profile = profile
        self.rows = comparison_rows(profile, comparison) if comparison is not None else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def _point_text(self, point: ScorePoint | None, known: bool) -> str:
        if point is None:
            return self.tr("not scored") if known else ""
        levels = self.tr("L{likelihood} I{impact}").format(likelihood=point.likelihood,
                                                           impact=point.impact)
        return f"{levels} · {point.score} {builtin_tr(point.band.name)}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.COLUMNS[index.column()]
        point = row.before if column == "before" else row.after if column == "after" else None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "change": self._labels[row.kind], "code": row.code, "stage": row.stage_code,
                "statement": row.statement,
                "before": self._point_text(row.before, row.kind is not ChangeKind.NEW),
                "after": self._point_text(row.after, row.kind is not ChangeKind.REMOVED),
                "delta": f"{row.delta:+d}" if row.delta else "",
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "statement":
            return row.statement
        if column in ("before", "after") and role in (Qt.ItemDataRole.BackgroundRole,
                                                     Qt.ItemDataRole.ForegroundRole):
            if point is None:
                return None
            colour = band_colour(point.band)
            return colour if role == Qt.ItemDataRole.BackgroundRole else text_on(colour)
        if role == Qt.ItemDataRole.ForegroundRole and column in ("change", "delta"):
            return {ChangeKind.UP: WORSE, ChangeKind.DOWN: BETTER}.get(row.kind)
        if role == Qt.ItemDataRole.FontRole and column in ("change", "delta"):
            font = QFont()
            font.setBold(row.kind in (ChangeKind.UP, ChangeKind.DOWN, ChangeKind.NEW))
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


class StatusChangesModel(QAbstractTableModel):
    """One row a measure whose status or progress changed; completed ones stand out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StatusChange] = []
        self._headers = [self.tr("Measure"), self.tr("Title"), self.tr("Before"),
                         self.tr("After"), self.tr("Progress")]

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        rows = comparison.status_changes if comparison is not None else []
        # Completed first: that is what a review reports.
        self.rows = sorted(rows, key=lambda c: (c.after is not MeasureStatus.DONE, c.code))
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        change, column = self.rows[index.row()], index.column()
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
        if role == Qt.ItemDataRole.UserRole:
            return change
        return None
