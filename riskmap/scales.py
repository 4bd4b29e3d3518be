"""Scale profiles: levels, score methods, bands; scoring and re-mapping of scores."""

from __future__ import annotations

import json
from enum import StrEnum
from functools import cache

from pydantic import Field, model_validator

from riskmap.base import Colour, Entity, Name, Text
from riskmap.resources import resource

MIN_LEVELS = 3
MAX_LEVELS = 6


class ScoreMethod(StrEnum):
    PRODUCT = "product"
    SUM = "sum"
    LOOKUP = "lookup"


class Level(Entity):
    """One step of an axis, with the words a workshop reads to agree on it."""

    value: int = Field(ge=1, le=MAX_LEVELS)
    label: Name
    descriptor: Text = ""


class Band(Entity):
    """A named range of scores starting at min_score, drawn in one colour."""

    name: Name
    min_score: int = Field(ge=0)
    colour: Colour


class ScaleProfile(Entity):
    """How likelihood and impact are measured and turned into a score and a band."""

    key: Name
    name: Name
    description: Text = ""
    likelihood: list[Level] = Field(min_length=MIN_LEVELS, max_length=MAX_LEVELS)
    impact: list[Level] = Field(min_length=MIN_LEVELS, max_length=MAX_LEVELS)
    method: ScoreMethod = ScoreMethod.PRODUCT
    # lookup[l-1][i-1] is the score of likelihood l and impact i (method "lookup" only).
    lookup: list[list[int]] | None = None
    bands: list[Band] = Field(min_length=1, max_length=8)

    @model_validator(mode="after")
    def _check(self) -> ScaleProfile:
        for axis, levels in (("likelihood", self.likelihood), ("impact", self.impact)):
            values = [level.value for level in levels]
            if values != list(range(1, len(levels) + 1)):
                raise ValueError(f"{axis} levels must be numbered 1 to {len(levels)} in order")
        if self.method is ScoreMethod.LOOKUP:
            if self.lookup is None:
                raise ValueError("a lookup profile needs a lookup table")
            shape_ok = len(self.lookup) == len(self.likelihood) and all(
                len(row) == len(self.impact) for row in self.lookup
            )
            if not shape_ok:
                raise ValueError(
                    f"the lookup table must have {len(self.likelihood)} rows of "
                    f"{len(self.impact)} scores"
                )
        thresholds = [band.min_score for band in self.bands]
        if thresholds != sorted(set(thresholds)):
            raise ValueError("band thresholds must increase strictly")
        return self

    @property
    def size(self) -> tuple[int, int]:
        """(number of likelihood levels, number of impact levels)."""
        return len(self.likelihood), len(self.impact)

    def score(self, likelihood: int, impact: int) -> int:
        """The score of a likelihood and an impact level under this profile's method."""
        if not (1 <= likelihood <= len(self.likelihood) and 1 <= impact <= len(self.impact)):
            raise ValueError(f"level out of range: likelihood {likelihood}, impact {impact}")
        if self.method is ScoreMethod.SUM:
            return likelihood + impact
        if self.method is ScoreMethod.LOOKUP:
            assert self.lookup is not None
            return self.lookup[likelihood - 1][impact - 1]
        return likelihood * impact

    def band(self, score: int) -> Band:
        """The band a score falls in: the highest band whose threshold it reaches."""
        chosen = self.bands[0]
        for band in self.bands:
            if score >= band.min_score:
                chosen = band
        return chosen

    def band_of(self, likelihood: int, impact: int) -> Band:
        return self.band(self.score(likelihood, impact))

    def band_index(self, band: Band) -> int:
        """Rank of a band, 0 the lowest."""
        return next(i for i, b in enumerate(self.bands) if b.name == band.name)

    def max_score(self) -> int:
        return self.score(len(self.likelihood), len(self.impact))

    def likelihood_label(self, value: int) -> str:
        return self.likelihood[value - 1].label

    def impact_label(self, value: int) -> str:
        return self.impact[value - 1].label


def remap_level(value: int, old_count: int, new_count: int) -> int:
    """Carry a level to an axis of another size, keeping its relative position."""
    if old_count == new_count:
        return value
    position = (value - 1) / (old_count - 1)
    return 1 + round(position * (new_count - 1))


BUILTIN_KEYS = (
    "wco-5x5",
    "iso31000-5x5",
    "eu-fraud-4x4",
    "compact-3x3",
    "corruption-severe-5x3",
)
DEFAULT_PROFILE_KEY = "wco-5x5"


@cache
def _builtin_json(key: str) -> str:
    return resource("profiles", f"{key}.json").read_text(encoding="utf-8")


def builtin_profiles() -> list[ScaleProfile]:
    """The five built-in profiles of DOMAIN.md, each a fresh copy the caller may edit."""
    return [builtin_profile(key) for key in BUILTIN_KEYS]


def builtin_profile(key: str = DEFAULT_PROFILE_KEY) -> ScaleProfile:
    """One built-in profile by key; KeyError names the known keys."""
    if key not in BUILTIN_KEYS:
        raise KeyError(f"unknown scale profile {key!r}; built-in: {', '.join(BUILTIN_KEYS)}")
    return ScaleProfile.model_validate(json.loads(_builtin_json(key)))
