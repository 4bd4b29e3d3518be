"""Sort-and-filter proxies of the risk register and the action plan."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from riskmap.model import Measure, Risk
from riskmap.vocabulary import CorruptionType, KeyFactor, MeasureStatus
from ui.document import Document
from ui.models.action_plan import ActionPlanModel
from ui.models.register import RiskRegisterModel
from ui.texts import holder_id, risk_key_factors

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RiskFilter:
    """What the register shows; None (or "") means no restriction."""

    process_id: uuid.UUID | None = None
    holder_id: uuid.UUID | None = None  # a stage or a flow
    band: str | None = None  # in the document's current score kind
    corruption_type: CorruptionType | None = None
    owner: str | None = None
    key_factor: KeyFactor | None = None
    text: str = ""
    # Set by a click on a heat-map cell; `risk_ids_label` says which cell.
    risk_ids: frozenset[uuid.UUID] | None = None
    risk_ids_label: str = ""

    @property
    def is_empty(self) -> bool:
        return self == RiskFilter()


class _FilterProxy(QSortFilterProxyModel):
    """Sorting by SORT_ROLE, and a filter object whose change re-filters once."""

    filter_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself (fast, in Python); the proxy only filters."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def _refilter(self, change: Callable[[], None]) -> None:
        self.beginFilterChange()
        change()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_changed.emit()


class RiskFilterProxy(_FilterProxy):
    """The register filtered by process, stage, band, type, owner, key factor, text or a
    heat-map cell."""

    def __init__(self, source: RiskRegisterModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.register = source
        self.document: Document = source.document
        self._filter = RiskFilter()
        self._everything = True  # no restriction: every row passes without a look
        self.setSourceModel(source)
        self.document.score_kind_changed.connect(self._on_score_kind)

    @property
    def filter(self) -> RiskFilter:
        return self._filter

    def set_filter(self, new: RiskFilter) -> None:
        if new != self._filter:
            self._refilter(lambda: self._set(new))

    def _set(self, new: RiskFilter) -> None:
        self._filter = new
        self._everything = new.is_empty

    def update_filter(self, **changes: Any) -> None:
        self.set_filter(replace(self._filter, **changes))

    def clear_filter(self) -> None:
        self.set_filter(RiskFilter())

    def _on_score_kind(self, _kind: object) -> None:
        if self._filter.band is not None:
            self._refilter(lambda: None)

    def risk_at(self, row: int) -> Risk:
        return self.register.risk_at(self.mapToSource(self.index(row, 0)).row())

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._everything:
            return True
        return self.accepts(self.register.risk_at(source_row), self._filter)

    def accepts(self, risk: Risk, f: RiskFilter) -> bool:
        # The inspector asks for one stage among 10,000 risks: the cheapest test first.
        if f.holder_id is not None and (risk.stage_id or risk.flow_id) != f.holder_id:
            return False
        project = self.document.project
        holder = holder_id(risk)
        checks = (
            f.risk_ids is None or risk.id in f.risk_ids,
            f.holder_id is None or holder == f.holder_id,
            f.corruption_type is None or risk.corruption_type is f.corruption_type,
            f.owner is None or risk.owner == f.owner,
        )
        if not all(checks):
            return False
        if f.process_id is not None:
            process = project.index.process_of_risk(risk)
            if process is None or process.id != f.process_id:
                return False
        if f.band is not None:
            rating = self.register.rating(risk, self.document.score_kind)
            if (rating.band.name if rating else "Unscored") != f.band:
                return False
        if f.key_factor is not None and f.key_factor not in risk_key_factors(project, risk):
            return False
        if f.text:
            haystack = " ".join((risk.code, risk.statement, risk.owner, *risk.actors))
            if f.text.casefold() not in haystack.casefold():
                return False
        return True


@dataclass(frozen=True)
class MeasureFilter:
    key_factor: KeyFactor | None = None
    owner: str | None = None
    status: MeasureStatus | None = None
    overdue_only: bool = False
    text: str = ""
    # Show only measures linked to one of these risks (from the inspector or a risk).
    risk_ids: frozenset[uuid.UUID] | None = None


class MeasureFilterProxy(_FilterProxy):
    """The action plan filtered by key factor, owner, status, overdue and text."""

    def __init__(self, source: ActionPlanModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = source
        self._filter = MeasureFilter()
        self.setSourceModel(source)

    @property
    def filter(self) -> MeasureFilter:
        return self._filter

    def set_filter(self, new: MeasureFilter) -> None:
        if new != self._filter:
            self._refilter(lambda: setattr(self, "_filter", new))

    def update_filter(self, **changes: Any) -> None:
        self.set_filter(replace(self._filter, **changes))

    def measure_at(self, row: int) -> Measure:
        return self.plan.measure_at(self.mapToSource(self.index(row, 0)).row())

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        f = self._filter
        if all(getattr(f, x.name) == x.default for x in fields(f)):
            return True
        measure = self.plan.measure_at(source_row)
        today: dt.date = self.plan.today
        checks = (
            f.key_factor is None or f.key_factor in measure.key_factors,
            f.owner is None or measure.owner == f.owner,
            f.status is None or measure.status is f.status,
            not f.overdue_only or measure.is_overdue(today),
            f.risk_ids is None or bool(f.risk_ids & set(measure.risk_ids)),
            not f.text or f.text.casefold() in f"{measure.code} {measure.title} "
            f"{measure.owner} {measure.notes}".casefold(),
        )
        return all(checks)
