"""Where the data folders (kernels/, sandbox_profiles/) are, from a checkout or an installed wheel."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["examples_dir", "kernels_dir", "profiles_dir"]

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"none of {', '.join(map(str, candidates))} exists; is the package installed whole?")


def profiles_dir() -> Path:
    """The sandbox_profiles folder: the checkout's, else the copy inside the wheel."""
    return _first_existing(_PACKAGE.parent / "sandbox_profiles", _PACKAGE / "_data" / "sandbox_profiles")


def kernels_dir() -> Path:
    """The kernels folder: the checkout's, else the one the wheel installed under share/jupyter."""
    return _first_existing(
        _PACKAGE.parent / "kernels", Path(sys.prefix) / "share" / "jupyter" / "kernels", _PACKAGE / "_data" / "kernels"
    )


def examples_dir() -> Path:
    """The examples folder: the checkout's, else the copy inside the wheel."""
    return _first_existing(_PACKAGE.parent / "examples", _PACKAGE / "_data" / "examples")
