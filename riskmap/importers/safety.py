"""Opening untrusted Excel files safely: size, zip-bomb and XML-entity checks, row caps."""

from __future__ import annotations

import warnings
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openpyxl
from defusedxml import DefusedXmlException

from riskmap.errors import FileError, LimitError
from riskmap.progress import ProgressCallback

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_MEMBER_BYTES = 200 * 1024 * 1024
# Real sheets compress 5-20 times; a bomb compresses thousands of times.
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024  # small members may compress as much as they like
MAX_ROWS = 100_000
MAX_COLUMNS = 200
# After this many blank rows a sheet is taken to have ended (formatted-but-empty rows).
BLANK_RUN = 1_000
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")
# Report progress every this many rows: often enough to cancel, rarely enough to be free.
REPORT_EVERY = 100
Rows = Iterator[tuple[int, tuple[Any, ...]]]


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise FileError(path, "no such file") from None
    except OSError as exc:
        raise FileError(path, "cannot read ({reason})", reason=exc.strerror) from None
    if path.is_dir():
        raise FileError(path, "is a folder, not a file")
    if size == 0:
        raise FileError(path, "the file is empty")
    if size > MAX_FILE_BYTES:
        raise LimitError("{path}: file too large ({size} MB; the limit for a workbook is "
                         "{limit} MB)", path=path, size=size // 1_000_000,
                         limit=MAX_FILE_BYTES // 1_000_000)


def check_archive(path: Path) -> None:
    """Refuse anything that is not a plain .xlsx zip of sane size, before parsing any XML."""
    _check_size(path)
    try:
        if not zipfile.is_zipfile(path):
            raise FileError(path, "not an Excel workbook (.xlsx); save it as .xlsx and retry")
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise LimitError("{path}: the workbook has {count} parts; refused",
                                 path=path, count=len(members))
            total = 0
            for info in members:
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > MAX_MEMBER_BYTES or total > MAX_UNPACKED_BYTES or (
                    info.file_size > RATIO_FLOOR and ratio > MAX_RATIO
                ):
                    raise LimitError(
                        "{path}: {part}: unpacks to {size} MB; refused (possible zip bomb)",
                        path=path, part=info.filename, size=info.file_size // 1_000_000,
                    )
            names = {info.filename for info in members}
            if "xl/workbook.xml" not in names:
                raise FileError(path, "not an Excel workbook (.xlsx): no xl/workbook.xml")
            for info in members:
                if info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as part:
                        head = part.read(4096)
                    if any(marker in head for marker in _DTD_MARKERS):
                        raise FileError(path, "refused: the workbook declares XML entities "
                                        "(possible XML bomb)", "{part}", part=info.filename)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error) as exc:
        raise FileError(path, "not a readable Excel workbook ({error})", error=exc) from None
    except NotImplementedError as exc:
        raise FileError(path, "unsupported workbook ({error})", error=exc) from None
    except OSError as exc:
        raise FileError(path, "cannot read ({reason})", reason=exc.strerror or exc) from None


def _explain(path: Path, exc: BaseException, broken: str, where: str = "",
             **values: object) -> FileError:
    """One line for a parser failure (`broken`, a template with {error}, says what was
    being read); an XML bomb is named as such wherever it was caught."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, DefusedXmlException):
            return FileError(path, "refused: the workbook declares XML entities "
                             "(possible XML bomb)", where, **values)
        seen = seen.__cause__ or seen.__context__
    first_line = (str(exc).strip().splitlines() or [""])[0][:200]
    return FileError(path, broken, where, error=f"{type(exc).__name__}: {first_line}",
                     **values)


@contextmanager
def open_workbook(path: Path | str) -> Iterator[Any]:
    """A read-only workbook over a checked file; closed on exit. Formulas are kept as
    formulas (not their cached values) so that a formula where a value belongs is seen."""
    path = Path(path)
    check_archive(path)
    # openpyxl parses with defusedxml when it is installed (and lxml is not): check it.
    if not openpyxl.DEFUSEDXML:
        raise FileError(path, "cannot read workbooks safely: defusedxml is not in use")
    # The file handle is ours so that it is closed even when openpyxl fails half-way.
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed in every path below
    except OSError as exc:
        raise FileError(path, "cannot read ({reason})", reason=exc.strerror) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many types on broken files
        handle.close()
        raise _explain(path, exc, "not a readable Excel workbook ({error})") from None
    except BaseException:
        handle.close()
        raise
    try:
        yield workbook
    finally:
        workbook.close()
        handle.close()


def sheet_rows(path: Path, sheet: Any) -> Rows:
    """(row number, cells) of a sheet's rows, capped; blank rows skipped."""
    declared = getattr(sheet, "max_row", None)
    if isinstance(declared, int) and declared > MAX_ROWS * 10:
        raise LimitError("{path}: sheet {sheet!r} declares {count} rows; the limit is "
                         "{limit}", path=path, sheet=sheet.title, count=declared,
                         limit=MAX_ROWS)
    blank = 0
    count = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for number, cells in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS), start=1):
                if all(c.value is None or c.value == "" for c in cells):
                    blank += 1
                    if blank >= BLANK_RUN:
                        return
                    continue
                blank = 0
                count += 1
                if count > MAX_ROWS:
                    raise LimitError("{path}: sheet {sheet!r} has more than {limit} "
                                     "rows; refused", path=path, sheet=sheet.title,
                                     limit=MAX_ROWS)
                yield getattr(cells[0], "row", None) or number, tuple(cells)
    except (LimitError, FileError):
        raise
    except Exception as exc:
        raise _explain(path, exc, "broken sheet ({error})", "sheet {sheet!r}",
                       sheet=sheet.title) from None


def declared_rows(sheet: Any) -> int:
    """The rows a sheet says it has (its dimension), 0 when it does not say."""
    declared = getattr(sheet, "max_row", None)
    return declared if isinstance(declared, int) and declared > 0 else 0


def reported(rows: Rows, progress: ProgressCallback, total: int, what: str,
             before: int = 0) -> Rows:
    """The rows, with progress reported every REPORT_EVERY rows as `before` + the row
    number out of `total` (0: unknown). A callback that raises Cancelled stops the reading."""
    last = 0
    for number, cells in rows:
        if number - last >= REPORT_EVERY:
            last = number
            progress(min(before + number, total), total, what)
        yield number, cells
