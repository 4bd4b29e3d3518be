"""Short human codes of entities (S-01, R-001, M-001): formats and the next free code."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple


class CodeFormat(NamedTuple):
    prefix: str
    width: int


PROCESS_CODE = CodeFormat("P-", 2)
STAGE_CODE = CodeFormat("S-", 2)
FLOW_CODE = CodeFormat("F-", 2)
RISK_CODE = CodeFormat("R-", 3)
MEASURE_CODE = CodeFormat("M-", 3)


def next_code(existing: Iterable[str], prefix: str, width: int) -> str:
    """The code after the highest one in use with this prefix: R-001, R-002, ... R-1000.

    Gaps left by deleted entities are not refilled, so that a code read in an old
    report never comes to name another risk. Other codes (e.g. "R-12a") are ignored.
    """
    pattern = re.compile(re.escape(prefix) + r"(\d+)", re.IGNORECASE)
    highest = 0
    for code in existing:
        match = pattern.fullmatch(code.strip())
        if match:
            highest = max(highest, int(match.group(1)))
    return f"{prefix}{highest + 1:0{width}d}"
