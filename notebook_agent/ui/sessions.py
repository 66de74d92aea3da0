"""Live chat sessions keyed by an unguessable id kept in the browser; never in gr.State.

Idle sessions are closed (their kernels end; ``NOTEBOOK_AGENT_IDLE_TIMEOUT``) and rebuilt from the database when
their browser comes back; with kernel gateways, a session another app process asked for is handed over (see
`agent.session`) and opened again here on its next use. A cap on live sessions (``NOTEBOOK_AGENT_MAX_SESSIONS``)
turns the next new one away with a clear "busy" message instead of overloading the host. New sessions take a ready
kernel from a warm pool (``NOTEBOOK_AGENT_POOL_SIZE``); sessions open concurrently, never one after another behind
a lock.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from ..agent.session import Session, is_stored, new_session_id
from ..errors import ServerBusy
from ..kernel.pool import KernelPool
from ..ops.metrics import METRICS
from ..settings import Settings

__all__ = ["SessionRegistry"]


@dataclass
class _Entry:
    session: Session
    used: float = field(default_factory=time.monotonic)
    busy: int = 0


class SessionRegistry:
    """Opens, shares and culls sessions."""

    def __init__(self, settings: Settings, pool_size: int | None = None) -> None:
        self.settings = settings
        self.max_live = settings.max_sessions
        self.idle_s = settings.idle_timeout_s
        size = settings.pool_size if pool_size is None else pool_size
        if settings.gateway_urls:  # kernels start on the gateway hosts (their fork servers keep them quick)
            size = 0
        self.pool = KernelPool(settings, size) if size > 0 else None
        self._live: dict[str, _Entry] = {}
        self._opening: dict[str, asyncio.Task[Session]] = {}
        self._lock = asyncio.Lock()

    def warm(self) -> None:
        """Start filling the kernel pool (from the running event loop); safe to call often."""
        if self.pool is not None:
            self.pool.start()

    @staticmethod
    def new_id() -> str:
        """A fresh unguessable session id (its sandbox gets an unrelated id of its own)."""
        return new_session_id()

    def exists(self, session_id: str) -> bool:
        """Whether a session with this id is stored (in the database: blocks, call it in a thread).

        A browser sends the id: anything but a plain id (a path, '..') names no session at all.
        """
        return is_stored(self.settings, session_id)

    async def get(self, session_id: str) -> Session:
        """The live session, resumed from disk or created under this id."""
        self.warm()
        async with self._lock:
            entry = self._live.get(session_id)
            if entry is not None and getattr(entry.session, "released", False):  # handed to another app process
                del self._live[session_id]
                await _closed(entry)
                entry = None
            if entry is not None:
                entry.used = time.monotonic()
                return entry.session
            task = self._opening.get(session_id)
            if task is None:
                await self._cull()
                if len(self._live) + len(self._opening) >= self.max_live:
                    raise ServerBusy(self.max_live)
                task = self._opening[session_id] = asyncio.create_task(self._open(session_id))
        # Opened outside the lock: other sessions start (and other browsers are served) meanwhile.
        return await asyncio.shield(task)

    async def _open(self, session_id: str) -> Session:
        try:
            session = await Session.open(session_id, settings=self.settings, create=True, pool=self.pool)
            self._live[session_id] = _Entry(session)
            METRICS.live_sessions.inc()
            return session
        finally:
            self._opening.pop(session_id, None)

    @contextlib.asynccontextmanager
    async def using(self, session_id: str) -> AsyncIterator[Session]:
        """Hold a session while a request uses it, so culling never closes it mid-turn."""
        session = await self.get(session_id)
        entry = self._live[session_id]
        entry.busy += 1
        try:
            yield session
        finally:
            entry.busy -= 1
            entry.used = time.monotonic()

    async def _cull(self) -> None:
        now = time.monotonic()
        for sid, entry in list(self._live.items()):
            if entry.busy == 0 and now - entry.used > self.idle_s:
                del self._live[sid]
                await _closed(entry)

    def live_ids(self) -> set[str]:
        """The ids of the sessions open now."""
        return set(self._live)

    async def make_room(self, mine: set[str], limit: int) -> bool:
        """Keep one owner's open sessions (`mine`) under `limit` by closing their least recently used idle one.

        False when every one of them is in use (the caller refuses with a quota message).
        """
        async with self._lock:
            open_mine = [(e.used, sid) for sid, e in self._live.items() if sid in mine]
            if len(open_mine) < limit:
                return True
            idle = sorted((used, sid) for used, sid in open_mine if self._live[sid].busy == 0)
            if len(open_mine) - len(idle) >= limit:
                return False
            closing = [self._live.pop(sid) for _, sid in idle[: len(open_mine) - limit + 1]]
        for entry in closing:  # its files, notebook and conversation stay: reopening replays it
            await _closed(entry)
        return True

    async def release_if_idle(self, session_id: str) -> bool:
        """Close a session open here if no request is using it; False when it is busy (or not open here)."""
        async with self._lock:
            entry = self._live.get(session_id)
            if entry is None or entry.busy:
                return False
            del self._live[session_id]
        await _closed(entry)
        return True

    def live(self, session_id: str) -> Session | None:
        """The session if it is open now (without opening it)."""
        entry = self._live.get(session_id)
        return entry.session if entry else None

    async def release(self, session_id: str) -> None:
        """Close a session's kernel now (its files and conversation stay on disk)."""
        async with self._lock:
            entry = self._live.pop(session_id, None)
        if entry is not None:
            await _closed(entry)

    async def close(self) -> None:
        """Close everything, the pool's waiting kernels included."""
        for sid in list(self._live):
            await self.release(sid)
        if self.pool is not None:
            await self.pool.close()

    async def leave_all(self) -> None:
        """At the app's exit: every live chat lets go of its kernel (see `Session.leave`), the pool is discarded."""
        async with self._lock:
            entries, self._live = list(self._live.values()), {}
        for entry in entries:
            METRICS.live_sessions.dec()
            # bounded: a turn still running when the server stopped must not hold up the exit
            with contextlib.suppress(Exception):
                await asyncio.wait_for(entry.session.leave(), timeout=5)
        if self.pool is not None:
            await self.pool.close()


async def _closed(entry: _Entry) -> None:
    """Close a session just taken out of the live ones (the gauge follows the dict)."""
    METRICS.live_sessions.dec()
    await entry.session.close()
