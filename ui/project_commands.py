"""The window's password, merge, audit-trail and preferences commands. Their dialogs and
the merge are imported when first used, not at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QWidget

from riskmap.edits import replace_project_content
from riskmap.errors import RiskmapError
from ui import files as file_dialogs
from ui.actions import ActionId, ActionRegistry
from ui.files import FileManager, busy
from ui.language import current_language, error_text, resolve_language, translate
from ui.preferences import Preferences, read_preferences, write_preferences
from ui.recovery import Recovery

if TYPE_CHECKING:
    from riskmap.merge import Conflict, MergeResult
    from ui.dialogs.audit_trail import AuditTrailDialog

A = ActionId
PROJECT_COMMANDS = (A.SAVE_WITH_PASSWORD, A.MERGE_COPY, A.AUDIT_TRAIL)


# --- dialogs: module functions, so that tests replace them ------------------------------
def ask_merge_files(parent: QWidget, folder: str) -> tuple[Path, Path] | None:
    """The common base (the version both copies started from), then their copy."""
    base, _ = QFileDialog.getOpenFileName(
        parent, translate("ProjectCommands", "Merge a Copy (1 of 2): the common base, the "
                          "version both copies started from"),
        folder, file_dialogs.file_filter())
    if not base:
        return None
    theirs, _ = QFileDialog.getOpenFileName(
        parent, translate("ProjectCommands",
                          "Merge a Copy (2 of 2): the other copy, with their changes"),
        str(Path(base).parent), file_dialogs.file_filter())
    return (Path(base), Path(theirs)) if theirs else None


def ask_merge_choices(parent: QWidget, result: MergeResult, mine: str, theirs: str,
                      base: str) -> list[Conflict] | None:
    """The conflicts where theirs is kept; None when the user cancels the merge."""
    from ui.dialogs.merge_dialog import MergeDialog

    dialog = MergeDialog(result, mine, theirs, base, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.theirs()
    dialog.deleteLater()
    return chosen if accepted else None


def ask_preferences(parent: QWidget, preferences: Preferences) -> Preferences | None:
    from ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(preferences, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.preferences()
    dialog.deleteLater()
    return chosen if accepted else None


class ProjectCommands(QObject):
    """Serves File > Save with Password / Remove Password / Merge a Copy, View > Audit
    Trail and Edit > Preferences for one window."""

    def __init__(self, window: QMainWindow, actions: ActionRegistry, files: FileManager,
                 recovery: Recovery) -> None:
        super().__init__(window)
        self.setObjectName("project_commands")
        self.window = window
        self.actions = actions
        self.files = files
        self.document = files.document
        self.recovery = recovery
        self.audit_dialog: AuditTrailDialog | None = None
        actions[A.SAVE_WITH_PASSWORD].triggered.connect(files.save_with_password)
        actions[A.REMOVE_PASSWORD].triggered.connect(files.remove_password)
        actions[A.MERGE_COPY].triggered.connect(self.merge_copy)
        actions[A.AUDIT_TRAIL].triggered.connect(self.show_audit_trail)
        actions[A.PREFERENCES].triggered.connect(self.edit_preferences)
        files.opened.connect(self._update_actions)
        files.closed.connect(self._update_actions)
        self.document.saved.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        is_open = self.files.is_open
        for action_id in PROJECT_COMMANDS:
            self.actions[action_id].setEnabled(is_open)
        self.actions[A.REMOVE_PASSWORD].setEnabled(is_open and self.document.is_encrypted)
        if self.audit_dialog is not None and not is_open:
            self.audit_dialog.close()

    def _tell(self, message: str) -> None:
        bar = self.window.statusBar()
        if bar is not None:
            bar.showMessage(message, 8000)

    # --- merge -----------------------------------------------------------------------------
    def merge_copy(self) -> bool:
        """Choose the base and their copy, decide the conflicts, merge as one undo step."""
        from riskmap.merge import merge, resolve

        path = self.document.path
        chosen = ask_merge_files(self.window, str(path.parent) if path else "")
        if chosen is None:
            return False
        base_path, theirs_path = chosen
        copies = []
        for copy_path in chosen:  # an encrypted copy probably has our password: try it
            loaded = self.files.load(copy_path, self.document.password, forget=False)
            if loaded is None:
                return False
            copies.append(loaded[0])
        base, theirs = copies
        mine_name = path.name if path else self.document.title
        try:
            with busy():
                result = merge(base, self.document.project, theirs)
            keep_theirs = ask_merge_choices(self.window, result, mine_name, theirs_path.name,
                                            base_path.name)
            if keep_theirs is None:
                return False
            with busy():
                final = resolve(result, keep_theirs) if keep_theirs else result
                self.apply_merge(final, self.tr("Merge {name}").format(name=theirs_path.name))
        except RiskmapError as exc:
            file_dialogs.show_error(self.window, self.tr("Cannot merge {name}").format(
                name=theirs_path.name), error_text(exc))
            return False
        self._tell(self.tr("Merged {name}: {conflicts} conflict(s), {theirs} decided for "
                           "theirs. Edit > Undo takes the merge back.").format(
            name=theirs_path.name, conflicts=len(final.conflicts), theirs=len(keep_theirs)))
        return True

    def apply_merge(self, result: MergeResult, text: str) -> None:
        """The merged content replaces the project's as one undoable step. The audit log
        takes both copies' entries; it is history, so undoing the merge keeps them."""
        project = self.document.project
        log = list(project.audit_log)
        project.audit_log[:] = result.project.audit_log
        try:
            self.document.apply(replace_project_content(result.project, text), text,
                                rebuild=True)
        except RiskmapError:
            project.audit_log[:] = log
            raise

    # --- audit trail and preferences ---------------------------------------------------
    def show_audit_trail(self) -> AuditTrailDialog:
        """The audit trail beside the window (not modal: it follows saves)."""
        from ui.dialogs.audit_trail import AuditTrailDialog

        if self.audit_dialog is None:
            self.audit_dialog = AuditTrailDialog(self.document, self.window)
            self.audit_dialog.destroyed.connect(self._forget_audit_dialog)
        if self.audit_dialog.isVisible():  # already open, maybe behind the window
            self.audit_dialog.raise_()
            self.audit_dialog.activateWindow()
        else:
            self.audit_dialog.show()
        return self.audit_dialog

    def _forget_audit_dialog(self) -> None:
        self.audit_dialog = None

    def edit_preferences(self) -> bool:
        settings = self.files.settings
        chosen = ask_preferences(self.window, read_preferences(settings))
        if chosen is None:
            return False
        write_preferences(settings, chosen)
        self.recovery.set_interval(chosen.autosave_ms)
        lang = resolve_language(chosen.language)
        switch = getattr(self.window, "switch_language", None)
        if lang != current_language() and callable(switch):
            switch(lang)  # a new window in that language takes this one's place
        return True
