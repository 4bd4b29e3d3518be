"""The Qt binding itself: a build that corrupts Python's reference counts aborts the app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPainter, QPixmap


def test_void_qt_calls_keep_none_alive(qapp):
    """PySide6 6.12.0 drops a reference to None on each call of a void method; on Python
    3.11 the app then aborts ("deallocating None") after a few hundred repaints."""
    thing, pixmap = QObject(), QPixmap(16, 16)
    painter = QPainter(pixmap)
    before = sys.getrefcount(None)
    for _ in range(1000):
        thing.setObjectName("stage")
        painter.setPen(QColor("#1D5FD1"))
    painter.end()
    assert sys.getrefcount(None) > before - 100
