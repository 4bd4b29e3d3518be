"""`riskmap export`: write the workbook, report and drawings, with a progress bar."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from riskmap.errors import RiskmapError
from riskmap.export.options import ExportOptions
from riskmap.model import Project
from riskmap.progress import ProgressCallback, no_progress


class TerminalProgress:
    """A one-line progress bar on a terminal; silent when output is not a terminal."""

    WIDTH = 30

    def __init__(self, label: str, stream: TextIO = sys.stderr) -> None:
        self.label = label
        self.stream = stream
        self._last = -1

    def __call__(self, done: int, total: int, what: str) -> None:
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        if percent == self._last:
            return
        self._last = percent
        filled = percent * self.WIDTH // 100
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r{self.label:<6} [{bar}] {percent:3d}% {what[:30]:<30}")
        self.stream.flush()

    def finish(self) -> None:
        if self._last >= 0:
            self.stream.write("\n")
            self.stream.flush()


def _progress(label: str) -> tuple[ProgressCallback, TerminalProgress | None]:
    if sys.stderr.isatty():
        bar = TerminalProgress(label)
        return bar, bar
    return no_progress, None


def run_export(project: Project, args: argparse.Namespace) -> None:
    """Write every output the arguments ask for, each atomically."""
    compare = tuple(args.compare) if args.compare else None
    if compare is not None:
        from riskmap.rounds import find_round

        for name in compare:
            try:
                find_round(project, name)
            except KeyError as exc:
                raise RiskmapError(f"{args.file}: {exc.args[0]}") from None
    base = ExportOptions(lang=args.lang, second_lang=args.second_lang, paper=args.paper,
                         redact=args.redact, compare=compare, palette=args.palette)
    jobs: list[tuple[str, Callable[[ExportOptions], object], Path]] = []
    if args.xlsx:
        from riskmap.export.xlsx import export_xlsx

        jobs.append(("Excel", lambda o: export_xlsx(project, args.xlsx, o), args.xlsx))
    if args.pdf:
        from riskmap.export.pdf import export_pdf

        jobs.append(("PDF", lambda o: export_pdf(project, args.pdf, o), args.pdf))
    if args.svg:
        from riskmap.export.svg import export_svg

        jobs.append(("SVG", lambda o: export_svg(project, args.svg, o), args.svg))
    for label, job, out in jobs:
        callback, bar = _progress(label)
        options = dataclasses.replace(base, progress=callback)
        try:
            job(options)
        finally:
            if bar is not None:
                bar.finish()
        print(f"wrote {out}")
