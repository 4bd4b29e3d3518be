"""riskmap's own error messages read in the interface language: a file that cannot be
opened, an edit refused, an export that failed (the file and the place kept)."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QWidget

from riskmap import storage
from riskmap.edits import EditError, Remove, set_score
from riskmap.errors import FileError
from riskmap.vocabulary import ScoreKind
from tests.core.conftest import small_project
from tests.ui.test_export_runner import options
from tests.ui.window_helpers import (
    make_window,
    no_dialogs,  # noqa: F401 - a fixture, used below
)
from ui import editing, files
from ui.editing import apply_edit
from ui.export_runner import ExportRunner
from ui.language import error_text, install_language

pytestmark = pytest.mark.usefixtures("no_dialogs")


@pytest.fixture
def speak():
    """Switch the interface language for one test; English again afterwards."""
    yield install_language
    install_language("en")


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:
    """The title and text of every error dialog the file commands show."""
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(files, "show_error",
                        lambda parent, title, text: errors.append((title, text)))
    return errors


def test_a_corrupt_file_is_explained_in_french(qtbot, tmp_path, speak, shown):
    speak("fr")
    broken = tmp_path / "broken.riskmap"
    broken.write_text('{"format": "riskmap",\n "format_version": }', encoding="utf-8")
    window = make_window(qtbot, tmp_path, small_project())
    assert not window.files.open_path(broken)
    assert shown == [("Impossible d'ouvrir broken.riskmap",
                      f"{broken} : ligne 2 colonne 20 : ce n'est pas un fichier riskmap "
                      "(JSON non valide : Expecting value)")]
    assert len(window.document.project.all_stages()) == 5  # the open project stays


def test_a_file_from_a_newer_riskmap_is_explained_in_french(qtbot, tmp_path, speak, shown):
    speak("fr")
    newer = tmp_path / "newer.riskmap"
    newer.write_text('{"format": "riskmap", "format_version": 99}', encoding="utf-8")
    window = make_window(qtbot, tmp_path, small_project())
    assert not window.files.open_path(newer)
    assert shown[0][1] == (
        f"{newer} : écrit par une version plus récente de riskmap (version de format 99) ; "
        f"cette version de riskmap lit les versions jusqu'à {storage.FORMAT_VERSION}. "
        "Mettez riskmap à jour pour l'ouvrir.")


def test_a_missing_file_is_explained_in_spanish(qtbot, tmp_path, speak, shown):
    speak("es")
    window = make_window(qtbot, tmp_path, small_project())
    assert not window.files.open_path(tmp_path / "gone.riskmap")
    assert shown[0][1] == f"{tmp_path / 'gone.riskmap'}: no existe el archivo"


def test_english_reads_as_the_command_line(qtbot, tmp_path, shown):
    window = make_window(qtbot, tmp_path, small_project())
    empty = tmp_path / "empty.riskmap"
    empty.write_text("  \n", encoding="utf-8")
    assert not window.files.open_path(empty)
    assert shown[0][1] == f"{empty}: the file is empty"


def test_a_refused_edit_is_explained_in_french(document, speak, monkeypatch):
    speak("fr")
    warned: list[str] = []
    monkeypatch.setattr(editing.QMessageBox, "warning",
                        lambda parent, title, text: warned.append(text))
    assert not apply_edit(document, Remove(stage_ids=[uuid.uuid4()]), QWidget())
    assert warned == ["suppression impossible : 1 éléments ne sont pas dans le projet"]
    with pytest.raises(EditError) as refused:
        set_score(document.project, document.project.risks[0].id, ScoreKind.RESIDUAL, 6, 2)
    assert str(refused.value) == "likelihood 6 is outside the profile (1 to 5)"
    assert error_text(refused.value) == "la probabilité 6 est hors de l'échelle (1 à 5)"


def test_a_failed_export_says_why_in_spanish(qtbot, document, tmp_path, speak):
    speak("es")
    window = QWidget()
    qtbot.addWidget(window)
    runner = ExportRunner(window)

    def failing(project, target, opts):
        raise FileError(target, "cannot write ({reason})", reason="Permission denied")

    target = tmp_path / "x.xlsx"
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.start(failing, document.project, target, options(), "Exporting")
    assert failed.args[0] == f"{target}: no se puede escribir (Permission denied)"
    runner.pool.waitForDone(5000)
