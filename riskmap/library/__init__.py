"""The stage / risk / measure library (English, French, Spanish) and what is built from it."""

from riskmap.library.content import (
    LANGUAGES,
    Library,
    LibraryMeasure,
    LibraryRisk,
    LibraryStage,
    Localized,
    LocalizedList,
    Template,
    TemplateFlow,
    TemplateStage,
)
from riskmap.library.loading import (
    builtin_library,
    load_library,
    read_library_file,
    save_user_library,
)
from riskmap.library.projects import blank_project, project_from_template, template_keys
from riskmap.library.suggest import (
    MeasureSuggestion,
    RiskSuggestion,
    flag_factors,
    measure_from_suggestion,
    risk_from_suggestion,
    suggest_measures,
    suggest_risks,
)

__all__ = [
    "LANGUAGES",
    "Library",
    "LibraryMeasure",
    "LibraryRisk",
    "LibraryStage",
    "Localized",
    "LocalizedList",
    "MeasureSuggestion",
    "RiskSuggestion",
    "Template",
    "TemplateFlow",
    "TemplateStage",
    "blank_project",
    "builtin_library",
    "flag_factors",
    "load_library",
    "measure_from_suggestion",
    "project_from_template",
    "read_library_file",
    "risk_from_suggestion",
    "save_user_library",
    "suggest_measures",
    "suggest_risks",
    "template_keys",
]
