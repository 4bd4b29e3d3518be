"""Translation of the words riskmap writes in exports (never of user text)."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache

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
