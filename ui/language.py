"""The interface language: Qt translators for the window's words (resources/i18n/riskmap_*.qm,
made by tools/update_translations.py), riskmap's catalog for the words of the method
(resources/i18n/<lang>.json, shared with the exports), and the setting that chooses English,
French or Spanish (by default the system's language)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from riskmap.checks import Problem
from riskmap.errors import FILE_LINE, FILE_PLACE_LINE, FileError, RiskmapError
from riskmap.i18n import LANGUAGE_NAMES, LANGUAGES, Translator
from riskmap.localize import localized_profile
from riskmap.resources import resource
from riskmap.scales import BUILTIN_KEYS, Band, Level, ScaleProfile, builtin_profile

K = TypeVar("K")
LANGUAGE_KEY = "language"
SYSTEM = "system"  # the setting's default: follow the system's language
_LOCALES = {"en": QLocale.Language.English, "fr": QLocale.Language.French,
            "es": QLocale.Language.Spanish}


class _State:
    lang = "en"
    translators: list[QTranslator] = []  # noqa: RUF012 (one list for the application)
    system_locale: QLocale | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate, typed: pyside6-lupdate collects every `translate(`
    call whose first two arguments are literal strings."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def qm_path(lang: str) -> Path:
    """The compiled translation of the interface into `lang` (English: its plural forms,
    "1 risk" and "2 risks" for the source's "%n risk(s)")."""
    return resource("i18n", f"riskmap_{lang}.qm")


def system_language() -> str:
    """The system's language when riskmap speaks it, else English."""
    lang = QLocale.system().name().split("_")[0]
    return lang if lang in LANGUAGES else "en"


def language_setting(settings: QSettings) -> str:
    """What the user chose: "system", "en", "fr" or "es"."""
    value = settings.value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value in (SYSTEM, *LANGUAGES) else SYSTEM


def set_language_setting(settings: QSettings, value: str) -> None:
    if value not in (SYSTEM, *LANGUAGES):
        raise ValueError(f"unknown language {value!r}")
    settings.setValue(LANGUAGE_KEY, value)


def resolve_language(setting: str) -> str:
    """The language a setting stands for."""
    return system_language() if setting == SYSTEM else setting


def install_language(lang: str) -> str:
    """Speak `lang` from now on: our translation and Qt's own (standard buttons, context
    menus), and the locale's dates and numbers. Widgets made afterwards use it; the main
    window rebuilds itself to switch (ui.main_window.MainWindow.switch_language)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    app = QCoreApplication.instance()
    for old in _State.translators:
        if app is not None:
            app.removeTranslator(old)
    _State.translators = []
    if _State.system_locale is None:
        _State.system_locale = QLocale()
    if app is not None:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = qm_path(lang)
        names = [(ours.stem, str(ours.parent))]
        if lang != "en":  # Qt's own words: standard buttons, context menus, file dialogs
            names.insert(0, (f"qtbase_{lang}", qt_folder))
        for name, folder in names:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _State.translators.append(translator)
    _State.lang = lang
    system = _State.system_locale
    QLocale.setDefault(system if system.language() == _LOCALES[lang]
                       else QLocale(_LOCALES[lang]))
    return lang


def install_from_settings(settings: QSettings) -> str:
    """At start-up: the language the settings choose."""
    return install_language(resolve_language(language_setting(settings)))


def current_language() -> str:
    """The interface language now: "en", "fr" or "es"."""
    return _State.lang


def language_name(lang: str) -> str:
    """A language in its own words: "Français"."""
    return LANGUAGE_NAMES[lang]


# --- the words of the method (riskmap's catalog, one for the exports and the window) -------
@cache
def _translator(lang: str) -> Translator:
    return Translator(lang)


def domain_tr(text: str, **values: object) -> str:
    """A word riskmap defines (a corruption type, a key factor, a status...) in the
    interface language; text riskmap does not know stays as it is."""
    return _translator(_State.lang)(text, **values)


def domain_labels(labels: Mapping[K, str]) -> dict[K, str]:
    """A pick-list of riskmap.vocabulary (e.g. ENABLING_FACTOR_LABELS) in the interface
    language, in the same order."""
    return {key: domain_tr(label) for key, label in labels.items()}


def problem_message(problem: Problem) -> str:
    """A validation problem's message in the interface language."""
    if not problem.template:
        return problem.message
    return _translator(_State.lang).message(problem)


def error_text(error: BaseException) -> str:
    """What an error says, in the interface language: a riskmap error's template
    translated and filled (a file error keeps its file and place, the place translated
    when riskmap wrote it: "ligne 3 colonne 5"); any other error (OSError...) as it is."""
    if not isinstance(error, RiskmapError):
        return str(error)
    tr = _translator(_State.lang)
    try:
        message = tr.message(error)
        if not isinstance(error, FileError):
            return message
        where = tr.fill(error.where_template, error.values) if error.where else ""
        return tr.fill(FILE_PLACE_LINE if where else FILE_LINE,
                       {"path": error.path, "where": where, "message": message})
    except (KeyError, IndexError, ValueError):  # a translation that does not fit its values
        return str(error)


@cache
def _builtin_texts(key: str) -> frozenset[str]:
    profile = builtin_profile(key)
    levels = [*profile.likelihood, *profile.impact]
    return frozenset([profile.name, profile.description, *(level.label for level in levels),
                      *(level.descriptor for level in levels),
                      *(band.name for band in profile.bands)]) - {""}


@cache
def _all_builtin_texts() -> frozenset[str]:
    return frozenset().union(*(_builtin_texts(key) for key in BUILTIN_KEYS))


def builtin_tr(text: str) -> str:
    """A level label or band name in the interface language when it is one of the built-in
    profiles' English words ("Likely", "High"), else as it is (for a rating or a level
    shown without its profile)."""
    if _State.lang == "en" or text not in _all_builtin_texts():
        return text
    return domain_tr(text)


def is_builtin_text(profile: ScaleProfile, text: str) -> bool:
    """Whether `text` is one of the English texts of the built-in profile `profile`
    comes from (a label, descriptor, band or name the user has not rewritten)."""
    return profile.key in BUILTIN_KEYS and text in _builtin_texts(profile.key)


def profile_tr(profile: ScaleProfile, text: str) -> str:
    """A profile's label, descriptor, band or name as shown: a built-in profile's own
    English text in the interface language, what the user wrote as it is."""
    if _State.lang == "en" or not is_builtin_text(profile, text):
        return text
    return domain_tr(text)


def band_name(profile: ScaleProfile, band: Band) -> str:
    return profile_tr(profile, band.name)


def likelihood_label(profile: ScaleProfile, value: int) -> str:
    return profile_tr(profile, profile.likelihood_label(value))


def impact_label(profile: ScaleProfile, value: int) -> str:
    return profile_tr(profile, profile.impact_label(value))


def shown_profile(profile: ScaleProfile) -> ScaleProfile:
    """A copy of a profile as the interface shows it: a built-in profile's own English
    words in the interface language (riskmap.localize, as the exports do)."""
    return localized_profile(profile, _translator(_State.lang))


def stored_profile(edited: ScaleProfile, original: ScaleProfile) -> ScaleProfile:
    """A profile edited as shown (from `shown_profile(original)`) with each text the user
    left as shown given back in English: the project keeps the built-in words, which
    then read in any language."""
    def keep(shown: str, index: int, texts: list[str]) -> str:
        return stored_text(original, shown, texts[index]) if index < len(texts) else shown

    def levels(new: list[Level], old: list[Level]) -> list[Level]:
        labels, descriptors = [lv.label for lv in old], [lv.descriptor for lv in old]
        return [lv.model_copy(update={"label": keep(lv.label, n, labels),
                                      "descriptor": keep(lv.descriptor, n, descriptors)})
                for n, lv in enumerate(new)]

    names = [band.name for band in original.bands]
    return edited.model_copy(update={
        "name": keep(edited.name, 0, [original.name]),
        "description": keep(edited.description, 0, [original.description]),
        "likelihood": levels(edited.likelihood, original.likelihood),
        "impact": levels(edited.impact, original.impact),
        "bands": [band.model_copy(update={"name": keep(band.name, n, names)})
                  for n, band in enumerate(edited.bands)],
    })


def stored_text(profile: ScaleProfile, shown: str, original: str) -> str:
    """What to keep of a text edited as shown (`profile_tr(profile, original)`): the
    English original when the user left the translation as it was."""
    if shown == original or (is_builtin_text(profile, original)
                             and shown == profile_tr(profile, original)):
        return original
    return shown
