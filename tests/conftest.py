"""Shared test set-up, free of Qt: the bundled catalogue loaded once. The Qt set-up lives in
tests/qt_setup.py, which the conftest.py of tests/ui and tests/export import."""

from pathlib import Path

import pytest

from explorer.core.catalogue import load_catalogue

REPO = Path(__file__).resolve().parents[1]
# The source article, kept beside the repository in shared/ (in CI too).
SEED_ARTICLE = REPO.parent / "shared" / "seeds" / "000_d8bf1e993a032e8e.txt"


@pytest.fixture(scope="session")
def catalogue():
    """The bundled catalogue (tests that change it work on a copy)."""
    return load_catalogue()
