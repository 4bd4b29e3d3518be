"""Autosave to a recovery file, and the offer to restore it after a crash."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from riskmap import storage
from riskmap.edits import Remove
from tests.core.conftest import small_project
from tests.ui.window_helpers import (
    make_window,
    no_dialogs,  # noqa: F401 - a fixture, used below
)
from ui import start
from ui.recovery import orphans

# Any dialog a test does not expect fails it.
pytestmark = pytest.mark.usefixtures("no_dialogs")

Button = QMessageBox.StandardButton


def _edit(window) -> None:
    window.document.apply(Remove(stage_ids=[window.document.project.all_stages()[0].id]))


def test_autosave_writes_a_recovery_file_never_the_users_file(qtbot, tmp_path):
    path = tmp_path / "work.riskmap"
    storage.save(small_project(), path)
    original = path.read_bytes()
    window = make_window(qtbot, tmp_path)
    window.files.open_path(path)
    assert not window.recovery.autosave()  # nothing unsaved yet
    _edit(window)
    with qtbot.waitSignal(window.recovery.autosaved) as saved:
        assert window.recovery.autosave()
    recovered = saved.args[0]
    assert recovered.parent == tmp_path / "recovery"
    assert len(storage.load(recovered).all_stages()) == 4
    assert path.read_bytes() == original
    assert not window.recovery.autosave()  # unchanged since: not written again
    # Saving the project makes the recovery file pointless: it goes.
    window.files.save()
    assert not recovered.exists()


def test_the_autosave_timer_runs_by_itself(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    window.recovery._timer.setInterval(20)
    _edit(window)
    with qtbot.waitSignal(window.recovery.autosaved, timeout=2000):
        pass


def test_restore_after_a_simulated_crash(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "work.riskmap"
    storage.save(small_project(), path)
    crashed = make_window(qtbot, tmp_path)
    crashed.files.open_path(path)
    _edit(crashed)
    crashed.recovery.autosave()
    expected = crashed.document.project.model_dump()
    # The process dies: its lock goes, its recovery file stays. (Its window is then
    # dropped without a clean close.)
    _crash(crashed)
    assert [r.original for r in orphans(tmp_path / "recovery")] == [path.resolve()]

    asked = []
    monkeypatch.setattr(start, "ask_restore", lambda parent, found: asked.append(found)
                        or Button.Yes)
    window = make_window(qtbot, tmp_path)
    window.start()
    assert asked and asked[0].title == crashed.document.title
    assert window.document.project.model_dump() == expected
    assert window.document.path == path.resolve()
    assert window.isWindowModified()  # restored work is not in the file yet
    assert orphans(tmp_path / "recovery") == []
    assert len(storage.load(path).all_stages()) == 5  # the user's file was never touched


def test_a_running_session_is_not_offered_for_recovery(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    _edit(window)
    window.recovery.autosave()
    assert orphans(tmp_path / "recovery") == []


def _crash(window) -> None:
    """What a crash leaves: the recovery file, with no running session holding its lock."""
    window.recovery._lock.unlock()
    window.recovery._timer.stop()
    window.document.modified_changed.disconnect()
    window.document.undo_stack.setClean()


def test_discarding_the_offer_deletes_the_recovery_file(qtbot, tmp_path, monkeypatch):
    crashed = make_window(qtbot, tmp_path, small_project())
    _edit(crashed)
    crashed.recovery.autosave()
    _crash(crashed)
    monkeypatch.setattr(start, "ask_restore", lambda parent, found: Button.Discard)
    window = make_window(qtbot, tmp_path)
    window.start()
    assert window.stack.currentWidget() is window.welcome_area
    assert orphans(tmp_path / "recovery") == []


def test_a_clean_close_leaves_no_recovery_file(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, small_project())
    _edit(window)
    window.recovery.autosave()
    assert list((tmp_path / "recovery").glob("*.riskmap"))
    monkeypatch.setattr("ui.files.ask_save_changes", lambda parent, name: Button.Discard)
    assert window.close()
    assert list((tmp_path / "recovery").glob("*.riskmap")) == []
