"""Failed sign-ins, limited per user name AND per client address over a sliding window.

Kept in the database (`login_attempts`), not in memory: the next step runs several app processes against one
PostgreSQL, and an in-memory count would give an attacker one budget per process, and a fresh one at every restart.
A failure costs one small insert, next to an argon2 check that costs ~0.15 s of CPU anyway.

Keys are `user:NAME` (whether or not the user exists, so the answer does not tell) and `addr:ADDRESS`; an IPv6
address counts by its /64 network, since one host commonly holds a whole /64. Success clears the name's failures
only: a person signing in to their own account must not wipe the count of the address they guess others' from.
Limiting per name lets a stranger lock a name out for the window; the window is short for that reason.
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from .. import store
from ..store.schema import login_attempts
from .errors import LoginThrottledError

__all__ = ["LoginLimiter", "address_key"]


def address_key(address: str | None) -> str | None:
    """The limiter's key for a client address: IPv4 as is, IPv6 by its /64; None or a non-address as given."""
    if not address:
        return None
    try:
        ip = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return f"addr:{address[:100]}"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return f"addr:{ip.ipv4_mapped}"
        return f"addr:{ipaddress.IPv6Network((ip, 64), strict=False)}"
    return f"addr:{ip}"


class LoginLimiter:
    """At most `max_failures` failed sign-ins per name and per address within `window_s` seconds."""

    def __init__(
        self,
        engine: Engine,
        *,
        max_failures: int = 5,
        window_s: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if max_failures < 1 or window_s <= 0:
            raise ValueError("max_failures must be at least 1 and window_s positive")
        self.engine, self.max_failures, self.window_s, self.clock = engine, max_failures, window_s, clock

    def _keys(self, name: str, address: str | None) -> list[str]:
        addr = address_key(address)
        return [f"user:{name[:100]}", *([addr] if addr else [])]

    def retry_after(self, name: str, address: str | None) -> float:
        """Seconds until a sign-in for this name from this address is allowed again (0: allowed now)."""
        now = self.clock()
        wait = 0.0
        with store.read(self.engine) as conn:
            for key in self._keys(name, address):
                times = list(
                    conn.execute(
                        sa.select(login_attempts.c.at)
                        .where(login_attempts.c.key == key, login_attempts.c.at > now - self.window_s)
                        .order_by(login_attempts.c.at.desc())
                        .limit(self.max_failures)
                    ).scalars()
                )
                if len(times) >= self.max_failures:
                    # Allowed again once the oldest of the last max_failures failures leaves the window.
                    wait = max(wait, times[-1] + self.window_s - now)
        return wait

    def check(self, name: str, address: str | None) -> None:
        """Refuse a sign-in attempt that comes too soon.

        Raises:
            LoginThrottledError: "Too many failed sign-ins. Try again in N s." (the same for unknown names).
        """
        wait = self.retry_after(name, address)
        if wait > 0:
            raise LoginThrottledError(wait)

    def record_failure(self, name: str, address: str | None) -> None:
        """Count a failed sign-in against the name and the address; forget failures older than the window."""
        now = self.clock()
        with store.write(self.engine) as conn:
            conn.execute(sa.delete(login_attempts).where(login_attempts.c.at <= now - self.window_s))
            conn.execute(sa.insert(login_attempts), [{"key": k, "at": now} for k in self._keys(name, address)])

    def record_success(self, name: str, address: str | None) -> None:
        """Forget the name's failures (the address's stay)."""
        with store.write(self.engine) as conn:
            conn.execute(sa.delete(login_attempts).where(login_attempts.c.key == f"user:{name[:100]}"))
