"""Errors riskmap reports to users: one clear line, never a traceback.

Each message is a `template` whose {placeholders} are filled from `values`, as
riskmap.checks.Problem: an interface translates the template (riskmap.i18n) and fills it
the same way, while `str(error)` stays the English line the command line prints. A message
given without values is its own template, used as it is (braces and all)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

# How a file error reads: the file, the place when known, the message.
FILE_LINE = "{path}: {message}"
FILE_PLACE_LINE = "{path}: {where}: {message}"


def fill(template: str, values: Mapping[str, object]) -> str:
    """A template with its {placeholders} filled; without values, the text as it is."""
    return template.format(**values) if values else template


class RiskmapError(Exception):
    """Base of every error riskmap explains to the user.

    `RiskmapError("the password is empty; ...")`, or a template and its values:
    `EditError("likelihood {value} is outside the profile (1 to {top})", value=6, top=5)`."""

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values: dict[str, object] = values
        self.message = fill(template, values)
        super().__init__(self.message)


class FileError(RiskmapError):
    """A file that cannot be read or written: names the file and, when known, the place.

    With values, `where` is a template too, filled from the same values (a place taken
    from the file itself goes in as a value: `where="{place}", place=...`)."""

    def __init__(self, path: Path | str, template: str, /, where: str = "",
                 **values: object) -> None:
        self.path = Path(path)
        self.template = template
        self.values = values
        self.message = fill(template, values)
        self.where_template = where
        self.where = fill(where, values)
        line = FILE_PLACE_LINE if self.where else FILE_LINE
        Exception.__init__(self, line.format(path=self.path, where=self.where,
                                             message=self.message))


class NewerFormatError(FileError):
    """The file was written by a newer riskmap than this one."""


class PasswordError(FileError):
    """A password is needed, or the one given does not open the file."""


class LimitError(RiskmapError):
    """Input larger than riskmap accepts (file size, entity count, text length)."""
