"""Where a kernel gateway is and how to reach it: :class:`GatewayConfig` (URL, token, TLS), filled from the settings.

Authentication is the gateway's token (``Authorization: token …`` on every request and on the WebSocket upgrade);
TLS is checked against the system's CAs, or a given CA bundle, optionally with a client certificate. The REST calls
(:mod:`.gateway_rest`) and the kernel's WebSocket (:mod:`.gateway_wire`) both take their connection from here.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..errors import ConfigError

__all__ = ["GatewayConfig"]


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
