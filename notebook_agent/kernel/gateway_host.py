"""The gateway host: Jupyter Kernel Gateway serving this package's confined kernels (`notebook-agent gateway`).

`notebook-agent gateway` is a thin wrapper over the engine's own command. :func:`engine_command` builds the
``jupyter kernelgateway`` command line and environment: our kernelspec as the only kernel (so every kernel the
gateway starts goes through the sandbox launcher and provisioner, and is verified as on the app's host), an auth
token, the listening address. The wrapper checks the host (the doctor's verdict), prints the equivalent command for
the README, and execs the engine, which then owns the process: signals, and the shutdown of its kernels.

This module is also the engine's API module (``--KernelGatewayApp.api=notebook_agent.kernel.gateway_host``): the
engine's own ``jupyter-websocket`` API (REST ``/api/kernels`` and the WebSocket kernel protocol, unchanged), plus
three routes that only the host can answer, because a kernel's word about its own confinement is not evidence:

  GET  /api/kernels/<id>/sandbox   what the provisioner verified at the kernel's last start or restart
  POST /api/kernels/<id>/sandbox   verify it again now (409, and the kernel shut down, when it fails)
  GET  /api/kernels/<id>/disk      bytes and entries under the kernel's sandbox, for the disk cap

The engine (``jupyter-kernel-gateway``, the ``gateway`` extra) is imported only when the engine calls in here: the
app's own hosts, which only talk to a gateway, do not need it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import json
import logging
import os
import secrets
import shlex
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError, ForkUnavailable, SandboxError
from ..resources import kernels_dir
from ..sandbox.host import harden_host_process
from ..sandbox.profiles import load_profile
from ..settings import Settings, get_settings
from .provisioner import SandboxProvisioner, kernel_python

if TYPE_CHECKING:
    from ..sandbox.sandbox import Sandbox

__all__ = ["API_MODULE", "KERNEL_NAME", "EngineCommand", "add_parser", "create_personality", "engine_command"]

log = logging.getLogger(__name__)

KERNEL_NAME = "notebook-agent"  # kernels/notebook-agent/kernel.json
API_MODULE = __name__
DEFAULT_PORT = 8888  # the engine's own default

# The engine's settings that differ from its defaults, and why:
_ENGINE_OPTIONS = {
    # Listen where told, or fail: by default the engine tries 50 other ports and the app would not know which.
    "KernelGatewayApp.port_retries": "0",
    # The app starts a chat's kernel on the gateway running the fewest (GET /api/kernels, behind the token).
    "KernelGatewayApp.list_kernels": "True",
    # REST restart and delete are graceful (shutdown_request, SIGTERM at half the wait, SIGKILL at its end); the
    # default 5 s would be added to every restart of a cell that did not stop when interrupted.
    "KernelManager.shutdown_wait_time": "1.0",
    # How often the engine polls its kernels: a dead kernel is noticed (and restarted, with a "restarting" status
    # to its clients) within a second instead of three.
    "KernelRestarter.time_to_dead": "1.0",
    # The engine limits iopub for browsers (1,000 messages/s, 1 MB/s of stream text over 3 s) and then drops
    # output with a note of its own. The app caps every cell's output itself (the profile's output_cap_kb and
    # output_cap_count); these limits stay only as the gateway's guard against a client that stops reading.
    "ZMQChannelsWebsocketConnection.iopub_msg_rate_limit": "10000",
    "ZMQChannelsWebsocketConnection.iopub_data_rate_limit": "50000000",
}


@dataclass(frozen=True)
class EngineCommand:
    """The engine's command line and the environment variables it needs on top of the inherited ones."""

    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)

    def shell(self, token: str | None = None) -> str:
        """The equivalent ``jupyter kernelgateway`` command, as one shell line (the token shown only if given)."""
        env = dict(self.env)
        env["KG_AUTH_TOKEN"] = token if token is not None else "<token>"
        words = [f"{name}={shlex.quote(value)}" for name, value in env.items()]
        options = self.argv[self.argv.index("kernel_gateway") + 1 :]
        return " ".join([*words, "jupyter", "kernelgateway", *map(shlex.quote, options)])


def engine_command(
    host: str,
    port: int,
    settings: Settings,
    *,
    certfile: str | None = None,
    keyfile: str | None = None,
    client_ca: str | None = None,
    extra: list[str] | tuple[str, ...] = (),
) -> EngineCommand:
    """The engine's command for a gateway host serving our confined kernels on `host`:`port`.

    The token is not part of it: it goes to the engine in ``KG_AUTH_TOKEN`` (a command line is visible to every
    user of the host). `extra` are further engine options, appended last (they win).
    """
    kernels = kernels_dir()
    options = {
        "KernelGatewayApp.ip": host,
        "KernelGatewayApp.port": str(port),
        "KernelGatewayApp.api": API_MODULE,
        # Our kernelspec, and only it: whatever name a client asks for, the kernel is ours.
        "KernelGatewayApp.default_kernel_name": KERNEL_NAME,
        "KernelGatewayApp.force_kernel_name": KERNEL_NAME,
        "KernelSpecManager.allowed_kernelspecs": KERNEL_NAME,
        "KernelSpecManager.ensure_native_kernel": "False",
        **_ENGINE_OPTIONS,
    }
    if certfile:
        options["KernelGatewayApp.certfile"] = certfile
    if keyfile:
        options["KernelGatewayApp.keyfile"] = keyfile
    if client_ca:
        options["KernelGatewayApp.client_ca"] = client_ca
    # -I: neither the working directory nor PYTHON* variables decide what this root process imports.
    engine = [kernel_python(), "-I", "-m", "kernel_gateway"]
    argv = [*engine, *(f"--{name}={value}" for name, value in options.items())]
    env = {
        # The kernelspec is found in <JUPYTER_PATH>/kernels: the checkout's, or the wheel's under share/jupyter.
        "JUPYTER_PATH": os.pathsep.join([str(kernels.parent), *_inherited("JUPYTER_PATH")]),
        # The engine's own files (its cookie secret) stay with the host-private runtime files, not in ~/.local.
        "JUPYTER_RUNTIME_DIR": str(settings.runtime_dir / "gateway"),
    }
    return EngineCommand([*argv, *extra], env)


def _inherited(name: str) -> list[str]:
    """The entries of an inherited path variable (kept after ours, which wins)."""
    return [p for p in os.environ.get(name, "").split(os.pathsep) if p]


# -- the command ----------------------------------------------------------------------------------------------------
def add_parser(sub: Any) -> None:
    """Register the `gateway` subcommand."""
    p = sub.add_parser(
        "gateway",
        help="serve confined kernels to app hosts (Jupyter Kernel Gateway with our kernelspec)",
        description=(
            "Start a Jupyter Kernel Gateway whose only kernel is notebook-agent's confined one. Engine options "
            "after `--` are passed on (e.g. -- --KernelGatewayApp.max_kernels=50)."
        ),
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port to listen on (default {DEFAULT_PORT})")
    p.add_argument(
        "--token",
        help="the token clients must send; default: KG_AUTH_TOKEN if set, else a new random one, printed at start",
    )
    p.add_argument("--certfile", help="serve HTTPS with this certificate (PEM)")
    p.add_argument("--keyfile", help="the certificate's private key (PEM)")
    p.add_argument("--client-ca", help="require client certificates signed by this CA (PEM)")
    p.add_argument("--print-command", action="store_true", help="print the engine command and exit")
    p.add_argument("engine_args", nargs="*", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_gateway)


def cmd_gateway(args: argparse.Namespace) -> int:
    """Check the host, print the engine command, and become the engine."""
    from ..cli import command_settings
    from ..sandbox.report import doctor_report

    settings = command_settings(args)
    cmd = engine_command(
        args.host,
        args.port,
        settings,
        certfile=args.certfile,
        keyfile=args.keyfile,
        client_ca=args.client_ca,
        extra=args.engine_args,
    )
    if args.print_command:
        print(cmd.shell())
        return 0
    if importlib.util.find_spec("kernel_gateway") is None:
        raise ConfigError(
            "Jupyter Kernel Gateway is not installed in this environment",
            "Install it with the package's gateway extra: pip install 'notebook-agent[gateway]'.",
        )
    report = doctor_report(settings)
    if not report["ok"]:
        print(f"notebook-agent gateway: this host cannot confine kernels: {report['problem']}", file=sys.stderr)
        return 2
    token = args.token
    generated = token is None and "KG_AUTH_TOKEN" not in os.environ
    if generated:
        token = secrets.token_urlsafe(32)
    env = dict(os.environ, **cmd.env)
    if token is not None:
        env["KG_AUTH_TOKEN"] = token
    scheme = "https" if args.certfile else "http"
    print(f"notebook-agent gateway: serving confined kernels on {scheme}://{args.host}:{args.port}", file=sys.stderr)
    print(f"engine command: {cmd.shell()}", file=sys.stderr)
    if generated:
        print(f"token (give it to the app): {token}", flush=True)
    sys.stdout.flush()
    sys.stderr.flush()
    # The engine replaces this process: it receives the signals and shuts its kernels down itself. The token given
    # with --token leaves the process's command line with the exec.
    os.execve(cmd.argv[0], cmd.argv, env)
    return 0  # not reached


# -- inside the engine ----------------------------------------------------------------------------------------------
async def sandbox_report(prov: SandboxProvisioner) -> dict[str, Any]:
    """What the host knows of a kernel's confinement, as the app shows it (``exec --json``'s ``sandbox``).

    ``sandbox`` is what was verified at the last start or restart (``sandbox.pid`` the process it was verified on);
    ``process`` and ``alive`` are the kernel process now: during a restart they differ from what was verified.
    """
    sandbox = prov.sandbox
    assert sandbox is not None
    conf = prov.confinement
    verified = None
    if conf is not None:
        verified = {
            **conf.as_dict(),
            "profile": sandbox.profile.name,
            "uid_mode": sandbox.settings.uid_mode,
            "start": prov.start_mode,
        }
    return {
        "sandbox": verified,
        "sandbox_id": sandbox.id,
        "process": prov.pid if prov.has_process else None,
        "alive": prov.has_process and await prov.poll() is None,
        "limits": sandbox.profile.limits.model_dump(),
        "startup_ms": prov.startup_ms,
    }


def create_personality(*args: Any, **kwargs: Any) -> Any:
    """The engine's hook (``KernelGatewayApp.api``): its jupyter-websocket API plus the host's routes."""
    harden_host_process()  # exec made this process dumpable again: same-uid kernels must not read its memory
    return _personality_class()(*args, **kwargs)


def _personality_class() -> type:
    """The personality and its handlers, built when the engine asks (the engine is imported only here)."""
    from jupyter_server.auth.decorator import authorized
    from jupyter_server.services.kernels.handlers import KernelsAPIHandler, _kernel_id_regex
    from jupyter_server.utils import url_path_join
    from kernel_gateway.jupyter_websocket import JupyterWebsocketPersonality  # type: ignore[import-untyped]
    from kernel_gateway.mixins import CORSMixin, JSONErrorsMixin, TokenAuthorizationMixin  # type: ignore[import-untyped]
    from tornado import web

    class HostHandler(TokenAuthorizationMixin, CORSMixin, JSONErrorsMixin, KernelsAPIHandler):  # type: ignore[misc]
        """Token auth, CORS and JSON errors as the engine's own kernel routes have them."""

        def provisioner(self, kernel_id: str) -> SandboxProvisioner:
            try:
                km = self.kernel_manager.get_kernel(kernel_id)
            except KeyError:
                raise web.HTTPError(404, f"Kernel does not exist: {kernel_id}") from None
            prov = km.provisioner
            if not isinstance(prov, SandboxProvisioner) or prov.sandbox is None:
                raise web.HTTPError(409, "this kernel was not started by the notebook-agent sandbox provisioner")
            return prov

        def reply(self, body: dict[str, Any]) -> None:
            self.set_header("Content-Type", "application/json")
            self.finish(json.dumps(body))

        def options(self, *args: Any, **kwargs: Any) -> None:
            self.finish()

    class SandboxHandler(HostHandler):
        """The kernel's confinement as the host verified it; POST verifies again first."""

        @web.authenticated
        @authorized
        async def get(self, kernel_id: str) -> None:
            self.reply(await sandbox_report(self.provisioner(kernel_id)))

        @web.authenticated
        @authorized
        async def post(self, kernel_id: str) -> None:
            prov = self.provisioner(kernel_id)
            try:
                await prov.reverify()
            except SandboxError as exc:
                # The provisioner has killed it; without this the engine's restarter would start a new one.
                manager: Any = self.kernel_manager
                with contextlib.suppress(Exception):
                    await manager.shutdown_kernel(kernel_id, now=True)
                raise web.HTTPError(409, str(exc)) from exc
            self.reply(await sandbox_report(prov))

    class DiskHandler(HostHandler):
        """Bytes and entries under the kernel's sandbox."""

        @web.authenticated
        @authorized
        async def get(self, kernel_id: str) -> None:
            sandbox: Sandbox | None = self.provisioner(kernel_id).sandbox
            assert sandbox is not None
            used, entries = await asyncio.to_thread(sandbox.disk_usage)
            self.reply({"bytes": used, "entries": entries})

    class Personality(JupyterWebsocketPersonality):  # type: ignore[misc]
        """The engine's jupyter-websocket personality, with the host's routes and a warm fork server."""

        async def init_configurables(self) -> None:
            await super().init_configurables()
            settings = get_settings()
            if settings.kernel_start == "fork":
                # The template's imports take seconds: started now, not by the first kernel a person waits for.
                asyncio.get_running_loop().run_in_executor(None, _warm_fork_server, settings)

        def create_request_handlers(self) -> list[tuple[Any, ...]]:
            base = self.parent.base_url
            ours = [
                (url_path_join("/", base, rf"/api/kernels/{_kernel_id_regex}/sandbox"), SandboxHandler),
                (url_path_join("/", base, rf"/api/kernels/{_kernel_id_regex}/disk"), DiskHandler),
            ]
            handlers: list[tuple[Any, ...]] = super().create_request_handlers()
            return ours + [_without_nagle(h) if h[0].endswith("/channels") else h for h in handlers]

    def _without_nagle(route: tuple[Any, ...]) -> tuple[Any, ...]:
        """The engine's kernel WebSocket route, with TCP_NODELAY on each connection.

        Tornado leaves Nagle's algorithm on for WebSockets, and the engine does not turn it off: a kernel's small
        messages (status, reply) then wait for the client's delayed ACK, ~40 ms on every cell (measured: 48 ms for a
        kernel_info round trip, 5 ms without).
        """

        engine_handler: type[Any] = route[1]

        class Channels(engine_handler):  # type: ignore[misc]
            async def open(self, *args: Any, **kwargs: Any) -> None:
                self.set_nodelay(True)
                await super().open(*args, **kwargs)

        return (route[0], Channels, *route[2:])

    return Personality


def _warm_fork_server(settings: Settings) -> None:
    from .forking import fork_server

    try:
        fork_server(settings, load_profile(settings.profile), kernel_python())
        log.info("kernel fork server ready")
    except ForkUnavailable as exc:
        log.warning("kernel fork server unavailable (%s); kernels will be spawned", exc.problem)
