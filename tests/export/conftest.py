"""Export fixtures: jobs run in pytest-qt's QApplication, image helpers."""

import numpy as np
import pytest
from PySide6.QtGui import QImage

EXPORT_TIMEOUT = 60_000


@pytest.fixture
def run_export(qtbot):
    """Run an ExportJob to its end; return (job, error message or None)."""
    from explorer.export.render import ExportJob

    def run(cat, options, out):
        job = ExportJob(cat, options, out)
        outcome = {}
        job.finished.connect(lambda path: outcome.setdefault("path", path))
        job.failed.connect(lambda message: outcome.setdefault("error", message))
        job.start()
        qtbot.waitUntil(lambda: bool(outcome), timeout=EXPORT_TIMEOUT)
        return job, outcome.get("error")

    return run


@pytest.fixture
def export_ok(run_export):
    """Run an export that must succeed; return its job (job.state: the page at capture)."""
    def run(cat, options, out):
        job, error = run_export(cat, options, out)
        assert error is None, error
        return job

    return run


def pixels(path) -> np.ndarray:
    """The image as an array of rows of (r, g, b)."""
    image = QImage(str(path)).convertToFormat(QImage.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    rows = rows.reshape(image.height(), image.bytesPerLine())[:, :image.width() * 3]
    return rows.reshape(image.height(), image.width(), 3).astype(int)


def colour_mask(rgb: np.ndarray, colour: str, tolerance: int) -> np.ndarray:
    """Where the pixels are within `tolerance` (per channel) of '#rrggbb'."""
    wanted = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)])
    return (np.abs(rgb - wanted) <= tolerance).all(axis=2)
