"""How far apart the votes are: min, median and max per axis, a divergence flag in words and
colour, and the votes drawn on the profile's matrix with the median cell outlined."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from riskmap.scales import ScaleProfile
from riskmap.workshop import DIVERGENCE, AxisSpread, Spread
from ui.language import impact_label, likelihood_label
from ui.widgets.matrix_preview import MatrixPreview

DIVERGENT_STYLE = ("background: #FDE2E1; color: #8E1414; border: 2px solid #C62828;"
                   "border-radius: 6px; padding: 8px 12px; font-weight: bold;")
AGREED_STYLE = ("background: #E3F4E1; color: #1B5E20; border: 2px solid #43A047;"
                "border-radius: 6px; padding: 8px 12px; font-weight: bold;")
WAITING_STYLE = ("background: #EEF1F5; color: #3D4957; border: 2px solid #C5CCD6;"
                 "border-radius: 6px; padding: 8px 12px;")


class SpreadPanel(QWidget):
    """Shows the spread of the votes typed so far (not yet recorded)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flag = QLabel(self)
        self.flag.setObjectName("divergence_flag")
        self.flag.setWordWrap(True)
        self.likelihood = QLabel(self)
        self.impact = QLabel(self)
        self.count = QLabel(self)
        self.matrix = MatrixPreview(self)
        self.matrix.setObjectName("votes_matrix")
        axes = QGridLayout()
        axes.addWidget(QLabel(self.tr("<b>Likelihood</b>"), self), 0, 0)
        axes.addWidget(self.likelihood, 0, 1)
        axes.addWidget(QLabel(self.tr("<b>Impact</b>"), self), 1, 0)
        axes.addWidget(self.impact, 1, 1)
        axes.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.flag)
        layout.addLayout(axes)
        layout.addWidget(self.count)
        layout.addWidget(self.matrix, 1)
        self.divergent = False

    def show_spread(self, profile: ScaleProfile, spread: Spread | None,
                    votes: list[tuple[int, int]], participants: int) -> None:
        self.matrix.set_profile(profile)
        self.matrix.set_marks(dict(Counter(votes)),
                              (spread.likelihood.median, spread.impact.median) if spread else None)
        self.count.setText(self.tr("%1 of %2 participants have voted.")
                           .replace("%1", str(len(votes))).replace("%2", str(participants)))
        if spread is None:
            self.divergent = False
            self.likelihood.setText("—")
            self.impact.setText("—")
            self.flag.setText(self.tr("No votes yet. Each participant scores alone first."))
            self.flag.setStyleSheet(WAITING_STYLE)
            return
        self.likelihood.setText(self._axis_text(spread.likelihood,
                                                lambda v: likelihood_label(profile, v)))
        self.impact.setText(self._axis_text(spread.impact, lambda v: impact_label(profile, v)))
        self.divergent = spread.divergent
        if spread.divergent:
            wide = []
            if spread.likelihood.width >= DIVERGENCE:
                wide.append(self.tr("likelihood (%d levels apart)") % spread.likelihood.width)
            if spread.impact.width >= DIVERGENCE:
                wide.append(self.tr("impact (%d levels apart)") % spread.impact.width)
            self.flag.setText(self.tr("⚠ Votes diverge on %s. Hear the lowest and the highest "
                                      "voters before agreeing.") % self.tr(" and ").join(wide))
            self.flag.setStyleSheet(DIVERGENT_STYLE)
        else:
            self.flag.setText(self.tr("✓ Votes agree within one level: the median is a fair "
                                      "proposal."))
            self.flag.setStyleSheet(AGREED_STYLE)

    def _axis_text(self, axis: AxisSpread, label: Callable[[int], str]) -> str:
        return (self.tr("min %1 · <b>median %2</b> · max %3")
                .replace("%1", escape(f"{axis.low} {label(axis.low)}"))
                .replace("%2", escape(f"{axis.median} {label(axis.median)}"))
                .replace("%3", escape(f"{axis.high} {label(axis.high)}")))
