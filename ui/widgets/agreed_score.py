"""The score a group agrees: it follows the median of the votes until the facilitator picks
another one; its band shows live, with the reason the group gives."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from riskmap.analysis import Rating
from riskmap.model import Assessment
from riskmap.scales import ScaleProfile
from riskmap.workshop import Spread
from ui.widgets.level_picker import BandChip, LevelPicker


class AgreedScore(QWidget):
    """Likelihood and impact pickers (with descriptors), the band chip, "Use median" and
    the reason; `edited` on every change the facilitator makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile: ScaleProfile | None = None
        self.following_median = True
        self._spread: Spread | None = None
        self.likelihood = LevelPicker(self.tr("Agreed likelihood"), self)
        self.impact = LevelPicker(self.tr("Agreed impact"), self)
        self.chip = BandChip(self)
        self.use_median = QPushButton(self.tr("Use median"), self)
        self.rationale = QLineEdit(self)
        self.rationale.setObjectName("rationale")
        self.rationale.setPlaceholderText(self.tr("Why the group agreed this score, e.g. "
                                                  "“supervisor review covers 10 % of files”"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Likelihood"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Impact"), self), 0, 1)
        grid.addWidget(self.likelihood, 1, 0)
        grid.addWidget(self.impact, 1, 1)
        chip_row = QHBoxLayout()
        chip_row.addWidget(self.chip)
        chip_row.addWidget(self.use_median)
        chip_row.addStretch(1)
        grid.addLayout(chip_row, 2, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Reason"), self), 3, 0, 1, 2)
        grid.addWidget(self.rationale, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.likelihood.changed.connect(self._on_picked)
        self.impact.changed.connect(self._on_picked)
        self.use_median.clicked.connect(self.take_median)
        self.rationale.textEdited.connect(lambda _text: self.edited.emit())

    def load(self, profile: ScaleProfile, level: Assessment, rationale: str,
             follow_median: bool) -> None:
        """Show a risk's score; `follow_median`: votes typed from now on propose it."""
        self.profile = profile
        self.following_median = False
        self.likelihood.set_levels(profile.likelihood)
        self.impact.set_levels(profile.impact)
        self.likelihood.set_value(level.likelihood)
        self.impact.set_value(level.impact)
        self.rationale.setText(rationale)
        self.following_median = follow_median
        self._show_chip()

    def propose(self, spread: Spread | None) -> None:
        """The votes changed: take their median unless the facilitator chose otherwise."""
        self._spread = spread
        self.use_median.setEnabled(spread is not None)
        if spread is not None and self.following_median:
            self._set(spread.proposed.likelihood, spread.proposed.impact)

    def take_median(self) -> None:
        if self._spread is not None:
            self.following_median = True
            self._set(self._spread.proposed.likelihood, self._spread.proposed.impact)
            self.edited.emit()

    def value(self) -> tuple[int | None, int | None]:
        return self.likelihood.value(), self.impact.value()

    def reason(self) -> str:
        return self.rationale.text().strip()

    def _set(self, likelihood: int | None, impact: int | None) -> None:
        following = self.following_median
        self.likelihood.set_value(likelihood)
        self.impact.set_value(impact)
        self.following_median = following
        self._show_chip()

    def _on_picked(self, _value: object) -> None:
        self.following_median = False
        self._show_chip()
        self.edited.emit()

    def _show_chip(self) -> None:
        lik, imp = self.value()
        if self.profile is None or lik is None or imp is None:
            self.chip.show_rating(None)
            return
        score = self.profile.score(lik, imp)
        self.chip.show_rating(Rating(lik, imp, score, self.profile.band(score)))
