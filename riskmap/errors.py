"""Errors riskmap reports to users: one clear line, never a traceback."""

from __future__ import annotations

from pathlib import Path


class RiskmapError(Exception):
    """Base of every error riskmap explains to the user."""


class FileError(RiskmapError):
    """A file that cannot be read or written: names the file and, when known, the place."""

    def __init__(self, path: Path | str, message: str, where: str = "") -> None:
        self.path = Path(path)
        self.where = where
        self.message = message
        place = f"{self.path}: {where}: " if where else f"{self.path}: "
        super().__init__(place + message)


class NewerFormatError(FileError):
    """The file was written by a newer riskmap than this one."""


class PasswordError(FileError):
    """A password is needed, or the one given does not open the file."""


class LimitError(RiskmapError):
    """Input larger than riskmap accepts (file size, entity count, text length)."""
