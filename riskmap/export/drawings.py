"""Vector drawings of process maps and heat maps, shared by the PDF report and the SVGs."""

from __future__ import annotations

from riskmap.export.heatmap_drawing import KIND_TITLES, heatmap_drawing
from riskmap.export.map_drawing import map_legend_drawing, process_map_drawing
from riskmap.export.map_overview import process_overview_drawing
from riskmap.export.map_pen import fill_of

__all__ = [
    "KIND_TITLES",
    "fill_of",
    "heatmap_drawing",
    "map_legend_drawing",
    "process_map_drawing",
    "process_overview_drawing",
]
