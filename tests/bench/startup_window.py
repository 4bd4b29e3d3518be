"""Run in a fresh interpreter by test_bench_ui: show a window, print the time it is usable.

    python startup_window.py floor                            an empty QMainWindow
    python startup_window.py app FILE SETTINGS.ini RECOVERY   riskmap's window on FILE
"""

from __future__ import annotations

import os
import sys
import time


def main(argv: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if argv[0] == "floor":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(["bench"])
        window = QMainWindow()
    else:
        from pathlib import Path

        from PySide6.QtCore import QSettings

        from ui.app import create_app
        from ui.main_window import MainWindow

        app = create_app(["bench"])
        settings = QSettings(argv[2], QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, recovery_folder=Path(argv[3]))
    window.resize(1366, 768)
    window.show()
    if argv[0] != "floor":
        window.start(Path(argv[1]))  # as ui.app.main does: shown, then the file opened
    # Usable: every posted event and zero-delay timer handled, the window painted.
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, app.quit)
    app.exec()
    app.processEvents()
    window.repaint()
    print(f"{time.time():.6f}", flush=True)
    os._exit(0)  # the teardown is not part of start-up


if __name__ == "__main__":
    main(sys.argv[1:])
