"""The ready-wait both kinds of kernel use (local `SessionKernel`, remote `GatewayKernel`).

Ask kernel_info until the kernel replies on shell and something has come through iopub. The reply proves the
shell is served; an iopub message (the kernel's iopub_welcome on subscribing, or the busy/idle around kernel_info)
proves our subscription is in place, so the first cell's output cannot be dropped by a PUB socket that has no
subscriber yet (the "slow joiner"). The request is sent again on a growing gap in case the first went out before
the connection was up: no fixed waits (jupyter_client's ``wait_for_ready`` waits in 0.2 s steps).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from ..errors import KernelTimeout

__all__ = ["ReadyChannels", "wait_ready"]

READY_RESEND_S = 0.1  # first gap before kernel_info is asked again when no reply came (doubles, up to 1 s)
IOPUB_RESEND_S = 0.02  # replied but nothing on iopub yet: ask again soon, its status messages prove the subscription


class ReadyChannels(Protocol):
    """What the wait needs of a kernel's channels (`wire.Wire`, the gateway's WebSocket channels)."""

    def kernel_info(self) -> str:
        """Send a kernel_info_request; its msg_id."""
        ...

    async def shell(self, timeout_s: float) -> Any:
        """The next shell message, or None after `timeout_s`."""
        ...

    async def iopub(self, timeout_s: float) -> Any:
        """The next iopub message, or None after `timeout_s`."""
        ...


async def wait_ready(ch: ReadyChannels, what: str, timeout: float, gone: Callable[[], Awaitable[None]]) -> None:
    """Return once `ch` is ready; `gone()` raises when the kernel is known to be dead (checked every round).

    Raises:
        KernelTimeout: no answer within `timeout` seconds.
    """
    now = time.monotonic()
    deadline, gap = now + timeout, READY_RESEND_S
    sent = {ch.kernel_info()}
    resend_at = now + gap
    replied = heard_iopub = False
    while not (replied and heard_iopub):
        now = time.monotonic()
        await gone()
        if now >= deadline:
            raise KernelTimeout(f"{what} did not become ready: no answer within {timeout:g} s.", timeout_s=timeout)
        if now >= resend_at:
            sent.add(ch.kernel_info())
            gap = min(gap * 2, 1.0)
            resend_at = now + (IOPUB_RESEND_S if replied else gap)
        wait = min(resend_at, deadline) - now
        if replied:
            heard_iopub = await ch.iopub(wait) is not None
            continue
        msg = await ch.shell(wait)
        if msg is not None and msg["msg_type"] == "kernel_info_reply" and msg["parent_header"].get("msg_id") in sent:
            replied = True
            resend_at = min(resend_at, time.monotonic() + IOPUB_RESEND_S)
        heard_iopub = heard_iopub or await ch.iopub(0) is not None
