"""The dashboard: risks by band (inherent, residual, target), top residual risks, measures
by status, coverage of the 10 key factors, overdue measures."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from riskmap.analysis import (
    HeatmapGrid,
    Rating,
    heatmap_grid,
    key_factor_coverage,
    measures_by_status,
    overdue_measures,
    update_grid,
)
from riskmap.edits import Change, EntityType
from riskmap.vocabulary import (
    MEASURE_STATUS_LABELS,
    SCORE_KIND_LABELS,
    MeasureStatus,
    ScoreKind,
)
from ui.colours import (
    ACCENT,
    CARD_BORDER,
    MUTED_TEXT,
    OVERDUE_TEXT,
    UNSCORED,
    band_colour,
    band_palette,
    band_tint,
)
from ui.document import Document
from ui.fonts import set_relative_font
from ui.language import domain_tr
from ui.on_screen import in_dock, on_screen
from ui.texts import (
    band_text,
    holder_id,
    key_factor_name,
    key_factor_short,
    rating_text,
    short,
)
from ui.widgets.bars import BandCountsChart, Bar, BarList

TOP_RISKS = 10
MAX_LISTED = 100  # overdue measures listed; the plan's filter shows them all
STATUS_COLOURS = {
    MeasureStatus.PLANNED: QColor("#9AA5B1"), MeasureStatus.IN_PROGRESS: ACCENT,
    MeasureStatus.DONE: QColor("#2E7D32"), MeasureStatus.DELAYED: QColor("#C62828"),
    MeasureStatus.CANCELLED: QColor("#C5CCD3"),
}
ID_ROLE = Qt.ItemDataRole.UserRole
UNSCORED_KEY = "Unscored"  # how band_counts counts unscored risks beside the band names


def band_counts(grid: HeatmapGrid) -> Counter[str]:
    """Risks by band name (and "Unscored") of one heat-map grid: a sum over its cells."""
    counts: Counter[str] = Counter()
    for cell in grid.cells.values():
        counts[cell.band.name] += cell.count
    if grid.unscored:
        counts[UNSCORED_KEY] = len(grid.unscored)
    return counts


def top_of(grid: HeatmapGrid, count: int) -> list[tuple[uuid.UUID, Rating]]:
    """The first risks of the ranking (score, impact, likelihood, then code), read from the
    cells of the residual grid: no sort of every risk."""
    cells = sorted(grid.cells.values(), key=lambda c: (c.score, c.impact, c.likelihood),
                   reverse=True)
    return list(itertools.islice(
        ((risk_id, Rating(cell.likelihood, cell.impact, cell.score, cell.band))
         for cell in cells for risk_id in cell.risk_ids), count))


def card(title: str, body: QWidget, parent: QWidget, width: int) -> QFrame:
    """A titled white box; the dashboard is a row of them."""
    frame = QFrame(parent)
    frame.setObjectName("card")
    frame.setStyleSheet(f"#card {{ background: white; border: 1px solid {CARD_BORDER.name()};"
                        " border-radius: 6px; }")
    heading = QLabel(title, frame)
    set_relative_font(heading, 1.1, bold=True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 8)
    # At least `width`; wider when the content needs it (longer words in French, Spanish).
    layout.addStrut(width - 20)
    layout.addWidget(heading)
    layout.addWidget(body)
    layout.addStretch(1)
    return frame


def _list(parent: QWidget) -> QListWidget:
    items = QListWidget(parent)
    items.setFrameShape(QFrame.Shape.NoFrame)
    items.setMinimumHeight(120)
    items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    items.setSpacing(1)
    return items


class DashboardPanel(QWidget):
    """Counts every risk of each kind once (on open, or when the profile changes), then
    follows edits: a risk edit moves only the risks it names in its three grids, a measure
    edit recounts the measures. Out of sight (hidden, or behind another dock's tab), it
    only notes what changed, and catches up when shown (see catch_up)."""

    def __init__(self, document: Document, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._today = today
        self.summary = QLabel(self)
        set_relative_font(self.summary, 1.15)
        self.bands = BandCountsChart(self)
        self.top_risks = _list(self)
        self.statuses = BarList(90, self)
        self.coverage = BarList(135, self)  # room for "2 Réglementation"
        self.overdue = _list(self)
        row = QWidget(self)
        cards = QHBoxLayout(row)
        cards.setContentsMargins(0, 0, 0, 0)
        cards.setSpacing(6)
        for title, body, width in ((self.tr("Risks by band"), self.bands, 280),
                                   (self.tr("Top residual risks"), self.top_risks, 320),
                                   (self.tr("Measures by status"), self.statuses, 210),
                                   (self.tr("Key factors (measures)"), self.coverage, 250),
                                   (self.tr("Overdue measures"), self.overdue, 240)):
            cards.addWidget(card(title, body, row, width))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self.top_risks.itemClicked.connect(self._select_risk)
        self.overdue.itemClicked.connect(self._select_measure)
        self.top_risks.itemActivated.connect(self._select_risk)  # Enter, by keyboard
        self.overdue.itemActivated.connect(self._select_measure)
        self.top_risks.setAccessibleName(self.tr("Top residual risks"))
        self.overdue.setAccessibleName(self.tr("Overdue measures"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(100)  # a burst of edits gives one refresh
        self._timer.timeout.connect(lambda: self.catch_up() if on_screen(self) else None)
        # Each kind's heat-map grid, kept current edit by edit (None: count afresh when
        # next on screen; nothing is counted before the panel first shows).
        self._grids: dict[ScoreKind, HeatmapGrid] | None = None
        # What edits touched while out of sight: risks to move, measures to recount.
        self._pending_risks: dict[uuid.UUID, None] = {}
        self._pending_measures = False
        self._counts: dict[ScoreKind, Counter[str]] = {}
        self._late = 0
        document.changed.connect(self._on_changed)
        document.reset.connect(self._schedule)
        band_palette().changed.connect(self._schedule)

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def _on_changed(self, changes: Sequence[Change]) -> None:
        if self._grids is None or any(
                c.entity is EntityType.PROJECT for c in changes):  # e.g. another profile
            self._schedule()
            return
        self._pending_risks.update(dict.fromkeys(
            c.id for c in changes if c.entity is EntityType.RISK and c.id is not None))
        self._pending_measures |= any(c.entity is EntityType.MEASURE for c in changes)
        if on_screen(self):  # shown: the edit shows at once
            self.catch_up()

    def _schedule(self) -> None:
        """Count afresh: when next shown, or after a burst of edits (a profile switch, an
        import) while on screen."""
        self._grids = None
        if on_screen(self):
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not in_dock(self):  # a dock says when its tab shows: see ui.views
            self.catch_up()  # never show stale numbers, even for a moment

    def catch_up(self) -> None:
        """Bring the numbers up to date with the edits made while out of sight: count
        afresh after a profile switch or an open, else move only the risks edited."""
        if self._grids is None:
            self.refresh()
            return
        risks, self._pending_risks = list(self._pending_risks), {}
        measures, self._pending_measures = self._pending_measures, False
        if risks:
            for grid in self._grids.values():
                update_grid(grid, self.document.project, risks)
            self._show_risks()
        if measures:
            self._show_measures()
        if risks or measures:
            self._show_summary()

    def refresh(self) -> None:
        self._timer.stop()
        self._pending_risks, self._pending_measures = {}, False
        project = self.document.project
        self._grids = {kind: heatmap_grid(project, kind) for kind in ScoreKind}
        self._show_risks()
        self._show_measures()
        self._show_summary()

    def _show_risks(self) -> None:
        """Band counts and top risks, from the grids."""
        assert self._grids is not None
        project = self.document.project
        kinds = list(ScoreKind)
        counts = self._counts = {kind: band_counts(self._grids[kind]) for kind in kinds}
        rows = [(band_text(band.name), band_colour(band, project.profile),
                 [counts[k].get(band.name, 0) for k in kinds])
                for band in reversed(project.profile.bands)]
        if any(UNSCORED_KEY in counts[k] for k in kinds):
            rows.append((self.tr("Unscored"), QColor(UNSCORED),
                         [counts[k].get(UNSCORED_KEY, 0) for k in kinds]))
        self.bands.set_counts([domain_tr(SCORE_KIND_LABELS[k]) for k in kinds], rows)
        self._fill_top_risks()

    def _show_measures(self) -> None:
        project = self.document.project
        statuses = measures_by_status(project)
        self.statuses.set_bars([Bar(domain_tr(MEASURE_STATUS_LABELS[s]), n, STATUS_COLOURS[s])
                                for s, n in statuses.items()])
        self.coverage.set_bars([
            Bar(f"{int(c.factor)} {key_factor_short(c.factor)}", c.measures, ACCENT,
                self.tr("{measures} ({done} done)").format(measures=c.measures, done=c.done)
                if c.measures else self.tr("none"),
                self.tr("{factor}: {measures}, {done} done, covering {risks}").format(
                    factor=key_factor_name(c.factor),
                    measures=self.tr("%n measure(s)", "", c.measures), done=c.done,
                    risks=self.tr("%n risk(s)", "", c.risks)))
            for c in key_factor_coverage(project)])
        self._late = self._fill_overdue()

    def _show_summary(self) -> None:
        project = self.document.project
        late = self._late
        residual = self._counts[ScoreKind.RESIDUAL]
        top_band = project.profile.bands[-1].name
        overdue = (f"<span style='color:{OVERDUE_TEXT.name()}'>"
                   + self.tr("<b>%n</b> overdue", "", late) + "</span>" if late
                   else self.tr("none overdue"))
        self.summary.setText(" · ".join((
            self.tr("<b>%n</b> risk(s)", "", len(project.risks)),
            self.tr("<b>{count}</b> {band} residual").format(
                count=residual.get(top_band, 0), band=band_text(top_band).lower()),
            self.tr("<b>%n</b> measure(s)", "", len(project.measures)),
            overdue)))

    def _fill_top_risks(self) -> None:
        assert self._grids is not None
        project = self.document.project
        self.top_risks.clear()
        top = top_of(self._grids[ScoreKind.RESIDUAL], TOP_RISKS)
        for rank, (risk_id, rating) in enumerate(top, start=1):
            risk = project.index.risks[risk_id]
            row = QListWidgetItem(f"{rank}. {risk.code}  {rating_text(rating)}"
                                  f" — {short(risk.statement, 60)}")
            row.setData(ID_ROLE, str(risk.id))
            row.setToolTip(risk.statement)
            row.setBackground(band_tint(rating.band, project.profile))
            self.top_risks.addItem(row)
        if not top:
            self.top_risks.addItem(self.tr("No risk scored yet"))

    def _fill_overdue(self) -> int:
        self.overdue.clear()
        late = overdue_measures(self.document.project, self.today)
        for measure in late[:MAX_LISTED]:
            assert measure.deadline is not None
            days = (self.today - measure.deadline).days
            row = QListWidgetItem(f"{measure.code}  " + self.tr("%n day(s) late", "", days)
                                  + f" — {short(measure.title, 50)}")
            row.setData(ID_ROLE, str(measure.id))
            row.setToolTip(measure.title + "\n" + self.tr("Deadline {date}, owner {owner}")
                           .format(date=measure.deadline.isoformat(), owner=measure.owner or "—"))
            row.setForeground(OVERDUE_TEXT)
            self.overdue.addItem(row)
        if len(late) > MAX_LISTED:
            more = QListWidgetItem(self.tr("… and {count} more (filter the action plan on "
                                           "“Overdue only”)").format(
                                               count=len(late) - MAX_LISTED))
            more.setForeground(MUTED_TEXT)
            self.overdue.addItem(more)
        if not late:
            empty = QListWidgetItem(self.tr("No measure is overdue"))
            empty.setForeground(MUTED_TEXT)
            self.overdue.addItem(empty)
        return len(late)

    def _select_risk(self, item: QListWidgetItem) -> None:
        value = item.data(ID_ROLE)
        if value:
            risk = self.document.project.index.risks.get(uuid.UUID(value))
            if risk is not None:
                holder = holder_id(risk)
                self.document.select([risk.id] + ([holder] if holder else []))

    def _select_measure(self, item: QListWidgetItem) -> None:
        value = item.data(ID_ROLE)
        if value:
            self.document.select([uuid.UUID(value)])
