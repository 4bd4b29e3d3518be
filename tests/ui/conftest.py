"""pytest-qt fixtures: isolated settings and a document on the small test project."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStandardPaths

from tests.core.conftest import small_project
from ui.document import Document
from ui.language import install_language


@pytest.fixture(autouse=True)
def _isolated_settings(qapp):
    QStandardPaths.setTestModeEnabled(True)
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
