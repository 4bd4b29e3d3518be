"""Mime types of what can be dragged onto or copied from the process map."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData

# A stage to create, as JSON of Stage fields without id or code (from the stage library).
STAGE_TEMPLATE_MIME = "application/x-riskmap-stage-template+json"
# Copied stages with their flows and risks (see ui.map.clipboard).
STAGES_MIME = "application/x-riskmap-stages+json"


def encode(mime: str, payload: dict[str, Any]) -> QMimeData:
    data = QMimeData()
    data.setData(mime, QByteArray(json.dumps(payload).encode("utf-8")))
    return data


def decode(data: QMimeData, mime: str) -> dict[str, Any] | None:
    """The JSON object under a mime type, or None when absent or unreadable."""
    if not data.hasFormat(mime):
        return None
    try:
        payload = json.loads(bytes(data.data(mime).data()).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None
    return payload if isinstance(payload, dict) else None
