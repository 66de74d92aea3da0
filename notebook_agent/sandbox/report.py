"""The host report: which isolation layers this host supports and which a profile would put in force.

What `notebook-agent doctor` prints and the app's sandbox panel shows, as data.
"""

from __future__ import annotations

from typing import Any

from ..errors import MissingLayerError
from ..settings import Settings
from . import host
from .profiles import load_profile

__all__ = ["doctor_report"]


def doctor_report(settings: Settings) -> dict[str, Any]:
    """What `doctor` prints, as data."""
    profile = load_profile(settings.profile)
    support = host.probe()
    wanted = (["uid"] if settings.uid_mode == "per-session" else []) + list(profile.required_layers)
    try:
        waived = host.check_requirements(profile, settings, support)
        problem = None
    except MissingLayerError as exc:
        waived, problem = exc.layers, str(exc)
    in_force = [layer for layer in wanted if support.layers.get(layer)]
    reach: list[str] = []
    if settings.uid_mode == "per-session":
        reach = host.unreachable_for(list(host.python_paths()), settings.uid_range[0], settings.uid_range[0])
        if reach and problem is None:
            problem = "the kernel's Python is unreachable for session uids: " + "; ".join(reach)
    lim = profile.limits
    return {
        "ok": problem is None,
        "problem": problem,
        "uid_mode": settings.uid_mode,
        "uid_range": list(settings.uid_range),
        "data_dir": str(settings.data_dir),
        "landlock_abi": support.landlock_abi,
        "host": {
            layer: {"supported": support.layers[layer], "detail": support.details[layer]} for layer in support.layers
        },
        "profile": {
            "name": profile.name,
            "path": profile.path,
            "description": profile.description,
            "required_layers": list(profile.required_layers),
            "limits": lim.model_dump(),
        },
        "in_force": in_force,
        "missing": [layer for layer in wanted if not support.layers.get(layer)],
        "waived": list(waived) if problem is None else [],
        "python_unreachable": reach,
    }
