"""A kernel on a Jupyter kernel gateway: :class:`GatewayKernel`, with the interface a Session uses on SessionKernel.

The gateway host (``notebook-agent gateway``, see :mod:`.gateway_host`) starts our kernelspec only, so every kernel
it serves was launched by the sandbox launcher and verified by the provisioner on that host. This client owns one
such kernel from the app's side:

* its lifetime over the gateway's REST API: ``POST /api/kernels`` (start), ``DELETE`` (shutdown),
  ``POST .../interrupt`` and ``.../restart``; re-attaching to a running kernel by its id after an app restart
  (:meth:`GatewayKernel.attach`);
* its cells over the WebSocket kernel protocol (``/api/kernels/<id>/channels``, subprotocol
  ``v1.kernel.websocket.jupyter.org``), run by the same :class:`~.cell.CellRun` as a local kernel's, so a cell ends
  in the same :class:`~.cell.CellResult` (outputs in nbformat's shape, status, error, notes, the same caps, the
  same timeout escalation: interrupt, then restart) with outputs streamed to the same callback;
* what only the host can say (the routes :mod:`.gateway_host` adds): the confinement it verified at the kernel's
  start and restart (``confinement``, ``sandbox_info`` for the sandbox panel, the profile's limits, which the
  cells then run under), a re-verification on request (``reverify``), the sandbox's disk use (``disk_over_cap``);
* uploads into the kernel's work directory on the gateway host, through the kernel protocol (:meth:`upload`): a
  comm whose handler, registered in the kernel at each start, writes the binary buffers it receives to a file.
  No shared volume is needed; the file is read and sent in chunks with a bounded window of unacknowledged ones,
  so memory stays flat on every hop whatever the file's size.

Messages are built by jupyter_client's :class:`~jupyter_client.session.Session` (headers, ids, JSON packing); they
are not signed here: the gateway signs what it forwards to the kernel with the kernel's key, which never leaves the
gateway host. The v1 WebSocket framing (offsets, channel, message parts) is written here: it is a few lines, and
the only implementation of it is in jupyter_server, a server package the app does not otherwise need. A message
that does not parse, or whose parts do not have the protocol's shape, is dropped, as by the local wire: the kernel
is untrusted and can send anything on its own sockets.

Authentication is the gateway's token (``Authorization: token …`` on every request and on the WebSocket upgrade);
TLS is checked against the system's CAs, or a given CA bundle, optionally with a client certificate
(:class:`GatewayConfig`, filled from the settings by the caller).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import logging
import os
import secrets
import ssl
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote, urlsplit

import httpx
import nbformat
from jupyter_client.session import Session
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException
from websockets.typing import Subprotocol

from ..errors import (
    ConfigError,
    KernelNotRunning,
    KernelStartError,
    KernelTimeout,
    NotebookAgentError,
    SandboxError,
    UploadError,
    UploadTooBig,
)
from ..ops.metrics import METRICS
from ..sandbox.profiles import Limits, Profile, load_profile
from ..sandbox.verify import Confinement
from ..settings import Settings, get_settings
from .cell import CellResult, CellRun
from .death import describe_death
from .outputs import OutputCallback
from .ready import wait_ready

if TYPE_CHECKING:
    from .session_kernel import SessionKernel
    from .wire import KernelWire

__all__ = ["GatewayConfig", "GatewayKernel", "UploadResult", "running_kernels", "shut_down"]

log = logging.getLogger(__name__)

KERNEL_NAME = "notebook-agent"
WS_SUBPROTOCOL = "v1.kernel.websocket.jupyter.org"
UPLOAD_TARGET = "notebook_agent.upload"

Message = dict[str, Any]
ProgressCallback = Callable[[int, int], Awaitable[None] | None]

_IOPUB_QUEUE_BYTES = 64 * 2**20  # iopub held for no reader past this is dropped (status messages are always kept)
_WS_MAX_MESSAGE = 256 * 2**20  # one message from the gateway; a larger one ends the connection
_UPLOAD_CHUNK = 2 * 2**20  # bytes per upload message (the engine takes at most 10 MiB per WebSocket message)
_UPLOAD_WINDOW = 8  # chunks sent and not yet acknowledged by the kernel
_UPLOAD_STALL_S = 60.0  # no acknowledgement for this long ends an upload


@dataclass(frozen=True)
class GatewayConfig:
    """Where a kernel gateway is and how to talk to it: its URL, token and TLS (values from the settings)."""

    url: str
    token: str = field(default="", repr=False)
    verify: bool = True  # check the gateway's certificate (https); False only for a test host
    ca_file: str | None = None  # check it against this CA bundle instead of the system's
    client_cert: str | None = None  # for a gateway that asks for one (KernelGatewayApp.client_ca)
    client_key: str | None = None
    timeout_s: float = 30.0  # one REST request; a kernel start may take the profile's startup time on top

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigError(
                f"not a kernel gateway URL: {self.url!r}",
                "Give the gateway as http://host:port or https://host:port.",
                setting="NOTEBOOK_AGENT_GATEWAY_URL",
                value=self.url,
            )
        object.__setattr__(self, "url", self.url.rstrip("/"))

    def ssl_context(self) -> ssl.SSLContext | None:
        """The TLS context for an https gateway (None for http)."""
        if not self.url.startswith("https:"):
            return None
        ctx = ssl.create_default_context(cafile=self.ca_file)
        if not self.verify:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        if self.client_cert:
            ctx.load_cert_chain(self.client_cert, self.client_key)
        return ctx

    def headers(self) -> dict[str, str]:
        """The authentication header (the engine's form: ``token <value>``)."""
        return {"Authorization": f"token {self.token}"} if self.token else {}

    def ws_url(self, path: str) -> str:
        """The WebSocket URL of a path on the gateway."""
        return "ws" + self.url[len("http") :] + path


@dataclass(frozen=True)
class UploadResult:
    """A file written into the kernel's work directory."""

    name: str
    bytes: int
    seconds: float

    @property
    def mb_per_s(self) -> float:
        """Throughput in MB/s (10^6 bytes)."""
        return self.bytes / 1e6 / self.seconds if self.seconds > 0 else 0.0


# -- the v1 WebSocket framing ------------------------------------------------------------------------------------
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


def _message(parts: list[bytes]) -> Message | None:
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


class _Channels:
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
        try:
            self._ws = await connect(
                self.config.ws_url(path),
                subprotocols=[Subprotocol(WS_SUBPROTOCOL)],
                additional_headers=self.config.headers(),
                ssl=self.config.ssl_context(),
                compression=None,  # kernel messages are mostly small; upload chunks are incompressible
                max_size=_WS_MAX_MESSAGE,
                write_limit=4 * _UPLOAD_CHUNK,
                open_timeout=self.config.timeout_s,
                user_agent_header="notebook-agent",
            )
        except InvalidStatus as exc:
            raise _status_error(self.config, exc.response.status_code, "", f"kernel {self.kernel_id}") from None
        except (OSError, TimeoutError, WebSocketException) as exc:
            raise KernelNotRunning(
                f"cannot open the kernel's channels on the gateway at {self.config.url} ({exc})",
                "Check that the gateway host is up and reachable from the app.",
            ) from None
        if self._ws.subprotocol != WS_SUBPROTOCOL:
            await self._ws.close()
            raise KernelStartError(
                f"the gateway at {self.config.url} does not speak the {WS_SUBPROTOCOL} WebSocket protocol",
                "Run the gateway with jupyter-kernel-gateway 3 or later (notebook-agent gateway).",
            )
        self.closed = None
        self.restarted = False
        self._tasks = [asyncio.create_task(self._read(self._ws)), asyncio.create_task(self._write(self._ws))]

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
                msg = _message(decoded[1]) if decoded is not None else None
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


async def _get(queue: asyncio.Queue[Message], timeout_s: float, channels: _Channels) -> Message | None:
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


class _RemoteManager:
    """The part of a kernel manager that CellRun uses, for a kernel whose manager is on the gateway host."""

    provisioner = None  # a dead kernel's exit status stays on the gateway host: CellRun then says "stopped responding"

    def __init__(self, kernel: GatewayKernel) -> None:
        self._kernel = kernel

    async def interrupt_kernel(self) -> None:
        await self._kernel._action("interrupt")


# Run (silently) in each new kernel: the upload comm's target. Files go to the directory the kernel started in (its
# work dir, before any cell could chdir), under a temporary name, renamed when complete.
_UPLOAD_SETUP = """
def _notebook_agent_upload_setup():
    import os
    manager = get_ipython().kernel.comm_manager
    if TARGET in manager.targets:
        return
    work = os.getcwd()

    def target(comm, open_msg):
        name = open_msg["content"]["data"].get("name")
        if not isinstance(name, str) or name in ("", ".", "..") or "/" in name or "\\0" in name:
            comm.send({"error": "not a plain file name: " + repr(name)})
            comm.close()
            return
        part = os.path.join(work, ".upload-" + comm.comm_id + ".part")
        state = {"fd": None, "bytes": 0, "seq": 0}

        def fail(exc):
            if state["fd"] is not None:
                os.close(state["fd"])
                state["fd"] = None
            try:
                os.unlink(part)
            except OSError:
                pass
            comm.send({"error": type(exc).__name__ + ": " + str(exc)})
            comm.close()

        def on_msg(msg):
            try:
                if state["fd"] is None:
                    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC
                    state["fd"] = os.open(part, flags, 0o600)
                data = msg["content"]["data"]
                if data.get("seq") != state["seq"]:
                    raise ValueError("chunk %r came when %r was due" % (data.get("seq"), state["seq"]))
                state["seq"] += 1
                for buf in msg["buffers"]:
                    view = memoryview(buf).cast("B")
                    state["bytes"] += len(view)
                    while view:
                        view = view[os.write(state["fd"], view):]
                if data.get("done"):
                    os.close(state["fd"])
                    state["fd"] = None
                    os.replace(part, os.path.join(work, name))
                    comm.send({"done": True, "bytes": state["bytes"]})
                    comm.close()
                else:
                    comm.send({"seq": data.get("seq"), "bytes": state["bytes"]})
            except Exception as exc:
                fail(exc)

        def on_close(msg):
            if state["fd"] is not None:
                fail(ConnectionAbortedError("the upload was abandoned"))

        comm.on_msg(on_msg)
        comm.on_close(on_close)

    manager.register_target(TARGET, target)

_notebook_agent_upload_setup()
del _notebook_agent_upload_setup
""".replace("TARGET", repr(UPLOAD_TARGET))


class GatewayKernel:
    """A chat's kernel on a kernel gateway: start or attach, execute (streaming), interrupt, restart, shutdown.

    The same calls and results as :class:`~.session_kernel.SessionKernel`. What differs: the sandbox's directory
    is on the gateway host, so files go in through :meth:`upload` (there is no local ``sandbox``); the kernel's
    files last as long as the kernel (shutting it down removes them); ``kernel_id`` with the gateway's URL is what a
    session stores to :meth:`attach` again after an app restart, and :meth:`detach` leaves the kernel running.
    """

    def __init__(
        self,
        gateway: GatewayConfig | str,
        *,
        settings: Settings | None = None,
        profile: Profile | str | None = None,
    ) -> None:
        self.gateway = gateway if isinstance(gateway, GatewayConfig) else GatewayConfig(gateway)
        self.settings = settings or get_settings()
        if isinstance(profile, str) or profile is None:
            profile = load_profile(profile or self.settings.profile)
        # Replaced by the host's limits once it reports them: the caps and timeouts are the ones the kernel runs under.
        self.profile = profile
        self.kernel_id: str | None = None
        self.km: _RemoteManager | None = None
        self.report: dict[str, Any] | None = None  # the host's word on the kernel's confinement (see sandbox_report)
        self.restarts = 0
        self.pid: int | None = None  # on another host: no local process to watch (CellRun reads memory by pid)
        self._http: httpx.AsyncClient | None = None
        self._channels: _Channels | None = None
        self._run: CellRun | None = None
        self._lock = asyncio.Lock()

    # -- lifecycle -----------------------------------------------------------------------------------------------
    @classmethod
    async def attach(
        cls,
        gateway: GatewayConfig | str,
        kernel_id: str,
        *,
        settings: Settings | None = None,
        profile: Profile | str | None = None,
        interrupt: bool = False,
    ) -> GatewayKernel:
        """A client on a kernel already running on the gateway (started by this app before it restarted).

        `interrupt` first stops whatever cell the kernel is running (one its previous client left behind).
        """
        kernel = cls(gateway, settings=settings, profile=profile)
        kernel.kernel_id = kernel_id
        try:
            await kernel._request("GET", f"/api/kernels/{quote(kernel_id)}", what=f"kernel {kernel_id}")
            if interrupt:  # a cell left running by a client that is gone would hold up the ready-wait
                await kernel._action("interrupt")
            await kernel._connect("the kernel")
        except BaseException:
            await kernel.detach()
            raise
        log.info("kernel attached on the gateway", extra={"kernel_id": kernel_id, "gateway": kernel.gateway.url})
        return kernel

    async def start(self) -> GatewayKernel:
        """Start a kernel on the gateway (launched and verified there), connect, wait until it answers."""
        if self.kernel_id is not None:
            raise KernelStartError(f"this client already has kernel {self.kernel_id}", "Use a new GatewayKernel.")
        started = time.monotonic()
        timeout = self.profile.limits.startup_timeout_s + self.gateway.timeout_s
        try:
            model = await self._request(
                "POST", "/api/kernels", json={"name": KERNEL_NAME}, timeout=timeout, what="a new kernel", starting=True
            )
            self.kernel_id = str(model["id"])
            await self._connect("the kernel")
        except BaseException:
            await self.shutdown()
            raise
        log.info(
            "kernel started on the gateway",
            extra={"kernel_id": self.kernel_id, "gateway": self.gateway.url, "ms": _ms_since(started)},
        )
        return self

    async def _connect(self, what: str, *, new_session: bool = False) -> None:
        """Channels on the (re)started kernel, its readiness, the host's report, the upload target."""
        assert self.kernel_id is not None
        if self._channels is None:
            self._channels = _Channels(self.gateway, self.kernel_id)
        self._channels.clear()
        await self._channels.connect(new_session=new_session)
        self.km = _RemoteManager(self)
        report = asyncio.create_task(self._refresh_report())  # REST, while the WebSocket waits for the kernel
        try:
            await self._wait_ready(what)
        except BaseException:
            report.cancel()
            with contextlib.suppress(BaseException):
                await report
            raise
        await report
        reply = await self._run_hidden(_UPLOAD_SETUP)
        if reply.get("status") != "ok":
            raise KernelStartError(
                f"{what} refused the upload set-up: {reply.get('ename', '')}: {reply.get('evalue', '')}",
                "Restart the kernel; if it keeps failing, check the gateway host's kernel logs.",
            )

    async def _wait_ready(self, what: str) -> None:
        """Wait until the remote kernel answers (`ready.wait_ready`, as a local kernel)."""
        ch = self._channels
        assert ch is not None

        async def gone() -> None:
            if ch.closed is not None:
                raise KernelNotRunning(f"{what} did not become ready: {ch.closed}")

        await wait_ready(ch, what, self.profile.limits.startup_timeout_s, gone)

    async def _run_hidden(self, code: str) -> dict[str, Any]:
        """Run code silently (no history, no outputs kept) and return its execute_reply's content."""
        ch = self._channels
        assert ch is not None
        msg_id = ch.execute(code, silent=True)
        deadline = time.monotonic() + self.profile.limits.startup_timeout_s
        while (left := deadline - time.monotonic()) > 0:
            reply = await ch.shell(left)
            if reply is not None and reply["parent_header"].get("msg_id") == msg_id:
                return dict(reply["content"])
            if ch.closed is not None:
                break
        raise KernelTimeout(
            "the kernel did not answer a set-up request", timeout_s=self.profile.limits.startup_timeout_s
        )

    async def __aenter__(self) -> GatewayKernel:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.shutdown()

    @property
    def sandbox_info(self) -> dict[str, Any] | None:
        """The layers in force as the host verified them (``exec --json``'s ``sandbox``: layers, filters, uid…)."""
        return dict(self.report["sandbox"]) if self.report and self.report.get("sandbox") else None

    @property
    def confinement(self) -> Confinement | None:
        """What the gateway host verified about the running kernel (its pid and uid are the host's)."""
        info = self.sandbox_info
        if info is None:
            return None
        return Confinement(
            pid=int(info["pid"]),
            uid=int(info["uid"]),
            gid=int(info["gid"]),
            no_new_privs=bool(info["no_new_privs"]),
            seccomp_mode=int(info["seccomp_mode"]),
            seccomp_filters=int(info["seccomp_filters"]),
            cap_eff=int(info["capabilities"]),
            layers=tuple(info["layers"]),
            landlock_abi=int(info["landlock_abi"]),
            filters_checked=str(info.get("filters_checked", "count")),
        )

    async def _refresh_report(self, verify: bool = False) -> None:
        """The host's report on the kernel (after verifying it again when `verify`); its limits become ours."""
        path = f"/api/kernels/{quote(self.kernel_id or '')}/sandbox"
        report = await self._request("POST" if verify else "GET", path, what=f"kernel {self.kernel_id}")
        if not report.get("sandbox"):
            raise SandboxError(
                f"the gateway at {self.gateway.url} reports no verified confinement for kernel {self.kernel_id}",
                "Serve kernels with `notebook-agent gateway`, whose hosts verify every kernel they start.",
            )
        self.report = report
        if isinstance(report.get("limits"), dict):
            try:
                self.profile = self.profile.model_copy(update={"limits": Limits.model_validate(report["limits"])})
            except ValueError:
                log.warning("the gateway's profile limits could not be read; the app's own are used")

    async def reverify(self) -> None:
        """Have the host check the kernel's confinement again now; a kernel that fails it is shut down there."""
        if self.kernel_id is None:
            raise KernelNotRunning("the kernel has not been started")
        await self._refresh_report(verify=True)

    async def is_alive(self) -> bool:
        """Whether the kernel is running: False once the gateway said it restarted it (it died) or it is gone."""
        ch = self._channels
        if self.kernel_id is None or ch is None:
            return False
        if ch.restarted:
            return False
        if ch.closed is None:
            return True
        try:  # the connection dropped: the kernel may still be there (same session id: the gateway replays)
            await self._request("GET", f"/api/kernels/{quote(self.kernel_id)}", what=f"kernel {self.kernel_id}")
            await ch.connect()
        except (KernelNotRunning, KernelStartError, ConfigError):
            return False
        return True

    async def lost(self) -> str | None:
        """Why the kernel cannot be used any more (its host unreachable, the kernel gone), or None when it can.

        One REST request (~3 ms); a dropped connection is tried once more. A kernel the gateway restarted after a
        death is not lost (its next cell says so, as a local kernel's would).
        """
        ch = self._channels
        if self.kernel_id is None or ch is None:
            return "the kernel is not running"
        try:  # asked every time: a kernel deleted on the gateway (a culler, an operator) may leave the socket open
            await self._request("GET", f"/api/kernels/{quote(self.kernel_id)}", what=f"kernel {self.kernel_id}")
            if ch.closed is not None:
                await ch.connect()
        except NotebookAgentError as exc:
            return exc.problem
        except (OSError, WebSocketException) as exc:
            return f"the kernel's connection failed ({type(exc).__name__})"
        return None

    async def restart(self) -> None:
        """A fresh kernel process in the same sandbox on the gateway (its files stay, its memory does not)."""
        if self.kernel_id is None or self._channels is None:
            raise KernelNotRunning("the kernel has not been started")
        started = time.monotonic()
        if not (self._channels.restarted and await self._restarted_by_gateway()):
            timeout = self.profile.limits.startup_timeout_s + self.gateway.timeout_s
            await self._action("restart", timeout=timeout)
        # A connection of a new session: the gateway keeps nothing of the old one's streams or messages.
        await self._connect("the restarted kernel", new_session=True)
        self.restarts += 1
        METRICS.kernel_restarts.inc()
        log.info(
            "kernel restarted on the gateway",
            extra={"kernel_id": self.kernel_id, "restarts": self.restarts, "ms": _ms_since(started)},
        )

    async def _restarted_by_gateway(self) -> bool:
        """Whether the gateway has restarted the kernel itself, after finding it dead.

        The "restarting" status that says so is only a hint (the kernel could send one): the host's report must name
        a new process, live and verified. While the old process is gone and the new one not yet verified, the
        gateway's restart is under way, and a restart asked now would run into it.
        """
        old = self.sandbox_info["pid"] if self.sandbox_info else None
        path = f"/api/kernels/{quote(self.kernel_id or '')}/sandbox"
        deadline = time.monotonic() + self.profile.limits.startup_timeout_s
        while time.monotonic() < deadline:
            report = await self._request("GET", path, what=f"kernel {self.kernel_id}")
            process, verified = report.get("process"), (report.get("sandbox") or {}).get("pid")
            if report.get("alive") and process == old:
                return False  # the process we knew is running: nothing restarted it
            if report.get("alive") and process == verified:
                return True
            await asyncio.sleep(0.1)
        return False

    async def interrupt(self) -> None:
        """Interrupt the running cell (the Stop button); the kernel and its state stay."""
        if self.kernel_id is not None:
            if self._run is not None:
                self._run.stop_requested = True
            await self._action("interrupt")

    async def shutdown(self) -> None:
        """Shut the kernel down on the gateway (its sandbox and files go with it) and close this client."""
        kernel_id = self.kernel_id
        if kernel_id is not None and self._http is not None:
            try:
                await self._request("DELETE", f"/api/kernels/{quote(kernel_id)}", what=f"kernel {kernel_id}")
                log.info("kernel stopped on the gateway", extra={"kernel_id": kernel_id, "restarts": self.restarts})
            except KernelNotRunning:
                pass  # already gone
            except NotebookAgentError as exc:  # best effort, as for a local kernel: the caller is closing anyway
                log.warning("kernel %s could not be shut down on the gateway: %s", kernel_id, exc)
        await self.detach()

    async def detach(self) -> None:
        """Close this client and leave the kernel running on the gateway (to :meth:`attach` again later)."""
        if self._channels is not None:
            await self._channels.disconnect()
            self._channels = None
        if self._http is not None:
            await self._http.aclose()
            self._http = None
        self.kernel_id, self.km = None, None

    # -- execution -----------------------------------------------------------------------------------------------
    async def execute(
        self, code: str, *, timeout: float | None = None, on_output: OutputCallback | None = None
    ) -> CellResult:
        """Run one cell; `on_output(kind, output)` sees each output ("output") or a clear ("clear") live."""
        async with self._lock:
            if self.km is None or self._channels is None:
                raise KernelNotRunning("the kernel has not been started")
            if self._channels.restarted:
                return await self._died_between_cells()
            # CellRun reads, of its kernel: profile.limits, km.interrupt_kernel(), km.provisioner, pid, is_alive(),
            # restart() and disk_over_cap(); of its wire: execute(), iopub(), shell(). This class and _Channels
            # provide those; CellRun's annotations name the local classes.
            run = CellRun(
                cast("SessionKernel", self),
                cast("KernelWire", self._channels),
                code,
                timeout or self.profile.limits.cell_timeout_s,
                on_output,
            )
            self._run = run
            try:
                return await run.run()
            finally:
                self._run = None

    async def _died_between_cells(self) -> CellResult:
        """A "died" result for a kernel that died while no cell ran (the gateway has started a fresh one).

        Said as a local kernel's next cell would say it, instead of running the cell where its variables are gone.
        """
        started = time.monotonic()
        METRICS.kernel_deaths.inc()
        message = describe_death(None, 0.0, self.profile.limits.address_space_mb)
        result = CellResult(status="died", error={"ename": "KernelDied", "evalue": message, "traceback": []})
        try:
            await self.restart()
            result.restarted = True
            result.notes.append(message + " The kernel was restarted: variables were lost, files were kept.")
        except Exception as exc:
            result.notes.append(f"{message} Restarting it failed: {exc}")
        result.outputs = [nbformat.v4.new_output("stream", name="stderr", text=note + "\n") for note in result.notes]
        result.duration_s = time.monotonic() - started
        return result

    async def disk_over_cap(self, after_short_cell: bool = False) -> str | None:
        """The disk-limit note if the kernel's sandbox on the gateway host is over its cap (the host counts)."""
        if self.kernel_id is None:
            return None
        try:
            usage = await self._request("GET", f"/api/kernels/{quote(self.kernel_id)}/disk", what="the disk use")
        except KernelNotRunning:
            return None
        used, entries = int(usage["bytes"]), int(usage["entries"])
        lim = self.profile.limits
        if used > lim.disk_cap_mb * 1024 * 1024 or entries > lim.disk_cap_files:
            return (
                f"Disk limit reached: the session holds {used / 2**20:.0f} MiB in {entries} files "
                f"(limit {lim.disk_cap_mb} MiB, {lim.disk_cap_files} files). Delete files to continue."
            )
        return None

    # -- uploads -------------------------------------------------------------------------------------------------
    async def upload(
        self,
        source: str | os.PathLike[str],
        name: str,
        *,
        chunk_bytes: int = _UPLOAD_CHUNK,
        window: int = _UPLOAD_WINDOW,
        on_progress: ProgressCallback | None = None,
    ) -> UploadResult:
        """Write a local file into the kernel's work directory as `name`, streamed through the kernel protocol.

        The kernel writes each chunk as it comes (under a temporary name, renamed when complete) and acknowledges
        it; at most `window` chunks are unacknowledged, so memory stays flat on the app, the gateway and the kernel
        whatever the file's size. Chunks carry sequence numbers the kernel checks, and the kernel's byte count must
        match ours at the end: TCP, the WebSocket and ZMQ deliver bytes intact and in order, so what could go wrong
        between the two ends is a lost, repeated or reordered message (a hash of the whole file on both ends would
        cost a 2-core host a third of its throughput). Waits for a running cell. `on_progress(written, total)` is
        called after each chunk the kernel has written.
        """
        if not name or name in (".", "..") or "/" in name or "\0" in name or len(name.encode()) > 255:
            raise UploadError(f"not a plain file name: {name!r}", "Give the file a name without folders.", name=name)
        path = Path(source)
        total = path.stat().st_size
        limit = self.profile.limits.file_size_mb * 2**20
        if total > limit:
            raise UploadTooBig(
                f"{name} is {total / 2**20:.0f} MiB; the kernel's files may not exceed {limit / 2**20:.0f} MiB",
                name=name,
                size=total,
                limit=limit,
            )
        async with self._lock:
            ch = self._channels
            if ch is None or self.kernel_id is None:
                raise KernelNotRunning("the kernel has not been started")
            started = time.monotonic()
            comm_id = uuid.uuid4().hex
            replies = ch.open_comm(comm_id)
            try:
                with path.open("rb") as fh:
                    ch.send(
                        "comm_open",
                        {"comm_id": comm_id, "target_name": UPLOAD_TARGET, "data": {"name": name, "size": total}},
                    )
                    sent = await self._send_chunks(
                        ch, comm_id, fh, name, total, chunk_bytes, window, replies, on_progress
                    )
            finally:
                ch.forget_comm(comm_id)
        result = UploadResult(name, sent, time.monotonic() - started)
        log.info("upload written on the gateway", extra={"bytes": result.bytes, "mb_per_s": round(result.mb_per_s)})
        return result

    async def _send_chunks(
        self,
        ch: _Channels,
        comm_id: str,
        fh: Any,
        name: str,
        total: int,
        chunk_bytes: int,
        window: int,
        replies: asyncio.Queue[Message],
        on_progress: ProgressCallback | None,
    ) -> int:
        """Send the file's chunks, never more than `window` unacknowledged, then the end; the bytes written."""
        sent = seq = acked = 0
        while True:
            chunk: bytes = await asyncio.to_thread(fh.read, chunk_bytes)
            end = not chunk
            while seq - acked >= window or (end and acked < seq):
                reply = await self._upload_reply(ch, replies, name)
                if reply.get("seq") != acked or reply.get("done"):
                    raise UploadError(f"the kernel acknowledged the upload of {name} out of order", name=name)
                acked += 1
                if on_progress is not None:
                    res = on_progress(int(reply.get("bytes", 0)), total)
                    if inspect.isawaitable(res):
                        await res
            if end:
                break
            ch.send("comm_msg", {"comm_id": comm_id, "data": {"seq": seq}}, [chunk])
            seq += 1
            sent += len(chunk)
        ch.send("comm_msg", {"comm_id": comm_id, "data": {"seq": seq, "done": True}})
        reply = await self._upload_reply(ch, replies, name)
        if not reply.get("done") or reply.get("bytes") != sent:
            raise UploadError(
                f"{name} arrived incomplete in the kernel ({reply.get('bytes')} of {sent} bytes written)", name=name
            )
        return sent

    async def _upload_reply(self, ch: _Channels, acks: asyncio.Queue[Message], name: str) -> dict[str, Any]:
        """The kernel's next word on the upload comm (an error or a close ends the upload)."""
        deadline = time.monotonic() + _UPLOAD_STALL_S
        while True:
            if ch.restarted or ch.closed is not None:
                raise UploadError(
                    f"the kernel stopped during the upload of {name} ({ch.closed or 'it was restarted'})",
                    "Upload the file again.",
                    name=name,
                )
            left = deadline - time.monotonic()
            if left <= 0:
                raise UploadError(f"the kernel stopped acknowledging the upload of {name}", name=name)
            try:
                msg = await asyncio.wait_for(acks.get(), min(left, 0.5))
            except TimeoutError:
                continue
            if msg["msg_type"] == "comm_close":
                raise UploadError(f"the kernel closed the upload of {name} (it has no upload handler)", name=name)
            data = msg["content"].get("data")
            if not isinstance(data, dict):
                continue
            if "error" in data:
                raise UploadError(f"the kernel could not write {name}: {data['error']}", name=name)
            return data

    # -- REST ----------------------------------------------------------------------------------------------------
    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            ctx = self.gateway.ssl_context()
            self._http = httpx.AsyncClient(
                base_url=self.gateway.url,
                headers=self.gateway.headers(),
                verify=ctx if ctx is not None else True,
                timeout=self.gateway.timeout_s,
            )
        return self._http

    async def _action(self, action: str, timeout: float | None = None) -> None:
        if self.kernel_id is None:
            raise KernelNotRunning("the kernel has not been started")
        path = f"/api/kernels/{quote(self.kernel_id)}/{action}"
        await self._request("POST", path, timeout=timeout, what=f"kernel {self.kernel_id}")

    async def _request(
        self,
        method: str,
        path: str,
        *,
        json: dict[str, Any] | None = None,
        timeout: float | None = None,
        what: str,
        starting: bool = False,
    ) -> dict[str, Any]:
        """One REST call; the JSON answer ({} when none). Errors in the package's terms."""
        try:
            response = await self._client().request(
                method, path, json=json, timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT
            )
        except httpx.TransportError as exc:
            problem = f"cannot reach the kernel gateway at {self.gateway.url} ({type(exc).__name__}: {exc})"
            todo = "Check that the gateway host is up (notebook-agent gateway) and NOTEBOOK_AGENT_GATEWAY_URL."
            if starting:
                raise KernelStartError(problem, todo) from None
            raise KernelNotRunning(problem, todo) from None
        if response.status_code >= 400:
            raise _status_error(self.gateway, response.status_code, response.text, what, starting=starting)
        if not response.content:
            return {}
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise KernelStartError(f"the kernel gateway at {self.gateway.url} answered {method} {path} with no object")
        return body


async def running_kernels(config: GatewayConfig) -> int | None:
    """How many kernels the gateway runs now (``GET /api/kernels``), None when it does not list them.

    KernelStartError when it cannot be reached or refuses the token.
    """
    ctx = config.ssl_context()
    try:
        async with httpx.AsyncClient(
            base_url=config.url, headers=config.headers(), verify=ctx if ctx is not None else True, timeout=5.0
        ) as client:
            response = await client.get("/api/kernels")
    except httpx.TransportError as exc:
        raise KernelStartError(
            f"cannot reach the kernel gateway at {config.url} ({type(exc).__name__})",
            "Check that the gateway host is up (notebook-agent gateway) and NOTEBOOK_AGENT_GATEWAY_URL.",
        ) from None
    if response.status_code == 403:  # an engine started without KernelGatewayApp.list_kernels
        return None
    if response.status_code >= 400:
        raise _status_error(config, response.status_code, response.text, "the kernel list", starting=True)
    try:
        kernels = response.json()
    except ValueError:
        kernels = None
    if not isinstance(kernels, list):
        raise KernelStartError(f"the kernel gateway at {config.url} answered the kernel list with no list")
    return len(kernels)


async def shut_down(config: GatewayConfig, kernel_id: str) -> bool:
    """Shut a kernel down on the gateway by its id (its sandbox and files go too); False when it was not there."""
    ctx = config.ssl_context()
    try:
        async with httpx.AsyncClient(
            base_url=config.url, headers=config.headers(), verify=ctx if ctx is not None else True, timeout=10.0
        ) as client:
            response = await client.delete(f"/api/kernels/{quote(kernel_id)}")
    except httpx.TransportError:
        return False
    return response.status_code < 300


def _status_error(
    config: GatewayConfig, status: int, body: str, what: str, *, starting: bool = False
) -> ConfigError | KernelNotRunning | KernelStartError | SandboxError:
    """The package's error for a gateway's HTTP error status."""
    if status == 401:
        return ConfigError(
            f"the kernel gateway at {config.url} refused the app's token (HTTP {status})",
            "Give the app the token the gateway was started with (notebook-agent gateway --token, or KG_AUTH_TOKEN "
            "on the gateway host).",
        )
    message = _engine_message(body)
    if status == 404:
        return KernelNotRunning(f"{what} is not running on the gateway at {config.url}")
    if status == 409:
        return SandboxError(f"the gateway host refused {what}: {message}")
    problem = f"the kernel gateway at {config.url} failed on {what} (HTTP {status})"
    if message:
        problem += f": {message}"
    if status == 403 or starting:  # 403: the gateway's kernel limit (KernelGatewayApp.max_kernels)
        return KernelStartError(problem, "Check the gateway host's log; `notebook-agent doctor` there checks the host.")
    return KernelNotRunning(problem, "Check the gateway host's log.")


def _engine_message(body: str) -> str:
    """The engine's own words from a JSON error body: its message, or the last line of a traceback it sent."""
    try:
        data = json.loads(body) if body else {}
    except ValueError:
        return body.strip()[:500]
    if not isinstance(data, dict):
        return ""
    message = str(data.get("message") or "")
    trace = str(data.get("traceback") or "").strip()
    if trace and message in ("", "Unknown server error"):
        message = trace.splitlines()[-1]
    return message[:2000]


def _ms_since(started: float) -> int:
    return round((time.monotonic() - started) * 1000)
