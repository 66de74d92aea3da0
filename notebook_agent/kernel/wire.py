"""The wire: jupyter_client's own async client on one kernel, shell and iopub only, for a kernel we do not trust.

Owns the client's lifetime and the reading of one message at a time. Signing, the signature check and replay
protection are jupyter_client's ``Session``'s; what this module adds is that a message the session rejects, or one
whose parts are not what the protocol says (a sandboxed kernel can send anything on its own sockets), is dropped
instead of ending the cell. No stdin, heartbeat or control channel is opened: interrupts are signals and shutdowns
kills, and every extra connection is one more accept a kernel out of descriptors could abort on.
"""

from __future__ import annotations

import uuid
from queue import Empty
from typing import Any

import zmq
from jupyter_client.asynchronous.client import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager

__all__ = ["KernelWire"]

Message = dict[str, Any]


class KernelWire:
    """A started ``AsyncKernelClient`` (shell and iopub channels) on a kernel, closed with :meth:`close`."""

    def __init__(self, km: AsyncKernelManager) -> None:
        self.client: AsyncKernelClient = km.client()
        # Message ids are "<session>_<pid>_<count>", and every client from km.client() starts its own count under
        # the manager's session id: without an id of its own, this wire's requests would share ids with another
        # client's (``SessionKernel.kc``) and take that client's messages for its own.
        self.client.session.session = str(uuid.uuid4())
        self.client.start_channels(shell=True, iopub=True, stdin=False, hb=False, control=False)

    def close(self) -> None:
        """Close the channels (pending messages are dropped)."""
        self.client.stop_channels()

    def execute(self, code: str) -> str:
        """Send an execute_request; its msg_id."""
        # AsyncKernelClient builds its request methods with an untyped wrapper; without reply=True they return the id.
        msg_id: str = self.client.execute(
            code, silent=False, store_history=True, user_expressions={}, allow_stdin=False, stop_on_error=False
        )
        return msg_id

    def kernel_info(self) -> str:
        """Send a kernel_info_request; its msg_id."""
        msg_id: str = self.client.kernel_info()  # untyped wrapper, as in execute
        return msg_id

    async def iopub(self, timeout_s: float) -> Message | None:
        """The next iopub message within `timeout_s`; None when none came or it was dropped."""
        return _checked(await _get(self.client.get_iopub_msg, timeout_s))

    async def shell(self, timeout_s: float) -> Message | None:
        """The next shell reply within `timeout_s`; None when none came or it was dropped."""
        return _checked(await _get(self.client.get_shell_msg, timeout_s))


async def _get(get: Any, timeout_s: float) -> Message | None:
    try:
        msg: Message = await get(timeout=max(0.0, timeout_s))
    except Empty:
        return None
    except zmq.ZMQError:
        raise
    except Exception:  # a bad, replayed or missing signature, too few frames, undecodable JSON or dates: dropped
        return None
    return msg


def _checked(msg: Message | None) -> Message | None:
    """The message if its parts have the protocol's shape (what this package reads from them), else None."""
    if msg is None:
        return None
    if not (
        isinstance(msg.get("msg_type"), str)
        and isinstance(msg.get("parent_header"), dict)
        and isinstance(msg.get("content"), dict)
        and isinstance(msg.get("metadata"), dict)
    ):
        return None
    return msg
