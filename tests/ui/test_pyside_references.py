"""PySide6 6.12.0 loses a reference to True at every Signal.emit() from Python and one to
None whenever a Python QRunnable returns; explorer.qtenv.pin_singletons keeps the process
alive however many there are (a long session emits at every pan and zoom)."""

import os
import subprocess
import sys
import textwrap

import pytest

CHILD = textwrap.dedent("""
    import sys
    {prepare}
    from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

    app = QCoreApplication([])

    class Sender(QObject):
        moved = Signal(float, float)

    sender = Sender()
    sender.moved.connect(lambda lat, lon: None)
    pool = QThreadPool()
    true, none = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200_000):  # far more than True's whole count in a fresh process
        sender.moved.emit(26.9, 112.6)
    for _ in range(20_000):
        pool.start(QRunnable.create(lambda: None))
    pool.waitForDone()
    print(true - sys.getrefcount(True), none - sys.getrefcount(None))
""")


def run_child(prepare: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CHILD.format(prepare=prepare)],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_many_emits_and_runnables_do_not_kill_the_app():
    done = run_child("from explorer.qtenv import prepare_qtwebengine\n"
                     "prepare_qtwebengine(headless=True)")
    assert done.returncode == 0, done.stderr[-2000:]
    lost_true, lost_none = map(int, done.stdout.split())
    assert lost_true >= 0 and lost_none >= 0  # printed: what PySide6 lost, if it still does


def test_without_the_guard_pyside6_6_12_0_aborts():
    """Shows why the guard is there. Other PySide6 releases are not known to have the bug:
    for them this says so instead (and pin_singletons may go once none has it)."""
    import PySide6
    if sys.version_info >= (3, 12):
        pytest.skip("True and None are immortal from Python 3.12: nothing to show")
    if PySide6.__version__ != "6.12.0":
        pytest.skip(f"PySide6 {PySide6.__version__}: check whether it still loses references")
    done = run_child("pass")
    assert done.returncode != 0 and "dealloc" in done.stderr
