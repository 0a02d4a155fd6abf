"""`hengyang-explorer report`: one-line errors with exit 2 and no file; real PDFs headless,
in a process of their own, as a user runs them."""

import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from explorer.cli import main
from tests.conftest import REPO


@pytest.mark.parametrize("args, words", [
    (["--chain", "steel", "--out", "r.pdf"], "unknown chain 'steel'"),
    (["--chain", "nuclear", "--out", "r.png"], "does not end in .pdf"),
    (["--chain", "nuclear", "--out", "r.pdf", "--lang", "fr"], "unknown language 'fr'"),
    (["--overview", "--out", "missing/r.pdf"], "does not exist"),
])
def test_bad_request_exits_2_with_one_line(args, words, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["report", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err, err
    assert not list(tmp_path.iterdir())


def test_all_reports_into_a_folder_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    out = tmp_path / "reports"
    done = subprocess.run([sys.executable, "-m", "explorer", "report", "--all", "--out",
                           str(out), "--lang", "en"], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    from explorer.core.catalogue import load_catalogue

    chains = list(load_catalogue().chains)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{c}.pdf" for c in chains] + ["overview.pdf"])
    text = PdfReader(out / "steel-pipe.pdf").pages[0].extract_text()
    assert "Steel pipe and deep processing" in text
