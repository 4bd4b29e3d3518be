"""The window's colour options (palette, patterns; kept in the settings) and keyboard
routes between its parts: F6 from panel to panel, Enter from the map to the inspector and
Escape back, Connect To on the map."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from riskmap import palettes
from ui.actions import ActionId, ActionRegistry
from ui.colours import SETTINGS_PALETTE, SETTINGS_PATTERNS, band_palette
from ui.map.tabs import ProcessTabs
from ui.panels.inspector import InspectorPanel

A = ActionId
# The order F6 visits the open panels in, after the map.
PANEL_ORDER = ("inspector", "heatmap", "register", "plan", "dashboard", "problems", "library")


def read_colours(settings: QSettings) -> tuple[str, bool]:
    """The palette and patterns the user chose last (the standard colours at first)."""
    name = settings.value(SETTINGS_PALETTE, palettes.DEFAULT)
    name = name if isinstance(name, str) and name in palettes.PALETTES else palettes.DEFAULT
    patterns = settings.value(SETTINGS_PATTERNS, False)
    # An INI file gives "true" / "false" back as text.
    return name, patterns is True or (isinstance(patterns, str) and patterns.lower() == "true")


def first_focusable(root: QWidget) -> QWidget | None:
    """The first widget Tab would reach inside `root` (itself if it takes focus)."""
    if root.focusPolicy() & Qt.FocusPolicy.TabFocus and root.isVisible():
        return root
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root:
        if (root.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None


class WindowAccess(QObject):
    """Wires the colour and keyboard actions of one main window."""

    def __init__(self, window: QMainWindow, actions: ActionRegistry, settings: QSettings,
                 tabs: ProcessTabs, docks: dict[str, QDockWidget]) -> None:
        super().__init__(window)
        self.setObjectName("window_access")
        self.window = window
        self.actions = actions
        self.settings = settings
        self.tabs = tabs
        self.docks = docks
        name, patterns = read_colours(settings)
        palette = band_palette()
        palette.set_name(name)
        palette.set_patterns(patterns)
        actions[A.PALETTE_COLOURBLIND].setChecked(name == palettes.COLOURBLIND)
        actions[A.PALETTE_STANDARD].setChecked(name != palettes.COLOURBLIND)
        actions[A.BAND_PATTERNS].setChecked(patterns)
        actions[A.PALETTE_STANDARD].triggered.connect(
            lambda: self.set_palette(palettes.DEFAULT))
        actions[A.PALETTE_COLOURBLIND].triggered.connect(
            lambda: self.set_palette(palettes.COLOURBLIND))
        actions[A.BAND_PATTERNS].toggled.connect(self.set_patterns)
        actions[A.CONNECT_TO].triggered.connect(self.connect_to)
        actions[A.NEXT_PANEL].triggered.connect(lambda: self.cycle_panels(True))
        actions[A.PREVIOUS_PANEL].triggered.connect(lambda: self.cycle_panels(False))
        tabs.inspect_requested.connect(self.focus_inspector)
        inspector = docks["inspector"].widget() if "inspector" in docks else None
        if isinstance(inspector, InspectorPanel):
            inspector.back_requested.connect(self.focus_map)

    # --- colours -------------------------------------------------------------------------
    def set_palette(self, name: str) -> None:
        band_palette().set_name(name)
        self.settings.setValue(SETTINGS_PALETTE, band_palette().name)
        self.actions[A.PALETTE_COLOURBLIND].setChecked(name == palettes.COLOURBLIND)
        self.actions[A.PALETTE_STANDARD].setChecked(name != palettes.COLOURBLIND)

    def set_patterns(self, on: bool) -> None:
        band_palette().set_patterns(on)
        self.settings.setValue(SETTINGS_PATTERNS, on)

    # --- keyboard routes -------------------------------------------------------------------
    def connect_to(self) -> None:
        view = self.tabs.current_view()
        if view is not None:
            view.start_connect()

    def focus_map(self) -> None:
        view = self.tabs.current_view()
        if view is not None:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_inspector(self) -> None:
        dock = self.docks.get("inspector")
        if dock is None:
            return
        dock.show()
        dock.raise_()
        inspector = dock.widget()
        if isinstance(inspector, InspectorPanel):
            inspector.focus_first_field()

    def panels(self) -> list[QWidget]:
        """The map, then each open panel in PANEL_ORDER (panels behind a tab count)."""
        found: list[QWidget] = []
        view = self.tabs.current_view()
        if view is not None and self.tabs.isVisible():
            found.append(view)
        for key in PANEL_ORDER:
            dock = self.docks.get(key)
            if dock is not None and dock.toggleViewAction().isChecked():
                found.append(dock)
        return found

    def cycle_panels(self, forward: bool) -> QWidget | None:
        """Move the keyboard to the next (or previous) panel; returns the widget focused."""
        panels = self.panels()
        if not panels:
            return None
        focus = QApplication.focusWidget()
        at = next((i for i, panel in enumerate(panels)
                   if focus is not None and (panel is focus or panel.isAncestorOf(focus))), -1)
        step = 1 if forward else -1
        panel = panels[(at + step) % len(panels)] if at >= 0 else panels[0 if forward else -1]
        if isinstance(panel, QDockWidget):
            panel.show()
            panel.raise_()
            target = first_focusable(panel.widget()) if panel.widget() is not None else None
        else:
            target = panel
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return target
