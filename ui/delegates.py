"""In-place editors of the tables: choice combos (levels by label), dates, percent, tags."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.colours import ACCENT
from ui.models.columns import CHOICES_ROLE, Choice, Column, Kind

AnyIndex = QModelIndex | QPersistentModelIndex
# QDateEdit cannot be empty: its minimum date stands for "no date".
NO_DATE = QDate(1900, 1, 1)


def _choices(index: AnyIndex) -> list[Choice]:
    return cast(list[Choice], index.data(CHOICES_ROLE) or [])


class ChoiceDelegate(QStyledItemDelegate):
    """A combo of the column's choices (corruption types, statuses, or scale levels with
    their descriptors as tooltips); the choice is committed as soon as it is picked."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        for value, label, description in _choices(index):
            numbered = f"{value} {label}" if isinstance(value, int) else label
            combo.addItem(numbered, value)
            if description:
                combo.setItemData(combo.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        combo = cast(QComboBox, editor)
        position = combo.findData(index.data(Qt.ItemDataRole.EditRole))
        combo.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        model.setData(index, cast(QComboBox, editor).currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date editor with a calendar; its first date ("—") clears the date."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText("—")
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        date_edit = cast(QDateEdit, editor)
        if isinstance(value, dt.date):
            date_edit.setDate(QDate(value.year, value.month, value.day))
        else:
            date_edit.setDate(NO_DATE)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        date = cast(QDateEdit, editor).date()
        value = None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class PercentDelegate(QStyledItemDelegate):
    """A spin box in steps of 10; shown as a thin bar under the number."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        value = index.data(Qt.ItemDataRole.EditRole)
        if not isinstance(value, int):
            return
        rect = option.rect.adjusted(6, 0, -6, -4)
        track = QRectF(rect.left(), rect.bottom() - 4, rect.width(), 4)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#DDE3EA"))
        painter.drawRoundedRect(track, 2, 2)
        painter.setBrush(ACCENT)
        painter.drawRoundedRect(QRectF(track.left(), track.top(),
                                       track.width() * max(0, min(value, 100)) / 100, 4), 2, 2)
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, 100)
        spin.setSingleStep(10)
        spin.setSuffix(" %")
        return spin

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        cast(QSpinBox, editor).setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        model.setData(index, cast(QSpinBox, editor).value(), Qt.ItemDataRole.EditRole)


class TagsDelegate(QStyledItemDelegate):
    """A checklist dropping below the cell (key factors of a measure: pick one or more)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        tags = QListWidget(parent)
        tags.setFrameShape(QListWidget.Shape.Box)
        for value, label, _ in _choices(index):
            item = QListWidgetItem(label, tags)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        return tags

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: AnyIndex) -> None:
        tags = cast(QListWidget, editor)
        rows = max(tags.count(), 1)
        height = tags.sizeHintForRow(0) * rows + 2 * tags.frameWidth() + 4
        width = max(option.rect.width(), tags.sizeHintForColumn(0) + 40)
        rect = option.rect
        editor.setGeometry(rect.x(), rect.y(), width, height)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        chosen = set(index.data(Qt.ItemDataRole.EditRole) or [])
        tags = cast(QListWidget, editor)
        for row in range(tags.count()):
            item = tags.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        model.setData(index, checked_values(cast(QListWidget, editor)), Qt.ItemDataRole.EditRole)


def checked_values(tags: QListWidget) -> list[Any]:
    return [
        tags.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(tags.count())
        if tags.item(row).checkState() == Qt.CheckState.Checked
    ]


_DELEGATES: dict[Kind, type[QStyledItemDelegate]] = {
    Kind.ENUM: ChoiceDelegate,
    Kind.LEVEL: ChoiceDelegate,
    Kind.DATE: DateDelegate,
    Kind.PERCENT: PercentDelegate,
    Kind.KEY_FACTORS: TagsDelegate,
}


def install_delegates(view: QAbstractItemView, columns: Sequence[Column],
                      parent: QObject | None = None) -> None:
    """Give each column of a table the editor its kind needs (text keeps the default)."""
    for number, column in enumerate(columns):
        delegate_type = _DELEGATES.get(column.kind)
        if delegate_type is not None:
            view.setItemDelegateForColumn(number, delegate_type(parent or view))
