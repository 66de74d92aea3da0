"""The relational store on real SQLite files: migrations, version checks, and the SQLite set-up.

The tests that take `new_url` are portable: tests/test_postgres.py runs them again on a PostgreSQL server.
"""

from __future__ import annotations

import itertools
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from notebook_agent import store
from notebook_agent.errors import NotebookAgentError
from notebook_agent.store import schema
from notebook_agent.store import session_records as records

NewUrl = Callable[[], str]


def fresh(tmp_path: Path) -> Engine:
    return store.open_engine(store.default_url(tmp_path))


@pytest.fixture
def new_url(tmp_path: Path) -> NewUrl:
    """Makes the URL of a new, empty database (a SQLite file here; a PostgreSQL database in test_postgres.py)."""
    counter = itertools.count()
    return lambda: store.default_url(tmp_path / f"db{next(counter)}")


def _add_notes(conn: Connection) -> None:
    conn.execute(sa.text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(100) NOT NULL)"))


def _half_done(conn: Connection) -> None:
    conn.execute(sa.text("CREATE TABLE half (id INTEGER PRIMARY KEY)"))
    conn.execute(sa.text("ALTER TABLE users ADD COLUMN email VARCHAR(200)"))
    raise RuntimeError("step failed after two statements")


NEXT = (*store.MIGRATIONS, store.Migration(store.LATEST + 1, "notes", _add_notes))


def test_upgrade_from_empty_creates_the_tables_and_records_each_step(new_url: NewUrl) -> None:
    engine = store.open_engine(new_url())
    assert store.current_version(engine) == 0
    assert store.upgrade(engine) == (0, store.LATEST)
    assert store.upgrade(engine) == (store.LATEST, store.LATEST)  # a second run has nothing to do
    with store.read(engine) as conn:
        assert set(sa.inspect(conn).get_table_names()) == set(schema.metadata.tables)
        rows = conn.execute(sa.select(schema.schema_version).order_by(schema.schema_version.c.version)).all()
    assert [r.version for r in rows] == [m.version for m in store.MIGRATIONS]
    assert all(r.applied.tzinfo is not None and r.description for r in rows)
    assert store.check(engine) == store.LATEST


def test_schema_module_describes_the_migrated_database(new_url: NewUrl) -> None:
    """schema.py (what queries use) and the migrations (what databases have) must not drift apart."""
    engine = store.open_engine(new_url())
    store.upgrade(engine)
    with store.read(engine) as conn:
        inspector = sa.inspect(conn)
        for table in schema.metadata.sorted_tables:
            found = {c["name"]: c for c in inspector.get_columns(table.name)}
            assert list(found) == [c.name for c in table.columns], table.name
            for column in table.columns:
                assert found[column.name]["nullable"] == column.nullable, (table.name, column.name)
                assert column.type._type_affinity is not None
                assert isinstance(found[column.name]["type"], column.type._type_affinity), (table.name, column.name)
            indexed = {tuple(i["column_names"]) for i in inspector.get_indexes(table.name)}
            wanted = {tuple(c.name for c in i.columns) for i in table.indexes}
            assert wanted <= indexed, table.name
            uniques = {tuple(u["column_names"]) for u in inspector.get_unique_constraints(table.name)}
            assert {(c.name,) for c in table.columns if c.unique} <= uniques | indexed, table.name
            fks = {
                (fk["constrained_columns"][0], fk["referred_table"]) for fk in inspector.get_foreign_keys(table.name)
            }
            assert fks == {(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys}, table.name


def test_prepare_creates_a_fresh_database_and_only_checks_an_existing_one(new_url: NewUrl) -> None:
    engine = store.open_engine(new_url())
    assert store.prepare(engine) == store.LATEST
    with pytest.raises(store.SchemaTooOldError):
        store.prepare(engine, NEXT)  # an existing database is not upgraded by starting the app
    assert store.current_version(engine) == store.LATEST
    foreign = store.open_engine(new_url())
    with store.write(foreign) as conn:
        conn.execute(sa.text("CREATE TABLE somebody_elses (id INTEGER)"))
    with pytest.raises(store.SchemaTooOldError):
        store.prepare(foreign)  # not empty, not ours: left alone


def test_an_older_database_is_refused_until_upgraded(new_url: NewUrl) -> None:
    engine = store.open_engine(new_url())
    store.upgrade(engine)
    with pytest.raises(store.SchemaTooOldError) as caught:
        store.check(engine, NEXT)
    message = str(caught.value)
    assert "run `notebook-agent db upgrade`" in message.lower() and store.describe(engine) in message
    assert (caught.value.found, caught.value.expected) == (store.LATEST, store.LATEST + 1)
    assert isinstance(caught.value, NotebookAgentError)
    assert store.upgrade(engine, NEXT) == (store.LATEST, store.LATEST + 1)
    assert store.check(engine, NEXT) == store.LATEST + 1
    with store.read(engine) as conn:
        assert "notes" in sa.inspect(conn).get_table_names()


def test_a_newer_database_is_refused_and_left_unchanged(new_url: NewUrl) -> None:
    engine = store.open_engine(new_url())
    store.upgrade(engine, NEXT)  # a newer app was here
    for call in (store.check, store.upgrade, store.prepare):
        with pytest.raises(store.SchemaTooNewError) as caught:
            call(engine)
        assert "this app is older than the database" in str(caught.value).lower()
    assert store.current_version(engine) == store.LATEST + 1
    assert not store.is_ready(engine)


def test_a_failing_step_leaves_nothing_behind(new_url: NewUrl) -> None:
    """Each step is one transaction, DDL included (the sqlite3 module would commit each CREATE on its own)."""
    engine = store.open_engine(new_url())
    store.upgrade(engine)
    broken = (*store.MIGRATIONS, store.Migration(store.LATEST + 1, "half", _half_done))
    with pytest.raises(RuntimeError, match="step failed"):
        store.upgrade(engine, broken)
    assert store.current_version(engine) == store.LATEST
    with store.read(engine) as conn:
        inspector = sa.inspect(conn)
        assert "half" not in inspector.get_table_names()
        assert "email" not in {c["name"] for c in inspector.get_columns("users")}


def test_sqlite_file_is_private_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    engine = fresh(tmp_path / "data")
    store.upgrade(engine)
    assert (tmp_path / "data" / store.DB_FILE).stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700
    with store.read(engine) as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with pytest.raises(sa.exc.IntegrityError), store.write(engine) as conn:
        conn.execute(
            sa.insert(schema.tokens).values(user_id=999, name="x", token_hash="0" * 64, created=store.utcnow())
        )
    # WAL is a property of the file: another program sees it too.
    assert sqlite3.connect(tmp_path / "data" / store.DB_FILE).execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_timestamps_come_back_aware_and_naive_ones_are_refused(new_url: NewUrl) -> None:
    engine = store.open_engine(new_url())
    store.upgrade(engine)
    now = store.utcnow()
    with store.write(engine) as conn:
        conn.execute(sa.insert(schema.users).values(name="a", created=now, disabled=False))
    with store.read(engine) as conn:
        assert conn.execute(sa.select(schema.users.c.created)).scalar_one() == now
    with pytest.raises(sa.exc.StatementError, match="naive datetime"), store.write(engine) as conn:
        conn.execute(sa.insert(schema.users).values(name="b", created=now.replace(tzinfo=None), disabled=False))


def test_concurrent_upgrades_apply_each_step_once(new_url: NewUrl) -> None:
    url = new_url()
    engines = [store.open_engine(url) for _ in range(4)]
    errors: list[BaseException] = []

    def run(engine: Engine) -> None:
        try:
            store.upgrade(engine, NEXT)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(e,)) for e in engines]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with store.read(engines[0]) as conn:
        versions = conn.execute(sa.select(schema.schema_version.c.version)).scalars().all()
    assert sorted(versions) == [m.version for m in NEXT]


def test_read_then_write_transactions_wait_for_each_other(new_url: NewUrl) -> None:
    """Concurrent read-modify-write in write() loses no update and never fails 'database is locked'.

    SQLite: write() takes the write lock at BEGIN. PostgreSQL: the read says FOR UPDATE (SQLite leaves it out).
    """
    engine = store.open_engine(new_url())
    store.upgrade(engine)
    with store.write(engine) as conn:
        conn.execute(sa.insert(schema.users).values(name="counter", created=store.utcnow(), disabled=False))
    turns = schema.sessions
    with store.write(engine) as conn:
        conn.execute(
            sa.insert(turns).values(
                id="s", user_id=None, title="", created=store.utcnow(), updated=store.utcnow(), turns=0, files=[]
            )
        )
    errors: list[BaseException] = []

    def bump() -> None:
        for _ in range(15):
            try:
                with store.write(engine) as conn:
                    n = conn.execute(sa.select(turns.c.turns).where(turns.c.id == "s").with_for_update()).scalar_one()
                    conn.execute(sa.update(turns).where(turns.c.id == "s").values(turns=n + 1))
            except BaseException as exc:
                errors.append(exc)

    threads = [threading.Thread(target=bump) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with store.read(engine) as conn:
        assert conn.execute(sa.select(turns.c.turns)).scalar_one() == 90


def test_is_ready(new_url: NewUrl) -> None:
    engine = store.open_engine(new_url())
    assert not store.is_ready(engine)
    store.prepare(engine)
    assert store.is_ready(engine)


def test_describe_names_the_file_or_the_url_without_its_password(tmp_path: Path) -> None:
    assert store.describe(fresh(tmp_path)) == str(tmp_path / store.DB_FILE)
    pg = sa.make_url("postgresql://app:s3cret@db.example/na")
    assert "s3cret" not in store.describe(pg) and "db.example" in store.describe(pg)


def test_url_for_uses_the_data_dir_until_settings_have_a_database_url(tmp_path: Path) -> None:
    from notebook_agent.settings import Settings

    settings = Settings.from_env({"NOTEBOOK_AGENT_DATA_DIR": str(tmp_path)})
    assert store.url_for(settings) == f"sqlite:///{tmp_path / store.DB_FILE}"


# -- a chat's own record (session_state, session_notebooks, model_requests) ------------------------------------------


def test_a_version_1_database_is_refused_then_upgraded_keeping_its_rows(new_url: NewUrl) -> None:
    """A database the accounts release made (version 1) is refused until `db upgrade`, which keeps its rows."""
    engine = store.open_engine(new_url())
    assert store.upgrade(engine, store.MIGRATIONS[:1]) == (0, 1)
    now = store.utcnow()
    with store.write(engine) as conn:
        user = conn.execute(
            sa.insert(schema.users).values(name="ann", created=now, disabled=False)
        ).inserted_primary_key
        conn.execute(
            sa.insert(schema.sessions).values(
                id="chat-1", user_id=user[0], title="t", created=now, updated=now, turns=2, files=["a.csv"]
            )
        )
    for call in (store.check, store.prepare, store.shared_engine):
        with pytest.raises(store.SchemaTooOldError) as caught:
            call(engine if call is not store.shared_engine else str(engine.url.render_as_string(False)))
        assert "run `notebook-agent db upgrade`" in str(caught.value).lower()
        assert (caught.value.found, caught.value.expected) == (1, store.LATEST)
    assert store.upgrade(engine) == (1, store.LATEST)
    with store.read(engine) as conn:
        assert conn.execute(sa.select(schema.sessions.c.files)).scalar_one() == ["a.csv"]
        assert {"session_state", "session_notebooks", "model_requests"} <= set(sa.inspect(conn).get_table_names())
    assert store.shared_engine(engine.url.render_as_string(False)) is not None


def test_a_database_holding_only_checkpoint_tables_is_still_empty(new_url: NewUrl) -> None:
    """LangGraph's checkpointer may set its tables up in the shared database before the app prepares it."""
    engine = store.open_engine(new_url())
    with store.write(engine) as conn:
        conn.execute(sa.text("CREATE TABLE checkpoint_migrations (v INTEGER PRIMARY KEY)"))
    assert store.prepare(engine) == store.LATEST


def test_a_chats_record_is_written_committed_and_deleted(new_url: NewUrl) -> None:
    engine = store.open_engine(new_url())
    store.prepare(engine)
    assert records.load(engine, "s1") is None and not records.exists(engine, "s1")
    here = {"kind": "local", "host": "a", "pid": 1}
    records.save_meta(engine, "s1", sandbox_id="box", kernel_location=here)
    stored = records.load(engine, "s1")
    assert stored is not None and stored.notebook is None and stored.files == [] and stored.kernel_location == here
    records.save_notebook(engine, "s1", '{"cells": [1, 2]}', pending_from=1)
    stored = records.load(engine, "s1")
    assert stored is not None and (stored.notebook, stored.pending_from) == ('{"cells": [1, 2]}', 1)
    assert records.load(engine, "s1", notebook=False).notebook is None  # type: ignore[union-attr]

    files = [{"name": "a.csv", "variable": "df", "warnings": ["é"]}]
    requests = [records.ModelRequest(1, 10.0, {"sent": 1}), records.ModelRequest(1, 11.0, {"sent": 2})]
    records.commit(engine, "s1", notebook='{"cells": [1]}', checkpoint_id="ck-1", files=files, requests=requests)
    stored = records.load(engine, "s1")
    assert stored is not None
    assert (stored.notebook, stored.pending_from, stored.checkpoint_id) == ('{"cells": [1]}', None, "ck-1")
    assert (stored.files, stored.sandbox_id, stored.kernel_location) == (files, "box", here)  # kept unless given
    assert records.model_requests(engine, "s1") == [
        {"turn": 1, "time": 10.0, "sent": 1},
        {"turn": 1, "time": 11.0, "sent": 2},
    ]

    elsewhere = {"kind": "gateway", "host": "b", "kernel_id": "k"}
    records.save_meta(engine, "s1", kernel_location=elsewhere)  # another process serves it now
    assert not records.clear_kernel_location(engine, "s1", here)
    assert records.load(engine, "s1").kernel_location == elsewhere  # type: ignore[union-attr]
    assert records.clear_kernel_location(engine, "s1", elsewhere)
    assert records.load(engine, "s1").kernel_location is None  # type: ignore[union-attr]

    records.commit(engine, "s2", notebook="{}", checkpoint_id=None, requests=requests[:1])  # made by its commit
    assert records.delete(engine, "s1") and not records.delete(engine, "s1")
    assert records.load(engine, "s1") is None and records.model_requests(engine, "s1") == []
    assert len(records.model_requests(engine, "s2")) == 1
    with store.read(engine) as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.session_notebooks)).scalar_one() == 1
