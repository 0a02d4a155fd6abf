"""Environment QtWebEngine needs, set before Qt is imported. No Qt import here."""

from __future__ import annotations

import os

# Chromium writes its own log lines (dbus, GPU, sandbox) straight to stderr; by default only
# fatal ones are shown. --verbose leaves Chromium's default.
QUIET_CHROMIUM = "--log-level=3"


def prepare_qtwebengine(headless: bool = False, verbose: bool = False) -> None:
    """Turn Chromium's sandbox off when running as root (it cannot run as root), and
    with `headless`, render offscreen so that no display is needed. Unless `verbose`,
    Chromium logs only fatal errors; with it, Qt WebEngine also says which GPU it uses."""
    if headless:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    wanted = [] if verbose else [QUIET_CHROMIUM]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        wanted.append("--no-sandbox")
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    flags += [flag for flag in wanted if flag not in flags]
    if flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(flags)
    if verbose:
        os.environ.setdefault("QT_LOGGING_RULES", "qt.webenginecontext.debug=true")
