"""User scale-profile library (JSON files in a folder) and the preview of a profile switch."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from riskmap.errors import FileError, NewerFormatError
from riskmap.model import Project
from riskmap.scales import BUILTIN_KEYS, Band, ScaleProfile, remap_level
from riskmap.storage import atomic_write_bytes, read_json, validated
from riskmap.vocabulary import ScoreKind

PROFILE_FORMAT = "riskmap-profile"
PROFILE_FORMAT_VERSION = 1
SUFFIX = ".json"


def dumps_profile(profile: ScaleProfile) -> str:
    """The file text of a profile: a format marker, then the profile, pretty-printed."""
    body = profile.model_dump(mode="json")
    document = {"format": PROFILE_FORMAT, "format_version": PROFILE_FORMAT_VERSION, **body}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def save_profile(profile: ScaleProfile, path: Path | str) -> None:
    """Write a profile to a file others can import; atomic, UTF-8."""
    try:
        atomic_write_bytes(Path(path), dumps_profile(profile).encode("utf-8"))
    except OSError as exc:
        raise FileError(path, "cannot write ({reason})", reason=exc.strerror or exc) from None


def load_profile(path: Path | str) -> ScaleProfile:
    """Read one profile file; FileError names the file and the place of any problem."""
    document = read_json(path, "a scale profile")
    return validated(ScaleProfile, _unwrap(document, path), path, "a scale profile")


def _unwrap(document: Any, path: Path | str) -> dict[str, Any]:
    if not isinstance(document, dict):
        raise FileError(path, "not a scale profile (expected a JSON object)")
    body = dict(document)
    kind = body.pop("format", PROFILE_FORMAT)
    if kind in ("riskmap", "riskmap-encrypted"):
        raise FileError(path, "this is a riskmap project, not a scale profile")
    if kind != PROFILE_FORMAT:
        raise FileError(path, 'not a scale profile ("format" is {kind!r}, expected '
                              '"{expected}")', kind=kind, expected=PROFILE_FORMAT)
    version = body.pop("format_version", PROFILE_FORMAT_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FileError(path, "invalid format_version {version!r}", version=version)
    if version > PROFILE_FORMAT_VERSION:
        raise NewerFormatError(path, "profile written by a newer riskmap (format version "
                                     "{version}); please update riskmap to use it",
                               version=version)
    return body


def user_profiles(folder: Path | str, problems: list[FileError] | None = None,
                  ) -> list[ScaleProfile]:
    """The profiles saved in a folder, by name; unreadable files are skipped (and added
    to `problems` when given). A missing folder holds no profiles."""
    root = Path(folder)
    if not root.is_dir():
        return []
    found: list[ScaleProfile] = []
    for path in sorted(root.glob(f"*{SUFFIX}")):
        try:
            found.append(load_profile(path))
        except FileError as exc:
            if problems is not None:
                problems.append(exc)
    return sorted(found, key=lambda p: (p.name.casefold(), p.key))


def slug(text: str) -> str:
    """A key made of lower-case letters, digits and dashes, e.g. "my-5x5-copy"."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60] or "profile"


def profile_path(folder: Path | str, profile: ScaleProfile) -> Path:
    """Where a profile lives in the user library: one file per key."""
    return Path(folder) / f"{slug(profile.key)}{SUFFIX}"


def unique_key(name: str, taken: Iterable[str]) -> str:
    """A key for a new profile named `name`, clashing with no built-in or taken key."""
    used = set(taken) | set(BUILTIN_KEYS)
    base = slug(name)
    key, number = base, 2
    while key in used:
        key, number = f"{base}-{number}", number + 1
    return key


class Placement(NamedTuple):
    """Where one assessment sits under a profile: its levels, score and band."""

    likelihood: int
    impact: int
    score: int
    band: Band


class Move(NamedTuple):
    """One assessment whose cell or band changes when the project switches profile."""

    code: str
    kind: ScoreKind
    before: Placement
    after: Placement

    @property
    def band_changed(self) -> bool:
        return self.before.band.name != self.after.band.name


def _place_in(profile: ScaleProfile, likelihood: int, impact: int) -> Placement:
    score = profile.score(likelihood, impact)
    return Placement(likelihood, impact, score, profile.band(score))


def _carry(value: int, old: int, new: int) -> int:
    # The same carrying rule as riskmap.edits.change_profile.
    return remap_level(min(value, old), old, new)


def remap_preview(project: Project, profile: ScaleProfile) -> list[Move]:
    """What moves if the project switches to `profile`: every scored assessment whose
    levels, score or band change, in risk code order then inherent, residual, target."""
    old = project.profile
    (old_l, old_i), (new_l, new_i) = old.size, profile.size
    moves: list[Move] = []
    for risk in sorted(project.risks, key=lambda r: r.code):
        for kind in ScoreKind:
            level = risk.assessment(kind)
            lik, imp = level.likelihood, level.impact
            if lik is None or imp is None or lik > old_l or imp > old_i:
                continue
            before = _place_in(old, lik, imp)
            after = _place_in(profile, _carry(lik, old_l, new_l), _carry(imp, old_i, new_i))
            if (before.likelihood, before.impact, before.score, before.band.name) != (
                    after.likelihood, after.impact, after.score, after.band.name):
                moves.append(Move(risk.code, kind, before, after))
    return moves
