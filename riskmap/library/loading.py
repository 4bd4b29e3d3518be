"""Read the built-in library (cached), merge a user library file over it, write user files."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from riskmap.errors import FileError, NewerFormatError
from riskmap.library.content import UNDEFINED, Library
from riskmap.resources import resource
from riskmap.storage import MORE_PROBLEMS, atomic_write_bytes, read_json, validated

LIBRARY_FORMAT = "riskmap-library"
LIBRARY_FORMAT_VERSION = 1
SUFFIX = ".json"
# The first undefined key of a library, with or without the number of others.
DANGLING = {(template, more): template + MORE_PROBLEMS if more else template
            for template in UNDEFINED.values() for more in (False, True)}


@cache
def builtin_library() -> Library:
    """The library shipped in resources/library/ (every *.json there, merged in name order)."""
    folder = resource("library")
    library = Library()
    for path in sorted(folder.glob("*.json")):
        library = library.merged(read_library_file(path))
    _refuse_dangling(library, folder)
    return library


def load_library(user_file: Path | str | None = None) -> Library:
    """The built-in library, with the entries of a user library file merged over it.

    A user entry with a new key is added; one with the key of a built-in entry replaces
    it. FileError names the user file and the place of any problem in it.
    """
    library = builtin_library()
    if user_file is None:
        return library
    merged = library.merged(read_library_file(user_file))
    _refuse_dangling(merged, Path(user_file))
    return merged


def read_library_file(path: Path | str) -> Library:
    """One library file as it is (entries may refer to built-in ones); FileError otherwise."""
    document = read_json(path, "a library file")
    return validated(Library, _unwrap(document, path), path, "a library file")


def save_user_library(library: Library, path: Path | str) -> None:
    """Write library entries to a file users can share; atomic, UTF-8, pretty-printed."""
    body = library.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    document = {"format": LIBRARY_FORMAT, "format_version": LIBRARY_FORMAT_VERSION, **body}
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    atomic_write_bytes(Path(path), text.encode("utf-8"))


def _unwrap(document: Any, path: Path | str) -> dict[str, Any]:
    """The entries of a library document, once its optional format marker is checked."""
    if not isinstance(document, dict):
        raise FileError(path, "not a library file (expected a JSON object with "
                              '"stages", "measures" or "templates")')
    body = dict(document)
    kind = body.pop("format", LIBRARY_FORMAT)
    if kind in ("riskmap", "riskmap-encrypted"):
        raise FileError(path, "this is a riskmap project, not a library file")
    if kind != LIBRARY_FORMAT:
        raise FileError(path, 'not a library file ("format" is {kind!r}, expected '
                              '"{expected}")', kind=kind, expected=LIBRARY_FORMAT)
    version = body.pop("format_version", LIBRARY_FORMAT_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FileError(path, "invalid format_version {version!r}", version=version)
    if version > LIBRARY_FORMAT_VERSION:
        raise NewerFormatError(
            path, "library written by a newer riskmap (format version {version}); "
                  "please update riskmap to use it", version=version,
        )
    return body


def _refuse_dangling(library: Library, source: Path) -> None:
    problems = library.reference_problems()
    if problems:
        template, values = problems[0]
        if len(problems) > 1:
            values = {**values, "more": len(problems) - 1}
        raise FileError(source, DANGLING[template, len(problems) > 1], "", **values)
