"""Hostile and broken files on the command line: exit 2, one line each, never a traceback;
passwords only ever come from a file."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from riskmap import storage
from tests.e2e.conftest import EXAMPLES, ROOT
from tests.e2e.test_cli import assert_one_line_error

SEAPORT = EXAMPLES / "seaport-import.riskmap"
# The command line run under a 1 GiB address-space cap where the system allows one: a
# memory blow-up would then end in an "unexpected MemoryError" line, failing the test.
CAPPED = """
import sys
try:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
except (ImportError, ValueError, OSError):
    pass
from riskmap.cli import main
sys.exit(main(sys.argv[1:]))
"""


def mutated_files(folder):
    """A few broken or hostile variants of the seaport example, by name."""
    text = SEAPORT.read_text(encoding="utf-8")
    doc = json.loads(text)
    variants = {
        "truncated": text[: len(text) * 2 // 3],
        "deep": text.replace('"risks": [', '"risks": ' + "[" * 200_000, 1),
        "long number": text.replace('"likelihood": 4', '"likelihood": ' + "4" * 6000, 1),
        "huge statement": json.dumps({**doc, "risks": [
            {**doc["risks"][0], "statement": "x" * 1_000_000}]}),
        "many risks": json.dumps({**doc, "risks": [{"code": "R", "statement": "s"}] * 250_000}),
        "wrong type": json.dumps({**doc, "measures": {"M-001": "x"}}),
        "lone surrogate": text.replace('"title": "', '"title": "\\ud800', 1),
        "binary": "\x00\x01\x02" * 100,
        "hostile kdf": json.dumps({"format": "riskmap-encrypted", "format_version": 1,
                                   "kdf": {"name": "scrypt", "salt": "AAAAAAAAAAA=",
                                           "n": 2**40, "r": 8, "p": 1},
                                   "cipher": {"name": "AES-256-GCM", "nonce": "AAAAAAAAAAAAAAAA"},
                                   "ciphertext": "AAAAAAAAAAAAAAAAAAAAAA=="}),
    }
    paths = []
    for name, content in variants.items():
        path = folder / f"{name.replace(' ', '-')}.riskmap"
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
        paths.append(path)
    return paths


def run_capped(*args):
    return subprocess.run([sys.executable, "-c", CAPPED, *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_each_broken_file_gives_one_error_line_and_exit_2(tmp_path):
    paths = mutated_files(tmp_path)
    result = run_capped("validate", *paths)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(paths), result.stderr[-3000:]
    for path, line in zip(paths, lines, strict=True):
        assert line.startswith(f"riskmap: error: {path}"), line
        assert "unexpected" not in line and len(line) < 400
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize("name", ["deep", "many-risks", "hostile-kdf"])
def test_export_of_a_hostile_file_writes_nothing(cli, tmp_path, name):
    path = next(p for p in mutated_files(tmp_path) if p.stem == name)
    out = tmp_path / "register.xlsx"
    assert_one_line_error(cli("export", path, "--xlsx", out), path)
    assert not out.exists()


@pytest.fixture
def sealed(tmp_path):
    """The seaport example encrypted, and files holding the right and a wrong password."""
    path = tmp_path / "seaport.riskmap"
    storage.save(storage.load(SEAPORT), path, password="Mombasa-2025")
    right, wrong = tmp_path / "right.txt", tmp_path / "wrong.txt"
    right.write_text("Mombasa-2025\n", encoding="utf-8")
    wrong.write_text("mombasa-2025\n", encoding="utf-8")
    return path, right, wrong


def test_an_encrypted_project_opens_with_its_password_file(cli, sealed):
    path, right, _ = sealed
    result = cli("validate", path, "--password-file", right)
    assert result.code == 0 and "valid (" in result.out


def test_without_or_with_a_wrong_password_one_clear_line(cli, sealed):
    path, _, wrong = sealed
    before = path.read_bytes()
    needed = cli("validate", path)
    assert_one_line_error(needed, path, "encrypted; a password is needed")
    refused = cli("export", path, "--xlsx", path.with_suffix(".xlsx"), "--password-file", wrong)
    assert_one_line_error(refused, path, "wrong password, or the file was altered")
    assert not path.with_suffix(".xlsx").exists()
    assert path.read_bytes() == before


def test_a_missing_or_empty_password_file_is_named(cli, sealed, tmp_path):
    path, _, _ = sealed
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    assert_one_line_error(cli("validate", path, "--password-file", empty), empty, "empty")
    missing = tmp_path / "nowhere.txt"
    assert_one_line_error(cli("validate", path, "--password-file", missing), missing)


def test_a_password_is_never_taken_on_the_command_line(cli, sealed):
    path, _, _ = sealed
    result = cli("validate", path, "--password", "Mombasa-2025")
    assert result.code == 2 and "unrecognized arguments" in result.err


def test_new_writes_an_encrypted_project(cli, sealed, tmp_path):
    _, right, _ = sealed
    out = tmp_path / "mission.riskmap"
    assert cli("new", "-o", out, "--template", "sea-import", "--password-file", right).code == 0
    assert storage.is_encrypted(out)
    assert storage.load(out, password="Mombasa-2025").all_stages()
