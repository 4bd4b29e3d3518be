"""The PDF report: content a reader finds, literal user text, paper, fonts, atomic writes."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from riskmap import storage
from riskmap.errors import RiskmapError
from riskmap.export.drawings import heatmap_drawing, process_map_drawing
from riskmap.export.options import ExportOptions
from riskmap.export.pdf import export_pdf
from riskmap.model import Participant, Project
from riskmap.progress import Cancelled
from riskmap.resources import examples_dir
from riskmap.testing import generate
from riskmap.vocabulary import ScoreKind

TODAY = dt.date(2026, 11, 23)
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) not installed",
)
HEADINGS = ("Executive summary", "Top 10 residual risks", "Measures by status",
            "Overdue measures", "Process maps", "Heat maps", "Inherent risk",
            "Residual risk", "Target risk", "Risk register", "Action plan by key factor",
            "Method annex", "Participants")


def seaport() -> Project:
    return storage.load(examples_dir() / "seaport-import.riskmap")


def text_of(path: Path) -> str:
    """The text of a PDF as pdftotext reads it, runs of white space made single spaces."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out)


def page_sizes(path: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(path)], check=True,
                          capture_output=True, text=True).stdout
    return [(float(w), float(h))
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]


def export(project: Project, tmp_path: Path, **options: object) -> Path:
    path = tmp_path / "report.pdf"
    export_pdf(project, path, ExportOptions(today=TODAY, **options))  # type: ignore[arg-type]
    return path


@needs_poppler
def test_the_seaport_report_names_every_risk_and_measure_and_heads_every_section(
    tmp_path: Path,
) -> None:
    project = seaport()
    text = text_of(export(project, tmp_path))
    for risk in project.risks:
        assert risk.code in text
    for measure in project.measures:
        assert measure.code in text
    for heading in HEADINGS:
        assert heading in text
    assert project.metadata.title.split()[0] in text
    assert project.metadata.classification in text


@needs_poppler
def test_every_page_has_the_marking_and_page_x_of_y(tmp_path: Path) -> None:
    project = seaport()
    project.metadata.classification = "SECRET - WORKSHOP"
    path = export(project, tmp_path)
    pages = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                           text=True).stdout.split("\f")[:-1]
    assert len(pages) == len(page_sizes(path)) > 10
    for number, page in enumerate(pages, start=1):
        assert "SECRET - WORKSHOP" in page
        assert f"Page {number} of {len(pages)}" in page


@needs_poppler
def test_a4_by_default_letter_on_request_with_landscape_pages_for_maps(tmp_path: Path) -> None:
    project = seaport()
    a4 = page_sizes(export(project, tmp_path))
    assert a4[0] == pytest.approx((595.28, 841.89), abs=0.5)
    assert {tuple(round(v) for v in size) for size in a4} == {(595, 842), (842, 595)}
    letter = page_sizes(export(project, tmp_path, paper="letter"))
    assert {tuple(round(v) for v in size) for size in letter} == {(612, 792), (792, 612)}


def test_an_unknown_paper_size_is_refused_in_one_line(tmp_path: Path, project: Project) -> None:
    with pytest.raises(RiskmapError, match="unknown paper size 'a3'"):
        export(project, tmp_path, paper="a3")
    assert not (tmp_path / "report.pdf").exists()


@needs_poppler
def test_user_text_prints_literally_never_as_markup(tmp_path: Path, project: Project) -> None:
    hostile = "<b>x</b> & <font size=80>"
    project.metadata.title = hostile
    project.risks[0].statement = hostile
    project.processes[0].stages[0].name = hostile
    project.measures[0].title = "</para><para>M & co"
    text = text_of(export(project, tmp_path))
    assert text.count(hostile) >= 3  # cover, register, stage table (and page headers)
    assert "</para><para>M & co" in text


@needs_poppler
def test_french_text_prints_every_character(tmp_path: Path, project: Project) -> None:
    words = "« Dédouanement » à l’entrée : œuvre, ça, où, Ñandú, naïve — 5 000 €"
    project.metadata.title = words
    project.risks[0].statement = words
    project.metadata.participants.append(Participant(code="P01", name="Hélène Côté"))
    path = export(project, tmp_path, lang="fr")
    text = text_of(path)
    assert words in text
    assert "Hélène Côté" in text
    assert "Registre des risques" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes yes " in row for row in rows)  # embedded, subset


@needs_poppler
def test_a_text_longer_than_a_page_prints_whole(tmp_path: Path, project: Project) -> None:
    words = [f"w{n}x" for n in range(2500)]
    project.risks[0].statement = " ".join(words)
    project.metadata.scope = " ".join(words[:700])
    found = set(text_of(export(project, tmp_path)).split())
    assert set(words) <= found


@needs_poppler
def test_bilingual_headings_with_a_second_language(tmp_path: Path, project: Project) -> None:
    text = text_of(export(project, tmp_path, second_lang="fr"))
    assert "Risk register / Registre des risques" in text
    assert "Executive summary / Synthèse" in text


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf not installed")
def test_qpdf_finds_no_error(tmp_path: Path) -> None:
    path = export(seaport(), tmp_path)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_cancelled_export_leaves_the_old_file_whole(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old report")
    calls: list[tuple[int, int, str]] = []

    def cancel_midway(done: int, total: int, what: str) -> None:
        calls.append((done, total, what))
        if done > total // 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        export_pdf(project, path, ExportOptions(progress=cancel_midway))
    assert path.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    assert calls and all(0 <= done <= total for done, total, _ in calls)


def test_progress_runs_to_the_end(tmp_path: Path, project: Project) -> None:
    seen: list[int] = []
    export_pdf(project, tmp_path / "r.pdf",
               ExportOptions(progress=lambda done, total, what: seen.append(done * 100 // total)))
    assert seen == sorted(seen)
    assert seen[-1] == 100


@needs_poppler
def test_redacted_report_drops_names(tmp_path: Path, project: Project) -> None:
    project.risks[0].owner = "Inspector Clouseau"
    text = text_of(export(project, tmp_path, redact=True))
    assert "Inspector Clouseau" not in text
    assert "REDACTED" in text


def test_long_process_map_is_split_into_parts_that_fit_and_hold_every_stage() -> None:
    project = generate(stages=45, risks=60, measures=5, processes=1, seed=3)
    process = project.processes[0]
    drawings = process_map_drawing(project, process, ScoreKind.RESIDUAL, 700, 450)
    assert len(drawings) > 1
    assert all(d.width <= 700.01 and d.height <= 450.01 for d in drawings)
    drawn = [shape._svgAttrs["id"] for d in drawings for shape in _rects(d)
             if getattr(shape, "_svgAttrs", {}).get("class") == "stage"]
    assert sorted(drawn) == sorted(f"stage-{s.code}" for s in process.stages)


def test_heatmap_fits_its_width(project: Project) -> None:
    drawing = heatmap_drawing(project, ScoreKind.RESIDUAL, 300)
    assert drawing.width == 300
    cells = [r for r in _rects(drawing)
             if getattr(r, "_svgAttrs", {}).get("class") == "heatmap-cell"]
    assert len(cells) == 25
    assert all(r.x >= 0 and r.x + r.width <= 300.01 for r in cells)


def _rects(node: object) -> list:  # type: ignore[type-arg]
    found = []
    for child in getattr(node, "contents", []):
        if type(child).__name__ == "Rect":
            found.append(child)
        found += _rects(child)
    return found
