"""Risk views at workshop and national size: an edit, a selection, an added risk, a sort."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from riskmap.edits import Remove, add_risk, set_score
from riskmap.model import Risk
from riskmap.vocabulary import ScoreKind
from tests.bench.conftest import Figure, measure, record
from ui.docks import make_dock
from ui.document import Document
from ui.models.register import COLUMN
from ui.views import RiskViews

# Seconds the window may stay busy after one gesture.
TARGET = {"workshop": 0.05, "national": 0.3}
TARGET_SORT = {"workshop": 0.05, "national": 1.0}


@pytest.fixture
def views(qtbot, projects, request):
    project = projects[request.param][0].model_copy(deep=True)
    document = Document(project)
    window = QMainWindow()
    qtbot.addWidget(window)
    views = RiskViews(window, document)
    views.install(make_dock)
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    yield request.param, document, views
    document.deleteLater()


def settle() -> None:
    QApplication.processEvents()


@pytest.mark.parametrize("views", ["workshop", "national"], indirect=True)
def test_rescore_and_undo(benchmark, views):
    size, document, _ = views
    risk = document.project.risks[len(document.project.risks) // 2]

    def rescore() -> None:
        document.apply(set_score(document.project, risk.id, ScoreKind.RESIDUAL, 5, 5))
        document.undo_stack.undo()
        settle()

    seconds = measure(benchmark, rescore) / 2
    assert record(Figure("views: re-score a risk (each of do, undo)", size, seconds,
                         target=TARGET[size])).met


@pytest.mark.parametrize("views", ["workshop", "national"], indirect=True)
def test_select_a_stage(benchmark, views):
    size, document, _ = views
    stages = document.project.all_stages()

    def select() -> None:
        document.select([stages[3].id])
        document.select([stages[4].id])
        settle()

    seconds = measure(benchmark, select) / 2
    assert record(Figure("views: select a stage (inspector)", size, seconds,
                         target=TARGET[size])).met


@pytest.mark.parametrize("views", ["workshop", "national"], indirect=True)
def test_add_a_risk(benchmark, views):
    size, document, _ = views
    stage = document.project.all_stages()[0]

    def add_and_remove() -> None:
        risk = Risk(code="R-99999", stage_id=stage.id, statement="Benchmark risk")
        document.apply(add_risk(risk))
        document.apply(Remove(risk_ids=[risk.id]))
        settle()

    seconds = measure(benchmark, add_and_remove) / 2
    assert record(Figure("views: add (or delete) a risk", size, seconds,
                         target=TARGET[size] * 2)).met


@pytest.mark.parametrize("views", ["workshop", "national"], indirect=True)
def test_sort_the_register(benchmark, views):
    size, _, risk_views = views
    table = risk_views.register.table

    def sort() -> None:
        table.sortByColumn(COLUMN["residual"], Qt.SortOrder.DescendingOrder)
        table.sortByColumn(COLUMN["statement"], Qt.SortOrder.AscendingOrder)

    seconds = measure(benchmark, sort) / 2
    assert record(Figure("views: sort the register", size, seconds,
                         target=TARGET_SORT[size])).met
