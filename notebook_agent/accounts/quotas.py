"""Per-user quotas and the checks that enforce them, each with a message that says what to do.

`Quotas` holds the limits (None = unlimited); the app counts what a user has (live kernels in its registry, chats
with `sessions.count_sessions`, bytes in the user's session folders) and calls the check before the action that
would add one. The turn rate is counted here (`TurnLimiter`), in the database (`turn_starts`) and not in memory: with
several app processes behind one address a person's messages land on any of them, and a count per process would
give one budget per replica. A turn costs one small insert next to a model call.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from .. import store
from ..store.schema import turn_starts, users
from .errors import QuotaExceededError

__all__ = [
    "Quotas",
    "TurnLimiter",
    "check_disk",
    "check_live_kernels",
    "check_stored_sessions",
    "format_bytes",
]


@dataclass(frozen=True)
class Quotas:
    """Per-user limits; None means no limit."""

    max_live_kernels: int | None = None
    max_stored_sessions: int | None = None
    max_disk_bytes: int | None = None
    max_turns_per_minute: int | None = None

    def __post_init__(self) -> None:
        for name in ("max_live_kernels", "max_stored_sessions", "max_disk_bytes", "max_turns_per_minute"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise ValueError(f"Quotas.{name}={value}: use a positive number, or None for no limit")


def format_bytes(n: int) -> str:
    """A size for people: 512 bytes, 3.4 MB, 1.0 GB (powers of 1000, as file managers show them)."""
    if n < 1000:
        return f"{n} bytes"
    size = float(n)
    for unit in ("kB", "MB", "GB", "TB"):
        size /= 1000
        if size < 1000 or unit == "TB":
            break
    return f"{size:.1f} {unit}"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _refuse_at(kind: str, used: int, limit: int | None, problem: str, todo: str) -> None:
    if limit is not None and used >= limit:
        raise QuotaExceededError(kind, used, limit, problem, todo)


def check_live_kernels(quotas: Quotas, live: int) -> None:
    """Before starting a kernel for a user who has `live` running.

    Raises:
        QuotaExceededError: kind `live_kernels`.
    """
    _refuse_at(
        "live_kernels",
        live,
        quotas.max_live_kernels,
        f"You have {_plural(live, 'chat', 'chats')} running, the most allowed here at once.",
        "Close one of them (or wait a few minutes for an idle one to be stopped), then try again.",
    )


def check_stored_sessions(quotas: Quotas, stored: int) -> None:
    """Before recording a new chat for a user who has `stored` saved.

    Raises:
        QuotaExceededError: kind `stored_sessions`.
    """
    _refuse_at(
        "stored_sessions",
        stored,
        quotas.max_stored_sessions,
        f"You have {_plural(stored, 'saved chat', 'saved chats')}, the limit here.",
        "Delete one in My chats, then start a new one.",
    )


def check_disk(quotas: Quotas, used: int, adding: int = 0) -> None:
    """Before storing `adding` more bytes (an upload) for a user whose chats use `used` bytes.

    Raises:
        QuotaExceededError: kind `disk_bytes`.
    """
    limit = quotas.max_disk_bytes
    if limit is not None and used + adding > limit:
        more = f" and this file needs {format_bytes(adding)}" if adding else ""
        raise QuotaExceededError(
            "disk_bytes",
            used + adding,
            limit,
            f"Your chats use {format_bytes(used)}{more}, past the {format_bytes(limit)} allowed here.",
            "Delete a chat you no longer need in My chats, then try again.",
        )


class TurnLimiter:
    """At most `quotas.max_turns_per_minute` turns per user in any 60 s (a sliding window, shared by every process)."""

    WINDOW_S = 60.0

    def __init__(self, quotas: Quotas, engine: Engine, clock: Callable[[], float] = time.time) -> None:
        # Wall-clock seconds, not monotonic: the times are compared across processes (and hosts, kept in step).
        self.quotas, self.engine, self.clock = quotas, engine, clock

    def admit(self, user_id: int) -> None:
        """Count a turn the user starts now, or refuse it.

        Raises:
            QuotaExceededError: kind `turns_per_minute`, with `retry_after` in seconds.
        """
        limit = self.quotas.max_turns_per_minute
        if limit is None:
            return
        now = self.clock()
        with store.write(self.engine) as conn:
            # The user's row is locked first so that two processes admitting the same user's turns at once take
            # turns (PostgreSQL, READ COMMITTED); SQLite's write transaction holds its lock from the start anyway.
            conn.execute(sa.select(users.c.id).where(users.c.id == user_id).with_for_update()).first()
            conn.execute(
                sa.delete(turn_starts).where(turn_starts.c.user_id == user_id, turn_starts.c.at <= now - self.WINDOW_S)
            )
            times = list(
                conn.execute(
                    sa.select(turn_starts.c.at).where(turn_starts.c.user_id == user_id).order_by(turn_starts.c.at)
                ).scalars()
            )
            if len(times) >= limit:
                wait = max(1, int(times[-limit] + self.WINDOW_S - now + 0.999))
                raise QuotaExceededError(
                    "turns_per_minute",
                    len(times),
                    limit,
                    f"You sent {_plural(len(times), 'message', 'messages')} in the last minute, the limit here.",
                    f"Wait {wait} s, then send it again.",
                    retry_after=wait,
                )
            conn.execute(sa.insert(turn_starts).values(user_id=user_id, at=now))
