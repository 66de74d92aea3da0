"""The kernel gateway's REST API from the app's side: one client per kernel, and the calls that need no kernel.

:class:`GatewayRest` makes a kernel's calls (``POST /api/kernels``, ``GET``/``DELETE /api/kernels/<id>``, its
``interrupt``/``restart`` actions and the routes :mod:`.gateway_host` adds) over one httpx client opened on first
use. :func:`running_kernels` and :func:`shut_down` ask a gateway about its kernels without a client of their own.
Every HTTP error status becomes the package's error by :func:`status_error`, which the WebSocket upgrade
(:mod:`.gateway_wire`) uses too, so a refused token or a missing kernel reads the same wherever it was met.
"""

from __future__ import annotations

import json as jsonlib
from typing import Any
from urllib.parse import quote

import httpx

from ..errors import ConfigError, KernelNotRunning, KernelStartError, SandboxError
from .gateway_config import GatewayConfig

__all__ = ["GatewayRest", "engine_message", "running_kernels", "shut_down", "status_error"]

_UNREACHABLE_TODO = "Check that the gateway host is up (notebook-agent gateway) and NOTEBOOK_AGENT_GATEWAY_URL."


def _http_client(config: GatewayConfig, timeout: float) -> httpx.AsyncClient:
    """An httpx client on the gateway: its base URL, token and TLS."""
    ctx = config.ssl_context()
    return httpx.AsyncClient(
        base_url=config.url, headers=config.headers(), verify=ctx if ctx is not None else True, timeout=timeout
    )


class GatewayRest:
    """A kernel's REST calls to its gateway, over one client opened on the first call and kept until :meth:`aclose`."""

    def __init__(self, config: GatewayConfig) -> None:
        self.config = config
        self._http: httpx.AsyncClient | None = None

    @property
    def is_open(self) -> bool:
        """Whether a call was made since the client was opened (or last closed)."""
        return self._http is not None

    async def aclose(self) -> None:
        """Close the client (a later call opens a new one)."""
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def request(
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
        if self._http is None:
            self._http = _http_client(self.config, self.config.timeout_s)
        try:
            response = await self._http.request(
                method, path, json=json, timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT
            )
        except httpx.TransportError as exc:
            problem = f"cannot reach the kernel gateway at {self.config.url} ({type(exc).__name__}: {exc})"
            if starting:
                raise KernelStartError(problem, _UNREACHABLE_TODO) from None
            raise KernelNotRunning(problem, _UNREACHABLE_TODO) from None
        if response.status_code >= 400:
            raise status_error(self.config, response.status_code, response.text, what, starting=starting)
        return self._object(response, method, path)

    def _object(self, response: httpx.Response, method: str, path: str) -> dict[str, Any]:
        """The response's JSON object ({} for an empty body); anything else is the engine misbehaving."""
        if not response.content:
            return {}
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise KernelStartError(f"the kernel gateway at {self.config.url} answered {method} {path} with no object")
        return body


async def running_kernels(config: GatewayConfig) -> int | None:
    """How many kernels the gateway runs now (``GET /api/kernels``), None when it does not list them.

    KernelStartError when it cannot be reached or refuses the token.
    """
    try:
        async with _http_client(config, 5.0) as client:
            response = await client.get("/api/kernels")
    except httpx.TransportError as exc:
        raise KernelStartError(
            f"cannot reach the kernel gateway at {config.url} ({type(exc).__name__})", _UNREACHABLE_TODO
        ) from None
    if response.status_code == 403:  # an engine started without KernelGatewayApp.list_kernels
        return None
    if response.status_code >= 400:
        raise status_error(config, response.status_code, response.text, "the kernel list", starting=True)
    try:
        kernels = response.json()
    except ValueError:
        kernels = None
    if not isinstance(kernels, list):
        raise KernelStartError(f"the kernel gateway at {config.url} answered the kernel list with no list")
    return len(kernels)


async def shut_down(config: GatewayConfig, kernel_id: str) -> bool:
    """Shut a kernel down on the gateway by its id (its sandbox and files go too); False when it was not there."""
    try:
        async with _http_client(config, 10.0) as client:
            response = await client.delete(f"/api/kernels/{quote(kernel_id)}")
    except httpx.TransportError:
        return False
    return response.status_code < 300


def status_error(
    config: GatewayConfig, status: int, body: str, what: str, *, starting: bool = False
) -> ConfigError | KernelNotRunning | KernelStartError | SandboxError:
    """The package's error for a gateway's HTTP error status."""
    if status == 401:
        return ConfigError(
            f"the kernel gateway at {config.url} refused the app's token (HTTP {status})",
            "Give the app the token the gateway was started with (notebook-agent gateway --token, or KG_AUTH_TOKEN "
            "on the gateway host).",
        )
    message = engine_message(body)
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


def engine_message(body: str) -> str:
    """The engine's own words from a JSON error body: its message, or the last line of a traceback it sent."""
    try:
        data = jsonlib.loads(body) if body else {}
    except ValueError:
        return body.strip()[:500]
    if not isinstance(data, dict):
        return ""
    message = str(data.get("message") or "")
    trace = str(data.get("traceback") or "").strip()
    if trace and message in ("", "Unknown server error"):
        message = trace.splitlines()[-1]
    return message[:2000]
