"""Verify, then trust: read a kernel's /proc status and refuse one not confined as its profile says."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import SandboxError

__all__ = ["Confinement", "read_status", "verify_confinement"]


@dataclass(frozen=True)
class Confinement:
    """What was checked, for reports (`exec --json` → `sandbox`)."""

    pid: int
    uid: int
    gid: int
    no_new_privs: bool
    seccomp_mode: int
    seccomp_filters: int
    cap_eff: int
    layers: tuple[str, ...]
    landlock_abi: int

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"pid": self.pid, "uid": self.uid, "gid": self.gid, "no_new_privs": self.no_new_privs,
                "seccomp_mode": self.seccomp_mode, "seccomp_filters": self.seccomp_filters,
                "capabilities": self.cap_eff, "layers": list(self.layers), "landlock_abi": self.landlock_abi}


def read_status(pid: int) -> dict[str, str]:
    """The fields of /proc/<pid>/status."""
    with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
        return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in fh)}


def verify_confinement(pid: int, uid: int, gid: int, report: dict[str, Any], required: list[str]) -> Confinement:
    """Check the live process against what the launcher reported and the profile requires."""
    try:
        st = read_status(pid)
    except OSError as exc:
        raise SandboxError(f"kernel process {pid} vanished before it could be checked ({exc})") from None
    uids = [int(x) for x in st["Uid"].split()]
    gids = [int(x) for x in st["Gid"].split()]
    problems = []
    if any(u != uid for u in uids):
        problems.append(f"runs as uid {uids}, expected {uid}")
    if any(g != gid for g in gids):
        problems.append(f"runs as gid {gids}, expected {gid}")
    if st.get("NoNewPrivs") != "1":
        problems.append("NoNewPrivs is not set")
    seccomp_mode = int(st.get("Seccomp", "0"))
    filters = int(st.get("Seccomp_filters", "0"))
    if "seccomp" in required and (seccomp_mode != 2 or filters < 1):
        problems.append(f"no seccomp filter (Seccomp: {seccomp_mode}, filters: {filters})")
    cap_eff = int(st.get("CapEff", "0"), 16)
    if uid != 0 and cap_eff:
        problems.append(f"holds capabilities {cap_eff:#x}")
    layers = tuple(report.get("layers", []))
    for layer in required:
        if layer not in layers:
            problems.append(f"layer {layer} not in force")
    if report.get("pid") != pid:
        problems.append(f"report came from pid {report.get('pid')}, not {pid}")
    if problems:
        raise SandboxError("kernel is not confined as its profile requires: " + "; ".join(problems) +
                           ". It was stopped before running any code.")
    return Confinement(pid, uid, gid, True, seccomp_mode, filters, cap_eff, layers,
                       int(report.get("landlock_abi", 0)))
