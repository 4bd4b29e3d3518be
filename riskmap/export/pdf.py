"""The PDF report (contract): cover, summary, maps, heat maps, register, plan, annex."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LayoutError,
    NextPageTemplate,
    PageBreak,
)
from reportlab.platypus import PageTemplate as RLPageTemplate

from riskmap.errors import FileError
from riskmap.export.collector import collector_paused
from riskmap.export.colours import INK, MUTED, RULE
from riskmap.export.drawkit import colour
from riskmap.export.fonts import BOLD, REGULAR, fit_lines, text_width, wrap_text
from riskmap.export.options import ExportOptions
from riskmap.export.pdf_comparison import comparison_section
from riskmap.export.pdf_context import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, Report
from riskmap.export.pdf_plan import plan_section
from riskmap.export.pdf_register import register_section
from riskmap.export.pdf_sections import annex_section, heatmaps_section, maps_section
from riskmap.export.pdf_styles import MARKING_RED
from riskmap.export.pdf_summary import cover, marking, summary
from riskmap.export.prepared import prepared_project
from riskmap.model import Project
from riskmap.storage import atomic_output

DEFAULT_OPTIONS = ExportOptions()
# Share of the progress bar given to building the story; the rest is page layout.
STORY_SHARE = 20
TOTAL = 100

Section = tuple[str, bool, Callable[[Report], list[Flowable]]]  # (what, landscape, builder)
SECTIONS: tuple[Section, ...] = (
    ("Cover", False, cover),
    ("Executive summary", False, summary),
    ("Process maps", True, maps_section),
    ("Heat maps", False, heatmaps_section),
    ("Risk register", True, register_section),
    ("Action plan", True, plan_section),
    ("Method annex", False, annex_section),
)


@collector_paused()
def export_pdf(project: Project, path: Path | str,
               options: ExportOptions = DEFAULT_OPTIONS) -> None:
    """Write the PDF report of `project` to `path` atomically (nothing half-written).

    Progress goes to options.progress(done, total, what); a callback that raises
    riskmap.progress.Cancelled stops the export and leaves `path` as it was.
    """
    report = Report(prepared_project(project, options), options)
    story = build_story(report)
    try:
        with atomic_output(path) as tmp:
            document = _Document(str(tmp), report)
            document.build(story, canvasmaker=_canvas_maker(report))
    except LayoutError as exc:  # a safety net: every known case is laid out
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "layout error"
        raise FileError(path, "cannot lay out the report ({problem})",
                        problem=first) from None
    options.progress(TOTAL, TOTAL, report.tr("Finished"))


def build_story(report: Report) -> list[Flowable]:
    """Every flowable of the report, each section on pages of its orientation."""
    story: list[Flowable] = []
    sections = SECTIONS
    if report.options.compare is not None:  # before the annex
        sections = (*SECTIONS[:-1], ("Round comparison", True, comparison_section),
                    SECTIONS[-1])
    for number, (what, landscape, builder) in enumerate(sections):
        report.options.progress(number * STORY_SHARE // len(sections), TOTAL, report.tr(what))
        if number:
            story += [NextPageTemplate("landscape" if landscape else "portrait"), PageBreak()]
        story += builder(report)
    return story


class _Document(BaseDocTemplate):  # type: ignore[misc]
    """Portrait and landscape pages of one paper size; progress reported while laying out."""

    def __init__(self, filename: str, report: Report) -> None:
        meta = report.project.metadata
        super().__init__(
            filename, pagesize=report.portrait, title=meta.title,
            author=meta.administration, subject=report.tr("Corruption risk map"),
            creator="riskmap", leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, invariant=True,
        )
        templates = []
        for name, size in (("portrait", report.portrait), ("landscape", report.landscape)):
            width, height = size
            frame = Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X,
                          height - MARGIN_TOP - MARGIN_BOTTOM, id=name, leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)
            templates.append(RLPageTemplate(id=name, frames=[frame], pagesize=size))
        self.addPageTemplates(templates)
        # Binary page streams: smaller and faster than ASCII85, which no channel needs today.
        rl_config.useA85 = 0
        self._report = report
        self._size = 1
        self._done = STORY_SHARE
        self.setProgressCallBack(self._progress)

    def _progress(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._size = max(1, value)
        elif kind == "PROGRESS":
            # Splitting a flowable adds to the queue, so the count can step back: never show it.
            done = STORY_SHARE + (TOTAL - STORY_SHARE - 1) * min(value, self._size) // self._size
            self._done = max(self._done, done)
            self._report.options.progress(self._done, TOTAL, self._report.tr("Page layout"))


def _canvas_maker(report: Report) -> Callable[..., Canvas]:
    """A canvas that holds pages back until the end, to print "Page x of y" on each."""
    title = report.project.metadata.title
    mark = marking(report)

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = REGULAR  # no stray, unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _decorate(self, report, title, mark, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _decorate(canvas: Canvas, report: Report, title: str, mark: str, number: int,
              total: int) -> None:
    """Header (title, marking) and footer (marking, date, page x of y) of one page."""
    width, height = canvas._pagesize
    left, right = MARGIN_X, width - MARGIN_X
    top = height - MARGIN_TOP + 9
    canvas.saveState()
    size = 7.5
    mark_w = text_width(mark, size, bold=True)
    room = right - left - mark_w - 20
    line = fit_lines(wrap_text(title, size, room), 1, size, room)[0] if title else ""
    canvas.setFont(REGULAR, size)
    canvas.setFillColor(colour(MUTED))
    canvas.drawString(left, top, line)
    canvas.setFont(BOLD, size)
    canvas.setFillColor(colour(MARKING_RED))
    canvas.drawRightString(right, top, mark)
    canvas.setStrokeColor(colour(RULE))
    canvas.setLineWidth(0.4)
    canvas.line(left, top - 4, right, top - 4)
    bottom = MARGIN_BOTTOM - 16
    canvas.line(left, bottom + 10, right, bottom + 10)
    canvas.setFont(REGULAR, size)
    canvas.setFillColor(colour(MUTED))
    canvas.drawString(left, bottom, report.date())
    canvas.setFont(BOLD, size)
    canvas.setFillColor(colour(MARKING_RED))
    canvas.drawCentredString(width / 2, bottom, mark)
    canvas.setFont(REGULAR, size)
    canvas.setFillColor(colour(INK))
    canvas.drawRightString(right, bottom, report.tr("Page {page} of {total}", page=number,
                                                    total=total))
    canvas.restoreState()
