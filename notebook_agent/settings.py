"""Settings: every knob of the app in one typed object, read from the environment in one place.

`Settings.from_env()` is the only reader of the variables below (README.md's configuration table lists the same);
code that needs a knob is handed a `Settings`, and a caller that knows better (a CLI flag, a test) derives one with
`settings.with_(name=value)`, never by editing `os.environ`. `get_settings()` is the process-wide default for code
started without one (a kernel JupyterLab launches through the provisioner).

| variable | field | meaning |
|---|---|---|
| NOTEBOOK_AGENT_DATA_DIR | data_dir | sessions, sandboxes and the SQLite files |
| NOTEBOOK_AGENT_SANDBOX_PROFILE | profile | profile name or path (default `default`) |
| NOTEBOOK_AGENT_UID_MODE | uid_mode_setting | `auto` (per-session as root, else shared), `per-session`, `shared` |
| NOTEBOOK_AGENT_UID_RANGE | uid_range | first-last uids for sessions (default 200000-299999) |
| NOTEBOOK_AGENT_ALLOW_MISSING_LAYERS | allow_missing_layers | comma list of required layers this host may go without |
| NOTEBOOK_AGENT_KERNEL_START | kernel_start | `fork` (default; one-shot CLI commands spawn unless set) or `spawn` |
| NOTEBOOK_AGENT_POOL_SIZE | pool_size | ready kernels kept waiting for new chats in the app (default 2; 0 disables) |
| NOTEBOOK_AGENT_MAX_SESSIONS | max_sessions | live sessions (each with a kernel) at once; the next is told to wait |
| NOTEBOOK_AGENT_IDLE_TIMEOUT | idle_timeout_s | seconds before an unused session's kernel is closed (resumed later) |
| NOTEBOOK_AGENT_MAX_UPLOAD_MB | max_upload_mb | the largest upload accepted, in MiB |
| NOTEBOOK_AGENT_MAX_STEPS | max_steps | model calls in one turn before the turn stops |
| NOTEBOOK_AGENT_MAX_ATTEMPTS | max_attempts | failing runs in a row before the turn gives up |
| NOTEBOOK_AGENT_MODEL | model | `auto` (Gemini when a key is set, else offline), `offline`, `gemini` |
| GEMINI_API_KEY / GOOGLE_API_KEY | gemini_api_key | the Gemini key |
| NOTEBOOK_AGENT_GEMINI_MODEL | gemini_model | the Gemini model new chats start with (default `DEFAULT_GEMINI_MODEL`) |
| GOOGLE_GEMINI_BASE_URL | gemini_base_url | the Gemini API root (default Google's; tests point it at a local fake) |
| NOTEBOOK_AGENT_GEMINI_TIMEOUT | gemini_timeout_s | seconds one Gemini request may take |
| NOTEBOOK_AGENT_GEMINI_ATTEMPTS | gemini_attempts | tries per Gemini request (429, 5xx, timeouts are retried) |
| NOTEBOOK_AGENT_AUTH | auth | `none` (default), `password`, `hf`, `header`: who may use the app |
| NOTEBOOK_AGENT_DATABASE_URL | database_url | unset: SQLite in the data dir; `postgresql://…`: PostgreSQL |
| NOTEBOOK_AGENT_GATEWAY_URL | gateway_urls | unset: local kernels; else kernel gateway host(s), comma-separated |
| NOTEBOOK_AGENT_GATEWAY_TOKEN | gateway_token | the gateways' token (`notebook-agent gateway --token`, KG_AUTH_TOKEN) |
| NOTEBOOK_AGENT_GATEWAY_CA | gateway_ca | CA bundle for https gateways (default: the system's) |
| NOTEBOOK_AGENT_GATEWAY_CLIENT_CERT | gateway_client_cert | a client certificate (PEM) for gateways that ask for one |
| NOTEBOOK_AGENT_GATEWAY_CLIENT_KEY | gateway_client_key | its key (PEM; default: in the certificate's file) |
| NOTEBOOK_AGENT_UPLOADS_DIR | uploads_dir | uploads kept for rebuilds on gateways (shared; `<data>/uploads`) |
| NOTEBOOK_AGENT_AUTH_HEADER | auth_header | `header` mode: the header naming the user (default X-Forwarded-User) |
| NOTEBOOK_AGENT_TRUSTED_PROXIES | trusted_proxies | `header` mode: proxy addresses or networks, comma-separated |
| NOTEBOOK_AGENT_QUOTA_KERNELS | quota_kernels | live kernels per user (default 3; 0: no limit) |
| NOTEBOOK_AGENT_QUOTA_SESSIONS | quota_sessions | stored chats per user (default 200; 0: no limit) |
| NOTEBOOK_AGENT_QUOTA_DISK_MB | quota_disk_mb | data files per user, in MiB (default 10240; 0: no limit) |
| NOTEBOOK_AGENT_QUOTA_TURNS | quota_turns_per_minute | questions per user per minute (default 30; 0: no limit) |

Variables that third-party code reads itself are not settings: google-genai also reads GOOGLE_GEMINI_BASE_URL
(when no base URL is passed) and GOOGLE_GENAI_HTTP_CLIENT. Variables the app sets for kernels are built by
`sandbox.Sandbox.environment()` from nothing, never read from here.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

from .errors import ConfigError

__all__ = [
    "DEFAULT_GEMINI_MODEL",
    "AuthMode",
    "KernelStart",
    "ModelChoice",
    "ModelKind",
    "Settings",
    "UidMode",
    "UidModeSetting",
    "get_settings",
]

# The newest stable Flash model when this was written: Google's model list (ai.google.dev/gemini-api/docs/models)
# marks "Gemini 3.8 Flash" (gemini-3.8-flash) stable, and google-genai 3.6 uses it in its own examples.
# NOTEBOOK_AGENT_GEMINI_MODEL overrides it, and a person picks another in the app from the API's list.
DEFAULT_GEMINI_MODEL = "gemini-3.8-flash"

_MODEL_NAME = re.compile(r"(models/)?[A-Za-z0-9][A-Za-z0-9._-]{0,127}")

UidModeSetting = Literal["auto", "per-session", "shared"]
UidMode = Literal["per-session", "shared"]
ModelChoice = Literal["auto", "offline", "gemini"]
ModelKind = Literal["offline", "gemini"]
KernelStart = Literal["fork", "spawn"]
AuthMode = Literal["none", "password", "hf", "header"]

# Each choice field: its variable and what it may be.
_CHOICES: dict[str, tuple[str, tuple[str, ...]]] = {
    "uid_mode_setting": ("NOTEBOOK_AGENT_UID_MODE", get_args(UidModeSetting)),
    "model": ("NOTEBOOK_AGENT_MODEL", get_args(ModelChoice)),
    "kernel_start": ("NOTEBOOK_AGENT_KERNEL_START", get_args(KernelStart)),
    "auth": ("NOTEBOOK_AGENT_AUTH", get_args(AuthMode)),
}
# Each number field: its variable, the range it must be in, and what it counts.
_NUMBERS: dict[str, tuple[str, float, float, str]] = {
    "pool_size": ("NOTEBOOK_AGENT_POOL_SIZE", 0, 64, "kernels (0: no pool)"),
    "max_sessions": ("NOTEBOOK_AGENT_MAX_SESSIONS", 1, 10_000, "sessions"),
    "idle_timeout_s": ("NOTEBOOK_AGENT_IDLE_TIMEOUT", 10, 7 * 86_400, "seconds"),
    "max_upload_mb": ("NOTEBOOK_AGENT_MAX_UPLOAD_MB", 1, 64 * 1024, "MiB"),
    "max_steps": ("NOTEBOOK_AGENT_MAX_STEPS", 1, 100, "model calls"),
    "max_attempts": ("NOTEBOOK_AGENT_MAX_ATTEMPTS", 1, 20, "failing runs"),
    "gemini_timeout_s": ("NOTEBOOK_AGENT_GEMINI_TIMEOUT", 1, 3600, "seconds"),
    "gemini_attempts": ("NOTEBOOK_AGENT_GEMINI_ATTEMPTS", 1, 10, "tries"),
    "quota_kernels": ("NOTEBOOK_AGENT_QUOTA_KERNELS", 0, 10_000, "kernels (0: no limit)"),
    "quota_sessions": ("NOTEBOOK_AGENT_QUOTA_SESSIONS", 0, 1_000_000, "chats (0: no limit)"),
    "quota_disk_mb": ("NOTEBOOK_AGENT_QUOTA_DISK_MB", 0, 2**30, "MiB (0: no limit)"),
    "quota_turns_per_minute": ("NOTEBOOK_AGENT_QUOTA_TURNS", 0, 10_000, "questions a minute (0: no limit)"),
}


def _default_data_dir(env: Mapping[str, str]) -> Path:
    if os.geteuid() == 0:
        # Root hands directories to other uids: keep them out of /root, which is 0700.
        return Path("/var/lib/notebook-agent")
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "notebook-agent"


@dataclass(frozen=True)
class Settings:
    """Every knob of the app. Build with `from_env`, derive with `with_`; the values are checked either way."""

    data_dir: Path
    profile: str = "default"
    uid_mode_setting: UidModeSetting = "auto"
    uid_range: tuple[int, int] = (200000, 299999)
    allow_missing_layers: frozenset[str] = field(default_factory=frozenset)
    kernel_start: KernelStart = "fork"
    pool_size: int = 2
    max_sessions: int = 16
    idle_timeout_s: float = 1800.0
    max_upload_mb: int = 1024
    max_steps: int = 10
    max_attempts: int = 3
    model: ModelChoice = "auto"
    gemini_api_key: str = field(default="", repr=False)
    gemini_model: str = DEFAULT_GEMINI_MODEL
    gemini_base_url: str | None = None
    gemini_timeout_s: float = 90.0
    gemini_attempts: int = 4
    auth: AuthMode = "none"
    database_url: str | None = field(default=None, repr=False)  # may hold a password
    gateway_urls: tuple[str, ...] = ()
    gateway_token: str = field(default="", repr=False)
    gateway_ca: str | None = None
    gateway_client_cert: str | None = None
    gateway_client_key: str | None = None
    uploads_dir: Path | None = None
    auth_header: str = "X-Forwarded-User"
    trusted_proxies: tuple[str, ...] = ()
    quota_kernels: int = 3
    quota_sessions: int = 200
    quota_disk_mb: int = 10240
    quota_turns_per_minute: int = 30

    def __post_init__(self) -> None:
        for name, (var, allowed) in _CHOICES.items():
            value = getattr(self, name)
            if value not in allowed:
                raise ConfigError(
                    f"{var}={value!r} is not one of the choices",
                    f"Use {', '.join(allowed[:-1])} or {allowed[-1]}.",
                    setting=var,
                    value=str(value),
                )
        for name, (var, low, high, unit) in _NUMBERS.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
                raise ConfigError(
                    f"{var}={value!r} is out of range",
                    f"Use a number of {unit} from {low:g} to {high:g}.",
                    setting=var,
                    value=str(value),
                )
        first, last = self.uid_range
        if not 1000 <= first <= last < 2**31 - 1:
            raise ConfigError(
                f"NOTEBOOK_AGENT_UID_RANGE={f'{first}-{last}'!r} is out of bounds",
                "Use 1000 <= FIRST <= LAST < 2^31-1.",
                setting="NOTEBOOK_AGENT_UID_RANGE",
                value=f"{first}-{last}",
            )
        if self.uid_mode_setting == "per-session" and os.geteuid() != 0:
            raise ConfigError(
                "NOTEBOOK_AGENT_UID_MODE=per-session needs root (it gives each session its own uid)",
                "Run as root or use NOTEBOOK_AGENT_UID_MODE=shared.",
                setting="NOTEBOOK_AGENT_UID_MODE",
                value=self.uid_mode_setting,
            )
        for entry in self.trusted_proxies:
            try:
                ipaddress.ip_network(entry, strict=False)
            except ValueError:
                raise ConfigError(
                    f"NOTEBOOK_AGENT_TRUSTED_PROXIES has {entry!r}, which is not an address or a network",
                    "List the proxy's addresses, e.g. 127.0.0.1,10.0.0.0/8.",
                    setting="NOTEBOOK_AGENT_TRUSTED_PROXIES",
                    value=entry,
                ) from None
        if self.auth == "header" and not self.trusted_proxies:
            raise ConfigError(
                "NOTEBOOK_AGENT_AUTH=header needs the proxy's addresses",
                "Set NOTEBOOK_AGENT_TRUSTED_PROXIES to the reverse proxy's address(es), e.g. 127.0.0.1.",
                setting="NOTEBOOK_AGENT_TRUSTED_PROXIES",
                value="",
            )
        if not re.fullmatch(r"[A-Za-z0-9-]{1,64}", self.auth_header):
            raise ConfigError(
                f"NOTEBOOK_AGENT_AUTH_HEADER={self.auth_header!r} is not a header name",
                "Use letters, digits and dashes, e.g. X-Forwarded-User.",
                setting="NOTEBOOK_AGENT_AUTH_HEADER",
                value=self.auth_header,
            )
        if not _MODEL_NAME.fullmatch(self.gemini_model):
            raise ConfigError(
                f"NOTEBOOK_AGENT_GEMINI_MODEL={self.gemini_model!r} is not a model name",
                f"Write a model name such as {DEFAULT_GEMINI_MODEL}.",
                setting="NOTEBOOK_AGENT_GEMINI_MODEL",
                value=self.gemini_model,
            )

    def with_(self, **changes: Any) -> Settings:
        """A copy with some knobs set explicitly (a CLI flag's value, a test's), checked like `from_env`'s."""
        return dataclasses.replace(self, **changes)

    @property
    def model_kind(self) -> ModelKind:
        """`gemini` or `offline`: what `auto` means depends on whether a key is set."""
        if self.model == "auto":
            return "gemini" if self.gemini_api_key else "offline"
        return self.model

    @property
    def uid_mode(self) -> UidMode:
        """The uid mode in force: `auto` resolves by whether we are root."""
        if self.uid_mode_setting == "auto":
            return "per-session" if os.geteuid() == 0 else "shared"
        return self.uid_mode_setting

    @property
    def max_upload_bytes(self) -> int:
        """The largest upload accepted, in bytes."""
        return self.max_upload_mb * 2**20

    @property
    def sessions_dir(self) -> Path:
        """Host-private per-session state (notebooks, records); never writable by a kernel."""
        return self.data_dir / "sessions"

    @property
    def sandboxes_dir(self) -> Path:
        """Per-session directories handed to the kernels."""
        return self.data_dir / "sandboxes"

    @property
    def upload_store(self) -> Path:
        """With kernels on gateways: each accepted upload's bytes, per chat, for a rebuild on another host.

        Shared storage when several app processes serve the chats (every replica must reach what another kept).
        """
        return self.uploads_dir if self.uploads_dir is not None else self.data_dir / "uploads"

    @property
    def runtime_dir(self) -> Path:
        """Host-private runtime files: connection files, launch specs, kernel logs."""
        return self.data_dir / "run"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, *, kernel_start_default: KernelStart = "fork") -> Settings:
        """Read and check the variables (from `env`, default the process environment).

        Args:
            env: the variables to read; None reads `os.environ`.
            kernel_start_default: the start mode when NOTEBOOK_AGENT_KERNEL_START is not set (one-shot commands
                pass "spawn": the fork server's imports only pay off in a process that starts many kernels).
        """
        env = dict(os.environ if env is None else env)

        def text(var: str, default: str = "") -> str:
            return (env.get(var) or "").strip() or default

        def number(var: str, default: float, kind: type[int] | type[float]) -> Any:
            raw = text(var)
            if not raw:
                return default
            try:
                return kind(raw)
            except ValueError:
                name = "whole number" if kind is int else "number"
                raise ConfigError(
                    f"{var}={raw!r} is not a {name}", f"Set {var} to a {name}, or leave it unset.", setting=var
                ) from None

        model = text("NOTEBOOK_AGENT_MODEL", "auto")
        key = text("GEMINI_API_KEY") or text("GOOGLE_API_KEY")
        if model == "gemini" and not key:
            raise ConfigError(
                "NOTEBOOK_AGENT_MODEL=gemini needs an API key",
                "Set GEMINI_API_KEY (or use auto/offline).",
                setting="NOTEBOOK_AGENT_MODEL",
                value=model,
            )
        raw_range = env.get("NOTEBOOK_AGENT_UID_RANGE", "200000-299999")
        try:
            first, last = (int(x) for x in raw_range.split("-"))
        except ValueError:
            raise ConfigError(
                f"NOTEBOOK_AGENT_UID_RANGE={raw_range!r} is not a range",
                "Write it as FIRST-LAST, e.g. 200000-299999.",
                setting="NOTEBOOK_AGENT_UID_RANGE",
                value=raw_range,
            ) from None
        data_dir = text("NOTEBOOK_AGENT_DATA_DIR") or str(_default_data_dir(env))
        return cls(
            data_dir=Path(data_dir).expanduser().absolute(),
            profile=text("NOTEBOOK_AGENT_SANDBOX_PROFILE", "default"),
            uid_mode_setting=text("NOTEBOOK_AGENT_UID_MODE", "auto"),  # type: ignore[arg-type]  # checked on creation
            uid_range=(first, last),
            allow_missing_layers=frozenset(_names(env.get("NOTEBOOK_AGENT_ALLOW_MISSING_LAYERS", ""))),
            kernel_start=text("NOTEBOOK_AGENT_KERNEL_START", kernel_start_default),  # type: ignore[arg-type]
            pool_size=number("NOTEBOOK_AGENT_POOL_SIZE", 2, int),
            max_sessions=number("NOTEBOOK_AGENT_MAX_SESSIONS", 16, int),
            idle_timeout_s=number("NOTEBOOK_AGENT_IDLE_TIMEOUT", 1800.0, float),
            max_upload_mb=number("NOTEBOOK_AGENT_MAX_UPLOAD_MB", 1024, int),
            max_steps=number("NOTEBOOK_AGENT_MAX_STEPS", 10, int),
            max_attempts=number("NOTEBOOK_AGENT_MAX_ATTEMPTS", 3, int),
            model=model,  # type: ignore[arg-type]
            gemini_api_key=key,
            gemini_model=text("NOTEBOOK_AGENT_GEMINI_MODEL", DEFAULT_GEMINI_MODEL),
            # google-genai reads this variable too when no base URL is given; read here, it is passed explicitly.
            gemini_base_url=text("GOOGLE_GEMINI_BASE_URL") or None,
            gemini_timeout_s=number("NOTEBOOK_AGENT_GEMINI_TIMEOUT", 90.0, float),
            gemini_attempts=number("NOTEBOOK_AGENT_GEMINI_ATTEMPTS", 4, int),
            auth=text("NOTEBOOK_AGENT_AUTH", "none"),  # type: ignore[arg-type]
            database_url=text("NOTEBOOK_AGENT_DATABASE_URL") or None,
            gateway_urls=tuple(dict.fromkeys(_names(env.get("NOTEBOOK_AGENT_GATEWAY_URL", "")))),
            gateway_token=text("NOTEBOOK_AGENT_GATEWAY_TOKEN"),
            gateway_ca=text("NOTEBOOK_AGENT_GATEWAY_CA") or None,
            gateway_client_cert=text("NOTEBOOK_AGENT_GATEWAY_CLIENT_CERT") or None,
            gateway_client_key=text("NOTEBOOK_AGENT_GATEWAY_CLIENT_KEY") or None,
            uploads_dir=Path(uploads).expanduser().absolute()
            if (uploads := text("NOTEBOOK_AGENT_UPLOADS_DIR"))
            else None,
            auth_header=text("NOTEBOOK_AGENT_AUTH_HEADER", "X-Forwarded-User"),
            trusted_proxies=tuple(_names(env.get("NOTEBOOK_AGENT_TRUSTED_PROXIES", ""))),
            quota_kernels=number("NOTEBOOK_AGENT_QUOTA_KERNELS", 3, int),
            quota_sessions=number("NOTEBOOK_AGENT_QUOTA_SESSIONS", 200, int),
            quota_disk_mb=number("NOTEBOOK_AGENT_QUOTA_DISK_MB", 10240, int),
            quota_turns_per_minute=number("NOTEBOOK_AGENT_QUOTA_TURNS", 30, int),
        )


def _names(raw: str) -> list[str]:
    """A comma-separated list, in the order written."""
    return [x.strip() for x in raw.split(",") if x.strip()]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read once), for code that was not handed any."""
    return Settings.from_env()
