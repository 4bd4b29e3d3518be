"""The Workshop menu: scale profile, participants, group scoring, suggestions and rounds.

The main window calls `install_workshop_menu(window, document)` once; every entry opens a
dialog on the document (window-modal, so that tests and the window stay responsive). A
dialog's module is imported when its entry is first used: not at start-up."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from ui.document import Document
from ui.language import translate
from ui.round_overlay_views import attach_overlays


class WorkshopAction(Enum):
    """Stable ids (object names) of the Workshop menu's actions."""

    PROFILE = "workshop.profile"
    PARTICIPANTS = "workshop.participants"
    GROUP_SCORING = "workshop.group_scoring"
    SUGGESTIONS = "workshop.suggestions"
    CLOSE_ROUND = "workshop.close_round"
    ROUNDS = "workshop.rounds"


class WorkshopMenu(QObject):
    """Owns the Workshop actions of one window and opens their dialogs."""

    def __init__(self, window: QWidget, document: Document, menu: QMenu) -> None:
        super().__init__(window)
        self.setObjectName("workshop_menu")
        self.window = window
        self.document = document
        self.menu = menu
        self.dialog: QDialog | None = None  # the last dialog opened (tests look at it)
        entries: list[tuple[WorkshopAction, str, str, str, Callable[[], QDialog]] | None] = [
            (WorkshopAction.PROFILE, self.tr("Scale &Profile…"), "",
             self.tr("Choose or edit the likelihood and impact scales"),
             self._profile_editor),
            (WorkshopAction.PARTICIPANTS, self.tr("P&articipants…"), "",
             self.tr("Who takes part, and whether votes stay anonymous"),
             self._participants),
            None,
            (WorkshopAction.GROUP_SCORING, self.tr("&Group Scoring…"), "Ctrl+Shift+G",
             self.tr("Each participant votes; the group agrees a score (selected risks, or all)"),
             self._group_scoring),
            (WorkshopAction.SUGGESTIONS, self.tr("&Suggestions from the Library…"),
             "Ctrl+Shift+U", self.tr("Typical risks for a stage, measures for a risk"),
             self._suggestions),
            None,
            (WorkshopAction.CLOSE_ROUND, self.tr("&Close Round…"), "",
             self.tr("Keep a dated snapshot of every score and status"),
             self._close_round),
            (WorkshopAction.ROUNDS, self.tr("&Rounds and Comparison…"), "",
             self.tr("Compare two rounds, show what moved, copy a round forward"),
             self._rounds),
        ]
        self.actions: dict[WorkshopAction, QAction] = {}
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            action_id, text, shortcut, tip, make = entry
            action = QAction(text, window)
            action.setObjectName(action_id.value)
            action.setStatusTip(tip)
            action.setToolTip(tip)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, m=make: self._open(m))
            menu.addAction(action)
            self.actions[action_id] = action

    def trigger(self, action_id: WorkshopAction) -> QDialog | None:
        """Trigger an entry as the user would; returns the dialog it opened."""
        self.actions[action_id].trigger()
        return self.dialog

    def set_enabled(self, enabled: bool) -> None:
        """Entries need an open project."""
        for action in self.actions.values():
            action.setEnabled(enabled)

    def enable(self) -> None:
        self.set_enabled(True)

    def disable(self) -> None:
        self.set_enabled(False)

    # --- the dialogs, imported when first opened ---------------------------------------
    def _profile_editor(self) -> QDialog:
        from ui.dialogs.profile_editor import ProfileEditorDialog

        return ProfileEditorDialog(self.document, parent=self.window)

    def _participants(self) -> QDialog:
        from ui.dialogs.participants import ParticipantsDialog

        return ParticipantsDialog(self.document, parent=self.window)

    def _group_scoring(self) -> QDialog:
        from ui.dialogs.group_scoring import GroupScoringDialog

        return GroupScoringDialog(self.document, parent=self.window)

    def _suggestions(self) -> QDialog:
        from ui.dialogs.suggestions import SuggestionsDialog

        return SuggestionsDialog(self.document, parent=self.window)

    def _close_round(self) -> QDialog:
        from ui.dialogs.close_round import CloseRoundDialog

        return CloseRoundDialog(self.document, parent=self.window)

    def _rounds(self) -> QDialog:
        from ui.dialogs.rounds import RoundsDialog

        return RoundsDialog(self.document, parent=self.window)

    def _open(self, make: Callable[[], QDialog]) -> None:
        dialog = make()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()


def install_workshop_menu(window: QMainWindow, document: Document,
                          menu: QMenu | None = None) -> WorkshopMenu:
    """Add the Workshop menu (before Help when there is one) and the round overlays of
    the map and the heat map. Entries follow the window's FileManager (if it has one):
    enabled while a project is open."""
    if menu is None:
        bar = window.menuBar()
        menu = QMenu(translate("WorkshopMenu", "&Workshop"), window)
        menu.setObjectName("menu_workshop")
        help_menu = next((a for a in bar.actions()
                          if a.menu() is not None and a.menu().objectName() == "menu_help"),
                         None)
        if help_menu is not None:
            bar.insertMenu(help_menu, menu)
        else:
            bar.addMenu(menu)
    workshop = WorkshopMenu(window, document, menu)
    files = getattr(window, "files", None)
    if files is not None and hasattr(files, "opened") and hasattr(files, "closed"):
        files.opened.connect(workshop.enable)
        files.closed.connect(workshop.disable)
        workshop.set_enabled(bool(getattr(files, "is_open", True)))
    attach_overlays(window, document)
    return workshop
