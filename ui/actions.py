"""Every command of the window under a stable id, with its text, shortcuts and icon."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cache

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from riskmap.resources import resource
from ui.language import translate
from ui.marks import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """How an action looks: text (with & mnemonic), shortcuts, icon file, status tip."""

    text: str
    shortcuts: tuple[Key | str, ...] = ()
    icon: str = ""
    tip: str = ""
    checkable: bool = False
    short: str = ""  # the text beside the icon on the toolbar, when shown


class ActionId(Enum):
    """Stable action ids: menus, toolbars, tests and settings refer to actions by these."""

    NEW = "file.new"
    NEW_FROM_TEMPLATE = "file.new_from_template"
    OPEN = "file.open"
    SAVE = "file.save"
    SAVE_AS = "file.save_as"
    SAVE_WITH_PASSWORD = "file.save_with_password"
    REMOVE_PASSWORD = "file.remove_password"
    MERGE_COPY = "file.merge_copy"
    CLOSE = "file.close"
    EXPORT_XLSX = "file.export_xlsx"
    EXPORT_PDF = "file.export_pdf"
    EXPORT_SVG = "file.export_svg"
    QUIT = "file.quit"
    UNDO = "edit.undo"
    REDO = "edit.redo"
    CUT = "edit.cut"
    COPY = "edit.copy"
    PASTE = "edit.paste"
    DELETE = "edit.delete"
    SELECT_ALL = "edit.select_all"
    COPY_MAP_IMAGE = "edit.copy_map_image"
    COPY_HEATMAP_IMAGE = "edit.copy_heatmap_image"
    RENAME = "edit.rename"
    FIND = "edit.find"
    PREFERENCES = "edit.preferences"
    ZOOM_IN = "view.zoom_in"
    ZOOM_OUT = "view.zoom_out"
    ZOOM_FIT = "view.zoom_fit"
    ZOOM_ACTUAL = "view.zoom_actual"
    FULL_SCREEN = "view.full_screen"
    SCORE_INHERENT = "view.score_inherent"
    SCORE_RESIDUAL = "view.score_residual"
    SCORE_TARGET = "view.score_target"
    AUDIT_TRAIL = "view.audit_trail"
    PALETTE_STANDARD = "view.palette_standard"
    PALETTE_COLOURBLIND = "view.palette_colourblind"
    BAND_PATTERNS = "view.band_patterns"
    NEXT_PANEL = "view.next_panel"
    PREVIOUS_PANEL = "view.previous_panel"
    ADD_STAGE = "process.add_stage"
    CONNECT = "process.connect"
    CONNECT_TO = "process.connect_to"
    AUTO_LAYOUT = "process.auto_layout"
    NEW_PROCESS = "process.new"
    RENAME_PROCESS = "process.rename"
    DELETE_PROCESS = "process.delete"
    SCALE_PROFILE = "workshop.profile"
    PARTICIPANTS = "workshop.participants"
    GROUP_SCORING = "workshop.group_scoring"
    SUGGESTIONS = "workshop.suggestions"
    CLOSE_ROUND = "workshop.close_round"
    ROUNDS = "workshop.rounds"
    ABOUT = "help.about"


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New Project"), (Key.New,), "new",
        QT_TRANSLATE_NOOP("Actions", "Start a blank project")),
    ActionId.NEW_FROM_TEMPLATE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "New from &Template…"), ("Ctrl+Shift+N",), "",
        QT_TRANSLATE_NOOP("Actions", "Start from the stage library template")),
    ActionId.OPEN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Open…"), (Key.Open,), "open",
        QT_TRANSLATE_NOOP("Actions", "Open a .riskmap project")),
    ActionId.SAVE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Save"), (Key.Save,), "save",
        QT_TRANSLATE_NOOP("Actions", "Save the project")),
    ActionId.SAVE_AS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save &As…"), (Key.SaveAs, "Ctrl+Shift+S"), "",
        QT_TRANSLATE_NOOP("Actions", "Save the project under another name")),
    ActionId.SAVE_WITH_PASSWORD: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save with Pass&word…"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Encrypt the project with a password (set or change it)")),
    ActionId.REMOVE_PASSWORD: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Remove Passwor&d…"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Save the project without encryption from now on")),
    ActionId.MERGE_COPY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Merge a Copy…"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Bring in the changes of a copy edited elsewhere "
                                     "(both sets of edits are kept)")),
    ActionId.CLOSE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Close Project"), (Key.Close,), "",
        QT_TRANSLATE_NOOP("Actions", "Close the project")),
    ActionId.EXPORT_XLSX: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Export to &Excel…"), ("Ctrl+E",), "",
        QT_TRANSLATE_NOOP("Actions", "Export the register and action plan to an Excel workbook")),
    ActionId.EXPORT_PDF: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Export to &PDF…"), ("Ctrl+Shift+E",), "",
        QT_TRANSLATE_NOOP("Actions", "Export the PDF report")),
    ActionId.EXPORT_SVG: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Export SVG &Drawings…"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Export the process maps and heat maps as SVG drawings")),
    ActionId.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"), (Key.Quit, "Ctrl+Q"), "",
        QT_TRANSLATE_NOOP("Actions", "Quit riskmap")),
    ActionId.UNDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Undo"), (Key.Undo,), "undo",
        QT_TRANSLATE_NOOP("Actions", "Undo the last edit")),
    ActionId.REDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Redo"), (Key.Redo, "Ctrl+Y"), "redo",
        QT_TRANSLATE_NOOP("Actions", "Redo the edit undone")),
    ActionId.CUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Cu&t"), (Key.Cut,), "cut",
        QT_TRANSLATE_NOOP("Actions", "Cut the selected stages")),
    ActionId.COPY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Copy"), (Key.Copy,), "copy",
        QT_TRANSLATE_NOOP("Actions", "Copy the selected stages with their risks")),
    ActionId.PASTE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Paste"), (Key.Paste,), "paste",
        QT_TRANSLATE_NOOP("Actions", "Paste stages and their risks")),
    ActionId.DELETE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Delete"), (Key.Delete,), "delete",
        QT_TRANSLATE_NOOP("Actions", "Delete the selected stages (with their flows and risks)")),
    ActionId.SELECT_ALL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Select &All"), (Key.SelectAll,), "",
        QT_TRANSLATE_NOOP("Actions", "Select every stage")),
    ActionId.COPY_MAP_IMAGE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Copy &Map as Image"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Copy the whole process map as a picture, for slides")),
    ActionId.COPY_HEATMAP_IMAGE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Copy &Heat Map as Image"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Copy the heat map as a picture, for slides")),
    ActionId.RENAME: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Rename"), ("F2",), "",
        QT_TRANSLATE_NOOP("Actions", "Rename the selected stage or flow")),
    ActionId.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Find Stage…"), (Key.Find,), "find",
        QT_TRANSLATE_NOOP("Actions", "Find a stage by code or name")),
    ActionId.PREFERENCES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Pr&eferences…"), (Key.Preferences, "Ctrl+,"), "",
        QT_TRANSLATE_NOOP("Actions", "Your name for the audit trail, backups, autosave, language")),
    ActionId.ZOOM_IN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"), (Key.ZoomIn, "Ctrl+="), "zoom-in",
        QT_TRANSLATE_NOOP("Actions", "Zoom in")),
    ActionId.ZOOM_OUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), (Key.ZoomOut,), "zoom-out",
        QT_TRANSLATE_NOOP("Actions", "Zoom out")),
    ActionId.ZOOM_FIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Fit to Window"), ("Ctrl+0",), "zoom-fit",
        QT_TRANSLATE_NOOP("Actions", "Show the whole process")),
    ActionId.ZOOM_ACTUAL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Actual Size"), ("Ctrl+1",), "",
        QT_TRANSLATE_NOOP("Actions", "Zoom to 100 %")),
    ActionId.FULL_SCREEN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "F&ull Screen"), ("F11",), "fullscreen",
        QT_TRANSLATE_NOOP("Actions", "Presentation view for the projector"), checkable=True),
    ActionId.SCORE_INHERENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Inherent"), ("Alt+1",), "",
        QT_TRANSLATE_NOOP("Actions", "Colour by inherent risk (before controls)"), True),
    ActionId.SCORE_RESIDUAL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Residual"), ("Alt+2",), "",
        QT_TRANSLATE_NOOP("Actions", "Colour by residual risk (with existing controls)"), True),
    ActionId.SCORE_TARGET: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Target"), ("Alt+3",), "",
        QT_TRANSLATE_NOOP("Actions", "Colour by target risk (after planned measures)"), True),
    ActionId.PALETTE_STANDARD: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Standard"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Bands in the colours of the scale profile"), True),
    ActionId.PALETTE_COLOURBLIND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Colour-blind Safe"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Bands from pale yellow to dark purple: told apart "
                                     "with any colour vision and in greyscale"), True),
    ActionId.BAND_PATTERNS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Patterns on Bands"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Hatch the bands, denser the higher the band, so that "
                                     "they read without colour"), True),
    ActionId.NEXT_PANEL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Next Panel"), ("F6",), "",
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard to the next panel (map, inspector, "
                                     "heat map, register…)")),
    ActionId.PREVIOUS_PANEL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Pre&vious Panel"), ("Shift+F6",), "",
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard to the previous panel")),
    ActionId.AUDIT_TRAIL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Audit Trail…"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Who changed what and when, saved with the project")),
    ActionId.ADD_STAGE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Add &Stage"), ("Ctrl+Shift+A",), "add-stage",
        QT_TRANSLATE_NOOP("Actions", "Add a stage to the process"),
        short=QT_TRANSLATE_NOOP("Actions", "Stage")),
    ActionId.CONNECT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Connect Stages"), ("Ctrl+Shift+C",), "connect",
        QT_TRANSLATE_NOOP("Actions", "Drag from one stage to another to add a flow"), True,
        short=QT_TRANSLATE_NOOP("Actions", "Connect")),
    ActionId.CONNECT_TO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Connect &To…"), ("Ctrl+K",), "",
        QT_TRANSLATE_NOOP("Actions", "Add a flow from the selected stage: choose the next "
                                     "stage with the arrow keys or Tab, then press Enter")),
    ActionId.AUTO_LAYOUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Automatic &Layout"), ("Ctrl+L",), "layout",
        QT_TRANSLATE_NOOP("Actions", "Arrange the stages that were not placed by hand"),
        short=QT_TRANSLATE_NOOP("Actions", "Layout")),
    ActionId.NEW_PROCESS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New Process"), ("Ctrl+T",), "process",
        QT_TRANSLATE_NOOP("Actions", "Add a process to the project")),
    ActionId.RENAME_PROCESS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Rename Process…"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Rename the current process")),
    ActionId.DELETE_PROCESS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Delete Process"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Delete the current process with its stages and risks")),
    ActionId.SCALE_PROFILE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Scale &Profile…"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Choose or edit the likelihood and impact scales")),
    ActionId.PARTICIPANTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "P&articipants…"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Who takes part, and whether votes stay anonymous")),
    ActionId.GROUP_SCORING: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Group Scoring…"), ("Ctrl+Shift+G",), "",
        QT_TRANSLATE_NOOP("Actions", "Each participant votes; the group agrees a score "
                                     "(selected risks, or all)")),
    ActionId.SUGGESTIONS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Suggestions from the Library…"), ("Ctrl+Shift+U",), "",
        QT_TRANSLATE_NOOP("Actions", "Typical risks for a stage, measures for a risk")),
    ActionId.CLOSE_ROUND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Close Round…"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Keep a dated snapshot of every score and status")),
    ActionId.ROUNDS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Rounds and Comparison…"), (), "",
        QT_TRANSLATE_NOOP("Actions", "Compare two rounds, show what moved, copy a round "
                                     "forward")),
    ActionId.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&About riskmap"), (), "",
        QT_TRANSLATE_NOOP("Actions", "About riskmap")),
}


INK, DISABLED_INK = "#2B3440", "#B4BBC5"  # the stroke colour of the line icons
_SIZES = (16, 20, 22, 24, 32, 44, 48, 64)


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap


@cache
def icon(name: str) -> QIcon:
    """An icon shipped in resources/icons (SVG), or an empty icon. Line icons get a light
    disabled look (the generated one keeps them almost black)."""
    path = resource("icons", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    svg = path.read_bytes()
    if INK.encode() not in svg:
        return QIcon(str(path))
    result = QIcon()
    normal = QSvgRenderer(QByteArray(svg))  # each drawing read once, not once a size
    disabled = QSvgRenderer(QByteArray(svg.replace(INK.encode(), DISABLED_INK.encode())))
    for size in _SIZES:
        result.addPixmap(_render(normal, size), QIcon.Mode.Normal)
        result.addPixmap(_render(disabled, size), QIcon.Mode.Disabled)
    return result


def _sequences(shortcuts: tuple[Key | str, ...]) -> list[QKeySequence]:
    found: list[QKeySequence] = []
    for shortcut in shortcuts:
        keys = (
            QKeySequence.keyBindings(shortcut)
            if isinstance(shortcut, Key) else [QKeySequence(shortcut)]
        )
        found += [k for k in keys if not k.isEmpty() and k not in found]
    return found


class ActionRegistry(QObject):
    """The QActions of one window, created from SPECS (in the interface language) and
    looked up by id."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[ActionId, QAction] = {}
        for action_id, spec in SPECS.items():
            text = translate("Actions", spec.text)
            action = QAction(text, parent)
            action.setObjectName(action_id.value)
            action.setShortcuts(_sequences(spec.shortcuts))
            action.setCheckable(spec.checkable)
            if spec.short:
                action.setIconText(translate("Actions", spec.short))
            if spec.icon:
                action.setIcon(icon(spec.icon))
            tip = translate("Actions", spec.tip) if spec.tip else text.replace("&", "").rstrip(
                "…")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
            self._actions[action_id] = action
        self.score_group = QActionGroup(self)
        for action_id in (ActionId.SCORE_INHERENT, ActionId.SCORE_RESIDUAL, ActionId.SCORE_TARGET):
            self.score_group.addAction(self._actions[action_id])
        self.palette_group = QActionGroup(self)
        for action_id in (ActionId.PALETTE_STANDARD, ActionId.PALETTE_COLOURBLIND):
            self.palette_group.addAction(self._actions[action_id])

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def __iter__(self) -> Iterator[tuple[ActionId, QAction]]:
        return iter(self._actions.items())

    def trigger(self, action_id: ActionId) -> None:
        """Trigger an action as the user would (menu, toolbar or shortcut)."""
        self._actions[action_id].trigger()
