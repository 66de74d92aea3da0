"""The operator's commands: `users`, `tokens` and `db`, added to `notebook-agent` by `add_parsers`.

  users add NAME [--password-stdin]   the password from stdin's first line, else asked twice on the terminal
  users list [--json]
  users remove NAME                   their chats are marked deleted (the app removes the files), tokens revoked
  tokens create NAME --user USER      prints the token once, last on its line, then how to send it
  tokens list [--user USER] [--json]
  tokens revoke ID
  db upgrade                          applies the missing schema migrations
  db status                           the database's schema version; exit 0 current, 1 older, 2 newer

The database is the one the settings name (`store.url_for(get_settings())`: SQLite in NOTEBOOK_AGENT_DATA_DIR).
`users` and `tokens` create a fresh database, and refuse one at another schema version (see `store.prepare`).
Errors are raised as NotebookAgentError subclasses; `notebook-agent`'s main prints them and exits 2.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine

from .. import store
from ..text_safety import terminal_text
from . import tokens as token_store
from . import users as user_store
from .errors import InvalidInputError, UnknownUserError, UserExistsError

__all__ = ["add_parsers"]


def _engine(prepared: bool = True) -> Engine:
    from ..settings import get_settings

    engine = store.open_engine(store.url_for(get_settings()))
    if prepared:
        store.prepare(engine)
    return engine


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value is not None else "-"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _table(rows: list[list[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line.strip():
            raise InvalidInputError("No password on standard input.", "Write it as the first line, e.g. from a file.")
        return line.rstrip("\r\n")
    first = getpass.getpass(f"Password for {args.name}: ")
    if getpass.getpass("Again, to be sure: ") != first:
        raise InvalidInputError("The two passwords differ.", "Run the command again and type the same one twice.")
    return first


def cmd_users_add(args: argparse.Namespace) -> int:
    """Add a user with a password."""
    user_store.check_name(args.name)
    engine = _engine()
    if user_store.get_user(engine, args.name) is not None:  # before asking for a password that would be wasted
        raise UserExistsError(args.name)
    user = user_store.add_user(engine, args.name, _read_password(args))
    print(f"added user {user.name} (id {user.id})")
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    """List the users."""
    found = user_store.list_users(_engine())
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": u.id,
                        "name": u.name,
                        "created": _iso(u.created),
                        "password": u.has_password,
                        "disabled": u.disabled,
                    }
                    for u in found
                ]
            )
        )
        return 0
    if not found:
        print("no users yet: add one with `notebook-agent users add NAME`")
        return 0
    rows = [["NAME", "CREATED", "SIGN-IN", "STATUS"]]
    for u in found:
        rows.append(
            [
                u.name,
                _when(u.created),
                "password" if u.has_password else "external",
                "disabled" if u.disabled else "active",
            ]
        )
    _table(rows)
    return 0


def cmd_users_remove(args: argparse.Namespace) -> int:
    """Remove a user, their chats and their tokens."""
    removed = user_store.remove_user(_engine(), args.name)
    chats = len(removed.sessions_deleted)
    print(
        f"removed user {removed.name}: {chats} chat{'s' * (chats != 1)} marked deleted (the app removes their files), "
        f"{removed.tokens_revoked} token{'s' * (removed.tokens_revoked != 1)} revoked"
    )
    return 0


def cmd_tokens_create(args: argparse.Namespace) -> int:
    """Make a token for a user and print it once."""
    engine = _engine()
    user = user_store.get_user(engine, args.user)
    if user is None:
        raise UnknownUserError(args.user)
    info, token = token_store.create_token(engine, user, args.name)
    print(f"token {info.id} ({terminal_text(info.name)}) for {user.name}, shown only now: {token}")
    print("send it with each API request as the header  Authorization: Bearer <the token above>")
    return 0


def _token_json(t: token_store.TokenInfo) -> dict[str, Any]:
    return {
        "id": t.id,
        "user": t.user,
        "name": t.name,
        "created": _iso(t.created),
        "last_used": _iso(t.last_used),
        "revoked": _iso(t.revoked),
    }


def cmd_tokens_list(args: argparse.Namespace) -> int:
    """List tokens (never the tokens themselves)."""
    engine = _engine()
    owner = None
    if args.user is not None:
        owner = user_store.get_user(engine, args.user)
        if owner is None:
            raise UnknownUserError(args.user)
    found = token_store.list_tokens(engine, owner)
    if args.json:
        print(json.dumps([_token_json(t) for t in found]))
        return 0
    if not found:
        print("no tokens: make one with `notebook-agent tokens create NAME --user USER`")
        return 0
    rows = [["ID", "USER", "NAME", "CREATED", "LAST USED", "STATUS"]]
    for t in found:
        status = f"revoked {_when(t.revoked)}" if t.revoked else "active"
        rows.append(
            [str(t.id), t.user or "(removed)", terminal_text(t.name), _when(t.created), _when(t.last_used), status]
        )
    _table(rows)
    return 0


def cmd_tokens_revoke(args: argparse.Namespace) -> int:
    """Revoke a token by its id."""
    info = token_store.revoke_token(_engine(), args.id, owner=None)
    print(f"token {info.id} ({terminal_text(info.name)}) of {info.user or '(removed user)'} is revoked")
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    """Apply the missing schema migrations."""
    engine = _engine(prepared=False)
    before, after = store.upgrade(engine)
    where = store.describe(engine)
    if before == after:
        print(f"{where}: schema version {after}, already the newest")
    else:
        print(f"{where}: schema version {before} -> {after}")
    return 0


def cmd_db_status(args: argparse.Namespace) -> int:
    """Say whether the database's schema is the one this app needs."""
    engine = _engine(prepared=False)
    found, where = store.current_version(engine), store.describe(engine)
    if found == store.LATEST:
        print(f"{where}: schema version {found}, up to date")
        return 0
    if found < store.LATEST:
        print(f"{where}: schema version {found}, this app needs {store.LATEST}: run `notebook-agent db upgrade`")
        return 1
    print(f"{where}: schema version {found} is newer than this app knows ({store.LATEST}): upgrade notebook-agent")
    return 2


def add_parsers(sub: Any) -> None:
    """Add `users`, `tokens` and `db` to the `notebook-agent` subcommands (`sub` from `add_subparsers`)."""
    p_users = sub.add_parser("users", help="local accounts (NOTEBOOK_AGENT_AUTH=password)")
    users_sub = p_users.add_subparsers(dest="users_command", required=True)
    p = users_sub.add_parser("add", help="add a user; the password is asked twice, or read from stdin")
    p.add_argument("name")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin's first line")
    p.set_defaults(func=cmd_users_add)
    p = users_sub.add_parser("list", help="list the users")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_users_list)
    p = users_sub.add_parser("remove", help="remove a user: their chats are deleted and tokens revoked")
    p.add_argument("name")
    p.set_defaults(func=cmd_users_remove)

    p_tokens = sub.add_parser("tokens", help="personal access tokens for the API")
    tokens_sub = p_tokens.add_subparsers(dest="tokens_command", required=True)
    p = tokens_sub.add_parser("create", help="make a token (printed once)")
    p.add_argument("name", help="what the token is for, e.g. laptop or ci")
    p.add_argument("--user", required=True, help="the user the token acts as")
    p.set_defaults(func=cmd_tokens_create)
    p = tokens_sub.add_parser("list", help="list tokens (never the tokens themselves)")
    p.add_argument("--user", help="only this user's")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_tokens_list)
    p = tokens_sub.add_parser("revoke", help="revoke a token by its id (see tokens list)")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_tokens_revoke)

    p_db = sub.add_parser("db", help="the app's database")
    db_sub = p_db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="apply schema migrations").set_defaults(func=cmd_db_upgrade)
    db_sub.add_parser("status", help="show the schema version").set_defaults(func=cmd_db_status)
