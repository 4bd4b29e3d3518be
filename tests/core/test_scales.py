"""Scale profiles score, band and re-map the way a workshop expects."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from riskmap.scales import (
    BUILTIN_KEYS,
    ScaleProfile,
    ScoreMethod,
    builtin_profile,
    builtin_profiles,
    remap_level,
)


def test_five_builtin_profiles_with_a_descriptor_for_every_level():
    profiles = builtin_profiles()
    assert [p.key for p in profiles] == list(BUILTIN_KEYS)
    sizes = {p.key: p.size for p in profiles}
    assert sizes == {"wco-5x5": (5, 5), "iso31000-5x5": (5, 5), "eu-fraud-4x4": (4, 4),
                     "compact-3x3": (3, 3), "corruption-severe-5x3": (5, 3)}
    for profile in profiles:
        for level in [*profile.likelihood, *profile.impact]:
            assert level.label and len(level.descriptor) > 20, (profile.key, level.label)


def test_wco_default_labels_and_bands():
    wco = builtin_profile()
    assert [lv.label for lv in wco.likelihood] == [
        "Rare", "Unlikely", "Possible", "Likely", "Almost certain"]
    assert [lv.label for lv in wco.impact] == [
        "Insignificant", "Minor", "Moderate", "Major", "Severe"]
    assert wco.band_of(1, 1).name == "Low"
    assert wco.band_of(2, 3).name == "Medium"
    assert wco.band_of(4, 3).name == "High"
    assert wco.band_of(5, 5).name == "Critical"


def test_iso_profile_states_probabilities():
    iso = builtin_profile("iso31000-5x5")
    assert iso.likelihood[0].descriptor.startswith("< 10 %")
    assert iso.likelihood[4].descriptor.startswith("> 75 %")


def test_corruption_severe_impact_never_low():
    severe = builtin_profile("corruption-severe-5x3")
    assert [lv.label for lv in severe.impact] == ["Moderate", "Major", "Catastrophic"]
    assert all(b.name != "Low" for b in severe.bands)


def test_score_methods():
    wco = builtin_profile()
    assert wco.score(4, 3) == 12
    summed = wco.model_copy(update={"method": ScoreMethod.SUM})
    assert summed.score(4, 3) == 7
    table = [[r * 10 + c for c in range(1, 4)] for r in range(1, 4)]
    compact = builtin_profile("compact-3x3")
    data = compact.model_dump() | {"method": "lookup", "lookup": table}
    lookup = ScaleProfile.model_validate(data)
    assert lookup.score(2, 3) == 23
    with pytest.raises(ValueError, match="out of range"):
        wco.score(6, 1)


def test_invalid_profiles_are_explained():
    data = builtin_profile("compact-3x3").model_dump()
    with pytest.raises(ValidationError, match="lookup table"):
        ScaleProfile.model_validate(data | {"method": "lookup", "lookup": None})
    with pytest.raises(ValidationError, match="3 rows of 3"):
        ScaleProfile.model_validate(data | {"method": "lookup", "lookup": [[1, 2, 3]]})
    bands = list(reversed(data["bands"]))
    with pytest.raises(ValidationError, match="thresholds must increase"):
        ScaleProfile.model_validate(data | {"bands": bands})
    with pytest.raises(ValidationError, match="numbered 1 to 3"):
        levels = [dict(lv, value=lv["value"] + 1) for lv in data["likelihood"]]
        ScaleProfile.model_validate(data | {"likelihood": levels})


@pytest.mark.parametrize(("value", "old", "new", "expected"), [
    (1, 5, 3, 1), (3, 5, 3, 2), (5, 5, 3, 3), (4, 5, 4, 3), (2, 3, 5, 3), (5, 5, 5, 5),
])
def test_remap_level_keeps_relative_position(value, old, new, expected):
    assert remap_level(value, old, new) == expected


def test_unknown_profile_names_the_known_ones():
    with pytest.raises(KeyError, match="compact-3x3"):
        builtin_profile("nope")
