"""Copy stages with their flows and risks as JSON; paste them as fresh, renumbered copies."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QMimeData

from riskmap import graph
from riskmap.base import new_id
from riskmap.codes import FLOW_CODE, RISK_CODE, STAGE_CODE, next_code
from riskmap.edits import Bundle, Insert, label
from riskmap.model import Flow, Position, Process, Project, Risk, Stage
from ui.language import translate
from ui.map import mime, operations

PASTE_OFFSET = 40.0


def copy_stages(project: Project, stage_ids: Iterable[uuid.UUID]) -> QMimeData | None:
    """Mime data of stages, the flows between them, and the risks on both."""
    ids = [sid for sid in stage_ids if sid in project.index.stages]
    if not ids:
        return None
    chosen = set(ids)
    stages = [_placed(project, project.stage(sid)) for sid in ids]
    flows = [
        f for p in project.processes for f in p.flows
        if f.source in chosen and f.target in chosen
    ]
    holders = chosen | {f.id for f in flows}
    risks = [r for r in project.risks if (r.stage_id or r.flow_id) in holders]
    payload = {
        "stages": [s.model_dump(mode="json") for s in stages],
        "flows": [f.model_dump(mode="json") for f in flows],
        "risks": [r.model_dump(mode="json") for r in risks],
    }
    data = mime.encode(mime.STAGES_MIME, payload)
    data.setText("\n".join(label(s) for s in stages))
    return data


def _placed(project: Project, stage: Stage) -> Stage:
    """The stage with the position it is drawn at, stored or automatic."""
    if stage.position is not None:
        return stage
    process = project.index.process_of[stage.id]
    return stage.model_copy(update={"position": graph.positions(process)[stage.id]})


def _parse(payload: dict[str, Any]) -> tuple[list[Stage], list[Flow], list[Risk]] | None:
    try:
        stages = [Stage.model_validate(s) for s in payload.get("stages", [])]
        flows = [Flow.model_validate(f) for f in payload.get("flows", [])]
        risks = [Risk.model_validate(r) for r in payload.get("risks", [])]
    except (ValidationError, TypeError, AttributeError):
        return None
    return (stages, flows, risks) if stages else None


def paste_edit(project: Project, process: Process,
               data: QMimeData) -> tuple[Insert, list[uuid.UUID]] | None:
    """An Insert of renumbered copies (new ids and codes, shifted down-right) into a
    process, and the new stage ids; None when the clipboard holds no stages."""
    payload = mime.decode(data, mime.STAGES_MIME)
    parsed = _parse(payload) if payload is not None else None
    if parsed is None:
        return None
    stages, flows, risks = parsed
    ids: dict[uuid.UUID, uuid.UUID] = {}
    stage_codes = operations.stage_codes(project)
    flow_codes = operations.flow_codes(project)
    risk_codes = [r.code for r in project.risks]
    bundle = Bundle()
    for stage in stages:
        ids[stage.id] = new_id()
        code = next_code(stage_codes, *STAGE_CODE)
        stage_codes.append(code)
        position = None
        if stage.position is not None:
            position = Position(x=stage.position.x + PASTE_OFFSET,
                                y=stage.position.y + PASTE_OFFSET)
        stage_copy = stage.model_copy(update={
            "id": ids[stage.id], "code": code, "position": position,
            "pinned": position is not None})
        bundle.stages.append((process.id, None, stage_copy))
    for flow in flows:
        if flow.source not in ids or flow.target not in ids:
            continue
        ids[flow.id] = new_id()
        code = next_code(flow_codes, *FLOW_CODE)
        flow_codes.append(code)
        bundle.flows.append((process.id, None, flow.model_copy(update={
            "id": ids[flow.id], "code": code,
            "source": ids[flow.source], "target": ids[flow.target]})))
    participants = {p.id for p in project.metadata.participants}
    for risk in risks:
        holder = risk.stage_id or risk.flow_id
        if holder not in ids:
            continue
        code = next_code(risk_codes, *RISK_CODE)
        risk_codes.append(code)
        risk_copy = risk.model_copy(deep=True, update={
            "id": new_id(), "code": code,
            "stage_id": ids.get(risk.stage_id) if risk.stage_id else None,
            "flow_id": ids.get(risk.flow_id) if risk.flow_id else None,
            "votes": [v for v in risk.votes if v.participant_id in participants],
        })
        for control in risk_copy.controls:
            control.id = new_id()
        bundle.risks.append((None, risk_copy))
    new_stages = [s for _, _, s in bundle.stages]
    text = (translate("MapClipboard", "Paste stage {name}").format(name=label(new_stages[0]))
            if len(new_stages) == 1
            else translate("MapClipboard", "Paste {n} stages").format(n=len(new_stages)))
    return Insert(bundle, text), [s.id for s in new_stages]
