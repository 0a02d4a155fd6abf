"""A real editing session killed with SIGKILL before it saved: the next start offers its
journal, and the edits come back exactly; the file itself was never touched."""

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys

from PySide6.QtWidgets import QMessageBox

from explorer.core.catalogue import load_catalogue
from explorer.core.edits import row_of
from explorer.core.load import BUNDLED_PATH
from tests.conftest import REPO
from tests.ui.killed_session import row_text


def test_a_session_killed_before_saving_is_recovered_at_the_next_start(make_window, tmp_path):
    path = tmp_path / "catalogue.gpkg"
    shutil.copyfile(BUNDLED_PATH, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    work = tmp_path / "killed"
    work.mkdir()
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.killed_session", str(path),
                              str(work)], cwd=REPO, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        rows = None
        for line in child.stdout:
            if line.startswith("ROWS "):
                rows = json.loads(line[5:])
            if line.strip() == "journalled":
                break
        assert rows is not None, "the session made no edits"
        child.send_signal(signal.SIGKILL)  # no chance to save, close or clean up
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # nothing was saved
    journals = list(tmp_path.glob(".*.journal"))
    assert [j.name for j in journals] == [".catalogue.gpkg.journal"]  # beside the file
    window = make_window(load_catalogue(path))
    box = window.findChild(QMessageBox, "recover-journal")
    assert box is not None and box.isVisible()
    assert "3" in box.text()
    box.button(QMessageBox.Yes).click()
    cat = window.cat
    for key, expected in rows.items():
        layer, row_id = key.split("/")
        assert row_text(row_of(cat, layer, row_id)) == expected, key
    assert [e.editor for e in cat.history[-3:]] == ["现场核实员"] * 3
    assert window.windowTitle().startswith("*")
    assert window.saver.save()
    again = load_catalogue(path)
    for key, expected in rows.items():
        layer, row_id = key.split("/")
        assert row_text(row_of(again, layer, row_id)) == expected, key
    assert not journals[0].exists()
