"""Fuzzing .riskmap loading: every broken or hostile file gives a RiskmapError or a project.

Without RISKMAP_FUZZ_EXAMPLES, each test runs the same 200 cases every time (CI stays
repeatable); with it, that many fresh random cases, to fuzz on demand, e.g.
RISKMAP_FUZZ_EXAMPLES=20000 pytest tests/core/test_fuzz.py tests/core/test_fuzz_xlsx.py.
"""

from __future__ import annotations

import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from riskmap import analysis, storage
from riskmap.checks import check_project
from riskmap.crypto import encrypt_document
from riskmap.errors import RiskmapError
from riskmap.graph import check_graphs, flow_order, positions
from riskmap.vocabulary import ScoreKind
from tests.core.conftest import small_project

EXAMPLES = int(os.environ.get("RISKMAP_FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                derandomize="RISKMAP_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

VALID_TEXT = storage.dumps(small_project())
VALID = VALID_TEXT.encode("utf-8")
DOCUMENT = json.loads(VALID_TEXT)
HOLE = "\u0000hole\u0000"

# Raw JSON a hostile file may hold where a value belongs.
HOSTILE_JSON = [
    "[" * 100_000 + "]" * 100_000,
    '{"a":' * 50_000 + "1" + "}" * 50_000,
    "9" * 5000, "-" + "9" * 4200, "1e999", "-1e999", "NaN", "Infinity", "1e-400", "-0",
    '"\\ud800"', '"\\u0000"', '"' + "x" * 300_000 + '"', "[" + "1," * 300_000 + "1]",
    '"2025-02-30"', '"00000000-0000-0000-0000-000000000000"', '"#GGGGGG"', "true", "null",
    "{}", "[]", '""', '"=cmd|\' /C calc\'!A0"', '"<script>alert(1)</script>"',
    '{"' + "k" * 100_000 + '": 1}',
]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


PATHS = _paths(DOCUMENT)[1:]
LEAVES = [p for p in PATHS if p[-1] in ("id", "stage_id", "flow_id", "source", "target")]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=10,
)


def _parent(document: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        document = document[part]
    return document


def _apply(document: Any, op: str, path: tuple[Any, ...], value: Any) -> None:
    """One mutation at `path`; paths that an earlier mutation removed are skipped."""
    try:
        parent = _parent(document, path)
        key = path[-1]
        if op == "delete":
            del parent[key]
        elif op == "replace":
            parent[key] = value
        elif op == "hostile":
            parent[key] = HOLE
        elif op == "duplicate" and isinstance(parent, list):
            parent.insert(key, json.loads(json.dumps(parent[key])))
        elif op == "stringify":
            parent[key] = json.dumps(parent[key])
        elif op == "wrap":
            parent[key] = [parent[key]]
    except (KeyError, IndexError, TypeError):
        pass


mutation = st.tuples(
    st.sampled_from(["delete", "replace", "hostile", "duplicate", "stringify", "wrap"]),
    st.sampled_from(PATHS),
    json_values,
)


def _outcome(data: bytes) -> None:
    """Load the bytes as a file: a RiskmapError in one line, or a project riskmap can use."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.riskmap"
        path.write_bytes(data)
        try:
            project = storage.load(path)
        except RiskmapError as exc:
            message = str(exc)
            assert "\n" not in message and len(message) < 1000, message[:2000]
            return
    # A project that loads is one the app can open: checks, analysis, layout, saving.
    check_project(project)
    check_graphs(project)
    for kind in ScoreKind:
        analysis.heatmap_grid(project, kind)
        analysis.stage_ratings(project, kind)
    analysis.ranking(project)
    for process in project.processes:
        positions(process)
        flow_order(process)
    assert storage.loads(storage.dumps(project)).model_dump() == project.model_dump()


@FUZZ
@given(st.lists(mutation, min_size=1, max_size=3), st.sampled_from(HOSTILE_JSON))
def test_mutated_documents_load_or_fail_cleanly(mutations, hostile):
    document = json.loads(VALID_TEXT)
    for op, path, value in mutations:
        _apply(document, op, path, value)
    text = json.dumps(document, indent=2)
    text = text.replace(json.dumps(HOLE), hostile, 1)
    _outcome(text.encode("utf-8"))


@FUZZ
@given(st.sampled_from(LEAVES), st.sampled_from(LEAVES))
def test_ids_pointing_at_the_wrong_entity_load_or_fail_cleanly(target, source):
    document = json.loads(VALID_TEXT)
    _parent(document, target)[target[-1]] = _parent(document, source)[source[-1]]
    _outcome(json.dumps(document).encode())


byte_edit = st.tuples(st.integers(0, len(VALID) - 1), st.sampled_from(["flip", "cut", "put"]),
                      st.binary(min_size=1, max_size=8))


@FUZZ
@given(st.lists(byte_edit, min_size=1, max_size=6), st.integers(1, len(VALID)))
def test_mutated_bytes_load_or_fail_cleanly(edits, keep):
    data = bytearray(VALID[:keep] if keep % 7 == 0 else VALID)
    for position, op, chunk in edits:
        at = min(position, max(len(data) - 1, 0))
        if op == "flip" and data:
            data[at] ^= chunk[0] or 1
        elif op == "cut":
            del data[at: at + len(chunk) * 50]
        else:
            data[at:at] = chunk
    _outcome(bytes(data))


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_fail_cleanly(data):
    _outcome(data)


@cache
def _sealed() -> str:
    return encrypt_document(VALID, "fuzz").decode("ascii")


envelope_paths = st.sampled_from([
    ("format",), ("format_version",), ("kdf",), ("kdf", "name"), ("kdf", "salt"),
    ("kdf", "n"), ("kdf", "r"), ("kdf", "p"), ("cipher",), ("cipher", "name"),
    ("cipher", "nonce"), ("ciphertext",),
])


@settings(FUZZ, max_examples=max(10, EXAMPLES // 10))
@given(st.lists(st.tuples(st.sampled_from(["delete", "replace", "hostile", "stringify"]),
                          envelope_paths, json_values), min_size=1, max_size=2),
       st.sampled_from(HOSTILE_JSON[:10]))
def test_mutated_encrypted_envelopes_fail_cleanly(mutations, hostile):
    document = json.loads(_sealed())
    for op, path, value in mutations:
        _apply(document, op, path, value)
    text = json.dumps(document).replace(json.dumps(HOLE), hostile, 1)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sealed.riskmap"
        path.write_text(text, encoding="utf-8")
        try:
            storage.load(path, password="fuzz")
        except RiskmapError as exc:
            assert "\n" not in str(exc) and len(str(exc)) < 1000
