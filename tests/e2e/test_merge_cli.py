"""`riskmap merge BASE MINE THEIRS -o OUT`: both experts' edits in one valid project."""

from __future__ import annotations

import pytest

from riskmap import storage
from riskmap.model import Project
from tests.e2e.conftest import EXAMPLES
from tests.e2e.test_cli import assert_one_line_error


def risk(project: Project, code: str):
    return next(r for r in project.risks if r.code == code)


@pytest.fixture
def copies(tmp_path):
    """The seaport example and two copies to edit: (base, mine, theirs) paths."""
    base = storage.load(EXAMPLES / "seaport-import.riskmap")
    paths = [tmp_path / f"{name}.riskmap" for name in ("base", "mine", "theirs")]
    for path in paths:
        storage.save(base, path)
    return paths


def edit(path, change) -> None:
    project = storage.load(path)
    change(project)
    storage.save(project, path)


def test_a_clean_merge_keeps_both_edits_and_validates(cli, copies, tmp_path):
    base, mine, theirs = copies
    edit(mine, lambda p: setattr(risk(p, "R-003"), "owner", "Chief of Examinations"))
    edit(theirs, lambda p: setattr(risk(p, "R-005"), "evidence", "Complaint 2025/14"))
    out = tmp_path / "merged.riskmap"

    result = cli("merge", base, mine, theirs, "-o", out)
    assert result.code == 0, result.err
    assert result.out.strip().splitlines() == [
        f"{out}: merged: 1 entity changed in mine, 1 in theirs, 0 in both"]
    merged = storage.load(out)
    assert risk(merged, "R-003").owner == "Chief of Examinations"
    assert risk(merged, "R-005").evidence == "Complaint 2025/14"
    assert cli("validate", out).code == 0


def test_conflicts_are_listed_one_a_line_exit_1_and_mine_is_kept(cli, copies, tmp_path):
    base, mine, theirs = copies
    edit(mine, lambda p: setattr(risk(p, "R-003"), "owner", "Mine"))
    edit(theirs, lambda p: setattr(risk(p, "R-003"), "owner", "Theirs"))
    out = tmp_path / "merged.riskmap"

    result = cli("merge", base, mine, theirs, "-o", out)
    assert result.code == 1
    lines = result.out.strip().splitlines()
    assert lines[0] == "conflict: R-003: owner: mine 'Mine', theirs 'Theirs' (kept mine)"
    assert "1 conflict (1 kept mine, 0 kept theirs)" in lines[-1]
    assert risk(storage.load(out), "R-003").owner == "Mine"

    again = cli("merge", base, mine, theirs, "-o", out, "--theirs-wins")
    assert again.code == 1 and "(kept theirs)" in again.out
    assert risk(storage.load(out), "R-003").owner == "Theirs"


def test_writing_over_mine_keeps_the_old_copy_as_a_backup(cli, copies):
    base, mine, theirs = copies
    edit(theirs, lambda p: setattr(risk(p, "R-003"), "owner", "Theirs"))
    before = mine.read_bytes()
    assert cli("merge", base, mine, theirs, "-o", mine).code == 0
    assert risk(storage.load(mine), "R-003").owner == "Theirs"
    assert storage.backup_path(mine).read_bytes() == before


def test_an_unreadable_copy_gives_exit_2_and_writes_nothing(cli, copies, tmp_path):
    base, mine, theirs = copies
    theirs.write_bytes(theirs.read_bytes()[:500])
    out = tmp_path / "merged.riskmap"
    assert_one_line_error(cli("merge", base, mine, theirs, "-o", out), theirs)
    assert not out.exists()


def test_encrypted_copies_merge_into_an_encrypted_project(cli, copies, tmp_path):
    secret = tmp_path / "password.txt"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    for path in copies:
        storage.save(storage.load(path), path, password="correct horse battery staple")
    base, mine, theirs = copies
    out = tmp_path / "merged.riskmap"

    assert_one_line_error(cli("merge", base, mine, theirs, "-o", out), "password is needed")
    result = cli("merge", base, mine, theirs, "-o", out, "--password-file", secret)
    assert result.code == 0, result.err
    assert storage.is_encrypted(out)
    assert cli("validate", out, "--password-file", secret).code == 0
