"""Pause Python's cyclic garbage collector while an export builds a large document."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block; the collector runs again after it.

    A national workbook or report is hundreds of thousands of cells, flowables and
    pages that all stay alive until the file is written. The collector would walk every
    one of them again each time the heap grew by a quarter, which costs about a sixth of
    the export and frees nothing. Reference counting still frees everything else at once.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
