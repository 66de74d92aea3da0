"""Short, stable words for why something failed (metric labels and log fields), and the refused-upload event.

Labels come from the error's class (its nearest named ancestor), never from its message, so they stay a small
fixed set whatever the file, the model or the person wrote:

- an upload refused: `too_big`, `bad_format`, `unsafe`, `quota`, `busy`, `sandbox`, `kernel`, `refused`
  (any other UploadError), `not_found`, `other`;
- a model call failed: `timeout`, `rate_limited`, `unavailable`, `auth`, `blocked`, `not_found`, `reply`, `model`
  (any other ModelError), `unexpected` (not a ModelError: a bug or a library error).

Class names are compared, not classes: this module imports nothing of the package but the metrics, so the
accounts errors (a tree of their own for now) map the same way.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from .metrics import METRICS

__all__ = ["model_error_kind", "refusal_reason", "upload_refused"]

log = logging.getLogger(__name__)

_UPLOAD_REASONS = {
    "UploadTooBig": "too_big",
    "UploadFormatError": "bad_format",
    "UnsafeFileError": "unsafe",
    "QuotaExceeded": "quota",
    "QuotaExceededError": "quota",
    "ServerBusy": "busy",
    "SessionNotFound": "not_found",
    "SessionNotFoundError": "not_found",
    "SandboxError": "sandbox",
    "KernelError": "kernel",
    "UploadError": "refused",
}
_MODEL_KINDS = {
    "ModelTimeout": "timeout",
    "ModelRateLimited": "rate_limited",
    "ModelUnavailable": "unavailable",
    "ModelAuthError": "auth",
    "ModelBlocked": "blocked",
    "ModelNotFound": "not_found",
    "ModelReplyError": "reply",
    "ModelError": "model",
}


def _by_class(exc: BaseException, table: dict[str, str], default: str) -> str:
    for cls in type(exc).__mro__:  # the most specific named class wins
        if cls.__name__ in table:
            return table[cls.__name__]
    return default


def refusal_reason(exc: BaseException) -> str:
    """Why an upload was refused, as one of the short words above."""
    return _by_class(exc, _UPLOAD_REASONS, "other")


def model_error_kind(exc: BaseException) -> str:
    """What kind of failure a model call ended in, as one of the short words above."""
    return _by_class(exc, _MODEL_KINDS, "unexpected")


def upload_refused(exc: BaseException, path: Path | None = None) -> str:
    """Count and log one refused upload (its size and reason only: never its name or content); returns the reason."""
    reason = refusal_reason(exc)
    METRICS.count_upload_refused(reason)
    size = None
    if path is not None:
        with contextlib.suppress(OSError):
            size = path.stat().st_size
    log.info("upload refused", extra={"reason": reason, "error": type(exc).__name__, "bytes": size})
    return reason
