"""Autosave to a recovery file, and the offer to restore it after a crash."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QMessageBox

from riskmap import storage
from riskmap.edits import Remove
from riskmap.errors import FileError, PasswordError
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
    crashed.recovery.wait()
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
    window.recovery.wait()
    assert window.recovery.project_path.is_file()
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
    crashed.recovery.wait()
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
    window.recovery.wait()
    assert list((tmp_path / "recovery").glob("*.riskmap"))
    monkeypatch.setattr("ui.files.ask_save_changes", lambda parent, name: Button.Discard)
    assert window.close()
    assert list((tmp_path / "recovery").glob("*.riskmap")) == []


PASSWORD = "Port-Est 2025"


@pytest.fixture
def held_writes(monkeypatch):
    """Recovery files are written only once the test says so (`release.set()`): who
    writes them, and whether the GUI thread runs on meanwhile, can be seen."""
    release, writers = threading.Event(), []
    real = storage.write_text

    def held(text, path, password=None, backup=False):
        writers.append(threading.current_thread())
        assert release.wait(10)
        real(text, path, password, backup)

    monkeypatch.setattr(storage, "write_text", held)
    yield release, writers
    release.set()  # a failed test does not leave a worker waiting


def test_autosave_of_an_encrypted_project_leaves_the_window_free(qtbot, tmp_path,
                                                                  held_writes):
    release, writers = held_writes
    window = make_window(qtbot, tmp_path)
    window.files.show_project(small_project(), tmp_path / "m.riskmap", password=PASSWORD)
    recovery = window.recovery
    recovery._timer.stop()
    _edit(window)
    started = time.perf_counter()
    assert recovery.autosave()
    # Back at once: the key derivation and the write wait in a worker (held here by the
    # test; done on the GUI thread, they would have blocked this call for 10 s).
    assert time.perf_counter() - started < 1
    qtbot.waitUntil(lambda: bool(writers))
    assert writers[0] is not threading.main_thread()
    assert recovery.busy and not recovery.project_path.exists()
    _edit(window)
    assert not recovery.autosave()  # one at a time: a later one writes this edit
    with qtbot.waitSignal(recovery.autosaved, timeout=5000) as saved:
        release.set()
    assert saved.args == [recovery.project_path] and len(writers) == 1
    with pytest.raises(PasswordError):
        storage.load(recovery.project_path)
    assert len(storage.load(recovery.project_path, PASSWORD).all_stages()) == 4
    recovery.set_interval(20)  # the timer's next tick writes the second edit
    qtbot.waitUntil(lambda: len(writers) == 2 and not recovery.busy, timeout=5000)
    assert len(storage.load(recovery.project_path, PASSWORD).all_stages()) == 3


def test_a_failed_autosave_keeps_the_last_one_whole_and_tries_again(qtbot, tmp_path,
                                                                     monkeypatch):
    window = make_window(qtbot, tmp_path, small_project())
    recovery = window.recovery
    _edit(window)
    with qtbot.waitSignal(recovery.autosaved):
        assert recovery.autosave()
    written = recovery.project_path.read_bytes()
    real = storage.write_text

    def full_disk(text, path, password=None, backup=False):
        raise FileError(path, "cannot write (No space left on device)")

    monkeypatch.setattr(storage, "write_text", full_disk)
    _edit(window)
    assert recovery.autosave()
    qtbot.waitUntil(lambda: not recovery.busy)
    assert recovery.project_path.read_bytes() == written  # the last one, whole
    assert len(storage.load(recovery.project_path).all_stages()) == 4
    monkeypatch.setattr(storage, "write_text", real)
    with qtbot.waitSignal(recovery.autosaved):
        assert recovery.autosave()  # not marked as written: it goes again
    assert len(storage.load(recovery.project_path).all_stages()) == 3


def test_closing_during_an_autosave_waits_for_it_and_leaves_no_file(qtbot, tmp_path,
                                                                    held_writes,
                                                                    monkeypatch):
    release, writers = held_writes
    window = make_window(qtbot, tmp_path)
    window.files.show_project(small_project(), tmp_path / "m.riskmap", password=PASSWORD)
    _edit(window)
    assert window.recovery.autosave()
    qtbot.waitUntil(lambda: bool(writers))
    monkeypatch.setattr("ui.files.ask_save_changes", lambda parent, name: Button.Discard)
    threading.Timer(0.3, release.set).start()  # the worker is still writing at the close
    assert window.close()
    # Abandoned, the worker would have put its file back after the close removed it, and
    # the next start would have offered work the user chose to drop.
    assert not window.recovery.busy
    assert list((tmp_path / "recovery").iterdir()) == []
