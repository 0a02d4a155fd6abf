"""Background tasks: every end reaches the GUI thread once; progress is passed on when the
percentage moves; and running them costs (almost) no reference to True or None: PySide6
6.12 loses one to True at every emit() from Python and one to None whenever a Python
QRunnable or QThread.run returns, and enough of them free True or None and crash."""

import sys

from explorer.core.errors import DataError, Message, Problem
from explorer.ui.task import Task


def run(qtbot, work):
    task = Task(work, "test")
    ends, steps = [], []
    for name in ("finished", "failed", "cancelled"):
        getattr(task, name).connect(lambda *args, name=name: ends.append(name))
    task.progress.connect(lambda done, total: steps.append(done * 100 // total))
    task.start()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    return ends, steps


def test_each_task_ends_once_finished_failed_or_cancelled(qtbot):
    assert run(qtbot, lambda progress, cancelled: 42)[0] == ["finished"]

    def fails(progress, cancelled):
        raise DataError([Problem("x.csv", Message("the workbook has no sheets"))])
    assert run(qtbot, fails)[0] == ["failed"]

    def breaks(progress, cancelled):
        raise ZeroDivisionError("a bug")
    assert run(qtbot, breaks)[0] == ["failed"]


def test_progress_is_passed_on_when_the_percentage_moves(qtbot):
    import time

    def work(progress, cancelled):
        for done in range(0, 100_001, 10):  # 10,001 calls
            progress(done, 100_000)
            if done % 20_000 == 0:
                time.sleep(0.08)  # long enough for the timer to look
        return "ok"
    ends, steps = run(qtbot, work)
    assert ends == ["finished"]
    assert 2 <= len(steps) <= 101 and steps == sorted(set(steps))


def test_tasks_cost_no_references_to_true_or_none(qtbot):
    true, none = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(100):
        run(qtbot, lambda progress, cancelled: [progress(n, 1000) for n in range(1000)] and None)
    # A few emits per task (its end, a progress or two): 100 tasks may cost some hundred
    # references to True, never the 100,000 that emitting every step would.
    assert sys.getrefcount(True) > true - 500
    assert sys.getrefcount(None) > none - 50
