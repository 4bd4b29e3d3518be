"""Start-up without needless work while the window's modules load (issue 10)."""

from __future__ import annotations

import builtins
import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def loading_modules() -> Iterator[None]:
    """While many modules load at once (the window's: some 250), leave out

    - garbage collection. Loading makes tens of thousands of objects that live as long as
      the application (modules, classes, pydantic validators, Qt wrappers): collecting
      while they are made walks them again and again, and the first collection after
      walks them all once more (some 70 ms in all, 40 of them while a project opens).
      Afterwards they are frozen (gc.freeze: later collections skip them), and
      collections resume. What loading leaves as garbage is about a thousand objects.
    - PySide6's feature scan. PySide6 wraps `import` to find the modules that use its
      opt-in `from __feature__ import snake_case` syntax: it reads the whole source of
      each module imported, looking for the word "PySide6" (some 35 ms). riskmap uses no
      such feature, which is what PySide6 assumes of a module it has not scanned.

    Both come back as they were, so that uses may nest."""
    collecting = gc.isenabled()
    gc.disable()
    scanning_import = builtins.__import__
    plain_import = getattr(builtins, "__orig_import__", None)  # where PySide6 keeps it
    if plain_import is not None:
        builtins.__import__ = plain_import
    try:
        yield
    finally:
        builtins.__import__ = scanning_import
        gc.freeze()
        if collecting:
            gc.enable()
