"""Edit > Preferences: your name for the audit trail, backups, autosave interval."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from riskmap.i18n import LANGUAGES
from ui.colours import MUTED_TEXT
from ui.language import SYSTEM, language_name, system_language
from ui.preferences import AUTOSAVE_RANGE, Preferences, login_name


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED_TEXT.name()};")
    return label


class SettingsDialog(QDialog):
    """Shows the preferences given; `preferences()` gives them back as edited."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(500)

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("As the computer ({language})").format(
            language=language_name(system_language())), SYSTEM)
        for lang in LANGUAGES:
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(max(self.language.findData(preferences.language), 0))
        words = QGroupBox(self.tr("Language"), self)
        words_form = QFormLayout(words)
        words_form.addRow(self.tr("Language of menus, panels and dialogs:"), self.language)
        words_form.addRow(_note(self.tr("The window changes language at once; nothing is lost. "
                                        "Exports choose their own language."), words))

        self.user_name = QLineEdit(preferences.user_name, self)
        self.user_name.setObjectName("user_name")
        self.user_name.setPlaceholderText(login_name())
        self.user_name.setMaxLength(100)
        audit = QGroupBox(self.tr("Audit trail"), self)
        audit_form = QFormLayout(audit)
        audit_form.addRow(self.tr("Your name for the audit trail:"), self.user_name)
        audit_form.addRow(_note(self.tr("Each save records what changed, with this name. "
                                        "Left empty, your login name is used."), audit))

        self.keep_backup = QCheckBox(
            self.tr("Keep a backup of the previous version (FILE.riskmap.bak)"), self)
        self.keep_backup.setObjectName("keep_backup")
        self.keep_backup.setChecked(preferences.keep_backup)
        self.autosave = QSpinBox(self)
        self.autosave.setObjectName("autosave_minutes")
        self.autosave.setRange(*AUTOSAVE_RANGE)
        self.autosave.setValue(preferences.autosave_minutes)
        self.autosave.setSuffix(self.tr(" min"))
        files = QGroupBox(self.tr("Saving"), self)
        files_form = QFormLayout(files)
        files_form.addRow(self.keep_backup)
        files_form.addRow(self.tr("Autosave unsaved work every:"), self.autosave)
        files_form.addRow(_note(self.tr("Autosave writes a recovery file, offered back after "
                                        "a crash; it never changes your project file. An "
                                        "encrypted project's recovery file is encrypted "
                                        "too."), files))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(words)
        layout.addWidget(audit)
        layout.addWidget(files)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def preferences(self) -> Preferences:
        return Preferences(
            user_name=self.user_name.text().strip() or login_name(),
            keep_backup=self.keep_backup.isChecked(),
            autosave_minutes=self.autosave.value(),
            language=str(self.language.currentData()),
        )
