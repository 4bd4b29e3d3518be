"""The garbage collector is paused only while an export runs, whatever way it ends."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from riskmap.export.collector import collector_paused
from riskmap.export.options import ExportOptions
from riskmap.export.xlsx import export_xlsx
from riskmap.progress import Cancelled
from riskmap.testing import generate


def test_paused_inside_and_running_again_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_running_again_after_an_error() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_cancelled_export_leaves_the_collector_running(tmp_path: Path) -> None:
    seen: list[bool] = []

    def cancel(done: int, total: int, what: str) -> None:
        seen.append(gc.isenabled())
        raise Cancelled()

    with pytest.raises(Cancelled):
        export_xlsx(generate(stages=5, risks=10, measures=3), tmp_path / "out.xlsx",
                    ExportOptions(progress=cancel))
    assert seen == [False]
    assert gc.isenabled()
    assert not (tmp_path / "out.xlsx").exists()
