"""The user's own library file: add a project's risk or measure to it, merge a shared file."""

from __future__ import annotations

import re
from pathlib import Path

from riskmap.errors import RiskmapError
from riskmap.library import (
    Library,
    LibraryMeasure,
    LibraryRisk,
    LibraryStage,
    Localized,
    load_library,
    read_library_file,
    save_user_library,
)
from riskmap.model import Measure, Project, Risk


class EntryError(RiskmapError):
    """A project entity that cannot become a library entry yet (a field is missing)."""


def _key(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:50].strip("-") or "entry"
    key, number = base, 2
    while key in taken:
        key, number = f"{base}-{number}", number + 1
    return key


def read_user_library(path: Path | str) -> Library:
    """The entries of the user's library file; an empty library when there is no file."""
    return read_library_file(path) if Path(path).is_file() else Library()


def add_risk_entry(path: Path | str, project: Project, risk: Risk, lang: str = "en") -> str:
    """Add a risk of the project to the user library, under the library stage of the stage
    it sits on; returns the new entry's key. The library stage is copied whole into the
    user file first (a user stage replaces the built-in one with the same key)."""
    if risk.corruption_type is None:
        raise EntryError("{code}: choose the corruption type before adding it to the "
                         "library", code=risk.code)
    stage = project.index.stage_of_risk(risk)
    merged = load_library(path if Path(path).is_file() else None)
    if stage is None or not merged.has_stage(stage.library_key):
        raise EntryError("{code}: its stage comes from no library stage, so the library "
                         "cannot say where to suggest it", code=risk.code)
    assert stage.library_key is not None
    user = read_user_library(path)
    source = merged.stage(stage.library_key)
    taken = {r.key for _, r in merged.all_risks()}
    linked = project.index.measures_by_risk.get(risk.id, [])
    measure_keys = tuple(
        entry.key for entry in merged.measures
        for m in linked if m.title.strip().casefold() in
        {t.casefold() for t in (entry.title.en, entry.title.fr, entry.title.es) if t})
    entry = LibraryRisk(
        key=_key(risk.statement, taken), statement=Localized(**{lang: risk.statement,
                                                              "en": risk.statement}),
        corruption_type=risk.corruption_type, enabling_factors=tuple(risk.enabling_factors),
        impact_dimensions=tuple(risk.impact_dimensions),
        measures=tuple(dict.fromkeys(measure_keys)),
    )
    updated = source.model_copy(update={"risks": (*source.risks, entry)})
    _save_with(path, user, stages=_replace(user.stages, updated))
    return entry.key


def add_measure_entry(path: Path | str, measure: Measure, lang: str = "en") -> str:
    """Add a measure of the project to the user library; returns the new entry's key."""
    if not measure.key_factors or measure.type is None:
        raise EntryError("{code}: tag it with a key factor and a type before adding "
                         "it to the library", code=measure.code)
    merged = load_library(path if Path(path).is_file() else None)
    user = read_user_library(path)
    entry = LibraryMeasure(
        key=_key(measure.title, {m.key for m in merged.measures}),
        title=Localized(**{lang: measure.title, "en": measure.title}),
        key_factors=tuple(measure.key_factors), type=measure.type,
        indicator=Localized(en=measure.indicator) if measure.indicator.strip() else None,
    )
    _save_with(path, user, measures=(*user.measures, entry))
    return entry.key


def merge_shared(path: Path | str, shared: Path | str) -> Library:
    """Merge the entries of a library file someone shared into the user's file."""
    incoming = read_library_file(shared)
    load_library(shared)  # refuses a file whose entries name what no library holds
    merged = read_user_library(path).merged(incoming)
    save_user_library(merged, path)
    return merged


def _replace(stages: tuple[LibraryStage, ...], stage: LibraryStage) -> tuple[LibraryStage, ...]:
    kept = tuple(s for s in stages if s.key != stage.key)
    return (*kept, stage)


def _save_with(path: Path | str, user: Library, **fields: object) -> None:
    # Validated again, so that the saved file is one load_library accepts.
    updated = user.model_copy(update=fields).model_dump(by_alias=True)
    save_user_library(Library.model_validate(updated), path)
