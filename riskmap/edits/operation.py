"""What an edit is and reports (Edit, Applied, Change); SetFields and Batch."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from pydantic import BaseModel, ValidationError

from riskmap.errors import RiskmapError
from riskmap.model import Project, Risk


class EditError(RiskmapError):
    """An edit that cannot be applied: an unknown entity or an invalid value."""


class EntityType(StrEnum):
    METADATA = "metadata"
    PROJECT = "project"
    PROCESS = "process"
    STAGE = "stage"
    FLOW = "flow"
    RISK = "risk"
    MEASURE = "measure"
    ROUND = "round"


# An edit naming an entity the project does not have (one sentence a kind of entity).
NOT_IN_PROJECT = {
    kind: f"no {kind.value} with id {{id}} in the project" for kind in EntityType
}


class Action(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    UPDATED = "updated"


@dataclass(frozen=True)
class Change:
    """One entity an edit touched; views refresh only what the changes name."""

    entity: EntityType
    id: uuid.UUID | None
    action: Action
    fields: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Applied:
    """The result of applying an edit: what changed, how to undo it, and its undo text."""

    changes: tuple[Change, ...]
    inverse: Edit
    text: str


class Edit(Protocol):
    def apply(self, project: Project) -> Applied: ...


# Fields that hold references: changing them invalidates the project's lookup index.
_REFERENCE_FIELDS = frozenset({"stage_id", "flow_id", "risk_ids", "source", "target"})


def _lookup(project: Project, entity: EntityType, entity_id: uuid.UUID | None) -> BaseModel:
    if entity is EntityType.METADATA:
        return project.metadata
    if entity is EntityType.PROJECT:
        return project
    table: dict[EntityType, dict[uuid.UUID, Any]] = {
        EntityType.PROCESS: project.index.processes,
        EntityType.STAGE: project.index.stages,
        EntityType.FLOW: project.index.flows,
        EntityType.RISK: project.index.risks,
        EntityType.MEASURE: project.index.measures,
        EntityType.ROUND: {r.id: r for r in project.rounds},
    }
    try:
        found: BaseModel = table[entity][entity_id]  # type: ignore[index]
    except KeyError:
        raise EditError(NOT_IN_PROJECT[entity], id=entity_id) from None
    return found


def _copy(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_copy(deep=True)
    if isinstance(value, list):
        return [_copy(v) for v in value]
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    return value


def label(entity: BaseModel) -> str:
    """How an entity is named in undo texts and messages: its code and its name."""
    code = getattr(entity, "code", "")
    name = getattr(entity, "name", "") or getattr(entity, "title", "")
    if isinstance(entity, Risk):
        name = entity.statement
    if len(name) > 40:
        name = name[:39] + "…"
    return f"{code} {name}".strip()


@dataclass(frozen=True)
class SetFields:
    """Set fields of one entity; every value is validated by the model."""

    entity: EntityType
    id: uuid.UUID | None
    values: dict[str, Any]
    text: str = ""

    def apply(self, project: Project) -> Applied:
        target = _lookup(project, self.entity, self.id)
        old = {name: _copy(getattr(target, name)) for name in self.values}
        done: list[str] = []
        try:
            for name, value in self.values.items():
                setattr(target, name, _copy(value))
                done.append(name)
        except (ValidationError, AttributeError, ValueError) as exc:
            for name in done:
                setattr(target, name, old[name])
            raise EditError("{entity}: invalid {field}: {reason}",
                            entity=label(target) or self.entity, field=name,
                            reason=exc) from None
        if _REFERENCE_FIELDS & self.values.keys() or self.entity is EntityType.PROJECT:
            project.touch()
        text = self.text or f"Change {', '.join(self.values)} of {label(target)}".strip()
        change = Change(self.entity, self.id, Action.UPDATED, frozenset(self.values))
        return Applied((change,), SetFields(self.entity, self.id, old, text), text)


@dataclass(frozen=True)
class Batch:
    """Several edits as one step (one undo): applied in order, undone in reverse."""

    edits: Sequence[Edit]
    text: str = ""

    def apply(self, project: Project) -> Applied:
        results: list[Applied] = []
        try:
            for edit in self.edits:
                results.append(edit.apply(project))
        except Exception:
            for result in reversed(results):
                result.inverse.apply(project)
            raise
        text = self.text or (results[0].text if len(results) == 1 else "Edit")
        changes = tuple(c for r in results for c in r.changes)
        inverse = Batch([r.inverse for r in reversed(results)], text)
        return Applied(changes, inverse, text)


def apply_all(project: Project, edits: Iterable[Edit]) -> list[Applied]:
    """Apply edits in order (scripts and tests); returns each result for undoing."""
    return [edit.apply(project) for edit in edits]
