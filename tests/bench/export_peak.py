"""Run one export of a saved project in a fresh process and print its time and peak memory."""

from __future__ import annotations

import contextlib
import gc
import json
import resource
import sys
import time
from pathlib import Path

STATUS = Path("/proc/self/status")


def _status_mb(field: str) -> float:
    """A memory line of /proc/self/status (Linux), in MB."""
    for line in STATUS.read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


def main(kind: str, project_path: str, out: str) -> None:
    from riskmap import storage
    from riskmap.export.options import ExportOptions

    if kind == "xlsx":
        from riskmap.export.xlsx import export_xlsx as export
    else:
        from riskmap.export.pdf import export_pdf as export
    project = storage.load(Path(project_path))
    gc.collect()
    # ru_maxrss is in kilobytes on Linux, where this suite runs.
    load_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    before = _status_mb("VmRSS")
    # Writing 5 to clear_refs restarts the peak (VmHWM) from the memory in use now; where
    # that is not allowed, the peak below is the whole process's.
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    start = time.perf_counter()
    export(project, Path(out), ExportOptions())
    seconds = time.perf_counter() - start
    export_peak = _status_mb("VmHWM")
    print(json.dumps({"seconds": seconds, "before_mb": before, "export_peak_mb": export_peak,
                      "process_peak_mb": max(load_peak, export_peak)}))


if __name__ == "__main__":
    main(*sys.argv[1:4])
