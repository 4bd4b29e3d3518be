"""The interface in French and Spanish: complete translations, no English left on screen,
the method's words from the shared catalog, and a language switch that keeps the work."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDockWidget,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from riskmap import storage
from riskmap.edits import EntityType, SetFields, add_stage
from riskmap.model import Stage
from riskmap.resources import examples_dir, resource
from riskmap.vocabulary import CORRUPTION_TYPE_LABELS, CorruptionType
from tests.ui.window_helpers import no_dialogs  # noqa: F401 - a fixture, used below
from ui import project_commands
from ui.actions import ActionId
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.risk_editor import RiskEditor
from ui.dialogs.settings import SettingsDialog
from ui.language import install_language, qm_path, resolve_language
from ui.main_window import MainWindow
from ui.models.register import COLUMN
from ui.preferences import read_preferences
from ui.problems import ProblemsView

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "es")
SEAPORT = examples_dir() / "seaport-import.riskmap"
BRACES = re.compile(r"\{(\w*)[^}]*\}")  # str.format: a translation may leave one out
PERCENT = re.compile(r"%n|%\d|%[sd]")  # tr's %n, .replace("%1"), "%s" %: all must stay
EXPECTED = {  # words a facilitator must see, menus and docks first
    "fr": ["&Fichier", "É&dition", "A&telier", "Registre des risques", "Plan d'action",
           "Carte thermique", "Étapes types"],
    "es": ["&Archivo", "&Edición", "&Taller", "Registro de riesgos", "Plan de acción",
           "Mapa de calor", "Biblioteca de etapas"],
}

pytestmark = pytest.mark.usefixtures("no_dialogs")


@pytest.fixture(autouse=True)
def _english_afterwards(qapp):
    yield
    install_language("en")


def messages(lang: str) -> Iterator[tuple[str, ET.Element]]:
    """(context, <message>) of the .ts file of `lang`."""
    root = ET.parse(resource("i18n", f"riskmap_{lang}.ts")).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    found = translation.findall("numerusform")
    return [form.text or "" for form in found] if found else [translation.text or ""]


def untranslated(lang: str) -> set[str]:
    """English texts the interface shows in `lang` as something else: seeing one of them on
    screen means a string was left out of the translation."""
    translated, kept = set(), set()  # a word may stay the same in one context ("Score")
    for _context, message in messages(lang):
        source = message.findtext("source") or ""
        if message.get("numerus") != "yes":
            same = forms(message)[0] in ("", source)
            (kept if same else translated).update({source, source.replace("&", "")})
    catalog = json.loads(resource("i18n", f"{lang}.json").read_text(encoding="utf-8"))
    for english, there in catalog.items():
        (kept if there == english else translated).add(english)
    return {text for text in translated - kept if len(text) > 2 and not text.isupper()}


# --- the translation files -------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_has_a_finished_translation_with_the_same_placeholders(lang):
    problems = []
    for context, message in messages(lang):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        shown = forms(message)
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
        elif not all(text.strip() for text in shown):
            problems.append(f"{where} has an empty translation")
        for text in shown:
            if set(BRACES.findall(text)) - set(BRACES.findall(source)):
                problems.append(f"{where}: an unknown {{placeholder}} in {text!r}")
            if sorted(PERCENT.findall(text)) != sorted(PERCENT.findall(source)):
                problems.append(f"{where}: the % placeholders differ in {text!r}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"{where}: the shortcut letter (&) is missing in {text!r}")
    assert not problems, "\n".join(problems)


def _update_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(_update_tool().tool("pyside6-lupdate") is None,
                    reason="pyside6-lupdate is not installed")
def test_the_ts_files_hold_every_string_of_the_sources():
    """Run tools/update_translations.py after changing a string in ui/."""
    tool = _update_tool()
    report = []
    for lang in ("en", *LANGUAGES):
        missing, extra = tool.stale(lang)
        report += [f"riskmap_{lang}.ts lacks {c}: {s!r}" for c, s, _ in sorted(missing)]
        report += [f"riskmap_{lang}.ts still has {c}: {s!r}" for c, s, _ in sorted(extra)]
    assert not report, "\n".join(report)


@pytest.mark.parametrize("lang", ("en", *LANGUAGES))
def test_the_compiled_translations_are_shipped_and_load(qapp, lang):
    path = qm_path(lang)
    assert path.is_file(), f"{path.name} missing: run tools/update_translations.py"
    translator = QTranslator()
    assert translator.load(str(path))
    stale = [source for context, message in messages(lang)
             if message.get("numerus") != "yes"
             and translator.translate(context, source := message.findtext("source") or "",
                                      message.findtext("comment")) != forms(message)[0]]
    assert stale == [], f"{path.name} is older than its .ts: run tools/update_translations.py"
    if lang == "en":
        assert translator.translate("StatusBar", "%n risk(s)", "", 1) == "%n risk"
    else:
        assert translator.translate("Menus", "&File") == {"fr": "&Fichier",
                                                          "es": "&Archivo"}[lang]


def test_no_translation_helper_lupdate_cannot_see():
    """Strings reach the .ts files only through self.tr, translate("Context", ...) and
    QT_TRANSLATE_NOOP: a helper such as _tr(text) hides them from pyside6-lupdate. And a
    literal English text handed straight to a widget is never translated."""
    setters = {"setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
               "setTitle", "showMessage", "setInformativeText", "setTabText", "setTabToolTip",
               "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
               "addRow", "addTab", "addAction", "addMenu", "addButton", "addItem"}
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.FunctionDef) and node.name in ("_tr", "tr", "_"):
                found.append(f"{where}: a translation helper {node.name}()")
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            for arg in node.args:
                literal = (isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                           and _words(arg.value)
                           and not re.fullmatch(r"[\w.+-]+", arg.value)) or (
                    isinstance(arg, ast.JoinedStr) and any(
                        isinstance(v, ast.Constant) and _words(v.value) for v in arg.values))
                if name in setters and literal:
                    found.append(f"{where}: {name}() gets untranslated text")
    assert not found, "\n".join(found)


def _words(text: str) -> bool:
    """Whether a literal holds words (the name riskmap is no word to translate)."""
    return re.search(r"[A-Za-z]{3}", text.replace("riskmap", "")) is not None


# --- what the screen shows ---------------------------------------------------------------------
def menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield from (action.text(), action.toolTip(), action.statusTip())
        if action.menu() is not None and action.menu() is not menu:
            yield from menu_texts(action.menu())


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of what a window or dialog shows or says in tooltips."""
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.menu() is not None:
                yield from (("menu", t) for t in menu_texts(action.menu()))
    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        yield kind, widget.toolTip()
        yield kind, widget.windowTitle() if isinstance(
            widget, QDockWidget | QMainWindow | QDialog) else ""
        if isinstance(widget, QLabel | QAbstractButton):
            yield kind, widget.text()
        if isinstance(widget, QGroupBox):
            yield kind, widget.title()
        if isinstance(widget, QLineEdit):
            yield kind, widget.placeholderText()
        if isinstance(widget, QComboBox):
            yield from ((kind, widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield kind, widget.tabText(i)
                yield kind, widget.tabToolTip(i)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(
                QModelIndex())
            for column in range(columns):
                yield kind, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(QModelIndex()), 20)):
                for column in range(columns):
                    yield kind, str(model.index(row, column).data() or "")
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                yield "map", item.toolTip()


def project_texts() -> set[str]:
    """Every text the example project holds: what a user wrote is never translated."""
    texts: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            texts.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(SEAPORT.read_text(encoding="utf-8")))
    return texts


def left_in_english(root: QWidget, lang: str) -> list[str]:
    english, own = untranslated(lang), project_texts()
    found = set()
    for where, text in shown_texts(root):
        for part in {text, *text.replace("<br>", "\n").split("\n")}:
            part = part.strip()
            if part in english and part not in own:
                found.add(f"{where}: {part!r}")
    return sorted(found)


def all_text(root: QWidget) -> set[str]:
    return {text for _where, text in shown_texts(root)}


@pytest.fixture
def window_in(qtbot, tmp_path):
    """A main window made in a language, on the seaport example (deleted afterwards)."""
    made: list[MainWindow] = []

    def make(lang: str) -> MainWindow:
        install_language(lang)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, recovery_folder=tmp_path / "recovery")
        made.append(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.files.show_project(storage.load(SEAPORT), None)
        for dock in window.docks.values():  # every panel once, as a facilitator would
            dock.show()
            dock.raise_()
        qtbot.wait(50)
        return window

    yield make
    for window in made:
        if _alive(window):
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()
    from ui.language_switch import WINDOWS
    for window in list(WINDOWS):
        if _alive(window):
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()
        WINDOWS.remove(window)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_main_window_speaks_the_language(window_in, lang):
    window = window_in(lang)
    texts = all_text(window)
    missing = [word for word in EXPECTED[lang] if word not in texts]
    assert not missing, f"not shown: {missing}"
    assert left_in_english(window, lang) == []
    # The method's words come from the catalog the exports use.
    types = window.risk_views.register.filters.type
    bribery = CORRUPTION_TYPE_LABELS[CorruptionType.BRIBERY]
    assert bribery not in [types.itemText(i) for i in range(types.count())]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_risk_editor_and_the_export_dialog_speak_the_language(qtbot, window_in, lang):
    window = window_in(lang)
    document = window.document
    editor = RiskEditor(document, document.project.risks[0], parent=window)
    qtbot.addWidget(editor)
    export = ExportDialog(parent=window)
    qtbot.addWidget(export)
    words = {"fr": ("Énoncé du risque", "Type de corruption", "Facteurs favorisants",
                    "Pot-de-vin / paiement de facilitation", "Exporter…", "Français"),
             "es": ("Descripción del riesgo", "Tipo de corrupción", "Factores facilitadores",
                    "Soborno / pago de facilitación", "Exportar…", "Español")}[lang]
    texts = all_text(editor) | all_text(export)
    assert [w for w in words if w not in texts] == []
    assert export.language.currentData() == lang  # exports follow the interface
    assert left_in_english(editor, lang) == []
    assert left_in_english(export, lang) == []


@pytest.mark.parametrize(("lang", "message"), [
    ("fr", "l'étape n'a aucun flux vers ou depuis d'autres étapes"),
    ("es", "la etapa no tiene flujos hacia ni desde otras etapas")])
def test_validation_problems_read_in_the_language(qtbot, window_in, lang, message):
    window = window_in(lang)
    process = window.document.project.processes[0]
    window.document.apply(add_stage(process.id, Stage(code="S-99", name="Isolée")))
    view = next(d.widget() for d in window.docks.values() if isinstance(d.widget(), ProblemsView))
    model = view.problems_model
    qtbot.waitUntil(lambda: any(p.code == "S-99" for p in model.problems))
    row = next(n for n, p in enumerate(model.problems) if p.code == "S-99")
    assert model.index(row, 2).data() == message
    assert model.index(row, 0).data() == {"fr": "Avertissement", "es": "Advertencia"}[lang]


def test_a_built_in_scale_shows_in_french_and_keeps_its_english_words(qtbot, window_in):
    """The project keeps the built-in words (they read in any language); what the user
    rewrites stays as typed."""
    from ui.dialogs.profile_editor import ProfileEditorDialog

    window = window_in("fr")
    profile = window.document.project.profile
    dialog = ProfileEditorDialog(window.document, parent=window)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.name.text() == "OMD par défaut (5 x 5)"
    top = form.likelihood.table.item(0, 0)
    assert top is not None and top.text() == "Quasi certain"
    assert form.profile() == profile  # nothing edited: the same English profile
    form.likelihood.table.item(1, 0).setText("Probable (vu au port)")
    edited = form.profile()
    assert [lv.label for lv in edited.likelihood][3:] == ["Probable (vu au port)",
                                                          "Almost certain"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_workshop_dialog_speaks_the_language(qtbot, window_in, lang):
    """The dialogs a facilitator opens during a workshop, each walked for English."""
    from ui.dialogs.close_round import CloseRoundDialog
    from ui.dialogs.group_scoring import GroupScoringDialog
    from ui.dialogs.participants import ParticipantsDialog
    from ui.dialogs.profile_editor import ProfileEditorDialog
    from ui.dialogs.quick_risk import QuickRiskDialog
    from ui.dialogs.rounds import RoundsDialog
    from ui.dialogs.suggestions import SuggestionsDialog

    window = window_in(lang)
    document = window.document
    dialogs = [GroupScoringDialog(document, parent=window),
               ParticipantsDialog(document, parent=window),
               ProfileEditorDialog(document, parent=window),
               CloseRoundDialog(document, parent=window),
               RoundsDialog(document, parent=window),
               SuggestionsDialog(document, parent=window),
               QuickRiskDialog(document, parent=window),
               SettingsDialog(read_preferences(window.settings), window)]
    found = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        found += [f"{type(dialog).__name__}: {text}" for text in left_in_english(dialog, lang)]
    assert found == []


def test_choosing_french_in_the_preferences_keeps_unsaved_work_and_undo(qtbot, window_in,
                                                                       monkeypatch):
    window = window_in("en")
    document = window.document
    risk = document.project.risks[0]
    document.apply(SetFields(EntityType.RISK, risk.id, {"owner": "Chef de la brigade"}))
    document.select([risk.id])
    undo_steps = document.undo_stack.count()

    def answer(parent, preferences):
        dialog = SettingsDialog(preferences, parent)
        qtbot.addWidget(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        return dialog.preferences()

    monkeypatch.setattr(project_commands, "ask_preferences", answer)
    window.actions[ActionId.PREFERENCES].trigger()
    from ui.language_switch import WINDOWS

    french = WINDOWS[-1]
    assert french is not window and not window.isVisible()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not _alive(window)
    assert read_preferences(french.settings).language == "fr"
    assert french.document is document and document.is_modified
    assert french.isWindowModified()
    assert document.undo_stack.count() == undo_steps
    assert document.selection == (risk.id,)
    assert "&Fichier" in all_text(french)
    model = french.risk_views.register.model
    owner = model.index(model.row_of(risk.id), COLUMN["owner"])
    assert owner.data() == "Chef de la brigade"
    undo = french.actions[ActionId.UNDO]
    assert undo.isEnabled() and undo.text().startswith("&Annuler : Modifier R-001")
    undo.trigger()  # the edit made in English undoes in French
    assert document.project.risk(risk.id).owner != "Chef de la brigade"
    assert not document.is_modified
    french.actions[ActionId.REDO].trigger()
    assert document.project.risk(risk.id).owner == "Chef de la brigade"
    assert french.isWindowModified()
    spanish = french.switch_language("es")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert spanish.document is document and "&Archivo" in all_text(spanish)
    assert spanish.recovery.project_path.is_file()  # the unsaved work is safe again


def test_the_system_language_is_the_default():
    settings_language = resolve_language("system")
    assert settings_language in ("en", "fr", "es")
    assert resolve_language("es") == "es"
