"""SVG drawings for slides: each process map and each heat map, drawn as in the PDF."""

from __future__ import annotations

import math
import re
from pathlib import Path

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.colors import white

from riskmap.errors import FileError
from riskmap.export.drawings import (
    KIND_TITLES,
    heatmap_drawing,
    process_map_drawing,
    process_overview_drawing,
)
from riskmap.export.fonts import BOLD, ITALIC, REGULAR, SVG_FAMILY
from riskmap.export.options import ExportOptions
from riskmap.export.pdf_context import landscape_frame
from riskmap.export.prepared import prepared_project
from riskmap.model import Project
from riskmap.storage import atomic_output
from riskmap.vocabulary import ScoreKind

DEFAULT_OPTIONS = ExportOptions()
HEATMAP_WIDTH = 560.0
FONT_HACKS = {
    REGULAR: {"family": SVG_FAMILY},
    BOLD: {"family": SVG_FAMILY, "weight": "bold"},
    ITALIC: {"family": SVG_FAMILY, "style": "italic"},
}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def file_stem(code: str) -> str:
    """A file-name-safe form of an entity code ("P-01" stays "P-01")."""
    return _UNSAFE.sub("_", code).strip("._") or "process"


def write_svg(drawing: Drawing, path: Path, title: str) -> None:
    """Write one drawing as a standalone SVG file, atomically, titled for viewers.

    A white background goes under the drawing so that it reads on a dark slide too."""
    drawing.insert(0, Rect(0, 0, drawing.width, drawing.height, fillColor=white,
                           strokeColor=None, strokeWidth=0))
    canvas = renderSVG.SVGCanvas((drawing.width, drawing.height), fontHacks=FONT_HACKS)
    renderSVG.draw(drawing, canvas)
    for tag, text in (("title", title), ("desc", "riskmap")):
        node = canvas.svg.getElementsByTagName(tag)[0]
        node.firstChild.data = text
    for element in canvas.svg.getElementsByTagName("*"):
        style = element.getAttribute("style")
        if "None" in style:  # reportlab writes "fill: None", which viewers fill black
            element.setAttribute("style", style.replace(": None", ": none"))
    with atomic_output(path) as tmp, open(tmp, "w", encoding="utf-8") as handle:
        canvas.save(handle)


def export_svg(project: Project, outdir: Path | str,
               options: ExportOptions = DEFAULT_OPTIONS) -> list[Path]:
    """Write `<process code>-process-map.svg` and `<process code>-process-overview.svg`
    for each process and `heatmap-<kind>.svg` for inherent, residual and target into
    `outdir` (created if missing); return the paths.

    A process map is one drawing however long the process (a vector image scales on a
    slide); the overview is the one of the PDF report, on a landscape page of the
    chosen paper, left out when a process has too many stages for a readable one. Stage
    boxes are `rect` elements of class "stage", one per stage.
    """
    folder = Path(outdir)
    if folder.exists() and not folder.is_dir():
        raise FileError(folder, "is a file, not a folder for SVG drawings")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileError(folder, "cannot create the folder ({reason})",
                        reason=exc.strerror) from None
    project = prepared_project(project, options)
    tr = options.tr
    kinds = (ScoreKind.INHERENT, ScoreKind.RESIDUAL, ScoreKind.TARGET)
    total = len(project.processes) + len(kinds)
    written: list[Path] = []
    used: set[str] = set()
    for number, process in enumerate(project.processes):
        options.progress(number, total, process.code)
        stem = file_stem(process.code)
        while stem.lower() in used:
            stem += "_"
        used.add(stem.lower())
        drawing = process_map_drawing(project, process, ScoreKind.RESIDUAL, math.inf,
                                      math.inf, tr=tr, title=True)[0]
        path = folder / f"{stem}-process-map.svg"
        write_svg(drawing, path, f"{process.code} {process.name}")
        written.append(path)
        overview = process_overview_drawing(project, process, ScoreKind.RESIDUAL,
                                            *landscape_frame(options.paper), tr=tr,
                                            title=True)
        if overview is not None:
            path = folder / f"{stem}-process-overview.svg"
            write_svg(overview, path, f"{process.code} {process.name}")
            written.append(path)
    for number, kind in enumerate(kinds, start=len(project.processes)):
        options.progress(number, total, tr(KIND_TITLES[kind]))
        drawing = heatmap_drawing(project, kind, HEATMAP_WIDTH, tr=tr)
        path = folder / f"heatmap-{kind.value}.svg"
        write_svg(drawing, path, tr(KIND_TITLES[kind]))
        written.append(path)
    options.progress(total, total, tr("Finished"))
    return written
