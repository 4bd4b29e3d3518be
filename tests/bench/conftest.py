"""Benchmark harness: each figure is measured beside its floor and printed in one table."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from riskmap import storage
from riskmap.model import Project
from riskmap.testing import generate

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = {
    "workshop": {"stages": 40, "risks": 150, "measures": 60},
    "national": {"stages": 1000, "risks": 10_000, "measures": 4000},
}


@dataclass
class Figure:
    name: str
    size: str
    seconds: float
    floor_name: str = ""
    floor: float | None = None
    target: float | None = None  # seconds
    note: str = ""
    max_ratio: float | None = None  # at most this many times its floor

    @property
    def ratio(self) -> float | None:
        return self.seconds / self.floor if self.floor else None

    @property
    def met(self) -> bool:
        in_time = self.target is None or self.seconds <= self.target
        ratio = self.ratio
        near_floor = self.max_ratio is None or (ratio is not None and ratio <= self.max_ratio)
        return in_time and near_floor


FIGURES: list[Figure] = []


def timed(fn: Callable[[], object], rounds: int = 3) -> float:
    """Median wall time of `rounds` calls."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def record(figure: Figure) -> Figure:
    FIGURES.append(figure)
    return figure


def measure(benchmark, fn: Callable[[], object], rounds: int = 3) -> float:
    """Run fn under pytest-benchmark and return its median."""
    benchmark.pedantic(fn, rounds=rounds, iterations=1, warmup_rounds=0)
    return float(benchmark.stats.stats.median)


@pytest.fixture(scope="session")
def projects(tmp_path_factory) -> dict[str, tuple[Project, Path]]:
    folder = tmp_path_factory.mktemp("bench")
    result = {}
    for size, counts in SIZES.items():
        project = generate(seed=1, **counts)
        path = folder / f"{size}.riskmap"
        storage.save(project, path)
        result[size] = (project, path)
    return result


def _fmt(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 0.01:  # a floor of a fraction of a millisecond still reads as a number
        return f"{seconds * 1000:.2f} ms"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def pytest_terminal_summary(terminalreporter) -> None:
    if not FIGURES:
        return
    write = terminalreporter.write_line
    write("")
    write(f"riskmap benchmarks on {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    header = f"{'figure':<46}{'size':<10}{'time':>10}  {'floor':<30}{'ratio':>7}  target"
    write(header)
    write("-" * len(header))
    for f in FIGURES:
        floor = f"{_fmt(f.floor)} {f.floor_name}" if f.floor else "-"
        ratio = f"{f.ratio:.1f}x" if f.ratio else "-"
        limits = ([f"< {_fmt(f.target)}"] if f.target else []) + (
            [f"<= {f.max_ratio:g}x"] if f.max_ratio else [])
        target = f"{', '.join(limits)} {'ok' if f.met else 'MISSED'}" if limits else ""
        write(f"{f.name:<46}{f.size:<10}{_fmt(f.seconds):>10}  {floor:<30}{ratio:>7}  {target}"
              + (f"  ({f.note})" if f.note else ""))
