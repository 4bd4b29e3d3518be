"""Fuzzing Excel import: broken and hostile workbooks give a RiskmapError or a valid result.

The number of cases follows RISKMAP_FUZZ_EXAMPLES, as in test_fuzz.py.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riskmap import storage
from riskmap.checks import check_project
from riskmap.errors import FileError, LimitError, RiskmapError
from riskmap.export.xlsx import export_xlsx
from riskmap.importers import apply_import, import_register, safety
from riskmap.model import Project
from tests.core.conftest import small_project
from tests.core.test_fuzz import FUZZ

SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
HOSTILE_XML = [
    b"<!DOCTYPE x [<!ENTITY a SYSTEM 'file:///etc/passwd'>]>", b"&a;", b"<c><c><c>" * 3000,
    b"<v>" + b"9" * 5000 + b"</v>", b'<f>cmd|" /C calc"!A0</f>', b"<v>1e999</v>", b"\x00",
    b"\xff\xfe", b"]]>", b"<?xml version='1.0'?>", b"<t>" + b"x" * 100_000 + b"</t>",
    b"<row r='1048577'>", b"r='XFD1048576'", b"<dimension ref='A1:XFD1048576'/>",
]


@cache
def project() -> Project:
    return small_project()


@cache
def workbook() -> bytes:
    """Our own export of the small project: the valid file every case starts from."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "register.xlsx"
        export_xlsx(project(), path)
        return path.read_bytes()


def members() -> list[str]:
    with zipfile.ZipFile(io.BytesIO(workbook())) as archive:
        return [name for name in archive.namelist() if name.endswith((".xml", ".rels"))]


def rezip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def with_parts(**changes: bytes) -> bytes:
    """The workbook with some parts replaced or added (names use / as usual)."""
    with zipfile.ZipFile(io.BytesIO(workbook())) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts.update({name.replace("__", "/"): data for name, data in changes.items()})
    return rezip(parts)


def outcome(data: bytes) -> list[RiskmapError]:
    """Import the bytes as a foreign register and as our own workbook come back: each ends
    in a one-line RiskmapError or in a project that passes the integrity checks."""
    errors: list[RiskmapError] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "register.xlsx"
        path.write_bytes(data)
        for current in (None, project()):
            try:
                report = import_register(path, current)
            except RiskmapError as exc:
                assert "\n" not in str(exc) and len(str(exc)) < 1000, str(exc)[:2000]
                errors.append(exc)
                continue
            result = apply_import(current or Project(), report)
            if report.project is not None:
                assert check_project(result) == []
            storage.loads(storage.dumps(result))
    return errors


@FUZZ
@given(st.lists(st.tuples(st.floats(0, 1), st.sampled_from(["flip", "cut", "put"]),
                          st.binary(min_size=1, max_size=8)), min_size=1, max_size=4))
def test_mutated_workbook_bytes_import_or_fail_cleanly(edits):
    data = bytearray(workbook())
    for where, op, chunk in edits:
        at = int(where * (len(data) - 1))
        if op == "flip":
            data[at] ^= chunk[0] or 1
        elif op == "cut":
            del data[at: at + len(chunk) * 20]
        else:
            data[at:at] = chunk
    outcome(bytes(data))


@FUZZ
@given(st.data())
def test_mutated_parts_inside_a_sound_zip_import_or_fail_cleanly(data):
    # Mutating the XML inside a well-formed zip gets past the zip checks to the parsers.
    with zipfile.ZipFile(io.BytesIO(workbook())) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    for _ in range(data.draw(st.integers(1, 3))):
        name = data.draw(st.sampled_from(members()))
        text = bytearray(parts[name])
        at = data.draw(st.integers(0, len(text)))
        op = data.draw(st.sampled_from(["hostile", "cut", "flip"]))
        if op == "hostile":
            text[at:at] = data.draw(st.sampled_from(HOSTILE_XML))
        elif op == "cut":
            del text[at: at + data.draw(st.integers(1, 400))]
        elif text:
            text[min(at, len(text) - 1)] ^= data.draw(st.integers(1, 255))
        parts[name] = bytes(text)
    outcome(rezip(parts))


def billion_laughs(padding: int) -> bytes:
    """Shared strings whose one entry expands to 10^9 "lol"s; the padding pushes the
    DOCTYPE past what the quick scan reads, so the XML parser itself must refuse it."""
    entities = b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"lol") * 10)
        for n in range(1, 10)
    )
    return (b'<?xml version="1.0"?><!--' + b"x" * padding + b"--><!DOCTYPE sst [" + entities
            + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>')


def with_shared_strings(payload: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(workbook())) as archive:
        types = archive.read("[Content_Types].xml")
    override = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SHARED_STRINGS}"/>'
    return with_parts(**{"[Content_Types].xml": types.replace(b"</Types>", override.encode()
                                                               + b"</Types>"),
                         "xl__sharedStrings.xml": payload})


@pytest.mark.parametrize("padding", [0, 10_000], ids=["scanned", "past-the-scan"])
def test_billion_laughs_in_shared_strings_is_refused(padding):
    for error in outcome(with_shared_strings(billion_laughs(padding))) or [None]:
        assert isinstance(error, FileError) and "XML bomb" in str(error)


def test_billion_laughs_is_refused_by_the_parser_without_the_scan(monkeypatch):
    monkeypatch.setattr(safety, "_DTD_MARKERS", ())
    errors = outcome(with_shared_strings(billion_laughs(0)))
    assert len(errors) == 2 and all("XML bomb" in str(e) for e in errors)


def test_zip_bomb_in_shared_strings_is_refused_before_parsing():
    payload = b"<sst>" + b" " * (20 * 1024 * 1024) + b"</sst>"
    errors = outcome(with_shared_strings(payload))
    assert len(errors) == 2
    assert all(isinstance(e, LimitError) and "zip bomb" in str(e) for e in errors)


def test_external_entities_are_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    xxe = (b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "'
           + secret.as_uri().encode() + b'">]><sst xmlns="http://schemas.openxmlformats.org/'
           b'spreadsheetml/2006/main"><si><t>&x;</t></si></sst>')
    errors = outcome(with_shared_strings(xxe))
    assert len(errors) == 2 and all("TOP-SECRET" not in str(e) for e in errors)


@pytest.mark.parametrize("part", ["numFmts", "cellXfs", "fonts"])
def test_a_styles_part_missing_what_cells_refer_to_fails_cleanly(part):
    # Found by the fuzzer: cells naming a number format that styles.xml no longer has.
    with zipfile.ZipFile(io.BytesIO(workbook())) as archive:
        styles = archive.read("xl/styles.xml").decode()
    broken = re.sub(rf"<{part} count=\"\d+\">.*?</{part}>", f'<{part} count="0"/>', styles,
                    flags=re.S)
    assert broken != styles
    outcome(with_parts(**{"xl/styles.xml": broken.encode()}))
