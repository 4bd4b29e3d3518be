"""RiskRegisterModel: the project's risks as a table, one row a risk, edited in place."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from riskmap.analysis import Rating, priority_ranks, rate
from riskmap.edits import Action, Change, Edit, EntityType, SetFields, set_score
from riskmap.model import Risk
from riskmap.vocabulary import (
    CORRUPTION_TYPE_LABELS,
    EFFECTIVENESS_LABELS,
    ENABLING_FACTOR_LABELS,
    CorruptionType,
    ScoreKind,
)
from ui.colours import band_colour, band_text_colour
from ui.document import Document
from ui.editing import apply_edit
from ui.models.columns import CHOICES_ROLE, SORT_ROLE, Choice, Column, Kind, enum_choices
from ui.texts import (
    holder_id,
    holder_text,
    key_factors_short,
    linked_measure_codes,
    process_text,
    rating_text,
    risk_key_factors,
)

AnyIndex = QModelIndex | QPersistentModelIndex
# Above this many rows changed at once, one dataChanged over the whole table is cheaper.
_MANY = 200

COLUMNS: tuple[Column, ...] = (
    Column("code", "ID"),
    Column("process", "Process"),
    Column("holder", "Stage"),
    Column("statement", "Risk statement", Kind.TEXT),
    Column("type", "Corruption type", Kind.ENUM),
    Column("actors", "Actors", Kind.TEXT, hidden=True),
    Column("enabling", "Enabling factors", hidden=True),
    Column("controls", "Existing controls", hidden=True),
    Column("inherent_l", "Inherent L", Kind.LEVEL, hidden=True),
    Column("inherent_i", "Inherent I", Kind.LEVEL, hidden=True),
    Column("inherent", "Inherent"),
    Column("residual_l", "Residual L", Kind.LEVEL),
    Column("residual_i", "Residual I", Kind.LEVEL),
    Column("residual", "Residual"),
    Column("target_l", "Target L", Kind.LEVEL, hidden=True),
    Column("target_i", "Target I", Kind.LEVEL, hidden=True),
    Column("target", "Target", hidden=True),
    Column("rank", "Priority"),
    Column("owner", "Risk owner", Kind.TEXT),
    Column("measures", "Linked measures"),
    Column("key_factors", "Key factors", hidden=True),
    Column("evidence", "Source of evidence", Kind.TEXT, hidden=True),
    Column("reviewed", "Last reviewed", Kind.DATE, hidden=True),
)
COLUMN = {column.key: number for number, column in enumerate(COLUMNS)}
_KINDS = {kind.value: kind for kind in ScoreKind}
_STRUCTURE = {EntityType.STAGE, EntityType.FLOW, EntityType.PROCESS}


class RiskRegisterModel(QAbstractTableModel):
    """An adapter over `project.risks` (never a copy); the Risk is under Qt.UserRole.
    Edits go through the document; rows refresh from Document.changed by id."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._rows: dict[uuid.UUID, int] = {}
        self._ranks: dict[uuid.UUID, int] | None = None
        self._rebuild_rows()
        document.changed.connect(self._on_changed)
        document.reset.connect(self._on_reset)

    # --- lookups -----------------------------------------------------------------
    @property
    def risks(self) -> list[Risk]:
        return self.document.project.risks

    def row_of(self, risk_id: uuid.UUID) -> int | None:
        return self._rows.get(risk_id)

    def risk_at(self, row: int) -> Risk:
        return self.risks[row]

    def _rebuild_rows(self) -> None:
        self._rows = {risk.id: row for row, risk in enumerate(self.risks)}
        self._ranks = None

    def _rank(self, risk: Risk) -> int:
        if self._ranks is None:
            self._ranks = priority_ranks(self.document.project)
        return self._ranks.get(risk.id, 0)

    # --- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.risks)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].header
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()].kind is not Kind.READ_ONLY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.risks):
            return None
        risk = self.risks[index.row()]
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.UserRole:
            return risk
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(risk, key)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(risk, key)
        if role == SORT_ROLE:
            return self._sort_value(risk, key)
        if role == CHOICES_ROLE:
            return self._choices(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(risk, key)
        if key in _KINDS and role in (Qt.ItemDataRole.BackgroundRole,
                                      Qt.ItemDataRole.ForegroundRole):
            rating = self.rating(risk, _KINDS[key])
            if role == Qt.ItemDataRole.BackgroundRole:
                return band_colour(rating.band if rating else None)
            return band_text_colour(rating.band if rating else None)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("rank", "code"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def rating(self, risk: Risk, kind: ScoreKind) -> Rating | None:
        return rate(risk, kind, self.document.project.profile)

    def _level(self, risk: Risk, key: str) -> tuple[ScoreKind, str, int | None]:
        kind_name, axis = key.rsplit("_", 1)
        assessment = risk.assessment(_KINDS[kind_name])
        if axis == "l":
            return _KINDS[kind_name], "likelihood", assessment.likelihood
        return _KINDS[kind_name], "impact", assessment.impact

    def _level_label(self, axis: str, value: int | None) -> str:
        profile = self.document.project.profile
        levels = profile.likelihood if axis == "likelihood" else profile.impact
        return levels[value - 1].label if value is not None and value <= len(levels) else ""

    def _display(self, risk: Risk, key: str) -> str:
        project = self.document.project
        if key.endswith(("_l", "_i")):
            _, axis, value = self._level(risk, key)
            return self._level_label(axis, value)
        if key in _KINDS:
            return rating_text(self.rating(risk, _KINDS[key]))
        simple: dict[str, Any] = {
            "code": lambda: risk.code,
            "process": lambda: process_text(project, risk),
            "holder": lambda: holder_text(project, holder_id(risk)),
            "statement": lambda: " ".join(risk.statement.split()),
            "type": lambda: CORRUPTION_TYPE_LABELS[risk.corruption_type]
            if risk.corruption_type else "",
            "actors": lambda: ", ".join(risk.actors),
            "enabling": lambda: ", ".join(ENABLING_FACTOR_LABELS[f]
                                          for f in risk.enabling_factors),
            "controls": lambda: "; ".join(
                f"{c.description} ({EFFECTIVENESS_LABELS[c.effectiveness]})"
                for c in risk.controls),
            "rank": lambda: str(self._rank(risk)),
            "owner": lambda: risk.owner,
            "measures": lambda: linked_measure_codes(project, risk),
            "key_factors": lambda: key_factors_short(risk_key_factors(project, risk)),
            "evidence": lambda: " ".join(risk.evidence.split()),
            "reviewed": lambda: risk.last_reviewed.isoformat() if risk.last_reviewed else "",
        }
        return str(simple[key]())

    def _edit_value(self, risk: Risk, key: str) -> Any:
        if key.endswith(("_l", "_i")):
            return self._level(risk, key)[2]
        values: dict[str, Any] = {
            "statement": risk.statement, "owner": risk.owner, "evidence": risk.evidence,
            "actors": ", ".join(risk.actors), "reviewed": risk.last_reviewed,
            "type": risk.corruption_type.value if risk.corruption_type else None,
        }
        return values.get(key, self._display(risk, key))

    def _sort_value(self, risk: Risk, key: str) -> Any:
        if key.endswith(("_l", "_i")):
            return self._level(risk, key)[2] or 0
        if key in _KINDS:
            rating = self.rating(risk, _KINDS[key])
            return rating.score * 10_000 + rating.impact * 100 + rating.likelihood if rating else -1
        if key == "rank":
            return self._rank(risk)
        if key == "reviewed":
            return risk.last_reviewed.toordinal() if risk.last_reviewed else 0
        return self._display(risk, key).casefold()

    def _choices(self, key: str) -> list[Choice] | None:
        if key == "type":
            return enum_choices(CORRUPTION_TYPE_LABELS)
        if key.endswith(("_l", "_i")):
            profile = self.document.project.profile
            levels = profile.likelihood if key.endswith("_l") else profile.impact
            choices: list[Choice] = [(None, "not scored", "")]
            return choices + [(lv.value, lv.label, lv.descriptor) for lv in levels]
        return None

    def _tooltip(self, risk: Risk, key: str) -> str | None:
        if key.endswith(("_l", "_i")):
            _, axis, value = self._level(risk, key)
            profile = self.document.project.profile
            levels = profile.likelihood if axis == "likelihood" else profile.impact
            if value is not None and value <= len(levels):
                return f"{levels[value - 1].label}: {levels[value - 1].descriptor}"
            return None
        if key in ("statement", "code", "holder"):
            return f"{risk.code}: {risk.statement}"
        return None

    # --- editing ---------------------------------------------------------------------
    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        risk = self.risks[index.row()]
        edit = self._edit_for(risk, COLUMNS[index.column()].key, value)
        if edit is None:
            return False
        return apply_edit(self.document, edit)

    def _edit_for(self, risk: Risk, key: str, value: Any) -> Edit | None:
        project = self.document.project
        if key.endswith(("_l", "_i")):
            kind, axis, _ = self._level(risk, key)
            current = risk.assessment(kind)
            level = int(value) if value not in (None, "", 0) else None
            lik = level if axis == "likelihood" else current.likelihood
            imp = level if axis == "impact" else current.impact
            if (lik, imp) == (current.likelihood, current.impact):
                return None
            return set_score(project, risk.id, kind, lik, imp)
        fields: dict[str, Any] = {}
        if key == "statement":
            text = str(value).strip()
            if not text or text == risk.statement:
                return None
            fields["statement"] = text
        elif key in ("owner", "evidence"):
            fields[key] = str(value).strip()
        elif key == "actors":
            fields["actors"] = [a.strip() for a in str(value).split(",") if a.strip()]
        elif key == "type":
            fields["corruption_type"] = CorruptionType(value) if value else None
        elif key == "reviewed":
            fields["last_reviewed"] = value if isinstance(value, dt.date) else None
        else:
            return None
        name = next(iter(fields))
        if getattr(risk, name) == fields[name]:
            return None
        return SetFields(EntityType.RISK, risk.id, fields,
                         f"Change {COLUMNS[COLUMN[key]].header.lower()} of {risk.code}")

    # --- following the document -----------------------------------------------------
    def _on_reset(self) -> None:
        self.beginResetModel()
        self._rebuild_rows()
        self.endResetModel()

    def _on_changed(self, changes: Sequence[Change]) -> None:
        added_or_removed = any(
            c.entity is EntityType.RISK and c.action is not Action.UPDATED for c in changes
        )
        if added_or_removed:
            self._on_reset()
            return
        last = len(COLUMNS) - 1
        risk_ids = {c.id for c in changes if c.entity is EntityType.RISK}
        if any(c.entity is EntityType.PROJECT for c in changes) or len(risk_ids) > _MANY:
            self._ranks = None
            self._emit_rows(0, len(self.risks) - 1, 0, last)
            return
        if risk_ids:
            self._ranks = None
            for risk_id in risk_ids:
                row = self._rows.get(risk_id)  # type: ignore[arg-type]
                if row is not None:
                    self._emit_rows(row, row, 0, last)
            self._emit_column("rank")
        if any(c.entity is EntityType.MEASURE for c in changes):
            self._emit_column("measures", "key_factors")
        if any(c.entity in _STRUCTURE for c in changes):
            self._emit_column("process", "holder")

    def _emit_rows(self, first: int, last: int, left: int, right: int) -> None:
        if last >= first:
            self.dataChanged.emit(self.index(first, left), self.index(last, right))

    def _emit_column(self, *keys: str) -> None:
        columns = [COLUMN[key] for key in keys]
        self._emit_rows(0, len(self.risks) - 1, min(columns), max(columns))
