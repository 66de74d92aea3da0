"""`notebook-agent users|tokens|db` end to end: the installed command in a subprocess, on a data dir of its own."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from conftest import VENV_BIN

from notebook_agent import accounts, store

PASSWORD = "a long enough password"


def cli(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": f"{VENV_BIN}:/usr/bin:/bin",
        "HOME": str(data),
        "LANG": "C.UTF-8",
        "NOTEBOOK_AGENT_DATA_DIR": str(data),
    }
    # A new session has no controlling terminal, so getpass reads stdin instead of waiting at /dev/tty.
    return subprocess.run(
        [str(VENV_BIN / "notebook-agent"), *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd="/",
        start_new_session=True,
    )


def test_users_tokens_and_db_commands(tmp_path: Path) -> None:
    data = tmp_path / "data"
    added = cli(data, "users", "add", "alice", "--password-stdin", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "added user alice (id 1)"
    assert (data / store.DB_FILE).stat().st_mode & 0o777 == 0o600

    again = cli(data, "users", "add", "alice", "--password-stdin", stdin=PASSWORD + "\n")
    assert again.returncode == 2 and "exists already" in again.stderr
    short = cli(data, "users", "add", "bob", "--password-stdin", stdin="short\n")
    assert short.returncode == 2 and "at least 8 characters" in short.stderr
    differ = cli(data, "users", "add", "bob", stdin="first-password\nsecond-password\n")
    assert differ.returncode == 2 and "The two passwords differ" in differ.stderr
    prompted = cli(data, "users", "add", "bob", stdin="bobs-password\nbobs-password\n")
    assert prompted.returncode == 0, prompted.stderr

    listed = cli(data, "users", "list", "--json")
    assert [(u["name"], u["password"], u["disabled"]) for u in json.loads(listed.stdout)] == [
        ("alice", True, False),
        ("bob", True, False),
    ]
    table = cli(data, "users", "list").stdout.splitlines()
    assert table[0].split() == ["NAME", "CREATED", "SIGN-IN", "STATUS"] and table[1].startswith("alice ")

    made = cli(data, "tokens", "create", "laptop", "--user", "alice")
    assert made.returncode == 0, made.stderr
    first, hint = made.stdout.splitlines()
    token = first.split()[-1]  # last on its line
    assert re.fullmatch(r"na_[A-Za-z0-9_-]{43}", token) and made.stdout.count(token) == 1
    assert "Authorization: Bearer" in hint

    # Read the files before this process opens the database: closing any descriptor of a file drops every POSIX
    # lock the process holds on it, SQLite's included.
    on_disk = b"".join(f.read_bytes() for f in data.glob(store.DB_FILE + "*"))
    assert token.encode() not in on_disk and PASSWORD.encode() not in on_disk
    engine = store.open_engine(store.default_url(data))
    alice = accounts.get_user(engine, "alice")
    assert alice is not None and accounts.verify(engine, "alice", PASSWORD) == alice
    assert accounts.resolve_token(engine, token) == alice

    tokens_json = json.loads(cli(data, "tokens", "list", "--user", "alice", "--json").stdout)
    assert [(t["id"], t["user"], t["name"], t["revoked"]) for t in tokens_json] == [(1, "alice", "laptop", None)]
    assert tokens_json[0]["last_used"] is not None
    assert token not in cli(data, "tokens", "list").stdout
    nobody = cli(data, "tokens", "create", "x", "--user", "nobody")
    assert nobody.returncode == 2 and "no user named 'nobody'" in nobody.stderr

    revoked = cli(data, "tokens", "revoke", "1")
    assert revoked.returncode == 0 and "revoked" in revoked.stdout
    assert accounts.resolve_token(engine, token) is None
    assert "revoked" in cli(data, "tokens", "list").stdout.splitlines()[1]
    assert cli(data, "tokens", "revoke", "7").returncode == 2

    status = cli(data, "db", "status")
    assert status.returncode == 0 and "up to date" in status.stdout
    upgraded = cli(data, "db", "upgrade")
    assert upgraded.returncode == 0 and "already the newest" in upgraded.stdout

    accounts.record_session(engine, alice, "chat-1", "first")
    removed = cli(data, "users", "remove", "alice")
    assert removed.returncode == 0 and "1 chat marked deleted" in removed.stdout
    assert [u["name"] for u in json.loads(cli(data, "users", "list", "--json").stdout)] == ["bob"]
    assert accounts.deleted_sessions(engine) == ["chat-1"]
    engine.dispose()


def test_db_commands_on_older_and_newer_databases(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    status = cli(empty, "db", "status")
    assert status.returncode == 1 and "run `notebook-agent db upgrade`" in status.stdout
    upgraded = cli(empty, "db", "upgrade")
    assert upgraded.returncode == 0 and f"schema version 0 -> {store.LATEST}" in upgraded.stdout

    newer = tmp_path / "newer"
    assert cli(newer, "users", "list").returncode == 0  # a fresh database is made on first use
    with sqlite3.connect(newer / store.DB_FILE) as conn:
        conn.execute(
            "INSERT INTO schema_version VALUES (?, 'from the future', ?)",
            (store.LATEST + 1, datetime.now(UTC).replace(tzinfo=None).isoformat(" ")),
        )
    refused = cli(newer, "users", "list")
    assert refused.returncode == 2 and "This app is older than the database" in refused.stderr
    assert cli(newer, "db", "status").returncode == 2
    assert cli(newer, "db", "upgrade").returncode == 2
