"""Band colours read for everyone: text on them at 4.5:1, bands apart in greyscale."""

from __future__ import annotations

from itertools import pairwise

import pytest

from riskmap.export.colours import (
    NO_RISK_FILL,
    UNSCORED_FILL,
    contrast,
    luminance,
    text_colour,
)
from riskmap.export.pdf_plan import STATUS_FILLS
from riskmap.export.xlsx_style import readable_text
from riskmap.palettes import COLOURBLIND, COLOURBLIND_RAMP, PALETTES, apply_palette, palette_colours
from riskmap.scales import BUILTIN_KEYS, builtin_profile

# WCAG 2 AA for normal text.
MIN_CONTRAST = 4.5
# Neighbouring bands must differ this much in CIE lightness L* (0 black, 100 white) to be
# told apart on a greyscale printout.
MIN_LIGHTNESS_STEP = 10.0
MAX_BANDS = 8  # the most a scale profile may have


def lightness(colour: str) -> float:
    """CIE L* of a colour: how light it prints in grey."""
    y = luminance(colour)
    return 116 * y ** (1 / 3) - 16 if y > 216 / 24389 else y * 24389 / 27


def builtin_band_colours() -> list[tuple[str, str, str]]:
    return [(key, band.name, band.colour) for key in BUILTIN_KEYS
            for band in builtin_profile(key).bands]


def all_fills() -> list[str]:
    palette = [c for n in range(1, MAX_BANDS + 1)
               for c in palette_colours(n, COLOURBLIND) or []]
    return sorted({*(c for _, _, c in builtin_band_colours()), *palette, *COLOURBLIND_RAMP,
                   NO_RISK_FILL, UNSCORED_FILL, *STATUS_FILLS.values()})


@pytest.mark.parametrize("fill", all_fills())
def test_text_on_every_band_colour_reads_at_4_5_to_1(fill: str) -> None:
    ink = text_colour(fill)
    assert contrast(fill, ink) >= MIN_CONTRAST, f"{ink} on {fill}"
    # The workbook writes in the same ink as the report and the drawings.
    assert "#" + readable_text(fill) == ink


@pytest.mark.parametrize("key", BUILTIN_KEYS)
def test_neighbouring_bands_of_every_builtin_profile_differ_in_lightness(key: str) -> None:
    bands = builtin_profile(key).bands
    steps = [abs(lightness(a.colour) - lightness(b.colour)) for a, b in pairwise(bands)]
    assert min(steps) >= MIN_LIGHTNESS_STEP, [(b.name, round(lightness(b.colour)))
                                               for b in bands]


@pytest.mark.parametrize("count", range(1, MAX_BANDS + 1))
def test_colourblind_bands_get_darker_band_by_band(count: int) -> None:
    colours = palette_colours(count, COLOURBLIND)
    assert colours is not None and len(colours) == count
    values = [lightness(c) for c in colours]
    # Lowest band lightest, each next one clearly darker: the order reads without hue.
    assert all(a - b >= MIN_LIGHTNESS_STEP for a, b in pairwise(values))


def test_a_palette_recolours_the_bands_and_keeps_everything_else() -> None:
    profile = builtin_profile("eu-fraud-4x4")
    recoloured = apply_palette(profile, COLOURBLIND)
    assert [b.name for b in recoloured.bands] == [b.name for b in profile.bands]
    assert [b.min_score for b in recoloured.bands] == [b.min_score for b in profile.bands]
    assert [b.colour for b in recoloured.bands] == ["#FFF2A2", "#D74733", "#58004A"]
    assert profile.bands[0].colour != "#FFF2A2"  # the project's profile is not changed
    assert apply_palette(profile, "default") is profile
    assert set(PALETTES) == {"default", "colourblind"}
    with pytest.raises(ValueError, match="unknown palette 'rainbow'"):
        apply_palette(profile, "rainbow")
