"""The project as an export shows it: redacted if asked, built-in words and palette applied."""

from __future__ import annotations

from riskmap.export.options import ExportOptions
from riskmap.export.redact import redact_project
from riskmap.localize import localized_profile
from riskmap.model import Project
from riskmap.palettes import apply_palette


def prepared_project(project: Project, options: ExportOptions) -> Project:
    """What every export writes from: a redacted copy when the options say so, with the
    scale profile's built-in words in the export language and its bands in the chosen
    palette. `project` itself is never changed."""
    if options.redact:
        project = redact_project(project)
    profile = apply_palette(localized_profile(project.profile, options.tr), options.palette)
    if profile is project.profile:
        return project
    copy = project.model_copy(update={"profile": profile})
    copy.touch()
    return copy
