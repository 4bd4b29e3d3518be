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
from riskmap.export.drawings import (
    heatmap_drawing,
    process_map_drawing,
    process_overview_drawing,
)
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


def pages_of(path: Path) -> list[str]:
    """The text of each page, runs of white space made single spaces."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    return [re.sub(r"\s+", " ", page) for page in out.split("\f")[:-1]]


@needs_poppler
def test_the_seaport_process_is_shown_whole_on_one_page_before_its_detailed_parts(
    tmp_path: Path,
) -> None:
    project = seaport()
    process = project.processes[0]
    pages = pages_of(export(project, tmp_path))
    overview = [n for n, page in enumerate(pages) if "The whole process on one page" in page]
    assert len(overview) == 1
    page = pages[overview[0]]
    assert all(re.search(rf"\b{stage.code}\b", page) for stage in process.stages)
    assert "Part 1 of" not in page  # the detailed parts follow on the next pages
    assert "green channel" in page and "selected for audit" in page  # flows keep labels
    detail = " ".join(pages[overview[0] + 1:])
    assert "Part 2 of 2" in detail and "Part 3 of" not in detail  # was three parts


@needs_poppler
def test_a_labelled_flow_between_parts_shows_its_label_on_the_connector(
    tmp_path: Path,
) -> None:
    text = text_of(export(seaport(), tmp_path))
    assert "green channel → S-12" in text  # under S-04, on the first part
    assert "from S-04: green channel" in text  # over S-12, on the second


def test_detailed_parts_print_stage_names_at_seven_points_or_more() -> None:
    project = seaport()
    process = project.processes[0]
    drawings = process_map_drawing(project, process, ScoreKind.RESIDUAL, 751, 377,
                                   legend=False)
    names = [stage.name for stage in process.stages]
    first_lines = [s for d in drawings for s in _strings(d)
                   if any(name.startswith(s.text) for name in names)]
    assert len(drawings) == 2
    assert len(first_lines) == len(names)
    assert min(s.fontSize for s in first_lines) >= 7.0


@needs_poppler
def test_a_300_stage_process_prints_every_stage_and_no_unreadable_overview(
    tmp_path: Path,
) -> None:
    project = generate(stages=300, risks=80, measures=5, processes=1, seed=5)
    process = project.processes[0]
    assert process_overview_drawing(project, process, ScoreKind.RESIDUAL, 751, 400) is None
    pages = pages_of(export(project, tmp_path))
    found = set(" ".join(pages).split())
    assert {stage.code for stage in process.stages} <= found
    assert sum("too many for a readable overview" in page for page in pages) == 1
    assert not any("The whole process on one page" in page for page in pages)


def test_an_overview_fits_its_box_and_prints_codes_at_six_points_or_more() -> None:
    project = generate(stages=80, risks=80, measures=5, processes=1, seed=3)
    process = project.processes[0]
    drawing = process_overview_drawing(project, process, ScoreKind.RESIDUAL, 751, 400)
    assert drawing is not None
    assert drawing.width <= 751.01 and drawing.height <= 400.01
    codes = {stage.code for stage in process.stages}
    printed = [s for s in _strings(drawing) if s.text in codes]
    assert {s.text for s in printed} == codes
    assert min(s.fontSize for s in printed) >= 6.0


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


def _strings(node: object) -> list:  # type: ignore[type-arg]
    found = []
    for child in getattr(node, "contents", []):
        if type(child).__name__ == "String":
            found.append(child)
        found += _strings(child)
    return found


def _rects(node: object) -> list:  # type: ignore[type-arg]
    found = []
    for child in getattr(node, "contents", []):
        if type(child).__name__ == "Rect":
            found.append(child)
        found += _rects(child)
    return found
