"""Exports and reports to a full disk: exit 2, a message naming the user's file, the old
file kept.

The disk is a small tmpfs the test mounts (and so needs root), filled to the last byte.
"""

import os
import subprocess

import pytest

from explorer.cli import main

OLD = b"a good old map"


@pytest.fixture
def full_disk(tmp_path):
    """A folder on a 1 MB tmpfs holding map.png and map.pdf (old content); no space left."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs to fill needs root")
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        for name in ("map.png", "map.pdf", "report.pdf"):
            (folder / name).write_bytes(OLD)
        with open(folder / "filler", "wb", buffering=0) as filler:
            try:
                while True:
                    filler.write(b"\0" * 512)
            except OSError:
                pass
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.parametrize("name, args", [("map.png", ["--size", "300x200"]),
                                        ("map.pdf", []),
                                        ("map.html", [])])
def test_a_full_disk_fails_with_exit_2_and_keeps_the_old_file(qapp, full_disk, capsys, name,
                                                              args):
    out = full_disk / name
    code = main(["export", "--out", str(out), "--lang", "en", *args])
    err = capsys.readouterr().err
    assert code == 2, err
    kept = "; the existing file was kept" if out.exists() else ""
    assert err == f"export: cannot write {out}: the disk is full{kept}\n"
    assert (out.read_bytes() == OLD) if out.exists() else name == "map.html"
    assert sorted(p.name for p in full_disk.iterdir()) == FILES


FILES = ["filler", "map.pdf", "map.png", "report.pdf"]


@pytest.mark.parametrize("name", ["report.pdf", "new-report.pdf"])
def test_a_report_to_a_full_disk_fails_the_same_way(qapp, full_disk, capsys, name):
    out = full_disk / name
    code = main(["report", "--overview", "--out", str(out), "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 2, err
    kept = "; the existing file was kept" if out.exists() else ""
    assert err == f"report: cannot write {out}: the disk is full{kept}\n"
    assert (out.read_bytes() == OLD) if out.exists() else name == "new-report.pdf"
    assert sorted(p.name for p in full_disk.iterdir()) == FILES
