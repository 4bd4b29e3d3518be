"""Upgrades of older .riskmap documents, one format version at a time.

Changing the file format (renaming, moving or reinterpreting a field; a field with a
default needs no new version) takes four steps, in one commit:

1. Change the model, and set FORMAT_VERSION = N + 1. Never edit the fixtures of older
   versions (tests/core/fixtures/format-vK.riskmap): they are the files users have.
2. Write `_vN_to_vN1(document) -> document`, turning the body of a version-N file
   (without "format" and "format_version") into a version-(N+1) body, and register it
   as MIGRATIONS[N]. It is pure (no I/O, no clock), copies rather than mutates its input,
   and expects hostile files: anything missing or of the wrong type is left for model
   validation to report, and any KeyError, TypeError or ValueError it raises becomes a
   one-line "cannot upgrade" error.
3. Save the version-N fixture again as tests/core/fixtures/format-v(N+1).riskmap
   (storage.save(storage.load(old), new)): the fixture of the new version.
4. Add a test that the version-N fixture migrates to what the user expects (the renamed
   field holds the old value, etc.). tests/core/test_migrations.py already checks that
   every fixture loads, that every version has a fixture and a migration, and that files
   of a newer version are refused with their version named.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

FORMAT = "riskmap"
FORMAT_VERSION = 1

Document = dict[str, Any]

# MIGRATIONS[n] turns a version-n document into a version-(n+1) one. Version 1 is the
# first published format, so there is nothing to migrate yet; each future change of the
# format adds one function here and a fixture file under tests/core/fixtures/.
MIGRATIONS: dict[int, Callable[[Document], Document]] = {}


def migrate(document: Document, version: int) -> Document:
    """Bring a document of an older version up to FORMAT_VERSION."""
    while version < FORMAT_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
    return document
