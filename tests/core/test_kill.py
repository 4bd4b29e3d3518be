"""Killed in the middle of a save (SIGKILL), the file is still one complete version."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from riskmap import storage
from tests.core.conftest import small_project
from tests.core.saver_process import versions

SAVER = Path(__file__).with_name("saver_process.py")
KILLS = int(os.environ.get("RISKMAP_KILLS", "100"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the saver forks (POSIX only)"),
]


class Saver:
    """The helper process: each `round` forks a saver, kills it at a random moment."""

    def __init__(self, path: Path, backup: bool) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(SAVER), str(path), "backup" if backup else "plain"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
        )

    def ask(self, command: str) -> int:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def round(self, delay: float) -> None:
        pid = self.ask("go")
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        assert self.ask("reap") == signal.SIGKILL

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()


@pytest.mark.parametrize("backup", [False, True], ids=["plain", "with-backup"])
def test_a_save_killed_at_any_moment_leaves_a_complete_version(tmp_path, backup):
    path = tmp_path / "mission.riskmap"
    storage.save(small_project(), path)
    original = path.read_bytes()
    a, b = (storage.dumps(p).encode("utf-8") for p in versions())
    complete = {original, a, b}
    rng = random.Random(20250304)
    saver = Saver(path, backup)
    seen = set()
    try:
        for _ in range(KILLS):
            # Most kills land inside the first saves, some before the first byte is written.
            saver.round(rng.uniform(0.0, 0.12))
            data = path.read_bytes()
            assert data in complete, f"{len(data)} bytes: not one of the complete versions"
            seen.add(data)
            if backup and storage.backup_path(path).exists():
                assert storage.backup_path(path).read_bytes() in complete
    finally:
        saver.close()
    assert len(seen) >= 2, "the saver was never killed after a completed save"
    assert storage.load(path).risks
    # A killed save may leave its hidden temporary file; the next save still works.
    storage.save(small_project(), path)
    assert storage.load(path).metadata.title == small_project().metadata.title
