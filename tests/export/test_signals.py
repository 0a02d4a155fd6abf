"""Ctrl-C, kill and kill -9 during a command-line export or report (each in its own
process).

The exporting process runs `hengyang-explorer export` (or `report`) with its page never
reporting ready (so that it waits, as a slow page would) and prints 'loaded' once the page
has loaded; its system temp folder (TMPDIR) is the test's own, so that leftovers show.
"""

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import REPO

# The export as the command line runs it, with the page never ready and a line on stdout
# when it has loaded; with 'hang-in-write', the file is half written and the process waits
# there (to be killed); with 'signal-in-write', it sends itself SIGTERM while writing.
EXPORT = """
import os, signal, sys, time
from explorer.export import render

mode = sys.argv.pop(1)
if mode == "never-ready":
    render.READY_SCRIPT = "null"
loaded = render.ExportJob._on_loaded
def on_loaded(self, ok):
    print("loaded", flush=True)
    loaded(self, ok)
render.ExportJob._on_loaded = on_loaded
def write_then(path, data):
    if mode == "hang-in-write":
        path.write_bytes(data[:100])
        print("writing", flush=True)
        time.sleep(600)
    write(path, data)
    if mode == "signal-in-write":
        os.kill(os.getpid(), signal.SIGTERM)
if mode.endswith("-in-write"):
    write = render.write_bytes
    render.write_bytes = write_then
from explorer.cli import main
sys.exit(main(sys.argv[1:]))
"""
# The same for a report: its page (after its map's export) never ready, or SIGTERM sent
# while the PDF is written beside the target.
REPORT = """
import os, signal, sys
from explorer.export import report

mode = sys.argv.pop(1)
if mode == "never-ready":
    report.READY_SCRIPT = "false"
loaded = report.ReportJob._on_loaded
def on_loaded(self, ok):
    print("loaded", flush=True)
    loaded(self, ok)
report.ReportJob._on_loaded = on_loaded
if mode == "signal-in-write":
    fix = report.fix_radicals
    def fix_then(source, target):
        fix(source, target)
        os.kill(os.getpid(), signal.SIGTERM)
    report.fix_radicals = fix_then
from explorer.cli import main
sys.exit(main(sys.argv[1:]))
"""
OLD = b"a good old map"


@pytest.fixture
def target(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "tmp").mkdir()
    out = tmp_path / "out" / "map.png"
    out.write_bytes(OLD)
    return out


def start(mode, out, *args):
    env = {**os.environ, "TMPDIR": str(out.parent.parent / "tmp")}
    return subprocess.Popen(
        [sys.executable, "-c", EXPORT, mode, "export", "--out", str(out), "--size", "300x200",
         *args], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def start_report(mode, out):
    env = {**os.environ, "TMPDIR": str(out.parent.parent / "tmp")}
    return subprocess.Popen(
        [sys.executable, "-c", REPORT, mode, "report", "--overview", "--out", str(out),
         "--lang", "en"], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)


@pytest.fixture
def report_target(target):
    out = target.with_name("report.pdf")
    target.rename(out)
    return out


def wait_for(process, word):
    line = process.stdout.readline()
    while line and line.strip() != word:
        line = process.stdout.readline()
    assert line, f"the export ended before '{word}': {process.communicate()[1]}"


def leftovers(out):
    beside = sorted(p.name for p in out.parent.iterdir() if p.name != out.name)
    return beside + sorted(p.name for p in (out.parent.parent / "tmp").iterdir())


def finish(process, timeout=15):
    """(exit code, stderr, seconds it took)."""
    started = time.monotonic()
    try:
        _, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail(f"the export did not end within {timeout} s of the signal")
    return process.returncode, err, time.monotonic() - started


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_after_the_page_has_loaded_ends_the_export_at_once(target, signum, code):
    process = start("never-ready", target)
    wait_for(process, "loaded")
    process.send_signal(signum)
    returncode, err, seconds = finish(process)
    assert returncode == code, err
    assert f"stopped by {signal.Signals(signum).name}" in err and "Traceback" not in err
    assert seconds < 5
    assert target.read_bytes() == OLD
    assert leftovers(target) == []


def test_a_second_ctrl_c_still_ends_it(target):
    process = start("never-ready", target)
    wait_for(process, "loaded")
    process.send_signal(signal.SIGINT)
    time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    returncode, err, _ = finish(process)
    assert returncode == 130, err
    assert target.read_bytes() == OLD and leftovers(target) == []


def test_a_signal_while_writing_keeps_the_old_file(target):
    returncode, err, _ = finish(start("signal-in-write", target), timeout=60)
    assert returncode == 143, err
    assert target.read_bytes() == OLD
    assert leftovers(target) == []


def test_the_next_run_removes_what_kill_9_left_behind(target):
    process = start("hang-in-write", target)
    wait_for(process, "writing")
    process.kill()
    process.wait()
    left = leftovers(target)
    assert any(f"explorer-tmp-{process.pid}-" in name for name in left), left
    assert any(name.startswith(f"explorer-export-{process.pid}-") for name in left), left
    # Temporary files of a process that still runs (this one) are never touched.
    alive = target.parent / f".map.explorer-tmp-{os.getpid()}-abcdefgh.png"
    alive.write_bytes(b"being written")
    returncode, err, _ = finish(start("normal", target), timeout=60)
    assert returncode == 0, err
    assert target.read_bytes().startswith(b"\x89PNG")
    assert leftovers(target) == [alive.name]


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_stops_a_report_and_keeps_the_old_file(report_target, signum, code):
    process = start_report("never-ready", report_target)
    wait_for(process, "loaded")  # its map exported, its page loaded, never ready
    process.send_signal(signum)
    returncode, err, seconds = finish(process)
    assert returncode == code, err
    assert f"report: stopped by {signal.Signals(signum).name}" in err
    assert "Traceback" not in err and seconds < 5
    assert report_target.read_bytes() == OLD
    assert leftovers(report_target) == []  # its folder and its map's, removed


def test_a_signal_while_writing_a_report_keeps_the_old_file(report_target):
    returncode, err, _ = finish(start_report("signal-in-write", report_target), timeout=90)
    assert returncode == 143, err
    assert report_target.read_bytes() == OLD
    assert leftovers(report_target) == []
