"""The words of the built-in scale profiles in an export language (user-edited ones kept)."""

from __future__ import annotations

from riskmap.i18n import Translator
from riskmap.scales import BUILTIN_KEYS, Level, ScaleProfile, builtin_profile


def builtin_profile_texts() -> list[str]:
    """Every English text of the built-in profiles: names, descriptions, labels, bands."""
    texts: list[str] = []
    for key in BUILTIN_KEYS:
        profile = builtin_profile(key)
        texts += [profile.name, profile.description]
        for level in [*profile.likelihood, *profile.impact]:
            texts += [level.label, level.descriptor]
        texts += [band.name for band in profile.bands]
    return [text for text in dict.fromkeys(texts) if text]


def _same(text: str, builtin: str, tr: Translator) -> str:
    """`text` translated when it is still the built-in English text, else as it is."""
    return tr(text) if text and text == builtin else text


def _levels(levels: list[Level], builtins: list[Level], tr: Translator) -> list[Level]:
    result = []
    for n, level in enumerate(levels):
        if n >= len(builtins):
            result.append(level)
            continue
        original = builtins[n]
        result.append(level.model_copy(update={
            "label": _same(level.label, original.label, tr),
            "descriptor": _same(level.descriptor, original.descriptor, tr),
        }))
    return result


def localized_profile(profile: ScaleProfile, tr: Translator) -> ScaleProfile:
    """A built-in profile's name, description, level labels and descriptors and band names
    in the translator's language. Only texts that are still the built-in English ones are
    translated: what a user wrote, or a profile of their own, stays as it is."""
    if tr.lang == "en" or profile.key not in BUILTIN_KEYS:
        return profile
    builtin = builtin_profile(profile.key)
    bands = [
        band.model_copy(update={"name": _same(band.name, builtin.bands[n].name, tr)})
        if n < len(builtin.bands) else band
        for n, band in enumerate(profile.bands)
    ]
    return profile.model_copy(update={
        "name": _same(profile.name, builtin.name, tr),
        "description": _same(profile.description, builtin.description, tr),
        "likelihood": _levels(profile.likelihood, builtin.likelihood, tr),
        "impact": _levels(profile.impact, builtin.impact, tr),
        "bands": bands,
    })
