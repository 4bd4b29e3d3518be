"""Edit, view and process commands of the window, carried out on the current process map."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QWidget

from riskmap.codes import PROCESS_CODE, next_code
from riskmap.edits import Remove, add_process
from riskmap.model import Process
from ui.actions import ActionId, ActionRegistry
from ui.document import Document
from ui.language import translate
from ui.map import operations
from ui.map.tabs import ProcessTabs
from ui.map.view import ProcessMapView

# Edit commands go to the focused widget when it has the method (a text field copies its
# text), else to the current map when the focus is on it; never to another panel.
EDIT_METHODS = {
    ActionId.CUT: "cut",
    ActionId.COPY: "copy",
    ActionId.PASTE: "paste",
    ActionId.DELETE: "delete_selection",
    ActionId.SELECT_ALL: "select_all",
    ActionId.RENAME: "rename_selected",
}


def ask_process_name(parent: QWidget, title: str, name: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title,
                                    translate("MapCommands", "Name of the process:"),
                                    QLineEdit.EchoMode.Normal, name)
    return text.strip() if ok and text.strip() else None


class MapCommands(QObject):
    """Connects the registry's map actions to the process tabs and the document."""

    def __init__(self, window: QWidget, registry: ActionRegistry, document: Document,
                 tabs: ProcessTabs) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.tabs = tabs
        for action_id, method in EDIT_METHODS.items():
            registry[action_id].triggered.connect(
                lambda _checked=False, m=method: self.dispatch(m))
        on_view: dict[ActionId, Callable[[ProcessMapView], Any]] = {
            ActionId.ZOOM_IN: ProcessMapView.zoom_in,
            ActionId.ZOOM_OUT: ProcessMapView.zoom_out,
            ActionId.ZOOM_FIT: ProcessMapView.zoom_fit,
            ActionId.ZOOM_ACTUAL: ProcessMapView.zoom_actual,
            ActionId.ADD_STAGE: ProcessMapView.add_stage,
        }
        for action_id, call in on_view.items():
            registry[action_id].triggered.connect(
                lambda _checked=False, c=call: self._on_current(c))
        registry[ActionId.CONNECT].toggled.connect(tabs.set_connect_mode)
        registry[ActionId.AUTO_LAYOUT].triggered.connect(self.auto_layout)
        registry[ActionId.NEW_PROCESS].triggered.connect(self.new_process)
        registry[ActionId.RENAME_PROCESS].triggered.connect(lambda: self.rename_process())
        registry[ActionId.DELETE_PROCESS].triggered.connect(self.delete_process)
        tabs.rename_requested.connect(self.rename_process)
        tabs.context_actions[:] = [
            registry[action_id] if action_id is not None else None for action_id in (
                ActionId.RENAME, None, ActionId.CUT, ActionId.COPY, ActionId.PASTE,
                ActionId.DELETE, None, ActionId.ADD_STAGE, ActionId.CONNECT,
                ActionId.AUTO_LAYOUT)
        ]

    def _on_current(self, call: Callable[[ProcessMapView], Any]) -> None:
        view = self.tabs.current_view()
        if view is not None:
            call(view)

    def dispatch(self, method: str) -> None:
        """Run an edit command on the focused widget, or on the map it sits in."""
        widget = QApplication.focusWidget()
        while widget is not None:
            handler = getattr(widget, method, None)
            if callable(handler):
                handler()
                return
            if widget is self.window:
                break
            widget = widget.parentWidget()
        view = self.tabs.current_view()
        focus = QApplication.focusWidget()
        on_map = focus is None or focus is self.window or self.tabs.isAncestorOf(focus)
        if view is not None and on_map:
            getattr(view, method)()

    def auto_layout(self) -> None:
        process = self._current_process()
        if process is None:
            return
        # Stages placed by hand stay; when that leaves nothing to arrange, arrange them all.
        found = operations.layout_edit(self.document.project, process) or (
            operations.layout_edit(self.document.project, process, respect_pinned=False))
        if found is not None:
            self.document.apply(*found)
        view = self.tabs.current_view()
        if view is not None:
            view.zoom_fit()

    def _current_process(self) -> Process | None:
        process_id = self.tabs.current_process_id()
        if process_id is None:
            return None
        return self.document.project.index.processes.get(process_id)

    def new_process(self) -> None:
        name = ask_process_name(self.window, self.tr("New process"), self.tr("New process"))
        if name is None:
            return
        prefix, width = PROCESS_CODE
        codes = [p.code for p in self.document.project.processes]
        process = Process(code=next_code(codes, prefix, width), name=name)
        self.document.apply(add_process(process))
        self.tabs.show_process(process.id)

    def rename_process(self, process_id: object = None) -> None:
        process = self._current_process() if process_id is None else (
            self.document.project.index.processes.get(process_id)  # type: ignore[call-overload]
        )
        if process is None:
            return
        name = ask_process_name(self.window, self.tr("Rename process"), process.name)
        edit = operations.rename_process_edit(self.document.project, process.id, name or "")
        if edit is not None:
            self.document.apply(edit)

    def delete_process(self) -> None:
        process = self._current_process()
        if process is not None:
            self.document.apply(Remove(process_ids=[process.id]))
