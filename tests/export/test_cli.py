"""`hengyang-explorer export`: one-line errors with exit 2 and no file; real files headless."""

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from explorer.cli import main
from tests.conftest import REPO


@pytest.mark.parametrize("args, words", [
    (["--chain", "steel"], "unknown chain 'steel'"),
    (["--park", "nowhere"], "unknown park 'nowhere'"),
    (["--size", "0x0"], "bad size 0x0"),
    (["--size", "big"], "bad size 'big'"),
    (["--scale", "9"], "bad scale 9"),
    (["--bbox", "1,2"], "bad bbox '1,2'"),
    (["--lang", "fr"], "unknown language 'fr'"),
])
def test_bad_option_exits_2_with_one_line_and_keeps_the_old_file(args, words, tmp_path,
                                                                  capsys):
    out = tmp_path / "map.png"
    out.write_bytes(b"a good old map")
    assert main(["export", "--out", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err, err
    assert out.read_bytes() == b"a good old map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]


@pytest.mark.parametrize("target, words", [
    ("map.gif", "unknown file type '.gif'"),
    ("missing/map.png", "does not exist"),
    ("a-file/map.png", "is a file, not a folder"),
])
def test_unwritable_target_exits_2_and_writes_nothing(target, words, tmp_path, capsys):
    (tmp_path / "a-file").write_text("not a folder")
    assert main(["export", "--out", str(tmp_path / target), "--size", "200x150"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_per_chain_writes_one_png_per_chain(qapp, tmp_path, capsys):
    folder = tmp_path / "chains"
    code = main(["export", "--per-chain", str(folder), "--chain", "textile", "watch-clock",
                 "--size", "200x150", "--lang", "en"])
    assert code == 0, capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == ["textile.png", "watch-clock.png"]
    assert QImage(str(folder / "textile.png")).size().toTuple() == (200, 150)


CLI_WITHOUT_UI = """
import sys
from explorer.cli import main
code = main(sys.argv[1:])
assert not [m for m in sys.modules if m.startswith("explorer.ui")], "imported explorer.ui"
sys.exit(code)
"""


def test_command_line_sets_up_offscreen_qt_itself(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "QTWEBENGINE_CHROMIUM_FLAGS", "DISPLAY")}
    out = tmp_path / "map.png"
    done = subprocess.run(
        [sys.executable, "-c", CLI_WITHOUT_UI, "export", "--out", str(out), "--size",
         "300x200", "--scale", "2", "--chain", "nuclear"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"wrote {out}" in done.stdout
    assert done.stderr == ""  # no QRhi, GBM or Vulkan lines: those go to --verbose
    assert QImage(str(out)).size().toTuple() == (600, 400)
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]


def test_verbose_shows_what_qt_says(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "QTWEBENGINE_CHROMIUM_FLAGS", "QT_LOGGING_RULES")}
    done = subprocess.run(
        [sys.executable, "-c", CLI_WITHOUT_UI, "--verbose", "export", "--out",
         str(tmp_path / "map.png"), "--size", "300x200", "--chain", "nuclear"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "explorer.qt" in done.stderr  # Qt's own lines, through the log
