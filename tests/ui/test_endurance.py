"""A thousand selections and filter changes: the app's memory does not keep growing."""

import os
from pathlib import Path

from PySide6.QtCore import Qt

from tests.pages import page_state


def tree_rss_mb(pid: int = os.getpid()) -> float:
    """Resident memory of this process and all its descendants (the web engine's), in MB."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def churn(qtbot, window, rounds: int) -> None:
    parks = [p for p in window.cat.parks if window.cat.parks[p].is_mapped]
    chains = window.park_list.chains
    for i in range(rounds):
        window.state.select("park", parks[i % len(parks)])
        if i % 10 == 0:
            item = chains.item((i // 10) % chains.count())
            item.setCheckState(Qt.Unchecked if item.checkState() == Qt.Checked else Qt.Checked)
        if i % 100 == 99:
            page_state(qtbot, window)  # let the page catch up
    window.park_list.all_button.click()
    qtbot.waitUntil(lambda: len(page_state(qtbot, window)["visible"]) == chains.count())


def test_a_thousand_selections_and_filters_do_not_leak(qtbot, window, capsys):
    churn(qtbot, window, 200)  # warm up: caches, JIT, first allocations
    qtbot.wait(500)
    before = tree_rss_mb()
    churn(qtbot, window, 1000)
    qtbot.wait(500)
    after = tree_rss_mb()
    with capsys.disabled():
        print(f"\nendurance: 1000 selections + 100 filter changes: memory {before:.0f} MB -> "
              f"{after:.0f} MB ({after - before:+.1f} MB)")
    assert after - before < 60
    assert window.state.selected_id("park") in window.cat.parks
