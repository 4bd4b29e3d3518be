"""Zoom (wheel, keys, fit) and pan (middle button, Space and drag) of a map view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from ui.map import style
from ui.map.synced_scene import SyncedScene

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
ZOOM_STEP = 1.2
MAX_FIT_ZOOM = 1.25  # a small process is not blown up beyond readable size
FIT_MARGIN = 40.0


class NavigableView(QGraphicsView):
    """A view of a process map that zooms under the mouse, fits the whole process (and
    keeps it fitted when resized, until the user zooms), and pans; left drag selects."""

    zoom_changed = Signal(float)

    def __init__(self, scene: SyncedScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self._pan_from: QPoint | None = None
        self._fitted_once = False
        self._fitting = False  # the whole process is shown: keep it so when resized
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)

    # --- zoom ----------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if abs(zoom - self.zoom) > 1e-6:
            self.scale(zoom / self.zoom, zoom / self.zoom)
            self.map_scene.set_zoom_hint(self.zoom)
            self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self._fitting = False
        self._zoom_centred(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._fitting = False
        self._zoom_centred(self.zoom / ZOOM_STEP)

    def zoom_actual(self) -> None:
        self._fitting = False
        self._zoom_centred(style.text_scale())  # type as large as the window's

    def _zoom_centred(self, zoom: float) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.set_zoom(zoom)
        self.setTransformationAnchor(anchor)

    def content_rect(self) -> QRectF:
        rect = self.map_scene.itemsBoundingRect()
        return rect.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)

    def zoom_fit(self) -> None:
        """Show the whole process, never larger than MAX_FIT_ZOOM (times the text scale:
        with a larger system font, or in the presentation view, a small process shows
        larger)."""
        rect = self.content_rect()
        if rect.isEmpty():
            self.resetTransform()
            self.zoom_changed.emit(self.zoom)
            return
        # The scene rect grows with the content so that scroll bars can reach all of it.
        self.setSceneRect(rect.united(self.sceneRect()) if self._fitted_once else rect)
        viewport = self.viewport().rect()
        zoom = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        self.set_zoom(min(zoom, MAX_FIT_ZOOM * style.text_scale()))
        self.centerOn(rect.center())
        self._fitted_once = True
        self._fitting = True

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # Shift+wheel scrolls sideways
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self._fitting = False
            self.set_zoom(self.zoom * ZOOM_STEP ** steps)
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_once:
            self.zoom_fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitting:
            self.zoom_fit()
        else:
            self.setSceneRect(self.sceneRect().united(self.content_rect()))

    # --- pan: middle button, or Space held down with the left button ------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setInteractive(False)  # the drag moves the view, never a stage
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.setInteractive(True)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.setSceneRect(self.sceneRect().united(self.content_rect()))
