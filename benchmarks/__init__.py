"""Benchmarks: run with `make bench` (python -m benchmarks). Figures are medians and p95s, never test assertions."""
