"""The live-kernel quota with kernel gateways: counted over every app process, room made wherever a chat is open.

With gateways a user's chats may be open in several app replicas (a page through one, API calls through another),
or left running with no replica holding them (a chat handed over, a replica that died). The database knows them
all: a chat whose `kernel_location` names a gateway kernel has one running. To make room for one more, the user's
least recently used chats are closed wherever they are: one open here through the registry (if idle); any other by
taking its lease — a live replica gives an idle chat up within a heartbeat when asked, a dead one's lease runs out —
and then shutting its kernel down on its gateway. Files, notebook and conversation stay: reopening replays them.
Without gateways one process owns every kernel and the registry alone counts them (`SessionRegistry.make_room`).
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Engine

from ..agent.session import gateway_config
from ..kernel.gateway import shut_down
from ..settings import Settings
from ..store import session_records
from .sessions import SessionRegistry

__all__ = ["make_room_on_gateways"]

# How long to wait for other app processes to give idle chats up (their heartbeat is 1 s) before refusing.
ROOM_WAIT_S = 3.0
# The lease taken on a chat while its kernel is shut down: long enough for the DELETE, short if this process dies.
_CLOSING_LEASE_S = 10.0
_HOLDER = f"quota-{secrets.token_hex(6)}"


async def make_room_on_gateways(
    settings: Settings, engine: Engine, registry: SessionRegistry, chats: Sequence[str], target: str, limit: int
) -> int:
    """Keep the user's running chats under `limit` with `target` open; 0 when there is room, else how many are busy.

    `chats` are the user's chat ids, least recently used first.
    """
    others = [sid for sid in chats if sid != target]
    running = await asyncio.to_thread(session_records.gateway_kernels, engine, others)
    excess = len(running) + 1 - limit
    pending = [sid for sid in others if sid in running]
    deadline = time.monotonic() + ROOM_WAIT_S
    while excess > 0 and pending:
        final = time.monotonic() >= deadline
        waiting: list[str] = []
        for sid in pending:
            if excess <= 0:
                break
            if waiting and not final:  # an older chat is being handed over: wait for it, keep the newer ones
                waiting.append(sid)
                continue
            if registry.live(sid) is not None:
                closed = await registry.release_if_idle(sid)  # in a turn here: not a candidate, now or later
            else:
                closed = await _close_elsewhere(settings, engine, sid, running[sid])
                if not closed:
                    waiting.append(sid)
            excess -= int(closed)
        pending = waiting
        if final:
            break
        if excess > 0 and pending:
            await asyncio.sleep(0.25)
    return max(excess, 0)


async def _close_elsewhere(settings: Settings, engine: Engine, session_id: str, seen: dict[str, Any]) -> bool:
    """Shut down the gateway kernel of a chat no process here holds, once its lease is ours; False while held."""
    taken, location = await asyncio.to_thread(
        session_records.take_lease, engine, session_id, _HOLDER, _CLOSING_LEASE_S, ask=True
    )
    if not taken:
        return False  # asked: its holder gives it up at its next beat if it is idle
    try:
        where = location or seen
        if where.get("kind") == "gateway" and where.get("kernel_id"):
            # A gateway that cannot be reached has lost the kernel anyway: the location is cleared all the same.
            await shut_down(gateway_config(settings, str(where["url"])), str(where["kernel_id"]))
    finally:
        await asyncio.to_thread(session_records.release_lease, engine, session_id, _HOLDER, keep=False)
    return True
