"""Scale profile editor: live preview, user library, shared files, undoable switch."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from riskmap.profiles import load_profile, save_profile
from riskmap.scales import ScoreMethod, builtin_profile
from ui.dialogs.profile_editor import ProfileEditorDialog
from ui.dialogs.remap_preview import MovesModel, RemapPreviewDialog


@pytest.fixture
def dialog(qtbot, document, tmp_path):
    widget = ProfileEditorDialog(document, folder=tmp_path / "profiles")
    qtbot.addWidget(widget)
    return widget


def choose(dialog, text):
    index = next(i for i in range(dialog.chooser.count()) if text in dialog.chooser.itemText(i))
    dialog.chooser.setCurrentIndex(index)


def test_builtin_profiles_are_read_only_until_copied(dialog):
    choose(dialog, "Compact")
    assert dialog.form.name.isReadOnly()
    assert not dialog.delete_button.isEnabled()
    dialog.edit_copy()
    assert not dialog.form.name.isReadOnly()
    assert dialog.working.name == "Compact (3 x 3) (copy)"
    assert dialog.working.key not in {"compact-3x3", "wco-5x5"}


def test_more_levels_show_in_the_live_preview(dialog):
    assert dialog.preview.profile.size == (5, 5)
    dialog.form.likelihood.count.setValue(6)
    assert dialog.preview.profile.size == (6, 5)
    assert dialog.working.likelihood[5].label == "Level 6"
    dialog.form.impact.table.item(0, 0).setText("Catastrophic")  # top row: highest level
    assert dialog.preview.profile.impact_label(5) == "Catastrophic"


def test_lookup_method_starts_from_the_products_and_follows_edits(dialog):
    dialog.form.scoring.method.setCurrentIndex(
        dialog.form.scoring.method.findData(ScoreMethod.LOOKUP.value))
    assert not dialog.form.scoring.lookup_box.isHidden()
    assert dialog.working.method is ScoreMethod.LOOKUP
    assert dialog.working.score(4, 3) == 12
    dialog.form.scoring.lookup.item(0, 0).setText("9")  # likelihood 5, impact 1
    assert dialog.preview.profile.score(5, 1) == 9


def test_bad_thresholds_are_explained_and_block_saving(dialog):
    dialog.form.setCurrentIndex(3)
    spin = dialog.form.scoring.bands.cellWidget(1, 1)
    spin.setValue(0)  # the second band would start below the first
    assert "increase" in dialog.status.text()
    assert not dialog.save_button.isEnabled() and not dialog.apply_button.isEnabled()
    spin.setValue(6)
    assert dialog.save_button.isEnabled()
    assert dialog.preview.profile.band(5).name == "Low"


def test_colour_button_recolours_the_band(dialog):
    button = dialog.form.scoring.bands.cellWidget(3, 2)
    button.set_colour("#123456")
    assert dialog.working.bands[3].colour == "#123456"


def test_save_to_library_then_reopen_lists_it(qtbot, dialog, document, tmp_path):
    choose(dialog, "EU fraud")
    dialog.edit_copy()
    dialog.form.name.setText("Togo 4 x 4")
    dialog.form.name.textEdited.emit("Togo 4 x 4")
    path = dialog.save_to_library()
    assert path is not None and load_profile(path).name == "Togo 4 x 4"
    again = ProfileEditorDialog(document, folder=tmp_path / "profiles")
    qtbot.addWidget(again)
    texts = [again.chooser.itemText(i) for i in range(again.chooser.count())]
    assert "My library: Togo 4 x 4" in texts
    choose(again, "My library")
    assert again.delete_button.isEnabled()


def test_export_and_import_go_through_files(dialog, monkeypatch, tmp_path):
    out = tmp_path / "shared.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.export_profile()
    assert load_profile(out).key == "wco-5x5"
    other = builtin_profile("corruption-severe-5x3").model_copy(
        update={"key": "kenya-5x3", "name": "Kenya 5 x 3"})
    incoming = tmp_path / "incoming.json"
    save_profile(other, incoming)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(incoming), ""))
    dialog.import_profile()
    assert dialog.chooser.currentText() == "My library: Kenya 5 x 3"
    assert (tmp_path / "profiles" / "kenya-5x3.json").exists()


def test_a_broken_import_is_refused_with_a_message(dialog, monkeypatch, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    dialog.import_profile()
    assert shown and "bad.json" in shown[0]


def test_apply_shows_what_moves_and_is_one_undo_step(qtbot, dialog, document, monkeypatch):
    choose(dialog, "Compact")
    seen = {}

    def accept(preview):
        seen["moves"] = list(preview.moves)
        preview.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RemapPreviewDialog, "exec", accept)
    with qtbot.waitSignal(document.changed):
        assert dialog.apply_to_project()
    project = document.project
    assert project.profile.key == "compact-3x3"
    r1 = next(r for r in project.risks if r.code == "R-001")
    assert (r1.residual.likelihood, r1.residual.impact) == (2, 3)
    assert any(m.code == "R-001" for m in seen["moves"])
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert project.profile.key == "wco-5x5"
    assert (r1.residual.likelihood, r1.residual.impact) == (3, 4)


def test_cancelled_preview_changes_nothing(dialog, document, monkeypatch):
    choose(dialog, "Compact")
    monkeypatch.setattr(RemapPreviewDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not dialog.apply_to_project()
    assert document.project.profile.key == "wco-5x5"
    assert document.undo_stack.count() == 0


def test_preview_model_and_band_filter(qtbot, qtmodeltester, document):
    preview = RemapPreviewDialog(document, builtin_profile("compact-3x3"))
    qtbot.addWidget(preview)
    assert isinstance(preview.model, MovesModel)
    qtmodeltester.check(preview.model)
    everything = preview.model.rowCount()
    preview.only_bands.setChecked(True)
    assert 0 < preview.model.rowCount() < everything
    summary = preview.findChild(QLabel, "remap_summary")
    assert f"{everything} scores move" in summary.text()
