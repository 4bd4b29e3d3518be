"""Whether a view is on screen, and a call when its dock brings it there.

Qt reports a dock behind another dock's tab as visible: it is only moved out of sight.
Views that cost something to bring up to date (the dashboard, the heat map) remember what
changed while out of sight and catch up when their dock says they show again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget, QWidget


def on_screen(widget: QWidget) -> bool:
    """Shown and not hidden behind another dock's tab (nor moved out of the window)."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def in_dock(widget: QWidget) -> bool:
    """Whether the widget is the content of a dock (which says when it shows: see
    catch_up_when_shown); a widget on its own catches up in its showEvent."""
    return isinstance(widget.parentWidget(), QDockWidget)


def catch_up_when_shown(dock: QDockWidget, catch_up: Callable[[], object]) -> None:
    """Call `catch_up` whenever the dock's widget comes on screen: its tab chosen, the
    dock shown or floated; now, or once the window is laid out (restoring the panels
    shows every dock for a moment, the ones behind a tab included)."""
    widget = dock.widget()

    def shown(visible: bool) -> None:
        if not visible:
            return
        if on_screen(widget):
            catch_up()
        else:
            QTimer.singleShot(0, widget, lambda: catch_up() if on_screen(widget) else None)

    dock.visibilityChanged.connect(shown)
