"""Exports run off the GUI thread with progress, can be cancelled, and offer the file."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget

from riskmap.edits import Remove
from riskmap.errors import FileError
from ui.export_runner import ExportRunner


@pytest.fixture
def runner(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    runner = ExportRunner(window)
    yield runner
    runner.cancel()
    runner.pool.waitForDone(5000)


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def write_codes(project, target: Path, options):
    """A fake exporter: one line a risk, with progress."""
    total = len(project.risks)
    for done, risk in enumerate(project.risks, start=1):
        options.progress(done, total, risk.code)
    target.write_text("\n".join(r.code for r in project.risks), encoding="utf-8")


def test_export_writes_the_file_and_offers_to_open_it(qtbot, runner, document, tmp_path,
                                                      opened):
    target = tmp_path / "register.txt"
    progress = []
    runner._signals.progress.connect(lambda done, total, what: progress.append(what))
    with qtbot.waitSignal(runner.succeeded, timeout=5000) as done:
        assert runner.start(write_codes, document.project, target, options(), "Exporting")
    assert done.args == [target]
    assert target.read_text(encoding="utf-8").splitlines() == ["R-001", "R-002", "R-003",
                                                                "R-004"]
    assert progress[-1] == "R-004"
    assert not runner.busy
    runner.button("Open the file").click()
    assert [url.toLocalFile() for url in opened] == [str(target)]


def test_cancel_stops_the_export_and_writes_nothing(qtbot, runner, document, tmp_path):
    def endless(project, target, options):
        while True:
            options.progress(1, 2, "working")
            threading.Event().wait(0.005)

    target = tmp_path / "never.txt"
    with qtbot.waitSignal(runner._signals.progress, timeout=5000):
        runner.start(endless, document.project, target, options(), "Exporting")
    assert runner.busy
    assert not runner.start(write_codes, document.project, target, options(), "Again")
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        cancel = runner.dialog.findChild(QPushButton)
        assert cancel.text() == "Cancel"
        cancel.click()
    assert not target.exists()
    assert not runner.busy


def test_the_export_works_on_a_copy_taken_when_it_starts(qtbot, runner, document, tmp_path):
    go = threading.Event()
    seen = []

    def slow(project, target, options):
        options.progress(0, 1, "waiting")
        go.wait(5)
        seen.append(len(project.risks))

    with qtbot.waitSignal(runner._signals.progress, timeout=5000):
        runner.start(slow, document.project, tmp_path / "x", options(), "Exporting")
    # The user keeps working while the export runs.
    document.apply(Remove(risk_ids=[document.project.risks[0].id]))
    with qtbot.waitSignal(runner.finished, timeout=5000):
        go.set()
    assert seen == [4]
    assert len(document.project.risks) == 3


def test_a_failed_export_says_why(qtbot, runner, document, tmp_path):
    def failing(project, target, options):
        raise FileError(target, "cannot write (Permission denied)")

    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.start(failing, document.project, tmp_path / "x.xlsx", options(), "Exporting")
    assert "Permission denied" in failed.args[0]
    assert "Permission denied" in runner.done_box.text()


def options():
    from riskmap.export.options import ExportOptions

    return ExportOptions()
