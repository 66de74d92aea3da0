"""`python -m benchmarks`: print a table and write benchmarks/results.json."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from . import agent_overhead, big_upload, kernel_basics


def main() -> None:
    results = {"kernel_basics": asyncio.run(kernel_basics.run()), "agent": agent_overhead.run()}
    print(f"{'figure':45} {'p50 ms':>10} {'p95 ms':>10}")
    for name, fig in results["kernel_basics"].items():
        if "p50_ms" in fig:
            print(f"{name:45} {fig['p50_ms']:10.1f} {fig['p95_ms']:10.1f}")
        else:
            print(f"{name:45} " + ", ".join(f"{k}={v / 1024:.1f} MiB" for k, v in fig.items()))
    for name, fig in results["agent"].items():
        if isinstance(fig, dict):
            print(f"{name:45} {fig['p50_ms']:10.2f} {fig['p95_ms']:10.2f}")
        else:
            print(f"{name:45} {fig:>10}")
    results["big_upload"] = big_upload.run()
    big_upload.report(results["big_upload"])
    out = Path(__file__).with_name("results.json")
    out.write_text(json.dumps(results, indent=2))
    print(f"\nwritten {out}")


if __name__ == "__main__":
    main()
