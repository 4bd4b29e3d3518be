"""The audit trail: who changed which field of which entity, from what to what, and when."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import annotated_types

from riskmap.model import AuditEntry, Project
from riskmap.storage import atomic_write_bytes

SHORT = 200
ADDED, REMOVED = "(added)", "(removed)"
# Dragging stages around is not worth a line of the log.
IGNORED_FIELDS = frozenset({"position", "pinned"})
CSV_HEADER = ("When", "Who", "Entity", "Field", "Old value", "New value")
MAX_ENTRIES: int = next(m.max_length for m in Project.model_fields["audit_log"].metadata
                        if isinstance(m, annotated_types.MaxLen))

Dump = dict[str, Any]


def short_text(value: Any) -> str:
    """A value as a short line of text: lists joined by commas, long text cut at 200."""
    if value is None:
        text = ""
    elif isinstance(value, str):
        text = value
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        text = ", ".join(short_text(v) for v in value)
    elif isinstance(value, dict | list):
        text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


def _entities(doc: Dump) -> dict[str, tuple[str, Dump, tuple[str, ...]]]:
    """Every entity of a dumped project by kind and id: its code, its dump, and the fields
    that hold other entities (compared on their own)."""
    metadata = doc.get("metadata", {})
    found: dict[str, tuple[str, Dump, tuple[str, ...]]] = {
        "metadata": ("project", metadata, ("participants",)),
        "profile": ("profile", doc.get("profile", {}), ()),
    }
    for participant in metadata.get("participants", []):
        found[f"participant {participant['id']}"] = (participant["code"], participant, ())
    for process in doc.get("processes", []):
        found[f"process {process['id']}"] = (process["code"], process, ("stages", "flows"))
        for stage in process["stages"]:
            found[f"stage {stage['id']}"] = (stage["code"], stage, ())
        for flow in process["flows"]:
            found[f"flow {flow['id']}"] = (flow["code"], flow, ())
    for kind in ("risk", "measure"):
        for item in doc.get(f"{kind}s", []):
            found[f"{kind} {item['id']}"] = (item["code"], item, ())
    for item in doc.get("rounds", []):
        found[f"round {item['id']}"] = (item["name"], item, ())
    return found


def _label(item: Dump) -> str:
    for name in ("statement", "title", "name", "description"):
        text = item.get(name, "")
        if isinstance(text, str) and text:
            return text
    return ""


def _without(item: Dump, names: tuple[str, ...]) -> Dump:
    return {k: v for k, v in item.items() if k not in names} if names else item


def _field_changes(old: Dump, new: Dump, prefix: str = "") -> Iterator[tuple[str, Any, Any]]:
    for name in [*new, *(k for k in old if k not in new)]:
        if name in IGNORED_FIELDS or name == "id":
            continue
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        if isinstance(before, dict) and isinstance(after, dict):
            yield from _field_changes(before, after, f"{prefix}{name}.")
        else:
            yield f"{prefix}{name}", before, after


def dump(project: Project) -> Dump:
    """A project as the plain data its file holds (what the audit trail compares)."""
    return project.model_dump(mode="json")


def diff_projects(old: Project, new: Project, who: str, when: dt.datetime) -> list[AuditEntry]:
    """The changes from `old` to `new`, one entry a field (an entity added or removed is one
    entry); stage moves and the audit log itself are left out."""
    return diff_documents(dump(old), dump(new), who, when)


def diff_documents(old: Dump, new: Dump, who: str, when: dt.datetime) -> list[AuditEntry]:
    """diff_projects on dumped projects (e.g. two saved files' JSON): no model is built."""
    before = _entities(old)
    entries: list[AuditEntry] = []
    codes: dict[str, str] = {}

    def entry(code: str, field: str, old_value: Any, new_value: Any) -> None:
        if not codes:  # references read as codes (S-03), not ids; built only when needed
            codes.update(id_codes(old))
            codes.update(id_codes(new))
        entries.append(AuditEntry(
            when=when, who=who, entity=code[:100], field=field[:100],
            old=short_text(readable(old_value, codes)),
            new=short_text(readable(new_value, codes)),
        ))

    after = _entities(new)
    for key, (code, item, nested) in after.items():
        if key not in before:
            entry(code, ADDED, "", _label(item))
            continue
        old_code, old_item, _ = before[key]
        if old_item == item:  # plain data: compared in C, only changed entities go further
            continue
        changes = _field_changes(_without(old_item, nested), _without(item, nested))
        for field, old_value, new_value in changes:
            entry(old_code if field == "code" else code, field, old_value, new_value)
    for key, (code, item, _) in before.items():
        if key not in after:
            entry(code, REMOVED, _label(item), "")
    return entries


def id_codes(doc: Dump) -> dict[str, str]:
    """The code of every stage, flow, risk, measure and participant, by id (as text)."""
    codes: dict[str, str] = {}
    for participant in doc.get("metadata", {}).get("participants", []):
        codes[participant["id"]] = participant["code"]
    for process in doc.get("processes", []):
        for item in [*process["stages"], *process["flows"]]:
            codes[item["id"]] = item["code"]
    for item in [*doc.get("risks", []), *doc.get("measures", [])]:
        codes[item["id"]] = item["code"]
    return codes


def readable(value: Any, codes: dict[str, str]) -> Any:
    """A dumped value with the ids in it replaced by codes (S-03 rather than a UUID)."""
    if isinstance(value, str):
        return codes.get(value, value)
    if isinstance(value, list):
        return [readable(v, codes) for v in value]
    if isinstance(value, dict):
        return {k: readable(v, codes) for k, v in value.items()}
    return value


def record_changes(saved_before: Project | Dump | None, project: Project, who: str,
                   when: dt.datetime | None = None, now: Dump | None = None,
                   ) -> list[AuditEntry]:
    """Append to the project's audit log what changed since the last save (all of it, as
    "created", when there was none); returns the new entries. `saved_before` may be the
    saved file's parsed JSON, and `now` the project's dump when the caller has it."""
    when = when or dt.datetime.now().astimezone().replace(microsecond=0)
    if saved_before is None:
        entries = [AuditEntry(when=when, who=who, entity="project", field=ADDED,
                              new=short_text(project.metadata.title))]
    else:
        old = dump(saved_before) if isinstance(saved_before, Project) else saved_before
        entries = diff_documents(old, now if now is not None else dump(project), who, when)
    project.audit_log.extend(entries)
    overflow = len(project.audit_log) - MAX_ENTRIES
    if overflow > 0:
        # A file holds at most MAX_ENTRIES entries (or it would not open again): the
        # oldest go, and one entry says so.
        del project.audit_log[: overflow + 1]
        project.audit_log.insert(0, AuditEntry(
            when=when, who=who, entity="project", field="(audit log)",
            old=f"{overflow + 1:,} oldest entries removed to stay within {MAX_ENTRIES:,}"))
    return entries


def _cell(text: str) -> str:
    # A spreadsheet would run "=...", "+...", "-...", "@..." as a formula: quote it.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def audit_csv(project: Project) -> str:
    """The audit log as CSV text, one change a row, oldest first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for e in project.audit_log:
        writer.writerow([e.when.isoformat(), *(_cell(t) for t in
                                                (e.who, e.entity, e.field, e.old, e.new))])
    return out.getvalue()


def export_audit_csv(project: Project, path: Path | str) -> None:
    """Write the audit log to a CSV file (UTF-8 with a BOM, so spreadsheets read accents)."""
    atomic_write_bytes(Path(path), audit_csv(project).encode("utf-8-sig"))
