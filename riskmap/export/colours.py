"""Colour helpers shared by the exports and the app: readable text on a band colour."""

from __future__ import annotations

# Fills for holders without a rating: no risk recorded, or risks not scored yet.
NO_RISK_FILL = "#F2F4F7"
UNSCORED_FILL = "#D0D5DD"
INK = "#1D2939"
MUTED = "#667085"
RULE = "#98A2B3"
ACCENT = "#1F3A5F"


def rgb(colour: str) -> tuple[int, int, int]:
    """The red, green and blue of a "#RRGGBB" colour, each 0-255."""
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def luminance(colour: str) -> float:
    """Relative luminance (WCAG 2) of a "#RRGGBB" colour, 0 (black) to 1 (white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = rgb(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colour(fill: str) -> str:
    """"#000000" or "#FFFFFF", whichever reads better on `fill`."""
    return "#000000" if contrast(fill, "#000000") >= contrast(fill, "#FFFFFF") else "#FFFFFF"


def mix(colour: str, other: str, weight: float) -> str:
    """`colour` blended towards `other` by `weight` (0 keeps colour, 1 gives other)."""
    a, b = rgb(colour), rgb(other)
    parts = (round(x + (y - x) * weight) for x, y in zip(a, b, strict=True))
    return "#" + "".join(f"{p:02X}" for p in parts)
