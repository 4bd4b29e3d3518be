"""Suggestions dialog: one click adds a library risk to a stage or a measure to a risk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from riskmap.library import load_library
from riskmap.vocabulary import CorruptionType, EnablingFactor, KeyFactor, MeasureType
from ui.dialogs.suggestions import SuggestionsDialog


@pytest.fixture
def valuation(document):
    project = document.project
    stage = project.all_stages()[1]  # S-02, holds R-001 (a wrong tariff code for a bribe)
    stage.library_key = "valuation"
    risk = project.risks[0]
    risk.corruption_type = CorruptionType.BRIBERY
    risk.enabling_factors = [EnablingFactor.DISCRETION]
    return stage, risk


@pytest.fixture
def dialog(qtbot, document, valuation, tmp_path):
    stage, _risk = valuation
    document.select([stage.id])
    widget = SuggestionsDialog(document, library_file=tmp_path / "library.json")
    qtbot.addWidget(widget)
    return widget


def test_the_selected_stage_gets_its_typical_risks_first(dialog, valuation):
    stage, _risk = valuation
    assert dialog.chosen_stage() == stage.id
    cards = dialog.risk_list.cards
    assert cards and cards[0].spec.tag == "Typical of this stage"
    typical = {r.statement.en for r in load_library().stage("valuation").risks}
    assert cards[0].spec.title in typical


def test_one_click_adds_the_risk_with_the_next_code(qtbot, dialog, document, valuation):
    stage, _risk = valuation
    card = dialog.risk_list.cards[0]
    title = card.spec.title
    with qtbot.waitSignal(document.changed):
        qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    added = document.project.risks[-1]
    assert (added.code, added.stage_id, added.statement) == ("R-005", stage.id, title)
    assert "Added R-005 on S-02" in dialog.status.text()
    # Once recorded, it is no longer offered.
    assert title not in [c.spec.title for c in dialog.risk_list.cards]
    document.undo_stack.undo()
    assert len(document.project.risks) == 4


def test_measures_for_a_risk_are_added_linked_and_tagged(qtbot, dialog, document, valuation):
    _stage, risk = valuation
    dialog.risk_box.setCurrentIndex(dialog.risk_box.findData(risk.id))
    dialog.tabs.setCurrentIndex(1)
    card = next(c for c in dialog.measure_list.cards if c.spec.action == "Add")
    suggestion = dialog.measure_suggestions[dialog.measure_list.cards.index(card)]
    with qtbot.waitSignal(document.changed):
        qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    measure = document.project.measures[-1]
    assert measure.code == "M-003" and measure.risk_ids == [risk.id]
    assert measure.key_factors == list(suggestion.key_factors)
    assert measure.title == suggestion.title


def test_a_measure_the_project_has_is_linked_not_duplicated(qtbot, dialog, document, valuation):
    _stage, risk = valuation
    project = document.project
    project.measures[1].title = "Random, system-based assignment of files to verifying " \
                                "officers, examiners and auditors"
    dialog.risk_box.setCurrentIndex(dialog.risk_box.findData(risk.id))
    dialog.show_measure_suggestions()
    cards = [c for c in dialog.measure_list.cards if c.spec.action == "Link"]
    assert cards, "the project's own measure is offered for linking"
    count = len(project.measures)
    qtbot.mouseClick(cards[0].button, Qt.MouseButton.LeftButton)
    assert len(project.measures) == count
    assert risk.id in project.measures[1].risk_ids


def test_a_risk_goes_to_my_library_and_the_file_can_be_shared(dialog, document, valuation,
                                                              tmp_path, monkeypatch):
    _stage, risk = valuation
    dialog.risk_box.setCurrentIndex(dialog.risk_box.findData(risk.id))
    assert dialog.add_chosen_risk_to_library()
    assert dialog.library.find_risk(risk.statement) is not None
    out = tmp_path / "shared.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.export_library()
    assert load_library(out).find_risk(risk.statement) is not None


def test_a_measure_goes_to_my_library(dialog, document, valuation):
    measure = document.project.measures[0]
    measure.type = MeasureType.DETECTIVE
    measure.key_factors = [KeyFactor.AUTOMATION]
    assert dialog.add_measure_to_library(measure.id)
    assert any(m.title.en == measure.title for m in dialog.library.measures)
