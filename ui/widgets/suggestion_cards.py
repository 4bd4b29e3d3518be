"""A scrolling column of suggestion cards: a title, why it is offered, and one button."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

CARD_STYLE = ("QFrame#suggestion_card { background: white; border: 1px solid #D5DAE1;"
              " border-radius: 6px; }")


@dataclass(frozen=True)
class CardSpec:
    title: str
    detail: str
    action: str  # the button's text, e.g. "Add"
    accept: Callable[[], object]
    tag: str = ""  # a short badge, e.g. "Typical of this stage"


class SuggestionCard(QFrame):
    def __init__(self, spec: CardSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestion_card")
        self.spec = spec
        title = QLabel(spec.title, self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        detail = QLabel(spec.detail, self)
        detail.setTextFormat(Qt.TextFormat.PlainText)
        detail.setWordWrap(True)
        detail.setStyleSheet("color: #5F6B7A;")
        self.button = QPushButton(spec.action, self)
        self.button.setMinimumWidth(90)
        self.button.clicked.connect(lambda: spec.accept())
        text = QVBoxLayout()
        if spec.tag:
            tag = QLabel(spec.tag, self)
            tag.setStyleSheet("color: #1F5FA8; font-weight: bold;")
            text.addWidget(tag)
        text.addWidget(title)
        text.addWidget(detail)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)


class SuggestionList(QScrollArea):
    """Cards one under the other; a message when there is nothing to suggest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.cards: list[SuggestionCard] = []
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5F6B7A; padding: 12px;")
        self._body = QWidget()
        self._body.setStyleSheet(CARD_STYLE)
        self._layout = QVBoxLayout(self._body)
        self._layout.setSpacing(8)
        self.setWidget(self._body)

    def set_cards(self, specs: list[CardSpec], empty_text: str) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.empty:
                widget.deleteLater()
        self.cards = [SuggestionCard(spec, self._body) for spec in specs]
        for card in self.cards:
            self._layout.addWidget(card)
        self.empty.setText(empty_text)
        self.empty.setVisible(not specs)
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)
