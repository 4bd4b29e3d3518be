"""Excel export: one workbook with Summary, Heat map, Risk register, Action plan, Stages."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from riskmap.comparison import requested_comparison
from riskmap.errors import FileError
from riskmap.export.collector import collector_paused
from riskmap.export.options import ExportOptions
from riskmap.export.prepared import prepared_project
from riskmap.export.xlsx_columns import ACTION_PLAN, HEAT_MAP, RISK_REGISTER, STAGES, SUMMARY
from riskmap.export.xlsx_comparison import COMPARISON, write_comparison
from riskmap.export.xlsx_heatmap import write_heatmap
from riskmap.export.xlsx_plan import write_plan
from riskmap.export.xlsx_register import write_register
from riskmap.export.xlsx_stages import write_stages
from riskmap.export.xlsx_style import Context
from riskmap.export.xlsx_summary import write_summary
from riskmap.model import Project
from riskmap.storage import atomic_output

# Report progress every this many rows: often enough to cancel, rarely enough to be free.
REPORT_EVERY = 100
# ExportOptions is frozen, so one shared default is safe.
DEFAULT_OPTIONS = ExportOptions()


class _Progress:
    """Counts rows written and passes them to the options' progress callback."""

    def __init__(self, options: ExportOptions, total: int) -> None:
        self.report, self.total, self.done = options.progress, total, 0

    def tick(self, what: str) -> None:
        self.done += 1
        if self.done % REPORT_EVERY == 0:
            self.report(self.done, self.total, what)

    def step(self, what: str, units: int = 1) -> None:
        self.done += units
        self.report(self.done, self.total, what)


def _progress(project: Project, options: ExportOptions) -> _Progress:
    # Units of work: one a row, one for each small sheet, one for saving.
    holders = len(project.all_stages()) + sum(len(p.flows) for p in project.processes)
    return _Progress(options, len(project.risks) + len(project.measures) + holders + 3)


def build_workbook(project: Project, options: ExportOptions = DEFAULT_OPTIONS,
                   progress: _Progress | None = None) -> Workbook:
    """The workbook in memory (redacted first if the options say so)."""
    progress = progress or _progress(project, options)
    project = prepared_project(project, options)
    ctx = Context(project, options, options.tr)
    tr = ctx.tr
    progress.report(0, progress.total, tr(SUMMARY))
    workbook = Workbook()
    summary = workbook.active
    summary.title = tr(SUMMARY)
    write_summary(summary, ctx)
    progress.step(tr(HEAT_MAP))
    write_heatmap(workbook.create_sheet(tr(HEAT_MAP)), ctx)
    progress.step(tr(RISK_REGISTER))
    write_register(workbook.create_sheet(tr(RISK_REGISTER)), ctx, progress.tick)
    write_plan(workbook.create_sheet(tr(ACTION_PLAN)), ctx, progress.tick)
    write_stages(workbook.create_sheet(tr(STAGES)), ctx, progress.tick)
    comparison = requested_comparison(project, options.compare)
    if comparison is not None:
        write_comparison(workbook.create_sheet(tr(COMPARISON)), ctx, comparison)
    props = workbook.properties
    props.title = project.metadata.title[:250]
    props.subject = tr("Corruption risk map")
    props.creator = "riskmap"
    props.identifier = str(project.id)  # an import refuses a workbook of another project
    props.keywords = project.metadata.classification[:250]
    progress.report(progress.total - 1, progress.total, tr("Saving"))
    return workbook


@collector_paused()
def export_xlsx(project: Project, path: Path | str,
                options: ExportOptions = DEFAULT_OPTIONS) -> None:
    """Write the workbook to `path` atomically: a failed or cancelled export leaves no
    file behind, and an existing file stays whole until the new one is complete."""
    progress = _progress(project, options)
    workbook = build_workbook(project, options, progress)
    with atomic_output(path) as tmp:
        try:
            workbook.save(tmp)
        except OSError as exc:
            raise FileError(path, "cannot write ({reason})",
                            reason=exc.strerror or exc) from None
    progress.report(progress.total, progress.total, options.tr("Export finished"))
