"""Update the interface translations (English, French, Spanish) from the sources.

    .venv/bin/python tools/update_translations.py           # update .ts, compile .qm
    .venv/bin/python tools/update_translations.py --check   # exit 1 if a .ts is stale

1. pyside6-lupdate collects every string of ui/ marked for translation (self.tr(...),
   translate("Context", ...), QT_TRANSLATE_NOOP("Context", ...)) into
   resources/i18n/riskmap_fr.ts and riskmap_es.ts, keeping the translations already made
   and dropping strings the code no longer has; riskmap_en.ts holds only the plural forms
   ("%n risk(s)" -> "1 risk", "2 risks").
2. Translate what is new: open the .ts in Qt Linguist (pyside6-linguist FILE.ts) or edit
   the XML, and remove type="unfinished" from each <translation> done. Use the words of
   the export catalogs (resources/i18n/fr.json, es.json) for the words of the method.
3. Run this script again: pyside6-lrelease compiles each .ts to the .qm file the
   application loads (ui.language), committed beside it so that an installation needs no
   Qt tools.

tests/ui/test_translations.py fails when a .ts is stale or a translation is missing. The
words riskmap itself defines (vocabulary labels, built-in profiles, validation messages)
are not here: they come from the export catalogs through riskmap.i18n.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "fr", "es")


def tool(name: str) -> str | None:
    """A Qt tool from the virtual environment of this Python, or from PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.is_file() else shutil.which(name)


def sources() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


def ts_path(lang: str, folder: Path = FOLDER) -> Path:
    return folder / f"riskmap_{lang}.ts"


def lupdate(lang: str, target: Path) -> None:
    """Collect the strings of ui/ into `target` (made or updated)."""
    program = tool("pyside6-lupdate")
    if program is None:
        raise SystemExit("pyside6-lupdate not found: pip install PySide6-Essentials")
    options = ["-pluralonly"] if lang == "en" else []
    subprocess.run(
        [program, "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
         "-target-language", lang, *options, *map(str, sources()), "-ts", str(target)],
        check=True, cwd=ROOT)


def lrelease(ts: Path) -> Path:
    program = tool("pyside6-lrelease")
    if program is None:
        raise SystemExit("pyside6-lrelease not found: pip install PySide6-Essentials")
    qm = ts.with_suffix(".qm")
    subprocess.run([program, "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)
    return qm


def messages(ts: Path) -> set[tuple[str, str, str]]:
    """(context, source, comment) of every message of a .ts file."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or "",
                       message.findtext("comment") or ""))
    return found


def stale(lang: str) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """Messages the sources have that the .ts lacks, and those it has that they lack."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = ts_path(lang, Path(folder))
        lupdate(lang, fresh)
        current, wanted = messages(ts_path(lang)), messages(fresh)
    return wanted - current, current - wanted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only report whether the .ts files are up to date")
    args = parser.parse_args(argv)
    if args.check:
        status = 0
        for lang in LANGUAGES:
            missing, extra = stale(lang)
            for context, source, _ in sorted(missing):
                print(f"{ts_path(lang).name}: missing {context}: {source!r}")
            for context, source, _ in sorted(extra):
                print(f"{ts_path(lang).name}: no longer used {context}: {source!r}")
            status |= bool(missing or extra)
        return status
    for lang in LANGUAGES:
        ts = ts_path(lang)
        lupdate(lang, ts)
        unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
        qm = lrelease(ts)
        print(f"{ts.relative_to(ROOT)}: {unfinished} to translate; {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
