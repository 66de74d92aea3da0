"""Accounts: users and passwords, sign-in limits, personal access tokens, who owns which chat, and quotas.

Built on `notebook_agent.store` (open the engine and `store.prepare(engine)` first). Synchronous like the store:
async callers wrap calls in `asyncio.to_thread` (a password check is ~0.15 s of CPU). Names below are re-exported
from the submodules named.

Users (`users.py`)::

    add_user(engine, name, password: str | None) -> User          UserExistsError, InvalidInputError
    ensure_user(engine, name) -> User                              passwordless; for `hf` and `header` identities
    verify(engine, name, password) -> User | None                  one argon2 check on every path
    login(engine, limiter, name, password, address) -> User        LoginThrottledError, LoginFailedError
    get_user(engine, name) / user_by_id(engine, id) -> User | None
    list_users(engine) -> list[User]
    remove_user(engine, name) -> RemovedUser          its chats marked deleted, its tokens revoked; UnknownUserError
    User(id, name, created, disabled, has_password)

Sign-in limits (`limiter.py`)::

    LoginLimiter(engine, *, max_failures=5, window_s=300, clock=time.time)
        .check(name, address)            LoginThrottledError("Too many failed sign-ins. Try again in N s.")
        .record_failure(name, address) / .record_success(name, address) / .retry_after(name, address) -> float

Tokens (`tokens.py`)::

    create_token(engine, user, name) -> (TokenInfo, token)         the token (`na_` + 43 chars) is returned once
    list_tokens(engine, user=None) -> list[TokenInfo]              never the token
    revoke_token(engine, token_id, *, owner: User | None) -> TokenInfo       UnknownTokenError
    resolve_token(engine, token) -> User | None                    for `Authorization: Bearer …`; updates last_used
    revoke_by_token(engine, token) -> bool                         signing out a token-backed browser session
    list_tokens_by_hash(engine, hash_token(token)) -> list[TokenInfo]       none or one
    TokenInfo(id, user, name, created, last_used, revoked)

Chats (`sessions.py`)::

    record_session(engine, user, session_id, title="", files=()) -> SessionRecord
    sessions_of(engine, user, search=None, limit=None) -> list[SessionRecord]     newest first
    owned_session(engine, user, session_id) -> SessionRecord       SessionNotFoundError (unknown/deleted/not yours)
    owner_of(engine, session_id) -> int | None
    rename_session(engine, user, session_id, title) -> SessionRecord
    touch_session(engine, session_id, *, turns=None, files=None)
    mark_deleted(engine, user, session_id); deleted_sessions(engine) -> list[str]; purge_session(engine, id) -> bool
    count_sessions(engine, user) -> int
    SessionRecord(id, user_id, title, created, updated, turns, files, deleted).as_dict()   the /sessions shape

Quotas (`quotas.py`)::

    Quotas(max_live_kernels=None, max_stored_sessions=None, max_disk_bytes=None, max_turns_per_minute=None)
    check_live_kernels(quotas, live) / check_stored_sessions(quotas, stored) / check_disk(quotas, used, adding=0)
    TurnLimiter(quotas, engine).admit(user_id)                     QuotaExceededError(kind, used, limit, retry_after)

Errors are in `errors.py`; the CLI (`users`, `tokens`, `db`) in `cli.py`.
"""

from __future__ import annotations

from .errors import (
    AccountsError,
    InvalidInputError,
    LoginFailedError,
    LoginThrottledError,
    QuotaExceededError,
    SessionExistsError,
    SessionNotFoundError,
    UnknownTokenError,
    UnknownUserError,
    UserExistsError,
)
from .limiter import LoginLimiter
from .quotas import Quotas, TurnLimiter, check_disk, check_live_kernels, check_stored_sessions
from .sessions import (
    SessionRecord,
    count_sessions,
    deleted_sessions,
    mark_deleted,
    owned_session,
    owner_of,
    purge_session,
    record_session,
    rename_session,
    sessions_of,
    touch_session,
)
from .tokens import (
    TokenInfo,
    create_token,
    list_tokens,
    list_tokens_by_hash,
    resolve_token,
    revoke_by_token,
    revoke_token,
)
from .users import (
    RemovedUser,
    User,
    add_user,
    ensure_user,
    get_user,
    list_users,
    login,
    remove_user,
    user_by_id,
    verify,
)

__all__ = [
    "AccountsError",
    "InvalidInputError",
    "LoginFailedError",
    "LoginLimiter",
    "LoginThrottledError",
    "QuotaExceededError",
    "Quotas",
    "RemovedUser",
    "SessionExistsError",
    "SessionNotFoundError",
    "SessionRecord",
    "TokenInfo",
    "TurnLimiter",
    "UnknownTokenError",
    "UnknownUserError",
    "User",
    "UserExistsError",
    "add_user",
    "check_disk",
    "check_live_kernels",
    "check_stored_sessions",
    "count_sessions",
    "create_token",
    "deleted_sessions",
    "ensure_user",
    "get_user",
    "list_tokens",
    "list_tokens_by_hash",
    "list_users",
    "login",
    "mark_deleted",
    "owned_session",
    "owner_of",
    "purge_session",
    "record_session",
    "remove_user",
    "rename_session",
    "resolve_token",
    "revoke_by_token",
    "revoke_token",
    "sessions_of",
    "touch_session",
    "user_by_id",
    "verify",
]
