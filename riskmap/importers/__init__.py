"""Excel registers in: our own workbook back (round trip) and foreign registers (en/fr/es)."""

from __future__ import annotations

from pathlib import Path

from riskmap.importers.foreign import import_foreign_register, read_foreign_register
from riskmap.importers.own import (
    apply_import,
    import_edit,
    is_riskmap_workbook,
    read_workbook_changes,
)
from riskmap.importers.report import FieldChange, ImportProblem, ImportReport
from riskmap.model import Project

__all__ = [
    "FieldChange",
    "ImportProblem",
    "ImportReport",
    "apply_import",
    "import_edit",
    "import_foreign_register",
    "import_register",
    "is_riskmap_workbook",
    "read_foreign_register",
    "read_workbook_changes",
]


def import_register(path: Path | str, project: Project | None = None) -> ImportReport:
    """Read a workbook: with `project` and our own workbook, the changes to it; otherwise
    (a foreign register, or no project) a new project in report.project."""
    if project is not None and is_riskmap_workbook(path):
        return read_workbook_changes(path, project)
    return read_foreign_register(path)
