"""Vector drawings of process maps and heat maps, shared by the PDF report and the SVGs."""

from __future__ import annotations

from riskmap.export.heatmap_drawing import KIND_TITLES, heatmap_drawing
from riskmap.export.map_drawing import fill_of, map_legend_drawing, process_map_drawing

__all__ = [
    "KIND_TITLES",
    "fill_of",
    "heatmap_drawing",
    "map_legend_drawing",
    "process_map_drawing",
]
