"""Qt's own messages (platform plugin, graphics, web engine) into the app's log.

Qt prints warnings such as "Failed to load vulkan" or "GLX: No DRI3 Extension" on every
start; they say nothing a user can act on. Routed here they go to the log file, and to the
terminal only with --verbose (see explorer.logs). Fatal messages still stop the program.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

log = logging.getLogger("explorer.qt")
LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.DEBUG,
    QtMsgType.QtWarningMsg: logging.INFO,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handle(kind, context, message: str) -> None:
    category = getattr(context, "category", None) or "qt"
    log.log(LEVELS.get(kind, logging.INFO), "%s: %s", category, message)


def route_qt_messages() -> None:
    """Send every Qt message to the `explorer.qt` logger from now on."""
    qInstallMessageHandler(_handle)
