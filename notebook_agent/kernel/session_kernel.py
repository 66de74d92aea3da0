"""SessionKernel: one chat's long-lived, sandboxed kernel, and running cells in it.

Outputs stream to a callback as they arrive, already in nbformat's shape (``nbformat.v4.output_from_msg``
does the message→output mapping). Each cell is bounded: a wall-clock timeout (interrupt, then restart if that
does not stop it), a cap on output size, and a watch on the sandbox's disk use. A kernel that dies (segfault,
SIGKILL, out of memory) is reported as such and restarted.

SessionKernel reads its own shell and iopub sockets together (:class:`_Wire`): one wait for either, non-blocking
drains, and a cell is over as soon as both its execute_reply and its idle status are in. The clock, process and
disk checks run on a 0.25 s tick that a short cell never reaches. ``jupyter_client``'s ``get_iopub_msg`` and
``get_shell_msg`` (one socket at a time, in polling slices) and ``wait_for_ready`` (fixed 0.2 s waits) cost more
than the kernel does.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import inspect
import json
import signal
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import nbformat
import zmq
from jupyter_client import AsyncKernelClient, AsyncKernelManager
from jupyter_client.kernelspec import KernelSpecManager
from nbformat import NotebookNode

from ..errors import KernelError, SandboxError
from ..resources import kernels_dir
from ..sandbox.host import harden_host_process
from ..sandbox.profiles import Profile, load_profile
from ..sandbox.sandbox import Sandbox
from ..sandbox.verify import Confinement
from ..settings import Settings, get_settings
from .provisioner import SandboxProvisioner

__all__ = ["CellResult", "SessionKernel"]

KERNEL_NAME = "notebook-agent"
Status = Literal["ok", "error", "timeout", "died", "interrupted"]
OutputCallback = Callable[[str, NotebookNode | None], Awaitable[None] | None]

_POLL_S = 0.25          # how often a running cell checks the clock, the process and the disk
_REPLY_GRACE_S = 10.0   # how long the execute_reply may trail the idle status before we stop waiting for it
_INLINE_SCAN_ENTRIES = 1000  # a sandbox this small, after a cell this short, is scanned on the loop (see
_INLINE_SCAN_CELL_S = 0.02   # _disk_over_cap)
_BATCH = 64             # messages read per socket between two looks at the clock (an output flood must not starve it)
_READY_RESEND_S = 0.1   # first gap before kernel_info is asked again when no reply came (doubles, up to 1 s)
_IOPUB_RESEND_S = 0.02  # replied but nothing on iopub yet: ask again soon, its status messages prove the subscription


@dataclass
class CellResult:
    """What one cell did."""

    status: Status
    outputs: list[NotebookNode] = field(default_factory=list)
    execution_count: int | None = None
    error: dict[str, Any] | None = None
    duration_s: float = 0.0
    notes: list[str] = field(default_factory=list)
    restarted: bool = False
    truncated_bytes: int = 0
    truncated_outputs: int = 0

    @property
    def stdout(self) -> str:
        """All stdout text of the cell."""
        return "".join(o.get("text", "") for o in self.outputs if o.output_type == "stream" and o.name == "stdout")

    @property
    def stderr(self) -> str:
        """All stderr text of the cell."""
        return "".join(o.get("text", "") for o in self.outputs if o.output_type == "stream" and o.name == "stderr")


class _OutputCollector:
    """Builds a cell's output list: merges stream chunks, honours clear_output, enforces the size and count caps.

    Stream chunks merge into the stream output before them. Past the byte cap the rest is cut; past the count cap
    every later output is dropped (until a clear_output), so a cell printing a flood of tiny outputs keeps at most
    `cap_count` of them, in order, and nothing more flows to the callback.
    """

    def __init__(self, cap_bytes: int, callback: OutputCallback | None, cap_count: int = 1000) -> None:
        self.outputs: list[NotebookNode] = []
        self.cap = cap_bytes
        self.cap_count = cap_count
        self.used = 0
        self.dropped = 0
        self.dropped_outputs = 0
        self._full = False  # an output was dropped for the count cap: the rest of the cell is dropped too
        self.callback = callback
        self._clear_pending = False

    async def _emit(self, kind: str, output: NotebookNode | None) -> None:
        if self.callback is not None:
            res = self.callback(kind, output)
            if inspect.isawaitable(res):
                await res

    async def clear(self, wait: bool) -> None:
        if wait:
            self._clear_pending = True
            return
        await self._clear_now()

    async def _clear_now(self) -> None:
        self._clear_pending = False
        self.outputs.clear()
        self.used = 0
        self._full = False
        await self._emit("clear", None)

    async def add(self, msg: dict[str, Any]) -> None:
        if self._clear_pending:
            await self._clear_now()
        last = self.outputs[-1] if self.outputs else None
        merges = (msg["msg_type"] == "stream" and last is not None and last.output_type == "stream"
                  and last.name == msg["content"].get("name"))
        if self._full or (not merges and len(self.outputs) >= self.cap_count):
            self._full = True  # decided before building the output: a flood costs the host as little as it can
            self.dropped_outputs += 1
            return
        output = nbformat.v4.output_from_msg(msg)
        size = _size(output)
        if self.used + size > self.cap:
            room = self.cap - self.used
            if output.output_type == "stream" and room > 0:
                output.text = output.text[:room]
                self.dropped += size - room
                size = room
            else:
                self.dropped += size
                return
        self.used += size
        if merges:
            assert last is not None
            last.text += output.text
        else:
            self.outputs.append(output)
        await self._emit("output", output)

    async def note(self, text: str) -> None:
        """Append a visible note (stderr stream) that is not counted against the cap."""
        output = nbformat.v4.new_output("stream", name="stderr", text=text if text.endswith("\n") else text + "\n")
        self.outputs.append(output)
        await self._emit("output", output)


def _size(output: NotebookNode) -> int:
    """Bytes an output costs against the cap: its text, or its whole mime bundle and metadata."""
    if output.output_type == "stream":
        return len(output.text.encode("utf-8", "replace"))
    if output.output_type == "error":
        return sum(len(line) for line in output.traceback) + len(output.evalue) + len(output.ename)
    data, metadata = output.get("data", {}), output.get("metadata", {})
    return (sum(len(k) + (len(v) if isinstance(v, str) else _json_size(v)) for k, v in data.items())
            + (_json_size(metadata) if metadata else 0))


def _json_size(value: object) -> int:
    try:
        return len(json.dumps(value, default=str))
    except (TypeError, ValueError):  # a cycle, or something json cannot walk
        return len(str(value))


def _describe_death(code: int | None, last_rss_mb: float, limit_mb: int) -> str:
    if code is None:
        return "The kernel stopped responding."
    if code < 0:
        sig = -code
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else f"signal {sig}"
        if sig == signal.SIGSEGV:
            return "The kernel crashed with a segmentation fault (SIGSEGV), usually native code gone wrong."
        if sig == signal.SIGKILL:
            hint = (f" It was last seen using {last_rss_mb:.0f} MiB of {limit_mb} MiB allowed: most likely it ran "
                    "out of memory.") if last_rss_mb else ""
            return "The kernel was killed (SIGKILL)." + hint
        return f"The kernel was ended by {name}."
    return f"The kernel exited with status {code}."


class _Wire:
    """Our own shell (DEALER) and iopub (SUB) sockets on a kernel, read together without blocking.

    Plain zmq sockets: a message waiting costs a recv and a deserialise. Only an empty wire waits, on one future
    that either socket's descriptor resolves (registered on the running loop for that wait only), instead of
    ``zmq.asyncio``'s per-call futures, timers and pollers.
    """

    def __init__(self, km: AsyncKernelManager) -> None:
        self.session = km.session
        info = km.get_connection_info()
        ctx = zmq.Context.shadow(km.context.underlying)  # the manager's context ends with the manager
        self._shell = ctx.socket(zmq.DEALER)
        self._iopub = ctx.socket(zmq.SUB)
        self._iopub.setsockopt(zmq.SUBSCRIBE, b"")
        for sock, channel in ((self._shell, "shell"), (self._iopub, "iopub")):
            sock.linger = 0
            port = info[f"{channel}_port"]
            sock.connect(f"tcp://{info['ip']}:{port}" if info["transport"] == "tcp"
                         else f"{info['transport']}://{info['ip']}-{port}")
        self._fds = (self._shell.FD, self._iopub.FD)
        self._waiter: asyncio.Future[None] | None = None
        self._watching: asyncio.AbstractEventLoop | None = None

    def close(self) -> None:
        """Close both sockets (pending messages are dropped)."""
        self.unwatch()
        self._shell.close(linger=0)
        self._iopub.close(linger=0)

    def _pending(self) -> bool:
        # Reading ZMQ_EVENTS also re-arms the edge-triggered descriptors.
        return bool((self._iopub.get(zmq.EVENTS) | self._shell.get(zmq.EVENTS)) & zmq.POLLIN)

    def _wake(self) -> None:
        if self._waiter is None:
            self._pending()  # nobody waits: re-arm, or the level-triggered loop would call us again and again
        elif not self._waiter.done():
            self._waiter.set_result(None)

    def unwatch(self) -> None:
        """Stop watching the descriptors (at the end of a cell or a ready-wait: nothing reads between those)."""
        if self._watching is not None:
            if not self._watching.is_closed():
                for fd in self._fds:
                    self._watching.remove_reader(fd)
            self._watching = None

    async def wait(self, timeout_s: float) -> None:
        """Return when either socket has a message, or after `timeout_s`."""
        if self._pending():
            return
        loop = asyncio.get_running_loop()
        if self._watching is not loop:
            self.unwatch()
            for fd in self._fds:
                loop.add_reader(fd, self._wake)
            self._watching = loop
            if self._pending():  # a message may have landed before the descriptors were watched
                return
        self._waiter = loop.create_future()
        timer = loop.call_later(max(0.0, timeout_s), self._wake)
        try:
            await self._waiter
        finally:
            timer.cancel()
            self._waiter = None

    def _recv(self, sock: zmq.Socket[Any]) -> dict[str, Any] | None:
        try:
            frames = sock.recv_multipart(zmq.NOBLOCK)
        except zmq.Again:
            return None
        _, frames = self.session.feed_identities(frames)
        return self._deserialize(frames)

    def _deserialize(self, frames: list[bytes]) -> dict[str, Any]:
        """``Session.deserialize`` without turning header dates into datetimes (half its cost; unused here).

        The signature and replay checks are the session's own. No protocol adaptation: the kernelspec pins
        ipykernel, which speaks protocol 5.
        """
        session = self.session
        if len(frames) < 5:
            raise ValueError(f"malformed message: {len(frames)} frames")
        if session.auth is not None:
            signature = frames[0]
            if not signature or signature in session.digest_history \
                    or not hmac.compare_digest(signature, session.sign(frames[1:5])):
                raise ValueError("a message with a missing, replayed or wrong signature")
            session._add_digest(signature)
        unpack = session.unpack
        header, parent, metadata, content = (unpack(f) for f in frames[1:5])
        if not all(isinstance(part, dict) for part in (header, parent, metadata, content)):
            raise ValueError("a message part is not a JSON object")
        return {"header": header, "msg_id": header["msg_id"], "msg_type": header["msg_type"], "parent_header": parent,
                "metadata": metadata, "content": content, "buffers": [memoryview(b) for b in frames[5:]]}

    def send(self, msg_type: str, content: dict[str, Any]) -> str:
        """Send a request on shell; its msg_id."""
        msg = self.session.msg(msg_type, content)
        self.session.send(self._shell, msg)
        return str(msg["header"]["msg_id"])

    def iopub(self) -> list[dict[str, Any]]:
        """The iopub messages waiting now (at most a batch)."""
        return self._drain(self._iopub)

    def shell(self) -> list[dict[str, Any]]:
        """The shell replies waiting now (at most a batch)."""
        return self._drain(self._shell)

    def _drain(self, sock: zmq.Socket[Any]) -> list[dict[str, Any]]:
        out = []
        for _ in range(_BATCH):
            try:
                msg = self._recv(sock)
            except (ValueError, TypeError, KeyError):  # malformed or badly signed: dropped, as jupyter_client does
                continue
            if msg is None:
                break
            out.append(msg)
        return out


class SessionKernel:
    """A chat's kernel: start, execute (streaming), interrupt, restart, shutdown.

    Give it a :class:`Sandbox` to keep the session's directory across kernel restarts and app restarts;
    without one it creates its own and removes it on shutdown.
    """

    def __init__(self, sandbox: Sandbox | None = None, *, settings: Settings | None = None,
                 profile: Profile | str | None = None, session_id: str | None = None) -> None:
        self.settings = settings or get_settings()
        if isinstance(profile, str) or profile is None:
            profile = load_profile(profile or self.settings.profile)
        self.profile = sandbox.profile if sandbox else profile
        self._sandbox = sandbox
        self._owns_sandbox = sandbox is None
        self._session_id = session_id
        self.km: AsyncKernelManager | None = None
        self._kc: AsyncKernelClient | None = None
        self._wire: _Wire | None = None
        self._lock = asyncio.Lock()
        self._interrupt_requested = False
        self._expected_death = False
        self._disk_entries: int | None = None  # entries the last disk scan counted
        self.restarts = 0

    # -- lifecycle -------------------------------------------------------------------------------------------
    @property
    def sandbox(self) -> Sandbox:
        """The session's sandbox (after start)."""
        if self._sandbox is None:
            raise KernelError("the kernel has not been started")
        return self._sandbox

    @property
    def confinement(self) -> Confinement | None:
        """What was verified about the running kernel."""
        prov = self.km.provisioner if self.km else None
        return prov.confinement if isinstance(prov, SandboxProvisioner) else None

    @property
    def kc(self) -> AsyncKernelClient | None:
        """A jupyter_client client on the running kernel, made on first use, for callers that want that API.

        SessionKernel itself talks through its own sockets; this client's channels start only when its user
        starts them, and it is closed on restart and shutdown.
        """
        if self._kc is None and self.km is not None and self._wire is not None:
            self._kc = self.km.client()
        return self._kc

    @property
    def pid(self) -> int | None:
        """The kernel's process id."""
        prov = self.km.provisioner if self.km else None
        return getattr(prov, "pid", None)

    async def start(self) -> SessionKernel:
        """Create the sandbox if needed, launch and verify the kernel, wait until it answers."""
        harden_host_process()
        if self._sandbox is None:
            self._sandbox = await asyncio.to_thread(Sandbox.create, self.settings, self.profile, self._session_id)
        ksm = KernelSpecManager(kernel_dirs=[str(kernels_dir())])
        self.km = AsyncKernelManager(kernel_name=KERNEL_NAME, kernel_spec_manager=ksm)
        try:
            await self._launch()
        except BaseException:
            await self.shutdown()
            raise
        return self

    async def _launch(self) -> None:
        assert self.km is not None
        await self.km.start_kernel(sandbox=self._sandbox)
        await self._connect("the kernel")

    async def _connect(self, what: str) -> None:
        """A fresh client on the (re)started kernel, once it answers."""
        assert self.km is not None
        self._wire = _Wire(self.km)
        try:
            await self._wait_ready(what)
        finally:
            if self._wire is not None:
                self._wire.unwatch()
        # jupyter_client connects a control socket after every start; nothing here uses it (interrupts are signals,
        # shutdowns kills). Its connection may be accepted late, and libzmq aborts the whole kernel when an accept
        # meets a cell that has used up its descriptors (EMFILE is not among the errors it tolerates there).
        self.km._close_control_socket()

    async def _wait_ready(self, what: str) -> None:
        """Ask kernel_info until the kernel replies on shell and something has come through iopub.

        The launcher reports after ``IPKernelApp.initialize``, so the sockets are bound and the answer comes as
        soon as the kernel's loop runs: no fixed waits. The reply proves the shell is served; an iopub message (the
        kernel's iopub_welcome on subscribing, or the busy/idle around kernel_info) proves our subscription is in
        place, so the first cell's output cannot be dropped by a PUB socket that has no subscriber yet (the "slow
        joiner"). The request is sent again on a growing gap in case the first went out before ipc connected.
        """
        assert self.km is not None and self._wire is not None
        timeout = self.profile.limits.startup_timeout_s
        now = time.monotonic()
        deadline, gap = now + timeout, _READY_RESEND_S
        sent = {self._wire.send("kernel_info_request", {})}
        resend_at = now + gap
        reply: dict[str, Any] | None = None
        heard_iopub = False
        while True:
            heard_iopub = bool(self._wire.iopub()) or heard_iopub
            for msg in self._wire.shell():
                if msg["msg_type"] == "kernel_info_reply" and msg["parent_header"].get("msg_id") in sent:
                    reply = msg
                    resend_at = min(resend_at, time.monotonic() + _IOPUB_RESEND_S)
            if reply is not None and heard_iopub:
                break
            now = time.monotonic()
            if not await self.km.is_alive():
                prov = self.km.provisioner
                log = prov.kernel_log_tail() if isinstance(prov, SandboxProvisioner) else ""
                raise KernelError(f"{what} did not become ready: it exited before answering."
                                  + (f" Its log ends: {log}" if log else ""))
            if now >= deadline:
                raise KernelError(f"{what} did not become ready: no answer within {timeout:g} s.")
            if now >= resend_at:
                sent.add(self._wire.send("kernel_info_request", {}))
                gap = min(gap * 2, 1.0)
                resend_at = now + (_IOPUB_RESEND_S if reply is not None else gap)
            await self._wire.wait(min(resend_at, deadline) - now)

    async def __aenter__(self) -> SessionKernel:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.shutdown()

    async def reverify(self) -> None:
        """Check the kernel's confinement again, as at its start; a kernel that fails it is stopped."""
        prov = self.km.provisioner
        if not isinstance(prov, SandboxProvisioner):
            raise SandboxError("the kernel was not started by the sandbox provisioner")
        await prov.reverify()

    async def is_alive(self) -> bool:
        """Whether the kernel process is running."""
        return bool(self.km and await self.km.is_alive())

    async def restart(self) -> None:
        """Kill the kernel and start a fresh one in the same sandbox (its files stay, its memory does not)."""
        if self.km is None:
            raise KernelError("the kernel has not been started")
        self._close_clients()
        await self.km.restart_kernel(now=True)
        self.restarts += 1
        await self._connect("the restarted kernel")

    def _close_clients(self) -> None:
        if self._wire is not None:
            self._wire.close()
            self._wire = None
        if self._kc is not None:
            self._kc.stop_channels()
            self._kc = None

    async def interrupt(self) -> None:
        """Send SIGINT to the running cell (the Stop button); the kernel and its state stay."""
        if self.km is not None:
            self._interrupt_requested = True
            await self.km.interrupt_kernel()

    async def shutdown(self) -> None:
        """Stop the kernel and, if this object created the sandbox, remove it and release its uid."""
        self._close_clients()
        if self.km is not None:
            with contextlib.suppress(Exception):
                await self.km.shutdown_kernel(now=True)
            self.km = None
        if self._sandbox is not None and self._owns_sandbox:
            await asyncio.to_thread(self._sandbox.close)
            self._sandbox = None

    # -- execution -------------------------------------------------------------------------------------------
    async def execute(self, code: str, *, timeout: float | None = None,
                      on_output: OutputCallback | None = None) -> CellResult:
        """Run one cell; `on_output(kind, output)` sees each output ("output") or a clear ("clear") live."""
        async with self._lock:
            try:
                return await self._execute(code, timeout or self.profile.limits.cell_timeout_s, on_output)
            finally:
                if self._wire is not None:
                    self._wire.unwatch()

    async def _execute(self, code: str, timeout: float, on_output: OutputCallback | None) -> CellResult:
        if self.km is None or self._wire is None:
            raise KernelError("the kernel has not been started")
        wire = self._wire
        lim = self.profile.limits
        collector = _OutputCollector(lim.output_cap_kb * 1024, on_output, lim.output_cap_count)
        result = CellResult(status="ok")
        self._interrupt_requested = False
        start = time.monotonic()
        deadline = start + timeout
        msg_id = wire.send("execute_request", {"code": code, "silent": False, "store_history": True,
                                                "user_expressions": {}, "allow_stdin": False, "stop_on_error": False})
        interrupted_at: float | None = None
        reason: str | None = None  # why we interrupted: "timeout" or "disk"
        next_tick = start + _POLL_S
        last_rss = 0.0
        idle_at: float | None = None  # when the cell's idle status came (all its iopub output is in by then)
        reply: dict[str, Any] | None = None
        # The check after the cell starts with its reply: the kernel sends that once the code has run, before the
        # idle status, so the scan overlaps the wait for it.
        disk_after: asyncio.Task[str | None] | None = None
        while True:
            for msg in wire.iopub():
                if idle_at is None and msg["parent_header"].get("msg_id") == msg_id \
                        and await self._on_iopub(msg, result, collector):
                    idle_at = time.monotonic()
            for msg in wire.shell():
                if msg["parent_header"].get("msg_id") == msg_id:
                    reply = msg
                    if disk_after is None and interrupted_at is None:
                        short = time.monotonic() - start <= _INLINE_SCAN_CELL_S
                        disk_after = asyncio.ensure_future(self._disk_over_cap(after_short_cell=short))
            now = time.monotonic()
            if idle_at is not None and (reply is not None or now >= idle_at + _REPLY_GRACE_S):
                break
            if idle_at is None:
                if interrupted_at is None and now >= deadline:
                    reason, interrupted_at = "timeout", now
                    await self.km.interrupt_kernel()
                elif interrupted_at is not None and now >= interrupted_at + lim.interrupt_grace_s:
                    await self._restart_after_stuck(result, reason or "timeout", timeout)
                    break
            if now >= next_tick:  # never reached by a short cell
                next_tick = now + _POLL_S
                if not await self.km.is_alive():
                    if idle_at is None:
                        await self._handle_death(result, last_rss)
                    break  # after idle the cell is done: the next one finds the kernel gone
                if idle_at is None and interrupted_at is None:
                    over = await self._disk_over_cap()
                    if over:
                        reason, interrupted_at = "disk", now
                        result.notes.append(over)
                        await self.km.interrupt_kernel()
                last_rss = self._rss_mb() or last_rss
            wake = next_tick
            if idle_at is None:
                wake = min(wake, deadline if interrupted_at is None else interrupted_at + lim.interrupt_grace_s)
            await wire.wait(wake - time.monotonic())
        if idle_at is not None:
            if reply is not None:
                result.execution_count = reply["content"].get("execution_count", result.execution_count)
                if reply["content"].get("status") == "error" and result.error is None:
                    c = reply["content"]
                    result.error = {"ename": c.get("ename", ""), "evalue": c.get("evalue", ""),
                                    "traceback": c.get("traceback", [])}
            if reason == "timeout":
                result.status = "timeout"
                result.notes.append(f"Cell stopped after the {timeout:g} s time limit (interrupted; the kernel "
                                    "and its variables were kept).")
            elif reason == "disk":
                result.status = "error"
            elif result.error is not None:
                interrupted = self._interrupt_requested and result.error["ename"] == "KeyboardInterrupt"
                result.status = "interrupted" if interrupted else "error"
        if result.status in ("ok", "error", "interrupted") and not result.restarted:
            over = await (disk_after or self._disk_over_cap())
            if over and over not in result.notes:
                result.notes.append(over)
        elif disk_after is not None:
            disk_after.cancel()
        if collector.dropped:
            result.truncated_bytes = collector.dropped
            result.notes.append(f"Output truncated: {collector.dropped / 1024:.0f} KiB more were not kept "
                                f"(limit {lim.output_cap_kb} KiB per cell).")
        if collector.dropped_outputs:
            result.truncated_outputs = collector.dropped_outputs
            result.notes.append(f"Output truncated: {collector.dropped_outputs:,} more outputs were not kept "
                                f"(limit {lim.output_cap_count:,} outputs per cell).")
        for note in result.notes:
            await collector.note(note)
        result.outputs = collector.outputs
        result.duration_s = time.monotonic() - start
        return result

    @staticmethod
    async def _on_iopub(msg: dict[str, Any], result: CellResult, collector: _OutputCollector) -> bool:
        """Take one iopub message of the running cell; True when it is the cell's idle status."""
        mtype, content = msg["msg_type"], msg["content"]
        if mtype == "status":
            return bool(content["execution_state"] == "idle")
        if mtype == "clear_output":
            await collector.clear(bool(content.get("wait")))
        elif mtype in ("stream", "display_data", "execute_result", "error"):
            if mtype == "error":
                result.error = {"ename": content["ename"], "evalue": content["evalue"],
                                "traceback": content["traceback"]}
            if mtype == "execute_result":
                result.execution_count = content.get("execution_count")
            await collector.add(msg)
        elif mtype == "execute_input":
            result.execution_count = content.get("execution_count")
        return False

    async def _restart_after_stuck(self, result: CellResult, reason: str, timeout: float) -> None:
        what = f"the {timeout:g} s time limit" if reason == "timeout" else "the disk limit"
        await self.restart()
        result.restarted = True
        result.status = "timeout" if reason == "timeout" else "error"
        result.notes.append(f"Cell exceeded {what} and did not stop when interrupted, so the kernel was "
                            "restarted: variables were lost, files in the session were kept.")

    async def _handle_death(self, result: CellResult, last_rss: float) -> None:
        assert self.km is not None
        prov = self.km.provisioner
        code = None
        if prov is not None and getattr(prov, "process", None) is not None:
            code = prov.process.poll()
        message = _describe_death(code, last_rss, self.profile.limits.address_space_mb)
        result.status = "died"
        result.error = {"ename": "KernelDied", "evalue": message, "traceback": []}
        try:
            await self.restart()
            result.restarted = True
            result.notes.append(message + " The kernel was restarted: variables were lost, files were kept.")
        except Exception as exc:
            result.notes.append(f"{message} Restarting it failed: {exc}")

    def _rss_mb(self) -> float:
        pid = self.pid
        if not pid:
            return 0.0
        try:
            with open(f"/proc/{pid}/status", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            return 0.0
        return 0.0

    async def _disk_over_cap(self, after_short_cell: bool = False) -> str | None:
        """The disk-limit note if the sandbox is over its cap.

        A thread hop costs more than scanning a small sandbox, so after a short cell in a sandbox that was small,
        the scan runs on the loop: such a cell cannot have made more than a few thousand entries (a few ms).
        """
        if self._sandbox is None:
            return None
        if after_short_cell and self._disk_entries is not None and self._disk_entries <= _INLINE_SCAN_ENTRIES:
            used, entries = self._sandbox.disk_usage()
        else:
            used, entries = await asyncio.to_thread(self._sandbox.disk_usage)
        self._disk_entries = entries
        lim = self.profile.limits
        if used > lim.disk_cap_mb * 1024 * 1024 or entries > lim.disk_cap_files:
            return (f"Disk limit reached: the session holds {used / 2**20:.0f} MiB in {entries} files "
                    f"(limit {lim.disk_cap_mb} MiB, {lim.disk_cap_files} files). Delete files to continue.")
        return None
