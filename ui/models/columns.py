"""Column descriptions shared by the table models, their delegates and their views."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import TypeVar

from PySide6.QtCore import Qt

from ui.language import domain_tr, translate

# Roles beyond Qt's own; they pass through proxy models unchanged.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# For choice columns: a list of (value, label, description) the editor offers.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2


class Kind(Enum):
    """How a cell is edited in place (the delegate picks its editor from this)."""

    READ_ONLY = "read_only"
    TEXT = "text"
    ENUM = "enum"
    LEVEL = "level"
    DATE = "date"
    PERCENT = "percent"
    KEY_FACTORS = "key_factors"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: Kind = Kind.READ_ONLY
    # Hidden until the user shows it from the header's menu.
    hidden: bool = False

    @property
    def title(self) -> str:
        """The header as shown: in the interface language (headers are marked with
        QT_TRANSLATE_NOOP("Columns", ...))."""
        return translate("Columns", self.header)


Choice = tuple[object, str, str]
E = TypeVar("E", bound=StrEnum)


def enum_choices(labels: Mapping[E, str], optional: bool = True) -> list[Choice]:
    """Choices of a pick-list, with "—" for none when optional."""
    choices: list[Choice] = [(None, "—", "")] if optional else []
    return choices + [(value.value, domain_tr(label), "") for value, label in labels.items()]
