"""Kernels: the sandbox provisioner (how a kernel is launched) and SessionKernel (how a session uses one)."""
