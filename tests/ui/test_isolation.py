"""Tests never touch the user's real settings or data folders, nor each other's."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QStandardPaths


def test_settings_and_data_folders_live_under_the_test_folder(tmp_path):
    settings = QSettings()
    settings.setValue("probe", 1)
    settings.sync()
    assert settings.fileName().startswith(str(tmp_path))
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert data.startswith(str(tmp_path))
