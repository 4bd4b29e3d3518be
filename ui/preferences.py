"""The user's preferences, kept in QSettings: name for the audit trail, backups, autosave."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from PySide6.QtCore import QSettings

from ui.language import SYSTEM, language_setting, set_language_setting

NAME_KEY = "user/name"
BACKUP_KEY = "files/keep_backup"
AUTOSAVE_KEY = "recovery/autosave_minutes"
DEFAULT_AUTOSAVE_MINUTES = 2
AUTOSAVE_RANGE = (1, 60)


def login_name() -> str:
    """The operating system's name of the user, or "" when it cannot tell."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in a bare container
        return ""


@dataclass(frozen=True)
class Preferences:
    """What Edit > Preferences sets."""

    user_name: str
    keep_backup: bool = True
    autosave_minutes: int = DEFAULT_AUTOSAVE_MINUTES
    language: str = SYSTEM  # "system" (the computer's, when riskmap speaks it), "en", "fr", "es"

    @property
    def autosave_ms(self) -> int:
        return self.autosave_minutes * 60 * 1000


def _flag(value: object, default: bool) -> bool:
    # An INI file gives back "true" / "false" as text.
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return default


def _minutes(value: object) -> int:
    try:
        minutes = int(str(value))
    except ValueError:
        return DEFAULT_AUTOSAVE_MINUTES
    low, high = AUTOSAVE_RANGE
    return min(max(minutes, low), high)


def read_preferences(settings: QSettings) -> Preferences:
    name = settings.value(NAME_KEY, "")
    return Preferences(
        user_name=(name.strip() if isinstance(name, str) else "") or login_name(),
        keep_backup=_flag(settings.value(BACKUP_KEY, True), True),
        autosave_minutes=_minutes(settings.value(AUTOSAVE_KEY, DEFAULT_AUTOSAVE_MINUTES)),
        language=language_setting(settings),
    )


def write_preferences(settings: QSettings, preferences: Preferences) -> None:
    settings.setValue(NAME_KEY, preferences.user_name.strip())
    settings.setValue(BACKUP_KEY, preferences.keep_backup)
    settings.setValue(AUTOSAVE_KEY, preferences.autosave_minutes)
    set_language_setting(settings, preferences.language)
