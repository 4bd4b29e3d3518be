"""The action registry: stable ids, standard shortcuts without clashes, triggered by id."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from tests.core.conftest import small_project
from tests.ui.window_helpers import (
    make_window,
    no_dialogs,  # noqa: F401 - a fixture, used below
)
from ui.actions import SPECS, ActionId, ActionRegistry

# Any dialog a test does not expect fails it.
pytestmark = pytest.mark.usefixtures("no_dialogs")


def _keys(registry: ActionRegistry, action_id: ActionId) -> set[str]:
    return {k.toString() for k in registry[action_id].shortcuts()}


def test_every_action_has_a_spec_a_stable_name_and_a_tip(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    registry = ActionRegistry(window)
    assert set(SPECS) == set(ActionId)
    assert len({a.value for a in ActionId}) == len(ActionId)
    for action_id, action in registry:
        assert action.objectName() == action_id.value
        assert action.statusTip()


def test_standard_shortcuts_and_no_two_actions_share_one(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    registry = ActionRegistry(window)
    expected = {
        ActionId.NEW: "Ctrl+N", ActionId.OPEN: "Ctrl+O", ActionId.SAVE: "Ctrl+S",
        ActionId.UNDO: "Ctrl+Z", ActionId.REDO: "Ctrl+Y", ActionId.DELETE: "Del",
        ActionId.FIND: "Ctrl+F", ActionId.FULL_SCREEN: "F11", ActionId.COPY: "Ctrl+C",
        ActionId.PASTE: "Ctrl+V", ActionId.RENAME: "F2",
    }
    for action_id, key in expected.items():
        assert key in _keys(registry, action_id), action_id
    every = Counter(k for action_id, _ in registry for k in _keys(registry, action_id))
    assert [k for k, n in every.items() if n > 1] == []
    native = QKeySequence("Ctrl+S").toString(QKeySequence.SequenceFormat.NativeText)
    assert registry[ActionId.SAVE].toolTip() == f"Save the project ({native})"


def test_actions_are_triggered_by_id(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    assert not window.actions[ActionId.SAVE].isEnabled()  # nothing open yet
    window.actions.trigger(ActionId.NEW)
    assert window.stack.currentWidget() is window.tabs
    assert window.actions[ActionId.SAVE].isEnabled()
    assert [p.name for p in window.document.project.processes] == ["Main process"]
    window.actions.trigger(ActionId.SCORE_TARGET)
    assert window.actions[ActionId.SCORE_TARGET].isChecked()
    assert not window.actions[ActionId.SCORE_RESIDUAL].isChecked()


def test_undo_and_redo_actions_name_the_edit(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    undo, redo = window.actions[ActionId.UNDO], window.actions[ActionId.REDO]
    assert not undo.isEnabled() and not redo.isEnabled()
    window.actions.trigger(ActionId.AUTO_LAYOUT)
    assert undo.isEnabled() and undo.text() == "&Undo Automatic layout of P-01"
    window.actions.trigger(ActionId.UNDO)
    assert redo.isEnabled() and redo.toolTip() == "Redo Automatic layout of P-01"
