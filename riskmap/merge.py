"""Three-way merge of two copies of one project edited apart: entities matched by id."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import ValidationError

from riskmap.audit import dump, id_codes, readable, short_text
from riskmap.checks import check_project
from riskmap.edits import apply_all, change_profile
from riskmap.errors import RiskmapError
from riskmap.merge_tidy import Tidy
from riskmap.model import Project
from riskmap.scales import ScaleProfile

MISSING: Any = object()
LAYOUT_FIELDS = frozenset({"position", "pinned"})  # both moved a stage: keep mine, quietly
DELETED = "(deleted)"
KINDS = ("participant", "process", "stage", "flow", "risk", "measure", "round")

Dump = dict[str, Any]
Key = tuple[str, str, str]


@dataclass(frozen=True)
class Conflict:
    """A field both sides changed differently (or an entity one side deleted and the other
    edited); `chosen` says which value the merged project holds."""

    kind: str
    entity_id: str
    entity_code: str
    field: str
    mine_value: str
    theirs_value: str
    chosen: str = "mine"

    @property
    def key(self) -> Key:
        return (self.kind, self.entity_id, self.field)

    def __str__(self) -> str:
        return (f"{self.entity_code}: {self.field}: mine {self.mine_value!r}, theirs "
                f"{self.theirs_value!r} (kept {self.chosen})")


@dataclass
class MergeResult:
    project: Project
    conflicts: list[Conflict]
    notes: list[str]
    summary: str
    inputs: tuple[Project, Project, Project] = field(repr=False)


def merge(base: Project, mine: Project, theirs: Project,
          theirs_wins: bool | Iterable[Key] = False) -> MergeResult:
    """Combine the changes of `mine` and `theirs` since `base`; on a conflict keep mine,
    unless theirs_wins is True or holds the conflict's key."""
    return _Merger(base, mine, theirs, theirs_wins).run()


def resolve(result: MergeResult, choices: Iterable[Conflict]) -> MergeResult:
    """The same merge, keeping theirs for the conflicts given (and mine for the others)."""
    return merge(*result.inputs, theirs_wins={c.key for c in choices})


def _flatten(project: Project) -> dict[str, dict[str, Dump]]:
    """Every entity of a project as a plain dict, by kind and id, in project order."""
    body = project.model_dump(mode="json", exclude={"audit_log", "profile"})
    meta = body["metadata"]
    kinds: dict[str, dict[str, Dump]] = {kind: {} for kind in KINDS}
    kinds["project"] = {"": {k: v for k, v in meta.items() if k != "participants"}}
    kinds["participant"] = {p["id"]: p for p in meta["participants"]}
    for process in body["processes"]:
        for kind in ("stage", "flow"):
            for item in process[f"{kind}s"]:
                kinds[kind][item["id"]] = {**item, "process": process["id"]}
        kinds["process"][process["id"]] = {k: v for k, v in process.items()
                                           if k not in ("stages", "flows")}
    for kind in ("risk", "measure", "round"):
        kinds[kind] = {item["id"]: item for item in body[f"{kind}s"]}
    return kinds


def _scalar_list(value: Any) -> bool:
    return isinstance(value, list) and all(not isinstance(v, dict | list) for v in value)


class _Merger:
    def __init__(self, base: Project, mine: Project, theirs: Project,
                 theirs_wins: bool | Iterable[Key]) -> None:
        self.inputs = (base, mine, theirs)
        self.all_theirs = theirs_wins is True
        self.prefer = set() if isinstance(theirs_wins, bool) else set(theirs_wins)
        self.conflicts: list[Conflict] = []
        self.notes: list[str] = []
        self.counts = {"mine": 0, "theirs": 0, "both": 0}
        self.codes: dict[str, str] = {}

    def _theirs(self, key: Key) -> bool:
        return self.all_theirs or key in self.prefer

    def _conflict(self, kind: str, eid: str, code: str, path: str, mine: Any,
                  theirs: Any) -> bool:
        """Record a conflict; True when theirs is kept."""
        if not self.codes:  # ids in values read as codes, as in the audit log
            for project in self.inputs:
                self.codes.update(id_codes(dump(project)))
        conflict = Conflict(kind, eid, code, path, short_text(readable(mine, self.codes)),
                            short_text(readable(theirs, self.codes)))
        chosen = self._theirs(conflict.key)
        self.conflicts.append(replace(conflict, chosen="theirs" if chosen else "mine"))
        return chosen

    def run(self) -> MergeResult:
        base, mine, theirs = self.inputs
        profile = self._profile()
        sides = [_flatten(self._on_profile(p, profile)) for p in (base, mine, theirs)]
        merged: dict[str, dict[str, Dump]] = {}
        for kind in ("project", *KINDS):
            b, m, t = (side[kind] for side in sides)
            merged[kind] = {}
            for eid in dict.fromkeys([*m, *t, *b]):
                value = self._entity(kind, eid, b.get(eid), m.get(eid), t.get(eid))
                if value is not None:
                    merged[kind][eid] = value
        tidy = Tidy(merged, sides[1], sides[2], sides[0])
        self.notes += tidy.run()
        body = tidy.body(profile.model_dump(mode="json"), self._audit_log())
        try:
            project = Project.model_validate({"id": str(mine.id), **body})
        except ValidationError as exc:  # only when the inputs were already inconsistent
            raise RiskmapError("the merged project is not valid: {msg}",
                               msg=exc.errors()[0]["msg"]) from None
        self.notes += [f"check: {problem}" for problem in check_project(project)]
        return MergeResult(project, self.conflicts, self.notes, self._summary(),
                           self.inputs)

    def _profile(self) -> ScaleProfile:
        b, m, t = (p.profile for p in self.inputs)
        if m == t or t == b:
            return m
        if m == b:
            return t
        names = [f"{p.name} ({p.key})" for p in (m, t)]
        return t if self._conflict("project", "", "project", "profile", *names) else m

    @staticmethod
    def _on_profile(project: Project, profile: ScaleProfile) -> Project:
        """The project with its scores carried to `profile`, as the other side did."""
        if project.profile == profile:
            return project
        copy = project.model_copy(deep=True)
        apply_all(copy, [change_profile(copy, profile)])
        return copy

    def _entity(self, kind: str, eid: str, b: Dump | None, m: Dump | None,
                t: Dump | None) -> Dump | None:
        if m == t:  # untouched, or changed alike on both sides (None: deleted)
            return m
        if m == b or t == b:  # changed on one side only
            self.counts["theirs" if m == b else "mine"] += 1
            return t if m == b else m
        self.counts["both"] += 1
        some = m or t or b or {}
        code = str(some.get("code") or some.get("name") or kind)
        if m is not None and t is not None:
            return self._fields(kind, eid, code, b or {}, m, t)
        kept = m if m is not None else t
        assert kept is not None and b is not None
        edited = ", ".join(sorted(k for k in kept if kept[k] != b.get(k)))
        mine_text, theirs_text = (("deleted", f"edited ({edited})") if m is None
                                  else (f"edited ({edited})", "deleted"))
        return t if self._conflict(kind, eid, code, DELETED, mine_text, theirs_text) else m

    def _fields(self, kind: str, eid: str, code: str, b: Dump, m: Dump, t: Dump,
                prefix: str = "") -> Dump:
        out: Dump = {}
        for name in [*m, *(k for k in t if k not in m)]:
            value = self._value(kind, eid, code, prefix + name, b.get(name, MISSING),
                                m.get(name, MISSING), t.get(name, MISSING))
            if value is not MISSING:
                out[name] = value
        return out

    def _value(self, kind: str, eid: str, code: str, path: str, b: Any, m: Any,
               t: Any) -> Any:
        if m == t:
            return m
        if m == b or t == b:
            return t if m == b else m
        if LAYOUT_FIELDS.intersection(path.split(".")):
            return m
        if isinstance(m, dict) and isinstance(t, dict):
            return self._fields(kind, eid, code, b if isinstance(b, dict) else {}, m, t,
                                path + ".")
        if _scalar_list(m) and _scalar_list(t) and _scalar_list(b):
            # Lists of codes or ids: additions of both kept, removals of either applied.
            kept = [v for v in m if v in t or v not in b]
            return kept + [v for v in t if v not in b and v not in kept]
        return t if self._conflict(kind, eid, code, path, m, t) else m

    def _audit_log(self) -> list[Dump]:
        """Every entry of both logs, once, oldest first."""
        entries: dict[str, Dump] = {}
        for project in self.inputs[1:]:
            for entry in project.audit_log:
                entries.setdefault(entry.model_dump_json(), entry.model_dump(mode="json"))

        def when(entry: Dump) -> dt.datetime:
            moment = dt.datetime.fromisoformat(entry["when"])
            return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)

        return sorted(entries.values(), key=when)

    def _summary(self) -> str:
        count = len(self.conflicts)
        theirs = sum(c.chosen == "theirs" for c in self.conflicts)
        mine, their, both = (self.counts[k] for k in ("mine", "theirs", "both"))
        entities = "entity" if mine == 1 else "entities"
        text = f"merged: {mine} {entities} changed in mine, {their} in theirs, {both} in both"
        if count:
            text += (f"; {count} conflict{'s' if count > 1 else ''} "
                     f"({count - theirs} kept mine, {theirs} kept theirs)")
        return text
