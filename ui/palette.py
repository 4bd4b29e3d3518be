"""The stage library palette: the 21 library stages, dragged onto the map to add one. The
library is read when the palette first lists it: a window whose palette stays behind
another panel never waits for it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from riskmap.model import StageFlags
from ui.language import current_language
from ui.map import mime

if TYPE_CHECKING:
    from riskmap.library import LibraryStage

_Index = QModelIndex | QPersistentModelIndex


def stage_template(stage: LibraryStage, lang: str = "en") -> dict[str, Any]:
    """The fields of a new stage made from a library stage (code and place come later)."""
    return {
        "name": stage.name.text(lang),
        "description": stage.description.text(lang) if stage.description else "",
        "library_key": stage.key,
        "actors": stage.actors.text(lang),
        "flags": {name: value for name, value in stage.flags.model_dump().items()
                  if name in StageFlags.model_fields},
    }


class StageLibraryModel(QAbstractListModel):
    """One row a library stage: "4  Risk assessment and channel allocation"; drags out a
    stage template (ui.map.mime.STAGE_TEMPLATE_MIME)."""

    def __init__(self, stages: Sequence[LibraryStage] | None = None, lang: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stages = list(stages) if stages is not None else None
        self.lang = lang or current_language()

    @property
    def stages(self) -> list[LibraryStage]:
        """The library's stages (the built-in library and the user's), read when first
        needed."""
        if self._stages is None:
            from riskmap.library import load_library

            self._stages = list(load_library().stages)
        return self._stages

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.stages)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.stages):
            return None
        stage = self.stages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            number = f"{stage.number}  " if stage.number is not None else ""
            return f"{number}{stage.name.text(self.lang)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            description = stage.description.text(self.lang) if stage.description else ""
            return (f"<b>{stage.name.text(self.lang)}</b><br>{description}<br><i>"
                    + self.tr("Drag onto the map to add this stage.") + "</i>")
        if role == Qt.ItemDataRole.UserRole:
            return stage
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [mime.STAGE_TEMPLATE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        valid = [i for i in indexes if i.isValid()]
        if not valid:
            return QMimeData()
        stage = self.stages[valid[0].row()]
        data = mime.encode(mime.STAGE_TEMPLATE_MIME, stage_template(stage, self.lang))
        data.setText(stage.name.text(self.lang))
        return data


class StagePalette(QWidget):
    """A filter box over the library list; double-click (or Enter, in the list or in the
    filter box for the first stage listed) adds the stage to the map too."""

    add_requested = Signal(dict)  # a stage template for the current map

    def __init__(self, model: StageLibraryModel | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage_palette")
        self.model = model or StageLibraryModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(placeholderText=self.tr("Filter stages"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the stage library"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setObjectName("stage_palette_list")
        self.list.setAccessibleName(self.tr("Stage library"))
        # The list gets its model (and the library is read) when the palette is first on
        # screen: see list_library.
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(1)
        self.list.doubleClicked.connect(self._on_double_clicked)
        for keys in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(keys), self.list)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda: self._on_double_clicked(self.list.currentIndex()))
        self.filter.returnPressed.connect(self._add_first)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not isinstance(self.parentWidget(), QDockWidget):  # a dock says when: see shown
            self.list_library()

    def shown(self) -> None:
        """The palette's dock says it shows: fill the list if the palette is on screen,
        now or once the window is laid out. (A dock behind another's tab is "visible",
        only moved out of sight; restoring the window's panels shows docks for a moment.)"""
        if self._on_screen():
            self.list_library()
        elif self.list.model() is None:
            QTimer.singleShot(0, self, lambda: self.list_library() if self._on_screen()
                              else None)

    def _on_screen(self) -> bool:
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def list_library(self) -> None:
        """Fill the list (reading the library, the first time)."""
        if self.list.model() is None:
            self.list.setModel(self.proxy)

    def _add_first(self) -> None:
        current = self.list.currentIndex()
        self._on_double_clicked(current if current.isValid() else self.proxy.index(0, 0))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        from riskmap.library import LibraryStage

        stage = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(stage, LibraryStage):
            self.add_requested.emit(stage_template(stage, self.model.lang))
