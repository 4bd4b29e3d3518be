"""The Workshop menu in the main window, and round comparisons drawn on the map and heat map."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from riskmap.edits import set_score
from riskmap.rounds import Direction, close_round
from riskmap.vocabulary import ScoreKind
from tests.core.conftest import small_project
from tests.ui.window_helpers import make_window, no_dialogs  # noqa: F401 - a fixture
from ui.actions import ActionId
from ui.dialogs.close_round import CloseRoundDialog
from ui.dialogs.group_scoring import GroupScoringDialog
from ui.dialogs.participants import ParticipantsDialog
from ui.dialogs.profile_editor import ProfileEditorDialog
from ui.dialogs.rounds import RoundsDialog
from ui.dialogs.suggestions import SuggestionsDialog
from ui.heatmap import HeatmapWidget
from ui.round_overlay import round_overlay
from ui.round_overlay_views import HeatmapMoves, MapArrows

pytestmark = pytest.mark.usefixtures("no_dialogs")
WORKSHOP = [a for a in ActionId if a.value.startswith("workshop.")]


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)


def trigger(window, action_id: ActionId):
    """Trigger a Workshop action as the user would; the dialog it opened."""
    window.actions.trigger(action_id)
    return window.workshop.dialog


@pytest.fixture
def reviewed():
    """A project with a closed round, then a review that moved two risks."""
    project = small_project()
    close_round(project, "May 2026", dt.date(2026, 5, 20)).apply(project)
    set_score(project, project.risks[0].id, ScoreKind.RESIDUAL, 2, 2).apply(project)
    set_score(project, project.risks[1].id, ScoreKind.RESIDUAL, 5, 5).apply(project)
    return project


def test_the_menu_sits_before_help_and_follows_the_open_project(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Workshop") == titles.index("&Help") - 1
    menu = window.menus["Workshop"]
    assert menu.objectName() == "menu_workshop"
    assert [a.objectName() or "-" for a in menu.actions()] == [
        "workshop.profile", "workshop.participants", "-", "workshop.group_scoring",
        "workshop.suggestions", "-", "workshop.close_round", "workshop.rounds"]
    scoring = window.actions[ActionId.GROUP_SCORING]
    assert scoring.text() == "&Group Scoring…"
    assert scoring.shortcut().toString() == "Ctrl+Shift+G"
    assert window.actions[ActionId.SUGGESTIONS].shortcut().toString() == "Ctrl+Shift+U"
    assert scoring.statusTip().startswith("Each participant votes")
    assert not any(window.actions[a].isEnabled() for a in WORKSHOP)
    window.files.show_project(small_project(), None)
    assert all(window.actions[a].isEnabled() for a in WORKSHOP)
    window.files.close_project()
    assert not window.actions[ActionId.GROUP_SCORING].isEnabled()


@pytest.mark.parametrize(("action_id", "kind"), [
    (ActionId.SCALE_PROFILE, ProfileEditorDialog),
    (ActionId.PARTICIPANTS, ParticipantsDialog),
    (ActionId.GROUP_SCORING, GroupScoringDialog),
    (ActionId.SUGGESTIONS, SuggestionsDialog),
    (ActionId.CLOSE_ROUND, CloseRoundDialog),
    (ActionId.ROUNDS, RoundsDialog),
])
def test_each_entry_opens_its_dialog_on_the_document(qtbot, tmp_path, action_id, kind):
    window = make_window(qtbot, tmp_path, small_project())
    dialog = trigger(window, action_id)
    assert isinstance(dialog, kind)
    assert dialog.isVisible() and dialog.document is window.document
    dialog.close()


def test_group_scoring_takes_the_selected_risks(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    risks = window.document.project.risks
    window.document.select([risks[2].id, risks[0].id])
    dialog = trigger(window, ActionId.GROUP_SCORING)
    assert isinstance(dialog, GroupScoringDialog)
    assert [window.document.project.risk(i).code for i in dialog.risk_ids] == ["R-001",
                                                                               "R-003"]
    dialog.close()


def test_stages_get_arrows_and_the_heat_map_moves(qtbot, tmp_path, reviewed):
    window = make_window(qtbot, tmp_path, reviewed)
    arrows = window.findChild(MapArrows)
    assert arrows is not None
    overlay = round_overlay(window.document)
    overlay.show("May 2026", "Current")
    stages = {s.code: s.id for s in reviewed.all_stages()}
    expected = {stages["S-02"]: Direction.DOWN, stages["S-03"]: Direction.UP}
    qtbot.waitUntil(lambda: arrows.badges() == expected)
    heatmap = window.findChild(HeatmapWidget)
    layer = heatmap.findChild(HeatmapMoves)
    assert layer is not None and not layer.isHidden()
    drawn = {tuple(a.codes): a for a in layer.arrows()}
    assert drawn[("R-002",)].colour.name() == "#c62828"  # up: red
    assert drawn[("R-001",)].colour.name() == "#2e7d32"  # down: green
    # A later edit that puts R-001 back leaves only R-002 to show.
    window.document.apply(set_score(reviewed, reviewed.risks[0].id, ScoreKind.RESIDUAL, 3, 4))
    assert [a.codes for a in layer.arrows()] == [["R-002"]]
    qtbot.waitUntil(lambda: arrows.badges() == {stages["S-03"]: Direction.UP})
    overlay.clear()
    qtbot.waitUntil(lambda: arrows.badges() == {})
    assert layer.isHidden()
