"""The shape of the stage / risk / measure library: frozen pydantic models, validated on load."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, StringConstraints, model_validator

from riskmap.base import MAX_NAME, MAX_TEXT
from riskmap.i18n import Translator
from riskmap.model import StageFlags
from riskmap.vocabulary import (
    KEY_FACTOR_LABELS,
    CorruptionType,
    EnablingFactor,
    ImpactDimension,
    KeyFactor,
    MeasureType,
)

LANGUAGES = ("en", "fr", "es")
T = TypeVar("T")
# Far above any real library, low enough to refuse a hostile file.
MAX_ENTRIES = 5000
# A key named but not defined (see Library.reference_problems).
UNDEFINED = {
    "measure": "risk {risk} suggests measure {key!r}, which is not in the library",
    "stage": "template {template} uses stage {key!r}, which is not in the library",
}

Key = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
Words = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_TEXT)]
Label = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_NAME)]


def normalise(text: str) -> str:
    """Text as compared for "same statement" or "same title": case and spacing ignored."""
    return " ".join(text.casefold().split()).rstrip(".")


class LibraryEntry(BaseModel):
    """Base of library models: immutable (the built-in library is shared), strict on fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Localized(LibraryEntry):
    """A text in English, French and Spanish; a missing language falls back to English."""

    en: Words = Field(min_length=1)
    fr: Words = ""
    es: Words = ""

    @model_validator(mode="before")
    @classmethod
    def _plain_text_is_english(cls, value: Any) -> Any:
        return {"en": value} if isinstance(value, str) else value

    def text(self, lang: str = "en") -> str:
        value = str(getattr(self, lang, "")) if lang in LANGUAGES else ""
        return value or self.en

    def variants(self) -> set[str]:
        """Every language version, normalised for comparison."""
        return {normalise(t) for t in (self.en, self.fr, self.es) if t}


class LocalizedList(LibraryEntry):
    """A list of short texts (e.g. actors) per language; a missing language falls back."""

    en: tuple[Label, ...] = Field(default=(), max_length=100)
    fr: tuple[Label, ...] = Field(default=(), max_length=100)
    es: tuple[Label, ...] = Field(default=(), max_length=100)

    @model_validator(mode="before")
    @classmethod
    def _plain_list_is_english(cls, value: Any) -> Any:
        return {"en": value} if isinstance(value, list | tuple) else value

    def text(self, lang: str = "en") -> list[str]:
        value: tuple[str, ...] = getattr(self, lang, ()) if lang in LANGUAGES else ()
        return list(value or self.en)


class LibraryFlags(StageFlags):
    """Default enabling-factor flags of a library stage (frozen copy of StageFlags)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class LibraryRisk(LibraryEntry):
    key: Key
    statement: Localized
    corruption_type: CorruptionType
    enabling_factors: tuple[EnablingFactor, ...] = ()
    impact_dimensions: tuple[ImpactDimension, ...] = ()
    measures: tuple[Key, ...] = Field(default=(), max_length=50)


class LibraryStage(LibraryEntry):
    key: Key
    number: int | None = Field(default=None, ge=1, le=9999)
    name: Localized
    description: Localized | None = None
    flags: LibraryFlags = Field(default_factory=LibraryFlags)
    actors: LocalizedList = Field(default_factory=LocalizedList)
    risks: tuple[LibraryRisk, ...] = Field(default=(), max_length=200)


class LibraryMeasure(LibraryEntry):
    key: Key
    title: Localized
    key_factors: tuple[KeyFactor, ...] = Field(min_length=1)
    type: MeasureType
    indicator: Localized | None = None


class KeyFactorName(LibraryEntry):
    number: KeyFactor
    name: Localized


class TemplateStage(LibraryEntry):
    """A stage of a template: a library stage, optionally under another name."""

    ref: Key | None = None  # name of this occurrence in the template's flows; default `stage`
    stage: Key
    name: Localized | None = None

    @model_validator(mode="before")
    @classmethod
    def _plain_key(cls, value: Any) -> Any:
        return {"stage": value} if isinstance(value, str) else value

    @property
    def id(self) -> str:
        return self.ref or self.stage


class TemplateFlow(LibraryEntry):
    source: Key = Field(alias="from")
    target: Key = Field(alias="to")
    label: Localized | None = None


class Template(LibraryEntry):
    """A process template: library stages in order and the flows between them."""

    key: Key
    name: Localized
    description: Localized | None = None
    stages: tuple[TemplateStage, ...] = Field(min_length=1, max_length=MAX_ENTRIES)
    flows: tuple[TemplateFlow, ...] = Field(default=(), max_length=MAX_ENTRIES)

    @model_validator(mode="after")
    def _check_flows(self) -> Template:
        ids = [stage.id for stage in self.stages]
        _refuse_duplicates(f"template {self.key}: stage", ids)
        for flow in self.flows:
            for end in (flow.source, flow.target):
                if end not in ids:
                    raise ValueError(f"template {self.key}: a flow names {end!r}, "
                                     "which is not one of its stages")
        return self


def _refuse_duplicates(kind: str, keys: list[str]) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise ValueError(f"{kind} {key!r} appears twice")
        seen.add(key)


class Library(LibraryEntry):
    """Stages with their typical risks, measures, key factor names and process templates."""

    key_factors: tuple[KeyFactorName, ...] = Field(default=(), max_length=len(KeyFactor))
    stages: tuple[LibraryStage, ...] = Field(default=(), max_length=MAX_ENTRIES)
    measures: tuple[LibraryMeasure, ...] = Field(default=(), max_length=MAX_ENTRIES)
    templates: tuple[Template, ...] = Field(default=(), max_length=MAX_ENTRIES)

    _stages: dict[str, LibraryStage] = PrivateAttr(default_factory=dict)
    _measures: dict[str, LibraryMeasure] = PrivateAttr(default_factory=dict)
    _templates: dict[str, Template] = PrivateAttr(default_factory=dict)
    _risks: dict[str, tuple[LibraryStage, LibraryRisk]] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _unique_keys(self) -> Library:
        _refuse_duplicates("key factor", [str(int(k.number)) for k in self.key_factors])
        _refuse_duplicates("stage", [s.key for s in self.stages])
        _refuse_duplicates("risk", [r.key for s in self.stages for r in s.risks])
        _refuse_duplicates("measure", [m.key for m in self.measures])
        _refuse_duplicates("template", [t.key for t in self.templates])
        return self

    def model_post_init(self, context: Any, /) -> None:
        self._stages = {s.key: s for s in self.stages}
        self._measures = {m.key: m for m in self.measures}
        self._templates = {t.key: t for t in self.templates}
        self._risks = {r.key: (s, r) for s in self.stages for r in s.risks}

    def stage(self, key: str) -> LibraryStage:
        return _lookup(self._stages, "stage", key)

    def measure(self, key: str) -> LibraryMeasure:
        return _lookup(self._measures, "measure", key)

    def template(self, key: str) -> Template:
        return _lookup(self._templates, "process template", key)

    def risk(self, key: str) -> LibraryRisk:
        return _lookup(self._risks, "risk", key)[1]

    def has_stage(self, key: str | None) -> bool:
        return key is not None and key in self._stages

    def all_risks(self) -> list[tuple[LibraryStage, LibraryRisk]]:
        """Every risk with its stage, in library order."""
        return list(self._risks.values())

    def find_risk(self, statement: str) -> LibraryRisk | None:
        """The library risk with this statement in any language, if any."""
        wanted = normalise(statement)
        return next((r for _, r in self._risks.values() if wanted in r.statement.variants()),
                    None)

    def key_factor_names(self, lang: str = "en") -> dict[KeyFactor, str]:
        """The name of each of the 10 key factors in `lang`: a library file may rename them;
        otherwise the names of the export catalogs (resources/i18n), so that suggestions,
        workbooks and reports name each key factor the same way."""
        names = {k.number: k.name.text(lang) for k in self.key_factors}
        tr = Translator(lang if lang in LANGUAGES else "en")
        return {factor: names.get(factor) or tr(KEY_FACTOR_LABELS[factor])
                for factor in KeyFactor}

    def merged(self, other: Library) -> Library:
        """This library with `other`'s entries: same key replaces, a new key is added."""
        return Library(
            key_factors=_merge(self.key_factors, other.key_factors, lambda k: str(int(k.number))),
            stages=_merge(self.stages, other.stages, lambda s: s.key),
            measures=_merge(self.measures, other.measures, lambda m: m.key),
            templates=_merge(self.templates, other.templates, lambda t: t.key),
        )

    def reference_problems(self) -> list[tuple[str, dict[str, object]]]:
        """Keys named but not defined (measures of risks, stages of templates): the
        template of each problem's message (one of UNDEFINED) and its values."""
        problems: list[tuple[str, dict[str, object]]] = [
            (UNDEFINED["measure"], {"risk": risk.key, "key": key})
            for _, risk in self._risks.values() for key in risk.measures
            if key not in self._measures
        ]
        problems += [
            (UNDEFINED["stage"], {"template": template.key, "key": entry.stage})
            for template in self.templates for entry in template.stages
            if entry.stage not in self._stages
        ]
        return problems


def _lookup(table: dict[str, T], kind: str, key: str) -> T:
    try:
        return table[key]
    except KeyError:
        known = ", ".join(sorted(table)) or "none"
        raise KeyError(f"unknown {kind} {key!r} in the library; known: {known}") from None


def _merge(base: tuple[T, ...], extra: tuple[T, ...], key: Callable[[T], str]) -> tuple[T, ...]:
    replacements = {key(entry): entry for entry in extra}
    merged = [replacements.pop(key(entry), entry) for entry in base]
    return (*merged, *replacements.values())
