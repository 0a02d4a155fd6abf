"""Two real windows on one PostGIS catalogue, edited at once by real drags: the second save
meets the conflict dialog, and each choice leaves the database row it should; different parks
both save; a lost connection keeps the edits; another office's save shows up live."""

import json

import psycopg
import pytest
import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from explorer.core import editing
from explorer.core.catalogue import load_catalogue
from explorer.core.changes import Changes
from explorer.core.db.location import parse_location
from explorer.core.db.store import PostgisStore
from explorer.core.db.transfer import push
from explorer.core.load import BUNDLED_PATH
from explorer.ui.conflict_dialog import ConflictDialog
from tests.pages import marker
from tests.ui.editing import drag, edit_mode, set_view

XIDU, SONGMU = "xidu-time-valley", "songmu-edz"


@pytest.fixture
def shared(database):
    push(BUNDLED_PATH, database)
    return database


def db_park(uri, park_id):
    return load_catalogue(uri).parks[park_id]


def open_window(make_window, uri, tmp_path, name):
    """A window of its own (own settings file) on the database catalogue."""
    from PySide6.QtCore import QSettings

    from explorer.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.IniFormat))
    settings.editor_name = f"office {name}"
    return make_window(cat=load_catalogue(uri), settings=settings)


def drag_park(qtbot, window, park_id, dx, dy):
    """Drag `park_id`'s marker by (dx, dy) pixels with the real mouse, in edit mode."""
    park = window.cat.parks[park_id]
    set_view(qtbot, window, park.geometry.y, park.geometry.x, 12)
    if not window.editor.edit_mode:
        edit_mode(qtbot, window)
    start = marker(qtbot, window, park_id)
    before = window.cat.parks[park_id].geometry
    drag(qtbot, window, (start["x"], start["y"]), (start["x"] + dx, start["y"] + dy))
    qtbot.waitUntil(lambda: window.cat.parks[park_id].geometry != before, timeout=10_000)
    return window.cat.parks[park_id].geometry


def conflict_dialog(qtbot, window) -> ConflictDialog:
    qtbot.waitUntil(lambda: window.findChild(ConflictDialog) is not None
                    and window.findChild(ConflictDialog).isVisible(), timeout=10_000)
    return window.findChild(ConflictDialog)


def two_drags_of_one_park(qtbot, make_window, shared, tmp_path):
    """Office A and office B drag the same park; A saves first, B's save conflicts."""
    a = open_window(make_window, shared, tmp_path, "a")
    b = open_window(make_window, shared, tmp_path, "b")
    theirs = drag_park(qtbot, a, XIDU, 90, 40)
    mine = drag_park(qtbot, b, XIDU, -60, 80)
    assert a.saver.save()
    assert db_park(shared, XIDU).geometry.equals(theirs)
    assert b.saver.save() is False
    return a, b, theirs, mine, conflict_dialog(qtbot, b)


def test_keep_mine_after_a_conflict(qtbot, make_window, shared, tmp_path):
    a, b, theirs, mine, dialog = two_drags_of_one_park(qtbot, make_window, shared, tmp_path)
    assert dialog.rows.count() == 1
    # Side by side, the place differs and is highlighted; the coordinates are shown.
    rows = {dialog.table.item(r, 0).data(Qt.UserRole): r for r in range(dialog.table.rowCount())}
    place = rows["geometry"]
    assert f"{theirs.y:.6f}" in dialog.table.item(place, 1).text()
    assert f"{mine.y:.6f}" in dialog.table.item(place, 2).text()
    assert dialog.table.item(place, 1).font().bold()
    assert not dialog.table.item(rows["name_zh"], 1).font().bold()
    QTest.mouseClick(dialog.findChild(QPushButton, "keep-mine"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not b.saver.dirty, timeout=10_000)
    assert db_park(shared, XIDU).geometry.equals(mine)
    # Nothing lost: both moves are in the history.
    history = [e for e in load_catalogue(shared).history if e.row_id == XIDU]
    assert [e.after["geometry"].equals(g) for e, g in zip(history, (theirs, mine))] == [True,
                                                                                        True]


def test_keep_theirs_after_a_conflict(qtbot, make_window, shared, tmp_path):
    a, b, theirs, mine, dialog = two_drags_of_one_park(qtbot, make_window, shared, tmp_path)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    QTest.keyClick(dialog, Qt.Key_T, Qt.AltModifier)  # the button's mnemonic
    qtbot.waitUntil(lambda: not b.saver.dirty, timeout=10_000)
    assert db_park(shared, XIDU).geometry.equals(theirs)
    assert b.cat.parks[XIDU].geometry.equals(theirs)  # the window shows theirs too
    # Nothing lost: the user's own move is in the history, then the choice that undid it.
    history = [e for e in load_catalogue(shared).history if e.row_id == XIDU]
    assert history[-2].after["geometry"].equals(mine)
    assert history[-1].after["geometry"].equals(theirs)


def test_merge_field_by_field(qtbot, make_window, shared, tmp_path):
    a = open_window(make_window, shared, tmp_path, "a")
    b = open_window(make_window, shared, tmp_path, "b")
    theirs = drag_park(qtbot, a, XIDU, 90, 40)
    drag_park(qtbot, b, XIDU, -60, 80)
    b.editor.push(editing.change_park(b.cat, XIDU, {"name_en": "Xidu (office B)"}, "B"),
                  "rename")
    assert a.saver.save()
    assert b.saver.save() is False
    dialog = conflict_dialog(qtbot, b)
    # Their place, my English name: ticked with the keyboard (arrows to the cell, Space).
    rows = {dialog.table.item(r, 0).data(Qt.UserRole): r for r in range(dialog.table.rowCount())}
    dialog.table.setFocus()
    dialog.table.setCurrentCell(rows["geometry"], 1)
    QTest.keyClick(dialog.table, Qt.Key_Space)
    assert dialog.table.item(rows["geometry"], 1).checkState() == Qt.Checked
    assert dialog.table.item(rows["geometry"], 2).checkState() == Qt.Unchecked
    assert dialog.table.item(rows["name_en"], 2).checkState() == Qt.Checked
    QTest.mouseClick(dialog.findChild(QPushButton, "merge"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not b.saver.dirty, timeout=10_000)
    park = db_park(shared, XIDU)
    assert park.geometry.equals(theirs) and park.name_en == "Xidu (office B)"


def test_cancel_keeps_the_edits_unsaved(qtbot, make_window, shared, tmp_path):
    a, b, theirs, mine, dialog = two_drags_of_one_park(qtbot, make_window, shared, tmp_path)
    QTest.keyClick(dialog, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert b.saver.dirty and b.cat.parks[XIDU].geometry.equals(mine)
    assert db_park(shared, XIDU).geometry.equals(theirs)
    assert b.windowTitle().startswith("*")
    b.saver.save()  # asked again: the conflict is still there
    QTest.mouseClick(conflict_dialog(qtbot, b).findChild(QPushButton, "keep-mine"),
                     Qt.LeftButton)
    qtbot.waitUntil(lambda: not b.saver.dirty, timeout=10_000)
    assert db_park(shared, XIDU).geometry.equals(mine)


def test_two_windows_editing_different_parks_both_save(qtbot, make_window, shared, tmp_path):
    a = open_window(make_window, shared, tmp_path, "a")
    b = open_window(make_window, shared, tmp_path, "b")
    moved_a = drag_park(qtbot, a, XIDU, 80, 30)
    moved_b = drag_park(qtbot, b, SONGMU, -50, 60)
    assert a.saver.save() and b.saver.save()
    parks = load_catalogue(shared).parks
    assert parks[XIDU].geometry.equals(moved_a) and parks[SONGMU].geometry.equals(moved_b)
    assert b.findChild(ConflictDialog) is None


def rename_elsewhere(uri, park_id, name):
    """Another office's save, through a connection of its own."""
    store = PostgisStore(uri)
    store.read()
    changes = Changes()
    changes.put("parks", {"id": park_id, "name_en": name})
    store.write(changes)


def test_another_office_s_save_shows_up_live(qtbot, make_window, shared, tmp_path):
    window = open_window(make_window, shared, tmp_path, "a")
    window.state.select("park", SONGMU)
    qtbot.waitUntil(lambda: window.live.connected, timeout=10_000)
    rename_elsewhere(shared, SONGMU, "Songmu, renamed by office B")
    qtbot.waitUntil(lambda: window.cat.parks[SONGMU].name_en == "Songmu, renamed by office B",
                    timeout=15_000)
    label = window.findChild(QLabel, "database-status")
    assert "另一" in label.text() or "another office" in label.text()
    assert window.state.selected_id("park") == SONGMU  # the view state stays
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=20_000)


def test_with_unsaved_edits_the_refresh_waits_for_the_save(qtbot, make_window, shared,
                                                           tmp_path):
    window = open_window(make_window, shared, tmp_path, "a")
    qtbot.waitUntil(lambda: window.live.connected, timeout=10_000)
    moved = drag_park(qtbot, window, XIDU, 70, 20)
    rename_elsewhere(shared, SONGMU, "Songmu (B)")
    qtbot.waitUntil(lambda: window.live.waiting, timeout=15_000)
    assert window.cat.parks[XIDU].geometry.equals(moved)  # the edit is still there, unsaved
    assert window.cat.parks[SONGMU].name_en != "Songmu (B)"
    label = window.findChild(QLabel, "database-status")
    assert "保存后" in label.text() or "after your save" in label.text()
    window.findChild(QAction, "refresh-data").trigger()  # Ctrl+R waits too
    assert window.saver.dirty and window.cat.parks[XIDU].geometry.equals(moved)
    assert window.saver.save()
    qtbot.waitUntil(lambda: window.cat.parks[SONGMU].name_en == "Songmu (B)", timeout=15_000)
    assert window.cat.parks[XIDU].geometry.equals(moved)
    assert db_park(shared, XIDU).geometry.equals(moved)


def test_view_refresh_reads_the_database_again(qtbot, make_window, shared, tmp_path):
    window = open_window(make_window, shared, tmp_path, "a")
    window.live.stop()  # as if no notification came (a server that drops them)
    rename_elsewhere(shared, SONGMU, "Songmu, read again")
    qtbot.wait(500)
    assert window.cat.parks[SONGMU].name_en != "Songmu, read again"
    window.findChild(QAction, "refresh-data").trigger()
    qtbot.waitUntil(lambda: window.cat.parks[SONGMU].name_en == "Songmu, read again",
                    timeout=15_000)


def test_a_read_only_role_opens_with_editing_off(qtbot, make_window, shared, cluster,
                                                 tmp_path):
    dbname = parse_location(shared).conninfo.split("/")[-1].split("?")[0]
    with psycopg.connect(shared, autocommit=True) as conn:
        # Roles are the cluster's, shared by every test: this one is this test's own.
        conn.execute("DO $$BEGIN CREATE ROLE window_reader LOGIN; EXCEPTION WHEN "
                     "duplicate_object THEN NULL; END$$")
        conn.execute("GRANT USAGE ON SCHEMA explorer TO window_reader")
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA explorer TO window_reader")
    window = open_window(make_window, cluster.dsn(dbname, user="window_reader"), tmp_path, "r")
    action = window.findChild(QAction, "edit-mode")
    assert not action.isEnabled()
    assert "INSERT" in action.toolTip()  # says why
    assert "只读" in window.findChild(QLabel, "database-status").text()  # zh: the window's language
    window.editor.set_edit_mode(True)  # even asked directly
    assert not window.editor.edit_mode
    assert not window.findChild(QAction, "add-park").isEnabled() or \
        not window.findChild(QAction, "add-park").parent().isEnabled()


def kill_backends_during_the_save(monkeypatch, uri):
    """Terminate every other connection to the database (from a superuser connection) in
    the middle of the save's transaction, after its rows are written."""
    import explorer.core.db.store as module

    check = module.check_before_writing

    def kill_then_check(frames, file):
        with psycopg.connect(parse_location(uri).conninfo, autocommit=True) as other:
            other.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE pid <> pg_backend_pid() AND datname = current_database() "
                          "AND backend_type = 'client backend'")
        check(frames, file)

    monkeypatch.setattr(module, "check_before_writing", kill_then_check)


def test_a_lost_connection_keeps_the_edits_until_the_next_save(qtbot, make_window, shared,
                                                               tmp_path, monkeypatch):
    window = open_window(make_window, shared, tmp_path, "a")
    original = db_park(shared, XIDU).geometry
    moved = drag_park(qtbot, window, XIDU, 60, 60)
    kill_backends_during_the_save(monkeypatch, shared)
    assert window.saver.save() is False
    box = window.findChild(QMessageBox, "save-error")
    assert box is not None and box.isVisible()
    assert "无法连接" in box.text() or "cannot be reached" in box.text()
    assert "Traceback" not in box.text() + box.informativeText()
    box.close()
    monkeypatch.undo()
    assert db_park(shared, XIDU).geometry.equals(original)  # the database is unchanged
    assert window.saver.dirty and window.cat.parks[XIDU].geometry.equals(moved)
    journal = window.saver.journal_path()
    assert journal.parent == tmp_path / "journals" and journal.is_file()
    assert json.loads(journal.read_text(encoding="utf-8"))["edits"][0]["row_id"] == XIDU
    assert window.saver.save()  # the connection is back
    assert db_park(shared, XIDU).geometry.equals(moved)
    assert not journal.exists() and not window.saver.dirty


def test_a_server_out_of_reach_at_save_time_gives_a_clear_message(qtbot, make_window, shared, tmp_path,
                                                monkeypatch):
    window = open_window(make_window, shared, tmp_path, "a")
    drag_park(qtbot, window, XIDU, 40, 40)
    where = parse_location(shared)
    monkeypatch.setattr(window.cat.store, "_where", where.__class__(
        where.conninfo.replace("host=", "host=/nonexistent"), where.schema, where.shown))
    assert window.saver.save() is False
    box = window.findChild(QMessageBox, "save-error")
    assert "无法连接" in box.text() or "cannot be reached" in box.text()
    assert window.saver.dirty


def crash_leaving_the_journal(window):
    """The window ends without saving; its journal stays behind (as after a crash)."""
    window.saver.write_journal()
    journal = window.saver.journal_path()
    kept = journal.read_bytes()
    window.close()  # the tests' windows discard unsaved edits on close, journal included
    journal.write_bytes(kept)
    return journal


def test_edits_left_in_the_journal_are_offered_again(qtbot, make_window, shared, tmp_path):
    first = open_window(make_window, shared, tmp_path, "a")
    moved = drag_park(qtbot, first, XIDU, 50, 50)
    journal = crash_leaving_the_journal(first)
    assert "password" not in journal.name and journal.parent == tmp_path / "journals"
    again = open_window(make_window, shared, tmp_path, "a2")
    qtbot.waitUntil(lambda: again.findChild(QMessageBox, "recover-journal") is not None,
                    timeout=5000)
    again.findChild(QMessageBox, "recover-journal").button(QMessageBox.Yes).click()
    qtbot.waitUntil(lambda: again.cat.parks[XIDU].geometry.equals(moved), timeout=5000)
    assert again.saver.save()
    assert db_park(shared, XIDU).geometry.equals(moved)


def test_journal_edits_of_rows_changed_since_are_not_made_again(qtbot, make_window, shared,
                                                                tmp_path):
    first = open_window(make_window, shared, tmp_path, "a")
    drag_park(qtbot, first, XIDU, 50, 50)
    journal = crash_leaving_the_journal(first)
    office_b = PostgisStore(shared)
    office_b.read()
    changes = Changes()
    changes.put("parks", {"id": XIDU, "name_en": "changed by office B"})
    office_b.write(changes)
    again = open_window(make_window, shared, tmp_path, "a2")
    qtbot.waitUntil(lambda: again.findChild(QMessageBox, "journal-stale") is not None,
                    timeout=5000)
    assert journal.with_suffix(".journal-old").is_file()  # kept, not made again blindly
    assert not again.saver.dirty


def test_live_updates_pause_while_the_database_is_away_and_catch_up(qtbot, make_window,
                                                                     shared, tmp_path):
    window = open_window(make_window, shared, tmp_path, "a")
    label = window.findChild(QLabel, "database-status")
    qtbot.waitUntil(lambda: window.live.connected, timeout=10_000)
    with psycopg.connect(parse_location(shared).conninfo, autocommit=True) as admin:
        # The listening session ends, and office B saves while nobody listens.
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                      "pid <> pg_backend_pid() AND datname = current_database() "
                      "AND backend_type = 'client backend'")
        rename_elsewhere(shared, SONGMU, "Songmu, saved while nobody listened")
    qtbot.waitUntil(lambda: "暂停" in label.text(), timeout=5000)
    # Listening again (within a few seconds), the window reads what it missed.
    qtbot.waitUntil(lambda: window.cat.parks[SONGMU].name_en ==
                    "Songmu, saved while nobody listened", timeout=20_000)
    assert "暂停" not in label.text()
