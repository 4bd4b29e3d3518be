"""The one place where the window's dock panels are created and placed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from ui.document import Document
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
    docks["library"] = make_dock(window, "library", "Stage library", palette,
                                 Area.LeftDockWidgetArea)

    # Inspector (right); risk register, action plan, heat map, dashboard (bottom tabs).
    docks.update(install_risk_docks(window, document, make_dock))

    problems_model = ProblemsModel(document, window)
    problems = ProblemsView(problems_model)
    docks["problems"] = make_dock(window, "problems", "Problems", problems,
                                  Area.BottomDockWidgetArea)

    def count_problems(found: Sequence[object]) -> None:
        docks["problems"].setWindowTitle(f"Problems ({len(found)})" if found else "Problems")

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
