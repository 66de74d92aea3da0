"""A private PostgreSQL server for tests: `pg_socket_dir` (one server per module that imports it) and `new_url`.

initdb in a short /tmp folder, a unix socket only, no TCP, fsync off; run as the `postgres` user when the tests run
as root (the server refuses root). Skipped where PostgreSQL's server programs are missing — unless
NA_REQUIRE_POSTGRES is set (CI sets it, after installing Debian's postgresql): then a missing server fails.
Import both fixtures into a test module to use them.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from conftest import make_data_dir

__all__ = ["NewUrl", "new_url", "pg_socket_dir", "pg_url"]

NewUrl = Callable[[], str]


def _server_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else None


def _as_server_user() -> dict[str, Any]:
    if os.geteuid() != 0:
        return {}
    pw = pwd.getpwnam("postgres")  # the server refuses to run as root
    return {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}


def pg_url(socket_dir: Path, database: str) -> str:
    """The SQLAlchemy URL of a database on the server whose socket is in `socket_dir`."""
    url = sa.URL.create("postgresql+psycopg", username="na", database=database, query={"host": str(socket_dir)})
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def pg_socket_dir() -> Iterator[Path]:
    """A throwaway PostgreSQL server for this module; yields the folder of its unix socket."""
    bin_dir = _server_bin()
    if bin_dir is None:
        missing = "PostgreSQL's server programs are not installed (apt-get install postgresql)"
        if os.environ.get("NA_REQUIRE_POSTGRES"):
            pytest.fail(f"{missing}, and NA_REQUIRE_POSTGRES is set")
        pytest.skip(missing)
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
    # its log goes to a file: a pipe read only on failure fills at 64 KB and then blocks the server
    log = (home / "postgres.log").open("wb")
    server = subprocess.Popen(
        [bin_dir / "postgres", "-D", home / "data", "-k", home, "-c", "listen_addresses=", "-c", "fsync=off"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
        **who,
    )
    log.close()  # the server has its own copy
    try:
        admin = sa.create_engine(pg_url(home, "postgres"), isolation_level="AUTOCOMMIT")
        deadline = time.monotonic() + 60
        while True:
            try:
                with admin.connect() as conn:
                    conn.execute(sa.text("SELECT 1"))
                break
            except sa.exc.OperationalError:
                if server.poll() is not None or time.monotonic() > deadline:
                    why = (home / "postgres.log").read_text(errors="replace")
                    raise RuntimeError(f"PostgreSQL did not start: {why}") from None
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
    admin = sa.create_engine(pg_url(pg_socket_dir, "postgres"), isolation_level="AUTOCOMMIT")
    made: list[str] = []
    counter = itertools.count()

    def make() -> str:
        name = f"na_{os.getpid()}_{time.monotonic_ns()}_{next(counter)}"
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        made.append(name)
        return pg_url(pg_socket_dir, name)

    yield make
    with admin.connect() as conn:
        for name in made:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
