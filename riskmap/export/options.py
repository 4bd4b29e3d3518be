"""Options shared by every export: language, paper, redaction, palette, progress."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from riskmap.i18n import Translator
from riskmap.progress import ProgressCallback, no_progress


@dataclass(frozen=True)
class ExportOptions:
    lang: str = "en"
    # A second language for headings of a bilingual report (PDF), e.g. "fr".
    second_lang: str | None = None
    paper: str = "a4"  # "a4" or "letter"
    redact: bool = False
    # The day overdue measures are judged against; None means today.
    today: dt.date | None = None
    progress: ProgressCallback = field(default=no_progress)
    # Two rounds to compare (names or ids; "Current" for the current state): the workbook
    # gets a Comparison sheet and the PDF a comparison section.
    compare: tuple[str, str] | None = None
    # Band colours: "default" (the profile's own) or "colourblind" (riskmap.palettes).
    palette: str = "default"

    @property
    def tr(self) -> Translator:
        return Translator(self.lang)

    def as_of(self) -> dt.date:
        return self.today or dt.date.today()
