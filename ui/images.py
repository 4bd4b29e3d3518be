"""Pictures of views for slides: render a widget sharply and put it on the clipboard."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QRegion
from PySide6.QtWidgets import QGraphicsScene, QWidget

# Twice the screen resolution: the picture stays sharp on a projected slide.
SLIDE_SCALE = 2.0


def widget_image(widget: QWidget, scale: float = SLIDE_SCALE) -> QImage:
    """The widget drawn on white at `scale` times its size."""
    size = widget.size()
    image = QImage(round(size.width() * scale), round(size.height() * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    widget.render(painter, QPoint(), QRegion(widget.rect()))
    painter.end()
    return image


def copy_image(widget: QWidget, scale: float = SLIDE_SCALE) -> QImage:
    """Put a picture of the widget on the clipboard (for slides); returns it."""
    image = widget_image(widget, scale)
    QGuiApplication.clipboard().setImage(image)
    return image


def scene_image(scene: QGraphicsScene, source: QRectF, scale: float = SLIDE_SCALE,
                max_side: int = 8000) -> QImage:
    """A region of a graphics scene (a whole process map) drawn on white, sharp for slides
    but never larger than `max_side` pixels a side."""
    scale = min(scale, max_side / max(source.width(), source.height(), 1.0))
    image = QImage(max(round(source.width() * scale), 1), max(round(source.height() * scale), 1),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    return image


def copy_scene_image(scene: QGraphicsScene, source: QRectF) -> QImage:
    image = scene_image(scene, source)
    QGuiApplication.clipboard().setImage(image)
    return image
