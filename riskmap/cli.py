"""The riskmap command line (contract in DESIGN.md): one-line errors, exit status 2."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from riskmap import __version__, storage
from riskmap.errors import FileError, RiskmapError
from riskmap.model import Project

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2
COMMANDS = ("export", "validate", "import", "new", "profiles", "schema", "merge")


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage mistakes in one line, like every other error."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: "--password SECRET" must not pass for "--password-file SECRET".
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="riskmap", description="Corruption risk mapping for Customs "
                     "administrations. Without a command, opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"riskmap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    export = sub.add_parser("export", help="export a project to Excel, PDF or SVG")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--xlsx", type=Path, metavar="OUT", help="Excel workbook to write")
    export.add_argument("--pdf", type=Path, metavar="OUT", help="PDF report to write")
    export.add_argument("--svg", type=Path, metavar="OUTDIR", help="folder for SVG drawings")
    export.add_argument("--lang", choices=("en", "fr", "es"), default="en")
    export.add_argument("--second-lang", choices=("en", "fr", "es"),
                        help="second language for bilingual PDF headings")
    export.add_argument("--paper", choices=("a4", "letter"), default="a4")
    export.add_argument("--palette", choices=("default", "colourblind"), default="default",
                        help="band colours: the profile's own, or colour-blind safe (bands "
                        "also differ in lightness, so they read in greyscale)")
    export.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"),
                        help='compare two rounds by name ("Current" for now): adds a '
                        "Comparison sheet and a comparison section")
    export.add_argument("--redact", action="store_true",
                        help="remove names of people and free-text evidence")
    _password_option(export)

    validate = sub.add_parser("validate", help="check projects; 0 valid, 1 problems, 2 unreadable")
    validate.add_argument("files", type=Path, nargs="+", metavar="FILE")
    _password_option(validate)

    imp = sub.add_parser("import", help="read an Excel register into a project")
    imp.add_argument("register", type=Path, metavar="REGISTER.xlsx")
    imp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                     help="project to update (our own workbook) or to create (any register)")
    imp.add_argument("--dry-run", action="store_true", help="report changes, write nothing")
    imp.add_argument("--force", action="store_true",
                     help="replace FILE with the project read from a foreign register")
    _password_option(imp)

    new = sub.add_parser("new", help="create a project, blank or from a template")
    new.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    new.add_argument("--template", metavar="NAME", help="process template from the library")
    new.add_argument("--profile", metavar="NAME", default="wco-5x5", help="scale profile key")
    new.add_argument("--title", help="project title")
    new.add_argument("--lang", choices=("en", "fr", "es"), default="en")
    new.add_argument("--force", action="store_true", help="replace an existing file")
    _password_option(new, "encrypt the new project with the password on its first line")

    merge = sub.add_parser("merge", help="combine two edited copies of one project; "
                           "0 merged, 1 conflicts (listed, mine kept), 2 unreadable")
    merge.add_argument("base", type=Path, metavar="BASE", help="the copy both started from")
    merge.add_argument("mine", type=Path, metavar="MINE", help="your edited copy")
    merge.add_argument("theirs", type=Path, metavar="THEIRS", help="the other edited copy")
    merge.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                       help="merged project to write (if it is MINE or THEIRS, the old "
                       "file is kept as OUT.bak)")
    merge.add_argument("--theirs-wins", action="store_true",
                       help="on a conflict keep theirs (default: keep mine)")
    _password_option(merge, "file whose first line is the password of encrypted copies; "
                     "the merged project is encrypted with it too")

    sub.add_parser("profiles", help="list the built-in scale profiles")
    sub.add_parser("schema", help="print the JSON Schema of the .riskmap format")
    return parser


def _password_option(parser: argparse.ArgumentParser,
                     text: str = "file whose first line is the project password") -> None:
    parser.add_argument("--password-file", type=Path, metavar="FILE", help=text)


MAX_PASSWORD_FILE = 4096


def password_of(args: argparse.Namespace) -> str | None:
    """The first line of --password-file, if given (a password never goes on the command
    line, where other users could read it in the process list)."""
    path: Path | None = getattr(args, "password_file", None)
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            first = handle.read(MAX_PASSWORD_FILE).splitlines()
    except FileNotFoundError:
        raise FileError(path, "no such password file") from None
    except OSError as exc:
        raise FileError(path, f"cannot read the password file ({exc.strerror})") from None
    try:
        password = first[0].decode("utf-8-sig") if first else ""
    except UnicodeDecodeError:
        raise FileError(path, "the password file is not UTF-8 text") from None
    if not password:
        raise FileError(path, "the password file is empty; its first line is the password")
    return password


def _load(path: Path, args: argparse.Namespace) -> Project:
    return storage.load(path, password=password_of(args))


def _cmd_validate(args: argparse.Namespace) -> int:
    from riskmap.checks import check_project
    from riskmap.graph import check_graphs

    status = EXIT_OK
    for path in args.files:
        try:
            project = _load(path, args)
        except RiskmapError as exc:
            print(f"riskmap: error: {exc}", file=sys.stderr)
            status = EXIT_ERROR
            continue
        # Both checks see a dangling flow; list each problem once.
        problems = list(dict.fromkeys([*check_project(project), *check_graphs(project)]))
        for problem in problems:
            print(f"{path}: {problem}")
        if problems:
            status = max(status, EXIT_PROBLEMS)
        else:
            stages = len(project.all_stages())
            n_proc = len(project.processes)
            print(f"{path}: valid ({n_proc} process{'es' if n_proc != 1 else ''}, {stages} stages, "
                  f"{len(project.risks)} risks, {len(project.measures)} measures)")
    return status


def _cmd_profiles(args: argparse.Namespace) -> int:
    from riskmap.scales import builtin_profiles

    for profile in builtin_profiles():
        n_l, n_i = profile.size
        bands = ", ".join(f"{b.name} >= {b.min_score}" for b in profile.bands)
        print(f"{profile.key:<24} {profile.name} - {n_l} x {n_i}, {profile.method}, {bands}")
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    from riskmap.migrations import FORMAT, FORMAT_VERSION
    from riskmap.model import Project

    schema = Project.model_json_schema()
    schema["title"] = "riskmap project file"
    schema["properties"] = {
        "format": {"const": FORMAT},
        "format_version": {"const": FORMAT_VERSION},
        **schema["properties"],
    }
    schema["required"] = ["format", "format_version", *schema.get("required", [])]
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return EXIT_OK


def _cmd_new(args: argparse.Namespace) -> int:
    from riskmap import library

    if args.output.exists() and not args.force:
        raise FileError(args.output, "already exists; choose another name or use --force")
    try:
        if args.template:
            project = library.project_from_template(args.template, args.lang, args.profile)
        else:
            project = library.blank_project(profile_key=args.profile)
    except KeyError as exc:
        raise RiskmapError(str(exc.args[0]) if exc.args else str(exc)) from None
    if args.title:
        project.metadata.title = args.title
    storage.save(project, args.output, password=password_of(args))
    stages = len(project.all_stages())
    print(f"{args.output}: created ({stages} stages, profile {project.profile.key})")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from riskmap.cli_export import run_export

    if not (args.xlsx or args.pdf or args.svg):
        raise RiskmapError("export: say what to write with --xlsx OUT, --pdf OUT or --svg OUTDIR")
    project = _load(args.file, args)
    run_export(project, args)
    return EXIT_OK


def _cmd_merge(args: argparse.Namespace) -> int:
    from riskmap.merge import merge

    password = password_of(args)
    base, mine, theirs = (storage.load(path, password=password)
                          for path in (args.base, args.mine, args.theirs))
    result = merge(base, mine, theirs, theirs_wins=args.theirs_wins)
    inputs = {path.resolve() for path in (args.base, args.mine, args.theirs)}
    storage.save(result.project, args.output, password=password,
                 backup=args.output.resolve() in inputs)
    for conflict in result.conflicts:
        print(f"conflict: {conflict}")
    for note in result.notes:
        print(f"note: {note}")
    print(f"{args.output}: {result.summary}")
    return EXIT_PROBLEMS if result.conflicts else EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from riskmap.cli_import import run_import

    return run_import(args, password_of(args))


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "validate": _cmd_validate,
    "profiles": _cmd_profiles,
    "schema": _cmd_schema,
    "new": _cmd_new,
    "export": _cmd_export,
    "import": _cmd_import,
    "merge": _cmd_merge,
}


def _open_app(argv: Sequence[str]) -> int:
    parser = _Parser(prog="riskmap", description="Open the riskmap desktop app.",
                     epilog=f"Commands: {', '.join(COMMANDS)} (riskmap COMMAND --help).")
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE")
    parser.add_argument("--version", action="version", version=f"riskmap {__version__}")
    args = parser.parse_args(argv)
    return int(_desktop_app()(args.file))


def _desktop_app() -> Callable[[Path | None], int]:
    """The desktop app's entry point. The core does not import the app (the app is built
    on the core, never the reverse): the app registers itself under the "riskmap.app"
    entry point (pyproject.toml), found here when installed."""
    from importlib.metadata import entry_points

    for entry in entry_points(group="riskmap.app", name="desktop"):
        launch: Callable[[Path | None], int] = entry.load()
        return launch
    raise RiskmapError("the desktop app is not installed (pip install riskmap)")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `riskmap` command; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        try:
            return _open_app(argv)
        except RiskmapError as exc:
            print(f"riskmap: error: {exc}", file=sys.stderr)
            return EXIT_ERROR
    args = _build_parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except RiskmapError as exc:
        print(f"riskmap: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("riskmap: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: still one line, unless debugging
        if os.environ.get("RISKMAP_DEBUG"):
            raise
        print(f"riskmap: error: unexpected {type(exc).__name__}: {exc} "
              "(set RISKMAP_DEBUG=1 for details)", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
