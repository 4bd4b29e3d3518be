"""Heat maps as reportlab drawings: likelihood by impact, band colours, counts and codes."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group

from riskmap.analysis import HeatmapCell, HeatmapGrid, heatmap_grid
from riskmap.export.colours import INK, MUTED, text_colour
from riskmap.export.drawkit import Pen, codes_lines, new_drawing, wrap
from riskmap.export.fonts import fit_lines
from riskmap.export.legend import legend_height, legend_items, place_legend
from riskmap.i18n import Translator
from riskmap.model import Project
from riskmap.vocabulary import ScoreKind

TITLE_SIZE = 10.0
LABEL_SIZE = 7.0
AXIS_SIZE = 7.5
KIND_TITLES = {
    ScoreKind.INHERENT: "Inherent risk",
    ScoreKind.RESIDUAL: "Residual risk",
    ScoreKind.TARGET: "Target risk",
}


def heatmap_drawing(
    project: Project,
    kind: ScoreKind,
    width: float,
    *,
    tr: Translator | None = None,
    grid: HeatmapGrid | None = None,
    max_height: float | None = None,
) -> Drawing:
    """The heat map of one assessment kind, `width` points wide.

    Rows are likelihood levels (highest on top), columns impact levels; each cell is
    filled with its band colour and names the band, its score, how many risks fall in it
    and their codes (the codes that do not fit end as "+N"). A legend of the bands is
    drawn underneath, so the map also reads when printed in grey.
    """
    tr = tr or Translator()
    grid = grid or heatmap_grid(project, kind)
    profile = project.profile
    n_l, n_i = profile.size
    axis_w = AXIS_SIZE * 2.2
    label_w = max(55.0, min(105.0, width * 0.17))
    cell_w = (width - axis_w - label_w) / n_i
    col_size = max(5.5, min(LABEL_SIZE, cell_w / 6.5))
    col_labels = [
        fit_lines(wrap(f"{lvl.value} {lvl.label}", col_size, cell_w - 4), 3, col_size,
                  cell_w - 4)
        for lvl in profile.impact
    ]
    bottom_h = col_size * 1.2 * max(len(lines) for lines in col_labels) + 4 + AXIS_SIZE * 1.8
    items = legend_items(profile, tr)
    caption = tr("Bands")
    legend_h = legend_height(items, caption, width)
    title_h = TITLE_SIZE * 2.0
    cell_h = max(30.0, min(cell_w * 0.72, 72.0))
    if max_height is not None:
        spare = max_height - title_h - bottom_h - legend_h
        cell_h = max(22.0, min(cell_h, spare / n_l))
    grid_h = cell_h * n_l
    height = title_h + grid_h + bottom_h + legend_h
    drawing = new_drawing(width, height)
    pen = Pen(drawing)
    left = axis_w + label_w
    grid_top = height - title_h
    title = tr(KIND_TITLES[kind])
    pen.text(0, height - TITLE_SIZE * 1.25, title, TITLE_SIZE, INK, bold=True)
    summary = tr("{n} risks scored", n=tr.number(grid.total))
    if grid.unscored:
        summary += " · " + tr("{n} not scored", n=tr.number(len(grid.unscored)))
    pen.text(width, height - TITLE_SIZE * 1.25, summary, LABEL_SIZE, MUTED, anchor="end")
    for row_index, row in enumerate(grid.rows()):
        top = grid_top - row_index * cell_h
        level = profile.likelihood[row[0].likelihood - 1]
        lines = fit_lines(wrap(f"{level.value} {level.label}", LABEL_SIZE, label_w - 6),
                          max(1, int(cell_h // (LABEL_SIZE * 1.2))), LABEL_SIZE, label_w - 6)
        block = len(lines) * LABEL_SIZE * 1.2
        pen.lines(left - 5, top - (cell_h - block) / 2, lines, LABEL_SIZE, INK, anchor="end")
        for col_index, cell in enumerate(row):
            _cell(pen, cell, left + col_index * cell_w, top, cell_w, cell_h)
    for col_index, lines in enumerate(col_labels):
        x = left + (col_index + 0.5) * cell_w
        pen.lines(x, grid_top - grid_h - 2, lines, col_size, INK, anchor="middle")
    pen.text(left + n_i * cell_w / 2, legend_h + AXIS_SIZE * 0.6, tr("Impact") + " →",
             AXIS_SIZE, INK, bold=True, anchor="middle")
    axis = Group()
    Pen(axis).text(0, 0, tr("Likelihood") + " →", AXIS_SIZE, INK, bold=True, anchor="middle")
    axis.transform = (0, 1, -1, 0, AXIS_SIZE * 1.1, grid_top - grid_h / 2)
    drawing.add(axis)
    place_legend(pen, items, caption, 0, legend_h, width)
    return drawing


def _cell(pen: Pen, cell: HeatmapCell, x: float, top: float, w: float, h: float) -> None:
    fill = cell.band.colour
    ink = text_colour(fill)
    pen.rect(x, top - h, w, h, fill, stroke="#FFFFFF", stroke_width=1.2,
             svg_class="heatmap-cell")
    small = max(5.0, min(6.5, w / 11))
    pen.text(x + 3, top - small - 2, cell.band.name, small, ink)
    pen.text(x + w - 3, top - small - 2, str(cell.score), small, ink, anchor="end")
    if not cell.count:
        return
    count_size = max(8.0, min(14.0, h / 3.2))
    codes_room = h - small * 1.6 - count_size * 1.3 - 3
    code_size = max(4.8, min(6.0, w / 13))
    max_lines = int(codes_room // (code_size * 1.15))
    pen.text(x + w / 2, top - small * 1.5 - count_size, str(cell.count), count_size, ink,
             bold=True, anchor="middle")
    if max_lines >= 1:
        lines = codes_lines(cell.risk_codes, code_size, w - 6, max_lines)
        pen.lines(x + w / 2, top - small * 1.5 - count_size * 1.3, lines, code_size, ink,
                  anchor="middle", leading=code_size * 1.15)
