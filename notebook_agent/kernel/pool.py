"""A warm pool: ready, confined, never-used kernels waiting for new chats.

Each pooled kernel has a sandbox of its own (a fresh random id, its own uid lease) and is handed to exactly one
session, which then owns kernel and sandbox. The pool refills in the background one kernel at a time, and
holds back while a session is starting a kernel on demand, so a refill never competes with a person waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from ..errors import SandboxError
from ..ops.metrics import METRICS
from ..sandbox.profiles import Profile, load_profile
from ..sandbox.sandbox import Sandbox
from ..settings import Settings
from .session_kernel import SessionKernel

__all__ = ["KernelPool"]

log = logging.getLogger(__name__)

_RETRY_S = (1.0, 5.0, 30.0)  # back-off after failed refills; the pool never spins on a broken host


class KernelPool:
    """Keeps `size` kernels ready for the default profile; `acquire()` takes one (or None when empty)."""

    def __init__(self, settings: Settings, size: int | None = None, profile: Profile | None = None) -> None:
        self.settings = settings
        self.size = settings.pool_size if size is None else size
        self.profile = profile or load_profile(settings.profile)
        self._ready: list[SessionKernel] = []
        self._wanted = asyncio.Event()
        self._demand = 0  # starts on demand in progress: the refill waits for them
        self._idle = asyncio.Event()
        self._idle.set()
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self.hits = self.misses = 0

    def start(self) -> None:
        """Begin filling (in the running event loop)."""
        if self.size > 0 and self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._refill(), name="kernel-pool-refill")
            self._wanted.set()

    @property
    def ready(self) -> int:
        """Kernels waiting now."""
        return len(self._ready)

    def _counted(self) -> None:
        """The pool-size gauge follows the ready list (an app has one pool)."""
        METRICS.pool_size.set(len(self._ready))

    async def acquire(self) -> SessionKernel | None:
        """A ready kernel, now yours (with its sandbox), or None: then start one with :meth:`on_demand`."""
        while self._ready:
            kernel = self._ready.pop(0)
            self._counted()
            self._wanted.set()
            if await kernel.is_alive():
                # Handed out only after the same check as a first start: it sat unobserved meanwhile.
                try:
                    await kernel.reverify()
                except SandboxError as exc:
                    log.warning("a pooled kernel failed its check before hand-out; discarding it: %s", exc)
                    await _discard(kernel)
                    continue
                self.hits += 1
                return kernel
            METRICS.kernel_deaths.inc()
            log.warning("a pooled kernel died while waiting; discarding it")
            await _discard(kernel)
        self.misses += 1
        return None

    @contextlib.asynccontextmanager
    async def on_demand(self):  # type: ignore[no-untyped-def]
        """Wrap a kernel start a person waits for: the refill holds back meanwhile."""
        self._demand += 1
        self._idle.clear()
        try:
            yield
        finally:
            self._demand -= 1
            if self._demand == 0:
                self._idle.set()

    async def _refill(self) -> None:
        failures = 0
        while not self._closed:
            await self._wanted.wait()
            self._wanted.clear()
            while not self._closed and len(self._ready) < self.size:
                await self._idle.wait()
                started = time.monotonic()
                try:
                    kernel = await self._new_kernel()
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    failures += 1
                    delay = _RETRY_S[min(failures, len(_RETRY_S)) - 1]
                    log.warning("could not fill the kernel pool (%s); retrying in %g s", exc, delay)
                    await asyncio.sleep(delay)
                    continue
                failures = 0
                if self._closed:
                    await _discard(kernel)
                    return
                self._ready.append(kernel)
                self._counted()
                log.debug("pooled kernel ready in %.0f ms", (time.monotonic() - started) * 1000)

    async def _new_kernel(self) -> SessionKernel:
        sandbox = await asyncio.to_thread(Sandbox.create, self.settings, self.profile)
        kernel = SessionKernel(sandbox, settings=self.settings)
        try:
            return await kernel.start()
        except BaseException:
            await asyncio.to_thread(sandbox.close)
            raise

    async def close(self) -> None:
        """Stop refilling and end every waiting kernel (they were never used: their directories go too)."""
        self._closed = True
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
            self._task = None
        ready, self._ready = self._ready, []
        self._counted()
        for kernel in ready:
            await _discard(kernel)

    def discard_now(self) -> None:
        """Synchronous last resort at interpreter exit: kill the waiting kernels and remove their sandboxes."""
        self._closed = True
        ready, self._ready = self._ready, []
        self._counted()
        for kernel in ready:
            process = getattr(kernel.km.provisioner, "process", None) if kernel.km is not None else None
            with contextlib.suppress(Exception):
                if process is not None:
                    process.kill()
            if kernel._sandbox is not None:
                kernel._sandbox.close()


async def _discard(kernel: SessionKernel) -> None:
    sandbox = kernel._sandbox
    await kernel.shutdown()
    if sandbox is not None:
        await asyncio.to_thread(sandbox.close)
