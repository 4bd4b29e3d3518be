"""Type that follows the system's font size, and the presentation view (F11): larger type
and thicker lines for the projector, everything as it was afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from riskmap.edits import add_process
from riskmap.model import Process
from tests.core.conftest import small_project
from tests.ui.window_helpers import current_view, make_window, no_dialogs  # noqa: F401
from ui import fonts
from ui.actions import ActionId
from ui.presentation import FONT_SCALE, LINE_SCALE
from ui.welcome import WelcomePage

pytestmark = pytest.mark.usefixtures("no_dialogs")


@pytest.fixture(autouse=True)
def _app_font_restored(qapp):
    font = QFont(qapp.font())
    yield
    fonts.set_app_font_scale(1.0)
    qapp.setFont(font)


def _size(widget) -> float:
    return widget.font().pointSizeF()


def test_f11_enlarges_the_type_and_lines_and_escape_restores_them(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    inspector = window.risk_views.inspector
    heatmap = window.risk_views.heatmap
    normal = QApplication.font().pointSizeF()
    heading, title = _size(inspector.heading), _size(heatmap.title)
    cell_text = _size(heatmap.heatmap)
    assert heading == pytest.approx(normal * 1.2)

    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.presentation.active and window.actions[ActionId.FULL_SCREEN].isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(normal * FONT_SCALE)
    assert _size(heatmap.heatmap) == pytest.approx(cell_text * FONT_SCALE)  # heat-map cells
    assert _size(heatmap.title) == pytest.approx(title * FONT_SCALE)
    assert _size(inspector.heading) == pytest.approx(heading * FONT_SCALE)
    assert view.map_scene.line_scale == LINE_SCALE
    assert not window.toolbar.isVisible() and window.docks["heatmap"].isVisible()
    # The whole process in view; at "actual size" its type is as large as the screen's.
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.map_scene.itemsBoundingRect())
    view.zoom_actual()
    assert view.zoom == pytest.approx(FONT_SCALE)

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presentation.active
    assert not window.actions[ActionId.FULL_SCREEN].isChecked()
    assert QApplication.font().pointSizeF() == normal
    assert (_size(inspector.heading), _size(heatmap.title)) == (heading, title)
    assert _size(heatmap.heatmap) == cell_text
    assert view.map_scene.line_scale == 1.0
    assert window.toolbar.isVisible()


def test_a_map_first_shown_during_the_presentation_gets_thick_lines(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    window.actions[ActionId.FULL_SCREEN].setChecked(True)
    window.document.apply(add_process(Process(code="P-02", name="Export")))
    assert window.tabs.count() == 2
    view = current_view(window)  # the new process, shown for the first time
    assert view.map_scene.process_id != window.document.project.processes[0].id
    assert view.map_scene.line_scale == LINE_SCALE
    window.actions[ActionId.FULL_SCREEN].setChecked(False)
    assert view.map_scene.line_scale == 1.0


def test_the_type_follows_a_larger_system_font(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    inspector = window.risk_views.inspector
    welcome = WelcomePage()
    qtbot.addWidget(welcome)
    normal = QApplication.font().pointSizeF()
    larger = QFont(QApplication.font())
    larger.setPointSizeF(16.0)
    QApplication.setFont(larger)  # as the system does when the user picks larger text
    assert _size(inspector.heading) == pytest.approx(16.0 * 1.2)
    qtbot.waitUntil(lambda: _size(window.risk_views.heatmap.heatmap) == pytest.approx(16.0))
    assert "font-size: 41.6pt" in welcome.styleSheet()  # the title, 2.6 times the type
    view.zoom_actual()  # "actual size" is the map's type at the window's size
    assert view.zoom == pytest.approx(1.6)
    assert normal != 16.0
