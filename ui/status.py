"""The status bar: what the current process holds, the score kind shown, and the zoom."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from riskmap.vocabulary import ScoreKind
from ui.document import Document
from ui.map.tabs import ProcessTabs
from ui.map.view import ProcessMapView


class StatusBar(QStatusBar):
    """Permanent fields on the right; transient messages (saved, found...) on the left."""

    def __init__(self, document: Document, tabs: ProcessTabs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_bar")
        self.document = document
        self.tabs = tabs
        self.summary = QLabel()
        self.kind = QLabel()
        self.zoom = QLabel()
        for label in (self.summary, self.kind, self.zoom):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        self._view: ProcessMapView | None = None
        document.changed.connect(self.refresh)
        document.reset.connect(self.refresh)
        document.score_kind_changed.connect(self.refresh)
        tabs.view_changed.connect(self._on_view_changed)
        self.refresh()

    def _on_view_changed(self, view: ProcessMapView | None) -> None:
        if self._view is not None:
            self._view.zoom_changed.disconnect(self._show_zoom)
        self._view = view
        if view is not None:
            view.zoom_changed.connect(self._show_zoom)
            self._show_zoom(view.zoom)
        self.refresh()

    def _show_zoom(self, zoom: float) -> None:
        self.zoom.setText(self.tr("Zoom {percent}").format(percent=f"{zoom:.0%}"))

    def refresh(self, *_args: object) -> None:
        process_id = self.tabs.current_process_id()
        index = self.document.project.index
        process = index.processes.get(process_id) if process_id else None
        if process is None:
            self.summary.clear()
            self.kind.clear()
            return
        else:
            risks = sum(len(index.risks_on(s.id)) for s in process.stages)
            risks += sum(len(index.risks_on(f.id)) for f in process.flows)
            counts = ", ".join((self.tr("%n stage(s)", "", len(process.stages)),
                                self.tr("%n flow(s)", "", len(process.flows)),
                                self.tr("%n risk(s)", "", risks)))
            self.summary.setText(f"{process.code} {process.name}: {counts}")
        self.kind.setText({ScoreKind.INHERENT: self.tr("Colour: Inherent risk"),
                           ScoreKind.RESIDUAL: self.tr("Colour: Residual risk"),
                           ScoreKind.TARGET: self.tr("Colour: Target risk")}[
                               self.document.score_kind])
