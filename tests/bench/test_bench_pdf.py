"""SVG drawings at national size (the PDF report and workshop drawings: test_bench_export)."""

from __future__ import annotations

from riskmap.export.svg import export_svg
from tests.bench.conftest import Figure, measure, record

TARGET_SVG_NATIONAL = 20.0


def test_svg_drawings_national(benchmark, projects, tmp_path):
    project, _ = projects["national"]
    folder = tmp_path / "svg"
    seconds = measure(benchmark, lambda: export_svg(project, folder), rounds=1)
    fig = record(Figure("SVG maps and heat maps", "national", seconds,
                        target=TARGET_SVG_NATIONAL,
                        note=f"{len(list(folder.glob('*.svg')))} files"))
    assert fig.met
