"""`riskmap import`: a manager's edits back from our workbook, or a foreign register."""

from __future__ import annotations

import argparse

from riskmap import storage
from riskmap.errors import FileError
from riskmap.importers import apply_import, import_register, is_riskmap_workbook

EXIT_OK, EXIT_PROBLEMS = 0, 1


def run_import(args: argparse.Namespace, password: str | None) -> int:
    """Our own workbook updates FILE (matched by code); any other register creates FILE.
    Problems are listed and never guessed: exit 1 when there were any."""
    register, output = args.register, args.output
    ours = is_riskmap_workbook(register)
    if ours:
        if not output.exists():
            raise FileError(output, "no such project; a riskmap workbook updates the "
                            "project it was exported from")
        project = storage.load(output, password=password)
        report = import_register(register, project)
    else:
        if output.exists() and not args.force and not args.dry_run:
            raise FileError(output, "already exists; a foreign register makes a new "
                            "project (choose another name or use --force)")
        project = None
        report = import_register(register)
    for line in report.lines():
        print(line)
    updated = report.project
    if updated is None and project is not None and report.changes:
        updated = apply_import(project, report)
    if args.dry_run:
        print("dry run: nothing written")
    elif updated is not None:
        # An encrypted project stays encrypted with the same password; the previous
        # version of an updated project is kept as FILE.bak.
        storage.save(updated, output, password=password, backup=ours)
        print(f"wrote {output}")
    return EXIT_PROBLEMS if report.problems else EXIT_OK
