"""What an import found: field changes to apply, and problems reported instead of guessed."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from riskmap.edits import EntityType
from riskmap.errors import fill
from riskmap.model import Project


def show(value: object) -> str:
    """A value as the report prints it."""
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).replace("\n", " ")
    return repr(text if len(text) <= 60 else text[:59] + "…") if isinstance(value, str) else text


@dataclass(frozen=True)
class FieldChange:
    """One value a manager changed in the workbook: entity code, field, old and new value."""

    entity: EntityType
    id: uuid.UUID
    code: str
    field: str  # "status", "progress", "owner", "deadline", "notes", "residual.likelihood"
    old: object
    new: object

    def __str__(self) -> str:
        name = self.field.replace(".", " ")
        return f"{self.code} {name}: {show(self.old)} -> {show(self.new)}"


@dataclass(frozen=True)
class ImportProblem:
    """A row or cell that was not taken: an unknown code or an invalid value.

    `message` is `template` with its {placeholders} filled from `values` (as
    riskmap.checks.Problem); a value may itself be a message (an InvalidValue)."""

    where: str  # "Action plan!N5"
    message: str
    template: str = ""
    values: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def of(cls, where: str, template: str, /, **values: object) -> ImportProblem:
        """A problem whose message is `template` filled from `values`."""
        return cls(where, fill(template, values), template, values)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class ImportReport:
    """The outcome of reading a workbook: changes to our project, or a new project."""

    source: Path
    kind: str  # "riskmap" (our own workbook) or "foreign" (someone else's register)
    changes: list[FieldChange] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    # A foreign register becomes a new project.
    project: Project | None = None
    risks_read: int = 0
    measures_read: int = 0

    def problem(self, where: str, template: str, /, **values: object) -> None:
        self.problems.append(ImportProblem.of(where, template, **values))

    def lines(self) -> list[str]:
        """The report as people read it, one line each."""
        if self.kind == "foreign":
            head = [f"{self.source}: read {self.risks_read} risk(s) and "
                    f"{self.measures_read} measure(s) into a new project"]
        elif self.changes:
            head = [f"{self.source}: {len(self.changes)} change(s)"]
        else:
            head = [f"{self.source}: no changes"]
        body = [f"  {change}" for change in self.changes]
        if self.problems:
            body.append(f"{len(self.problems)} problem(s), not imported:")
            body += [f"  {problem}" for problem in self.problems]
        return head + body
