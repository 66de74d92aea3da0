"""Sandbox profiles: validated data in sandbox_profiles/*.toml, each with an OCI seccomp policy beside it."""

from __future__ import annotations

import json
import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import ProfileError, SeccompError
from ..resources import profiles_dir
from . import seccomp

__all__ = ["LAYERS", "Profile", "load_profile", "profile_names"]

Layer = Literal["uid", "no-new-privs", "landlock-fs", "landlock-net", "landlock-scope", "seccomp", "rlimits", "cgroup"]
LAYERS: tuple[str, ...] = (
    "uid",
    "no-new-privs",
    "landlock-fs",
    "landlock-net",
    "landlock-scope",
    "seccomp",
    "rlimits",
    "cgroup",
)
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Limits(_Strict):
    address_space_mb: int = Field(ge=256, le=1 << 20)
    file_size_mb: int = Field(ge=1, le=1 << 20)
    open_files: int = Field(ge=64, le=1 << 20)
    threads: int = Field(ge=16, le=1 << 16)
    compute_threads: int = Field(ge=1, le=256)
    malloc_arenas: int = Field(ge=1, le=64)
    cell_timeout_s: float = Field(gt=0, le=86400)
    interrupt_grace_s: float = Field(gt=0, le=600)
    output_cap_kb: int = Field(ge=1, le=1 << 20)
    output_cap_count: int = Field(default=1000, ge=1, le=1 << 20)  # outputs kept per cell (stream chunks merge)
    disk_cap_mb: int = Field(ge=1, le=1 << 24)
    disk_cap_files: int = Field(ge=10, le=1 << 24)
    startup_timeout_s: float = Field(gt=0, le=600)


class Filesystem(_Strict):
    read_exec: tuple[str, ...] = ()
    read: tuple[str, ...] = ()
    read_write: tuple[str, ...] = ()


class Network(_Strict):
    deny_tcp: bool = True


class Scope(_Strict):
    abstract_unix_sockets: bool = True
    signals: bool = True


class SeccompSection(_Strict):
    policy: str


class Profile(_Strict):
    """One sandbox profile, validated. `seccomp_policy` is the loaded JSON."""

    name: str
    path: str
    description: str
    required_layers: tuple[Layer, ...]
    limits: Limits
    filesystem: Filesystem
    network: Network = Network()
    scope: Scope = Scope()
    seccomp: SeccompSection
    seccomp_policy: dict[str, Any]


def profile_names() -> list[str]:
    """Profiles shipped with the package."""
    return sorted(p.stem for p in profiles_dir().glob("*.toml"))


@lru_cache(maxsize=32)
def load_profile(name_or_path: str) -> Profile:
    """Load and validate a profile by name (`default`) or by path; raise ProfileError naming file and key."""
    path = Path(name_or_path)
    if not (path.suffix == ".toml" or "/" in name_or_path):
        if not _NAME.match(name_or_path):
            raise ProfileError(name_or_path, "name", "profile names are lower-case letters, digits, - and _")
        path = profiles_dir() / f"{name_or_path}.toml"
        if not path.is_file():
            raise ProfileError(
                str(path), "name", f"no profile {name_or_path!r}; choose one of: {', '.join(profile_names())}"
            )
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProfileError(str(path), "path", "file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(str(path), "syntax", str(exc)) from None
    for reserved in ("name", "path", "seccomp_policy"):
        if reserved in raw:
            raise ProfileError(str(path), reserved, "is set by the loader, not in the file")
    policy_file = (path.parent / str(raw.get("seccomp", {}).get("policy", ""))).resolve()
    try:
        policy = json.loads(policy_file.read_text(encoding="utf-8")) if policy_file.is_file() else None
    except json.JSONDecodeError as exc:
        raise ProfileError(str(policy_file), "syntax", str(exc)) from None
    if policy is None:
        raise ProfileError(str(path), "seccomp.policy", f"policy file {policy_file} not found")
    try:
        seccomp.validate_policy(policy, where=str(policy_file))
    except SeccompError as exc:
        raise ProfileError(str(policy_file), "policy", exc.problem) from None
    try:
        return Profile(name=path.stem, path=str(path), seccomp_policy=policy, **raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(part) for part in err["loc"]) or "(top level)"
        problem = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        raise ProfileError(str(path), key, problem) from None
