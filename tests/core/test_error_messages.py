"""Error messages carry their template and values, so that the window shows them in French
or Spanish from the same catalog as the exports; the English line (what the command line
prints) is unchanged."""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import riskmap
from riskmap import storage
from riskmap.errors import (
    FILE_LINE,
    FILE_PLACE_LINE,
    FileError,
    LimitError,
    NewerFormatError,
    RiskmapError,
)
from riskmap.i18n import Translator
from riskmap.importers.cells import InvalidValue
from riskmap.resources import resource

PLACEHOLDER = re.compile(r"\{(\w+)[^}]*\}")
ROOT = Path(riskmap.__file__).parent
# The command line's own messages are its English contract: never shown by the window.
COMMAND_LINE = {"cli.py", "cli_export.py", "cli_import.py"}


@dataclass
class Module:
    name: str
    path: Path
    tree: ast.Module
    parents: dict[ast.AST, ast.AST]

    @property
    def globals(self) -> dict[str, Any]:
        return vars(importlib.import_module(self.name))


def _modules() -> list[Module]:
    found = []
    for info in pkgutil.walk_packages(riskmap.__path__, "riskmap."):
        if info.name == "riskmap.__main__":
            continue
        module = importlib.import_module(info.name)
        path = Path(module.__file__ or "")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        found.append(Module(info.name, path, tree, parents))
    return found


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _called(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


class Unresolved(Exception):
    """A message that is not a template: an f-string, or text made at run time."""


class Templates:
    """Every message template passed to riskmap's error constructors (and to
    ImportReport.problem), followed through module constants and function parameters."""

    def __init__(self) -> None:
        self.modules = _modules()
        errors = {RiskmapError, *_subclasses(RiskmapError), InvalidValue}
        file_errors = {FileError, *_subclasses(FileError)}
        # name -> (index of the template argument, index of the place argument or None)
        self.targets: dict[str, tuple[int, int | None]] = {
            cls.__name__: (1, 2) if cls in file_errors else (0, None) for cls in errors
        }
        self.targets["problem"] = (1, None)
        self.found: set[str] = set()
        self.unresolved: list[str] = []

    def collect(self) -> Templates:
        for module in self.modules:
            if module.path.name in COMMAND_LINE:
                continue
            for node in ast.walk(module.tree):
                if isinstance(node, ast.Call) and _called(node) in self.targets:
                    message, where = self.targets[_called(node)]
                    for index, keyword in ((message, None), (where, "where")):
                        if index is None:
                            continue
                        argument = self._argument(node, index, keyword)
                        if argument is None:
                            continue
                        try:
                            self.found |= self.resolve(argument, module, 0)
                        except Unresolved as exc:
                            self.unresolved.append(
                                f"{module.path.name}:{node.lineno}: {exc}")
        self.found.discard("")
        return self

    @staticmethod
    def _argument(call: ast.Call, index: int, keyword: str | None) -> ast.expr | None:
        if index < len(call.args) and not isinstance(call.args[index], ast.Starred):
            return call.args[index]
        return next((k.value for k in call.keywords if k.arg == keyword), None)

    def resolve(self, node: ast.expr, module: Module, depth: int) -> set[str]:
        if depth > 5:
            raise Unresolved("too many indirections")
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return {a + b for a in self.resolve(node.left, module, depth)
                    for b in self.resolve(node.right, module, depth)}
        if isinstance(node, ast.IfExp):
            return self.resolve(node.body, module, depth) | self.resolve(
                node.orelse, module, depth)
        if isinstance(node, ast.Subscript):
            node = node.value
            if isinstance(node, ast.Name) and isinstance(module.globals.get(node.id), dict):
                return self._strings(module.globals[node.id].values(), node.id)
        if isinstance(node, ast.Name):
            parameter = self._parameter(node, module)
            if parameter is not None:
                return self._follow(*parameter, depth)
            if node.id in module.globals:
                value = module.globals[node.id]
                return self._strings([value] if isinstance(value, str) else (), node.id)
        raise Unresolved(f"not a template: {ast.unparse(node)}")

    @staticmethod
    def _strings(values: Any, name: str) -> set[str]:
        found = {value for value in values if isinstance(value, str)}
        if not found:
            raise Unresolved(f"{name} holds no template")
        return found

    def _parameter(self, name: ast.Name, module: Module
                   ) -> tuple[str, int, ast.expr | None] | None:
        """The function whose parameter `name` is: its name, the parameter's position in
        a call and its default."""
        node: ast.AST = name
        while node in module.parents:
            node = module.parents[node]
            if isinstance(node, ast.FunctionDef):
                params = [*node.args.posonlyargs, *node.args.args]
                names = [p.arg for p in params]
                if name.id not in names:
                    return None
                position = names.index(name.id)
                defaults = [None] * (len(params) - len(node.args.defaults)) + list(
                    node.args.defaults)
                offset = 1 if names and names[0] in ("self", "cls") else 0
                return node.name, position - offset, defaults[position]
        return None

    def _follow(self, function: str, position: int, default: ast.expr | None,
                depth: int) -> set[str]:
        found: set[str] = set()
        calls = 0
        for module in self.modules:
            for node in ast.walk(module.tree):
                if not (isinstance(node, ast.Call) and _called(node) == function):
                    continue
                if position < len(node.args):
                    calls += 1
                    found |= self.resolve(node.args[position], module, depth + 1)
                elif default is not None:
                    calls += 1
                    found |= self.resolve(default, module, depth + 1)
        if not calls:
            raise Unresolved(f"no call of {function} gives its template")
        return found


@pytest.fixture(scope="module")
def templates() -> Templates:
    return Templates().collect()


def has_words(template: str) -> bool:
    return any(ch.isalpha() for ch in PLACEHOLDER.sub("", template))


def test_every_error_message_is_a_template(templates):
    """An f-string message would read in English in a French window: variable parts go
    in as values."""
    assert templates.unresolved == []
    assert len(templates.found) >= 100
    assert "the file is empty" in templates.found
    assert storage.NOT_JSON["a riskmap file", "invalid JSON: {detail}"] in templates.found


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_every_template_is_translated_with_its_placeholders(templates, lang):
    catalog = json.loads(resource("i18n", f"{lang}.json").read_text(encoding="utf-8"))
    missing, mismatched = [], []
    for template in sorted({*templates.found, FILE_LINE, FILE_PLACE_LINE}):
        translated = catalog.get(template, template)
        if has_words(template) and template not in catalog:
            missing.append(template)
        elif sorted(PLACEHOLDER.findall(translated)) != sorted(PLACEHOLDER.findall(template)):
            mismatched.append(template)
    assert missing == [], f"{lang}: no translation"
    assert mismatched == [], f"{lang}: placeholders differ"


def test_the_english_line_is_unchanged(tmp_path):
    path = tmp_path / "plan.riskmap"
    path.write_text('{"format": "riskmap", "format_version": 99}', encoding="utf-8")
    with pytest.raises(NewerFormatError) as newer:
        storage.load(path)
    assert str(newer.value) == (
        f"{path}: written by a newer riskmap (format version 99); this riskmap reads "
        f"versions up to {storage.FORMAT_VERSION}. Please update riskmap to open it.")
    assert newer.value.values["version"] == "99"
    path.write_text('{"format": "riskmap",\n "format_version": }', encoding="utf-8")
    with pytest.raises(FileError) as broken:
        storage.load(path)
    assert str(broken.value) == (f"{path}: line 2 column 20: not a riskmap file "
                                 "(invalid JSON: Expecting value)")
    assert broken.value.where_template == "line {line} column {column}"


def test_a_message_translates_with_its_numbers_and_inner_messages(tmp_path):
    error = LimitError(storage.TOO_MANY["risks"], path=tmp_path / "big.riskmap",
                       count=300_001, limit=300_000)
    assert str(error).endswith("big.riskmap: too many risks (300,001; riskmap accepts up "
                               "to 300,000)")
    french = Translator("fr").fill(error.template, error.values)
    assert french.endswith("big.riskmap : trop de risques (300\u202f001 ; riskmap en "
                           "accepte jusqu'à 300\u202f000)")
    inner = InvalidValue("{value!r} is not a number", value="abc")
    spanish = Translator("es").fill("{problem}; left empty", {"problem": inner})
    assert spanish == "'abc' no es un número; se deja vacío"


def test_a_plain_message_keeps_its_braces():
    error = RiskmapError("a {literal} message")
    assert str(error) == "a {literal} message" and error.values == {}
    assert Translator("fr").fill(error.template, error.values) == "a {literal} message"
