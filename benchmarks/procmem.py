"""Memory of a process tree, read from /proc (Linux), so the benchmark needs no psutil.

QtWebEngine runs Chromium in helper processes (zygote, GPU, renderer) that are children or
grandchildren of the app, so "the app's memory" is the sum over the whole tree.
Summed RSS counts pages shared between those processes once per process, so it overstates
what the tree really costs; PSS (proportional set size, from smaps_rollup) splits each shared
page between its users and adds up to the real figure. Both are reported.
"""

from __future__ import annotations

import os
import threading
import time

PAGE = os.sysconf("SC_PAGE_SIZE")


def _children_map() -> dict[int, list[int]]:
    """parent pid -> child pids, for every process visible in /proc."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue  # gone meanwhile
        # The command name (field 2) is in parentheses and may hold spaces: split after it.
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(name))
    return children


def tree(pid: int) -> list[int]:
    """`pid` and all its descendants."""
    children = _children_map()
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, ()))
    return out


def rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def pss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


class TreeSampler:
    """Samples a process tree's summed RSS (every `interval` s) and PSS (every
    `pss_every`-th sample, as it costs more to read) in a background thread; keeps peaks."""

    def __init__(self, pid: int, interval: float = 0.05, pss_every: int = 4):
        self.pid, self.interval, self.pss_every = pid, interval, pss_every
        self.peak_rss = self.peak_pss = 0
        self.peak_processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        n = 0
        while not self._stop.is_set():
            pids = tree(self.pid)
            self.peak_processes = max(self.peak_processes, len(pids))
            self.peak_rss = max(self.peak_rss, sum(rss_bytes(p) for p in pids))
            if n % self.pss_every == 0:
                self.peak_pss = max(self.peak_pss, sum(pss_bytes(p) for p in pids))
            n += 1
            time.sleep(self.interval)
