"""The kernel provisioner: starts every kernel through the sandbox launcher, then verifies it.

Registered under the ``jupyter_client.kernel_provisioners`` entry point as ``notebook-agent-sandbox``, and
selected by ``kernels/notebook-agent/kernel.json``, so JupyterLab, nbclient and the app all get the same
confined kernel. A caller that manages sessions itself (SessionKernel) passes ``sandbox=`` to
``start_kernel``; any other caller gets a fresh sandbox that ends with the kernel.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, NoReturn, cast

from jupyter_client.connect import KernelConnectionInfo
from jupyter_client.provisioning.local_provisioner import LocalProvisioner
from traitlets import Unicode

from ..errors import ForkUnavailable, KernelStartError, KernelTimeout, NotebookAgentError, SandboxError
from ..ops.metrics import METRICS
from ..sandbox import launcher
from ..sandbox.profiles import load_profile
from ..sandbox.sandbox import Sandbox
from ..sandbox.verify import Confinement, FilterCheck, verify_confinement
from ..settings import get_settings
from .forking import fork_server
from .kernel_log import KernelLog

__all__ = ["SandboxProvisioner"]

log = logging.getLogger(__name__)

# IPython history is a SQLite file and a thread per kernel that nothing here reads. Capturing file-descriptor-level
# output costs two threads and pipes per kernel, and each of those threads makes its own ZMQ socket lazily on its
# first output: with the descriptors used up by a cell, libzmq aborts the kernel there. Python-level output (print,
# warnings, tracebacks) still streams; native libraries' own writes to fd 1/2 go to the kernel log.
KERNEL_ARGS = ["--HistoryManager.enabled=False", "--IPKernelApp.quiet=True", "--IPKernelApp.capture_fd_output=False"]

_EXIT_REASONS = {
    launcher.EXIT_CONFINEMENT: "the sandbox could not be applied",
    launcher.EXIT_SECCOMP: "the seccomp filter could not be loaded",
    launcher.EXIT_LAUNCH: "the kernel could not be initialised",
}


class SandboxProvisioner(LocalProvisioner):
    """LocalProvisioner that launches through the sandbox launcher and refuses unconfined kernels."""

    profile = Unicode("", config=True, help="Sandbox profile name or path; empty means the configured default.")

    sandbox: Sandbox | None = None
    owns_sandbox: bool = False
    confinement: Confinement | None = None
    start_mode: str = ""  # "fork" or "spawn", for reports and benchmarks
    startup_ms: dict[str, float] | None = None  # the launcher's own timings: confine, init, seccomp
    kernel_log: KernelLog | None = None  # the kernel's stdout/stderr (a pipe)
    _report_fd: int | None = None
    _report: dict[str, Any] | None = None
    _spec: dict[str, Any] | None = None
    _child_fds: tuple[int, ...] = ()  # (report write end, kernel log write end) while a launch is under way

    async def pre_launch(self, **kwargs: Any) -> dict[str, Any]:
        """Prepare the sandbox, put the sockets in it and replace the command with the launcher."""
        given: Sandbox | None = kwargs.pop("sandbox", None)
        if given is not None:
            self.sandbox, self.owns_sandbox = given, False
        elif self.sandbox is None:
            settings = get_settings()
            profile = load_profile(self.profile or settings.profile)
            self.sandbox = await asyncio.to_thread(Sandbox.create, settings, profile)
            self.owns_sandbox = True
        sandbox = self.sandbox
        km = self.parent
        if km is None:
            raise SandboxError(
                "the sandbox provisioner was started without a kernel manager",
                "Start kernels through jupyter_client's KernelManager (or SessionKernel).",
            )
        # ipc sockets live in the sandbox (Landlock forbids TCP); placed directly in its root, which the
        # kernel cannot rename, so the host's clean-up never follows a path the kernel controls.
        km.transport = "ipc"
        km.ip = str(sandbox.root / "kernel")
        km.cache_ports = False
        km.connection_file = str(sandbox.host_dir / "connection.json")
        kwargs.pop("env", None)
        kwargs = await super().pre_launch(**kwargs)
        read_fd, write_fd = os.pipe2(os.O_CLOEXEC)
        os.set_inheritable(write_fd, True)
        self._close_report_fd()
        self._report_fd = read_fd
        spec = sandbox.launch_spec(km.connection_file, write_fd, KERNEL_ARGS)
        self._spec = spec
        spec_path = await asyncio.to_thread(sandbox.write_spec, spec)
        # -I: no cwd (the kernel-writable work dir) on sys.path and no PYTHON* variables while we may be root.
        kwargs["cmd"] = [kernel_python(), "-I", "-B", "-m", "notebook_agent.sandbox.launcher", str(spec_path)]
        kwargs["env"] = sandbox.environment()  # replaces the caller's: nothing of the host's leaks in
        kwargs["cwd"] = str(sandbox.work_dir)
        kwargs["pass_fds"] = (write_fd,)
        # A pipe, not a host file: the kernel can neither fill the host's disk through it nor touch the file.
        if self.kernel_log is not None:
            self.kernel_log.close()
        self.kernel_log = KernelLog()
        kwargs["stdout"] = kwargs["stderr"] = self.kernel_log.write_fd
        self._child_fds = (write_fd, self.kernel_log.write_fd)
        return kwargs

    async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> KernelConnectionInfo:
        """Fork the kernel from the template (or spawn the launcher), then drop our copies of its descriptors."""
        try:
            assert self.sandbox is not None
            if self.sandbox.settings.kernel_start == "fork":
                try:
                    return await self._fork(kwargs)
                except ForkUnavailable as exc:
                    _warn_spawning(exc.problem)
            self.start_mode = "spawn"
            return await super().launch_kernel(cmd, **kwargs)
        finally:
            report_write = self._child_fds[0] if getattr(self, "_child_fds", ()) else None
            if report_write is not None:
                os.close(report_write)
            if self.kernel_log is not None:
                self.kernel_log.close_write_end()
            self._child_fds = ()

    async def _fork(self, kwargs: dict[str, Any]) -> KernelConnectionInfo:
        sandbox = self.sandbox
        assert sandbox is not None
        spec = self._spec
        assert spec is not None
        write_fd, log_fd = self._child_fds
        server = await asyncio.to_thread(fork_server, sandbox.settings, sandbox.profile, kernel_python())
        process = await asyncio.to_thread(server.fork, spec, kwargs["cwd"], kwargs["env"], write_fd, log_fd)
        # LocalProvisioner declares a Popen; ForkedProcess offers the parts of Popen it uses (poll, wait, signals).
        self.process = cast("subprocess.Popen[Any]", process)
        self.pid = process.pid
        self.pgid = None  # signals go to the kernel alone, through its pidfd (it cannot make processes anyway)
        self.cwd = kwargs["cwd"]
        self.start_mode = "fork"
        return self.connection_info

    async def post_launch(self, **kwargs: Any) -> None:
        """Wait for the launcher's report, then check /proc before anyone may run code."""
        await super().post_launch(**kwargs)
        sandbox, fd = self.sandbox, self._report_fd
        assert sandbox is not None and fd is not None
        timeout = sandbox.profile.limits.startup_timeout_s
        try:
            raw = await asyncio.wait_for(asyncio.to_thread(_read_all, fd), timeout)
        except TimeoutError:
            await self._refuse(
                KernelTimeout(f"the kernel did not finish confining itself within {timeout:g} s", timeout_s=timeout)
            )
        finally:
            self._close_report_fd()
        if not raw:
            await self._refuse(await self._death_reason())
        try:
            report = json.loads(raw)
            if report.get("tripwire"):
                log.warning(
                    "kernel %s: accesses inside the sandbox refused before the final filter: %s",
                    self.pid,
                    "; ".join(report["tripwire"]),
                )
            self._report = report
            self.confinement = await asyncio.to_thread(self._verify, report)
            self.startup_ms = dict(report.get("startup_ms") or {})
        except SandboxError as exc:
            await self._refuse(exc)
        except ValueError as exc:
            await self._refuse(SandboxError(f"the launcher's report could not be read ({exc})"))

    def _verify(self, report: dict[str, Any]) -> Confinement:
        sandbox = self.sandbox
        assert sandbox is not None and self.pid is not None
        # A layer this host lacks and the settings waive (NOTEBOOK_AGENT_ALLOW_MISSING_LAYERS) is not required.
        required = [x for x in sandbox.profile.required_layers if x not in sandbox.waived_layers]
        return verify_confinement(
            self.pid,
            sandbox.uid,
            sandbox.gid,
            report,
            [*required, *(["uid"] if sandbox.lease else [])],
            FilterCheck(sandbox.profile.seccomp_policy, shared_uid=sandbox.lease is None),
        )

    async def reverify(self) -> None:
        """Check the running kernel again, as at its start (a pooled kernel before it is handed out)."""
        if self._report is None:
            raise SandboxError("the kernel was never verified", "Start it through this provisioner first.")
        try:
            self.confinement = await asyncio.to_thread(self._verify, self._report)
        except SandboxError as exc:
            await self._refuse(exc)

    async def _refuse(self, error: NotebookAgentError) -> NoReturn:
        """End the kernel, then raise why it was refused (counted as a sandbox refusal when confinement failed)."""
        await self.kill()
        await self.wait()
        if isinstance(error, SandboxError):
            sandbox_refused(type(error).__name__, "the kernel failed its confinement check")
        raise error

    async def _death_reason(self) -> KernelStartError:
        """Why the launcher ended before reporting, from its exit status and its log."""
        for _ in range(50):
            if (code := await self.poll()) is not None:
                break
            await asyncio.sleep(0.02)
        else:
            code = None
        log = self.kernel_log_tail()
        reason = _EXIT_REASONS.get(code or 0, f"the kernel exited with status {code}")
        if code in (launcher.EXIT_CONFINEMENT, launcher.EXIT_SECCOMP):  # the launcher refused to run unconfined
            sandbox_refused("launcher", reason)
        return KernelStartError(
            f"Kernel failed to start: {reason}." + (f" Launcher said: {log}" if log else ""), log=log
        )

    def kernel_log_tail(self, limit: int = 2000) -> str:
        """The end of the kernel's stdout/stderr (launcher messages, C-level crashes)."""
        return self.kernel_log.tail(limit) if self.kernel_log is not None else ""

    def _close_report_fd(self) -> None:
        if self._report_fd is not None:
            os.close(self._report_fd)
            self._report_fd = None

    async def cleanup(self, restart: bool = False) -> None:
        """On a final shutdown, end the sandbox we created (a caller-owned one is the caller's)."""
        await super().cleanup(restart=restart)
        self._close_report_fd()
        if not restart and self.kernel_log is not None:
            self.kernel_log.close()
        if not restart and self.owns_sandbox and self.sandbox is not None:
            # Synchronous on purpose: nbclient may call this from an atexit hook, when no executor is left.
            self.sandbox.close()
            self.sandbox = None

    async def get_provisioner_info(self) -> dict[str, Any]:
        """Include the sandbox in the persisted provisioner info."""
        info = await super().get_provisioner_info()
        info["sandbox_id"] = self.sandbox.id if self.sandbox else None
        return info


def sandbox_refused(why: str, what: str) -> None:
    """Count and log one kernel refused for its confinement (never started, or stopped before running code)."""
    METRICS.sandbox_refusals.inc()
    log.warning("kernel refused: %s", what, extra={"reason": why})


_warned: set[str] = set()


def _warn_spawning(reason: str) -> None:
    if reason not in _warned:
        _warned.add(reason)
        log.warning(
            "%s; kernels are spawned instead (slower to start). "
            "Set NOTEBOOK_AGENT_KERNEL_START=spawn to skip the attempt.",
            reason,
        )


def kernel_python() -> str:
    """The venv's interpreter by its real path.

    A venv symlinked into a 0700 directory (a checkout under /root) must be entered by its real location, or
    every sys.path entry the kernel computes runs through a directory the session uid cannot traverse.
    """
    return str(Path(sys.prefix).resolve() / "bin" / Path(sys.executable).name)


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)
