"""pytest-qt fixtures: isolated settings and a document on the small test project."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from tests.core.conftest import small_project
from ui.document import Document
from ui.language import install_language


@pytest.fixture(autouse=True)
def _isolated_settings(qapp, tmp_path, monkeypatch):
    """Each test starts with no settings, recent files, recovery files or user profiles,
    and leaves none behind: its own home and settings folders, under its tmp_path (runs
    in parallel, or one after the other, never see each other's)."""
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName("riskmap-tests")
    qapp.setApplicationName("riskmap-tests")
    yield


@pytest.fixture(autouse=True, scope="session")
def _english(qapp):
    """The interface in English, with its plural forms ("1 risk", "2 risks"), whatever the
    language of the computer running the tests."""
    install_language("en")
    yield


@pytest.fixture
def document(qapp) -> Document:
    doc = Document(small_project())
    yield doc
    doc.deleteLater()
