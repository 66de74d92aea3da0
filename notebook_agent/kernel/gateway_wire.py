"""The kernel's channels over a gateway's WebSocket: the v1 framing and :class:`GatewayChannels`, the multiplexer.

The kernel protocol runs over ``/api/kernels/<id>/channels`` with the subprotocol ``v1.kernel.websocket.jupyter.org``:
each WebSocket message is one kernel message, framed as offsets, a channel name and the message's parts
(:func:`encode_frame`, :func:`decode_frame`). The framing is written here: it is a few lines, and the only
implementation of it is in jupyter_server, a server package the app does not otherwise need. A message that does not
parse, or whose parts do not have the protocol's shape (:func:`parse_message`), is dropped, as by the local wire: the
kernel is untrusted and can send anything on its own sockets.

Messages are built by jupyter_client's :class:`~jupyter_client.session.Session` (headers, ids, JSON packing); they
are not signed here: the gateway signs what it forwards to the kernel with the kernel's key, which never leaves the
gateway host. :class:`GatewayChannels` offers the local wire's interface (send, execute, iopub, shell), so a cell
on a gateway runs through the same :class:`~.cell.CellRun`, and routes comm messages to queues of their own (the
uploads of :mod:`.gateway_upload`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import time
from typing import Any
from urllib.parse import quote

from jupyter_client.session import Session
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException
from websockets.typing import Subprotocol

from ..errors import KernelNotRunning, KernelStartError, KernelTimeout
from .gateway_config import GatewayConfig
from .gateway_rest import status_error
from .gateway_upload import UPLOAD_CHUNK

__all__ = ["WS_SUBPROTOCOL", "GatewayChannels", "Message", "decode_frame", "encode_frame", "parse_message"]

WS_SUBPROTOCOL = "v1.kernel.websocket.jupyter.org"

Message = dict[str, Any]

_IOPUB_QUEUE_BYTES = 64 * 2**20  # iopub held for no reader past this is dropped (status messages are always kept)
_WS_MAX_MESSAGE = 256 * 2**20  # one message from the gateway; a larger one ends the connection


def encode_frame(channel: str, parts: list[bytes]) -> bytes:
    """One v1 message: the count of offsets, the offsets (8 bytes little-endian each), the channel, the parts."""
    head = 8 * (len(parts) + 3)
    offsets = [head, head + len(channel.encode())]
    for part in parts:
        offsets.append(offsets[-1] + len(part))
    numbers = [len(offsets), *offsets]
    return b"".join([*(n.to_bytes(8, "little") for n in numbers), channel.encode(), *parts])


def decode_frame(frame: bytes) -> tuple[str, list[bytes]] | None:
    """A v1 message's channel and parts, or None when the frame is not one."""
    try:
        count = int.from_bytes(frame[:8], "little")
        if not 3 <= count <= 1024 or len(frame) < 8 * (count + 1):
            return None
        offsets = [int.from_bytes(frame[8 * (i + 1) : 8 * (i + 2)], "little") for i in range(count)]
        if offsets != sorted(offsets) or offsets[0] != 8 * (count + 1) or offsets[-1] != len(frame):
            return None
        channel = frame[offsets[0] : offsets[1]].decode()
    except (UnicodeDecodeError, ValueError):
        return None
    return channel, [frame[offsets[i] : offsets[i + 1]] for i in range(1, count - 1)]


def parse_message(parts: list[bytes]) -> Message | None:
    """The message from its parts (header, parent header, metadata, content, buffers), if it has the right shape."""
    if len(parts) < 4:
        return None
    try:
        header, parent, metadata, content = (json.loads(p) for p in parts[:4])
    except ValueError:  # not JSON, or not UTF-8
        return None
    if not (
        isinstance(header, dict)
        and isinstance(header.get("msg_type"), str)
        and isinstance(parent, dict)
        and isinstance(metadata, dict)
        and isinstance(content, dict)
    ):
        return None
    return {
        "header": header,
        "msg_id": header.get("msg_id"),
        "msg_type": header["msg_type"],
        "parent_header": parent,
        "metadata": metadata,
        "content": content,
        "buffers": parts[4:],
    }


class GatewayChannels:
    """The kernel's channels over one WebSocket, with the interface of the local wire (KernelWire).

    The object outlives its connection: :meth:`connect` (again) swaps the WebSocket under the same queues, so a
    running cell keeps reading from it. Sending is synchronous, as on ZMQ: messages queue for a writer task.
    """

    def __init__(self, config: GatewayConfig, kernel_id: str) -> None:
        self.config = config
        self.kernel_id = kernel_id
        self.session = _message_session()
        self._ws: ClientConnection | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._outbox: asyncio.Queue[bytes] = asyncio.Queue()
        self._shell: asyncio.Queue[Message] = asyncio.Queue()
        self._iopub: asyncio.Queue[Message] = asyncio.Queue()
        self._iopub_bytes = 0
        self._comms: dict[str, asyncio.Queue[Message]] = {}
        self.restarted = False  # the gateway announced a restart (or a death) of its own: the kernel died
        self.closed: str | None = "not connected"  # why the connection is down, None while it is up
        self.dropped = 0  # messages that did not parse or had no room

    async def connect(self, *, new_session: bool = False) -> None:
        """Open (or reopen) the WebSocket; the gateway answers the upgrade once the kernel has replied to it.

        Reopened under the same session id, the gateway replays what the kernel sent meanwhile (it buffers a
        session's messages while no connection is open). A `new_session` starts clean: after a restart, nothing of
        the old kernel's connection (its streams, its messages) may reach this one.
        """
        await self.disconnect()
        if new_session:
            self.session = _message_session()
        path = f"/api/kernels/{quote(self.kernel_id)}/channels?session_id={quote(self.session.session)}"
        self._ws = await self._open(path)
        if self._ws.subprotocol != WS_SUBPROTOCOL:
            await self._ws.close()
            raise KernelStartError(
                f"the gateway at {self.config.url} does not speak the {WS_SUBPROTOCOL} WebSocket protocol",
                "Run the gateway with jupyter-kernel-gateway 3 or later (notebook-agent gateway).",
            )
        self.closed = None
        self.restarted = False
        self._tasks = [asyncio.create_task(self._read(self._ws)), asyncio.create_task(self._write(self._ws))]

    async def _open(self, path: str) -> ClientConnection:
        """The WebSocket upgrade on `path`; its failures in the package's terms."""
        try:
            return await connect(
                self.config.ws_url(path),
                subprotocols=[Subprotocol(WS_SUBPROTOCOL)],
                additional_headers=self.config.headers(),
                ssl=self.config.ssl_context(),
                compression=None,  # kernel messages are mostly small; upload chunks are incompressible
                max_size=_WS_MAX_MESSAGE,
                write_limit=4 * UPLOAD_CHUNK,
                open_timeout=self.config.timeout_s,
                user_agent_header="notebook-agent",
            )
        except InvalidStatus as exc:
            raise status_error(self.config, exc.response.status_code, "", f"kernel {self.kernel_id}") from None
        except (OSError, TimeoutError, WebSocketException) as exc:
            raise KernelNotRunning(
                f"cannot open the kernel's channels on the gateway at {self.config.url} ({exc})",
                "Check that the gateway host is up and reachable from the app.",
            ) from None

    async def disconnect(self) -> None:
        """Close the WebSocket (queued messages stay for the next connection)."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks = []
        if self._ws is not None:
            with contextlib.suppress(Exception):
                await self._ws.close()
            self._ws = None
        self.closed = self.closed or "closed"

    def clear(self) -> None:
        """Drop everything received and not yet read, and every message not yet sent (a new kernel)."""
        for queue in (self._shell, self._iopub, self._outbox):
            while not queue.empty():
                queue.get_nowait()
        self._iopub_bytes = 0

    async def _read(self, ws: ClientConnection) -> None:
        try:
            async for frame in ws:
                decoded = decode_frame(frame) if isinstance(frame, bytes) else None
                msg = parse_message(decoded[1]) if decoded is not None else None
                if decoded is None or msg is None:
                    self.dropped += 1
                    continue
                self._route(decoded[0], msg, len(frame))
            self.closed = f"the gateway closed the connection ({ws.close_code})"
        except ConnectionClosed as exc:
            self.closed = f"the connection to the gateway was lost ({exc})"

    def _route(self, channel: str, msg: Message, size: int) -> None:
        if channel == "shell":
            self._shell.put_nowait(msg)
            return
        if channel != "iopub":
            return  # stdin and control: nothing here asks on them
        mtype, content = msg["msg_type"], msg["content"]
        comm = self._comms.get(content.get("comm_id")) if mtype in ("comm_msg", "comm_close") else None
        if comm is not None:
            comm.put_nowait(msg)
            return
        if mtype == "status":
            if content.get("execution_state") in ("restarting", "dead") and not msg["parent_header"]:
                self.restarted = True  # the gateway's restarter found the kernel dead
        elif self._iopub_bytes + size > _IOPUB_QUEUE_BYTES:
            self.dropped += 1  # nobody is reading: a flood between cells must not grow the app without bound
            return
        msg["_size"] = size
        self._iopub_bytes += size
        self._iopub.put_nowait(msg)

    async def _write(self, ws: ClientConnection) -> None:
        try:
            while True:
                frame = await self._outbox.get()
                await ws.send(frame)
        except ConnectionClosed as exc:
            self.closed = f"the connection to the gateway was lost ({exc})"

    # -- the wire's interface (CellRun, the ready-wait) -----------------------------------------------------------
    def send(self, msg_type: str, content: dict[str, Any], buffers: list[bytes] | None = None) -> str:
        """Queue a shell message; its msg_id."""
        msg = self.session.msg(msg_type, content)
        pack = self.session.pack
        parts = [pack(msg["header"]), pack(msg["parent_header"]), pack(msg["metadata"]), pack(msg["content"])]
        self._outbox.put_nowait(encode_frame("shell", [*parts, *(buffers or [])]))
        return str(msg["header"]["msg_id"])

    def execute(self, code: str, *, silent: bool = False) -> str:
        """Send an execute_request; its msg_id."""
        content = {
            "code": code,
            "silent": silent,
            "store_history": not silent,
            "user_expressions": {},
            "allow_stdin": False,
            "stop_on_error": False,
        }
        return self.send("execute_request", content)

    def kernel_info(self) -> str:
        """Send a kernel_info_request; its msg_id."""
        return self.send("kernel_info_request", {})

    async def iopub(self, timeout_s: float) -> Message | None:
        """The next iopub message within `timeout_s`; None when none came."""
        msg = await _get(self._iopub, timeout_s, self)
        if msg is not None:
            self._iopub_bytes -= msg.pop("_size", 0)
        return msg

    async def shell(self, timeout_s: float) -> Message | None:
        """The next shell reply within `timeout_s`; None when none came."""
        return await _get(self._shell, timeout_s, self)

    async def run_hidden(self, code: str, timeout_s: float) -> dict[str, Any]:
        """Run code silently (no history, no outputs kept) and return its execute_reply's content."""
        msg_id = self.execute(code, silent=True)
        deadline = time.monotonic() + timeout_s
        while (left := deadline - time.monotonic()) > 0:
            reply = await self.shell(left)
            if reply is not None and reply["parent_header"].get("msg_id") == msg_id:
                return dict(reply["content"])
            if self.closed is not None:
                break
        raise KernelTimeout("the kernel did not answer a set-up request", timeout_s=timeout_s)

    def open_comm(self, comm_id: str) -> asyncio.Queue[Message]:
        """Route the kernel's messages on this comm to a queue of their own."""
        queue: asyncio.Queue[Message] = asyncio.Queue()
        self._comms[comm_id] = queue
        return queue

    def forget_comm(self, comm_id: str) -> None:
        """Stop routing a comm's messages."""
        self._comms.pop(comm_id, None)


def _message_session() -> Session:
    """A jupyter_client Session that builds and packs messages (ids, headers, dates) under a new session id.

    Nothing is signed with its key: the gateway signs what it forwards to the kernel with the kernel's own key. The
    key is random only because a Session without one warns that signing is off.
    """
    return Session(key=secrets.token_hex(32).encode(), username="notebook-agent")


async def _get(queue: asyncio.Queue[Message], timeout_s: float, channels: GatewayChannels) -> Message | None:
    if not queue.empty():
        return queue.get_nowait()
    if timeout_s <= 0:
        return None
    if channels.closed is not None:  # nothing can come: wait out the time without spinning
        await asyncio.sleep(timeout_s)
        return None
    try:
        return await asyncio.wait_for(queue.get(), timeout_s)
    except TimeoutError:
        return None
