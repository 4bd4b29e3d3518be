"""The page shown with no project open: start a project, open one, examples, recent files."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskmap.resources import examples
from ui.actions import icon
from ui.fonts import on_app_font_changed

# Type sizes as multiples of the application font, so that the page follows the system's
# font size (at the usual 10 pt: a 26 pt title, 12 pt subtitle, 11 pt buttons).
_STYLE = """
#welcome {{ background: #F4F6F9; }}
#welcome_card {{ background: white; border: 1px solid #D5DAE1; border-radius: 10px; }}
#welcome_title {{ font-size: {title:.1f}pt; font-weight: bold; color: #1F3A5F; }}
#welcome_subtitle {{ font-size: {subtitle:.1f}pt; color: #5F6B7A; }}
QLabel[heading="true"] {{ font-size: {heading:.1f}pt; font-weight: bold; color: #1F3A5F; }}
#welcome QPushButton {{ text-align: left; padding: 10px 14px; font-size: {heading:.1f}pt; }}
#welcome QListWidget {{ border: none; font-size: {item:.1f}pt; }}
#welcome QListWidget::item {{ padding: 6px 4px; }}
"""


def welcome_style() -> str:
    size = QApplication.font().pointSizeF()
    return _STYLE.format(title=size * 2.6, subtitle=size * 1.2, heading=size * 1.1,
                         item=size * 1.05)


def example_title(path: Path) -> str:
    """The title of an example project, or its file name made readable."""
    try:
        title = json.loads(path.read_text(encoding="utf-8"))["metadata"]["title"]
    except (OSError, ValueError, KeyError, TypeError):
        title = ""
    if isinstance(title, str) and title.strip():
        return title.strip()
    return path.stem.replace("-", " ").replace("_", " ").capitalize()


class WelcomePage(QWidget):
    """Buttons and lists that ask the window to start, open or restore a project."""

    new_requested = Signal()
    template_requested = Signal()
    open_requested = Signal()
    open_path = Signal(object, bool)  # a Path, and whether to open it as an untitled copy

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(welcome_style())
        on_app_font_changed(self._restyle)
        card = QFrame(self)
        card.setObjectName("welcome_card")
        card.setMaximumWidth(920)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        title = QLabel("riskmap")
        title.setObjectName("welcome_title")
        subtitle = QLabel(self.tr("Corruption risk mapping for Customs administrations "
                                  "(WCO method)"))
        subtitle.setObjectName("welcome_subtitle")
        subtitle.setWordWrap(True)
        grid = QGridLayout(card)
        grid.setContentsMargins(32, 28, 32, 28)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(10)
        grid.addWidget(title, 0, 0, 1, 2)
        grid.addWidget(subtitle, 1, 0, 1, 2)

        start = QVBoxLayout()
        start.setSpacing(8)
        start.addWidget(self._heading(self.tr("Start")))
        self.new_button = self._button(self.tr("New blank project"), "new", self.new_requested)
        self.template_button = self._button(self.tr("New from the stage library template…"),
                                            "process", self.template_requested)
        self.open_button = self._button(self.tr("Open a project…"), "open",
                                        self.open_requested)
        for button in (self.new_button, self.template_button, self.open_button):
            start.addWidget(button)
        start.addSpacing(12)
        start.addWidget(self._heading(self.tr("Examples")))
        self.examples = self._list("examples")
        for path in examples():
            self._add_item(self.examples, example_title(path), path,
                           self.tr("Open a copy of the example"))
        start.addWidget(self.examples)
        grid.addLayout(start, 2, 0)

        recent = QVBoxLayout()
        recent.addWidget(self._heading(self.tr("Recent projects")))
        self.recent = self._list("recent")
        self.no_recent = QLabel(self.tr("Projects you open or save appear here."))
        self.no_recent.setStyleSheet("color: #5F6B7A;")
        recent.addWidget(self.recent)
        recent.addWidget(self.no_recent)
        recent.addStretch(1)
        grid.addLayout(recent, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.examples.itemActivated.connect(lambda item: self._open(item, as_copy=True))
        self.recent.itemActivated.connect(lambda item: self._open(item, as_copy=False))

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("heading", True)
        return label

    def _button(self, text: str, icon_name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setIconSize(QSize(22, 22))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(signal.emit)
        return button

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(f"welcome_{name}")
        widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setWordWrap(True)
        widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        widget.setMinimumHeight(120)
        return widget

    @staticmethod
    def _add_item(widget: QListWidget, text: str, path: Path, tip: str) -> None:
        item = QListWidgetItem(icon("open"), text)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(f"{tip}\n{path}")
        widget.addItem(item)

    def _open(self, item: QListWidgetItem, as_copy: bool) -> None:
        self.open_path.emit(Path(item.data(Qt.ItemDataRole.UserRole)), as_copy)

    def _restyle(self, _font: QFont | None = None) -> None:
        self.setStyleSheet(welcome_style())

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            self._add_item(self.recent, path.name, path, self.tr("Open"))
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
