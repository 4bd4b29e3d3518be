"""Files of every earlier format version open; newer ones are refused with the version named."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from riskmap import migrations, storage
from riskmap.checks import check_project
from riskmap.errors import FileError, NewerFormatError

FIXTURES = Path(__file__).with_name("fixtures")
VERSIONED = sorted(FIXTURES.glob("format-v*.riskmap"))


def version_of(path: Path) -> int:
    match = re.fullmatch(r"format-v(\d+)\.riskmap", path.name)
    assert match, f"{path.name}: fixtures are named format-vN.riskmap"
    return int(match.group(1))


def test_every_format_version_has_a_fixture_and_a_migration():
    assert sorted(version_of(p) for p in VERSIONED) == list(
        range(1, migrations.FORMAT_VERSION + 1))
    assert sorted(migrations.MIGRATIONS) == list(range(1, migrations.FORMAT_VERSION))


@pytest.mark.parametrize("path", VERSIONED, ids=lambda p: p.name)
def test_a_file_of_every_version_opens_and_saves_in_the_current_one(path, tmp_path):
    assert json.loads(path.read_text(encoding="utf-8"))["format_version"] == version_of(path)
    project = storage.load(path)
    assert project.risks and project.rounds and project.audit_log
    assert check_project(project) == []
    again = tmp_path / "again.riskmap"
    storage.save(project, again)
    assert json.loads(again.read_text(encoding="utf-8"))["format_version"] == \
        migrations.FORMAT_VERSION
    assert storage.load(again).model_dump() == project.model_dump()


@pytest.mark.parametrize("ahead", [1, 7])
def test_a_newer_version_is_refused_with_its_number(tmp_path, ahead):
    document = json.loads(VERSIONED[-1].read_text(encoding="utf-8"))
    document["format_version"] = migrations.FORMAT_VERSION + ahead
    path = tmp_path / "future.riskmap"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(NewerFormatError,
                       match=f"format version {migrations.FORMAT_VERSION + ahead}\\)"):
        storage.load(path)


def test_a_migration_that_trips_on_a_hostile_file_gives_one_line(monkeypatch, tmp_path):
    def fragile(document):
        return {**document, "risks": [r["old_name"] for r in document["risks"]]}

    monkeypatch.setattr(migrations, "FORMAT_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, fragile)
    monkeypatch.setattr(storage, "FORMAT_VERSION", 2)
    with pytest.raises(FileError, match="cannot upgrade from format version 1 \\(KeyError"):
        storage.load(VERSIONED[0])
