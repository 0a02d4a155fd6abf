"""Shared test set-up: offscreen Qt, QtWebEngine without its sandbox when run as root."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if "--no-sandbox" not in flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --no-sandbox").strip()

REPO = Path(__file__).resolve().parents[1]
# The source article, kept beside the repository in shared/ (in CI too).
SEED_ARTICLE = REPO.parent / "shared" / "seeds" / "000_d8bf1e993a032e8e.txt"
