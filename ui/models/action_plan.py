"""ActionPlanModel: the project's measures as a table, one row a measure, edited in place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from riskmap.edits import Action, Change, EntityType, SetFields
from riskmap.model import Measure
from riskmap.vocabulary import (
    MEASURE_STATUS_LABELS,
    MEASURE_TYPE_LABELS,
    KeyFactor,
    MeasureStatus,
    MeasureType,
)
from ui.colours import OVERDUE_BACKGROUND, OVERDUE_TEXT
from ui.document import Document
from ui.editing import apply_edit
from ui.language import domain_tr
from ui.marks import QT_TRANSLATE_NOOP
from ui.models.columns import CHOICES_ROLE, SORT_ROLE, Choice, Column, Kind, enum_choices
from ui.models.sorted_table import SortedTableModel
from ui.texts import key_factor_text, key_factors_brief, linked_risk_codes

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[Column, ...] = (
    Column("code", QT_TRANSLATE_NOOP("Columns", "ID")),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Measure"), Kind.TEXT),
    Column("risks", QT_TRANSLATE_NOOP("Columns", "Linked risks")),
    Column("key_factors", QT_TRANSLATE_NOOP("Columns", "Key factor(s)"), Kind.KEY_FACTORS),
    Column("type", QT_TRANSLATE_NOOP("Columns", "Type"), Kind.ENUM),
    Column("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), Kind.TEXT),
    Column("supporting_unit", QT_TRANSLATE_NOOP("Columns", "Supporting unit"), Kind.TEXT,
           hidden=True),
    Column("start", QT_TRANSLATE_NOOP("Columns", "Start"), Kind.DATE, hidden=True),
    Column("deadline", QT_TRANSLATE_NOOP("Columns", "Deadline"), Kind.DATE),
    Column("resources", QT_TRANSLATE_NOOP("Columns", "Resources"), Kind.TEXT, hidden=True),
    Column("indicator", QT_TRANSLATE_NOOP("Columns", "Indicator"), Kind.TEXT, hidden=True),
    Column("baseline", QT_TRANSLATE_NOOP("Columns", "Baseline"), Kind.TEXT, hidden=True),
    Column("target", QT_TRANSLATE_NOOP("Columns", "Target"), Kind.TEXT, hidden=True),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), Kind.ENUM),
    Column("progress", QT_TRANSLATE_NOOP("Columns", "Progress %"), Kind.PERCENT),
    Column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), Kind.TEXT, hidden=True),
)
COLUMN = {column.key: number for number, column in enumerate(COLUMNS)}
_TEXT_FIELDS = {"title", "owner", "supporting_unit", "resources", "indicator", "baseline",
                "target", "notes"}


class ActionPlanModel(SortedTableModel[Measure]):
    """An adapter over `project.measures` (never a copy); the Measure is under Qt.UserRole.
    Overdue measures (past deadline, not done or cancelled) are highlighted."""

    def __init__(self, document: Document, parent: QObject | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._today = today
        self._arrange()
        document.changed.connect(self._on_changed)
        document.reset.connect(self._on_reset)

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def measures(self) -> list[Measure]:
        return self.document.project.measures

    def items(self) -> list[Measure]:
        return self.document.project.measures

    def measure_at(self, row: int) -> Measure:
        return self.item_at(row)

    def sort_key(self, item: Measure, column: int) -> Any:
        return self._sort_value(item, COLUMNS[column].key)

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

    def is_overdue(self, measure: Measure) -> bool:
        return measure.is_overdue(self.today)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.measures):
            return None
        measure = self.item_at(index.row())
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.UserRole:
            return measure
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(measure, key)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(measure, key)
        if role == SORT_ROLE:
            return self._sort_value(measure, key)
        if role == CHOICES_ROLE:
            return self._choices(key)
        overdue = self.is_overdue(measure)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and overdue and key in ("deadline", "status"):
            return OVERDUE_TEXT
        if role == Qt.ItemDataRole.FontRole and overdue and key == "deadline":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(measure, key, overdue)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("code", "progress"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, measure: Measure, key: str) -> str:
        if key == "risks":
            return linked_risk_codes(self.document.project, measure)
        if key == "key_factors":
            return key_factors_brief(measure.key_factors)
        if key == "type":
            return domain_tr(MEASURE_TYPE_LABELS[measure.type]) if measure.type else ""
        if key == "status":
            label = domain_tr(MEASURE_STATUS_LABELS[measure.status])
            return self.tr("{status} — overdue").format(status=label) if self.is_overdue(
                measure) else label
        if key == "progress":
            return f"{measure.progress} %"
        if key in ("start", "deadline"):
            value: dt.date | None = getattr(measure, key)
            return value.isoformat() if value else ""
        text = str(getattr(measure, key))
        return " ".join(text.split())

    def _edit_value(self, measure: Measure, key: str) -> Any:
        if key in ("type", "status"):
            value = getattr(measure, key)
            return value.value if value is not None else None
        if key == "key_factors":
            return sorted(int(f) for f in measure.key_factors)
        if key in ("start", "deadline", "progress") or key in _TEXT_FIELDS:
            return getattr(measure, key)
        return self._display(measure, key)

    def _sort_value(self, measure: Measure, key: str) -> Any:
        if key in ("start", "deadline"):
            value: dt.date | None = getattr(measure, key)
            return value.toordinal() if value else 10**7
        if key == "progress":
            return measure.progress
        if key == "status":
            return list(MeasureStatus).index(measure.status)
        if key == "key_factors":
            return min((int(f) for f in measure.key_factors), default=99)
        return self._display(measure, key).casefold()

    def _choices(self, key: str) -> list[Choice] | None:
        if key == "type":
            return enum_choices(MEASURE_TYPE_LABELS)
        if key == "status":
            return enum_choices(MEASURE_STATUS_LABELS, optional=False)
        if key == "key_factors":
            return [(int(f), key_factor_text(f), "") for f in KeyFactor]
        return None

    def _tooltip(self, measure: Measure, key: str, overdue: bool) -> str | None:
        if overdue and key in ("deadline", "status") and measure.deadline:
            days = (self.today - measure.deadline).days
            return self.tr("Overdue: the deadline passed %n day(s) ago", "", days)
        if key == "key_factors":
            return "\n".join(key_factor_text(f) for f in sorted(measure.key_factors)) or None
        if key == "title":
            return f"{measure.code}: {measure.title}"
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        measure = self.item_at(index.row())
        key = COLUMNS[index.column()].key
        new = self._convert(key, value)
        if key == "title" and not new:
            return False
        if new == getattr(measure, key):
            return False
        header = COLUMNS[index.column()].title.lower()
        edit = SetFields(EntityType.MEASURE, measure.id, {key: new},
                         self.tr("Change {what} of {code}").format(what=header, code=measure.code))
        return apply_edit(self.document, edit)

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key in _TEXT_FIELDS:
            return str(value or "").strip()
        if key == "type":
            return MeasureType(value) if value else None
        if key == "status":
            return MeasureStatus(value)
        if key == "progress":
            return max(0, min(100, int(value)))
        if key == "key_factors":
            return sorted(KeyFactor(int(v)) for v in value)
        if key in ("start", "deadline"):
            return value if isinstance(value, dt.date) else None
        return value

    # --- following the document -------------------------------------------------------
    def _on_reset(self) -> None:
        self.reset_rows()

    def _on_changed(self, changes: Sequence[Change]) -> None:
        measures = [c for c in changes if c.entity is EntityType.MEASURE]
        if any(c.action is not Action.UPDATED for c in measures):
            self.reset_rows()
            return
        last = len(COLUMNS) - 1
        rows = self.rows_of(c.id for c in measures if c.id)
        self.emit_rows(rows, 0, last)
        # A risk's new code shows in the measures linked to it (links come as their own
        # changes when risks are added or removed).
        by_risk = self.document.project.index.measures_by_risk
        recoded = self.rows_of(m.id for c in changes if c.entity is EntityType.RISK
                               and c.action is Action.UPDATED and "code" in c.fields
                               for m in by_risk.get(c.id, []) if c.id)  # type: ignore[arg-type]
        self.emit_rows(recoded, COLUMN["risks"], COLUMN["risks"])
        self.resort_if_moved([*rows, *recoded])
