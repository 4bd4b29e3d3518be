"""PDF report and SVG drawings at workshop and national size."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import LongTable, SimpleDocTemplate

from riskmap.export.options import ExportOptions
from riskmap.export.pdf import export_pdf
from riskmap.export.svg import export_svg
from tests.bench.conftest import Figure, measure, record, timed

TARGET_PDF = {"workshop": 5.0, "national": 30.0}
TARGET_SVG = {"workshop": 2.0, "national": 20.0}
ROUNDS = {"workshop": 3, "national": 1}


def _plain_table(rows: int, path: str) -> None:
    """The floor: one plain string a row, ten columns, no wrapping, no colours."""
    data = [[f"R-{n:05d}", *("text" for _ in range(9))] for n in range(rows)]
    for start in range(0, rows, 250):
        SimpleDocTemplate(path, pagesize=landscape(A4)).build(
            [LongTable(data[start:start + 250], repeatRows=1)])


@pytest.mark.parametrize("size", ["workshop", "national"])
def test_pdf_report(benchmark, projects, size, tmp_path):
    project, _ = projects[size]
    out = tmp_path / "report.pdf"
    seconds = measure(benchmark, lambda: export_pdf(project, out, ExportOptions()),
                      rounds=ROUNDS[size])
    floor = timed(lambda: _plain_table(len(project.risks), str(tmp_path / "floor.pdf")),
                  rounds=1)
    fig = record(Figure("PDF report", size, seconds, "plain table, a row a risk", floor,
                        TARGET_PDF[size]))
    assert fig.met


@pytest.mark.parametrize("size", ["workshop", "national"])
def test_svg_drawings(benchmark, projects, size, tmp_path):
    project, _ = projects[size]
    seconds = measure(benchmark, lambda: export_svg(project, tmp_path / "svg"),
                      rounds=ROUNDS[size])
    fig = record(Figure("SVG maps and heat maps", size, seconds, target=TARGET_SVG[size]))
    assert fig.met
