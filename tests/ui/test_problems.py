"""The problems list checks the project again only after edits that can change a problem."""

from __future__ import annotations

from riskmap.edits import EntityType, SetFields, set_score
from riskmap.model import Assessment
from riskmap.vocabulary import ScoreKind
from tests.core.conftest import small_project
from ui import problems as problems_module
from ui.document import Document
from ui.problems import REFRESH_DELAY_MS, ProblemsModel


def counting(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = problems_module.find_problems

    def count(project):
        calls.append(1)
        return real(project)

    monkeypatch.setattr(problems_module, "find_problems", count)
    return calls


def test_edits_no_check_reads_leave_the_list_alone(qtbot, monkeypatch):
    document = Document(small_project())
    model = ProblemsModel(document)
    calls = counting(monkeypatch)
    risk, stage = document.project.risks[0], document.project.all_stages()[1]
    document.apply(SetFields(EntityType.RISK, risk.id, {"statement": "Reworded"}))
    document.apply(SetFields(EntityType.STAGE, stage.id, {"name": "Renamed"}))
    document.apply(set_score(document.project, risk.id, ScoreKind.RESIDUAL, 1, 1))
    qtbot.wait(REFRESH_DELAY_MS + 100)
    assert calls == []
    assert model.problems == []


def test_a_new_code_or_a_score_out_of_the_profile_is_checked(qtbot, monkeypatch):
    document = Document(small_project())
    model = ProblemsModel(document)
    first, second = document.project.risks[0], document.project.risks[1]
    with qtbot.waitSignal(model.problems_changed):
        document.apply(SetFields(EntityType.RISK, second.id, {"code": first.code}))
    assert any(p.code == first.code and "used 2 times" in p.message for p in model.problems)
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: model.problems == [])
    with qtbot.waitSignal(model.problems_changed):  # not through set_score: unchecked
        document.apply(SetFields(EntityType.RISK, first.id,
                                 {"residual": Assessment(likelihood=6, impact=2)}))
    assert [p.entity_id for p in model.problems] == [first.id]
    with qtbot.waitSignal(model.problems_changed):  # a valid score clears it
        document.apply(set_score(document.project, first.id, ScoreKind.RESIDUAL, 2, 2))
    assert model.problems == []
