"""RiskRegisterModel: the project's risks as a table, one row a risk, edited in place."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from riskmap.edits import Action, Change, EntityType
from riskmap.model import Risk
from ui.colours import band_colour, band_palette, band_text_colour
from ui.document import Document
from ui.editing import apply_edit
from ui.marks import QT_TRANSLATE_NOOP
from ui.models import risk_cells as cells
from ui.models.columns import CHOICES_ROLE, SORT_ROLE, Column, Kind
from ui.models.ranks import PriorityRanks
from ui.models.sorted_table import MANY, SortedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[Column, ...] = (
    Column("code", QT_TRANSLATE_NOOP("Columns", "ID")),
    Column("process", QT_TRANSLATE_NOOP("Columns", "Process")),
    Column("holder", QT_TRANSLATE_NOOP("Columns", "Stage")),
    Column("statement", QT_TRANSLATE_NOOP("Columns", "Risk statement"), Kind.TEXT),
    Column("type", QT_TRANSLATE_NOOP("Columns", "Corruption type"), Kind.ENUM),
    Column("actors", QT_TRANSLATE_NOOP("Columns", "Actors"), Kind.TEXT, hidden=True),
    Column("enabling", QT_TRANSLATE_NOOP("Columns", "Enabling factors"), hidden=True),
    Column("controls", QT_TRANSLATE_NOOP("Columns", "Existing controls"), hidden=True),
    Column("inherent_l", QT_TRANSLATE_NOOP("Columns", "Inherent L"), Kind.LEVEL, hidden=True),
    Column("inherent_i", QT_TRANSLATE_NOOP("Columns", "Inherent I"), Kind.LEVEL, hidden=True),
    Column("inherent", QT_TRANSLATE_NOOP("Columns", "Inherent")),
    Column("residual_l", QT_TRANSLATE_NOOP("Columns", "Residual L"), Kind.LEVEL),
    Column("residual_i", QT_TRANSLATE_NOOP("Columns", "Residual I"), Kind.LEVEL),
    Column("residual", QT_TRANSLATE_NOOP("Columns", "Residual")),
    Column("target_l", QT_TRANSLATE_NOOP("Columns", "Target L"), Kind.LEVEL, hidden=True),
    Column("target_i", QT_TRANSLATE_NOOP("Columns", "Target I"), Kind.LEVEL, hidden=True),
    Column("target", QT_TRANSLATE_NOOP("Columns", "Target"), hidden=True),
    Column("rank", QT_TRANSLATE_NOOP("Columns", "Priority")),
    Column("owner", QT_TRANSLATE_NOOP("Columns", "Risk owner"), Kind.TEXT),
    Column("measures", QT_TRANSLATE_NOOP("Columns", "Linked measures")),
    Column("key_factors", QT_TRANSLATE_NOOP("Columns", "Key factors"), hidden=True),
    Column("evidence", QT_TRANSLATE_NOOP("Columns", "Source of evidence"), Kind.TEXT, hidden=True),
    Column("reviewed", QT_TRANSLATE_NOOP("Columns", "Last reviewed"), Kind.DATE, hidden=True),
)
COLUMN = {column.key: number for number, column in enumerate(COLUMNS)}
KEYS = tuple(column.key for column in COLUMNS)
_RANK_FIELDS = frozenset({"residual", "code"})
_LINK_FIELDS = frozenset({"risk_ids", "key_factors"})
_NAME_FIELDS = frozenset({"name", "code", "label", "source", "target"})


class RiskRegisterModel(SortedTableModel[Risk]):
    """An adapter over `project.risks` (never a copy); the Risk is under Qt.UserRole.
    Edits go through the document; Document.changed refreshes only the rows it names."""

    # Many priority ranks shifted at once (see _on_changed): views of the rank column repaint.
    ranks_changed = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._ranks = PriorityRanks()
        self.rating = cells.Ratings(lambda: self.document.project)
        # Each measure's risks as last seen: an unlinked risk must be refreshed too.
        self._links: dict[uuid.UUID, frozenset[uuid.UUID]] = {}
        self._rebuild()
        document.changed.connect(self._on_changed)
        document.reset.connect(self._on_reset)
        band_palette().changed.connect(self._on_palette_changed)

    # --- lookups -------------------------------------------------------------------------
    @property
    def risks(self) -> list[Risk]:
        return self.document.project.risks

    def items(self) -> list[Risk]:
        return self.document.project.risks

    def risk_at(self, row: int) -> Risk:
        return self.item_at(row)

    def sort_key(self, item: Risk, column: int) -> Any:
        return cells.sort_value(self.document.project, item, KEYS[column], self.rank,
                                self.rating)

    def rank(self, risk: Risk) -> int:
        return self._ranks.rank(self.document.project, risk.id)

    def _rebuild(self) -> None:
        self._ranks.clear()
        self._links = {m.id: frozenset(m.risk_ids) for m in self.document.project.measures}
        self._arrange()

    def _on_palette_changed(self) -> None:
        """The band cells in the newly chosen colours (the text and order stay)."""
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(COLUMNS) - 1),
                                  [Qt.ItemDataRole.BackgroundRole,
                                   Qt.ItemDataRole.ForegroundRole])

    # --- Qt model --------------------------------------------------------------------------
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()].kind is not Kind.READ_ONLY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self.risks):
            return None
        risk = self.item_at(row)
        key = KEYS[index.column()]
        project = self.document.project
        if role == Qt.ItemDataRole.DisplayRole:
            return cells.display(project, risk, key, self.rank, self.rating)
        if role == SORT_ROLE:
            return cells.sort_value(project, risk, key, self.rank, self.rating)
        if role == Qt.ItemDataRole.UserRole:
            return risk
        if role == Qt.ItemDataRole.EditRole:
            return cells.edit_value(project, risk, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cells.tooltip(project, risk, key)
        if role == CHOICES_ROLE:
            return cells.choices(project, key)
        if key in cells.KINDS and role in (Qt.ItemDataRole.BackgroundRole,
                                           Qt.ItemDataRole.ForegroundRole):
            rating = self.rating(risk, cells.KINDS[key])
            band = rating.band if rating else None
            if role == Qt.ItemDataRole.BackgroundRole:
                return band_colour(band, project.profile)
            return band_text_colour(band, project.profile)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("rank", "code"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = COLUMNS[index.column()]
        edit = cells.edit_for(self.document.project, self.item_at(index.row()), column.key,
                              value, column.title)
        return edit is not None and apply_edit(self.document, edit)

    # --- following the document ------------------------------------------------------------
    def _on_reset(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _on_changed(self, changes: Sequence[Change]) -> None:
        if any(c.entity is EntityType.RISK and c.action is not Action.UPDATED for c in changes):
            self._on_reset()
            return
        if any(c.entity is EntityType.PROJECT for c in changes):
            self._ranks.clear()
            self.emit_rows(range(len(self.risks)), 0, len(COLUMNS) - 1)
            self.resort()
            return
        updated = [c for c in changes if c.entity is EntityType.RISK and c.id]
        touched = set(self.rows_of(c.id for c in updated if c.id))
        self.emit_rows(sorted(touched), 0, len(COLUMNS) - 1)
        rescored = [c.id for c in updated if c.id and (not c.fields or c.fields & _RANK_FIELDS)]
        if rescored:
            places = self._ranks.update(self.document.project, rescored)
            by_rank = self.sort_column == COLUMN["rank"]
            if sum(len(span) for span in places) > MANY:
                # Thousands of ranks shift by one: one dataChanged for them would make every
                # filter proxy test each row again, and no filter reads a rank; the views
                # showing the rank column repaint instead.
                self.ranks_changed.emit()
                if by_rank:
                    self.resort()
            else:
                moved = self.rows_of(self._ranks.ids_at(places))
                self.emit_rows(moved, COLUMN["rank"], COLUMN["rank"])
                if by_rank:  # else their place in the table stays
                    touched.update(moved)
        linked = self.rows_of(self._relinked(
            [c for c in changes if c.entity is EntityType.MEASURE]))
        self.emit_rows(linked, COLUMN["measures"], COLUMN["key_factors"])
        renamed = [c.id for c in changes
                   if c.entity in (EntityType.STAGE, EntityType.FLOW, EntityType.PROCESS)
                   and c.action is Action.UPDATED and c.fields & _NAME_FIELDS and c.id]
        holders = self.rows_of(self._risks_under(renamed)) if renamed else []
        self.emit_rows(holders, COLUMN["process"], COLUMN["holder"])
        self.resort_if_moved([*touched, *linked, *holders])

    def _relinked(self, changes: list[Change]) -> set[uuid.UUID]:
        """Risks a measure links or unlinks: their measures and key factors change."""
        touched: set[uuid.UUID] = set()
        measures = self.document.project.index.measures
        for change in changes:
            if change.id is None or (change.action is Action.UPDATED
                                     and not change.fields & _LINK_FIELDS):
                continue
            touched |= self._links.pop(change.id, frozenset())
            measure = measures.get(change.id)
            if measure is not None:
                self._links[change.id] = frozenset(measure.risk_ids)
                touched |= self._links[change.id]
        return touched

    def _risks_under(self, holders: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """Risks whose process or stage text names these stages, flows or processes."""
        index = self.document.project.index
        wanted = set(holders)
        for process_id in wanted & index.processes.keys():
            process = index.processes[process_id]
            wanted |= {s.id for s in process.stages} | {f.id for f in process.flows}
        # A flow is written with the codes of its two stages.
        wanted |= {f.id for f in index.flows.values() if {f.source, f.target} & wanted}
        return {r.id for holder in wanted for r in index.risks_on(holder)}
