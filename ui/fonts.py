"""Type sizes relative to the application font: headings, the map and the heat map follow
the system's font size, and the presentation view's larger type (app_font_scale)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

_SCALE = "riskmap_font_scale"  # a widget property: its size relative to the app font
_BOLD = "riskmap_font_bold"
_base: QFont | None = None  # the application font before any presentation scaling


def relative_font(scale: float = 1.0, bold: bool = False) -> QFont:
    """The application font, `scale` times as large, bold if asked."""
    font = QFont(QApplication.font())
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    if bold:
        font.setBold(True)
    return font


def set_relative_font(widget: QWidget, scale: float = 1.0, bold: bool = False) -> None:
    """Give a widget a font relative to the application's, kept so when that changes."""
    _watch()
    widget.setProperty(_SCALE, float(scale))
    widget.setProperty(_BOLD, bool(bold))
    widget.setFont(relative_font(scale, bold))


def refresh_relative_fonts() -> None:
    """Recompute every relative font (after the application font changed). A widget with
    its own stylesheet keeps the font it was polished with: polish it again."""
    for widget in QApplication.allWidgets():
        scale = widget.property(_SCALE)
        if scale is not None:
            widget.setFont(relative_font(float(scale), bool(widget.property(_BOLD))))
        elif widget.styleSheet() and "font-size" not in widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())


def on_app_font_changed(slot: Callable[[QFont], object]) -> None:
    """Call `slot` (a method of a QObject, so that it goes with its object) whenever the
    application font changes."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.fontChanged.connect(slot)


def app_font_scale() -> float:
    """How much larger than normal the application font is now (1.0 outside the
    presentation view)."""
    if _base is None or _base.pointSizeF() <= 0:
        return 1.0
    return QApplication.font().pointSizeF() / _base.pointSizeF()


def normal_point_size() -> float:
    """The application font's size outside the presentation view."""
    return (_base or QApplication.font()).pointSizeF()


def set_app_font_scale(scale: float) -> None:
    """Make the whole application's type `scale` times its normal size (1.0 restores it
    exactly); relative fonts follow."""
    global _base
    if _base is None:
        _base = QFont(QApplication.font())
    font = QFont(_base)
    if scale != 1.0:
        font.setPointSizeF(_base.pointSizeF() * scale)
    if scale == 1.0:
        _base = None  # a later system font change is the new normal
    QApplication.setFont(font)
    # Widgets hear of it through posted events: deliver them now, so that the layout
    # that follows (the presentation view's) is made with the new type.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    refresh_relative_fonts()


_watching = False


def _watch() -> None:
    """Follow a change of the system font (the app font changes, relative fonts follow)."""
    global _watching
    app = QGuiApplication.instance()
    if _watching or not isinstance(app, QGuiApplication):
        return
    app.fontChanged.connect(lambda _font: refresh_relative_fonts())
    _watching = True
