"""Locate the files shipped in resources/ and examples/, installed or in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The resources folder."""
    return _shipped("resources")


@cache
def examples_dir() -> Path:
    """The bundled example projects."""
    return _shipped("examples")


def _shipped(name: str) -> Path:
    """A shipped folder: inside the installed package (as _name), or beside it in a checkout."""
    for candidate in (_PACKAGE / f"_{name}", _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"riskmap {name} folder not found; the installation is incomplete")


def resource(*parts: str) -> Path:
    """Path of one shipped resource, e.g. resource("profiles", "wco-5x5.json")."""
    return resources_dir().joinpath(*parts)


def examples() -> list[Path]:
    """The bundled example projects, sorted by name."""
    return sorted(examples_dir().glob("*.riskmap"))
