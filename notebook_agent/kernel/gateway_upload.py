"""Uploads into a gateway kernel's work directory, through the kernel protocol: no shared volume is needed.

The kernel side is :data:`UPLOAD_SETUP`, run silently in each new kernel: it registers a comm target whose handler
writes the binary buffers it receives to a file in the kernel's work directory. The app side is :func:`send_file`:
the file is read and sent in chunks with a bounded window of unacknowledged ones, so memory stays flat on every hop
(app, gateway, kernel) whatever the file's size. :meth:`.gateway.GatewayKernel.upload` checks the file
(:func:`check_upload`), then sends it while no cell runs.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from ..errors import KernelStartError, UploadError, UploadTooBig
from ..sandbox.profiles import Limits

if TYPE_CHECKING:
    from .gateway_wire import GatewayChannels, Message

__all__ = [
    "UPLOAD_CHUNK",
    "UPLOAD_SETUP",
    "UPLOAD_TARGET",
    "UPLOAD_WINDOW",
    "ProgressCallback",
    "UploadResult",
    "check_upload",
    "install_upload_handler",
    "send_file",
]

UPLOAD_TARGET = "notebook_agent.upload"
UPLOAD_CHUNK = 2 * 2**20  # bytes per upload message (the engine takes at most 10 MiB per WebSocket message)
UPLOAD_WINDOW = 8  # chunks sent and not yet acknowledged by the kernel
_UPLOAD_STALL_S = 60.0  # no acknowledgement for this long ends an upload

ProgressCallback = Callable[[int, int], Awaitable[None] | None]


@dataclass(frozen=True)
class UploadResult:
    """A file written into the kernel's work directory."""

    name: str
    bytes: int
    seconds: float

    @property
    def mb_per_s(self) -> float:
        """Throughput in MB/s (10^6 bytes)."""
        return self.bytes / 1e6 / self.seconds if self.seconds > 0 else 0.0


# Run (silently) in each new kernel: the upload comm's target. Files go to the directory the kernel started in (its
# work dir, before any cell could chdir), under a temporary name, renamed when complete.
UPLOAD_SETUP = """
def _notebook_agent_upload_setup():
    import os
    manager = get_ipython().kernel.comm_manager
    if TARGET in manager.targets:
        return
    work = os.getcwd()

    def target(comm, open_msg):
        name = open_msg["content"]["data"].get("name")
        if not isinstance(name, str) or name in ("", ".", "..") or "/" in name or "\\0" in name:
            comm.send({"error": "not a plain file name: " + repr(name)})
            comm.close()
            return
        part = os.path.join(work, ".upload-" + comm.comm_id + ".part")
        state = {"fd": None, "bytes": 0, "seq": 0}

        def fail(exc):
            if state["fd"] is not None:
                os.close(state["fd"])
                state["fd"] = None
            try:
                os.unlink(part)
            except OSError:
                pass
            comm.send({"error": type(exc).__name__ + ": " + str(exc)})
            comm.close()

        def on_msg(msg):
            try:
                if state["fd"] is None:
                    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC
                    state["fd"] = os.open(part, flags, 0o600)
                data = msg["content"]["data"]
                if data.get("seq") != state["seq"]:
                    raise ValueError("chunk %r came when %r was due" % (data.get("seq"), state["seq"]))
                state["seq"] += 1
                for buf in msg["buffers"]:
                    view = memoryview(buf).cast("B")
                    state["bytes"] += len(view)
                    while view:
                        view = view[os.write(state["fd"], view):]
                if data.get("done"):
                    os.close(state["fd"])
                    state["fd"] = None
                    os.replace(part, os.path.join(work, name))
                    comm.send({"done": True, "bytes": state["bytes"]})
                    comm.close()
                else:
                    comm.send({"seq": data.get("seq"), "bytes": state["bytes"]})
            except Exception as exc:
                fail(exc)

        def on_close(msg):
            if state["fd"] is not None:
                fail(ConnectionAbortedError("the upload was abandoned"))

        comm.on_msg(on_msg)
        comm.on_close(on_close)

    manager.register_target(TARGET, target)

_notebook_agent_upload_setup()
del _notebook_agent_upload_setup
""".replace("TARGET", repr(UPLOAD_TARGET))


async def install_upload_handler(ch: GatewayChannels, what: str, timeout_s: float) -> None:
    """Register the upload comm's target in a new kernel (:data:`UPLOAD_SETUP`, run silently)."""
    reply = await ch.run_hidden(UPLOAD_SETUP, timeout_s)
    if reply.get("status") != "ok":
        raise KernelStartError(
            f"{what} refused the upload set-up: {reply.get('ename', '')}: {reply.get('evalue', '')}",
            "Restart the kernel; if it keeps failing, check the gateway host's kernel logs.",
        )


def check_upload(source: str | os.PathLike[str], name: str, limits: Limits) -> tuple[Path, int]:
    """The file to send and its size, once `name` is a plain file name and the size within the profile's limit."""
    if not name or name in (".", "..") or "/" in name or "\0" in name or len(name.encode()) > 255:
        raise UploadError(f"not a plain file name: {name!r}", "Give the file a name without folders.", name=name)
    path = Path(source)
    total = path.stat().st_size
    limit = limits.file_size_mb * 2**20
    if total > limit:
        raise UploadTooBig(
            f"{name} is {total / 2**20:.0f} MiB; the kernel's files may not exceed {limit / 2**20:.0f} MiB",
            name=name,
            size=total,
            limit=limit,
        )
    return path, total


async def send_file(
    ch: GatewayChannels,
    path: Path,
    name: str,
    total: int,
    *,
    chunk_bytes: int = UPLOAD_CHUNK,
    window: int = UPLOAD_WINDOW,
    on_progress: ProgressCallback | None = None,
) -> int:
    """Send a file to the kernel as `name` on an upload comm of its own; the bytes the kernel wrote.

    Chunks carry sequence numbers the kernel checks, and the kernel's byte count must match ours at the end: TCP,
    the WebSocket and ZMQ deliver bytes intact and in order, so what could go wrong between the two ends is a lost,
    repeated or reordered message (a hash of the whole file on both ends would cost a 2-core host a third of its
    throughput).
    """
    comm_id = uuid.uuid4().hex
    replies = ch.open_comm(comm_id)
    try:
        with path.open("rb") as fh:
            ch.send(
                "comm_open",
                {"comm_id": comm_id, "target_name": UPLOAD_TARGET, "data": {"name": name, "size": total}},
            )
            return await _send_chunks(ch, comm_id, fh, name, total, chunk_bytes, window, replies, on_progress)
    finally:
        ch.forget_comm(comm_id)


async def _send_chunks(
    ch: GatewayChannels,
    comm_id: str,
    fh: BinaryIO,
    name: str,
    total: int,
    chunk_bytes: int,
    window: int,
    replies: asyncio.Queue[Message],
    on_progress: ProgressCallback | None,
) -> int:
    """Send the file's chunks, never more than `window` unacknowledged, then the end; the bytes written."""
    sent = seq = acked = 0
    while True:
        chunk: bytes = await asyncio.to_thread(fh.read, chunk_bytes)
        end = not chunk
        while seq - acked >= window or (end and acked < seq):
            await _take_ack(ch, replies, name, acked, total, on_progress)
            acked += 1
        if end:
            break
        ch.send("comm_msg", {"comm_id": comm_id, "data": {"seq": seq}}, [chunk])
        seq += 1
        sent += len(chunk)
    ch.send("comm_msg", {"comm_id": comm_id, "data": {"seq": seq, "done": True}})
    reply = await _upload_reply(ch, replies, name)
    if not reply.get("done") or reply.get("bytes") != sent:
        raise UploadError(
            f"{name} arrived incomplete in the kernel ({reply.get('bytes')} of {sent} bytes written)", name=name
        )
    return sent


async def _take_ack(
    ch: GatewayChannels,
    replies: asyncio.Queue[Message],
    name: str,
    seq: int,
    total: int,
    on_progress: ProgressCallback | None,
) -> None:
    """Wait for the kernel's acknowledgement of chunk `seq` (the next due), then report the progress it gives."""
    reply = await _upload_reply(ch, replies, name)
    if reply.get("seq") != seq or reply.get("done"):
        raise UploadError(f"the kernel acknowledged the upload of {name} out of order", name=name)
    if on_progress is not None:
        res = on_progress(int(reply.get("bytes", 0)), total)
        if inspect.isawaitable(res):
            await res


async def _upload_reply(ch: GatewayChannels, acks: asyncio.Queue[Message], name: str) -> dict[str, Any]:
    """The kernel's next word on the upload comm (an error or a close ends the upload)."""
    deadline = time.monotonic() + _UPLOAD_STALL_S
    while True:
        if ch.restarted or ch.closed is not None:
            raise UploadError(
                f"the kernel stopped during the upload of {name} ({ch.closed or 'it was restarted'})",
                "Upload the file again.",
                name=name,
            )
        left = deadline - time.monotonic()
        if left <= 0:
            raise UploadError(f"the kernel stopped acknowledging the upload of {name}", name=name)
        try:
            msg = await asyncio.wait_for(acks.get(), min(left, 0.5))
        except TimeoutError:
            continue
        if msg["msg_type"] == "comm_close":
            raise UploadError(f"the kernel closed the upload of {name} (it has no upload handler)", name=name)
        data = msg["content"].get("data")
        if not isinstance(data, dict):
            continue
        if "error" in data:
            raise UploadError(f"the kernel could not write {name}: {data['error']}", name=name)
        return data
