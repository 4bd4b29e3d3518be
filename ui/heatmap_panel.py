"""The heat-map panel: inherent / residual / target switch, legend, copy as image."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from riskmap.edits import Change, EntityType
from riskmap.scales import ScaleProfile
from riskmap.vocabulary import SCORE_KIND_LABELS, ScoreKind
from ui.colours import MUTED_TEXT, band_colour, band_palette, text_on
from ui.document import Document
from ui.fonts import set_relative_font
from ui.heatmap import HeatmapWidget
from ui.images import copy_image
from ui.language import domain_tr, profile_tr
from ui.on_screen import in_dock, on_screen

SEGMENT_STYLE = (
    "QPushButton { padding: 4px 14px; border: 1px solid #9AA5B1; background: white; }"
    "QPushButton:checked { background: #1F5FA8; color: white; border-color: #1F5FA8;"
    " }"
)


def band_ranges(profile: ScaleProfile) -> list[tuple[str, str, str]]:
    """(band name, score range, colour) of each band, e.g. ("High", "10–15", "#FF9800")."""
    top = profile.max_score()
    result = []
    for number, band in enumerate(profile.bands):
        upper = profile.bands[number + 1].min_score - 1 if number + 1 < len(profile.bands) \
            else top
        span = str(band.min_score) if upper == band.min_score else f"{band.min_score}–{upper}"
        result.append((band.name, span, band.colour))
    return result


class LegendChip(QWidget):
    """A band of the legend: its name and scores on its colour, shortened with "…" when
    the panel is narrow (the tooltip and the accessible name keep the whole text)."""

    def __init__(self, text: str, fill: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.fill = fill
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.text) + 12,
                     self.fontMetrics().height() + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(self.fill.darker(130))  # a pale band still has an edge on white
        painter.setBrush(self.fill)
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(text_on(self.fill))
        shown = self.fontMetrics().elidedText(self.text, Qt.TextElideMode.ElideRight,
                                              self.width() - 8)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)
        painter.end()


class HeatmapPanel(QWidget):
    """A heat map of the document with its switch, its legend and what it leaves out. Out
    of sight (hidden, or behind another dock's tab), it only notes that something changed,
    and catches up when shown (see catch_up)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.heatmap = HeatmapWidget(document, self)
        self.title = QLabel(self)
        set_relative_font(self.title, 1.25, bold=True)
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[ScoreKind, QPushButton] = {}
        switch = QHBoxLayout()
        switch.setSpacing(0)
        for kind in ScoreKind:
            label = domain_tr(SCORE_KIND_LABELS[kind])
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setStyleSheet(SEGMENT_STYLE)
            button.setToolTip(self.tr("Show the {kind} scores").format(kind=label.lower()))
            self.kinds.addButton(button)
            self.kind_buttons[kind] = button
            button.clicked.connect(lambda _c=False, k=kind: document.set_score_kind(k))
            switch.addWidget(button)
        self.copy_button = QPushButton(self.tr("Copy image"), self)
        self.copy_button.setToolTip(self.tr("Copy the heat map to the clipboard, for slides"))
        self.copy_button.clicked.connect(self.copy_image)
        self.legend = QHBoxLayout()
        self.legend.setSpacing(4)
        # Narrow enough for a side dock: switch and copy, then the title, then the legend.
        top = QHBoxLayout()
        top.addLayout(switch)
        top.addStretch(1)
        top.addWidget(self.copy_button)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.unscored = QLabel(self)
        self.unscored.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addLayout(self.legend)
        layout.addWidget(self.heatmap, 1)
        layout.addWidget(self.unscored)
        document.score_kind_changed.connect(lambda _k: self._show())
        document.changed.connect(self._on_changed)
        document.reset.connect(self._show)
        band_palette().changed.connect(self._on_palette_changed)
        self._legend_for: ScaleProfile | None = None
        self._dirty = True
        self._show()

    def _on_changed(self, changes: Sequence[Change]) -> None:
        if any(c.entity in (EntityType.RISK, EntityType.PROJECT) for c in changes):
            self._show()

    def _on_palette_changed(self) -> None:
        self._legend_for = None
        self._show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not in_dock(self):  # a dock says when its tab shows: see ui.views
            self.catch_up()

    def catch_up(self) -> None:
        """Show what changed while out of sight."""
        if self._dirty:
            self._show()

    def _show(self) -> None:
        kind = self.document.score_kind
        self.kind_buttons[kind].setChecked(True)
        # Out of sight: count again only when shown (a national map has 10,000 risks to
        # place).
        self._dirty = not on_screen(self)
        if self._dirty:
            return
        grid = self.heatmap.grid
        titles = {ScoreKind.INHERENT: self.tr("Inherent risk — %n risk(s)", "", grid.total),
                  ScoreKind.RESIDUAL: self.tr("Residual risk — %n risk(s)", "", grid.total),
                  ScoreKind.TARGET: self.tr("Target risk — %n risk(s)", "", grid.total)}
        self.title.setText(titles[kind])
        if grid.unscored:
            codes = ", ".join(grid.unscored[:12]) + (" …" if len(grid.unscored) > 12 else "")
            self.unscored.setText(self.tr("Not scored yet ({count}): {codes}").format(
                count=len(grid.unscored), codes=codes))
        else:
            self.unscored.setText("")
        self.unscored.setVisible(bool(grid.unscored))
        if self._legend_for != self.document.project.profile:
            self._fill_legend()

    def _fill_legend(self) -> None:
        while self.legend.count():
            item = self.legend.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, though deleted only when the loop runs
                widget.deleteLater()
        profile = self.document.project.profile
        self._legend_for = profile.model_copy(deep=True)
        for name, span, colour in band_ranges(profile):
            fill = band_colour(None) if not colour else band_colour(
                next(b for b in profile.bands if b.name == name), profile)
            self.legend.addWidget(LegendChip(f"{profile_tr(profile, name)} {span}", fill, self))

    def copy_image(self) -> None:
        copy_image(self.heatmap)
