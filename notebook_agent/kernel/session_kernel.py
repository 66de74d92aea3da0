"""The session kernel: one chat's long-lived, sandboxed kernel — start, run cells, interrupt, restart, shut down.

Owns the kernel's lifetime (manager, sandbox, wire), the kernel_info ready-wait and the sandbox's disk watch.
A cell's run is :class:`~.cell.CellRun`, its outputs :class:`~.outputs.OutputCollector`, the messages come
through :class:`~.wire.KernelWire` (jupyter_client's async client), and a death is put in words by
:mod:`~.death`. Outputs stream to a callback as they arrive, already in nbformat's shape.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from jupyter_client.asynchronous.client import AsyncKernelClient
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager

from ..errors import KernelDied, KernelNotRunning, SandboxError
from ..ops.metrics import METRICS
from ..resources import kernels_dir
from ..sandbox.host import harden_host_process
from ..sandbox.profiles import Profile, load_profile
from ..sandbox.sandbox import Sandbox
from ..sandbox.verify import Confinement
from ..settings import Settings, get_settings
from .cell import CellResult, CellRun, Status
from .outputs import OutputCallback
from .provisioner import SandboxProvisioner
from .ready import wait_ready
from .wire import KernelWire

__all__ = ["CellResult", "OutputCallback", "SessionKernel", "Status"]

log = logging.getLogger(__name__)

KERNEL_NAME = "notebook-agent"

_INLINE_SCAN_ENTRIES = 1000  # a sandbox this small, after a short cell, is scanned on the loop (see disk_over_cap)


class SessionKernel:
    """A chat's kernel: start, execute (streaming), interrupt, restart, shutdown.

    Give it a :class:`Sandbox` to keep the session's directory across kernel restarts and app restarts;
    without one it creates its own and removes it on shutdown.
    """

    def __init__(
        self,
        sandbox: Sandbox | None = None,
        *,
        settings: Settings | None = None,
        profile: Profile | str | None = None,
        session_id: str | None = None,
    ) -> None:
        self.settings = settings or get_settings()
        if isinstance(profile, str) or profile is None:
            profile = load_profile(profile or self.settings.profile)
        self.profile = sandbox.profile if sandbox else profile
        self._sandbox = sandbox
        self._owns_sandbox = sandbox is None
        self._session_id = session_id
        self.km: AsyncKernelManager | None = None
        self._kc: AsyncKernelClient | None = None
        self._wire: KernelWire | None = None
        self._run: CellRun | None = None
        self._lock = asyncio.Lock()
        self._expected_death = False
        self._disk_entries: int | None = None  # entries the last disk scan counted
        self.restarts = 0

    # -- lifecycle -------------------------------------------------------------------------------------------
    @property
    def sandbox(self) -> Sandbox:
        """The session's sandbox (after start)."""
        if self._sandbox is None:
            raise KernelNotRunning("the kernel has not been started")
        return self._sandbox

    @property
    def confinement(self) -> Confinement | None:
        """What was verified about the running kernel."""
        prov = self.km.provisioner if self.km else None
        return prov.confinement if isinstance(prov, SandboxProvisioner) else None

    @property
    def kc(self) -> AsyncKernelClient | None:
        """A jupyter_client client on the running kernel, made on first use, for callers that want that API.

        SessionKernel runs cells through its own client (the wire); this one's channels start only when its user
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
        started = time.monotonic()
        if self._sandbox is None:
            self._sandbox = await asyncio.to_thread(Sandbox.create, self.settings, self.profile, self._session_id)
        ksm = KernelSpecManager(kernel_dirs=[str(kernels_dir())])
        self.km = AsyncKernelManager(kernel_name=KERNEL_NAME, kernel_spec_manager=ksm)
        try:
            await self._launch()
        except BaseException:
            await self.shutdown()
            raise
        log.info("kernel started", extra={"start_mode": self._start_mode(), "ms": _ms_since(started)})
        return self

    def _start_mode(self) -> str | None:
        prov = self.km.provisioner if self.km else None
        return prov.start_mode if isinstance(prov, SandboxProvisioner) else None

    async def _launch(self) -> None:
        assert self.km is not None
        await self.km.start_kernel(sandbox=self._sandbox)
        await self._connect("the kernel")

    async def _connect(self, what: str) -> None:
        """A fresh wire on the (re)started kernel, once it answers."""
        assert self.km is not None
        self._wire = KernelWire(self.km)
        await self._wait_ready(what)
        # jupyter_client connects a control socket after every start; nothing here uses it (interrupts are signals,
        # shutdowns kills). Its connection may be accepted late, and libzmq aborts the whole kernel when an accept
        # meets a cell that has used up its descriptors (EMFILE is not among the errors it tolerates there).
        # jupyter_client offers no public way to close it.
        self.km._close_control_socket()

    async def _wait_ready(self, what: str) -> None:
        """Wait until the kernel answers (`ready.wait_ready`).

        The launcher reports after ``IPKernelApp.initialize``, so the sockets are bound and the answer comes as soon as
        the kernel's loop runs.
        """
        assert self.km is not None and self._wire is not None
        km = self.km

        async def gone() -> None:
            if not await km.is_alive():
                prov = km.provisioner
                log = prov.kernel_log_tail() if isinstance(prov, SandboxProvisioner) else ""
                raise KernelDied(
                    f"{what} did not become ready: it exited before answering."
                    + (f" Its log ends: {log}" if log else ""),
                    log=log,
                )

        await wait_ready(self._wire, what, self.profile.limits.startup_timeout_s, gone)

    async def __aenter__(self) -> SessionKernel:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.shutdown()

    async def reverify(self) -> None:
        """Check the kernel's confinement again, as at its start; a kernel that fails it is stopped."""
        assert self.km is not None
        prov = self.km.provisioner
        if not isinstance(prov, SandboxProvisioner):
            raise SandboxError(
                "the kernel was not started by the sandbox provisioner, so it cannot be checked",
                "Start it with SessionKernel.start().",
            )
        await prov.reverify()

    async def is_alive(self) -> bool:
        """Whether the kernel process is running."""
        return bool(self.km and await self.km.is_alive())

    async def restart(self) -> None:
        """Kill the kernel and start a fresh one in the same sandbox (its files stay, its memory does not)."""
        if self.km is None:
            raise KernelNotRunning("the kernel has not been started")
        self._close_clients()
        started = time.monotonic()
        await self.km.restart_kernel(now=True)
        self.restarts += 1
        METRICS.kernel_restarts.inc()
        await self._connect("the restarted kernel")
        log.info(
            "kernel restarted",
            extra={"restarts": self.restarts, "start_mode": self._start_mode(), "ms": _ms_since(started)},
        )

    def _close_clients(self) -> None:
        if self._wire is not None:
            self._wire.close()
            self._wire = None
        if self._kc is not None:
            self._kc.stop_channels()
            self._kc = None

    def detach(self) -> None:
        """Close this process's connections to the kernel and leave the kernel running."""
        self._close_clients()

    async def interrupt(self) -> None:
        """Send SIGINT to the running cell (the Stop button); the kernel and its state stay."""
        if self.km is not None:
            if self._run is not None:
                self._run.stop_requested = True
            await self.km.interrupt_kernel()

    async def shutdown(self) -> None:
        """Stop the kernel and, if this object created the sandbox, remove it and release its uid."""
        self._close_clients()
        if self.km is not None:
            was_running = self.km.has_kernel
            with contextlib.suppress(Exception):
                await self.km.shutdown_kernel(now=True)
            self.km = None
            if was_running:
                log.info("kernel stopped", extra={"restarts": self.restarts})
        if self._sandbox is not None and self._owns_sandbox:
            await asyncio.to_thread(self._sandbox.close)
            self._sandbox = None

    # -- execution -------------------------------------------------------------------------------------------
    async def execute(
        self, code: str, *, timeout: float | None = None, on_output: OutputCallback | None = None
    ) -> CellResult:
        """Run one cell; `on_output(kind, output)` sees each output ("output") or a clear ("clear") live."""
        async with self._lock:
            if self.km is None or self._wire is None:
                raise KernelNotRunning("the kernel has not been started")
            self._run = CellRun(self, self._wire, code, timeout or self.profile.limits.cell_timeout_s, on_output)
            try:
                return await self._run.run()
            finally:
                self._run = None

    async def disk_over_cap(self, after_short_cell: bool = False) -> str | None:
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
            return (
                f"Disk limit reached: the session holds {used / 2**20:.0f} MiB in {entries} files "
                f"(limit {lim.disk_cap_mb} MiB, {lim.disk_cap_files} files). Delete files to continue."
            )
        return None


def _ms_since(started: float) -> int:
    return round((time.monotonic() - started) * 1000)
