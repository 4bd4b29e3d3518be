"""Load and save .riskmap files: UTF-8 JSON, stable key order, atomic writes (contract)."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import annotated_types
from pydantic import BaseModel, ValidationError

from riskmap.crypto import decrypt_document, encrypt_document, is_envelope
from riskmap.errors import FileError, LimitError, NewerFormatError, PasswordError
from riskmap.migrations import FORMAT, FORMAT_VERSION, migrate
from riskmap.model import Metadata, Process, Project

MAX_FILE_BYTES = 100 * 1024 * 1024  # the national map is about 18 MB
SUFFIX = ".riskmap"
BACKUP_SUFFIX = ".bak"
NEEDS_PASSWORD = "this project is encrypted; a password is needed"
# What a file should have been, in parse_json, read_json and validated.
KINDS = ("a riskmap file", "a library file", "a scale profile")
# Why it is not (one sentence a kind of file, so that each translates whole).
NOT_JSON = {
    (kind, why): f"not {kind} ({why})"
    for kind in KINDS
    for why in ("invalid JSON: {detail}", "JSON nested too deeply", "a number is far too long",
                "nested too deeply")
}
MORE_PROBLEMS = " (and {more} more problems)"
PROBLEM_TEXT = {
    "string": "text too long ({length:,} characters; riskmap accepts up to {limit:,})",
    "list": "too many items ({length:,}; riskmap accepts up to {limit:,})",
    "other": "{msg}",
}
# The first problem of a validation, with or without the number of others.
FIRST_PROBLEM = {(kind, more): text + MORE_PROBLEMS if more else text
                 for kind, text in PROBLEM_TEXT.items() for more in (False, True)}
TOO_MANY = {
    "processes": "{path}: too many processes ({count:,}; riskmap accepts up to {limit:,})",
    "risks": "{path}: too many risks ({count:,}; riskmap accepts up to {limit:,})",
    "measures": "{path}: too many measures ({count:,}; riskmap accepts up to {limit:,})",
    "rounds": "{path}: too many rounds ({count:,}; riskmap accepts up to {limit:,})",
    "audit_log": "{path}: too many audit log ({count:,}; riskmap accepts up to {limit:,})",
    "participants": "{path}: too many participants ({count:,}; riskmap accepts up to "
                    "{limit:,})",
    "stages": "{path}: too many stages ({count:,}; riskmap accepts up to {limit:,})",
    "flows": "{path}: too many flows ({count:,}; riskmap accepts up to {limit:,})",
}
M = TypeVar("M", bound=BaseModel)


def dumps(project: Project) -> str:
    """The file text of a project: pretty-printed, keys in model order, one final newline."""
    return text_of(project.model_dump(mode="json"))


def text_of(body: dict[str, Any]) -> str:
    """The file text of a dumped project (Project.model_dump(mode="json"))."""
    document = {"format": FORMAT, "format_version": FORMAT_VERSION, **body}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def loads(text: str, source: Path | str = "<text>") -> Project:
    """Parse file text into a project; FileError names the place of any problem."""
    return from_document(parse_json(text, source, "a riskmap file"), source)


def parse_json(text: str, source: Path | str, what: str) -> Any:
    """The JSON document in a text; FileError, saying it is not `what` ("a riskmap file")
    and where, otherwise."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileError(source, NOT_JSON[what, "invalid JSON: {detail}"],
                        "line {line} column {column}", detail=exc.msg, line=exc.lineno,
                        column=exc.colno) from None
    except RecursionError:
        raise FileError(source, NOT_JSON[what, "JSON nested too deeply"]) from None
    except ValueError:  # an integer of thousands of digits
        raise FileError(source, NOT_JSON[what, "a number is far too long"]) from None


def from_document(document: Any, source: Path | str = "<document>") -> Project:
    """Check the envelope, migrate, and validate a parsed document."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        if isinstance(document, dict) and document.get("format") == "riskmap-encrypted":
            raise PasswordError(source, NEEDS_PASSWORD)
        raise FileError(source, 'not a riskmap file (no "format": "riskmap" marker)')
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FileError(source, "invalid format_version {version}",
                        version=_clip(repr(version)))
    if version > FORMAT_VERSION:
        raise NewerFormatError(
            source,
            "written by a newer riskmap (format version {version}); this riskmap reads "
            "versions up to {newest}. Please update riskmap to open it.",
            version=_clip(str(version)), newest=FORMAT_VERSION,
        )
    body = {k: v for k, v in document.items() if k not in ("format", "format_version")}
    try:
        body = migrate(body, version)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise FileError(source, "cannot upgrade from format version {version} ({error})",
                        version=version,
                        error=f"{type(exc).__name__}: {_clip(str(exc), 80)}") from None
    check_sizes(body, source)
    try:
        return Project.model_validate(body)
    except ValidationError as exc:
        kind, values = _first_error(exc)
        raise FileError(source, FIRST_PROBLEM[kind, "more" in values], "{place}",
                        place=_error_place(exc), **values) from None
    except RecursionError:
        raise FileError(source, NOT_JSON["a riskmap file", "nested too deeply"]) from None


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _max_items(model: type[BaseModel], name: str) -> int:
    return next(m.max_length for m in model.model_fields[name].metadata
                if isinstance(m, annotated_types.MaxLen))


def check_sizes(body: Any, source: Path | str) -> None:
    """Refuse runaway collections before validating them: 300,000 risks would otherwise be
    validated one by one before their number is checked."""
    if not isinstance(body, dict):
        return
    metadata = body.get("metadata")
    collections: list[tuple[str, Any, int]] = [
        (name, body.get(name), _max_items(Project, name))
        for name in ("processes", "risks", "measures", "rounds", "audit_log")
    ]
    if isinstance(metadata, dict):
        collections.append(("participants", metadata.get("participants"),
                            _max_items(Metadata, "participants")))
    processes = body.get("processes")
    for process in processes if isinstance(processes, list) else ():
        if isinstance(process, dict):
            collections += [(name, process.get(name), _max_items(Process, name))
                            for name in ("stages", "flows")]
    for name, items, limit in collections:
        if isinstance(items, list) and len(items) > limit:
            raise LimitError(TOO_MANY[name], path=source, count=len(items), limit=limit)


def _error_place(exc: ValidationError) -> str:
    loc = exc.errors()[0]["loc"]
    place = ""
    for part in loc:
        name = _clip(str(part))  # a hostile file may use a 100,000-character key
        place += f"[{part}]" if isinstance(part, int) else ("." if place else "") + name
    return _clip(place, 200)


def _first_error(exc: ValidationError) -> tuple[str, dict[str, object]]:
    """The kind of a validation's first problem (see PROBLEM_TEXT: pydantic's own words,
    in English, unless riskmap says it better) and the values of its message ("more":
    how many others there are)."""
    errors = exc.errors()
    values: dict[str, object] = {"more": len(errors) - 1} if len(errors) > 1 else {}
    first = errors[0]
    limit = first.get("ctx", {}).get("max_length")
    if first["type"] == "string_too_long" and isinstance(first["input"], str):
        kind, values["length"], values["limit"] = "string", len(first["input"]), limit
    elif first["type"] == "too_long" and "actual_length" in first.get("ctx", {}):
        kind, values["length"] = "list", first["ctx"]["actual_length"]
        values["limit"] = limit
    else:
        kind, values["msg"] = "other", _clip(first["msg"], 300)
    return kind, values


def read_text(path: Path | str) -> str:
    """The text of a file, with size and encoding checked; FileError otherwise."""
    return _decode(read_bytes(path), Path(path))


def read_json(path: Path | str, what: str) -> Any:
    """The JSON document in a file, with size and encoding checked; FileError otherwise
    (see parse_json)."""
    return parse_json(read_text(path), path, what)


def validated(model: type[M], body: Any, path: Path | str, what: str) -> M:
    """A file's document as `model`; FileError naming its first problem and the place,
    otherwise. (Projects say more of what is too long: see from_document.)"""
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        errors = exc.errors()
        more: dict[str, object] = {"more": len(errors) - 1} if len(errors) > 1 else {}
        message = str(errors[0]["msg"]).removeprefix("Value error, ")
        place = ""
        for part in errors[0]["loc"]:
            place += f"[{part}]" if isinstance(part, int) else ("." if place else "") + str(part)
        raise FileError(path, FIRST_PROBLEM["other", bool(more)], "{place}", place=place,
                        msg=message, **more) from None
    except RecursionError:
        raise FileError(path, NOT_JSON[what, "nested too deeply"]) from None


def read_bytes(path: Path | str) -> bytes:
    """The bytes of a non-empty file no larger than MAX_FILE_BYTES; FileError otherwise."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LimitError("{path}: file too large ({size} MB; the limit is {limit} MB)",
                             path=path, size=size // 1_000_000,
                             limit=MAX_FILE_BYTES // 1_000_000)
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileError(path, "no such file") from None
    except IsADirectoryError:
        raise FileError(path, "is a folder, not a file") from None
    except PermissionError:
        raise FileError(path, "permission denied") from None
    except OSError as exc:
        raise FileError(path, "cannot read ({reason})", reason=exc.strerror) from None
    if not data.strip():
        raise FileError(path, "the file is empty")
    return data


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileError(path, "not a riskmap file (not UTF-8 text)", "byte {offset}",
                        offset=exc.start) from None


def load(path: Path | str, password: str | None = None) -> Project:
    """Read a .riskmap file; an encrypted one needs its password (PasswordError)."""
    return load_with_text(path, password)[0]


def load_with_text(path: Path | str, password: str | None = None) -> tuple[Project, str | None]:
    """load(), with the file's text when it is already in the current format (the app
    keeps it as the audit trail's starting point instead of writing the project again)."""
    path = Path(path)
    data = read_bytes(path)
    if is_envelope(data):
        if password is None:
            raise PasswordError(path, NEEDS_PASSWORD)
        data = decrypt_document(data, password, path)
    text = _decode(data, path)
    project = loads(text, path)
    current = text.startswith(dumps_header())
    return project, text if current else None


def dumps_header() -> str:
    """How every file in the current format begins."""
    return f'{{\n  "format": "{FORMAT}",\n  "format_version": {FORMAT_VERSION},\n'



def is_encrypted(path: Path | str) -> bool:
    """Whether a file is an encrypted project (opening it will need a password)."""
    try:
        with open(path, "rb") as handle:
            return is_envelope(handle.read(512))
    except OSError:
        return False


def backup_path(path: Path | str) -> Path:
    """Where save(..., backup=True) keeps the previous version: FILE.riskmap.bak."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def save(project: Project, path: Path | str, password: str | None = None,
         backup: bool = False) -> None:
    """Write a .riskmap file atomically: the old file stays whole until the new one is.

    With a password the file is encrypted (riskmap.crypto). With backup, the file being
    replaced is first copied, also atomically, to backup_path(path). An encrypted project
    keeps no readable copy beside it: a backup of an unencrypted version is removed."""
    write_text(dumps(project), path, password, backup)


def write_text(text: str, path: Path | str, password: str | None = None,
               backup: bool = False) -> None:
    """save() for file text already made (by dumps or text_of)."""
    path = Path(path)
    data = text.encode("utf-8")
    if password is not None:
        data = encrypt_document(data, password)
    if backup and path.is_file():
        try:
            previous = path.read_bytes()
        except OSError as exc:
            raise FileError(path, "cannot read it to keep a backup ({reason})",
                            reason=exc.strerror) from None
        if password is None or is_envelope(previous):
            atomic_write_bytes(backup_path(path), previous)
    atomic_write_bytes(path, data)
    old = backup_path(path)
    if password is not None and old.is_file() and not is_encrypted(old):
        try:
            old.unlink()
        except OSError as exc:
            raise FileError(old, "saved encrypted, but cannot remove this unencrypted "
                            "backup ({reason})", reason=exc.strerror) from None


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write bytes to a temporary file beside `path`, fsync, then replace `path` (which
    keeps its permissions)."""
    with atomic_output(path) as tmp:
        tmp.write_bytes(data)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_output(path: Path | str) -> Iterator[Path]:
    """A temporary path beside `path` for a writer that needs a file name; on success it
    replaces `path`, on any error it is removed and `path` is left untouched."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise FileError(path, "cannot write ({reason})", reason=exc.strerror) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FileError(path, "cannot write ({reason})", reason=exc.strerror) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)
