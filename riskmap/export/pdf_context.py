"""What every part of the PDF report shares: the project, words, styles, page geometry."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from functools import cached_property

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm

from riskmap.analysis import Rater, Rating, priority_ranks
from riskmap.errors import RiskmapError
from riskmap.export.options import ExportOptions
from riskmap.export.pdf_styles import Styles
from riskmap.graph import flow_order
from riskmap.i18n import Translator
from riskmap.model import Project, Risk
from riskmap.vocabulary import ScoreKind

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN_X = 16 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm


def paper_size(paper: str) -> tuple[float, float]:
    """Portrait width and height in points of "a4" or "letter"."""
    try:
        size: tuple[float, float] = PAPERS[paper.lower()]
    except KeyError:
        raise RiskmapError("unknown paper size {paper!r}; choose a4 or letter",
                           paper=paper) from None
    return size


def landscape_frame(paper: str) -> tuple[float, float]:
    """Width and height inside the margins of a landscape page of `paper`."""
    width, height = paper_size(paper)
    return height - 2 * MARGIN_X, width - MARGIN_TOP - MARGIN_BOTTOM


@dataclass
class Report:
    """The state shared while the story of one report is built."""

    project: Project
    options: ExportOptions
    styles: Styles = field(default_factory=Styles)

    def __post_init__(self) -> None:
        self.tr = Translator(self.options.lang)
        second = self.options.second_lang
        self.tr2 = Translator(second) if second and second != self.options.lang else None
        self.portrait = paper_size(self.options.paper)
        self.landscape = landscape(self.portrait)

    def heading(self, text: str, **values: object) -> str:
        """A heading in the report language, followed by the second language if any."""
        first = self.tr(text, **values)
        if self.tr2 is None:
            return first
        second = self.tr2(text, **values)
        return first if second == first else f"{first} / {second}"

    def frame_size(self, landscape_page: bool) -> tuple[float, float]:
        """Width and height inside the margins."""
        width, height = self.landscape if landscape_page else self.portrait
        return width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM

    def row_limit(self) -> float:
        """The tallest table row: half a page of either orientation, so that a row of a
        very long text starts under a heading and goes on in the rows below it."""
        return min(self.frame_size(False)[1], self.frame_size(True)[1]) / 2

    @cached_property
    def ranks(self) -> dict[uuid.UUID, int]:
        return priority_ranks(self.project)

    @cached_property
    def stage_order(self) -> dict[uuid.UUID, int]:
        """Position of each stage in its process's flow order, across the project."""
        order: dict[uuid.UUID, int] = {}
        for process in self.project.processes:
            for stage in flow_order(process):
                order[stage.id] = len(order)
        return order

    @cached_property
    def rater(self) -> Rater:
        return Rater(self.project.profile)

    def rating(self, risk: Risk, kind: ScoreKind) -> Rating | None:
        return self.rater(risk, kind)

    def date(self) -> str:
        return self.tr.date(self.options.as_of())
