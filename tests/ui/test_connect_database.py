"""File → Connect to database…: the fields and the URI, the password prompt (the password
never in settings, log or title), ~/.pgpass, recent connections, and a clear message for each
way a connection fails."""

import logging

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit, QMessageBox

from explorer.core.db import connect as connection
from explorer.core.db.location import parse_location
from explorer.core.db.transfer import push
from explorer.core.load import BUNDLED_PATH
from explorer.ui.connect_dialog import ConnectDialog, compose_uri, split_uri

PASSWORD = "Pw-Hengyang-s3cret!"  # typed by QTest, which types ASCII only


@pytest.fixture
def shared(database):
    push(BUNDLED_PATH, database)
    return database


def dbname(uri):
    return parse_location(uri).conninfo.split("/")[-1].split("?")[0]


def socket_folder(uri):
    return split_uri(uri)["host"]


@pytest.fixture
def password_role(shared, cluster):
    """A role that must give a password (scram), whatever the cluster's trust rule says."""
    with psycopg.connect(shared, autocommit=True) as conn:
        conn.execute("DO $$BEGIN CREATE ROLE office LOGIN; EXCEPTION WHEN duplicate_object "
                     "THEN NULL; END$$")
        conn.execute(f"ALTER ROLE office PASSWORD '{PASSWORD}'")
        conn.execute("GRANT USAGE ON SCHEMA explorer TO office")
        conn.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA explorer "
                     "TO office")
        hba = cluster.data / "pg_hba.conf"
        text = hba.read_text()
        if "office" not in text:
            hba.write_text("local all office scram-sha-256\n" + text)
        conn.execute("SELECT pg_reload_conf()")
    yield "office"
    connection.PASSWORDS.clear()


def connect_dialog(qtbot, window) -> ConnectDialog:
    window.findChild(QAction, "connect-database").trigger()
    qtbot.waitUntil(lambda: window.findChild(ConnectDialog) is not None, timeout=5000)
    return window.findChild(ConnectDialog)


def fill_and_connect(qtbot, dialog, **fields):
    for name, text in fields.items():
        edit = dialog.findChild(QLineEdit, name)
        edit.clear()
        QTest.keyClicks(edit, text)
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)


def password_prompt(qtbot, window) -> QInputDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in
                                window.findChildren(QInputDialog, "database-password")),
                    timeout=15_000)
    return next(d for d in window.findChildren(QInputDialog, "database-password")
                if d.isVisible())


def type_password(qtbot, prompt, text):
    edit = prompt.findChild(QLineEdit)
    assert edit.echoMode() == QLineEdit.Password
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=5000)


def test_the_dialog_asks_for_a_password_and_never_keeps_it(qtbot, window, shared,
                                                           password_role, settings, tmp_path,
                                                           monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    log_file = tmp_path / "explorer.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.DEBUG)
    try:
        dialog = connect_dialog(qtbot, window)
        fill_and_connect(qtbot, dialog, host=socket_folder(shared), database=dbname(shared),
                         user=password_role)
        type_password(qtbot, password_prompt(qtbot, window), "wrong password")
        prompt = password_prompt(qtbot, window)  # again, saying the first was refused
        assert "拒绝" in prompt.labelText() or "refused" in prompt.labelText()
        type_password(qtbot, prompt, PASSWORD)
        qtbot.waitUntil(lambda: window.cat.store.name == f"{dbname(shared)}/explorer",
                        timeout=20_000)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    settings.sync()
    settings_text = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert settings.recent_databases == [window.cat.store.location]
    assert "office@" in settings.recent_databases[0]
    for text in (settings_text, log_file.read_text(encoding="utf-8"), window.windowTitle(),
                 window.cat.store.location):
        assert PASSWORD not in text and "s3cret" not in text
    assert window.cat.store.writable  # office may write: editing is on
    assert window.findChild(QAction, "edit-mode").isEnabled()


def test_pgpass_gives_the_password_without_a_prompt(qtbot, window, shared, password_role,
                                                    tmp_path, monkeypatch):
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:office:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    dialog = connect_dialog(qtbot, window)
    uri = compose_uri(socket_folder(shared), 0, dbname(shared), "office", "explorer", "")
    dialog.uri_edit.clear()
    QTest.keyClicks(dialog.uri_edit, uri)  # pasted: the fields follow
    assert dialog.findChild(QLineEdit, "user").text() == "office"
    assert dialog.findChild(QLineEdit, "database").text() == dbname(shared)
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: window.cat.store.name == f"{dbname(shared)}/explorer",
                    timeout=20_000)
    assert not window.findChildren(QInputDialog, "database-password")


def test_recent_connections_are_offered(qtbot, window, shared, settings):
    settings.recent_databases = [parse_location(shared).shown, "postgresql://x@elsewhere/db"]
    dialog = connect_dialog(qtbot, window)
    assert dialog.recent.count() == 3
    assert dialog.uri_edit.text() == parse_location(shared).shown  # the latest, ready
    assert dialog.findChild(QLineEdit, "database").text() == dbname(shared)
    QTest.keyClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.Key_Space)
    qtbot.waitUntil(lambda: window.cat.store.name == f"{dbname(shared)}/explorer",
                    timeout=20_000)


@pytest.fixture
def plain_database(cluster):
    """A database without PostGIS."""
    with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS plain_pg")
        conn.execute("CREATE DATABASE plain_pg")
    return cluster.dsn("plain_pg")


@pytest.mark.parametrize("case", ["unreachable", "no-schema", "not-postgis", "no-database"])
def test_each_failure_has_its_own_message(qtbot, window, shared, plain_database, case):
    uri = {"unreachable": shared.replace("host=", "host=/nonexistent"),
           "no-schema": shared + "&schema=nothing_here",
           "not-postgis": plain_database,
           "no-database": shared.replace(dbname(shared), "no_such_db")}[case]
    words = {"unreachable": ("无法连接到数据库服务器", "cannot be reached"),
             "no-schema": ("db init", "db init"),
             "not-postgis": ("PostGIS", "PostGIS"),
             "no-database": ("没有这个名称的数据库", "no database of that name")}[case]
    dialog = connect_dialog(qtbot, window)
    dialog.uri_edit.clear()
    QTest.keyClicks(dialog.uri_edit, uri)
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "database-error") is not None,
                    timeout=20_000)
    box = window.findChild(QMessageBox, "database-error")
    assert words[0] in box.text() or words[1] in box.text()
    assert "Traceback" not in box.text() + box.informativeText() + box.detailedText()
    assert window.cat.store.name == "hengyang_parks.gpkg" or "gpkg" in window.cat.store.name
    box.done(QMessageBox.Ok)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ConnectDialog)),
                    timeout=5000)  # asked again, with the reason on top


def test_the_uri_and_the_fields_are_one_location():
    uri = compose_uri("/tmp/sock", 5433, "城市", "ann", "parks", "require", "pw",
                      [("application_name", "x")])
    fields = split_uri(uri)
    assert (fields["host"], fields["port"], fields["database"], fields["user"],
            fields["schema"], fields["sslmode"], fields["password"]) == (
        "/tmp/sock", 5433, "城市", "ann", "parks", "require", "pw")
    assert fields["other"] == [("application_name", "x")]
    assert split_uri(compose_uri("db.example", 0, "gis", "", "explorer", ""))["host"] == \
        "db.example"
    assert "schema" not in compose_uri("db.example", 0, "gis", "", "explorer", "")


def test_a_uri_given_at_start_asks_for_the_password(qtbot, shared, password_role, tmp_path,
                                                    monkeypatch):
    from explorer.ui import app

    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    asked = []

    def answer(parent, title, text, mode):
        asked.append(text)
        return ("wrong" if len(asked) == 1 else PASSWORD), True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    uri = compose_uri(socket_folder(shared), 0, dbname(shared), "office", "explorer", "")
    cat = app.load_with_password(uri)
    assert len(asked) == 2 and ("拒绝" in asked[1] or "refused" in asked[1])
    assert PASSWORD not in cat.store.location and len(cat.parks) > 0
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("", False))
    connection.PASSWORDS.clear()
    with pytest.raises(connection.ConnectFailed):
        app.load_with_password(uri)  # cancelled: the reason, as any failed load
