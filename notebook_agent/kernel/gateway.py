"""A kernel on a Jupyter kernel gateway: :class:`GatewayKernel`, with the interface a Session uses on SessionKernel.

The gateway host (``notebook-agent gateway``, see :mod:`.gateway_host`) starts our kernelspec only, so every kernel
it serves was launched by the sandbox launcher and verified by the provisioner on that host. This client owns one
such kernel from the app's side:

* its lifetime over the gateway's REST API: ``POST /api/kernels`` (start), ``DELETE`` (shutdown),
  ``POST .../interrupt`` and ``.../restart``; re-attaching to a running kernel by its id after an app restart
  (:meth:`GatewayKernel.attach`);
* its cells over the WebSocket kernel protocol, run by the same :class:`~.cell.CellRun` as a local kernel's, so a
  cell ends in the same :class:`~.cell.CellResult` (outputs in nbformat's shape, status, error, notes, the same
  caps, the same timeout escalation: interrupt, then restart) with outputs streamed to the same callback;
* what only the host can say (the routes :mod:`.gateway_host` adds): the confinement it verified at the kernel's
  start and restart (``confinement``, ``sandbox_info`` for the sandbox panel, the profile's limits, which the
  cells then run under), a re-verification on request (``reverify``), the sandbox's disk use (``disk_over_cap``);
* uploads into the kernel's work directory on the gateway host (:meth:`GatewayKernel.upload`).

The parts it is built from, one module each:

* :mod:`.gateway_config`: where the gateway is, its token and TLS (:class:`GatewayConfig`);
* :mod:`.gateway_rest`: the REST calls and their errors (:func:`running_kernels`, :func:`shut_down` need no kernel);
* :mod:`.gateway_wire`: the v1 WebSocket framing and the channel multiplexer;
* :mod:`.gateway_upload`: the upload comm, its kernel-side handler and :class:`UploadResult`.

Their public names stay importable from here, where they were defined before these modules were split out.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from websockets.exceptions import WebSocketException

from ..errors import ConfigError, KernelNotRunning, KernelStartError, NotebookAgentError, SandboxError
from ..ops.metrics import METRICS
from ..sandbox.profiles import Limits, Profile, load_profile
from ..sandbox.verify import Confinement
from ..settings import Settings, get_settings
from .cell import CellResult, CellRun
from .death import describe_death
from .gateway_config import GatewayConfig
from .gateway_rest import GatewayRest, running_kernels, shut_down
from .gateway_upload import UPLOAD_CHUNK, UPLOAD_WINDOW, UploadResult, check_upload, install_upload_handler, send_file
from .gateway_upload import UPLOAD_TARGET as UPLOAD_TARGET
from .gateway_upload import ProgressCallback as ProgressCallback
from .gateway_wire import WS_SUBPROTOCOL as WS_SUBPROTOCOL
from .gateway_wire import GatewayChannels
from .gateway_wire import Message as Message
from .gateway_wire import decode_frame as decode_frame
from .gateway_wire import encode_frame as encode_frame
from .outputs import OutputCallback, new_output
from .ready import wait_ready

if TYPE_CHECKING:
    from .session_kernel import SessionKernel
    from .wire import KernelWire

__all__ = ["GatewayConfig", "GatewayKernel", "UploadResult", "running_kernels", "shut_down"]

log = logging.getLogger(__name__)

KERNEL_NAME = "notebook-agent"


class _RemoteManager:
    """The part of a kernel manager that CellRun uses, for a kernel whose manager is on the gateway host."""

    provisioner = None  # a dead kernel's exit status stays on the gateway host: CellRun then says "stopped responding"

    def __init__(self, kernel: GatewayKernel) -> None:
        self._kernel = kernel

    async def interrupt_kernel(self) -> None:
        await self._kernel._action("interrupt")


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
        self._rest = GatewayRest(self.gateway)
        self._channels: GatewayChannels | None = None
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
            await kernel._rest.request("GET", f"/api/kernels/{quote(kernel_id)}", what=f"kernel {kernel_id}")
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
            model = await self._rest.request(
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
            self._channels = GatewayChannels(self.gateway, self.kernel_id)
        ch = self._channels
        ch.clear()
        await ch.connect(new_session=new_session)
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
        await install_upload_handler(ch, what, self.profile.limits.startup_timeout_s)

    async def _wait_ready(self, what: str) -> None:
        """Wait until the remote kernel answers (`ready.wait_ready`, as a local kernel)."""
        ch = self._channels
        assert ch is not None

        async def gone() -> None:
            if ch.closed is not None:
                raise KernelNotRunning(f"{what} did not become ready: {ch.closed}")

        await wait_ready(ch, what, self.profile.limits.startup_timeout_s, gone)

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
        report = await self._rest.request("POST" if verify else "GET", path, what=f"kernel {self.kernel_id}")
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
            await self._rest.request("GET", f"/api/kernels/{quote(self.kernel_id)}", what=f"kernel {self.kernel_id}")
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
            await self._rest.request("GET", f"/api/kernels/{quote(self.kernel_id)}", what=f"kernel {self.kernel_id}")
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
            report = await self._rest.request("GET", path, what=f"kernel {self.kernel_id}")
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
        if kernel_id is not None and self._rest.is_open:
            try:
                await self._rest.request("DELETE", f"/api/kernels/{quote(kernel_id)}", what=f"kernel {kernel_id}")
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
        await self._rest.aclose()
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
            # restart() and disk_over_cap(); of its wire: execute(), iopub(), shell(). This class and GatewayChannels
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
        result.outputs = [new_output("stream", name="stderr", text=note + "\n") for note in result.notes]
        result.duration_s = time.monotonic() - started
        return result

    async def disk_over_cap(self, after_short_cell: bool = False) -> str | None:
        """The disk-limit note if the kernel's sandbox on the gateway host is over its cap (the host counts)."""
        if self.kernel_id is None:
            return None
        try:
            usage = await self._rest.request("GET", f"/api/kernels/{quote(self.kernel_id)}/disk", what="the disk use")
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
        chunk_bytes: int = UPLOAD_CHUNK,
        window: int = UPLOAD_WINDOW,
        on_progress: ProgressCallback | None = None,
    ) -> UploadResult:
        """Write a local file into the kernel's work directory as `name`, streamed through the kernel protocol.

        The kernel writes each chunk as it comes (under a temporary name, renamed when complete) and acknowledges
        it; at most `window` chunks are unacknowledged, so memory stays flat on the app, the gateway and the kernel
        whatever the file's size; the kernel's byte count must match ours at the end (see
        :func:`.gateway_upload.send_file`). Waits for a running cell. `on_progress(written, total)` is called after
        each chunk the kernel has written.
        """
        path, total = check_upload(source, name, self.profile.limits)
        async with self._lock:
            ch = self._channels
            if ch is None or self.kernel_id is None:
                raise KernelNotRunning("the kernel has not been started")
            started = time.monotonic()
            sent = await send_file(
                ch, path, name, total, chunk_bytes=chunk_bytes, window=window, on_progress=on_progress
            )
        result = UploadResult(name, sent, time.monotonic() - started)
        log.info("upload written on the gateway", extra={"bytes": result.bytes, "mb_per_s": round(result.mb_per_s)})
        return result

    # -- REST ----------------------------------------------------------------------------------------------------
    async def _action(self, action: str, timeout: float | None = None) -> None:
        if self.kernel_id is None:
            raise KernelNotRunning("the kernel has not been started")
        path = f"/api/kernels/{quote(self.kernel_id)}/{action}"
        await self._rest.request("POST", path, timeout=timeout, what=f"kernel {self.kernel_id}")


def _ms_since(started: float) -> int:
    return round((time.monotonic() - started) * 1000)
