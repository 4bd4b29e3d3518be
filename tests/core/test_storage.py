"""Files load and save exactly; bad files give one clear error and are never overwritten."""

from __future__ import annotations

import json
import os

import pytest

from riskmap import storage
from riskmap.errors import FileError, NewerFormatError
from riskmap.migrations import FORMAT_VERSION
from tests.core.conftest import small_project


def test_save_then_load_gives_back_the_same_project_and_bytes(tmp_path):
    project = small_project()
    path = tmp_path / "port.riskmap"
    storage.save(project, path)
    loaded = storage.load(path)
    assert loaded.model_dump() == project.model_dump()
    again = tmp_path / "again.riskmap"
    storage.save(loaded, again)
    assert again.read_bytes() == path.read_bytes()


def test_file_is_readable_json_with_the_format_marker_first(tmp_path):
    path = tmp_path / "p.riskmap"
    storage.save(small_project(), path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": "riskmap",\n  "format_version": 1,')
    assert text.endswith("}\n")
    assert json.loads(text)["risks"][0]["code"] == "R-001"


def test_accented_text_is_stored_as_utf8(tmp_path):
    project = small_project()
    project.metadata.office = "Bureau de dédouanement « Port-Est »"
    path = tmp_path / "fr.riskmap"
    storage.save(project, path)
    assert "« Port-Est »" in path.read_text(encoding="utf-8")
    assert storage.load(path).metadata.office == project.metadata.office


BAD_FILES = {
    "empty": (b"", "empty"),
    "truncated": (None, "invalid JSON"),
    "not json": (b"PK\x03\x04 this is a zip", "not UTF-8|invalid JSON"),
    "json list": (b"[1, 2, 3]", "not a riskmap file"),
    "other json": (b'{"name": "x"}', "not a riskmap file"),
    "wrong schema": (None, "risks"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "not a riskmap file"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_raise_one_clear_error(tmp_path, case):
    good = storage.dumps(small_project())
    data, pattern = BAD_FILES[case]
    if case == "truncated":
        data = good[: len(good) // 2].encode()
    if case == "wrong schema":
        doc = json.loads(good)
        doc["risks"][0]["inherent"]["likelihood"] = "very"
        data = json.dumps(doc).encode()
    path = tmp_path / "bad.riskmap"
    path.write_bytes(data)
    with pytest.raises(FileError, match=pattern) as info:
        storage.load(path)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_error_names_the_place_in_the_file(tmp_path):
    doc = json.loads(storage.dumps(small_project()))
    doc["risks"][2]["residual"]["impact"] = 9
    path = tmp_path / "p.riskmap"
    path.write_text(json.dumps(doc))
    with pytest.raises(FileError) as info:
        storage.load(path)
    assert info.value.where == "risks[2].residual.impact"


def test_newer_version_is_refused_with_the_version_named(tmp_path):
    doc = json.loads(storage.dumps(small_project()))
    doc["format_version"] = FORMAT_VERSION + 1
    path = tmp_path / "future.riskmap"
    path.write_text(json.dumps(doc))
    with pytest.raises(NewerFormatError, match=f"format version {FORMAT_VERSION + 1}"):
        storage.load(path)


def test_missing_file(tmp_path):
    with pytest.raises(FileError, match="no such file"):
        storage.load(tmp_path / "nothing.riskmap")


def test_failed_save_leaves_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "p.riskmap"
    storage.save(small_project(), path)
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    project = small_project()
    project.metadata.title = "changed"
    with pytest.raises(FileError, match="No space left"):
        storage.save(project, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.riskmap"]


def test_atomic_output_removes_the_temporary_file_on_error(tmp_path):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), storage.atomic_output(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("export failed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]
