"""A catalogue in PostGIS: init, push, pull, and several offices saving at once."""

import threading
from urllib.parse import quote

import pandas as pd
import psycopg
import pytest
import shapely

from explorer.core.catalogue import load_catalogue
from explorer.core.changes import Changes
from explorer.core.db.location import parse_location
from explorer.core.db.store import ConflictError, PostgisStore
from explorer.core.db.tables import NOTIFY_CHANNEL
from explorer.core.db.transfer import init_database, pull, push
from explorer.core.errors import DataError
from explorer.core.load import BUNDLED_PATH
from explorer.core.schema import ALL_LAYERS, LAYERS
from explorer.core.store import open_store


@pytest.fixture
def shared(database):
    """A database holding the bundled catalogue."""
    push(BUNDLED_PATH, database)
    return database


def same_frames(a: dict, b: dict) -> None:
    """Layer by layer, row by row, field by field (types as a load gives them)."""
    assert list(a) == list(b)
    for layer in a:
        left, right = a[layer], b[layer]
        assert len(left) == len(right), layer
        for column in [f.name for f in ALL_LAYERS[layer]]:
            l_values = left[column].astype(object).where(left[column].notna(), None).tolist()
            r_values = right[column].astype(object).where(right[column].notna(), None).tolist()
            assert l_values == r_values, (layer, column)
        if "geometry" in left:
            assert all(shapely.equals_exact(x, y, 1e-9) if x is not None else y is None
                       for x, y in zip(left.geometry, right.geometry)), layer


def test_push_then_pull_gives_back_the_same_catalogue(shared, tmp_path):
    pulled = tmp_path / "pulled.gpkg"
    pull(shared, pulled)
    original, _ = open_store(BUNDLED_PATH).read()
    again, _ = open_store(pulled).read()
    same_frames(original, again)
    cat = load_catalogue(shared)
    assert cat.store.name.endswith("/explorer") and len(cat.parks) == len(original["parks"])


def test_a_pushed_catalogue_is_not_overwritten_by_accident(shared):
    with pytest.raises(DataError, match="--replace"):
        push(BUNDLED_PATH, shared)
    push(BUNDLED_PATH, shared, replace=True)


def test_init_refuses_an_existing_schema(shared):
    with pytest.raises(DataError, match="already holds a catalogue"):
        init_database(shared)


def rename_park(store: PostgisStore, park_id: str, name: str) -> None:
    changes = Changes()
    changes.put("parks", {"id": park_id, "name_en": name})
    store.write(changes)


def test_two_offices_editing_the_same_park_get_a_conflict_not_a_loss(shared):
    mine, theirs = PostgisStore(shared), PostgisStore(shared)
    mine.read()
    theirs.read()
    rename_park(theirs, "songmu-edz", "Songmu (theirs)")
    with pytest.raises(ConflictError) as caught:
        rename_park(mine, "songmu-edz", "Songmu (mine)")
    conflict, = caught.value.conflicts
    assert conflict.layer == "parks" and conflict.key == ("songmu-edz",)
    assert conflict.theirs["name_en"] == "Songmu (theirs)"
    assert conflict.yours == {"id": "songmu-edz", "name_en": "Songmu (mine)"}
    assert load_catalogue(shared).parks["songmu-edz"].name_en == "Songmu (theirs)"
    mine.accept(conflict)  # the user keeps theirs' version as the base, and saves again
    rename_park(mine, "songmu-edz", "Songmu (mine)")
    assert load_catalogue(shared).parks["songmu-edz"].name_en == "Songmu (mine)"


def test_two_offices_editing_different_parks_both_save(shared):
    mine, theirs = PostgisStore(shared), PostgisStore(shared)
    mine.read()
    theirs.read()
    rename_park(theirs, "songmu-edz", "Songmu B")
    rename_park(mine, "baisha-ludao", "Baisha A")
    parks = load_catalogue(shared).parks
    assert (parks["songmu-edz"].name_en, parks["baisha-ludao"].name_en) == ("Songmu B",
                                                                              "Baisha A")


def test_editing_a_row_someone_deleted_is_a_conflict(shared):
    mine, theirs = PostgisStore(shared), PostgisStore(shared)
    mine.read()
    theirs.read()
    gone = Changes()
    gone.delete("figures", ("park", "xidu-time-valley", "watch_firms_signed", "result", "",
                            "hyrb-2023-chains"))
    with pytest.raises(DataError, match="no row|changed by someone"):
        theirs.write(gone)  # a key that does not exist: nothing to delete, nothing changed
    frames, _ = PostgisStore(shared).read()
    figure = frames["figures"].iloc[0]
    key = tuple(figure[k] if pd.notna(figure[k]) else "" for k in
                ("subject_type", "subject_id", "metric", "kind", "period", "source_id"))
    theirs_figure = Changes()
    theirs_figure.delete("figures", key)
    theirs.write(theirs_figure)
    mine_figure = Changes()
    mine_figure.put("figures", {**dict(zip(("subject_type", "subject_id", "metric", "kind",
                                            "period", "source_id"), key)), "value": 1.0})
    with pytest.raises(ConflictError) as caught:
        mine.write(mine_figure)
    assert caught.value.conflicts[0].theirs is None


def test_an_invalid_catalogue_is_never_written(shared):
    store = PostgisStore(shared)
    store.read()
    changes = Changes()
    changes.put("parks", {"id": "songmu-edz", "chain_ids": "no-such-chain"})
    with pytest.raises(DataError, match="unknown chain 'no-such-chain'"):
        store.write(changes)
    assert load_catalogue(shared).parks["songmu-edz"].chain_ids != ("no-such-chain",)
    rename_park(store, "songmu-edz", "still writable")  # versions were restored


def test_a_connection_killed_mid_save_changes_nothing(shared, monkeypatch):
    store = PostgisStore(shared)
    store.read()
    import explorer.core.db.store as module

    check = module.check_before_writing

    def kill_then_check(frames, file):
        with psycopg.connect(parse_location(shared).conninfo, autocommit=True) as other:
            other.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE pid <> pg_backend_pid() AND datname = current_database()")
        check(frames, file)

    monkeypatch.setattr(module, "check_before_writing", kill_then_check)
    with pytest.raises((DataError, psycopg.OperationalError)):
        rename_park(store, "songmu-edz", "lost in transit")
    monkeypatch.undo()
    assert load_catalogue(shared).parks["songmu-edz"].name_en != "lost in transit"


def test_a_read_only_role_opens_but_cannot_write(shared, cluster):
    dbname = parse_location(shared).conninfo.split("/")[-1].split("?")[0]
    with psycopg.connect(shared, autocommit=True) as conn:
        conn.execute("CREATE ROLE reader LOGIN")
        conn.execute("GRANT USAGE ON SCHEMA explorer TO reader")
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA explorer TO reader")
    store = PostgisStore(cluster.dsn(dbname, user="reader") + "&schema=explorer")
    store.read()
    assert store.writable is False
    with pytest.raises(DataError, match="permission denied"):
        rename_park(store, "songmu-edz", "no")


@pytest.mark.parametrize("schema", ['x"; DROP TABLE explorer.parks; --', "{{ 6*7 }}",
                                    "衡阳 园区", "Robert'); DROP SCHEMA explorer CASCADE;--"])
def test_hostile_schema_names_are_names_and_nothing_else(shared, schema, tmp_path):
    uri = f"{shared}&schema={quote(schema, safe='')}"
    push(BUNDLED_PATH, uri)
    assert PostgisStore(uri).schema == schema
    pull(uri, tmp_path / "copy.gpkg")
    assert len(load_catalogue(shared).parks) == len(load_catalogue(uri).parks)  # both intact


def test_hostile_text_and_unknown_columns_survive(shared, tmp_path):
    store = PostgisStore(shared)
    store.read()
    changes = Changes()
    hostile = "{{ 6*7 }} {% endfor %} <img src=x onerror=alert(1)> '; DROP TABLE x; --"
    changes.put("parks", {"id": "songmu-edz", "name_en": hostile, "office_note": "园区办 ✓"})
    store.write(changes)
    frames, _ = PostgisStore(shared).read()
    row = frames["parks"].set_index("id").loc["songmu-edz"]
    assert row["name_en"] == hostile and row["office_note"] == "园区办 ✓"
    pull(shared, tmp_path / "copy.gpkg")
    again, _ = open_store(tmp_path / "copy.gpkg").read()
    assert again["parks"].set_index("id").loc["songmu-edz", "office_note"] == "园区办 ✓"


def test_a_save_is_announced_to_other_offices(shared):
    store = PostgisStore(shared)
    store.read()
    heard = []
    with psycopg.connect(parse_location(shared).conninfo, autocommit=True) as listener:
        listener.execute(f"LISTEN {NOTIFY_CHANNEL}")
        thread = threading.Thread(target=rename_park, args=(store, "songmu-edz", "announced"))
        thread.start()
        for note in listener.notifies(timeout=10, stop_after=1):
            heard.append(note.payload)
        thread.join()
    assert heard and '"layer" : "parks"' in heard[0]


def test_a_password_never_shows(database):
    where = parse_location("postgresql://ann:s3cret@db.example:5433/city?schema=parks"
                           "&sslmode=require&password=other")
    assert "s3cret" not in where.shown and "other" not in where.shown
    assert where.schema == "parks" and "sslmode=require" in where.conninfo
    assert "schema" not in where.conninfo
    with pytest.raises(DataError, match="schema name"):
        parse_location("postgresql://db/city?schema=" + "x" * 64)


def test_the_command_line_inits_pushes_pulls_and_validates(database, tmp_path, capsys):
    from explorer.cli import main

    uri = database + "&schema=office"
    assert main(["db", "init", uri]) == 0
    assert main(["db", "init", uri]) == 2
    assert "already holds a catalogue" in capsys.readouterr().err
    assert main(["db", "push", str(BUNDLED_PATH), uri]) == 0
    assert main(["db", "push", str(BUNDLED_PATH), uri]) == 2
    assert "--replace" in capsys.readouterr().err
    assert main(["validate", uri]) == 0
    assert ": valid" in capsys.readouterr().out
    assert main(["db", "pull", uri, str(tmp_path / "office.gpkg")]) == 0
    assert main(["validate", str(tmp_path / "office.gpkg")]) == 0
    assert main(["validate", database + "&schema=nothing_here"]) == 2
    assert "db init" in capsys.readouterr().err


def test_edits_saved_to_the_database_keep_their_history(shared):
    from explorer.core import editing
    from explorer.core.session import EditSession

    cat = load_catalogue(shared)
    session = EditSession(cat, "测试员", "现场")
    session.apply(editing.move_park(cat, "xidu-time-valley", 112.38, 26.97, "测试员"))
    cat.store.write(session.changes(), cat)
    again = load_catalogue(shared)
    assert again.parks["xidu-time-valley"].geometry.equals(shapely.Point(112.38, 26.97))
    assert "user-survey-测试员" in again.sources
    [edit] = again.history
    assert (edit.action, edit.editor, edit.row_id) == ("move", "测试员", "xidu-time-valley")
    assert edit.before["geometry"].equals(
        load_catalogue(BUNDLED_PATH).parks["xidu-time-valley"].geometry)
