"""Edit > Preferences: your name, backups and autosave, kept in the settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

from tests.ui.window_helpers import (
    make_window,
    no_dialogs,  # noqa: F401 - a fixture, used below
)
from ui import project_commands
from ui.actions import ActionId
from ui.dialogs.settings import SettingsDialog
from ui.preferences import Preferences, login_name, read_preferences

pytestmark = pytest.mark.usefixtures("no_dialogs")


def test_defaults_are_the_login_name_backups_on_and_two_minutes(tmp_path):
    settings = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    assert read_preferences(settings) == Preferences(login_name(), True, 2)


def test_preferences_dialog_changes_the_settings_and_the_autosave_timer(qtbot, tmp_path,
                                                                      monkeypatch):
    window = make_window(qtbot, tmp_path)
    action = window.actions[ActionId.PREFERENCES]
    assert action.isEnabled()  # no project needed
    assert QKeySequence("Ctrl+,") in action.shortcuts()

    def answer(parent, preferences):
        dialog = SettingsDialog(preferences, parent)
        qtbot.addWidget(dialog)
        assert dialog.user_name.text() == login_name()
        assert dialog.keep_backup.isChecked()
        assert dialog.autosave.value() == 2
        dialog.user_name.clear()
        qtbot.keyClicks(dialog.user_name, "  Anna Mwangi ")
        dialog.keep_backup.click()
        dialog.autosave.setValue(5)
        return dialog.preferences()

    monkeypatch.setattr(project_commands, "ask_preferences", answer)
    action.trigger()
    assert read_preferences(window.settings) == Preferences("Anna Mwangi", False, 5)
    assert window.recovery._timer.interval() == 5 * 60 * 1000
    assert window.recovery._timer.isActive()

    # Another session reads them back, and autosaves at that interval.
    window.settings.sync()
    later = make_window(qtbot, tmp_path)
    assert read_preferences(later.settings) == Preferences("Anna Mwangi", False, 5)
    assert later.recovery._timer.interval() == 5 * 60 * 1000


def test_cancelling_the_preferences_keeps_them(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(project_commands, "ask_preferences", lambda parent, prefs: None)
    window.actions[ActionId.PREFERENCES].trigger()
    assert read_preferences(window.settings) == Preferences(login_name(), True, 2)


def test_an_empty_name_means_the_login_name_and_odd_values_are_tamed(qtbot, tmp_path):
    dialog = SettingsDialog(Preferences("Anna"))
    qtbot.addWidget(dialog)
    dialog.user_name.clear()
    assert dialog.preferences().user_name == login_name()
    dialog.autosave.setValue(1000)
    assert dialog.preferences().autosave_minutes == 60  # the spin box's maximum
    settings = QSettings(str(tmp_path / "odd.ini"), QSettings.Format.IniFormat)
    settings.setValue("recovery/autosave_minutes", "often")
    settings.setValue("files/keep_backup", "maybe")
    assert read_preferences(settings) == Preferences(login_name(), True, 2)
