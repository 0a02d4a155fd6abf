"""Export fixtures: jobs run in pytest-qt's QApplication."""

import pytest

from tests.qt_setup import close_windows

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


def pytest_sessionfinish(session, exitstatus):
    close_windows()
