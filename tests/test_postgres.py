"""The store and accounts on PostgreSQL: the portable tests of test_store.py and test_accounts.py, run again.

A private server is started for this module (initdb in a short /tmp folder, a unix socket only, no TCP), as the
`postgres` user when the tests run as root; each test gets a database of its own. Skipped where PostgreSQL's
server programs or psycopg are missing.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from conftest import make_data_dir
from test_accounts import (  # noqa: F401  (collected again here, on PostgreSQL)
    engine,
    test_a_disabled_users_tokens_stop_working,
    test_a_hash_with_old_parameters_is_replaced_at_sign_in,
    test_a_presented_token_is_looked_up_and_revoked_by_its_hash,
    test_add_and_verify_a_user,
    test_another_users_chat_is_answered_like_an_unknown_one,
    test_chats_are_listed_newest_first_and_searched,
    test_failures_per_address_are_limited_and_success_clears_only_the_name,
    test_failures_per_name_are_limited_over_a_sliding_window,
    test_passwordless_and_disabled_accounts_never_sign_in,
    test_removing_a_user_deletes_their_chats_and_revokes_their_tokens,
    test_rename_delete_and_purge,
    test_tokens_are_created_once_resolved_and_revoked,
    test_unknown_names_are_throttled_with_the_same_message,
)
from test_store import (  # noqa: F401
    NewUrl,
    test_a_failing_step_leaves_nothing_behind,
    test_a_newer_database_is_refused_and_left_unchanged,
    test_an_older_database_is_refused_until_upgraded,
    test_concurrent_upgrades_apply_each_step_once,
    test_is_ready,
    test_prepare_creates_a_fresh_database_and_only_checks_an_existing_one,
    test_read_then_write_transactions_wait_for_each_other,
    test_schema_module_describes_the_migrated_database,
    test_timestamps_come_back_aware_and_naive_ones_are_refused,
    test_upgrade_from_empty_creates_the_tables_and_records_each_step,
)

pytest.importorskip("psycopg", reason="psycopg (the PostgreSQL driver) is not installed")


def _server_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else None


def _as_server_user() -> dict[str, Any]:
    if os.geteuid() != 0:
        return {}
    pw = pwd.getpwnam("postgres")  # the server refuses to run as root
    return {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}


def _url(socket_dir: Path, database: str) -> str:
    url = sa.URL.create("postgresql+psycopg", username="na", database=database, query={"host": str(socket_dir)})
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def pg_socket_dir() -> Iterator[Path]:
    """A throwaway PostgreSQL server for this module; yields the folder of its unix socket."""
    bin_dir = _server_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL's server programs are not installed (apt-get install postgresql)")
    home = make_data_dir("na-pg-")  # short: unix socket paths are limited to 107 bytes
    who = _as_server_user()
    if who:
        os.chown(home, who["user"], who["group"])
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "LANG": "C.UTF-8"}
    subprocess.run(
        [bin_dir / "initdb", "-D", home / "data", "-U", "na", "-A", "trust", "-E", "UTF8", "--no-sync"],
        env=env,
        capture_output=True,
        check=True,
        timeout=120,
        **who,
    )
    server = subprocess.Popen(
        [bin_dir / "postgres", "-D", home / "data", "-k", home, "-c", "listen_addresses=", "-c", "fsync=off"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        **who,
    )
    try:
        admin = sa.create_engine(_url(home, "postgres"), isolation_level="AUTOCOMMIT")
        deadline = time.monotonic() + 60
        while True:
            try:
                with admin.connect() as conn:
                    conn.execute(sa.text("SELECT 1"))
                break
            except sa.exc.OperationalError:
                if server.poll() is not None or time.monotonic() > deadline:
                    why = server.stderr.read() if server.stderr else b""
                    raise RuntimeError(f"PostgreSQL did not start: {why!r}") from None
                time.sleep(0.2)
        admin.dispose()
        yield home
    finally:
        server.terminate()  # SIGTERM: smart shutdown, after the tests' connections are gone
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def new_url(pg_socket_dir: Path) -> Iterator[NewUrl]:
    """Makes a new, empty PostgreSQL database and returns its URL; the databases are dropped after the test."""
    admin = sa.create_engine(_url(pg_socket_dir, "postgres"), isolation_level="AUTOCOMMIT")
    made: list[str] = []
    counter = itertools.count()

    def make() -> str:
        name = f"na_{os.getpid()}_{time.monotonic_ns()}_{next(counter)}"
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        made.append(name)
        return _url(pg_socket_dir, name)

    yield make
    with admin.connect() as conn:
        for name in made:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_the_server_is_postgresql(new_url: NewUrl) -> None:
    server = sa.create_engine(new_url())
    with server.connect() as conn:
        assert conn.dialect.name == "postgresql"
        assert conn.execute(sa.text("SHOW server_version")).scalar_one()
    server.dispose()
