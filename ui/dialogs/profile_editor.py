"""Scale profile editor: choose a built-in or user profile, edit a copy with a live matrix,
keep it in the user library or a shared file, and switch the project to it (undoable)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from riskmap.errors import FileError
from riskmap.profiles import load_profile, profile_path, save_profile, unique_key, user_profiles
from riskmap.scales import BUILTIN_KEYS, ScaleProfile, builtin_profiles
from ui.colours import OVERDUE_TEXT
from ui.dialogs.profile_form import ProfileForm
from ui.dialogs.remap_preview import RemapPreviewDialog
from ui.document import Document
from ui.language import error_text, profile_tr
from ui.widgets.matrix_preview import MatrixPreview

FILE_FILTER = "Scale profiles (*.json)"


def user_profile_folder() -> Path:
    """Where the user's own profiles are kept: <app data>/profiles."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "profiles"


@dataclass(frozen=True)
class Source:
    """Where a profile in the chooser comes from."""

    kind: str  # "project", "builtin" or "user"
    profile: ScaleProfile


class ProfileEditorDialog(QDialog):
    """Built-in profiles stay as shipped: editing one makes a copy with its own key."""

    def __init__(self, document: Document, folder: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.folder = folder or user_profile_folder()
        self.setWindowTitle(self.tr("Scale profile"))
        self.resize(1180, 700)
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("profile_chooser")
        self.chooser.setMinimumWidth(360)
        self.copy_button = QPushButton(self.tr("Edit a copy"), self)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.delete_button = QPushButton(self.tr("Delete from my library"), self)
        self.form = ProfileForm(self)
        self.preview = MatrixPreview(self)
        self.preview.setObjectName("profile_preview")
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel(self)
        self.status.setObjectName("profile_status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save to my library"), self)
        self.apply_button = QPushButton(self.tr("Apply to project…"), self)
        self.apply_button.setDefault(True)
        close = QPushButton(self.tr("Close"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Profile"), self))
        top.addWidget(self.chooser, 1)
        for button in (self.copy_button, self.import_button, self.export_button,
                       self.delete_button):
            top.addWidget(button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>Preview</b> — score and band of each cell"),
                                      right))
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.legend)
        splitter = QSplitter(self)
        splitter.addWidget(self.form)
        splitter.addWidget(right)
        splitter.setSizes([620, 540])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.working: ScaleProfile | None = None
        self.source: Source | None = None
        self.copy_button.clicked.connect(self.edit_copy)
        self.import_button.clicked.connect(self.import_profile)
        self.export_button.clicked.connect(self.export_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        self.save_button.clicked.connect(self.save_to_library)
        self.apply_button.clicked.connect(self.apply_to_project)
        close.clicked.connect(self.reject)
        self.form.edited.connect(self._on_edited)
        self.chooser.currentIndexChanged.connect(self._on_chosen)
        self._fill_chooser()

    # --- the chooser -------------------------------------------------------------------
    def _fill_chooser(self, select_key: str | None = None, kind: str | None = None) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        current = self.document.project.profile
        self.chooser.addItem(self.tr("In use: %s") % profile_tr(current, current.name),
                             Source("project", current.model_copy(deep=True)))
        for profile in builtin_profiles():
            self.chooser.addItem(self.tr("Built-in: %s") % profile_tr(profile, profile.name),
                                 Source("builtin", profile))
        problems: list[FileError] = []
        for profile in user_profiles(self.folder, problems):
            self.chooser.addItem(self.tr("My library: %s") % profile.name,
                                 Source("user", profile))
        self.chooser.blockSignals(False)
        index = 0
        for row in range(self.chooser.count()):
            source: Source = self.chooser.itemData(row)
            if source.profile.key == select_key and (kind is None or source.kind == kind):
                index = row
        self.chooser.setCurrentIndex(index)
        self._on_chosen(index)
        if problems:
            self._say(self.tr("Some files of your library could not be read: %s")
                      % "; ".join(str(p) for p in problems), error=True)

    def _on_chosen(self, index: int) -> None:
        source = self.chooser.itemData(index)
        if not isinstance(source, Source):
            return
        self.source = source
        self.form.set_profile(source.profile)
        read_only = source.kind == "builtin"
        self.form.set_read_only(read_only)
        self.copy_button.setEnabled(read_only)
        self.delete_button.setEnabled(source.kind == "user")
        self._on_edited()
        if read_only:
            self._say(self.tr("Built-in profiles stay as shipped: choose “Edit a copy” to "
                              "change one. You can apply it as it is."))

    # --- live preview --------------------------------------------------------------------
    def _on_edited(self) -> None:
        try:
            profile = self.form.profile()
        except ValueError as exc:
            self.working = None
            self._say(self.tr("Not valid yet: %s") % str(exc), error=True)
        else:
            self.working = profile
            self.preview.set_profile(profile)
            self.legend.setText(_legend(profile))
            self._say("")
        valid = self.working is not None
        for button in (self.save_button, self.apply_button, self.export_button):
            button.setEnabled(valid)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        colour = OVERDUE_TEXT.name() if error else "#5F6B7A"
        self.status.setStyleSheet(f"color: {colour};")

    # --- actions -------------------------------------------------------------------------
    def _taken_keys(self) -> set[str]:
        return {p.key for p in user_profiles(self.folder)} | {self.document.project.profile.key}

    def edit_copy(self) -> None:
        """Make the chosen profile editable as a new profile with its own key."""
        if self.working is None:
            return
        name = self.tr("%s (copy)") % self.form.name.text().strip()
        self.form.set_key(unique_key(name, self._taken_keys()))
        self.form.name.setText(name)
        self.form.set_read_only(False)
        self.copy_button.setEnabled(False)
        self.source = Source("copy", self.working)
        self.form.name.setFocus()
        self.form.name.selectAll()
        self._on_edited()

    def save_to_library(self) -> Path | None:
        """Write the working profile to the user library (a built-in key gets a new one)."""
        if self.working is None:
            return None
        profile = self.working
        if profile.key in BUILTIN_KEYS:
            profile = profile.model_copy(update={"key": unique_key(profile.name,
                                                                   self._taken_keys())})
        path = profile_path(self.folder, profile)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            save_profile(profile, path)
        except (FileError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save the profile"), error_text(exc))
            return None
        self._fill_chooser(profile.key, "user")
        self._say(self.tr("Saved to your library as “%s”.") % profile.name)
        return path

    def export_profile(self) -> None:
        if self.working is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export scale profile"),
                                              f"{self.working.key}.json", FILE_FILTER)
        if not path:
            return
        try:
            save_profile(self.working, path)
        except FileError as exc:
            QMessageBox.warning(self, self.tr("Cannot export the profile"), error_text(exc))
            return
        self._say(self.tr("Exported to %s.") % path)

    def import_profile(self) -> None:
        """Read a shared profile file and keep it in the user library."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import scale profile"), "",
                                              FILE_FILTER)
        if not path:
            return
        try:
            profile = load_profile(path)
        except FileError as exc:
            QMessageBox.warning(self, self.tr("Cannot import the profile"), error_text(exc))
            return
        if profile.key in BUILTIN_KEYS:
            profile = profile.model_copy(update={"key": unique_key(profile.name,
                                                                   self._taken_keys())})
        self.form.set_profile(profile)
        self.working = profile
        self.save_to_library()

    def delete_profile(self) -> None:
        if self.source is None or self.source.kind != "user":
            return
        profile = self.source.profile
        answer = QMessageBox.question(
            self, self.tr("Delete profile"),
            self.tr("Delete “%s” from your library? Projects using it keep their copy.")
            % profile.name)
        if answer != QMessageBox.StandardButton.Yes:
            return
        profile_path(self.folder, profile).unlink(missing_ok=True)
        self._fill_chooser()

    def apply_to_project(self) -> bool:
        """Preview what moves, then switch the project's profile as one undoable step."""
        if self.working is None:
            return False
        preview = RemapPreviewDialog(self.document, self.working, self)
        if preview.exec() != QDialog.DialogCode.Accepted:
            return False
        self._fill_chooser(self.working.key, "project")
        self._say(self.tr("The project now uses “%s”.") % self.working.name)
        return True


def _legend(profile: ScaleProfile) -> str:
    """Bands with their score ranges, each on its colour."""
    top = profile.max_score()
    parts = []
    for position, band in enumerate(profile.bands):
        nxt = profile.bands[position + 1].min_score - 1 if position + 1 < len(profile.bands) \
            else top
        span = f"{band.min_score}–{nxt}" if nxt > band.min_score else f"{band.min_score}"
        parts.append(f"<span style='background:{band.colour};'>&nbsp;&nbsp;&nbsp;&nbsp;</span>"
                     f"&nbsp;<b>{escape(profile_tr(profile, band.name))}</b> {span}")
    return "&nbsp;&nbsp; ".join(parts)
