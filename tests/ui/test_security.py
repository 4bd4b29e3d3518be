"""Passwords, backups, encrypted recovery files and redacted exports, from the app."""

from __future__ import annotations

import json
import shutil

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from riskmap import storage
from riskmap.edits import EntityType, Remove, SetFields
from riskmap.errors import PasswordError
from riskmap.export.redact import REDACTED
from riskmap.resources import examples
from tests.core.conftest import small_project
from tests.ui.window_helpers import (
    make_window,
    no_dialogs,  # noqa: F401 - a fixture, used below
)
from ui import files, start
from ui.actions import ActionId
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.password import EnterPasswordDialog, NewPasswordDialog
from ui.preferences import Preferences, write_preferences
from ui.recovery import orphans

pytestmark = pytest.mark.usefixtures("no_dialogs")

PASSWORD = "Port-Est 2025 é"


def _edit(window, code: str = "S-01") -> None:
    stage = next(s for s in window.document.project.all_stages() if s.code == code)
    window.document.apply(Remove(stage_ids=[stage.id]))


def _answers(monkeypatch, *passwords):
    """The password prompt answers these in turn; returns the errors it was shown."""
    shown: list[str] = []
    queue = list(passwords)

    def ask(parent, path, error=""):
        shown.append(error)
        return queue.pop(0)

    monkeypatch.setattr(files, "ask_password", ask)
    return shown


@pytest.fixture
def plain(tmp_path):
    path = tmp_path / "mission.riskmap"
    storage.save(small_project(), path)
    return path


def test_save_with_a_password_then_reopen_asks_for_it_and_retries_a_wrong_one(
        qtbot, tmp_path, plain, monkeypatch):
    window = make_window(qtbot, tmp_path)
    window.files.open_path(plain)
    assert not window.actions[ActionId.REMOVE_PASSWORD].isEnabled()
    asked = []
    monkeypatch.setattr(files, "ask_new_password",
                        lambda parent, name, change: asked.append(change) or PASSWORD)
    window.actions[ActionId.SAVE_WITH_PASSWORD].trigger()
    assert asked == [False]  # "set", not "change"
    assert storage.is_encrypted(plain)
    assert window.actions[ActionId.REMOVE_PASSWORD].isEnabled()
    window.actions[ActionId.CLOSE].trigger()

    shown = _answers(monkeypatch, "wrong", PASSWORD)
    assert window.files.open_path(plain)
    assert shown[0] == ""  # first asked plainly
    assert "Wrong password" in shown[1]  # then told why it asks again
    assert len(window.document.project.all_stages()) == 5
    # Saving keeps the project encrypted, with the same password.
    _edit(window)
    window.actions[ActionId.SAVE].trigger()
    assert len(storage.load(plain, PASSWORD).all_stages()) == 4
    # The password lives in memory only.
    window.settings.sync()
    assert PASSWORD not in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_cancelling_the_password_prompt_changes_nothing(qtbot, tmp_path, plain, monkeypatch):
    storage.save(small_project(), plain, password=PASSWORD)
    before = plain.read_bytes()
    window = make_window(qtbot, tmp_path, small_project())
    _edit(window)  # unsaved work in the window, which the cancelled open must keep
    window.files.add_recent(plain)
    asked = []
    monkeypatch.setattr(files, "ask_save_changes", lambda parent, name: asked.append(name)
                        or files.Button.Cancel)
    shown = _answers(monkeypatch)
    assert not window.files.open_path(plain)  # kept the unsaved work: nothing asked
    assert asked and shown == []
    monkeypatch.setattr(window.files, "maybe_save", lambda: True)
    shown = _answers(monkeypatch, "wrong", None)
    assert not window.files.open_path(plain)
    assert len(shown) == 2
    assert window.document.path is None and window.document.is_modified
    assert len(window.document.project.all_stages()) == 4  # the work in the window stays
    assert plain.read_bytes() == before
    assert window.files.recent_files() == [plain]  # a file that asks a password stays known


def test_change_then_remove_the_password(qtbot, tmp_path, plain, monkeypatch):
    storage.save(small_project(), plain, password=PASSWORD)
    window = make_window(qtbot, tmp_path)
    _answers(monkeypatch, PASSWORD)
    window.files.open_path(plain)
    asked = []
    monkeypatch.setattr(files, "ask_new_password",
                        lambda parent, name, change: asked.append(change) or "new one")
    window.actions[ActionId.SAVE_WITH_PASSWORD].trigger()
    assert asked == [True]  # "change"
    with pytest.raises(PasswordError):
        storage.load(plain, PASSWORD)
    assert storage.load(plain, "new one").metadata.title

    monkeypatch.setattr(files, "ask_remove_password", lambda parent, name: False)
    window.actions[ActionId.REMOVE_PASSWORD].trigger()
    assert storage.is_encrypted(plain)  # the user thought better of it
    monkeypatch.setattr(files, "ask_remove_password", lambda parent, name: True)
    window.actions[ActionId.REMOVE_PASSWORD].trigger()
    assert not storage.is_encrypted(plain)
    assert not window.actions[ActionId.REMOVE_PASSWORD].isEnabled()
    _edit(window)
    window.actions[ActionId.SAVE].trigger()
    assert not storage.is_encrypted(plain)  # stays without password from now on


def test_the_previous_version_is_kept_as_a_backup_unless_turned_off(qtbot, tmp_path, plain):
    backup = storage.backup_path(plain)
    window = make_window(qtbot, tmp_path)
    window.files.open_path(plain)
    _edit(window)
    window.actions[ActionId.SAVE].trigger()
    assert backup.name == "mission.riskmap.bak"
    assert len(storage.load(backup).all_stages()) == 5  # the version before this save
    _edit(window, "S-02")
    window.actions[ActionId.SAVE].trigger()
    assert len(storage.load(backup).all_stages()) == 4
    backup.unlink()
    write_preferences(window.settings, Preferences("anna", keep_backup=False))
    _edit(window, "S-03")
    window.actions[ActionId.SAVE].trigger()
    assert not backup.exists()


def test_the_recovery_file_of_an_encrypted_project_cannot_be_read_without_its_password(
        qtbot, tmp_path, plain, monkeypatch):
    project = small_project()
    project.metadata.title = "Sensitive mission"
    storage.save(project, plain, password=PASSWORD)
    crashed = make_window(qtbot, tmp_path)
    _answers(monkeypatch, PASSWORD)
    crashed.files.open_path(plain)
    _edit(crashed)
    with qtbot.waitSignal(crashed.recovery.autosaved) as saved:
        assert crashed.recovery.autosave()
    recovered = saved.args[0]
    assert storage.is_encrypted(recovered)
    with pytest.raises(PasswordError):
        storage.load(recovered)
    with pytest.raises(PasswordError):
        storage.load(recovered, "guess")
    assert len(storage.load(recovered, PASSWORD).all_stages()) == 4
    info = crashed.recovery.info_path.read_text(encoding="utf-8")
    assert "Sensitive mission" not in info  # not even the title, in the clear
    assert json.loads(info)["original"] == str(plain.resolve())

    # After a crash, restoring asks for the password, and says so when it is wrong.
    crashed.recovery._lock.unlock()
    crashed.recovery._timer.stop()
    crashed.document.modified_changed.disconnect()
    crashed.document.undo_stack.setClean()
    monkeypatch.setattr(start, "ask_restore", lambda parent, found: files.Button.Yes)
    shown = _answers(monkeypatch, "guess", PASSWORD)
    window = make_window(qtbot, tmp_path)
    window.start()
    assert shown[0] == "" and "Wrong password" in shown[1]
    assert len(window.document.project.all_stages()) == 4
    assert window.document.password == PASSWORD and window.isWindowModified()
    assert orphans(tmp_path / "recovery") == []
    window.actions[ActionId.SAVE].trigger()  # the restored work saves encrypted
    assert len(storage.load(plain, PASSWORD).all_stages()) == 4


def test_password_dialogs(qtbot):
    choose = NewPasswordDialog("mission")
    qtbot.addWidget(choose)
    assert "cannot be recovered" in choose.findChild(type(choose.hint), "password_warning").text()
    assert not choose.ok.isEnabled()
    qtbot.keyClicks(choose.password, "Port-Est 2025")
    qtbot.keyClicks(choose.repeat, "Port-Est 202")
    assert not choose.ok.isEnabled() and "not the same" in choose.hint.text()
    qtbot.keyClicks(choose.repeat, "5")
    assert choose.ok.isEnabled() and choose.chosen() == "Port-Est 2025"
    choose.show_text.setChecked(True)
    assert choose.password.echoMode() == choose.password.EchoMode.Normal

    enter = EnterPasswordDialog("mission.riskmap", "Wrong password, or the file was altered.")
    qtbot.addWidget(enter)
    enter.show()
    assert enter.error.isVisible() and "Wrong password" in enter.error.text()
    assert enter.password.echoMode() == enter.password.EchoMode.Password


def test_a_redacted_export_from_the_app_names_no_one(qtbot, tmp_path, monkeypatch):
    source = next(p for p in examples() if p.name == "seaport-import.riskmap")
    path = tmp_path / "seaport.riskmap"
    shutil.copyfile(source, path)
    window = make_window(qtbot, tmp_path)
    window.files.open_path(path)
    project = window.document.project
    window.document.apply(SetFields(EntityType.RISK, project.risks[0].id,
                                    {"owner": "Grace Njeri"}))
    window.document.apply(SetFields(EntityType.MEASURE, project.measures[0].id,
                                    {"owner": "Peter Otieno"}))
    people = {p.name for p in project.metadata.participants if p.name} | {
        "Grace Njeri", "Peter Otieno"}

    def exec_(dialog: ExportDialog) -> int:
        assert not dialog.redact.isChecked()  # off unless asked
        dialog.redact.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(tmp_path / "shared.xlsx"), ""))
    runner = window.risk_views.exporter.runner
    runner.offer_open = False
    with qtbot.waitSignal(runner.succeeded, timeout=60000):
        window.actions[ActionId.EXPORT_XLSX].trigger()
    workbook = openpyxl.load_workbook(tmp_path / "shared.xlsx")
    cells = [str(c.value) for sheet in workbook.worksheets for row in sheet.iter_rows()
             for c in row if c.value is not None]
    assert not [c for c in cells if any(name in c for name in people)]
    for sheet, header in (("Risk register", "Risk owner"), ("Action plan", "Owner")):
        rows = list(workbook[sheet].iter_rows(values_only=True))
        owner = rows[0].index(header)
        assert {row[owner] for row in rows[1:]} == {REDACTED}
    assert project.risks[0].owner == "Grace Njeri"  # the project itself is untouched
