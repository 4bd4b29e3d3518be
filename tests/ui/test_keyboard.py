"""The app by keyboard alone: moving on the map, nudging, connecting, and creating a stage
and a risk without ever touching the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox

from riskmap.model import Position, Project
from tests.core.conftest import small_project
from tests.ui.window_helpers import (  # noqa: F401 - no_dialogs is a fixture
    click,
    current_view,
    make_window,
    no_dialogs,
    stage_centre,
)
from ui.dialogs.risk_editor import RiskEditor
from ui.map.stage_item import StageItem
from ui.map.view import ProcessMapView

pytestmark = pytest.mark.usefixtures("no_dialogs")

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _code(view: ProcessMapView) -> str | None:
    """The code of the one selected stage (None when not exactly one)."""
    ids = view.map_scene.selected_stage_ids()
    return view.map_scene.stage_items[ids[0]].code if len(ids) == 1 else None


def _item(view: ProcessMapView, code: str) -> StageItem:
    return next(i for i in view.map_scene.stage_items.values() if i.code == code)


def _press(qtbot, key: Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the keyboard focus is, as a user would."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def _with_s04_below(project: Project) -> Project:
    """S-04 (physical examination) drawn under the main row, as maps usually show it."""
    stage = next(s for s in project.all_stages() if s.code == "S-04")
    stage.position, stage.pinned = Position(x=750, y=200), True
    return project


def _map_window(qtbot, tmp_path, project: Project | None = None):
    window = make_window(qtbot, tmp_path, project or small_project())
    view = current_view(window)
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    return window, view


def test_arrows_follow_the_flows_and_the_layout(qtbot, tmp_path):
    window, view = _map_window(qtbot, tmp_path, _with_s04_below(small_project()))
    _press(qtbot, Key.Key_Right)  # nothing selected: the first stage of the flow
    assert _code(view) == "S-01"
    _press(qtbot, Key.Key_Right)
    _press(qtbot, Key.Key_Right)
    assert _code(view) == "S-03"
    _press(qtbot, Key.Key_Right)  # two successors: the one in line (green channel)
    assert _code(view) == "S-05"
    _press(qtbot, Key.Key_Left)  # two predecessors: the one in line
    assert _code(view) == "S-03"
    _press(qtbot, Key.Key_Down)
    assert _code(view) == "S-04"
    _press(qtbot, Key.Key_Up)  # from under S-03 and S-05: up goes back to the nearer one
    assert _code(view) in ("S-03", "S-05")
    _press(qtbot, Key.Key_Down)
    _press(qtbot, Key.Key_Left)  # S-04's predecessor, though it is up and to the left
    assert _code(view) == "S-03"
    # The inspector follows, as with a click.
    assert window.risk_views.inspector.heading.text().startswith("S-03")
    _press(qtbot, Key.Key_Right, SHIFT)  # Shift adds to the selection
    assert len(view.map_scene.selected_stage_ids()) == 2
    _press(qtbot, Key.Key_Escape)
    assert view.map_scene.selected_stage_ids() == []


def test_tab_goes_through_the_stages_in_flow_order_then_leaves_the_map(qtbot, tmp_path):
    _window, view = _map_window(qtbot, tmp_path)
    seen = []
    for _ in range(5):
        _press(qtbot, Key.Key_Tab)
        seen.append(_code(view))
    assert seen == ["S-01", "S-02", "S-03", "S-04", "S-05"]
    assert QApplication.focusWidget() is view
    _press(qtbot, Key.Key_Backtab)
    assert _code(view) == "S-04"
    _press(qtbot, Key.Key_Tab)
    _press(qtbot, Key.Key_Tab)  # past the last stage: on to the next part of the window
    assert QApplication.focusWidget() is not view
    assert _code(view) == "S-05"  # the selection stays (the inspector shows it)


def test_the_selected_stage_is_scrolled_into_view_and_ringed(qtbot, tmp_path):
    _window, view = _map_window(qtbot, tmp_path)
    view.set_zoom(2.0)
    for _ in range(5):
        _press(qtbot, Key.Key_Tab)
        item = view.map_scene.stage_items[view.map_scene.selected_stage_ids()[0]]
        shown = QRectF(view.viewport().rect())
        assert shown.contains(QRectF(view.mapFromScene(item.scene_box()).boundingRect()))
    # The keyboard's stage has a dark dashed ring outside its selection outline; a stage
    # clicked with the mouse does not need one.
    assert item.hasFocus()
    assert _ring_pixels(view, item) > item.scene_box().width() * view.zoom // 4
    click(view, stage_centre(view, _item(view, "S-04")))
    assert _code(view) == "S-04" and _ring_pixels(view, _item(view, "S-04")) == 0
    _press(qtbot, Key.Key_Right)
    assert _code(view) == "S-05" and _ring_pixels(view, item) > 0


def _ring_pixels(view: ProcessMapView, item: StageItem) -> int:
    """Dark pixels on the line where the focus ring runs, above the stage."""
    image = view.viewport().grab().toImage()
    box = view.mapFromScene(item.scene_box()).boundingRect()
    ring_y = box.top() - int(7 * view.zoom)
    return sum(1 for x in range(box.left(), box.right())
               if QColor(image.pixel(x, ring_y)).lightness() < 80)


def test_ctrl_arrows_nudge_the_selection_in_one_undoable_step(qtbot, tmp_path):
    window, view = _map_window(qtbot, tmp_path)
    _press(qtbot, Key.Key_Tab)
    _press(qtbot, Key.Key_Right, SHIFT)  # S-01 and S-02
    before = {i.code: i.pos() for i in view.map_scene.stage_items.values()}
    _press(qtbot, Key.Key_Down, CTRL)
    project = window.document.project
    moved = {s.code: (s.position.x, s.position.y) for s in project.all_stages()
             if s.code in ("S-01", "S-02")}
    assert moved == {"S-01": (before["S-01"].x(), before["S-01"].y() + 10),
                     "S-02": (before["S-02"].x(), before["S-02"].y() + 10)}
    assert _item(view, "S-02").pos().y() == before["S-02"].y() + 10
    _press(qtbot, Key.Key_Right, CTRL | SHIFT)  # five grid steps
    assert _item(view, "S-01").pos().x() == before["S-01"].x() + 50
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert _item(view, "S-01").pos() == before["S-01"]
    assert _item(view, "S-02").pos() == before["S-02"]


def test_connect_to_picks_the_target_with_arrows_and_escape_cancels(qtbot, tmp_path):
    window, view = _map_window(qtbot, tmp_path)
    flows = len(window.document.project.processes[0].flows)
    _press(qtbot, Key.Key_Tab)  # S-01
    _press(qtbot, Key.Key_K, CTRL)
    assert view.keyboard.picking_from is _item(view, "S-01")
    # The nearest stage to the right it does not flow to yet is offered first.
    assert view.keyboard.target is _item(view, "S-03")
    assert "S-01" in window.statusBar().currentMessage()
    _press(qtbot, Key.Key_Escape)
    assert view.keyboard.picking_from is None and not _item(view, "S-03").targeted
    assert len(window.document.project.processes[0].flows) == flows
    assert _code(view) == "S-01"  # Escape ended the connection, not the selection

    _press(qtbot, Key.Key_K, CTRL)
    _press(qtbot, Key.Key_Right)
    assert view.keyboard.target is _item(view, "S-04")
    _press(qtbot, Key.Key_Return)
    project = window.document.project
    stages = {s.id: s.code for s in project.all_stages()}
    assert ("S-01", "S-04") in {(stages[f.source], stages[f.target])
                                for f in project.processes[0].flows}
    assert "Connected S-01 to S-04" in window.statusBar().currentMessage()
    window.document.undo_stack.undo()
    assert len(window.document.project.processes[0].flows) == flows


def test_a_stage_and_a_scored_risk_created_with_the_keyboard_only(qtbot, tmp_path):
    window, view = _map_window(qtbot, tmp_path)
    inspector = window.risk_views.inspector

    # Shift+Tab from nothing selected: the last stage of the flow, Release.
    _press(qtbot, Key.Key_Backtab)
    assert _code(view) == "S-05"
    # Add Stage (its toolbar shortcut): a stage right of the selected one, its name ready.
    _press(qtbot, Key.Key_A, CTRL | SHIFT)
    assert view.editor is not None and QApplication.focusWidget() is view.editor
    qtbot.keyClicks(view.editor, "Exit gate")
    _press(qtbot, Key.Key_Return)
    assert QApplication.focusWidget() is view
    assert _code(view) == "S-06" and _item(view, "S-06").name == "Exit gate"

    # Connect Release to it: back to Release, Connect To, the new stage is offered, Enter.
    _press(qtbot, Key.Key_Left)
    assert _code(view) == "S-05"
    _press(qtbot, Key.Key_K, CTRL)
    assert view.keyboard.target is _item(view, "S-06")
    _press(qtbot, Key.Key_Return)
    project = window.document.project
    new = next(s for s in project.all_stages() if s.code == "S-06")
    release = next(s for s in project.all_stages() if s.code == "S-05")
    assert any(f.source == release.id and f.target == new.id
               for f in project.processes[0].flows)

    # Right follows the new flow; Enter goes to the inspector, on the stage's name.
    _press(qtbot, Key.Key_Right)
    assert _code(view) == "S-06"
    _press(qtbot, Key.Key_Return)
    assert QApplication.focusWidget() is inspector.form.name
    for _ in range(15):  # Tab down the stage's fields to the new-risk line
        if QApplication.focusWidget() is inspector.capture:
            break
        _press(qtbot, Key.Key_Tab)
    assert QApplication.focusWidget() is inspector.capture
    qtbot.keyClicks(inspector.capture, "The gate officer lets a truck out for a tip")
    _press(qtbot, Key.Key_Return, CTRL)  # add it in the full editor, to score it
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, RiskEditor)
    try:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
        assert QApplication.focusWidget() is editor.statement
        assert editor.statement.toPlainText() == "The gate officer lets a truck out for a tip"
        # Tab to the tabs, Right to "Score", Tab to the inherent likelihood.
        for _ in range(6):
            if editor.tabs.tabBar().hasFocus():
                break
            _press(qtbot, Key.Key_Tab)
        assert editor.tabs.tabBar().hasFocus()
        _press(qtbot, Key.Key_Right)
        assert editor.tabs.currentIndex() == 1
        _press(qtbot, Key.Key_Tab)
        inherent = editor.scores[next(iter(editor.scores))]
        assert QApplication.focusWidget() is inherent.likelihood.combo
        qtbot.keyClicks(QApplication.focusWidget(), "4")
        _press(qtbot, Key.Key_Tab)
        assert isinstance(QApplication.focusWidget(), QComboBox)
        assert QApplication.focusWidget() is inherent.impact.combo
        qtbot.keyClicks(QApplication.focusWidget(), "3")
        assert inherent.chip.text() == "12 · High"
        _press(qtbot, Key.Key_Return)  # OK
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    finally:
        if QApplication.activeModalWidget() is not None:
            QApplication.activeModalWidget().close()

    risk = next(r for r in window.document.project.risks if r.stage_id == new.id)
    assert risk.statement == "The gate officer lets a truck out for a tip"
    assert (risk.inherent.likelihood, risk.inherent.impact) == (4, 3)
    # Back in the window (the window manager gives it back its activation), where the
    # keyboard was: Escape goes to the map, Alt+1 colours it by inherent risk.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert inspector.isAncestorOf(QApplication.focusWidget())
    _press(qtbot, Key.Key_Escape)
    assert QApplication.focusWidget() is view
    _press(qtbot, Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert _item(view, "S-06").badge == "1 ▲ High"


def test_enter_goes_to_the_inspector_and_escape_comes_back(qtbot, tmp_path):
    window, view = _map_window(qtbot, tmp_path)
    _press(qtbot, Key.Key_Tab)
    _press(qtbot, Key.Key_Enter)
    inspector = window.risk_views.inspector
    assert QApplication.focusWidget() is inspector.form.name
    _press(qtbot, Key.Key_Escape)
    assert QApplication.focusWidget() is view
    assert _code(view) == "S-01"


def test_f6_visits_the_map_and_each_open_panel(qtbot, tmp_path):
    window, view = _map_window(qtbot, tmp_path)
    _press(qtbot, Key.Key_Tab)  # a stage, so that the inspector has fields
    visited = []
    for _ in range(len(window.access.panels())):
        _press(qtbot, Key.Key_F6)
        focus = QApplication.focusWidget()
        owner = next(key for key, dock in window.docks.items() if dock.isAncestorOf(focus)) \
            if focus is not view else "map"
        visited.append(owner)
    assert visited[-1] == "map"
    assert visited[:3] == ["inspector", "heatmap", "register"]
    _press(qtbot, Key.Key_F6, SHIFT)
    assert window.docks["library"].isAncestorOf(QApplication.focusWidget())


def test_enter_in_the_stage_library_adds_the_stage_found(qtbot, tmp_path):
    window, _view = _map_window(qtbot, tmp_path)
    library = window.docks["library"].widget()
    stages = len(window.document.project.processes[0].stages)
    window.docks["library"].show()
    window.docks["library"].raise_()
    library.filter.setFocus()
    qtbot.waitUntil(library.filter.hasFocus)
    qtbot.keyClicks(library.filter, library.proxy.index(0, 0).data()[:6])
    _press(qtbot, Key.Key_Return)  # the first stage listed
    assert len(window.document.project.processes[0].stages) == stages + 1
    _press(qtbot, Key.Key_Tab)  # on to the list: Enter adds the stage under the cursor
    assert QApplication.focusWidget() is library.list
    _press(qtbot, Key.Key_Down)
    _press(qtbot, Key.Key_Return)
    assert len(window.document.project.processes[0].stages) == stages + 2


def test_enter_on_a_top_risk_of_the_dashboard_selects_it(qtbot, tmp_path):
    window, view = _map_window(qtbot, tmp_path)
    window.docks["dashboard"].raise_()
    top = window.risk_views.dashboard.top_risks
    qtbot.waitUntil(lambda: top.count() > 0 and top.isVisible())
    top.setFocus()
    qtbot.waitUntil(top.hasFocus)
    _press(qtbot, Key.Key_Home)
    _press(qtbot, Key.Key_Return)
    risk = next(r for r in window.document.project.risks if r.code == "R-002")
    assert window.document.selection == (risk.id, risk.stage_id)
    assert _code(view) == "S-03"  # the map shows the risk's stage
