"""A 1 GB CSV from upload to preview through the real app: wall time, and how much the app process's RSS grows.

Run alone: ``.venv/bin/python -m benchmarks.big_upload [--runs N] [--size-mb MB]`` (about 1 minute per run plus
2 minutes; writes its figures under ``big_upload`` in benchmarks/results.json).

It writes a realistic CSV (ids, dates, timestamps, categories, product names, quantities, prices, flags, free
text) of about 1 GB in a temp dir, starts ``app.py`` on a free local port with a fresh data dir, uploads the file
through ``gradio_client`` (each run is a new chat) and waits for the preview (shape, column kinds, first rows).
A sampler thread reads the app server's VmRSS from /proc every 10 ms, and the largest RSS among its descendant
processes (the kernels). Before the runs a small CSV is uploaded once, so what the first upload of any size
loads (pyarrow's CSV module, the kernel pool) does not count against the big file; the growth from the idle app
is reported too. Then, in this process, the app-side checks (``prepare_upload``) are timed against the csv-module
row scan that did the same job before. Every file it made is deleted at the end.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from .common import descendants, print_table, start_app, stop_app, summary, write_csv_blocks

GROWTH_TARGET_MB = 100
TIME_TARGET_S = 60
_CITIES = ["Paris", "Köln", "Zürich", "Oslo", "Lima", "São Paulo", "Kraków", "New York", "Tokyo", "Lagos"]
_WORDS = ["fast", "delivery", "broken", "great", "late", "refund", "ok", "blue", "size M", "gift, wrapped"]


def make_csv(path: Path, size: int, seed: int = 0) -> int:
    """Write a sales-like CSV of about `size` bytes in blocks of 500,000 rows; returns the number of data rows."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    cities, words = pa.array(_CITIES), pa.array(_WORDS)
    products = pa.array([f"Product {i:04d}" for i in range(2000)])

    def block(rng: Any, first: int, n: int) -> Any:
        seconds = rng.integers(0, 5 * 365 * 86400, n)
        stamps = pa.array(np.datetime64("2020-01-01T00:00:00", "s") + seconds.astype("timedelta64[s]"))
        return pa.table(
            {
                "order_id": pa.array(np.arange(first, first + n)),
                "order_date": pc.cast(stamps, pa.date32()),
                "order_time": stamps,
                "city": cities.take(rng.integers(0, len(_CITIES), n)),
                "product": products.take(rng.integers(0, len(products), n)),
                "quantity": pa.array(rng.integers(1, 20, n)),
                "unit_price": pa.array(np.round(rng.lognormal(3, 1, n), 2)),
                "discount": pa.array(np.where(rng.random(n) < 0.1, np.nan, np.round(rng.random(n) * 0.3, 3))),
                "returned": pa.array(rng.random(n) < 0.05),
                "note": pc.binary_join_element_wise(
                    words.take(rng.integers(0, len(_WORDS), n)), words.take(rng.integers(0, len(_WORDS), n)), " "
                ),
            }
        )

    return write_csv_blocks(path, size, block, seed)


def rss_kib(pid: int) -> int:
    """VmRSS of a process (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            return next((int(line.split()[1]) for line in fh if line.startswith("VmRSS:")), 0)
    except OSError:
        return 0


class Sampler(threading.Thread):
    """Peak RSS of the app process (every 10 ms) and of its largest descendant (every 0.5 s)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kib = self.kernel_peak_kib = 0
        self._done = threading.Event()

    def run(self) -> None:
        kernels: list[int] = []
        next_scan = 0.0
        while not self._done.is_set():
            self.peak_kib = max(self.peak_kib, rss_kib(self.pid))
            if time.monotonic() >= next_scan:
                kernels, next_scan = descendants(self.pid), time.monotonic() + 0.5
            self.kernel_peak_kib = max([self.kernel_peak_kib, *(rss_kib(k) for k in kernels)])
            self._done.wait(0.01)

    def stop(self) -> None:
        self._done.set()
        self.join()
        self.peak_kib = max(self.peak_kib, rss_kib(self.pid))


def upload(url: str, path: Path) -> str:
    """Upload one file as a new chat; the preview message's text (or the refusal)."""
    from gradio_client import Client, handle_file

    client = Client(url, verbose=False)
    messages = client.predict({"text": "", "files": [handle_file(str(path))]}, api_name="/chat")
    texts = [m.get("content") for m in messages if isinstance(m.get("content"), str)]
    return texts[-1] if texts else repr(messages)


def app_side(path: Path, work: Path) -> dict[str, Any]:
    """The app-side checks in this process, and the csv-module row scan they replaced, on the same file."""
    from notebook_agent.data import prepare_upload
    from notebook_agent.data.delimited import _scan_exact

    dest = work / "prepared"
    dest.mkdir()
    t0 = time.perf_counter()
    prepared = prepare_upload(path, dest)
    checks = time.perf_counter() - t0
    prepared.path.unlink()
    t0 = time.perf_counter()
    _scan_exact(path, "utf-8", ",")
    old_scan = time.perf_counter() - t0
    return {
        **summary([checks]),
        "baseline": {**summary([old_scan]), "what": "the csv-module row scan alone (before: part of the checks)"},
        "target": "app-side checks (encoding, sniffing, row widths, copy) faster than the old row scan alone",
        "met": checks < old_scan,
    }


def run(runs: int = 2, size: int = 10**9) -> dict[str, Any]:
    """Measure; returns the figures as a dict."""
    work = Path(tempfile.mkdtemp(prefix="na-bench-", dir="/tmp"))
    work.chmod(0o711)
    proc = None
    try:
        big, small = work / "sales.csv", work / "warmup.csv"
        t0 = time.perf_counter()
        rows = make_csv(big, size)
        generated = time.perf_counter() - t0
        make_csv(small, 1)  # one block: 500,000 rows
        proc, url = start_app(work)
        idle_kib = rss_kib(proc.pid)
        if "loaded as" not in (text := upload(url, small)):
            raise RuntimeError(f"the warm-up upload failed: {text}")
        times, growth, kernel_peaks, previews = [], [], [], []
        for _ in range(runs):
            time.sleep(1)  # let the app settle (background moves of the last upload)
            before = rss_kib(proc.pid)
            sampler = Sampler(proc.pid)
            sampler.start()
            t0 = time.perf_counter()
            text = upload(url, big)
            times.append(time.perf_counter() - t0)
            sampler.stop()
            growth.append((sampler.peak_kib - before) / 1024)
            kernel_peaks.append(sampler.kernel_peak_kib / 1024)
            previews.append(text)
            if f"{rows:,} rows × 10 columns" not in text:
                raise RuntimeError(f"no preview of the big file: {text[:2000]}")
        from_idle = (max(rss_kib(proc.pid), sampler.peak_kib) - idle_kib) / 1024
        file_mb = big.stat().st_size / 10**6
        return {
            "upload_to_preview_1gb": {
                **summary(times),
                "target": f"the {file_mb:,.0f} MB CSV previewed within {TIME_TARGET_S} s on 2 cores",
                "met": max(times) <= TIME_TARGET_S,
                "file_mb": round(file_mb),
                "rows": rows,
                "note": "through app.py and gradio_client on localhost: HTTP upload, checks, copy into the sandbox, "
                "load and profile in the kernel, preview",
            },
            "app_rss_growth_1gb": {
                "p50_mib": sorted(growth)[len(growth) // 2],
                "p95_mib": max(growth),
                "n": len(growth),
                "target": f"the 1 GB CSV previewed without the app growing by more than {GROWTH_TARGET_MB} MB",
                "met": max(growth) <= GROWTH_TARGET_MB,
                "from_idle_mib": round(from_idle, 1),
                "note": "peak VmRSS of the app server during the upload minus its VmRSS just before (after one "
                "small warm-up upload); from_idle_mib: the highest RSS seen minus the idle app's",
            },
            "kernel_peak_rss_1gb": {
                "p50_mib": sorted(kernel_peaks)[len(kernel_peaks) // 2],
                "p95_mib": max(kernel_peaks),
                "n": len(kernel_peaks),
                "target": "within the default profile's 4,096 MB address space",
                "met": max(kernel_peaks) < 4096,
            },
            "app_side_checks_1gb": app_side(big, work),
            "generate_s": round(generated, 1),
            "preview": previews[-1][:600],
        }
    finally:
        if proc is not None:
            stop_app(proc)
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--size-mb", type=int, default=1000, help="CSV size in MB (10^6 bytes)")
    args = parser.parse_args(argv)
    results = run(args.runs, args.size_mb * 10**6)
    print_table({"upload": results})
    print("\npreview:\n" + results["preview"])
    out = Path(__file__).with_name("results.json")
    stored = json.loads(out.read_text()) if out.is_file() else {}
    out.write_text(json.dumps({**stored, "big_upload": results}, indent=2))
    print(f"\nwritten {out} (key big_upload)")


if __name__ == "__main__":
    main()
