"""The risk views in the main window on the seaport example: a new user's first minute
(add, score, see it everywhere, plan a measure, export) and the views kept in sync."""

from __future__ import annotations

import time

import openpyxl
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from riskmap import storage
from riskmap.resources import examples_dir
from riskmap.vocabulary import ScoreKind
from tests.ui.window_helpers import make_window, no_dialogs  # noqa: F401
from ui.actions import ActionId
from ui.dialogs.export_dialog import ExportDialog
from ui.models.register import COLUMN
from ui.views import RiskViews

SEAPORT = examples_dir() / "seaport-import.riskmap"
CRITICAL = "#C62828"


@pytest.fixture
def window(qtbot, tmp_path, no_dialogs):  # noqa: F811
    window = make_window(qtbot, tmp_path, storage.load(SEAPORT), SEAPORT)
    yield window
    window.findChild(RiskViews).exporter.runner.pool.waitForDone(60000)


def views_of(window) -> RiskViews:
    views = window.findChild(RiskViews)
    assert views is not None
    return views


def test_first_minute_add_score_see_plan_export(qtbot, window, monkeypatch, tmp_path):
    views = views_of(window)
    document = window.document
    stage = next(s for s in document.project.all_stages() if s.code == "S-10")
    views.docks["dashboard"].raise_()
    # Shown, the dashboard counts the example's risks: every one in some residual row.
    qtbot.waitUntil(lambda: sum(row[2][1] for row in views.dashboard.bands.rows)
                    == len(document.project.risks))
    before_critical = views.dashboard.bands.rows[0][2][1]
    # 1. Select the stage and capture a risk in one line of the inspector.
    document.select([stage.id])
    assert views.inspector.heading.text().startswith("S-10 ·")
    qtbot.keyClicks(views.inspector.capture,
                    "A gate officer lets a container out without a release note for a payment")
    started = time.perf_counter()
    qtbot.keyClick(views.inspector.capture, "\r")
    assert time.perf_counter() - started < 0.5
    risk = document.project.risks[-1]
    assert risk.stage_id == stage.id and risk.code == "R-047"
    # 2. Score it in the risk editor: label by label, score and band shown live.
    editor = views.register.open_risk(risk.id)
    residual = editor.scores[ScoreKind.RESIDUAL]
    residual.likelihood.set_value(5)
    residual.impact.set_value(5)
    assert residual.chip.text() == "25 · Critical"
    assert "daily" in residual.likelihood.descriptor.text()
    editor.accept()
    # 3. The heat map, the map colour, the register and the dashboard follow at once.
    assert "R-047" in views.heatmap.heatmap.grid.cell(5, 5).risk_codes
    item = window.tabs.current_view().map_scene.stage_items[stage.id]
    assert item.fill.name().upper() == CRITICAL
    row = views.register.model.row_of(risk.id)
    assert views.register.model.index(row, COLUMN["residual"]).data() == "25 Critical"
    qtbot.waitUntil(lambda: views.dashboard.bands.rows[0][2][1] == before_critical + 1)
    # 4. Plan a measure for it: it is linked to the selected risk.
    document.select([risk.id, stage.id])
    qtbot.keyClicks(views.plan.capture, "Electronic gate release matched to the payment")
    qtbot.keyClick(views.plan.capture, "\r")
    measure = document.project.measures[-1]
    assert measure.risk_ids == [risk.id]
    # 5. Export Excel and PDF from the File menu.
    views.exporter.runner.offer_open = False
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    for action, name in ((ActionId.EXPORT_XLSX, "seaport.xlsx"),
                         (ActionId.EXPORT_PDF, "seaport.pdf")):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, n=name: (str(tmp_path / n), ""))
        with qtbot.waitSignal(views.exporter.runner.succeeded, timeout=60000):
            window.actions.trigger(action)
    sheet = openpyxl.load_workbook(tmp_path / "seaport.xlsx").worksheets[2]
    assert "R-047" in [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert (tmp_path / "seaport.pdf").stat().st_size > 10_000


def test_heat_map_cell_filters_the_register_dock(qtbot, window):
    views = views_of(window)
    cell = views.heatmap.heatmap.grid.cell(4, 5)
    views.docks["heatmap"].raise_()
    views.heatmap.heatmap.click_cell(4, 5)
    assert sorted(views.register.visible_codes()) == sorted(cell.risk_codes)
    assert views.register.filters.cell_chip.text().startswith("Residual: Likely × Severe")
    views.heatmap.heatmap.click_cell(4, 5)
    assert len(views.register.visible_codes()) == len(window.document.project.risks)


def test_undo_from_the_window_brings_every_view_back(qtbot, window):
    views = views_of(window)
    document = window.document
    risk = document.project.risks[0]
    model = views.register.model
    before = model.index(0, COLUMN["residual"]).data()
    assert model.setData(model.index(0, COLUMN["residual_l"]), 1)
    assert model.index(0, COLUMN["residual"]).data() != before
    window.actions.trigger(ActionId.UNDO)
    assert model.index(0, COLUMN["residual"]).data() == before
    assert risk.code in views.heatmap.heatmap.grid.cell(
        risk.residual.likelihood, risk.residual.impact).risk_codes


def test_copy_map_and_heat_map_as_images(qtbot, window):
    QGuiApplication.clipboard().clear()
    window.actions.trigger(ActionId.COPY_MAP_IMAGE)
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() > 800
    window.actions.trigger(ActionId.COPY_HEATMAP_IMAGE)
    assert QGuiApplication.clipboard().image().size() != image.size()


def test_export_actions_wait_for_a_project(qtbot, tmp_path, no_dialogs):  # noqa: F811
    window = make_window(qtbot, tmp_path)
    assert not window.actions[ActionId.EXPORT_XLSX].isEnabled()
    window.actions.trigger(ActionId.NEW)
    assert window.actions[ActionId.EXPORT_XLSX].isEnabled()
