"""Tidying a merged project: references that resolve, unique codes, the order of each copy."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

Dump = dict[str, Any]
Entities = dict[str, dict[str, Dump]]

# What each kind of entity points at: a stage needs its process, a risk its stage or flow.
REFERENCES = {
    "stage": (("process", "process"),),
    "flow": (("process", "process"), ("source", "stage"), ("target", "stage")),
    "risk": (("stage_id", "stage"), ("flow_id", "flow")),
}
CODED = ("participant", "process", "stage", "flow", "risk", "measure")
_NUMBERED = re.compile(r"(.*?)(\d+)")


def next_code(code: str, used: set[str]) -> str:
    """A code like `code` that is not used yet: R-045 -> R-151 when R-150 is the highest."""
    match = _NUMBERED.fullmatch(code)
    if match is None:
        n = 2
        while f"{code}-{n}" in used:
            n += 1
        return f"{code}-{n}"
    prefix, digits = match.groups()
    numbers = (_NUMBERED.fullmatch(c) for c in used)
    top = max((int(m.group(2)) for m in numbers if m and m.group(1) == prefix), default=0)
    return f"{prefix}{top + 1:0{len(digits)}d}"


def order(sequences: Iterable[Iterable[str]], keep: Iterable[str]) -> list[str]:
    """The ids to keep, in the first sequence's order; an id only a later sequence has goes
    after the id it follows there, and after what only the first sequence added there
    (both appended risks: mine's come first, then theirs)."""
    wanted = set(keep)
    runs = iter(sequences)
    first = [i for i in next(runs) if i in wanted]
    position = {i: n for n, i in enumerate(first)}
    placed = set(first)
    after: dict[str | None, list[str]] = {}
    for run in runs:
        sequence = list(run)
        present = set(sequence)
        anchor: str | None = None
        for i in sequence:
            if i in wanted and i not in placed:
                if anchor in position:
                    n = position[anchor]
                    while n + 1 < len(first) and first[n + 1] not in present:
                        n += 1
                    anchor = first[n]
                after.setdefault(anchor, []).append(i)
                placed.add(i)
            if i in placed:
                anchor = i
    out: list[str] = []
    stack = list(reversed([*after.get(None, []), *first]))
    while stack:
        i = stack.pop()
        out.append(i)
        stack.extend(reversed(after.get(i, [])))
    return out


class Tidy:
    """Makes the merged entities a valid project; every fix is explained in a note."""

    def __init__(self, merged: Entities, mine: Entities, theirs: Entities,
                 base: Entities) -> None:
        self.merged = merged
        self.sides = (mine, theirs, base)
        self.notes: list[str] = []

    def run(self) -> list[str]:
        self._restore_references()
        self._drop_dangling_links()
        self._renumber()
        return self.notes

    def _restore(self, kind: str, eid: str, needed_by: str) -> bool:
        for side in self.sides:
            if eid in side[kind]:
                item = side[kind][eid]
                self.merged[kind][eid] = item
                self.notes.append(f"{item.get('code', kind)}: kept although one copy deleted "
                                  f"it, because {needed_by} needs it")
                return True
        return False

    def _restore_references(self) -> None:
        changed = True
        while changed:
            changed = False
            for kind, references in REFERENCES.items():
                for item in list(self.merged[kind].values()):
                    for name, target in references:
                        ref = item.get(name)
                        if ref is not None and ref not in self.merged[target]:
                            changed |= self._restore(target, ref, f"{kind} {item['code']}")
            for risk in list(self.merged["risk"].values()):
                for vote in risk.get("votes", []):
                    ref = vote["participant_id"]
                    if ref not in self.merged["participant"]:
                        changed |= self._restore("participant", ref,
                                                 f"a vote on risk {risk['code']}")

    def _drop_dangling_links(self) -> None:
        risks = self.merged["risk"]
        for measure in self.merged["measure"].values():
            linked = [rid for rid in measure["risk_ids"] if rid in risks]
            if len(linked) < len(measure["risk_ids"]):
                gone = len(measure["risk_ids"]) - len(linked)
                measure["risk_ids"] = linked
                self.notes.append(f"{measure['code']}: link to {gone} deleted risk(s) removed")

    def _renumber(self) -> None:
        mine = self.sides[0]
        for kind in CODED:
            items = self.merged[kind]
            holders: dict[str, list[str]] = {}
            for eid, item in items.items():
                holders.setdefault(item["code"], []).append(eid)
            used = set(holders)
            for code, ids in holders.items():
                if len(ids) < 2:
                    continue
                # The entity that has this code in mine keeps it; the others move.
                keeper = next((i for i in ids if mine[kind].get(i, {}).get("code") == code),
                              ids[0])
                for eid in ids:
                    if eid == keeper:
                        continue
                    new = next_code(code, used)
                    used.add(new)
                    items[eid] = {**items[eid], "code": new}
                    side = "mine" if eid in mine[kind] else "theirs"
                    self.notes.append(f"{code}: the {kind} {code} from {side} is now {new}, "
                                      "as both copies used the code")

    def _ordered(self, kind: str) -> list[Dump]:
        ids = order((side[kind] for side in self.sides), self.merged[kind])
        return [self.merged[kind][i] for i in ids]

    def body(self, profile: Dump, audit_log: list[Dump]) -> Dump:
        """The merged project as a document Project.model_validate accepts."""
        processes = []
        stages, flows = self._ordered("stage"), self._ordered("flow")
        for process in self._ordered("process"):
            pid = process["id"]
            processes.append({
                **process,
                "stages": [_without_process(s) for s in stages if s["process"] == pid],
                "flows": [_without_process(f) for f in flows if f["process"] == pid],
            })
        metadata = {**self.merged["project"][""], "participants": self._ordered("participant")}
        return {"metadata": metadata, "profile": profile, "processes": processes,
                "risks": self._ordered("risk"), "measures": self._ordered("measure"),
                "rounds": self._ordered("round"), "audit_log": audit_log}


def _without_process(item: Dump) -> Dump:
    return {k: v for k, v in item.items() if k != "process"}
