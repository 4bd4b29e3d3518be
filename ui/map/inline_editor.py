"""Rename a stage or label a flow in place: a line edit laid over the item on the map."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit, QWidget

from ui.map import style
from ui.map.flow_item import FlowItem
from ui.map.stage_item import PADDING, StageItem


class InlineEditor(QLineEdit):
    """Enter or a click elsewhere commits; Escape cancels. Emits the text once."""

    committed = Signal(str)
    cancelled = Signal()
    finished = Signal()  # committed or cancelled: the editor is going away

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._done = False
        self.setObjectName("inline_editor")
        self.setStyleSheet(
            f"QLineEdit#inline_editor {{ border: 2px solid {style.SELECTION.name()};"
            " border-radius: 4px; padding: 2px 4px; background: white; color: #17202B; }"
        )
        self.returnPressed.connect(self.commit)

    def commit(self) -> None:
        if not self._done:
            self._done = True
            self.committed.emit(self.text())
            self.finished.emit()
            self.deleteLater()

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self.cancelled.emit()
            self.finished.emit()
            self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # committed: the map under the editor must not act on it too

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()


def open_editor(view: QGraphicsView, item: StageItem | FlowItem,
                on_commit: Callable[[str], None]) -> InlineEditor:
    """Show an editor over a stage's name or a flow's label, focused and selected."""
    if isinstance(item, StageItem):
        box = item.scene_box()
        area = QRectF(box.left() + PADDING / 2, box.top() + 24, box.width() - PADDING, 36)
        text = item.name
    else:
        middle = item.midpoint()
        area = QRectF(middle.x() - 90, middle.y() - 16, 180, 32)
        text = item.label
    rect = view.mapFromScene(area).boundingRect()
    editor = InlineEditor(view.viewport())
    font = style.font(10.5)
    font.setPointSizeF(max(8.0, 10.5 * view.transform().m11()))
    editor.setFont(font)
    editor.setText(text)
    editor.selectAll()
    rect.setHeight(max(rect.height(), editor.sizeHint().height()))
    editor.setGeometry(rect)
    editor.committed.connect(on_commit)
    editor.show()
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
    return editor
