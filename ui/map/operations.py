"""The edits the map editor makes (add, connect, rename, delete, layout), with their texts."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from riskmap import graph
from riskmap.codes import FLOW_CODE, STAGE_CODE, next_code
from riskmap.edits import Edit, EntityType, Remove, SetFields, add_flow, add_stage, move_stages
from riskmap.model import Flow, Position, Process, Project, Stage
from ui.language import translate


def new_stage_name() -> str:
    return translate("MapOperations", "New stage")


def stage_codes(project: Project) -> list[str]:
    return [stage.code for stage in project.all_stages()]


def flow_codes(project: Project) -> list[str]:
    return [flow.code for process in project.processes for flow in process.flows]


def new_stage(project: Project, position: Position, name: str | None = None) -> Stage:
    """A stage with the next free code, placed (and pinned) where the user asked."""
    return Stage(code=next_code(stage_codes(project), *STAGE_CODE), name=name or new_stage_name(),
                 position=position, pinned=True)


def free_position(process: Process, wanted: Position) -> Position:
    """`wanted`, or the first spot below it where a stage box does not overlap another."""
    taken = list(graph.positions(process).values())
    x, y = wanted.x, wanted.y
    while any(abs(p.x - x) < graph.STAGE_WIDTH + 20 and abs(p.y - y) < graph.STAGE_HEIGHT + 20
              for p in taken):
        y += graph.ROW_GAP
    return Position(x=x, y=y)


def position_after(process: Process, stage_id: uuid.UUID) -> Position:
    """A free spot one column to the right of a stage: where the next step usually goes."""
    placed = graph.positions(process)[stage_id]
    return free_position(process, Position(x=placed.x + graph.LAYER_GAP, y=placed.y))


def add_stage_edit(process: Process, stage: Stage) -> Edit:
    return add_stage(process.id, stage)


def connect_edit(project: Project, process: Process, source: uuid.UUID,
                 target: uuid.UUID) -> tuple[Edit, str] | None:
    """A flow from source to target, or None when it would repeat one or loop on itself."""
    if source == target:
        return None
    if any(f.source == source and f.target == target for f in process.flows):
        return None
    flow = new_flow(project, source, target)
    text = translate("MapOperations", "Connect {source} to {target}").format(
        source=project.stage(source).code, target=project.stage(target).code)
    return add_flow(process.id, flow), text


def new_flow(project: Project, source: uuid.UUID, target: uuid.UUID) -> Flow:
    """A flow with the next free code (its stages may still be on their way in)."""
    return Flow(code=next_code(flow_codes(project), *FLOW_CODE), source=source, target=target)


def rename_stage_edit(project: Project, stage_id: uuid.UUID, name: str) -> Edit | None:
    stage = project.stage(stage_id)
    name = name.strip()
    if not name or name == stage.name:
        return None
    return SetFields(EntityType.STAGE, stage_id, {"name": name},
                     translate("MapOperations", "Rename stage {code} to {name}").format(
                         code=stage.code, name=name))


def label_flow_edit(project: Project, flow_id: uuid.UUID, label: str) -> Edit | None:
    flow = project.flow(flow_id)
    label = label.strip()
    if label == flow.label:
        return None
    text = (translate("MapOperations", "Label flow {code} “{label}”") if label
            else translate("MapOperations", "Remove the label of {code}")).format(
                code=flow.code, label=label)
    return SetFields(EntityType.FLOW, flow_id, {"label": label}, text)


def rename_process_edit(project: Project, process_id: uuid.UUID, name: str) -> Edit | None:
    process = project.process(process_id)
    name = name.strip()
    if not name or name == process.name:
        return None
    return SetFields(EntityType.PROCESS, process_id, {"name": name},
                     translate("MapOperations", "Rename process {code} to {name}").format(
                         code=process.code, name=name))


def delete_edit(stage_ids: Iterable[uuid.UUID], flow_ids: Iterable[uuid.UUID]) -> Edit | None:
    """Delete stages (their flows and risks go along) and flows, as one undoable step."""
    stages, flows = list(stage_ids), list(flow_ids)
    if not stages and not flows:
        return None
    return Remove(stage_ids=stages, flow_ids=flows)


def move_edit(project: Project, moved: dict[uuid.UUID, Position]) -> Edit | None:
    """Pin stages where the user dropped them; None when nothing actually moved."""
    changed = {
        sid: (p.x, p.y) for sid, p in moved.items()
        if (old := project.stage(sid).position) is None or (old.x, old.y) != (p.x, p.y)
        or not project.stage(sid).pinned
    }
    return move_stages(project, changed, pinned=True) if changed else None


def layout_edit(project: Project, process: Process,
                respect_pinned: bool = True) -> tuple[Edit, str] | None:
    """Automatic layout of a process (None when no stage would move). Stages placed by
    hand stay where they are unless respect_pinned is False; laid-out stages are unpinned."""
    placed = graph.auto_layout(process, respect_pinned=respect_pinned)
    moves = {}
    for stage_id, position in placed.items():
        stage = project.stage(stage_id)
        if respect_pinned and stage.pinned:
            continue
        if stage.position != position or stage.pinned:
            moves[stage_id] = (position.x, position.y)
    if not moves:
        return None
    return move_stages(project, moves, pinned=False), translate(
        "MapOperations", "Automatic layout of {code}").format(code=process.code)
