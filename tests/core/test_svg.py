"""SVG drawings for slides: valid XML, one box per stage, every heat map, safe file names."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest

from riskmap import storage
from riskmap.errors import FileError
from riskmap.export.options import ExportOptions
from riskmap.export.svg import export_svg
from riskmap.model import Project
from riskmap.progress import Cancelled
from riskmap.resources import examples_dir
from riskmap.testing import generate

SVG = "{http://www.w3.org/2000/svg}"


def parse(path: Path) -> ElementTree.Element:
    return ElementTree.parse(path).getroot()


def stage_boxes(root: ElementTree.Element) -> list[ElementTree.Element]:
    return [rect for rect in root.iter(f"{SVG}rect") if rect.get("class") == "stage"]


def texts(root: ElementTree.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{SVG}text")]


def test_seaport_gives_one_map_per_process_and_three_heat_maps(tmp_path: Path) -> None:
    project = storage.load(examples_dir() / "seaport-import.riskmap")
    paths = export_svg(project, tmp_path / "slides")
    names = sorted(p.name for p in paths)
    expected = [f"{p.code}-process-{what}.svg" for p in project.processes
                for what in ("map", "overview")]
    expected += ["heatmap-inherent.svg", "heatmap-residual.svg", "heatmap-target.svg"]
    assert names == sorted(expected)
    assert sorted(p.name for p in (tmp_path / "slides").iterdir()) == names
    for process in project.processes:
        for what in ("map", "overview"):
            root = parse(tmp_path / "slides" / f"{process.code}-process-{what}.svg")
            boxes = stage_boxes(root)
            assert len(boxes) == len(process.stages)
            assert {b.get("id") for b in boxes} == {f"stage-{s.code}" for s in process.stages}
            words = texts(root)
            assert all(stage.code in words for stage in process.stages)
            assert root.find(f"{SVG}title").text == f"{process.code} {process.name}"  # type: ignore[union-attr]


def test_the_overview_is_the_whole_process_with_its_flow_labels(tmp_path: Path) -> None:
    project = storage.load(examples_dir() / "seaport-import.riskmap")
    export_svg(project, tmp_path)
    words = texts(parse(tmp_path / "P-01-process-overview.svg"))
    labels = " ".join(words)
    assert "green channel" in labels and "selected for audit" in labels
    assert "High" in words and "Critical" in words  # each box names its band
    assert not any("→" in word for word in words)  # one piece: no connector to a part


def test_a_process_too_long_for_a_readable_overview_gets_none(tmp_path: Path) -> None:
    project = generate(stages=300, risks=40, measures=3, processes=1, seed=5)
    names = [p.name for p in export_svg(project, tmp_path)]
    assert "P-01-process-overview.svg" not in names
    assert len(stage_boxes(parse(tmp_path / "P-01-process-map.svg"))) == 300


def test_heat_map_svg_has_a_cell_per_level_pair_and_names_the_bands(
    tmp_path: Path, project: Project
) -> None:
    export_svg(project, tmp_path)
    root = parse(tmp_path / "heatmap-residual.svg")
    cells = [r for r in root.iter(f"{SVG}rect") if r.get("class") == "heatmap-cell"]
    n_l, n_i = project.profile.size
    assert len(cells) == n_l * n_i
    words = texts(root)
    assert all(band.name in words for band in project.profile.bands)
    assert "Residual risk" in words


def test_a_long_process_is_one_drawing_with_every_stage(tmp_path: Path) -> None:
    project = generate(stages=45, risks=40, measures=3, processes=1, seed=2)
    export_svg(project, tmp_path)
    root = parse(tmp_path / "P-01-process-map.svg")
    assert len(stage_boxes(root)) == 45


def test_no_shape_is_left_with_an_invalid_fill(tmp_path: Path, project: Project) -> None:
    for path in export_svg(project, tmp_path):
        assert "None" not in path.read_text(encoding="utf-8")


def test_user_text_is_escaped_in_the_xml(tmp_path: Path, project: Project) -> None:
    project.processes[0].stages[0].name = "<g>&amp; \"quoted\" </svg>"
    project.processes[0].code = "P/01:<x>"
    paths = export_svg(project, tmp_path)
    assert paths[0].name == "P_01_x-process-map.svg"
    words = " ".join(texts(parse(paths[0])))
    assert "<g>&amp;" in words


def test_a_file_in_the_way_of_the_folder_is_refused(tmp_path: Path, project: Project) -> None:
    blocker = tmp_path / "slides"
    blocker.write_text("not a folder")
    with pytest.raises(FileError, match="not a folder"):
        export_svg(project, blocker)


def test_cancel_stops_before_the_next_file(tmp_path: Path, project: Project) -> None:
    def cancel_after_first(done: int, total: int, what: str) -> None:
        if done >= 1:
            raise Cancelled

    with pytest.raises(Cancelled):
        export_svg(project, tmp_path, ExportOptions(progress=cancel_after_first))
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "P-01-process-map.svg", "P-01-process-overview.svg"]
