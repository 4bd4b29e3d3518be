"""The one place where the window's dock panels are created and placed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QWidget

from ui.document import Document
from ui.language import translate
from ui.palette import StagePalette
from ui.problems import ProblemsModel, ProblemsView
from ui.views import install_risk_docks

Area = Qt.DockWidgetArea


def make_dock(window: QMainWindow, key: str, title: str, widget: QWidget,
              area: Area) -> QDockWidget:
    """A dock named "dock_<key>" (its name keeps the layout across sessions)."""
    dock = QDockWidget(title, window)
    dock.setObjectName(f"dock_{key}")
    dock.setWidget(widget)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                     | QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
    window.addDockWidget(area, dock)
    return dock


def install_docks(window: QMainWindow, document: Document) -> dict[str, QDockWidget]:
    """Create every dock of the window for a document; keys are stable ids, in the order
    the View > Panels menu lists them. Bottom docks share one tabbed area."""
    docks: dict[str, QDockWidget] = {}

    palette = StagePalette()
    docks["library"] = make_dock(window, "library", translate("Docks", "Stage library"),
                                 palette,
                                 Area.LeftDockWidgetArea)
    # The library is read when its panel is first on screen, not behind another's tab.
    docks["library"].visibilityChanged.connect(
        lambda visible: palette.shown() if visible else None)

    # Inspector (right); risk register, action plan, heat map, dashboard (bottom tabs).
    docks.update(install_risk_docks(window, document, make_dock))

    problems_model = ProblemsModel(document, window)
    problems = ProblemsView(problems_model)
    docks["problems"] = make_dock(window, "problems", translate("Docks", "Problems"), problems,
                                  Area.BottomDockWidgetArea)

    def count_problems(found: Sequence[object]) -> None:
        docks["problems"].setWindowTitle(
            translate("Docks", "Problems ({count})").format(count=len(found)) if found
            else translate("Docks", "Problems"))

    problems_model.problems_changed.connect(count_problems)
    count_problems(problems_model.problems)

    bottom = [d for d in docks.values() if window.dockWidgetArea(d) == Area.BottomDockWidgetArea]
    for other in bottom[1:]:
        window.tabifyDockWidget(bottom[0], other)
    if bottom:
        bottom[0].raise_()
        window.resizeDocks([bottom[0]], [240], Qt.Orientation.Vertical)
    window.resizeDocks([docks["library"]], [250], Qt.Orientation.Horizontal)
    return docks


COMPACT_WIDTH, COMPACT_HEIGHT = 1600, 900


def arrange_for_size(window: QMainWindow, docks: dict[str, QDockWidget], width: int,
                     height: int) -> None:
    """The first layout on a small screen (e.g. a 1366x768 laptop): the stage library
    shares the right column with the inspector, and the bottom panels are lower, so that
    the map keeps most of the window; a large screen gives the bottom panels more rows.
    Used only while no layout has been saved."""
    if width < COMPACT_WIDTH and "library" in docks and "inspector" in docks:
        window.tabifyDockWidget(docks["inspector"], docks["library"])
        docks["inspector"].raise_()
        window.resizeDocks([docks["inspector"]], [290], Qt.Orientation.Horizontal)
    bottom = [d for d in docks.values() if window.dockWidgetArea(d) == Area.BottomDockWidgetArea]
    if bottom:  # the register shows a dozen rows on a large screen, a few on a laptop
        lower = 200 if height < COMPACT_HEIGHT else int(height * 0.32)
        window.resizeDocks([bottom[0]], [lower], Qt.Orientation.Vertical)


def hide_stale_tab_bars(window: QMainWindow) -> None:
    """Hide tab bars QMainWindow left behind (seen with Qt 6.12): when a second group of
    tabbed docks grows, the bar of its first two tabs stays visible somewhere over the
    panels. A live bar sits right under the dock its current tab shows."""
    docks = {dock.windowTitle(): dock for dock in window.findChildren(QDockWidget)}
    for bar in window.findChildren(QTabBar):
        if bar.parent() is not window or not bar.isVisible() or bar.count() == 0:
            continue
        dock = docks.get(bar.tabText(bar.currentIndex()))
        if dock is None:
            continue
        below = abs(bar.geometry().top() - dock.geometry().bottom() - 1) <= 4
        across = bar.geometry().left() < dock.geometry().right()
        if not (dock.isVisible() and below and across):
            bar.hide()
