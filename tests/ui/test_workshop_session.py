"""The issue's acceptance run: the seaport example as a workshop, then a second round."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from riskmap import storage
from riskmap.edits import EntityType, SetFields, set_score
from riskmap.export.options import ExportOptions
from riskmap.export.pdf import export_pdf
from riskmap.export.xlsx import export_xlsx
from riskmap.resources import examples_dir
from riskmap.rounds import Direction
from riskmap.vocabulary import ScoreKind
from tests.core.test_pdf import needs_poppler, text_of
from tests.ui.window_helpers import make_window, no_dialogs  # noqa: F401 - a fixture
from ui.actions import ActionId
from ui.dialogs.close_round import CloseRoundDialog
from ui.dialogs.participants import NAME, ParticipantsDialog
from ui.dialogs.profile_editor import ProfileEditorDialog
from ui.dialogs.remap_preview import RemapPreviewDialog
from ui.dialogs.rounds import RoundsDialog
from ui.dialogs.suggestions import SuggestionsDialog
from ui.round_overlay_views import HeatmapMoves, MapArrows

pytestmark = pytest.mark.usefixtures("no_dialogs")
VOTES = [(2, 3), (3, 3), (4, 4), (3, 2), (3, 3)]


@pytest.fixture(autouse=True)
def _answers(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(RemapPreviewDialog, "exec",
                        lambda self: (self.accept(), QDialog.DialogCode.Accepted)[1])


@needs_poppler
def test_a_facilitator_runs_the_seaport_workshop_and_a_later_review(qtbot, tmp_path):
    project = storage.load(examples_dir() / "seaport-import.riskmap")
    window = make_window(qtbot, tmp_path, project)
    document = window.document

    # 1. The profile: the ISO 31000 style scales (same size: nothing moves cell).
    editor = ProfileEditorDialog(document, folder=tmp_path / "profiles", parent=window)
    qtbot.addWidget(editor)
    editor.chooser.setCurrentIndex(next(i for i in range(editor.chooser.count())
                                        if "ISO 31000" in editor.chooser.itemText(i)))
    assert editor.apply_to_project()
    assert project.profile.key == "iso31000-5x5"

    # 2. Five participants, anonymous.
    people = ParticipantsDialog(document, window)
    qtbot.addWidget(people)
    while people.model.rowCount() > 5:
        people.table.setCurrentIndex(people.model.index(5, NAME))
        people.remove_selected()
    people.anonymous.setChecked(True)
    people.accept()
    assert len(project.metadata.participants) == 5

    # 3. Votes of five participants on ten risks, by keyboard, with reasons.
    ten = sorted(project.risks, key=lambda r: r.code)[:10]
    document.select([r.id for r in ten])
    window.actions.trigger(ActionId.GROUP_SCORING)
    scoring = window.workshop.dialog
    scoring.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is scoring)
    for number, risk in enumerate(ten):
        assert scoring.risk is risk
        assert QApplication.focusWidget() is scoring.votes.first_picker()  # ready to type
        for likelihood, impact in VOTES:
            qtbot.keyClick(QApplication.focusWidget(), str(likelihood))
            qtbot.keyClick(QApplication.focusWidget(), str(impact))
        # The group takes the median (a score agreed apart from it earlier would stay).
        qtbot.mouseClick(scoring.agreed.use_median, Qt.MouseButton.LeftButton)
        scoring.agreed.rationale.setText(f"Agreed in plenary, point {number + 1}")
        qtbot.keyClick(scoring.agreed.rationale, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    scoring.close()
    for risk in ten:
        assert (risk.residual.likelihood, risk.residual.impact) == (3, 3)  # the medians
        assert len([v for v in risk.votes if v.kind is ScoreKind.RESIDUAL]) == 5
        assert risk.rationale.startswith("Agreed in plenary")

    # 4. Suggested measures accepted with one click.
    document.select([ten[0].id])
    suggestions = SuggestionsDialog(document, library_file=tmp_path / "lib.json",
                                    parent=window)
    qtbot.addWidget(suggestions)
    measures_before = len(project.measures)
    card = next(c for c in suggestions.measure_list.cards if c.spec.action == "Add")
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    assert len(project.measures) == measures_before + 1
    assert project.measures[-1].risk_ids == [ten[0].id]

    # 5. Close the round.
    closing = CloseRoundDialog(document, today=dt.date(2026, 11, 27), parent=window)
    qtbot.addWidget(closing)
    closing.name.setText("Workshop Nov 2026")
    closing.accept()
    assert project.rounds[-1].name == "Workshop Nov 2026"

    # 6. A year later: two risks re-scored, one measure done.
    document.apply(set_score(project, ten[0].id, ScoreKind.RESIDUAL, 2, 2))
    document.apply(set_score(project, ten[1].id, ScoreKind.RESIDUAL, 5, 5))
    document.apply(SetFields(EntityType.MEASURE, project.measures[-1].id,
                             {"status": "done", "progress": 100}))

    # 7. What moved: the rounds dialog, the map and the heat map.
    rounds = RoundsDialog(document, window)
    qtbot.addWidget(rounds)
    rounds.before.setCurrentIndex(rounds.before.findText("Workshop Nov 2026"))
    assert {row.code for row in rounds.risks_model.rows} == {ten[0].code, ten[1].code}
    rounds.on_views.setChecked(True)
    arrows = window.findChild(MapArrows)
    stage_of = {r.id: project.index.stage_of_risk(r).id for r in ten[:2]}
    qtbot.waitUntil(lambda: arrows.badges().get(stage_of[ten[1].id]) is Direction.UP)
    layer = window.findChild(HeatmapMoves)
    assert {code for a in layer.arrows() for code in a.codes} == {ten[0].code, ten[1].code}

    # 8. ... the workbook and the PDF.
    options = ExportOptions(compare=("Workshop Nov 2026", "Current"))
    export_xlsx(project, tmp_path / "register.xlsx", options)
    workbook = openpyxl.load_workbook(tmp_path / "register.xlsx")
    sheet = workbook["Comparison"]
    codes = {row[0] for row in sheet.iter_rows(min_row=6, values_only=True)}
    assert {ten[0].code, ten[1].code} <= codes
    spread_header = [c.value for c in workbook["Risk register"][1]].index("Vote spread")
    register = {row[0]: row[spread_header]
                for row in workbook["Risk register"].iter_rows(min_row=2, values_only=True)}
    assert register[ten[0].code] == "L 2-4, I 2-4 (5 votes)"
    export_pdf(project, tmp_path / "report.pdf", options)
    text = text_of(tmp_path / "report.pdf")
    assert "Round comparison: Workshop Nov 2026 → Current" in text
