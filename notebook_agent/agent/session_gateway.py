"""Kernels on gateways for chats: which gateway, the lease that lets one app process drive a chat, and rebuilds.

The picture is in `agent.session`'s docstring. Here:

- :func:`pick_gateway`: the gateway running the fewest kernels (ties round-robin per process, an unreachable host
  skipped, the host just lost only as a last resort);
- :class:`ChatLease`: this process's lease on one chat, kept in its `kernel_location` row
  (`store.session_records.take_lease` / `renew_lease` / `release_lease`) and renewed by a heartbeat task;
- :func:`upload_again` and :func:`rebuild_note`: a fresh kernel gets the chat's uploads from the upload store, and
  the next answer says why the chat was rebuilt.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from ..errors import KernelBusy, KernelStartError
from ..kernel.gateway import GatewayConfig, GatewayKernel, running_kernels
from ..settings import Settings
from ..store import session_records

__all__ = [
    "HEARTBEAT_S",
    "LEASE_S",
    "PROCESS_ID",
    "TAKEOVER_WAIT_S",
    "ChatLease",
    "attach_kernel",
    "gateway_config",
    "pick_gateway",
    "rebuild_note",
    "start_kernel",
    "upload_again",
]

log = logging.getLogger("notebook_agent.agent.session")  # the chat's log lines, as before the split

LEASE_S = 5.0  # a chat's lease runs this long after its holder's last renewal (then another process may take it)
HEARTBEAT_S = 1.0  # how often the holder renews it
TAKEOVER_WAIT_S = 2 * LEASE_S + 5  # how long an opener waits for another process to give a chat up
PROCESS_ID = secrets.token_hex(8)  # this app process, as a lease holder
_next_gateway = 0  # round-robin among gateways running as many kernels


def gateway_config(settings: Settings, url: str) -> GatewayConfig:
    """How to reach the gateway at `url`: the settings' token and TLS files."""
    return GatewayConfig(
        url,
        token=settings.gateway_token,
        ca_file=settings.gateway_ca,
        client_cert=settings.gateway_client_cert,
        client_key=settings.gateway_client_key,
    )


async def pick_gateway(settings: Settings, avoid: str | None = None) -> str:
    """The gateway for a new kernel: the fewest running kernels, ties round-robin; `avoid` only as a last one."""
    global _next_gateway
    urls = list(settings.gateway_urls)
    _next_gateway = (_next_gateway + 1) % len(urls)
    order = urls[_next_gateway:] + urls[:_next_gateway]
    counts = await asyncio.gather(
        *(running_kernels(gateway_config(settings, u)) for u in order), return_exceptions=True
    )
    ranked = sorted(  # a gateway that does not list its kernels counts as empty: round-robin decides
        (url == avoid, count or 0, i, url)
        for i, (url, count) in enumerate(zip(order, counts, strict=True))
        if not isinstance(count, BaseException)
    )
    if not ranked:
        raise KernelStartError(
            f"no kernel gateway answers ({', '.join(urls)})",
            "Check that the gateway hosts are up (notebook-agent gateway) and NOTEBOOK_AGENT_GATEWAY_URL.",
        )
    return ranked[0][3]


async def attach_kernel(settings: Settings, location: dict[str, Any], *, interrupt: bool) -> GatewayKernel:
    """The recorded kernel at `location`, its variables intact (`interrupt`: a cell left running is stopped)."""
    return await GatewayKernel.attach(
        gateway_config(settings, str(location["url"])),
        str(location["kernel_id"]),
        settings=settings,
        interrupt=interrupt,
    )


async def start_kernel(settings: Settings, avoid: str | None = None) -> tuple[GatewayKernel, dict[str, Any]]:
    """A new kernel on the gateway :func:`pick_gateway` chooses, and its location to record."""
    url = await pick_gateway(settings, avoid)
    kernel = GatewayKernel(gateway_config(settings, url), settings=settings)
    await kernel.start()
    return kernel, {"kind": "gateway", "url": url, "kernel_id": kernel.kernel_id}


async def upload_again(kernel: GatewayKernel, folder: Path, files: list[dict[str, Any]]) -> list[str]:
    """Write a chat's uploads from its folder of the upload store into a fresh kernel; the names not found there."""
    missing = []
    for f in files:
        name = str(f["name"])
        path = folder / name
        if path.is_file():
            await kernel.upload(path, name)
        else:
            missing.append(name)
    return missing


def rebuild_note(why: str, cells: int, files: int, missing: list[str]) -> str:
    """What the next answer says about a rebuild: why, and what was run and written again (or could not be)."""
    written = f" and its uploaded files ({files - len(missing)}) written again" if files else ""
    gone = f" {', '.join(missing)} could not be found and must be uploaded again." if missing else ""
    reason = "its kernel host could not be reached" if "cannot reach" in why else "its kernel had stopped"
    return (
        f"This chat was rebuilt on a new kernel because {reason}: its {cells} successful cells were run "
        f"again{written}.{gone}"
    )


class ChatLease:
    """The lease of this process on one chat: taken at open, renewed every `HEARTBEAT_S`, given back at close.

    `busy` is the chat's turn lock (a chat is handed over only when idle); `location` says where its kernel runs
    now (written with each renewal); `give_up` is called when the chat must be left to another process.
    """

    def __init__(
        self,
        engine: Engine,
        chat_id: str,
        *,
        busy: asyncio.Lock,
        location: Callable[[], dict[str, Any] | None],
        give_up: Callable[[], Awaitable[None]],
    ) -> None:
        self._db, self._id = engine, chat_id
        self._busy, self._location, self._give_up = busy, location, give_up
        self.held = False  # this process holds the chat's lease
        self._heartbeat: asyncio.Task[None] | None = None
        # One write of the location at a time: a renewal that read the old location must not land after `record`
        # wrote the new one (a lost update, seen on a loaded host after a gateway was lost)
        self._writing = asyncio.Lock()

    async def take(self) -> dict[str, Any] | None:
        """Become the process that drives this chat (waiting for another to give it up); the location it had."""
        deadline, asked = time.monotonic() + TAKEOVER_WAIT_S, False
        while True:
            taken, location = await asyncio.to_thread(
                session_records.take_lease, self._db, self._id, PROCESS_ID, LEASE_S, ask=not asked
            )
            if taken:
                break
            asked = True
            if time.monotonic() >= deadline:
                raise KernelBusy(
                    "this chat is open in another app process, which did not give it up",
                    "Wait for its turn there to finish, then try again.",
                )
            await asyncio.sleep(0.25)
        self.held = True
        self._heartbeat = asyncio.create_task(self._renew())
        return location

    async def _renew(self) -> None:
        """Keep the lease while the chat is open here; give the chat up when another process asks and it is idle."""
        while True:
            await asyncio.sleep(HEARTBEAT_S)
            try:
                async with self._writing:
                    location = dict(self._location() or {}) or session_records.KEEP
                    stored = await asyncio.to_thread(
                        session_records.renew_lease, self._db, self._id, PROCESS_ID, LEASE_S, location=location
                    )
            except Exception as exc:  # the database is away for a moment: try again at the next beat
                log.warning("could not renew the chat's lease: %s", type(exc).__name__)
                continue
            if stored is None:
                log.warning("the chat's lease was taken by another app process; it is given up here")
                self.held = False
                await self._give_up()
                return
            if stored.get("wanted") and not self._busy.locked():
                log.info("another app process asked for the chat; it is handed over")
                await self._give_up()
                return

    async def record(self, location: dict[str, Any]) -> None:
        """Write where the chat's kernel runs now (only the lease writes it); refused once the lease was lost."""
        async with self._writing:
            stored = await asyncio.to_thread(
                session_records.renew_lease, self._db, self._id, PROCESS_ID, LEASE_S, location=dict(location)
            )
        if stored is None:
            raise KernelBusy("this chat was taken over by another app process", "Send your message again.")

    async def stop_renewing(self) -> None:
        """End the heartbeat (the lease then runs out by itself unless released)."""
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            with contextlib.suppress(BaseException):
                await self._heartbeat
            self._heartbeat = None

    async def release(self, *, keep: bool) -> None:
        """Give the lease back; `keep` leaves the kernel's location recorded for the next holder. Raises on failure."""
        self.held = False
        await asyncio.to_thread(session_records.release_lease, self._db, self._id, PROCESS_ID, keep=keep)
