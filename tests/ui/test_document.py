"""The document applies edits through the undo stack and tells views what changed."""

from __future__ import annotations

from riskmap import storage
from riskmap.edits import EntityType, Remove
from riskmap.vocabulary import ScoreKind


def test_edit_undo_redo_and_modified_mark(document, qtbot, tmp_path):
    stage = document.project.all_stages()[3]
    with qtbot.waitSignal(document.modified_changed) as modified:
        document.apply(Remove(stage_ids=[stage.id]))
    assert modified.args == [True]
    assert document.undo_stack.undoText() == "Delete stage S-04 Physical examination"
    assert stage.id not in document.project.index.stages
    with qtbot.waitSignal(document.changed) as changed:
        document.undo_stack.undo()
    assert any(c.entity is EntityType.STAGE for c in changed.args[0])
    assert stage.id in document.project.index.stages
    assert not document.is_modified
    document.undo_stack.redo()
    document.save(tmp_path / "p.riskmap")
    assert not document.is_modified
    assert storage.load(tmp_path / "p.riskmap").model_dump() == document.project.model_dump()


def test_score_kind_and_selection_signals(document, qtbot):
    with qtbot.waitSignal(document.score_kind_changed):
        document.set_score_kind(ScoreKind.TARGET)
    risk = document.project.risks[0]
    with qtbot.waitSignal(document.selection_changed) as selected:
        document.select([risk.id])
    assert selected.args == [(risk.id,)]


def test_an_invalid_edit_never_reaches_the_undo_stack(document):
    import pytest

    from riskmap.edits import EditError, EntityType, SetFields

    measure = document.project.measures[0]
    with pytest.raises(EditError):
        document.apply(SetFields(EntityType.MEASURE, measure.id, {"progress": 140}))
    assert document.undo_stack.count() == 0
    assert not document.is_modified
    assert measure.progress == 40
