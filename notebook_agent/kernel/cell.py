"""The cell run: one cell from its execute_request to its :class:`CellResult`.

Owns one cell's state (:class:`CellRun`): its deadline and the escalation past it (interrupt, then restart when
the interrupt does not stop it), the 0.25 s tick that checks the process, the disk and memory (a short cell never
reaches it), the reading of iopub until the cell's idle status and of shell for its reply, and the notes the
result ends with. A cell is over once its idle status is in (all its iopub output precedes it) and its reply too.

The idle status can be lost: a kernel's iopub socket drops what passes its high-water mark (~1,000 messages queued
each side) when the reader falls behind a flood of outputs (a loaded machine, a slow output callback). So the tick
also reads the shell channel: once the cell's execute_reply is in and no iopub message of the cell came for
``_IDLE_GRACE_S``, the cell ends with what arrived and a note that output was lost, instead of waiting for its
time limit (and then restarting a kernel that was idle all along).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from .death import exit_code, record_death, rss_mb
from .outputs import Output, OutputCallback, OutputCollector
from .wire import KernelWire

if TYPE_CHECKING:
    from .session_kernel import SessionKernel

__all__ = ["CellResult", "CellRun", "Status"]

Status = Literal["ok", "error", "timeout", "died", "interrupted"]
Reason = Literal["timeout", "disk"]

_POLL_S = 0.25  # how often a running cell checks the clock, the process and the disk
_REPLY_GRACE_S = 10.0  # how long the execute_reply may trail the idle status before we stop waiting for it
_IDLE_GRACE_S = 2.0  # how long after its execute_reply a quiet cell's iopub may still bring its idle status
_INLINE_SCAN_CELL_S = 0.02  # a cell this short is followed by a disk scan on the loop (see SessionKernel.disk_over_cap)


@dataclass
class CellResult:
    """What one cell did."""

    status: Status
    outputs: list[Output] = field(default_factory=list)
    execution_count: int | None = None
    error: dict[str, Any] | None = None
    duration_s: float = 0.0
    notes: list[str] = field(default_factory=list)
    restarted: bool = False
    truncated_bytes: int = 0
    truncated_outputs: int = 0

    @property
    def stdout(self) -> str:
        """All stdout text of the cell."""
        return "".join(o.get("text", "") for o in self.outputs if o.output_type == "stream" and o.name == "stdout")

    @property
    def stderr(self) -> str:
        """All stderr text of the cell."""
        return "".join(o.get("text", "") for o in self.outputs if o.output_type == "stream" and o.name == "stderr")


class CellRun:
    """One cell in flight on a :class:`SessionKernel`; :meth:`run` once.

    ``stop_requested`` is set by :meth:`SessionKernel.interrupt` (the Stop button): a KeyboardInterrupt then
    reads as "interrupted" rather than as an error.
    """

    def __init__(
        self, kernel: SessionKernel, wire: KernelWire, code: str, timeout: float, on_output: OutputCallback | None
    ) -> None:
        self.kernel = kernel
        self.wire = wire
        self.code = code
        self.timeout = timeout
        self.limits = kernel.profile.limits
        self.collector = OutputCollector(self.limits.output_cap_kb * 1024, on_output, self.limits.output_cap_count)
        self.result = CellResult(status="ok")
        self.stop_requested = False
        self.start = time.monotonic()
        self.deadline = self.start + timeout
        self.reason: Reason | None = None  # why we interrupted
        self.interrupted_at: float | None = None
        self.last_rss = 0.0
        self.msg_id = ""
        self.reply: dict[str, Any] | None = None  # the cell's execute_reply, once read
        self.last_iopub = self.start  # when the last iopub message of the cell came
        self.reply_at = 0.0
        self.idle_lost = False  # the cell ended on its reply: its idle status (and maybe output) was dropped

    async def run(self) -> CellResult:
        """Send the cell, follow it to its end (or the kernel's), and build the result."""
        self.msg_id = self.wire.execute(self.code)
        if await self._follow_iopub():
            await self._take_reply()
            self._settle_status()
        if self.result.status in ("ok", "error", "interrupted") and not self.result.restarted:
            short = time.monotonic() - self.start <= _INLINE_SCAN_CELL_S
            over = await self.kernel.disk_over_cap(after_short_cell=short)
            if over and over not in self.result.notes:
                self.result.notes.append(over)
        return await self._finish()

    async def _follow_iopub(self) -> bool:
        """Read the cell's iopub messages until its idle status (True), or until it died or was restarted."""
        next_tick = self.start + _POLL_S
        while True:
            now = time.monotonic()
            if self.interrupted_at is None and now >= self.deadline:
                await self._interrupt("timeout", now)
            elif self.interrupted_at is not None and now >= self.interrupted_at + self.limits.interrupt_grace_s:
                await self._restart_after_stuck()
                return False
            if now >= next_tick:  # never reached by a short cell
                next_tick = now + _POLL_S
                if not await self._tick(now):
                    return False
            wake = min(next_tick, self._escalation_at())
            msg = await self.wire.iopub(wake - time.monotonic())
            if msg is not None and msg["parent_header"].get("msg_id") == self.msg_id:
                self.last_iopub = time.monotonic()
                if await self._on_iopub(msg):
                    return True
            elif self._idle_lost(time.monotonic()):
                return True

    def _idle_lost(self, now: float) -> bool:
        """The cell's execute_reply is in but its iopub has been quiet for the grace: its idle status was dropped."""
        if self.reply is None or now - max(self.last_iopub, self.reply_at) < _IDLE_GRACE_S:
            return False
        self.idle_lost = True
        return True

    def _escalation_at(self) -> float:
        """When the next step past the deadline is due: the interrupt, or the restart after its grace."""
        if self.interrupted_at is None:
            return self.deadline
        return self.interrupted_at + self.limits.interrupt_grace_s

    async def _interrupt(self, reason: Reason, now: float) -> None:
        assert self.kernel.km is not None
        self.reason, self.interrupted_at = reason, now
        await self.kernel.km.interrupt_kernel()

    async def _tick(self, now: float) -> bool:
        """The slow checks: process alive (else the death is handled: False), disk under its cap, memory seen."""
        if not await self.kernel.is_alive():
            await self._handle_death()
            return False
        if self.interrupted_at is None:
            over = await self.kernel.disk_over_cap()
            if over:
                self.result.notes.append(over)
                await self._interrupt("disk", now)
        self.last_rss = rss_mb(self.kernel.pid) or self.last_rss
        if self.reply is None:  # without waiting: a reply in means the kernel is done with the cell
            reply = await self.wire.shell(0)
            if reply is not None and reply["parent_header"].get("msg_id") == self.msg_id:
                self.reply, self.reply_at = reply, now
        return True

    async def _on_iopub(self, msg: dict[str, Any]) -> bool:
        """Take one iopub message of the cell; True when it is the cell's idle status."""
        mtype, content = msg["msg_type"], msg["content"]
        result = self.result
        if mtype == "status":
            return bool(content["execution_state"] == "idle")
        if mtype == "clear_output":
            await self.collector.clear(bool(content.get("wait")))
        elif mtype in ("stream", "display_data", "execute_result", "error"):
            if mtype == "error":
                result.error = {
                    "ename": content["ename"],
                    "evalue": content["evalue"],
                    "traceback": content["traceback"],
                }
            if mtype == "execute_result":
                result.execution_count = content.get("execution_count")
            await self.collector.add(msg)
        elif mtype == "execute_input":
            result.execution_count = content.get("execution_count")
        return False

    async def _take_reply(self) -> None:
        """The cell's execute_reply (read by the tick, else awaited a grace at most): its count and error."""
        reply = self.reply
        until = time.monotonic() + _REPLY_GRACE_S
        while reply is None:
            left = until - time.monotonic()
            if left <= 0:
                return
            msg = await self.wire.shell(min(left, _POLL_S))
            if msg is not None and msg["parent_header"].get("msg_id") == self.msg_id:
                reply = msg
            elif msg is None and not await self.kernel.is_alive():
                return  # after idle the cell is done: the next one finds the kernel gone
        content = reply["content"]
        self.result.execution_count = content.get("execution_count", self.result.execution_count)
        if content.get("status") == "error" and self.result.error is None:
            self.result.error = {
                "ename": content.get("ename", ""),
                "evalue": content.get("evalue", ""),
                "traceback": content.get("traceback", []),
            }

    def _settle_status(self) -> None:
        """The status of a cell that reached its idle status (or its reply, when the idle status was lost)."""
        result = self.result
        if self.idle_lost:
            result.notes.append(
                "Some output of this cell may be missing: it came faster than it could be read and part of it "
                "was dropped, the end of the cell with it (the cell ended on the kernel's reply)."
            )
        if self.reason == "timeout":
            result.status = "timeout"
            result.notes.append(
                f"Cell stopped after the {self.timeout:g} s time limit (interrupted; the kernel "
                "and its variables were kept)."
            )
        elif self.reason == "disk":
            result.status = "error"
        elif result.error is not None:
            interrupted = self.stop_requested and result.error["ename"] == "KeyboardInterrupt"
            result.status = "interrupted" if interrupted else "error"

    async def _restart_after_stuck(self) -> None:
        what = f"the {self.timeout:g} s time limit" if self.reason == "timeout" else "the disk limit"
        await self.kernel.restart()
        self.result.restarted = True
        self.result.status = "timeout" if self.reason == "timeout" else "error"
        self.result.notes.append(
            f"Cell exceeded {what} and did not stop when interrupted, so the kernel was "
            "restarted: variables were lost, files in the session were kept."
        )

    async def _handle_death(self) -> None:
        assert self.kernel.km is not None
        message = record_death(exit_code(self.kernel.km), self.last_rss, self.limits.address_space_mb)
        result = self.result
        result.status = "died"
        result.error = {"ename": "KernelDied", "evalue": message, "traceback": []}
        try:
            await self.kernel.restart()
            result.restarted = True
            result.notes.append(message + " The kernel was restarted: variables were lost, files were kept.")
        except Exception as exc:
            result.notes.append(f"{message} Restarting it failed: {exc}")

    async def _finish(self) -> CellResult:
        """Truncation notes, every note as a visible output, the outputs and the duration."""
        result, collector, lim = self.result, self.collector, self.limits
        if collector.dropped:
            result.truncated_bytes = collector.dropped
            result.notes.append(
                f"Output truncated: {collector.dropped / 1024:.0f} KiB more were not kept "
                f"(limit {lim.output_cap_kb} KiB per cell)."
            )
        if collector.dropped_outputs:
            result.truncated_outputs = collector.dropped_outputs
            result.notes.append(
                f"Output truncated: {collector.dropped_outputs:,} more outputs were not kept "
                f"(limit {lim.output_cap_count:,} outputs per cell)."
            )
        for note in result.notes:
            await collector.note(note)
        result.outputs = collector.outputs
        result.duration_s = time.monotonic() - self.start
        return result
