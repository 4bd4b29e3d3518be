"""The core never imports Qt: importing every riskmap module loads no PySide6 module."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import importlib, pkgutil, sys
import riskmap
for info in pkgutil.walk_packages(riskmap.__path__, "riskmap."):
    if info.name not in ("riskmap.__main__",):
        importlib.import_module(info.name)
loaded = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "ui")))
print(",".join(loaded))
"""


def test_importing_every_riskmap_module_loads_no_qt():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""
