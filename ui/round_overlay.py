"""The round comparison the map and the heat map show (arrows, moves), one per document.
riskmap.rounds is imported when two rounds are first compared."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from riskmap.edits import Change
from riskmap.vocabulary import ScoreKind
from ui.document import Document

if TYPE_CHECKING:
    from riskmap.rounds import Comparison, Direction, Move

OBJECT_NAME = "round_overlay"


class RoundOverlay(QObject):
    """Which two rounds are compared on the views, if any. Views connect to `changed` and
    read `stage_arrows` (stage id -> up / down) and `heatmap_moves(kind)`."""

    changed = Signal()

    def __init__(self, document: Document) -> None:
        super().__init__(document)
        self.setObjectName(OBJECT_NAME)
        self.document = document
        self.rounds: tuple[str, str] | None = None  # round names or ids; "Current" allowed
        self.comparison: Comparison | None = None
        document.changed.connect(self._on_changed)
        document.reset.connect(self.clear)

    def show(self, before: str, after: str) -> None:
        """Compare two rounds on the views (by name or id; "Current" for now)."""
        self.rounds = (before, after)
        self._refresh()

    def clear(self) -> None:
        if self.rounds is not None or self.comparison is not None:
            self.rounds = None
            self.comparison = None
            self.changed.emit()

    @property
    def active(self) -> bool:
        return self.comparison is not None

    @property
    def stage_arrows(self) -> dict[uuid.UUID, Direction]:
        if self.comparison is None:
            return {}
        from riskmap.rounds import stage_directions

        return stage_directions(self.document.project, self.comparison)

    def heatmap_moves(self, kind: ScoreKind) -> list[Move]:
        if self.comparison is None:
            return []
        from riskmap.rounds import moves

        return moves(self.comparison, kind)

    def _refresh(self) -> None:
        if self.rounds is None:
            return
        from riskmap.rounds import compare_named

        try:
            self.comparison = compare_named(self.document.project, *self.rounds)
        except KeyError:  # a compared round was deleted (or the deletion undone)
            self.comparison = None
            self.rounds = None
        self.changed.emit()

    def _on_changed(self, _changes: tuple[Change, ...]) -> None:
        # The current state or the rounds may have moved: compare again.
        if self.rounds is not None:
            self._refresh()


def round_overlay(document: Document) -> RoundOverlay:
    """The document's overlay, created on first use."""
    found = document.findChild(RoundOverlay, OBJECT_NAME)
    return found if isinstance(found, RoundOverlay) else RoundOverlay(document)
