"""Test-wide set-up: Qt runs offscreen, settings and data folders are isolated."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
