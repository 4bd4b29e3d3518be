"""Band colour palettes: the built-in traffic lights and a colour-blind-safe ramp."""

from __future__ import annotations

from riskmap.scales import ScaleProfile

DEFAULT = "default"
COLOURBLIND = "colourblind"
PALETTES = (DEFAULT, COLOURBLIND)
PALETTE_NAMES = {DEFAULT: "Band colours of the profile", COLOURBLIND: "Colour-blind safe"}

# Band colours of the built-in profiles (tools/make_profiles.py writes them). Besides
# hue, each differs from the others in lightness (CIE L* 77, 89, 65, 44), so that
# neighbouring bands stay apart in a greyscale printout; black or white text on each
# reads at 4.5:1 or better.
GREEN, YELLOW, ORANGE, RED = "#9CCC65", "#FFE04D", "#F57C00", "#C62828"

# Pale yellow to dark purple, each step about 11 L* darker than the one before: the order
# of the bands reads from lightness alone, so it survives deuteranopia, protanopia and
# greyscale printing (a sequential scheme in the manner of ColorBrewer's YlOrRd).
COLOURBLIND_RAMP = (
    "#FFF2A2", "#FFCA46", "#FA9E36", "#ED7333", "#D74733", "#BD0438", "#8A0046", "#58004A",
)


def palette_colours(count: int, palette: str) -> list[str] | None:
    """The colours of `count` bands, lowest band first; None keeps the profile's own."""
    if palette not in PALETTES:
        raise ValueError(f"unknown palette {palette!r}; choose one of {', '.join(PALETTES)}")
    if palette == DEFAULT:
        return None
    ramp = COLOURBLIND_RAMP
    if count > len(ramp):
        raise ValueError(f"the {palette} palette has {len(ramp)} colours, not {count}")
    if count == 1:
        return [ramp[len(ramp) // 2]]
    # Spread the bands over the whole ramp: the fewer the bands, the bigger the steps.
    last = len(ramp) - 1
    return [ramp[int(n * last / (count - 1) + 0.5)] for n in range(count)]


def apply_palette(profile: ScaleProfile, palette: str) -> ScaleProfile:
    """The profile with its bands in the palette's colours (the profile itself when the
    palette is the default one); `profile` is unchanged."""
    colours = palette_colours(len(profile.bands), palette)
    if colours is None:
        return profile
    bands = [band.model_copy(update={"colour": colour})
             for band, colour in zip(profile.bands, colours, strict=True)]
    return profile.model_copy(update={"bands": bands})
