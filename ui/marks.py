"""Texts marked for translation where they are defined and translated where shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context` (pyside6-lupdate finds the call by its
    name); returns it unchanged, typed as text, unlike PySide6's own marker."""
    return source
