"""The process map editor: build a process by mouse and keyboard, and undo it all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from riskmap.edits import EntityType, SetFields
from riskmap.model import Assessment, Position
from riskmap.vocabulary import ScoreKind
from tests.core.conftest import small_project
from tests.ui.window_helpers import (
    current_view,
    double_click,
    drag,
    make_window,
    no_dialogs,  # noqa: F401 - a fixture, used below
    stage_centre,
    type_and_enter,
)
from ui.actions import ActionId
from ui.files import default_project
from ui.map.stage_item import StageItem

# Any dialog a test does not expect fails it.
pytestmark = pytest.mark.usefixtures("no_dialogs")


def _names(window) -> list[str]:
    return [s.name for s in window.document.project.processes[0].stages]


def test_build_a_process_by_mouse_and_keyboard_then_undo_and_redo_all(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, default_project())
    view = current_view(window)
    scene = view.map_scene
    stack = window.document.undo_stack

    # Double-click on empty canvas: a stage appears there, its name ready to type.
    double_click(view, QPoint(200, 200))
    assert view.editor is not None
    type_and_enter(qtbot, view.editor, "Arrival")
    # The toolbar's Add Stage puts the next stage right of the selected one.
    window.actions[ActionId.ADD_STAGE].trigger()
    assert view.editor is not None
    type_and_enter(qtbot, view.editor, "Declaration")
    assert _names(window) == ["Arrival", "Declaration"]
    first, second = (scene.stage_items[s.id] for s in window.document.project.all_stages())
    assert second.pos().x() > first.pos().x()

    # Drag from the first stage's handle to the second: a flow connects them.
    start = view.mapFromScene(first.mapToScene(first.handle_centre()))
    drag(view, start, stage_centre(view, second))
    flows = window.document.project.processes[0].flows
    assert [(f.source, f.target) for f in flows] == [(first.stage_id, second.stage_id)]
    assert stack.undoText() == "Connect S-01 to S-02"

    # F2 renames the selected stage in place.
    scene.clearSelection()
    first.setSelected(True)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.editor is not None
    type_and_enter(qtbot, view.editor, "Arrival and manifest")
    assert _names(window) == ["Arrival and manifest", "Declaration"]

    # Delete removes the selected stage and its flow, as one undoable step.
    scene.clearSelection()
    second.setSelected(True)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _names(window) == ["Arrival and manifest"]
    assert window.document.project.processes[0].flows == []
    assert stack.undoText() == "Delete stage S-02 Declaration"
    assert window.actions[ActionId.UNDO].text() == "&Undo Delete stage S-02 Declaration"
    done = window.document.project.model_dump()

    while stack.canUndo():
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.project.processes[0].stages == []
    assert scene.stage_items == {} and scene.flow_items == {}
    assert not window.isWindowModified()

    while stack.canRedo():
        qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.document.project.model_dump() == done
    assert [i.name for i in scene.stage_items.values()] == ["Arrival and manifest"]
    assert window.isWindowModified()


def test_move_by_mouse_pins_the_stage_and_undo_puts_it_back(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    stage = window.document.project.all_stages()[0]
    item = view.map_scene.stage_items[stage.id]
    before = item.pos()
    start = stage_centre(view, item)
    drag(view, start, start + QPoint(0, 120))
    assert stage.pinned and stage.position is not None
    assert stage.position.y > before.y() + 50
    assert window.document.undo_stack.undoText() == "Move stage S-01 Arrival"
    window.actions[ActionId.UNDO].trigger()
    assert item.pos() == before


def test_rubber_band_selects_several_stages_and_delete_removes_them_at_once(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    scene = view.map_scene
    first, second = (scene.stage_items[s.id] for s in window.document.project.all_stages()[:2])
    corner = view.mapFromScene(first.scene_box().topLeft() - QPointF(20, 20))
    end = view.mapFromScene(second.scene_box().bottomRight() + QPointF(10, 10))
    drag(view, corner, end)
    assert set(scene.selected_stage_ids()) == {first.stage_id, second.stage_id}
    assert set(window.document.selection) >= {first.stage_id, second.stage_id}
    window.actions[ActionId.DELETE].trigger()
    assert window.document.undo_stack.undoText() == "Delete 2 stages"
    # Their flows and the risk on S-02 went with them.
    assert [s.code for s in window.document.project.all_stages()] == ["S-03", "S-04", "S-05"]
    assert "R-001" not in {r.code for r in window.document.project.risks}


def test_copy_and_paste_a_stage_with_its_risks(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    project = window.document.project
    stage = project.all_stages()[2]  # S-03 Channel allocation, with risk R-002
    view.map_scene.stage_items[stage.id].setSelected(True)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    copy = project.all_stages()[-1]
    assert (copy.code, copy.name) == ("S-06", "Channel allocation")
    assert window.document.undo_stack.undoText() == "Paste stage S-06 Channel allocation"
    copied = project.index.risks_on(copy.id)
    assert [(r.code, r.statement) for r in copied] == [("R-005", project.risk(
        project.index.risks_on(stage.id)[0].id).statement)]
    assert copy.id in view.map_scene.stage_items
    assert view.map_scene.selected_stage_ids() == [copy.id]
    window.actions[ActionId.UNDO].trigger()
    assert len(project.all_stages()) == 5 and len(project.risks) == 4


def test_stage_colour_and_badge_follow_the_score_kind_and_risk_edits(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    scene = current_view(window).map_scene
    project = window.document.project
    stage = project.all_stages()[2]  # inherent 5x5 critical, residual 4x5
    item = scene.stage_items[stage.id]
    profile = project.profile
    assert item.badge == f"1 ▲ {profile.band_of(4, 5).name}"
    window.actions[ActionId.SCORE_INHERENT].trigger()
    assert window.document.score_kind is ScoreKind.INHERENT
    assert item.fill.name().upper() == profile.band_of(5, 5).colour.upper()
    window.actions[ActionId.SCORE_TARGET].trigger()
    assert item.badge == "1 unscored" and item.fill.name() == "#e3e7ed"

    # A risk scored in another view recolours the same item, not a new one.
    risk = project.index.risks_on(stage.id)[0]
    window.document.apply(SetFields(EntityType.RISK, risk.id,
                                    {"target": Assessment(likelihood=1, impact=1)}))
    assert scene.stage_items[stage.id] is item
    assert item.badge == f"1 ▲ {profile.band_of(1, 1).name}"
    empty = scene.stage_items[project.all_stages()[0].id]
    assert empty.badge == "No risks"


def test_problems_are_listed_and_marked_on_the_map(qtbot, tmp_path, qtmodeltester):
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    problems_view = window.docks["problems"].widget()
    model = problems_view.problems_model
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.problems_changed, timeout=2000):
        window.actions[ActionId.ADD_STAGE].trigger()
        view.editor.cancel()
    lonely = window.document.project.all_stages()[-1]
    messages = [p.message for p in model.problems if p.entity_id == lonely.id]
    assert "stage has no flows to or from other stages" in messages
    assert view.map_scene.stage_items[lonely.id].problems
    assert window.docks["problems"].windowTitle().startswith("Problems (")
    qtmodeltester.check(model)
    view.map_scene.clearSelection()
    row = next(i for i, p in enumerate(model.problems) if p.entity_id == lonely.id)
    problems_view.activated.emit(model.index(row, 2))
    assert window.document.selection == (lonely.id,)


def test_zoom_with_wheel_keys_and_fit(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    view.zoom_actual()
    qtbot.wait_until(lambda: abs(view.zoom - 1.0) < 1e-6)
    window.actions[ActionId.ZOOM_IN].trigger()
    assert view.zoom > 1.0
    window.actions[ActionId.ZOOM_OUT].trigger()
    window.actions[ActionId.ZOOM_OUT].trigger()
    assert view.zoom < 1.0
    window.actions[ActionId.ZOOM_FIT].trigger()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.map_scene.itemsBoundingRect())
    assert window.status.zoom.text() == f"Zoom {view.zoom:.0%}"


def test_connect_mode_drags_from_anywhere_on_a_stage(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    project = window.document.project
    s1, s5 = project.all_stages()[0], project.all_stages()[4]
    window.actions[ActionId.CONNECT].setChecked(True)
    items = view.map_scene.stage_items
    drag(view, stage_centre(view, items[s1.id]), stage_centre(view, items[s5.id]))
    assert any(f.source == s1.id and f.target == s5.id for f in project.processes[0].flows)
    # A flow that exists already is not added twice.
    count = len(project.processes[0].flows)
    drag(view, stage_centre(view, items[s1.id]), stage_centre(view, items[s5.id]))
    assert len(project.processes[0].flows) == count


def test_drag_from_a_stage_to_empty_canvas_adds_a_connected_stage(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    project = window.document.project
    last = view.map_scene.stage_items[project.all_stages()[4].id]
    start = view.mapFromScene(last.mapToScene(last.handle_centre()))
    drag(view, start, start + QPoint(0, 150))
    new = project.all_stages()[-1]
    assert new.code == "S-06"
    assert project.processes[0].flows[-1].source == last.stage_id
    assert project.processes[0].flows[-1].target == new.id
    assert view.editor is not None
    type_and_enter(qtbot, view.editor, "Exit gate")
    assert new.name == "Exit gate"
    assert isinstance(view.map_scene.stage_items[new.id], StageItem)


def test_automatic_layout_keeps_hand_placed_stages_unless_all_are(qtbot, tmp_path):
    project = small_project()
    stages = project.all_stages()
    window = make_window(qtbot, tmp_path, project)
    scene = current_view(window).map_scene
    stages[0].position, stages[0].pinned = Position(x=-600, y=400), True
    window.actions[ActionId.AUTO_LAYOUT].trigger()
    assert (stages[0].position.x, stages[0].position.y) == (-600, 400)
    assert all(s.position is not None and not s.pinned for s in stages[1:])
    assert scene.stage_items[stages[1].id].pos() == QPointF(stages[1].position.x,
                                                            stages[1].position.y)
    # Everything placed by hand: Layout then arranges every stage.
    for stage in stages:
        stage.pinned = True
    window.actions[ActionId.AUTO_LAYOUT].trigger()
    assert not any(s.pinned for s in stages)
    assert (stages[0].position.x, stages[0].position.y) != (-600, 400)
    window.actions[ActionId.UNDO].trigger()
    assert (stages[0].position.x, stages[0].position.y) == (-600, 400)


def test_right_click_menu_acts_on_the_item_under_the_mouse(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    scene = view.map_scene
    stage = window.document.project.all_stages()[1]
    item = scene.stage_items[stage.id]
    menu = view.context_menu(item.scene_box().center())
    assert scene.selected_stage_ids() == [stage.id]
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:2] == ["&Rename", "Cu&t"] and "&Delete" in texts
    next(a for a in menu.actions() if a.text() == "&Delete").trigger()
    assert stage.id not in window.document.project.index.stages
    empty = view.context_menu(QPointF(5000, 5000))
    empty.actions()[0].trigger()  # Add Stage Here
    assert view.editor is not None
    view.editor.cancel()
    added = window.document.project.all_stages()[-1]
    assert added.position is not None and added.position.x > 4800


def test_double_click_on_a_flow_edits_its_label(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    flow = window.document.project.processes[0].flows[0]  # S-01 -> S-02, no label
    item = view.map_scene.flow_items[flow.id]
    double_click(view, view.mapFromScene(item.midpoint()))
    assert view.editor is not None
    type_and_enter(qtbot, view.editor, "manifest lodged")
    assert flow.label == "manifest lodged"
    assert item.label_text() == "manifest lodged"
    assert window.document.undo_stack.undoText() == "Label flow F-01 “manifest lodged”"


def test_space_and_drag_pans_the_view_without_moving_stages(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    view.zoom_actual()
    stage = window.document.project.all_stages()[0]
    item = view.map_scene.stage_items[stage.id]
    before = view.mapToScene(view.viewport().rect().center())
    view.setFocus()
    qtbot.keyPress(view, Qt.Key.Key_Space)
    start = stage_centre(view, item)
    drag(view, start, start + QPoint(200, 0))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert view.mapToScene(view.viewport().rect().center()).x() < before.x() - 100
    assert stage.position is None  # the stage stayed where it was
