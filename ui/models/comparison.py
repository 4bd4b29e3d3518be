"""Table models over a round comparison: risks that came, went or moved; measures' progress."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from riskmap.model import Assessment, RiskSnapshot
from riskmap.rounds import Comparison, Direction, StatusChange
from riskmap.scales import ScaleProfile
from riskmap.vocabulary import MEASURE_STATUS_LABELS, MeasureStatus
from ui.colours import band_colour, text_on

_Index = QModelIndex | QPersistentModelIndex
WORSE = QColor("#B71C1C")
BETTER = QColor("#1B5E20")


class RowKind(StrEnum):
    NEW = "new"
    REMOVED = "removed"
    UP = "up"
    DOWN = "down"
    RESCORED = "rescored"


@dataclass(frozen=True)
class RiskRow:
    kind: RowKind
    code: str
    stage_code: str
    statement: str
    before: Assessment | None
    after: Assessment | None
    delta: int | None


def risk_rows(comparison: Comparison) -> list[RiskRow]:
    """New risks, removed risks, then those whose residual score rose, fell or only moved."""
    def row(kind: RowKind, snap: RiskSnapshot, before: Assessment | None,
            after: Assessment | None, delta: int | None = None) -> RiskRow:
        return RiskRow(kind, snap.code, snap.stage_code, snap.statement, before, after, delta)

    rows = [row(RowKind.NEW, s, None, s.residual) for s in comparison.new_risks]
    rows += [row(RowKind.REMOVED, s, s.residual, None) for s in comparison.removed_risks]
    kinds = {Direction.UP: RowKind.UP, Direction.DOWN: RowKind.DOWN,
             Direction.SAME: RowKind.RESCORED}
    changed = sorted(comparison.changed_risks, key=lambda d: (-abs(d.delta), d.code))
    for order in (Direction.UP, Direction.DOWN, Direction.SAME):
        rows += [row(kinds[d.direction], d.after, d.before.residual, d.after.residual, d.delta)
                 for d in changed if d.direction is order]
    return rows


class ComparisonModel(QAbstractTableModel):
    """One row a risk that changed between the two rounds (residual scores)."""

    COLUMNS = ("change", "code", "stage", "statement", "before", "after", "delta")

    def __init__(self, profile: ScaleProfile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.rows: list[RiskRow] = []
        self._labels = {
            RowKind.NEW: self.tr("New"), RowKind.REMOVED: self.tr("Removed"),
            RowKind.UP: self.tr("▲ Up"), RowKind.DOWN: self.tr("▼ Down"),
            RowKind.RESCORED: self.tr("Rescored"),
        }
        self._headers = [self.tr("Change"), self.tr("Risk"), self.tr("Stage"),
                         self.tr("Statement"), self.tr("Before"), self.tr("After"),
                         self.tr("Δ score")]

    def set_comparison(self, comparison: Comparison | None, profile: ScaleProfile) -> None:
        self.beginResetModel()
        self.profile = profile
        self.rows = risk_rows(comparison) if comparison is not None else []
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

    def _level_text(self, level: Assessment | None) -> str:
        if level is None:
            return ""
        lik, imp = level.likelihood, level.impact
        n_l, n_i = self.profile.size
        if lik is None or imp is None or lik > n_l or imp > n_i:
            return self.tr("not scored")
        score = self.profile.score(lik, imp)
        return f"L{lik} I{imp} · {score} {self.profile.band(score).name}"

    def _band_colour(self, level: Assessment | None) -> QColor | None:
        if level is None or level.likelihood is None or level.impact is None:
            return None
        n_l, n_i = self.profile.size
        if level.likelihood > n_l or level.impact > n_i:
            return None
        return band_colour(self.profile.band_of(level.likelihood, level.impact))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.COLUMNS[index.column()]
        level = row.before if column == "before" else row.after if column == "after" else None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "change": self._labels[row.kind], "code": row.code, "stage": row.stage_code,
                "statement": row.statement, "before": self._level_text(row.before),
                "after": self._level_text(row.after),
                "delta": f"{row.delta:+d}" if row.delta else "",
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "statement":
            return row.statement
        if column in ("before", "after") and role in (Qt.ItemDataRole.BackgroundRole,
                                                     Qt.ItemDataRole.ForegroundRole):
            colour = self._band_colour(level)
            if colour is None:
                return None
            return colour if role == Qt.ItemDataRole.BackgroundRole else text_on(colour)
        if role == Qt.ItemDataRole.ForegroundRole and column in ("change", "delta"):
            return {RowKind.UP: WORSE, RowKind.DOWN: BETTER}.get(row.kind)
        if role == Qt.ItemDataRole.FontRole and column in ("change", "delta"):
            font = QFont()
            font.setBold(row.kind in (RowKind.UP, RowKind.DOWN, RowKind.NEW))
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
            return [change.code, change.title, self.tr(MEASURE_STATUS_LABELS[change.before]),
                    self.tr(MEASURE_STATUS_LABELS[change.after]),
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
