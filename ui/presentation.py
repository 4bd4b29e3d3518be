"""The presentation view (F11) for the projector: full screen, the map and heat map large,
larger type and thicker lines."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar

from ui.fonts import set_app_font_scale
from ui.map.tabs import ProcessTabs
from ui.map.view import ProcessMapView

# Panels that stay in the presentation view, beside the map.
KEPT = ("heatmap",)
HEATMAP_SHARE = 0.34  # of the screen width
FONT_SCALE = 1.4  # the application's type, read from the back of a meeting room
LINE_SCALE = 1.6  # stage borders and flows on the map


class Presentation(QObject):
    """Hides the chrome and every panel but the heat map; the same key brings all back."""

    def __init__(self, window: QMainWindow, docks: dict[str, QDockWidget], toolbar: QToolBar,
                 tabs: ProcessTabs, toggle: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.docks = docks
        self.toolbar = toolbar
        self.tabs = tabs
        self.toggle = toggle
        self._state: QByteArray | None = None
        self._was_maximized = False
        # The menu bar is hidden too: the window itself keeps the key working.
        window.addAction(toggle)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self._escape.setEnabled(False)
        self._escape.activated.connect(lambda: toggle.setChecked(False))
        toggle.toggled.connect(self.set_active)
        tabs.view_changed.connect(self._thicken)

    @property
    def active(self) -> bool:
        return self._state is not None

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        window = self.window
        set_app_font_scale(FONT_SCALE if on else 1.0)
        for shown in self.tabs.views():
            shown.map_scene.set_line_scale(LINE_SCALE if on else 1.0)
        if on:
            self._state = window.saveState()
            self._was_maximized = window.isMaximized()
            for key, dock in self.docks.items():
                dock.setVisible(key in KEPT)
            for bar in (self.toolbar, window.menuBar(), window.statusBar()):
                bar.hide()
            window.showFullScreen()
            kept = [self.docks[key] for key in KEPT if key in self.docks]
            if kept:
                width = int(window.width() * HEATMAP_SHARE)
                window.resizeDocks(kept, [width] * len(kept), Qt.Orientation.Horizontal)
        else:
            state, self._state = self._state, None
            window.showMaximized() if self._was_maximized else window.showNormal()
            for bar in (self.toolbar, window.menuBar(), window.statusBar()):
                bar.show()
            if state is not None:
                window.restoreState(state)
        self._escape.setEnabled(on)
        self.toggle.setChecked(on)  # also when set directly, not by the key
        view = self.tabs.current_view()
        if view is not None:  # and it stays fitted as the window takes its new size
            view.zoom_fit()

    def _thicken(self, view: ProcessMapView | None) -> None:
        """A map first shown during the presentation gets its thick lines too."""
        if view is not None:
            view.map_scene.set_line_scale(LINE_SCALE if self.active else 1.0)
