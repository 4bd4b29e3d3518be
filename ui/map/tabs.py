"""One tab per process of the project, each with its map; maps are built when first shown."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from riskmap.checks import Problem
from riskmap.edits import Change, EntityType
from riskmap.model import Process
from ui.document import Document
from ui.map.scene import ProcessMapScene
from ui.map.view import ProcessMapView


class ProcessPage(QWidget):
    """A tab's page: holds the map of one process once it has been shown."""

    def __init__(self, process_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.process_id = process_id
        self.view: ProcessMapView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)


class ProcessTabs(QTabWidget):
    """The processes of the open project as tabs; the current tab's map is the one the
    window's commands act on."""

    view_changed = Signal(object)  # the current ProcessMapView (or None)
    rename_requested = Signal(object)  # a process id (double-click on a tab)
    inspect_requested = Signal()  # Enter on the selection of a map

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.connect_mode = False
        self.context_actions: list[QAction | None] = []  # for each map's right-click menu
        self._problems: list[Problem] = []
        self.setObjectName("process_tabs")
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)
        document.reset.connect(self.rebuild)
        document.changed.connect(self._on_changed)
        self.currentChanged.connect(self._on_current_changed)
        self.tabBarDoubleClicked.connect(self._on_tab_double_clicked)
        self.rebuild()

    # --- pages ------------------------------------------------------------------------------
    def pages(self) -> list[ProcessPage]:
        return [page for i in range(self.count())
                if isinstance(page := self.widget(i), ProcessPage)]

    def views(self) -> list[ProcessMapView]:
        return [page.view for page in self.pages() if page.view is not None]

    def current_view(self) -> ProcessMapView | None:
        page = self.currentWidget()
        return self._ensure_view(page) if isinstance(page, ProcessPage) else None

    def current_process_id(self) -> uuid.UUID | None:
        page = self.currentWidget()
        return page.process_id if isinstance(page, ProcessPage) else None

    def show_process(self, process_id: uuid.UUID) -> ProcessMapView | None:
        for index, page in enumerate(self.pages()):
            if page.process_id == process_id:
                self.setCurrentIndex(index)
                return self.current_view()
        return None

    def _ensure_view(self, page: ProcessPage) -> ProcessMapView:
        if page.view is None:
            scene = ProcessMapScene(self.document, page.process_id)
            scene.connect_mode = self.connect_mode
            scene.set_problems(self._problems)
            page.view = ProcessMapView(scene, page)
            page.view.context_actions = self.context_actions
            page.view.inspect_requested.connect(self.inspect_requested)
            process = self.document.project.index.processes.get(page.process_id)
            if process is not None:
                page.view.setAccessibleName(self.tr("Process map: {name}").format(
                    name=process.name))
            scene.setParent(page.view)
            layout = page.layout()
            assert layout is not None
            layout.addWidget(page.view)
        return page.view

    @staticmethod
    def _title(process: Process) -> str:
        return f"{process.code}  {process.name}"

    def rebuild(self) -> None:
        self.blockSignals(True)
        while self.count():
            page = self.widget(0)
            self.removeTab(0)
            if page is not None:
                page.deleteLater()
        for process in self.document.project.processes:
            self._insert(self.count(), process)
        self.blockSignals(False)
        self._on_current_changed(self.currentIndex())

    def _insert(self, index: int, process: Process) -> None:
        page = ProcessPage(process.id)
        self.insertTab(index, page, self._title(process))
        self.setTabToolTip(index, f"{process.name}: "
                           + self.tr("%n stage(s)", "", len(process.stages)))

    def _on_changed(self, changes: Sequence[Change]) -> None:
        project = self.document.project
        for change in changes:
            if change.entity is not EntityType.PROCESS or change.id is None:
                continue
            index = next((i for i, p in enumerate(self.pages()) if p.process_id == change.id),
                         None)
            process = project.index.processes.get(change.id)
            if process is None and index is not None:
                page = self.widget(index)
                self.removeTab(index)
                if page is not None:
                    page.deleteLater()
            elif process is not None and index is None:
                position = project.processes.index(process)
                self._insert(position, process)
                self.setCurrentIndex(position)
            elif process is not None and index is not None:
                self.setTabText(index, self._title(process))

    def _on_current_changed(self, _index: int) -> None:
        self.view_changed.emit(self.current_view())

    def _on_tab_double_clicked(self, index: int) -> None:
        page = self.widget(index)
        if isinstance(page, ProcessPage):
            self.rename_requested.emit(page.process_id)

    # --- state shared by every map ------------------------------------------------------------
    def set_connect_mode(self, on: bool) -> None:
        self.connect_mode = on
        for view in self.views():
            view.map_scene.connect_mode = on

    def set_problems(self, problems: list[Problem]) -> None:
        self._problems = problems
        for view in self.views():
            view.map_scene.set_problems(problems)
