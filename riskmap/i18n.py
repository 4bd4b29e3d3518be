"""Translation of the words riskmap writes in exports (never of user text)."""

from __future__ import annotations

import datetime as dt
import json
import string
from collections.abc import Mapping
from functools import cache
from typing import Any, Protocol

from riskmap.resources import resource

LANGUAGES = ("en", "fr", "es")
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}


@cache
def _catalog(lang: str) -> dict[str, str]:
    """English source text -> translation, from resources/i18n/<lang>.json."""
    if lang == "en":
        return {}
    path = resource("i18n", f"{lang}.json")
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.items()}


class Message(Protocol):
    """A line riskmap explains (riskmap.errors.RiskmapError, riskmap.checks.Problem...):
    an English template and the values that fill it."""

    @property
    def template(self) -> str: ...

    @property
    def values(self) -> Mapping[str, object]: ...


class Translator:
    """Translates riskmap's own words into one language; unknown text stays English."""

    def __init__(self, lang: str = "en") -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self._words = _catalog(lang)

    def __call__(self, text: str, **values: object) -> str:
        """Translate `text`, then fill {placeholders} from `values`."""
        translated = self._words.get(text, text)
        return translated.format(**values) if values else translated

    def fill(self, template: str, values: Mapping[str, object]) -> str:
        """A message in this language: `template` translated, then its {placeholders}
        filled from `values`. A value that is itself a message is translated too, and a
        number shown with a thousands separator ({n:,}) is written as people of this
        language write it. Without values the translation is used as it is."""
        translated = self._words.get(template, template)
        return _Filler(self).vformat(translated, (), values) if values else translated

    def message(self, message: Message) -> str:
        """A message (see Message) in this language."""
        return self.fill(message.template, message.values)

    def date(self, value: dt.date | None) -> str:
        """A date as people of this language write it."""
        if value is None:
            return ""
        if self.lang == "en":
            return value.isoformat()
        return value.strftime("%d/%m/%Y")

    def number(self, value: float, decimals: int = 0) -> str:
        """A number as people of this language write it: 12,500.5 or 12 500,5."""
        text = f"{value:,.{decimals}f}"
        if self.lang == "en":
            return text
        # French and Spanish: space for thousands, comma for decimals.
        return text.replace(",", "\u202f").replace(".", ",")


class _Filler(string.Formatter):
    """str.format, with a translator's numbers and nested messages."""

    def __init__(self, translator: Translator) -> None:
        self.translator = translator

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(getattr(value, "template", None), str) and isinstance(
                getattr(value, "values", None), Mapping):
            value = self.translator.message(value)
        elif (format_spec == "," and isinstance(value, int | float)
              and not isinstance(value, bool)):
            return self.translator.number(value)
        return str(super().format_field(value, format_spec))
