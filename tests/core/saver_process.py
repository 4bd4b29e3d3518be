"""Helper process of test_kill: forks savers that overwrite one project file until killed.

Reads commands on stdin: "go" forks a child that saves version A, then B, then A... to
PATH forever (with backups when asked) and prints the child's pid; "reap" waits for that
child and prints how it ended. Importing riskmap once here keeps each round fast.
"""

from __future__ import annotations

import os
import sys

from riskmap import storage
from riskmap.model import Project
from riskmap.testing import generate


def versions() -> tuple[Project, Project]:
    """Two different complete projects (the test rebuilds the same ones to compare)."""
    return generate(40, 150, 60, seed=1), generate(30, 90, 40, seed=2)


def main() -> None:
    path, backup = sys.argv[1], sys.argv[2] == "backup"
    a, b = versions()
    child = 0
    for line in sys.stdin:
        command = line.strip()
        if command == "go":
            child = os.fork()
            if child == 0:
                while True:
                    storage.save(a, path, backup=backup)
                    storage.save(b, path, backup=backup)
            print(child, flush=True)
        elif command == "reap":
            _, status = os.waitpid(child, 0)
            print(os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1, flush=True)
        else:
            return


if __name__ == "__main__":
    main()
