"""The entry point the command line calls: ui.app.main(path) opens the window on a file."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from riskmap import storage
from tests.core.conftest import small_project
from tests.ui.window_helpers import no_dialogs  # noqa: F401 - a fixture, used below
from ui import app as app_module
from ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("no_dialogs")


def test_main_opens_the_window_on_the_file_and_runs_the_event_loop(qtbot, tmp_path,
                                                                   monkeypatch):
    path = tmp_path / "p.riskmap"
    storage.save(small_project(), path)
    ran = []
    monkeypatch.setattr(QApplication, "exec", lambda *args: ran.append(True) or 0)
    monkeypatch.setattr("ui.recovery.default_folder", lambda: tmp_path / "recovery")
    before = set(QApplication.topLevelWidgets())
    assert app_module.main(path) == 0
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w not in before]
    assert len(windows) == 1 and ran == [True]
    window = windows[0]
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    assert window.isVisible()
    assert window.document.path == path.resolve()
    assert window.tabs.count() == 1
    assert QApplication.instance().applicationName()  # names for settings and data folders
