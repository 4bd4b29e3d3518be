"""The audit trail names who changed what, survives saving and rounds, and exports safely."""

from __future__ import annotations

import csv
import datetime as dt

from riskmap import audit, storage
from riskmap.audit import diff_projects, export_audit_csv, record_changes
from riskmap.edits import EntityType, Remove, SetFields, add_risk, apply_all, move_stages, set_score
from riskmap.model import Project, Risk, Round
from riskmap.vocabulary import ScoreKind
from tests.core.conftest import small_project

WHEN = dt.datetime(2025, 3, 4, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def code(project: Project, wanted: str):
    everything = [*project.all_stages(), *project.risks, *project.measures]
    return next(e for e in everything if e.code == wanted)


def rows(entries):
    return [(e.entity, e.field, e.old, e.new) for e in entries]


def test_a_score_change_is_logged_with_who_when_and_both_values():
    before = small_project()
    after = before.model_copy(deep=True)
    r2 = code(after, "R-002")
    apply_all(after, [set_score(after, r2.id, ScoreKind.RESIDUAL, 3, 5)])
    entries = diff_projects(before, after, "Amina Diallo", WHEN)
    assert rows(entries) == [("R-002", "residual.likelihood", "4", "3")]
    assert entries[0].who == "Amina Diallo" and entries[0].when == WHEN


def test_added_and_removed_entities_are_one_entry_each():
    before = small_project()
    after = before.model_copy(deep=True)
    stage = code(after, "S-05")
    apply_all(after, [
        add_risk(Risk(code="R-005", stage_id=stage.id, statement="Release without payment")),
        Remove(measure_ids=[code(after, "M-002").id]),
    ])
    assert rows(diff_projects(before, after, "anna", WHEN)) == [
        ("R-005", "(added)", "", "Release without payment"),
        ("M-002", "(removed)", "Random allocation of examiners", ""),
    ]


def test_references_read_as_codes_and_text_is_kept_short():
    before = small_project()
    after = before.model_copy(deep=True)
    risk = code(after, "R-004")
    apply_all(after, [SetFields(EntityType.RISK, risk.id, {
        "stage_id": code(after, "S-05").id, "statement": "x" * 5000})])
    entries = diff_projects(before, after, "anna", WHEN)
    assert ("R-004", "stage_id", "S-04", "S-05") in rows(entries)
    statement = next(e for e in entries if e.field == "statement")
    assert statement.old == "Examiner skips the inspection"
    assert len(statement.new) <= 200 and statement.new.endswith("…")


def test_moving_stages_on_the_map_and_saving_unchanged_log_nothing():
    before = small_project()
    after = before.model_copy(deep=True)
    apply_all(after, [move_stages(after, {code(after, "S-01").id: (120.0, 40.0)})])
    assert diff_projects(before, after, "anna", WHEN) == []
    assert diff_projects(before, storage.loads(storage.dumps(before)), "anna", WHEN) == []


def test_metadata_and_profile_changes_are_named():
    before = small_project()
    after = before.model_copy(deep=True)
    after.metadata.office = "Port-Est"
    after.profile.bands[0].name = "Very low"
    fields = {(e.entity, e.field) for e in diff_projects(before, after, "anna", WHEN)}
    assert fields == {("project", "office"), ("profile", "bands")}


def test_the_log_is_part_of_the_file_and_survives_rounds(tmp_path):
    path = tmp_path / "mission.riskmap"
    project = small_project()
    record_changes(None, project, "anna", WHEN)
    storage.save(project, path)
    saved = storage.load(path)

    r1 = code(project, "R-001")
    apply_all(project, [set_score(project, r1.id, ScoreKind.RESIDUAL, 2, 4)])
    project.rounds.append(Round(name="Round 1", closed_on=dt.date(2025, 3, 5)))
    new = record_changes(saved, project, "marc", WHEN + dt.timedelta(days=1))
    assert rows(new) == [("R-001", "residual.likelihood", "3", "2"),
                         ("Round 1", "(added)", "", "Round 1")]
    storage.save(project, path)
    log = storage.load(path).audit_log
    assert [(e.who, e.entity, e.field) for e in log] == [
        ("anna", "project", "(added)"),
        ("marc", "R-001", "residual.likelihood"),
        ("marc", "Round 1", "(added)"),
    ]
    assert log[1].when == WHEN + dt.timedelta(days=1)


def test_record_changes_stamps_the_local_time_by_default():
    before = small_project()
    after = before.model_copy(deep=True)
    after.metadata.title = "Sea import 2025"
    (entry,) = record_changes(before, after, "anna")
    assert entry.when.tzinfo is not None
    assert abs(entry.when - dt.datetime.now(dt.UTC)) < dt.timedelta(hours=1)


def test_csv_export_is_readable_and_never_runs_a_formula(tmp_path):
    before = small_project()
    after = before.model_copy(deep=True)
    risk = code(after, "R-001")
    apply_all(after, [SetFields(EntityType.RISK, risk.id, {
        "statement": '=HYPERLINK("http://evil.example","click")', "owner": "Chef de bureau é"})])
    record_changes(before, after, "@admin", WHEN)
    out = tmp_path / "audit.csv"
    export_audit_csv(after, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == ["When", "Who", "Entity", "Field", "Old value", "New value"]
    by_field = {row[3]: row for row in table[1:]}
    assert by_field["statement"][5] == "'=HYPERLINK(\"http://evil.example\",\"click\")"
    assert by_field["statement"][1] == "'@admin"
    assert by_field["owner"][5] == "Chef de bureau é"
    assert by_field["owner"][0] == "2025-03-04T10:30:00+01:00"


def test_a_full_log_drops_its_oldest_entries_and_says_so(monkeypatch):
    monkeypatch.setattr(audit, "MAX_ENTRIES", 5)
    project = small_project()
    for n in range(4):
        before = project.model_copy(deep=True)
        project.metadata.title = f"title {n}"
        record_changes(before, project, "anna", WHEN + dt.timedelta(minutes=n))
    before = project.model_copy(deep=True)
    project.metadata.office = "Port-Est"
    project.metadata.scope = "Import"
    record_changes(before, project, "marc", WHEN + dt.timedelta(hours=1))
    log = project.audit_log
    assert len(log) == 5
    assert log[0].field == "(audit log)" and log[0].old.startswith("2 oldest entries removed")
    assert [e.new for e in log[1:]] == ["title 2", "title 3", "Port-Est", "Import"]
