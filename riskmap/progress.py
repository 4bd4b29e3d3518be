"""Progress reporting and cancellation for long work (exports, imports)."""

from __future__ import annotations

from collections.abc import Callable

# progress(done, total, what): called now and then during long work. To cancel, the
# callback raises Cancelled; the work stops and leaves no half-written output.
ProgressCallback = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised by a progress callback to stop the work."""


def no_progress(done: int, total: int, what: str) -> None:
    """The default callback: report nothing."""
