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
    ADD_STAGE = "process.add_stage"
    CONNECT = "process.connect"
    AUTO_LAYOUT = "process.auto_layout"
    NEW_PROCESS = "process.new"
    RENAME_PROCESS = "process.rename"
    DELETE_PROCESS = "process.delete"
    ABOUT = "help.about"


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW: ActionSpec("&New Project", (Key.New,), "new", "Start a blank project"),
    ActionId.NEW_FROM_TEMPLATE: ActionSpec(
        "New from &Template…", ("Ctrl+Shift+N",), "", "Start from the stage library template"
    ),
    ActionId.OPEN: ActionSpec("&Open…", (Key.Open,), "open", "Open a .riskmap project"),
    ActionId.SAVE: ActionSpec("&Save", (Key.Save,), "save", "Save the project"),
    ActionId.SAVE_AS: ActionSpec("Save &As…", (Key.SaveAs, "Ctrl+Shift+S"), "",
                                 "Save the project under another name"),
    ActionId.SAVE_WITH_PASSWORD: ActionSpec(
        "Save with Pass&word…", (), "", "Encrypt the project with a password (set or change it)"),
    ActionId.REMOVE_PASSWORD: ActionSpec("Remove Passwor&d…", (), "",
                                         "Save the project without encryption from now on"),
    ActionId.MERGE_COPY: ActionSpec(
        "&Merge a Copy…", (), "",
        "Bring in the changes of a copy edited elsewhere (both sets of edits are kept)"),
    ActionId.CLOSE: ActionSpec("&Close Project", (Key.Close,), "", "Close the project"),
    ActionId.EXPORT_XLSX: ActionSpec("Export to &Excel…", ("Ctrl+E",), "",
                                     "Export the register and action plan to an Excel workbook"),
    ActionId.EXPORT_PDF: ActionSpec("Export to &PDF…", ("Ctrl+Shift+E",), "",
                                    "Export the PDF report"),
    ActionId.EXPORT_SVG: ActionSpec("Export SVG &Drawings…", (), "",
                                    "Export the process maps and heat maps as SVG drawings"),
    ActionId.QUIT: ActionSpec("&Quit", (Key.Quit, "Ctrl+Q"), "", "Quit riskmap"),
    ActionId.UNDO: ActionSpec("&Undo", (Key.Undo,), "undo", "Undo the last edit"),
    ActionId.REDO: ActionSpec("&Redo", (Key.Redo, "Ctrl+Y"), "redo", "Redo the edit undone"),
    ActionId.CUT: ActionSpec("Cu&t", (Key.Cut,), "cut", "Cut the selected stages"),
    ActionId.COPY: ActionSpec("&Copy", (Key.Copy,), "copy",
                              "Copy the selected stages with their risks"),
    ActionId.PASTE: ActionSpec("&Paste", (Key.Paste,), "paste", "Paste stages and their risks"),
    ActionId.DELETE: ActionSpec("&Delete", (Key.Delete,), "delete",
                                "Delete the selected stages (with their flows and risks)"),
    ActionId.SELECT_ALL: ActionSpec("Select &All", (Key.SelectAll,), "", "Select every stage"),
    ActionId.COPY_MAP_IMAGE: ActionSpec("Copy &Map as Image", (), "",
                                        "Copy the whole process map as a picture, for slides"),
    ActionId.COPY_HEATMAP_IMAGE: ActionSpec("Copy &Heat Map as Image", (), "",
                                            "Copy the heat map as a picture, for slides"),
    ActionId.RENAME: ActionSpec("&Rename", ("F2",), "", "Rename the selected stage or flow"),
    ActionId.FIND: ActionSpec("&Find Stage…", (Key.Find,), "find", "Find a stage by code or name"),
    ActionId.PREFERENCES: ActionSpec("Pr&eferences…", (Key.Preferences, "Ctrl+,"), "",
                                     "Your name for the audit trail, backups, autosave"),
    ActionId.ZOOM_IN: ActionSpec("Zoom &In", (Key.ZoomIn, "Ctrl+="), "zoom-in", "Zoom in"),
    ActionId.ZOOM_OUT: ActionSpec("Zoom &Out", (Key.ZoomOut,), "zoom-out", "Zoom out"),
    ActionId.ZOOM_FIT: ActionSpec("&Fit to Window", ("Ctrl+0",), "zoom-fit",
                                  "Show the whole process"),
    ActionId.ZOOM_ACTUAL: ActionSpec("&Actual Size", ("Ctrl+1",), "", "Zoom to 100 %"),
    ActionId.FULL_SCREEN: ActionSpec("F&ull Screen", ("F11",), "fullscreen",
                                     "Presentation view for the projector", checkable=True),
    ActionId.SCORE_INHERENT: ActionSpec("&Inherent", ("Alt+1",), "",
                                        "Colour by inherent risk (before controls)", True),
    ActionId.SCORE_RESIDUAL: ActionSpec("&Residual", ("Alt+2",), "",
                                        "Colour by residual risk (with existing controls)", True),
    ActionId.SCORE_TARGET: ActionSpec("&Target", ("Alt+3",), "",
                                      "Colour by target risk (after planned measures)", True),
    ActionId.AUDIT_TRAIL: ActionSpec("&Audit Trail…", (), "",
                                     "Who changed what and when, saved with the project"),
    ActionId.ADD_STAGE: ActionSpec("Add &Stage", ("Ctrl+Shift+A",), "add-stage",
                                   "Add a stage to the process", short="Stage"),
    ActionId.CONNECT: ActionSpec("&Connect Stages", ("Ctrl+Shift+C",), "connect",
                                 "Drag from one stage to another to add a flow", True,
                                 short="Connect"),
    ActionId.AUTO_LAYOUT: ActionSpec("Automatic &Layout", ("Ctrl+L",), "layout",
                                     "Arrange the stages that were not placed by hand",
                                     short="Layout"),
    ActionId.NEW_PROCESS: ActionSpec("&New Process", ("Ctrl+T",), "process",
                                     "Add a process to the project"),
    ActionId.RENAME_PROCESS: ActionSpec("&Rename Process…", (), "", "Rename the current process"),
    ActionId.DELETE_PROCESS: ActionSpec("&Delete Process", (), "",
                                        "Delete the current process with its stages and risks"),
    ActionId.ABOUT: ActionSpec("&About riskmap", (), "", "About riskmap"),
}


INK, DISABLED_INK = "#2B3440", "#B4BBC5"  # the stroke colour of the line icons
_SIZES = (16, 20, 22, 24, 32, 44, 48, 64)


def _render(svg: bytes, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg)).render(painter)
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
    disabled = svg.replace(INK.encode(), DISABLED_INK.encode())
    for size in _SIZES:
        result.addPixmap(_render(svg, size), QIcon.Mode.Normal)
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
    """The QActions of one window, created from SPECS and looked up by id."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[ActionId, QAction] = {}
        for action_id, spec in SPECS.items():
            action = QAction(spec.text, parent)
            action.setObjectName(action_id.value)
            action.setShortcuts(_sequences(spec.shortcuts))
            action.setCheckable(spec.checkable)
            if spec.short:
                action.setIconText(spec.short)
            if spec.icon:
                action.setIcon(icon(spec.icon))
            tip = spec.tip or spec.text.replace("&", "").rstrip("…")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
            self._actions[action_id] = action
        self.score_group = QActionGroup(self)
        for action_id in (ActionId.SCORE_INHERENT, ActionId.SCORE_RESIDUAL, ActionId.SCORE_TARGET):
            self.score_group.addAction(self._actions[action_id])

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def __iter__(self) -> Iterator[tuple[ActionId, QAction]]:
        return iter(self._actions.items())

    def trigger(self, action_id: ActionId) -> None:
        """Trigger an action as the user would (menu, toolbar or shortcut)."""
        self._actions[action_id].trigger()
