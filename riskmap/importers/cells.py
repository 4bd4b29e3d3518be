"""Reading typed values out of spreadsheet cells, with the place of every problem."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from openpyxl.utils import get_column_letter

from riskmap.errors import FileError, fill
from riskmap.i18n import LANGUAGES, Translator

E = TypeVar("E", bound=Enum)


class InvalidValue(ValueError):
    """A cell whose value cannot be read as what its column holds; its message is a
    template and values, as riskmap.errors.RiskmapError."""

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values: dict[str, object] = values
        super().__init__(fill(template, values))


def normalise(text: object) -> str:
    """Lower case, accents and punctuation removed, spaces collapsed: "Échéance" -> "echeance"."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^0-9a-z%]+", " ", plain).split())


def translations(english: str) -> set[str]:
    """The normalised forms of an English label in every export language."""
    return {normalise(Translator(lang)(english)) for lang in LANGUAGES}


def place(sheet: str, row: int, column: int) -> str:
    """A cell's address as people read it: "Action plan!N5"."""
    return f"{sheet}!{get_column_letter(column)}{row}"


def is_formula(cell: Any) -> bool:
    return getattr(cell, "data_type", None) == "f" or (
        isinstance(cell.value, str) and cell.value.startswith("=")
        and getattr(cell, "data_type", None) not in ("s", "inlineStr")
    )


def refuse_formula(path: Path, sheet: str, row: int, column: int, cell: Any) -> None:
    """Formulas are never read: a value was expected here."""
    if is_formula(cell):
        formula = " ".join(str(cell.value).split())[:60]
        raise FileError(path, "a formula ({formula}) where a value is expected; replace it "
                        "by its value and retry", "{place}", formula=formula,
                        place=place(sheet, row, column))


def value_of(cell: Any) -> Any:
    """A cell's value as the person typing it meant it: 60 for a cell showing "60%"."""
    value = cell.value
    try:
        number_format = getattr(cell, "number_format", "") or ""
    except (IndexError, KeyError):  # a style the workbook's broken styles.xml lacks
        number_format = ""
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in number_format:
        return round(value * 100, 6)
    return value


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def integer(value: Any, low: int, high: int) -> int | None:
    """A whole number within [low, high]; None for an empty cell."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number: float
    if isinstance(value, bool):
        raise InvalidValue("{value!r} is not a number", value=value)
    if isinstance(value, int | float):
        number = value
    elif isinstance(value, str):
        try:
            number = float(value.strip().rstrip("%").strip().replace(",", "."))
        except ValueError:
            raise InvalidValue("{value!r} is not a number", value=value) from None
    else:
        raise InvalidValue("{value!r} is not a number", value=value)
    if not float(number).is_integer():
        raise InvalidValue("{value!r} is not a whole number", value=value)
    if not low <= number <= high:
        raise InvalidValue("{value} is outside {low} to {high}", value=int(number), low=low,
                           high=high)
    return int(number)


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d")


def date(value: Any) -> dt.date | None:
    """A date from a date cell or from text written 2026-06-30 or 30/06/2026."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        for fmt in _DATE_FORMATS:
            try:
                return dt.datetime.strptime(value.strip(), fmt).date()
            except ValueError:
                continue
    raise InvalidValue("{value!r} is not a date (write it 2026-06-30 or 30/06/2026)",
                       value=value)


def choices(labels: Mapping[E, str]) -> dict[str, E]:
    """Normalised label (in every language) or value -> member of a vocabulary."""
    found: dict[str, E] = {}
    for member, label in labels.items():
        for form in translations(label):
            found.setdefault(form, member)
        found.setdefault(normalise(member.value), member)
    return found


def choice(value: Any, lookup: Mapping[str, E], unknown: str, **values: object) -> E | None:
    """The vocabulary member a cell names; None for an empty cell. `unknown` says why a
    value that names none is refused: a template with {value} (and these `values`)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    member = lookup.get(normalise(value))
    if member is None:
        raise InvalidValue(unknown, value=text(value), **values)
    return member
