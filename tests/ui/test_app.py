"""The entry point the command line calls: ui.app.main(path) opens the window on a file."""

from __future__ import annotations

import os
import subprocess
import sys

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


# Start-up with a project open: what it must not load (each comes on first use).
NOT_AT_START_UP = ("cryptography", "openpyxl", "reportlab", "riskmap.audit", "riskmap.merge",
                   "riskmap.export.xlsx", "riskmap.export.pdf", "riskmap.export.svg",
                   "riskmap.rounds", "ui.dialogs", "ui.exporting", "ui.export_runner")
START_UP = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from ui.app import create_app
from ui.main_window import MainWindow
app = create_app(["test"])
window = MainWindow(settings=QSettings(sys.argv[2], QSettings.Format.IniFormat),
                    recovery_folder=Path(sys.argv[3]))
window.show()
window.start(Path(sys.argv[1]))
app.processEvents()
assert window.document.path is not None
print(",".join(sorted(sys.modules)))
"""


def test_start_up_loads_no_dialog_export_or_encryption(tmp_path):
    """Dialogs, exports, encryption, merge and the audit trail are imported when first
    used: start-up (issue 10) does not wait for them."""
    path = tmp_path / "p.riskmap"
    storage.save(small_project(), path)
    result = subprocess.run(
        [sys.executable, "-c", START_UP, str(path), str(tmp_path / "s.ini"),
         str(tmp_path / "recovery")], capture_output=True, text=True, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    loaded = result.stdout.strip().split(",")
    early = [name for name in loaded if name.startswith(NOT_AT_START_UP)]
    assert early == []


def test_the_riskmap_command_finds_the_desktop_app_through_its_entry_point():
    from riskmap.cli import _desktop_app
    from ui.app import main

    assert _desktop_app() is main
