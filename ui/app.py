"""The desktop application: QApplication set-up and the `main(path)` entry point.

Importing this module loads Qt only: the window's modules come in with create_app."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from riskmap import __version__
from riskmap.resources import resource
from ui.startup import loading_modules

ORGANIZATION = "riskmap"
APPLICATION = "riskmap"


def _load_fonts() -> None:
    """The shipped DejaVu fonts, so that the map looks the same on every computer."""
    folder = resource("fonts")
    if folder.is_dir():
        for font in sorted(folder.glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(font))


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once): names for QSettings and data folders, style, icon.
    The window's modules load with it (ui.startup)."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    with loading_modules():
        app = _make_app(argv)
        importlib.import_module("ui.main_window")
    return app


def _make_app(argv: list[str] | None) -> QApplication:
    from ui.actions import icon
    from ui.colours import readable_palette
    from ui.language import install_from_settings

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("riskmap")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("riskmap")
    app.setStyle("Fusion")
    app.setPalette(readable_palette(app.style().standardPalette()))
    install_from_settings(QSettings())  # English, French or Spanish (default: the system's)
    app.setWindowIcon(icon("riskmap"))
    _load_fonts()
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    return app


def main(path: Path | None = None) -> int:
    """Open the main window (on `path` if given) and run until it closes."""
    app = create_app()
    from ui.docks import COMPACT_WIDTH
    from ui.main_window import MainWindow

    window = MainWindow()
    small = window.width() < COMPACT_WIDTH
    window.showMaximized() if window.first_start and small else window.show()
    window.start(Path(path) if path is not None else None)
    return app.exec()
