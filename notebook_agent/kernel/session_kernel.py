"""SessionKernel: one chat's long-lived, sandboxed kernel, and running cells in it.

Outputs stream to a callback as they arrive, already in nbformat's shape (``nbformat.v4.output_from_msg``
does the message→output mapping). Each cell is bounded: a wall-clock timeout (interrupt, then restart if that
does not stop it), a cap on output size, and a watch on the sandbox's disk use. A kernel that dies (segfault,
SIGKILL, out of memory) is reported as such and restarted.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import signal
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import nbformat
from jupyter_client import AsyncKernelClient, AsyncKernelManager
from jupyter_client.kernelspec import KernelSpecManager
from nbformat import NotebookNode

from ..errors import KernelError
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

_POLL_S = 0.25       # how often a running cell checks the clock, the process and the disk
_DISK_EVERY_S = 0.25


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

    @property
    def stdout(self) -> str:
        """All stdout text of the cell."""
        return "".join(o.get("text", "") for o in self.outputs if o.output_type == "stream" and o.name == "stdout")

    @property
    def stderr(self) -> str:
        """All stderr text of the cell."""
        return "".join(o.get("text", "") for o in self.outputs if o.output_type == "stream" and o.name == "stderr")


class _OutputCollector:
    """Builds a cell's output list: merges stream chunks, honours clear_output, enforces the size cap."""

    def __init__(self, cap_bytes: int, callback: OutputCallback | None) -> None:
        self.outputs: list[NotebookNode] = []
        self.cap = cap_bytes
        self.used = 0
        self.dropped = 0
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
        await self._emit("clear", None)

    async def add(self, msg: dict[str, Any]) -> None:
        if self._clear_pending:
            await self._clear_now()
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
        last = self.outputs[-1] if self.outputs else None
        if (output.output_type == "stream" and last is not None and last.output_type == "stream"
                and last.name == output.name):
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
    if output.output_type == "stream":
        return len(output.text.encode("utf-8", "replace"))
    if output.output_type == "error":
        return sum(len(line) for line in output.traceback) + len(output.evalue)
    return sum(len(v) if isinstance(v, str) else len(str(v)) for v in output.get("data", {}).values())


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
        self.kc: AsyncKernelClient | None = None
        self._lock = asyncio.Lock()
        self._interrupt_requested = False
        self._expected_death = False
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
        self.kc = self.km.client()
        self.kc.start_channels()
        try:
            await self.kc.wait_for_ready(timeout=self.profile.limits.startup_timeout_s)
        except RuntimeError as exc:
            raise KernelError(f"{what} did not become ready: {exc}") from None

    async def __aenter__(self) -> SessionKernel:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.shutdown()

    async def is_alive(self) -> bool:
        """Whether the kernel process is running."""
        return bool(self.km and await self.km.is_alive())

    async def restart(self) -> None:
        """Kill the kernel and start a fresh one in the same sandbox (its files stay, its memory does not)."""
        if self.km is None:
            raise KernelError("the kernel has not been started")
        if self.kc is not None:
            self.kc.stop_channels()
        await self.km.restart_kernel(now=True)
        self.restarts += 1
        await self._connect("the restarted kernel")

    async def interrupt(self) -> None:
        """Send SIGINT to the running cell (the Stop button); the kernel and its state stay."""
        if self.km is not None:
            self._interrupt_requested = True
            await self.km.interrupt_kernel()

    async def shutdown(self) -> None:
        """Stop the kernel and, if this object created the sandbox, remove it and release its uid."""
        if self.kc is not None:
            self.kc.stop_channels()
            self.kc = None
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
            return await self._execute(code, timeout or self.profile.limits.cell_timeout_s, on_output)

    async def _execute(self, code: str, timeout: float, on_output: OutputCallback | None) -> CellResult:
        if self.km is None or self.kc is None:
            raise KernelError("the kernel has not been started")
        lim = self.profile.limits
        collector = _OutputCollector(lim.output_cap_kb * 1024, on_output)
        result = CellResult(status="ok")
        self._interrupt_requested = False
        start = time.monotonic()
        deadline = start + timeout
        msg_id = self.kc.execute(code, store_history=True, allow_stdin=False, stop_on_error=False)
        interrupted_at: float | None = None
        reason: str | None = None  # why we interrupted: "timeout" or "disk"
        next_disk = start + _DISK_EVERY_S
        last_rss = 0.0
        idle = False
        while not idle:
            now = time.monotonic()
            if interrupted_at is None and now >= deadline:
                reason, interrupted_at = "timeout", now
                await self.km.interrupt_kernel()
            elif interrupted_at is not None and now >= interrupted_at + lim.interrupt_grace_s:
                await self._restart_after_stuck(result, reason or "timeout", timeout)
                break
            if now >= next_disk and interrupted_at is None:
                next_disk = now + _DISK_EVERY_S
                over = await self._disk_over_cap()
                if over:
                    reason, interrupted_at = "disk", now
                    result.notes.append(over)
                    await self.km.interrupt_kernel()
                last_rss = self._rss_mb() or last_rss
            try:
                msg = await self.kc.get_iopub_msg(timeout=_POLL_S)
            except Exception:  # queue.Empty from the async client: nothing arrived in this slice
                if not await self.km.is_alive():
                    await self._handle_death(result, last_rss)
                    break
                continue
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            mtype, content = msg["msg_type"], msg["content"]
            if mtype == "status":
                idle = content["execution_state"] == "idle"
            elif mtype == "clear_output":
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
        if idle:
            reply = await self._reply(msg_id)
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
            over = await self._disk_over_cap()
            if over and over not in result.notes:
                result.notes.append(over)
        if collector.dropped:
            result.truncated_bytes = collector.dropped
            result.notes.append(f"Output truncated: {collector.dropped / 1024:.0f} KiB more were not kept "
                                f"(limit {lim.output_cap_kb} KiB per cell).")
        for note in result.notes:
            await collector.note(note)
        result.outputs = collector.outputs
        result.duration_s = time.monotonic() - start
        return result

    async def _reply(self, msg_id: str) -> dict[str, Any] | None:
        assert self.kc is not None
        for _ in range(40):
            try:
                reply = await self.kc.get_shell_msg(timeout=_POLL_S)
            except Exception:
                continue
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply
        return None

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

    async def _disk_over_cap(self) -> str | None:
        if self._sandbox is None:
            return None
        used, entries = await asyncio.to_thread(self._sandbox.disk_usage)
        lim = self.profile.limits
        if used > lim.disk_cap_mb * 1024 * 1024 or entries > lim.disk_cap_files:
            return (f"Disk limit reached: the session holds {used / 2**20:.0f} MiB in {entries} files "
                    f"(limit {lim.disk_cap_mb} MiB, {lim.disk_cap_files} files). Delete files to continue.")
        return None
