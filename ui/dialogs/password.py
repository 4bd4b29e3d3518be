"""Password dialogs: enter the password of an encrypted project, or choose a new one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.colours import MUTED_TEXT

ERROR_STYLE = "color: #B3261E; font-weight: bold;"
WARNING_STYLE = ("background: #FFF4E5; border: 1px solid #F0B46A; border-radius: 4px; "
                 "padding: 8px; color: #5C3A00;")


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(260)
    return field


class EnterPasswordDialog(QDialog):
    """The password of an encrypted file; after a wrong one, says so and lets the user
    try again."""

    def __init__(self, file_name: str, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password"))
        self.setObjectName("enter_password_dialog")
        intro = QLabel(self.tr("“{name}” is encrypted. Enter its password to open it.")
                       .format(name=file_name), self)
        intro.setWordWrap(True)
        self.password = _password_field(self, "password")
        self.error = QLabel(error, self)
        self.error.setObjectName("password_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("Open") if not error else self.tr("Try Again"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.password.setFocus()


class NewPasswordDialog(QDialog):
    """Choose a password, typed twice, with the warning that a lost one cannot be
    recovered; OK only when both are the same and not empty."""

    def __init__(self, file_name: str, change: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_password_dialog")
        self.setWindowTitle(self.tr("Change Password") if change
                            else self.tr("Save with Password"))
        intro = QLabel(self.tr("“{name}” will be saved encrypted (AES-256): without the "
                               "password, nobody can read it.").format(name=file_name), self)
        intro.setWordWrap(True)
        warning = QLabel(self.tr("<b>A lost password cannot be recovered.</b> Nobody, not "
                                 "even the makers of riskmap, can open the project without "
                                 "it. Keep it somewhere safe, and share it only with the "
                                 "team."), self)
        warning.setObjectName("password_warning")
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        self.password = _password_field(self, "password")
        self.repeat = _password_field(self, "repeat")
        self.show_text = QCheckBox(self.tr("Show the password"), self)
        self.hint = QLabel(self)
        self.hint.setObjectName("password_hint")
        self.hint.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(self.ok, QPushButton)
        self.ok.setText(self.tr("Save Encrypted"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("New password:") if change else self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        form.addRow("", self.show_text)
        form.addRow("", self.hint)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.password.textChanged.connect(self._check)
        self.repeat.textChanged.connect(self._check)
        self.show_text.toggled.connect(self._show)
        self._check()

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _check(self) -> None:
        first, second = self.password.text(), self.repeat.text()
        if not first:
            hint = self.tr("Type the password twice.")
        elif not second:
            hint = self.tr("Type it again to be sure of it.")
        elif first != second:
            hint = self.tr("The two passwords are not the same.")
        else:
            hint = self.tr("The two passwords match.")
        self.hint.setText(hint)
        assert self.ok is not None
        self.ok.setEnabled(bool(first) and first == second)

    def chosen(self) -> str:
        return self.password.text()
