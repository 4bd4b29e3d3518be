"""Redaction for exports shared beyond the team: people's names out, evidence removed."""

from __future__ import annotations

from riskmap.model import Project

REDACTED = "[redacted]"
# The visible marking of a redacted export (translated through the export's translator).
REDACTED_MARKING = "REDACTED"


def _name(value: str) -> str:
    return REDACTED if value.strip() else value


def _names(values: list[str]) -> list[str]:
    return [REDACTED] if any(v.strip() for v in values) else []


def redact_project(project: Project) -> Project:
    """A deep copy with the names of people (owners, actors, participants, audit authors)
    replaced by "[redacted]" and the sources of evidence removed; `project` is unchanged."""
    copy = project.model_copy(deep=True)
    meta = copy.metadata
    meta.sources = ""
    for participant in meta.participants:
        participant.name = _name(participant.name)
    for stage in copy.all_stages():
        stage.actors = _names(stage.actors)
    for risk in copy.risks:
        risk.owner = _name(risk.owner)
        risk.actors = _names(risk.actors)
        risk.evidence = ""
    for measure in copy.measures:
        measure.owner = _name(measure.owner)
    for entry in copy.audit_log:
        entry.who = _name(entry.who)
    copy.touch()
    return copy
