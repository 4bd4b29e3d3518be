"""Oversized input is refused in one clear line that names the limit, and quickly."""

from __future__ import annotations

import json

import pytest

from riskmap import storage
from riskmap.errors import FileError, LimitError, RiskmapError
from tests.core.conftest import small_project


def document() -> dict:
    return json.loads(storage.dumps(small_project()))


def load_document(tmp_path, doc) -> None:
    path = tmp_path / "big.riskmap"
    path.write_text(json.dumps(doc), encoding="utf-8")
    storage.load(path)


def test_a_30000_character_statement_is_refused_with_the_limit_named(tmp_path):
    doc = document()
    doc["risks"][1]["statement"] = "bribe " * 5000
    with pytest.raises(FileError) as info:
        load_document(tmp_path, doc)
    assert info.value.where == "risks[1].statement"
    assert "text too long (30,000 characters; riskmap accepts up to 20,000)" in str(info.value)
    assert "\n" not in str(info.value) and "bribe bribe" not in str(info.value)


def test_300000_risks_are_refused_before_any_is_validated(tmp_path):
    doc = document()
    doc["risks"] = [{"code": "R", "statement": "x"}] * 300_000
    with pytest.raises(LimitError, match=r"too many risks \(300,000; riskmap accepts up to "
                                         r"200,000\)") as info:
        load_document(tmp_path, doc)
    assert str(tmp_path / "big.riskmap") in str(info.value)


@pytest.mark.parametrize("where", ["stages", "flows"])
def test_too_many_stages_or_flows_in_a_process(tmp_path, where):
    doc = document()
    doc["processes"][0][where] = [{}] * 250_000
    with pytest.raises(LimitError, match=f"too many {where} \\(250,000;"):
        load_document(tmp_path, doc)


def test_too_many_actors_on_one_risk(tmp_path):
    doc = document()
    doc["risks"][0]["actors"] = ["Broker"] * 500
    with pytest.raises(FileError, match=r"too many items \(500; riskmap accepts up to 100\)"):
        load_document(tmp_path, doc)


def test_a_file_over_the_size_limit_is_refused_without_being_read(tmp_path, monkeypatch):
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "huge.riskmap"
    storage.save(small_project(), path)
    with pytest.raises(LimitError, match="file too large") as info:
        storage.load(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("text", [
    '{"format": "riskmap", "format_version": 1, "risks": [' + "9" * 5000 + "]}",
    '{"format": "riskmap", "format_version": ' + "7" * 4000 + "}",
    '{"format": "riskmap", "format_version": "' + "v" * 100_000 + '"}',
])
def test_absurd_numbers_and_versions_give_a_short_line(text):
    with pytest.raises(RiskmapError) as info:
        storage.loads(text, "odd.riskmap")
    assert len(str(info.value)) < 300


def test_a_huge_unknown_key_is_named_briefly():
    text = '{"format": "riskmap", "format_version": 1, "metadata": {"' + "k" * 100_000 + '": 1}}'
    with pytest.raises(FileError, match="Extra inputs are not permitted") as info:
        storage.loads(text, "odd.riskmap")
    assert info.value.where.startswith("metadata.kkk") and len(str(info.value)) < 300
