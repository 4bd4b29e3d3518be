"""The command line contract: exit statuses, one-line errors, nothing overwritten."""

from __future__ import annotations

import json

import pytest

from tests.e2e.conftest import EXAMPLES


def assert_one_line_error(result, *names):
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("riskmap: error: ")
    assert "Traceback" not in result.err
    for name in names:
        assert str(name) in lines[0]


def test_examples_validate(cli):
    examples = sorted(EXAMPLES.glob("*.riskmap"))
    assert len(examples) >= 2
    result = cli("validate", *examples)
    assert result.code == 0, result.out + result.err
    assert result.out.count("valid (") == len(examples)


def test_validate_lists_problems_one_a_line(cli, tmp_path):
    doc = json.loads((EXAMPLES / "seaport-import.riskmap").read_text(encoding="utf-8"))
    doc["risks"][0]["residual"]["likelihood"] = 6
    doc["measures"].append(dict(doc["measures"][0], id="0" * 8 + "-0000-4000-8000-" + "0" * 12))
    path = tmp_path / "broken.riskmap"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = cli("validate", path)
    assert result.code == 1
    lines = result.out.strip().splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"{path}: error: ") for line in lines)
    assert doc["risks"][0]["code"] in lines[0] or doc["risks"][0]["code"] in lines[1]


CASES = {
    "missing": None,
    "empty": b"",
    "truncated": "half",
    "not json": b"\x00\x01binary",
    "wrong schema": b'{"format": "riskmap", "format_version": 1, "risks": 5}',
    "newer": b'{"format": "riskmap", "format_version": 99}',
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_gives_exit_2_and_one_line(cli, tmp_path, case):
    path = tmp_path / "bad.riskmap"
    data = CASES[case]
    if data == "half":
        text = (EXAMPLES / "seaport-import.riskmap").read_bytes()
        data = text[: len(text) // 3]
    if data is not None:
        path.write_bytes(data)
    for args in (("validate", path), ("export", path, "--xlsx", tmp_path / "out.xlsx")):
        result = cli(*args)
        assert_one_line_error(result, path)
    assert not (tmp_path / "out.xlsx").exists()
    if data is not None:
        assert path.read_bytes() == data  # nothing written over


def test_newer_version_names_the_version(cli, tmp_path):
    path = tmp_path / "future.riskmap"
    path.write_text('{"format": "riskmap", "format_version": 99}')
    result = cli("validate", path)
    assert "format version 99" in result.err


def test_new_from_template_and_blank(cli, tmp_path):
    out = tmp_path / "mission.riskmap"
    result = cli("new", "-o", out, "--template", "sea-import", "--title", "Mission")
    assert result.code == 0, result.err
    assert cli("validate", out).code == 0
    again = cli("new", "-o", out)
    assert_one_line_error(again, out)
    blank = tmp_path / "blank.riskmap"
    assert cli("new", "-o", blank, "--profile", "compact-3x3").code == 0
    assert json.loads(blank.read_text())["profile"]["key"] == "compact-3x3"


def test_new_with_unknown_template_or_profile(cli, tmp_path):
    assert_one_line_error(cli("new", "-o", tmp_path / "x.riskmap", "--template", "moon"))
    assert_one_line_error(cli("new", "-o", tmp_path / "y.riskmap", "--profile", "10x10"))
    assert not list(tmp_path.iterdir())


def test_profiles_and_schema(cli):
    result = cli("profiles")
    assert result.code == 0
    assert len(result.out.strip().splitlines()) == 5
    assert "wco-5x5" in result.out and "corruption-severe-5x3" in result.out
    schema = json.loads(cli("schema").out)
    assert schema["properties"]["format"] == {"const": "riskmap"}
    assert "risks" in schema["properties"]


def test_usage_mistake_is_one_line(cli):
    result = cli("export")
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1


def test_export_with_a_round_comparison(cli, tmp_path):
    import openpyxl

    out = tmp_path / "compare.xlsx"
    result = cli("export", EXAMPLES / "seaport-import.riskmap", "--xlsx", out,
                 "--compare", "Workshop May 2025", "Current")
    assert result.code == 0, result.err
    sheets = openpyxl.load_workbook(out, read_only=True).sheetnames
    assert sheets[:5] == ["Summary", "Heat map", "Risk register", "Action plan", "Stages"]
    assert "Comparison" in sheets
    unknown = cli("export", EXAMPLES / "seaport-import.riskmap", "--xlsx", tmp_path / "x.xlsx",
                  "--compare", "Spring", "Current")
    assert_one_line_error(unknown, "Spring")
    assert "Workshop May 2025" in unknown.err
    assert not (tmp_path / "x.xlsx").exists()
