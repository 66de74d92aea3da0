"""Settings, read from the environment once.

| variable | meaning |
|---|---|
| NOTEBOOK_AGENT_DATA_DIR | sessions, sandboxes and the SQLite file |
| NOTEBOOK_AGENT_SANDBOX_PROFILE | profile name or path (default `default`) |
| NOTEBOOK_AGENT_UID_MODE | `auto` (per-session as root, else shared), `per-session`, `shared` |
| NOTEBOOK_AGENT_UID_RANGE | first-last uids for sessions (default 200000-299999) |
| NOTEBOOK_AGENT_ALLOW_MISSING_LAYERS | comma list of required layers this host may go without |
| NOTEBOOK_AGENT_MODEL | `auto` (Gemini when a key is set, else offline), `offline`, `gemini` |
| GEMINI_API_KEY / GOOGLE_API_KEY | the Gemini key |
| NOTEBOOK_AGENT_GEMINI_MODEL | the Gemini model new chats start with (default `DEFAULT_GEMINI_MODEL`) |
| GOOGLE_GEMINI_BASE_URL | the Gemini API root (default Google's; tests point it at a local fake) |
| NOTEBOOK_AGENT_KERNEL_START | `fork` (default; one-shot CLI commands spawn unless set) or `spawn` |
| NOTEBOOK_AGENT_POOL_SIZE | ready kernels kept waiting for new chats in the app (default 2; 0 disables) |
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from .errors import ConfigError

__all__ = ["DEFAULT_GEMINI_MODEL", "Settings", "get_settings"]

# The newest stable Flash model when this was written: Google's model list (ai.google.dev/gemini-api/docs/models)
# marks "Gemini 3.8 Flash" (gemini-3.8-flash) stable, and google-genai 3.6 uses it in its own examples.
# NOTEBOOK_AGENT_GEMINI_MODEL overrides it, and a person picks another in the app from the API's list.
DEFAULT_GEMINI_MODEL = "gemini-3.8-flash"

_MODEL_NAME = re.compile(r"(models/)?[A-Za-z0-9][A-Za-z0-9._-]{0,127}")

UidMode = Literal["per-session", "shared"]


def _default_data_dir() -> Path:
    if os.geteuid() == 0:
        # Root hands directories to other uids: keep them out of /root, which is 0700.
        return Path("/var/lib/notebook-agent")
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "notebook-agent"


@dataclass(frozen=True)
class Settings:
    """Everything configurable from the environment."""

    data_dir: Path
    profile: str = "default"
    uid_mode_setting: str = "auto"
    uid_range: tuple[int, int] = (200000, 299999)
    allow_missing_layers: frozenset[str] = field(default_factory=frozenset)
    model: str = "auto"
    gemini_api_key: str = field(default="", repr=False)
    gemini_model: str = DEFAULT_GEMINI_MODEL
    gemini_base_url: str | None = None
    kernel_start: str = "fork"
    pool_size: int = 2

    @property
    def model_kind(self) -> str:
        """`gemini` or `offline`: what `auto` means depends on whether a key is set."""
        if self.model == "auto":
            return "gemini" if self.gemini_api_key else "offline"
        return self.model

    @property
    def uid_mode(self) -> UidMode:
        """The uid mode in force: `auto` resolves by whether we are root."""
        if self.uid_mode_setting == "auto":
            return "per-session" if os.geteuid() == 0 else "shared"
        return "per-session" if self.uid_mode_setting == "per-session" else "shared"

    @property
    def sessions_dir(self) -> Path:
        """Host-private per-session state (notebooks, records); never writable by a kernel."""
        return self.data_dir / "sessions"

    @property
    def sandboxes_dir(self) -> Path:
        """Per-session directories handed to the kernels."""
        return self.data_dir / "sandboxes"

    @property
    def runtime_dir(self) -> Path:
        """Host-private runtime files: connection files, launch specs, kernel logs."""
        return self.data_dir / "run"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        """Read and check the NOTEBOOK_AGENT_* variables."""
        env = dict(os.environ if env is None else env)
        mode = env.get("NOTEBOOK_AGENT_UID_MODE", "auto").strip() or "auto"
        if mode not in ("auto", "per-session", "shared"):
            raise ConfigError(
                f"NOTEBOOK_AGENT_UID_MODE={mode!r} is not a uid mode",
                "Use auto, per-session or shared.",
                setting="NOTEBOOK_AGENT_UID_MODE",
                value=mode,
            )
        if mode == "per-session" and os.geteuid() != 0:
            raise ConfigError(
                "NOTEBOOK_AGENT_UID_MODE=per-session needs root (it gives each session its own uid)",
                "Run as root or use NOTEBOOK_AGENT_UID_MODE=shared.",
                setting="NOTEBOOK_AGENT_UID_MODE",
                value=mode,
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
        if not 1000 <= first <= last < 2**31 - 1:
            raise ConfigError(
                f"NOTEBOOK_AGENT_UID_RANGE={raw_range!r} is out of bounds",
                "Use 1000 <= FIRST <= LAST < 2^31-1.",
                setting="NOTEBOOK_AGENT_UID_RANGE",
                value=raw_range,
            )
        data_dir = Path(env.get("NOTEBOOK_AGENT_DATA_DIR") or _default_data_dir()).expanduser().absolute()
        missing = frozenset(
            x.strip() for x in env.get("NOTEBOOK_AGENT_ALLOW_MISSING_LAYERS", "").split(",") if x.strip()
        )
        model = (env.get("NOTEBOOK_AGENT_MODEL") or "auto").strip()
        if model not in ("auto", "offline", "gemini"):
            raise ConfigError(
                f"NOTEBOOK_AGENT_MODEL={model!r} is not a model kind",
                "Use auto, offline or gemini.",
                setting="NOTEBOOK_AGENT_MODEL",
                value=model,
            )
        key = (env.get("GEMINI_API_KEY") or env.get("GOOGLE_API_KEY") or "").strip()
        if model == "gemini" and not key:
            raise ConfigError(
                "NOTEBOOK_AGENT_MODEL=gemini needs an API key",
                "Set GEMINI_API_KEY (or use auto/offline).",
                setting="NOTEBOOK_AGENT_MODEL",
                value=model,
            )
        start = (env.get("NOTEBOOK_AGENT_KERNEL_START") or "fork").strip()
        if start not in ("fork", "spawn"):
            raise ConfigError(
                f"NOTEBOOK_AGENT_KERNEL_START={start!r} is not a start mode",
                "Use fork or spawn.",
                setting="NOTEBOOK_AGENT_KERNEL_START",
                value=start,
            )
        gemini_model = (env.get("NOTEBOOK_AGENT_GEMINI_MODEL") or "").strip() or DEFAULT_GEMINI_MODEL
        if not _MODEL_NAME.fullmatch(gemini_model):
            raise ConfigError(
                f"NOTEBOOK_AGENT_GEMINI_MODEL={gemini_model!r} is not a model name",
                f"Write a model name such as {DEFAULT_GEMINI_MODEL}.",
                setting="NOTEBOOK_AGENT_GEMINI_MODEL",
                value=gemini_model,
            )
        raw_pool = (env.get("NOTEBOOK_AGENT_POOL_SIZE") or "2").strip()
        if not raw_pool.isdigit() or int(raw_pool) > 64:
            raise ConfigError(
                f"NOTEBOOK_AGENT_POOL_SIZE={raw_pool!r} is not a pool size",
                "Use a whole number from 0 (no pool) to 64.",
                setting="NOTEBOOK_AGENT_POOL_SIZE",
                value=raw_pool,
            )
        return cls(
            data_dir=data_dir,
            kernel_start=start,
            pool_size=int(raw_pool),
            profile=env.get("NOTEBOOK_AGENT_SANDBOX_PROFILE", "default") or "default",
            uid_mode_setting=mode,
            uid_range=(first, last),
            allow_missing_layers=missing,
            model=model,
            gemini_api_key=key,
            gemini_model=gemini_model,
            gemini_base_url=(env.get("GOOGLE_GEMINI_BASE_URL") or "").strip() or None,
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read once)."""
    return Settings.from_env()
