"""A chat's kernel: where it runs, how it starts or is found again, and what it runs before the chat's cells.

Without gateways the kernel runs here, in the chat's sandbox (or comes ready from the pool for a new chat). With
gateways (`settings.gateway_urls`) it runs on a gateway host under this process's lease on the chat: attached when
recorded and alive, else started on the least loaded gateway and rebuilt by replay (`agent.session_gateway`). A
resumed chat's variables come back by running its notebook's successful cells again (:func:`replay`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from pathlib import Path
from typing import Any

from ..data._kernel_display import kernel_setup_code
from ..errors import ConfigError, KernelBusy, KernelError, SandboxError
from ..kernel.gateway import GatewayKernel
from ..kernel.pool import KernelPool
from ..kernel.session_kernel import SessionKernel
from ..ops.metrics import METRICS
from ..sandbox.profiles import load_profile
from ..sandbox.sandbox import Sandbox
from ..settings import Settings
from .notebook import NotebookRecord
from .session_gateway import ChatLease, attach_kernel, rebuild_note, start_kernel, upload_again
from .session_record import ChatRecord

__all__ = ["KERNEL_SETUP", "OLD_PREAMBLES", "PREAMBLE", "ChatKernel", "replay"]

log = logging.getLogger("notebook_agent.agent.session")  # the chat's log lines keep one logger name

# (matplotlib reads text between two "$" as math: "Store $ as % of Camp Fees $" as a chart's label fails to draw)
PREAMBLE = (
    "import pandas as pd\nimport numpy as np\nimport matplotlib.pyplot as plt\n\n"
    'plt.rcParams["text.parse_math"] = False  # a "$" in a column name is a dollar sign, not math'
)
# The set-up cell of notebooks made before the line above: an import of one still counts as made already
OLD_PREAMBLES = ("import pandas as pd\nimport numpy as np\nimport matplotlib.pyplot as plt",)
# Run in every kernel before anything else, and not recorded: how this host's kernels read, not analysis. pandas
# >= 3.1 reads a big CSV in parallel from a map of the whole file, which takes about 4 GB of address space for a
# 1 GB file (the default profile's whole limit) and is slower there than the serial read's ~3.4 GB. Then the
# display formatters: Plotly figures, Altair charts and DataFrames as the page draws them (`data/_kernel_display`).
KERNEL_SETUP = """def _notebook_agent_setup():
    import pandas
    try:
        pandas.set_option("mode.max_threads", 1)
    except Exception:  # an older pandas reads serially anyway
        pass
try:
    _notebook_agent_setup()
finally:
    del _notebook_agent_setup
""" + kernel_setup_code()


async def replay(kernel: SessionKernel | GatewayKernel, notebook: NotebookRecord) -> None:
    """Rebuild the kernel's variables: run the notebook's setup and successful code cells again."""
    for source in notebook.successful_code():
        await kernel.execute(source)


def _local_location() -> dict[str, Any]:
    """Where a kernel of this process runs, as recorded in the database."""
    return {"kind": "local", "host": socket.gethostname(), "pid": os.getpid()}


class ChatKernel:
    """The kernel of one open chat (and its sandbox when it runs here), from start to close.

    `busy` is the chat's turn lock: the chat is given up to another process only between turns.
    """

    def __init__(self, settings: Settings, record: ChatRecord, busy: asyncio.Lock) -> None:
        self.settings = settings
        self._record = record
        self._busy = busy
        self.kernel: SessionKernel | GatewayKernel | None = None
        self.sandbox: Sandbox | None = None
        self.gateway = bool(settings.gateway_urls)  # kernels on gateways, a lease on the chat
        self.lease: ChatLease | None = None
        # The chat was given up to another process (asked for, or the lease ran out): this object is done.
        self.released = False
        self.rebuilt: str | None = None  # said with the next answer: the kernel was rebuilt on another host
        self._counted = False  # in the live-kernels gauge

    @property
    def upload_dir(self) -> Path:
        """The chat's folder in the upload store (gateways: the copies a rebuilt kernel gets again)."""
        return self.settings.upload_store / self._record.id

    @property
    def sandbox_info(self) -> dict[str, Any] | None:
        """The layers the kernel runs under, as its gateway host verified them (None for a local kernel)."""
        return self.kernel.sandbox_info if isinstance(self.kernel, GatewayKernel) else None

    def _count(self) -> None:
        METRICS.live_kernels.inc()
        self._counted = True

    def _uncount(self) -> None:
        if self._counted:
            METRICS.live_kernels.dec()
            self._counted = False

    async def _run(self, code: str) -> Any:
        """Run a set-up cell (not recorded)."""
        assert self.kernel is not None
        return await self.kernel.execute(code)

    async def _first_cell(self) -> None:
        """A new chat's first cell: the imports every analysis starts from, kept in the notebook as setup."""
        res = await self._run(PREAMBLE)
        self._record.begin()
        self._record.notebook.add_code(PREAMBLE, res.outputs, 1, role="setup", failed=res.status != "ok")
        await self._record.commit()

    # -- start -------------------------------------------------------------------------------------------------
    async def take_lease(self) -> dict[str, Any] | None:
        """Gateways: become the process that drives the chat; where its kernel ran (None when nowhere)."""
        record = self._record
        self.lease = ChatLease(
            record.db,
            record.id,
            busy=self._busy,
            location=lambda: record.meta.get("kernel_location"),
            give_up=self.give_up,
        )
        return await self.lease.take()

    async def start(
        self, location: dict[str, Any] | None, resuming: bool, pool: KernelPool | None, *, interrupt: bool
    ) -> None:
        """Start (or attach to) the chat's kernel and bring its variables back when `resuming`.

        `location` is what the lease said; `interrupt`: a turn was in flight, so a cell may still be running.
        """
        if self.gateway:
            await self._start_on_gateway(location, resuming, interrupt=interrupt)
        else:
            await self._start_here(resuming, pool)

    async def _start_here(self, resuming: bool, pool: KernelPool | None) -> None:
        """A kernel of this process: a ready one from the pool for a new chat, else one started in its sandbox."""
        kernel = await pool.acquire() if pool is not None and not resuming else None
        if kernel is not None:
            sandbox = kernel.sandbox
            self.kernel, self.sandbox = kernel, sandbox
            self._count()
        else:
            profile = load_profile(self.settings.profile)
            sandbox_id = self._record.meta.get("sandbox_id") if resuming else None
            if resuming and (not sandbox_id or sandbox_id == self._record.id):  # from when sandboxes took the chat id
                sandbox_id = await asyncio.to_thread(self._record.rename_legacy_sandbox)
            # Never the session id: the kernel sees its sandbox's name, and the session id is what resumes a chat.
            sandbox = await asyncio.to_thread(Sandbox.create, self.settings, profile, sandbox_id or Sandbox.new_id())
            self.sandbox = sandbox
            kernel = self.kernel = SessionKernel(sandbox, settings=self.settings)
            async with pool.on_demand() if pool is not None else contextlib.nullcontext():
                await kernel.start()
            self._count()
        self._record.meta["sandbox_id"] = sandbox.id
        self._record.meta["kernel_location"] = _local_location()
        await self._record.save_meta()  # at once: a failed start must not lose track of the sandbox
        await kernel.execute(KERNEL_SETUP)
        if resuming and self._record.notebook.cells:
            await replay(kernel, self._record.notebook)
        else:
            await self._first_cell()

    async def _start_on_gateway(self, location: dict[str, Any] | None, resuming: bool, *, interrupt: bool) -> None:
        """Attach to the chat's kernel where it runs, or start one (rebuilt by replay when the old one is lost)."""
        lost = None
        if resuming and location and location.get("kind") == "gateway":
            try:
                self.kernel = await attach_kernel(self.settings, location, interrupt=interrupt)
            except (KernelError, ConfigError, SandboxError) as exc:
                lost = (str(location.get("url")), exc.problem)
            else:
                self._count()
                self._record.meta["kernel_location"] = {k: location[k] for k in ("kind", "url", "kernel_id")}
                await self._record_location()
                log.info("chat attached to its kernel", extra={"gateway": location["url"]})
                return
        await self._new_gateway_kernel(avoid=lost[0] if lost else None)
        await self._run(KERNEL_SETUP)
        if resuming and self._record.notebook.cells:
            await self._rebuild_state(lost[1] if lost else None)
        else:
            await self._first_cell()

    async def _record_location(self) -> None:
        assert self.lease is not None
        await self.lease.record(self._record.meta["kernel_location"])

    async def _new_gateway_kernel(self, avoid: str | None = None) -> None:
        kernel, location = await start_kernel(self.settings, avoid)
        self.kernel = kernel
        self._count()
        self._record.meta["sandbox_id"] = None  # the sandbox is the gateway host's
        self._record.meta["kernel_location"] = location
        await self._record_location()
        await self._record.save_meta()

    async def _rebuild_state(self, why: str | None) -> None:
        """A fresh kernel for a stored chat: its uploads written again, its successful cells run again."""
        kernel, notebook, files = self.kernel, self._record.notebook, self._record.meta["files"]
        assert isinstance(kernel, GatewayKernel)
        missing = await upload_again(kernel, self.upload_dir, files)
        await replay(kernel, notebook)
        if why is not None:
            cells = len(notebook.successful_code())
            self.rebuilt = rebuild_note(why, cells, len(files), missing)
            log.warning("chat rebuilt on another gateway", extra={"cells": cells, "missing_files": len(missing)})

    # -- while open --------------------------------------------------------------------------------------------
    async def ensure(self) -> None:
        """Before a turn or upload: a chat given up is refused; a kernel lost with its host is rebuilt elsewhere."""
        if self.released or (self.gateway and not (self.lease is not None and self.lease.held)):
            raise KernelBusy("this chat moved to another app process", "Send your message again.")
        kernel = self.kernel
        if not isinstance(kernel, GatewayKernel):
            return
        why = await kernel.lost()
        if why is None:
            return
        avoid = kernel.gateway.url
        await kernel.detach()
        self.kernel = None
        self._uncount()
        await self._new_gateway_kernel(avoid=avoid)
        await self._run(KERNEL_SETUP)
        await self._rebuild_state(why)

    async def give_up(self) -> None:
        """Leave the chat to another process: the kernel keeps running, this object is done with it."""
        async with self._busy:
            self.released = True
            if self.kernel is not None:
                kernel, self.kernel = self.kernel, None
                if isinstance(kernel, GatewayKernel):
                    await kernel.detach()
                else:
                    kernel.detach()
                self._uncount()
            if self.lease is not None and self.lease.held:
                with contextlib.suppress(Exception):
                    await self.lease.release(keep=True)

    async def close(self) -> None:
        """Stop the kernel, give the lease back and close the sandbox (its files stay for a resume)."""
        self._uncount()
        if self.lease is not None:
            await self.lease.stop_renewing()
        if self.kernel is not None:
            await self.kernel.shutdown()
            self.kernel = None
            if not self.gateway:
                await self._record.forget_location()
        if self.lease is not None and self.lease.held:
            self._record.meta.pop("kernel_location", None)
            try:
                await self.lease.release(keep=False)
            except Exception as exc:  # closing goes on: the lease runs out by itself
                log.warning("could not give the chat's lease back: %s", type(exc).__name__)
        if self.sandbox is not None:
            await asyncio.to_thread(self.sandbox.close, False)
            self.sandbox = None
