"""The Workshop menu's commands: scale profile, participants, group scoring, suggestions
and rounds.

The entries are actions of the window's registry (ui.actions, listed under Workshop by
ui.menus); the main window calls `install_workshop_menu(window, document)` once, and each
entry then opens a dialog on the document (window-modal, so that tests and the window stay
responsive). A dialog's module is imported when its entry is first used: not at start-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMainWindow

from ui.actions import ActionId, ActionRegistry
from ui.document import Document
from ui.round_overlay_views import attach_overlays


class WorkshopMenu(QObject):
    """Opens the dialogs of the Workshop actions of one window."""

    def __init__(self, window: QMainWindow, document: Document,
                 registry: ActionRegistry) -> None:
        super().__init__(window)
        self.setObjectName("workshop_menu")
        self.window = window
        self.document = document
        self.dialog: QDialog | None = None  # the last dialog opened (tests look at it)
        openers: dict[ActionId, Callable[[], QDialog]] = {
            ActionId.SCALE_PROFILE: self._profile_editor,
            ActionId.PARTICIPANTS: self._participants,
            ActionId.GROUP_SCORING: self._group_scoring,
            ActionId.SUGGESTIONS: self._suggestions,
            ActionId.CLOSE_ROUND: self._close_round,
            ActionId.ROUNDS: self._rounds,
        }
        for action_id, make in openers.items():
            registry[action_id].triggered.connect(
                lambda _checked=False, m=make: self._open(m))

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


def install_workshop_menu(window: QMainWindow, document: Document) -> WorkshopMenu:
    """Serve the Workshop actions of the window's registry (`window.actions`), and draw
    round comparisons on the map and the heat map. The window enables the actions while a
    project is open."""
    registry = getattr(window, "actions", None)
    if not isinstance(registry, ActionRegistry):
        raise TypeError("the Workshop menu needs the window's action registry")
    workshop = WorkshopMenu(window, document, registry)
    attach_overlays(window, document)
    return workshop
