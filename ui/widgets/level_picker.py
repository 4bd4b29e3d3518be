"""Pick a likelihood or impact level by its label, with the descriptor of the profile in
view; a score row shows the resulting score and band live."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from riskmap.analysis import Rating
from riskmap.model import Assessment
from riskmap.scales import Level, ScaleProfile
from riskmap.vocabulary import ScoreKind
from ui.colours import MUTED_TEXT, band_colour, band_text_colour
from ui.language import builtin_tr, translate
from ui.marks import QT_TRANSLATE_NOOP
from ui.texts import level_text, not_scored

KIND_HINTS = {
    ScoreKind.INHERENT: QT_TRANSLATE_NOOP("ScoreEditor", "Inherent — before any control"),
    ScoreKind.RESIDUAL: QT_TRANSLATE_NOOP("ScoreEditor", "Residual — with the existing controls"),
    ScoreKind.TARGET: QT_TRANSLATE_NOOP("ScoreEditor", "Target — once the planned measures work"),
}


class LevelPicker(QWidget):
    """A combo of levels ("4 Likely") over the level's descriptor."""

    changed = Signal(object)  # int | None

    def __init__(self, axis: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axis = axis
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(axis)
        self.descriptor = QLabel(self)
        self.descriptor.setWordWrap(True)
        self.descriptor.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.descriptor.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.descriptor, 1)
        self._levels: list[Level] = []
        self.combo.currentIndexChanged.connect(self._on_index)

    def set_levels(self, levels: list[Level]) -> None:
        value = self.value()
        self._levels = list(levels)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(f"— {not_scored()} —", None)
        for level in levels:
            self.combo.addItem(level_text(level), level.value)
            self.combo.setItemData(self.combo.count() - 1, builtin_tr(level.descriptor),
                                   Qt.ItemDataRole.ToolTipRole)
        self.combo.blockSignals(False)
        self.set_value(value)

    def value(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def set_value(self, value: int | None) -> None:
        position = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(position, 0))
        self._show_descriptor()

    def _on_index(self, _index: int) -> None:
        self._show_descriptor()
        self.changed.emit(self.value())

    def _show_descriptor(self) -> None:
        value = self.value()
        if value is None or value > len(self._levels):
            self.descriptor.setText("")
        else:
            self.descriptor.setText(builtin_tr(self._levels[value - 1].descriptor))


class BandChip(QLabel):
    """A score and its band on the band's colour, readable without the colour too."""

    def __init__(self, parent: QWidget | None = None,
                 profile: ScaleProfile | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(110)
        self.show_rating(None)

    def show_rating(self, rating: Rating | None) -> None:
        band = rating.band if rating else None
        self.setText(f"{rating.score} · {builtin_tr(rating.band.name)}" if rating
                     else not_scored())
        self.setAccessibleName(self.text())
        fill, ink = band_colour(band, self.profile), band_text_colour(band, self.profile)
        self.setStyleSheet(
            f"background: {fill.name()}; color: {ink.name()};"
            "border-radius: 4px; padding: 4px 10px; font-weight: bold;"
        )


class ScoreEditor(QWidget):
    """Likelihood and impact of one assessment, with its score and band shown live."""

    changed = Signal()

    def __init__(self, kind: ScoreKind, profile: ScaleProfile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.profile = profile
        self.likelihood = LevelPicker(self.tr("Likelihood"), self)
        self.impact = LevelPicker(self.tr("Impact"), self)
        self.chip = BandChip(self, profile)
        title = QLabel(f"<b>{translate('ScoreEditor', KIND_HINTS[kind])}</b>", self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.addWidget(title, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Likelihood"), self), 1, 0)
        grid.addWidget(QLabel(self.tr("Impact"), self), 1, 1)
        grid.addWidget(self.likelihood, 2, 0)
        grid.addWidget(self.impact, 2, 1)
        grid.addWidget(self.chip, 2, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.likelihood.set_levels(profile.likelihood)
        self.impact.set_levels(profile.impact)
        self.likelihood.changed.connect(self._on_level)
        self.impact.changed.connect(self._on_level)

    def assessment(self) -> Assessment:
        return Assessment(likelihood=self.likelihood.value(), impact=self.impact.value())

    def set_assessment(self, assessment: Assessment) -> None:
        self.likelihood.set_value(assessment.likelihood)
        self.impact.set_value(assessment.impact)
        self._show()

    def rating(self) -> Rating | None:
        lik, imp = self.likelihood.value(), self.impact.value()
        if lik is None or imp is None:
            return None
        score = self.profile.score(lik, imp)
        return Rating(lik, imp, score, self.profile.band(score))

    def _on_level(self, _value: object) -> None:
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.chip.show_rating(self.rating())
