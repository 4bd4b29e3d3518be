"""The register and action-plan models follow the project and edit it through the document."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from riskmap.edits import EntityType, Remove, SetFields, add_risk, set_score
from riskmap.model import Risk
from riskmap.vocabulary import KeyFactor, MeasureStatus, ScoreKind
from ui.models.action_plan import COLUMN as PLAN
from ui.models.action_plan import ActionPlanModel
from ui.models.filters import MeasureFilterProxy, RiskFilterProxy
from ui.models.register import COLUMN, RiskRegisterModel

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def register(document, qtmodeltester):
    model = RiskRegisterModel(document)
    qtmodeltester.check(model)
    return model


def cell(model, row, key, columns=COLUMN, role=DISPLAY):
    return model.data(model.index(row, columns[key]), role)


def test_register_shows_each_risk_with_its_stage_and_band(register):
    assert register.rowCount() == 4
    assert cell(register, 0, "code") == "R-001"
    assert cell(register, 0, "holder") == "S-02 Declaration"
    assert cell(register, 0, "process") == "Sea import"
    assert cell(register, 0, "residual") == "12 High"
    assert cell(register, 0, "residual_l") == "Possible"
    assert cell(register, 2, "holder") == "S-03 → S-04 red channel"
    assert cell(register, 3, "residual") == "not scored"
    assert cell(register, 1, "rank") == "1"
    assert cell(register, 1, "key_factors") == "4 Automation, 6 Audit and Investigation"
    background = cell(register, 1, "residual", role=Qt.ItemDataRole.BackgroundRole)
    assert background.name().upper() == "#C62828"  # Critical
    assert cell(register, 1, "residual", role=Qt.ItemDataRole.ForegroundRole).name() == "#ffffff"


def test_a_score_edited_elsewhere_updates_only_that_row(document, register, qtbot):
    risk = document.project.risks[3]
    seen = []
    register.dataChanged.connect(lambda a, b: seen.append((a.row(), b.row())))
    document.apply(set_score(document.project, risk.id, ScoreKind.RESIDUAL, 5, 5))
    assert cell(register, 3, "residual") == "25 Critical"
    assert cell(register, 3, "rank") == "1"
    assert (3, 3) in seen


def test_editing_a_cell_changes_the_project_and_undoes(document, register):
    risk = document.project.risks[0]
    assert register.setData(register.index(0, COLUMN["residual_l"]), 5)
    assert (risk.residual.likelihood, risk.residual.impact) == (5, 4)
    assert cell(register, 0, "residual") == "20 Critical"
    assert register.setData(register.index(0, COLUMN["owner"]), "  Head of clearance ")
    assert risk.owner == "Head of clearance"
    assert register.setData(register.index(0, COLUMN["type"]), "bribery")
    assert cell(register, 0, "type") == "Bribery / facilitation payment"
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert risk.residual.likelihood == 3
    assert risk.owner == ""
    assert not register.setData(register.index(0, COLUMN["statement"]), "   ")


def test_adding_and_removing_risks_resets_rows(document, register, qtbot):
    stage = document.project.all_stages()[0]
    with qtbot.waitSignal(register.modelReset):
        document.apply(add_risk(Risk(code="R-005", stage_id=stage.id, statement="New")))
    assert register.rowCount() == 5
    with qtbot.waitSignal(register.modelReset):
        document.apply(Remove(stage_ids=[stage.id]))
    assert register.rowCount() == 4


def test_renaming_a_stage_renames_it_in_the_register(document, register):
    stage = document.project.all_stages()[1]
    document.apply(SetFields(EntityType.STAGE, stage.id, {"name": "Lodging"}))
    assert cell(register, 0, "holder") == "S-02 Lodging"


def test_filters_by_band_stage_text_and_heat_map_cell(document, register, qtmodeltester):
    proxy = RiskFilterProxy(register)
    qtmodeltester.check(proxy)
    proxy.update_filter(band="Critical")
    assert [proxy.risk_at(r).code for r in range(proxy.rowCount())] == ["R-002"]
    document.set_score_kind(ScoreKind.INHERENT)
    assert [proxy.risk_at(r).code for r in range(proxy.rowCount())] == ["R-001", "R-002"]
    proxy.clear_filter()
    proxy.update_filter(text="EXAMINER")
    assert {proxy.risk_at(r).code for r in range(proxy.rowCount())} == {"R-003", "R-004"}
    proxy.clear_filter()
    exam = document.project.all_stages()[3]
    proxy.update_filter(holder_id=exam.id)
    assert [proxy.risk_at(r).code for r in range(proxy.rowCount())] == ["R-004"]
    proxy.clear_filter()
    proxy.update_filter(key_factor=KeyFactor.HUMAN_RESOURCES)
    assert {proxy.risk_at(r).code for r in range(proxy.rowCount())} == {"R-003", "R-004"}
    proxy.clear_filter()
    ids = frozenset({document.project.risks[0].id})
    proxy.update_filter(risk_ids=ids)
    assert proxy.rowCount() == 1
    # A re-score moves the risk out of a band filter at once.
    proxy.set_filter(proxy.filter.__class__(band="Critical"))
    document.apply(set_score(document.project, document.project.risks[0].id,
                             ScoreKind.INHERENT, 1, 1))
    assert [proxy.risk_at(r).code for r in range(proxy.rowCount())] == ["R-002"]


def test_register_sorts_by_score_not_by_text(register):
    proxy = RiskFilterProxy(register)
    proxy.sort(COLUMN["residual"], Qt.SortOrder.DescendingOrder)
    assert [proxy.risk_at(r).code for r in range(4)] == ["R-002", "R-001", "R-003", "R-004"]


@pytest.fixture
def plan(document, qtmodeltester):
    model = ActionPlanModel(document, today=dt.date(2026, 11, 23))
    qtmodeltester.check(model)
    return model


def test_plan_shows_measures_and_highlights_overdue(plan):
    assert cell(plan, 0, "code", PLAN) == "M-001"
    assert cell(plan, 0, "risks", PLAN) == "R-002"
    assert cell(plan, 1, "risks", PLAN) == "R-003, R-004"
    assert cell(plan, 0, "status", PLAN) == "In progress — overdue"
    assert cell(plan, 0, "deadline", PLAN, Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(plan, 1, "deadline", PLAN, Qt.ItemDataRole.BackgroundRole) is None
    assert "Overdue" in cell(plan, 0, "deadline", PLAN, Qt.ItemDataRole.ToolTipRole)


def test_plan_edits_go_through_the_undo_stack(document, plan):
    measure = document.project.measures[0]
    assert plan.setData(plan.index(0, PLAN["status"]), "done")
    assert measure.status is MeasureStatus.DONE
    assert cell(plan, 0, "status", PLAN) == "Done"
    assert plan.setData(plan.index(0, PLAN["deadline"]), dt.date(2027, 1, 31))
    assert measure.deadline == dt.date(2027, 1, 31)
    assert plan.setData(plan.index(0, PLAN["key_factors"]), [3, 4])
    assert measure.key_factors == [KeyFactor.TRANSPARENCY, KeyFactor.AUTOMATION]
    assert plan.setData(plan.index(0, PLAN["progress"]), 70)
    assert document.undo_stack.count() == 4
    for _ in range(4):
        document.undo_stack.undo()
    assert measure.status is MeasureStatus.IN_PROGRESS and measure.progress == 40


def test_plan_follows_risk_codes_and_filters(document, plan, qtmodeltester):
    risk = document.project.risks[1]
    document.apply(SetFields(EntityType.RISK, risk.id, {"code": "R-099"}))
    assert cell(plan, 0, "risks", PLAN) == "R-099"
    proxy = MeasureFilterProxy(plan)
    qtmodeltester.check(proxy)
    proxy.update_filter(overdue_only=True)
    assert [proxy.measure_at(r).code for r in range(proxy.rowCount())] == ["M-001"]
    proxy.update_filter(overdue_only=False, key_factor=KeyFactor.HUMAN_RESOURCES)
    assert [proxy.measure_at(r).code for r in range(proxy.rowCount())] == ["M-002"]
    proxy.update_filter(key_factor=None, status=MeasureStatus.PLANNED)
    assert [proxy.measure_at(r).code for r in range(proxy.rowCount())] == ["M-002"]


def test_priority_ranks_follow_rescoring_like_the_ranking(document):
    import random

    from riskmap.analysis import priority_ranks
    from riskmap.testing import generate

    register = RiskRegisterModel(document)  # the model tester would check 80 rows an edit
    document.replace_project(generate(12, 80, 10, seed=3), None)
    project = document.project
    rng = random.Random(5)
    for _ in range(20):
        risk = rng.choice(project.risks)
        score = (rng.randint(1, 5), rng.randint(1, 5)) if rng.random() < 0.8 else (None, None)
        register.rank(risk)  # ranks are in use
        document.apply(set_score(project, risk.id, ScoreKind.RESIDUAL, *score))
        expected = priority_ranks(project)
        assert {r.id: register.rank(r) for r in project.risks} == expected


def test_a_sorted_register_keeps_the_selection_on_the_same_risk(document, register, qtbot):
    from PySide6.QtCore import QItemSelectionModel

    proxy = RiskFilterProxy(register)
    selection = QItemSelectionModel(proxy)
    proxy.sort(COLUMN["residual"], Qt.SortOrder.DescendingOrder)
    assert [proxy.risk_at(r).code for r in range(4)] == ["R-002", "R-001", "R-003", "R-004"]
    selection.select(proxy.index(1, 0), QItemSelectionModel.SelectionFlag.Select)
    risk = document.project.risks[0]
    document.apply(set_score(document.project, risk.id, ScoreKind.RESIDUAL, 5, 5))
    assert [proxy.risk_at(r).code for r in range(4)] == ["R-001", "R-002", "R-003", "R-004"]
    assert [proxy.risk_at(i.row()).code for i in selection.selectedIndexes()] == ["R-001"]
