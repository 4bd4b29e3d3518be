"""Undo texts in the interface language: riskmap.edits names each edit in English ("Add
stage S-03 Valuation"); the Edit menu shows it translated, codes and names kept."""

from __future__ import annotations

import re
from functools import cache

from ui.language import current_language, translate
from ui.marks import QT_TRANSLATE_NOOP

# The shapes of the texts riskmap.edits, riskmap.workshop and riskmap.rounds write.
# {n} stands for a number, any other {placeholder} for a code, a name or a list.
TEMPLATES = (
    QT_TRANSLATE_NOOP("UndoText", "Add process {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Add stage {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Add flow {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Add risk {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Add measure {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Add round {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Add {n} processes"),
    QT_TRANSLATE_NOOP("UndoText", "Add {n} stages"),
    QT_TRANSLATE_NOOP("UndoText", "Add {n} flows"),
    QT_TRANSLATE_NOOP("UndoText", "Add {n} risks"),
    QT_TRANSLATE_NOOP("UndoText", "Add {n} measures"),
    QT_TRANSLATE_NOOP("UndoText", "Add {n} rounds"),
    QT_TRANSLATE_NOOP("UndoText", "Delete process {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Delete stage {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Delete flow {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Delete risk {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Delete measure {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Delete round {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Delete {n} processes"),
    QT_TRANSLATE_NOOP("UndoText", "Delete {n} stages"),
    QT_TRANSLATE_NOOP("UndoText", "Delete {n} flows"),
    QT_TRANSLATE_NOOP("UndoText", "Delete {n} risks"),
    QT_TRANSLATE_NOOP("UndoText", "Delete {n} measures"),
    QT_TRANSLATE_NOOP("UndoText", "Delete {n} rounds"),
    QT_TRANSLATE_NOOP("UndoText", "Add"),
    QT_TRANSLATE_NOOP("UndoText", "Delete"),
    QT_TRANSLATE_NOOP("UndoText", "Edit"),
    QT_TRANSLATE_NOOP("UndoText", "Change {fields} of {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Move stage {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Move {n} stages"),
    QT_TRANSLATE_NOOP("UndoText", "Switch scale profile to {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Link risks to {code}"),
    QT_TRANSLATE_NOOP("UndoText", "Replace the project content"),
    QT_TRANSLATE_NOOP("UndoText", "Record {n} votes on {code}"),
    QT_TRANSLATE_NOOP("UndoText", "Agree inherent score of {code}"),
    QT_TRANSLATE_NOOP("UndoText", "Agree residual score of {code}"),
    QT_TRANSLATE_NOOP("UndoText", "Agree target score of {code}"),
    QT_TRANSLATE_NOOP("UndoText", "Score {code} inherent"),
    QT_TRANSLATE_NOOP("UndoText", "Score {code} residual"),
    QT_TRANSLATE_NOOP("UndoText", "Score {code} target"),
    QT_TRANSLATE_NOOP("UndoText", "Edit participants"),
    QT_TRANSLATE_NOOP("UndoText", "Close round {name}"),
    QT_TRANSLATE_NOOP("UndoText", "Copy round {name} forward"),
    QT_TRANSLATE_NOOP("UndoText", "Import {name}"),
)


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    patterns = []
    for template in TEMPLATES:
        regex = re.escape(template)
        for name in re.findall(r"\{(\w+)\}", template):
            group = r"\d+" if name == "n" else ".+"
            regex = regex.replace(re.escape("{" + name + "}"), f"(?P<{name}>{group})")
        patterns.append((re.compile(f"^{regex}$", re.DOTALL), template))
    return patterns


def undo_text_tr(text: str) -> str:
    """An undo text in the interface language (a text of unknown shape stays as it is)."""
    if not text or current_language() == "en":
        return text
    for pattern, template in _patterns():
        found = pattern.match(text)
        if found:
            return translate("UndoText", template).format(**found.groupdict())
    return translate("UndoText", text)
