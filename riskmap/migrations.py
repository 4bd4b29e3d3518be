"""Upgrades of older .riskmap documents, one format version at a time."""

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
