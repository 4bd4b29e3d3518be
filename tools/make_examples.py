"""Write the example projects to examples/ (run after editing their data; --check to verify)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout where riskmap is not installed
    sys.path.insert(0, str(ROOT))

import example_landborder  # noqa: E402
import example_seaport  # noqa: E402

from riskmap import storage  # noqa: E402
from riskmap.checks import check_project  # noqa: E402
from riskmap.model import Project  # noqa: E402

OUT = ROOT / "examples"

EXAMPLES: dict[str, Callable[[], Project]] = {
    "seaport-import.riskmap": example_seaport.build,
    "landborder-transit.riskmap": example_landborder.build,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true",
                        help="only report examples that are missing or out of date")
    args = parser.parse_args(argv)
    stale = []
    for name, build in EXAMPLES.items():
        project = build()
        problems = check_project(project)
        if problems:
            for problem in problems:
                print(f"{name}: {problem}", file=sys.stderr)
            return 1
        path = OUT / name
        text = storage.dumps(project)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(name)
        if not args.check:
            storage.save(project, path)
            print(f"wrote {path}")
    if args.check and stale:
        print(f"out of date: {', '.join(stale)} (run tools/make_examples.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
