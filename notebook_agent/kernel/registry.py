"""Live kernels keyed by session: never in gr.State (which deep-copies), freed when the browser leaves."""

from __future__ import annotations

import asyncio

from .session_kernel import SessionKernel

__all__ = ["KernelRegistry"]


class KernelRegistry:
    """Hands out one SessionKernel per session key, starting it on first use; caps how many are alive."""

    def __init__(self, max_kernels: int = 16) -> None:
        self.max_kernels = max_kernels
        self._kernels: dict[str, SessionKernel] = {}
        self._lock = asyncio.Lock()

    async def get(self, key: str) -> SessionKernel:
        """The session's kernel, started if needed. Raises RuntimeError when the cap is reached."""
        async with self._lock:
            kernel = self._kernels.get(key)
            if kernel is not None and await kernel.is_alive():
                return kernel
            if kernel is None and len(self._kernels) >= self.max_kernels:
                raise RuntimeError(f"All {self.max_kernels} kernels are busy; try again in a minute.")
            if kernel is not None:
                await kernel.shutdown()
            kernel = await SessionKernel().start()
            self._kernels[key] = kernel
            return kernel

    async def release(self, key: str) -> None:
        """End a session's kernel and its sandbox."""
        async with self._lock:
            kernel = self._kernels.pop(key, None)
        if kernel is not None:
            await kernel.shutdown()

    async def close(self) -> None:
        """End every kernel."""
        for key in list(self._kernels):
            await self.release(key)
