"""Environment QtWebEngine needs, set before Qt is imported. No Qt import here."""

from __future__ import annotations

import os


def prepare_qtwebengine(headless: bool = False) -> None:
    """Turn Chromium's sandbox off when running as root (it cannot run as root), and
    with `headless`, render offscreen so that no display is needed."""
    if headless:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags.split():
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --no-sandbox".strip()
