"""Questions on a 1 GB CSV (~19 million rows) under the default profile, asked as a person would, offline analyst.

Run alone: ``.venv/bin/python -m benchmarks.big_questions [--size-mb MB]`` (about 3 minutes on 2 cores; writes its
figures under ``big_questions`` in benchmarks/results.json), or ``python -m benchmarks big_questions``.

It writes a CSV of orders (id, a timestamp as text, region, channel, amount, quantity) of about 1 GB, opens a real
`Session` with the offline analyst in a confined kernel (default profile: 4 GiB of address space), uploads the file
(checks, copy, load, conversions to compact types, profile: the preview) and asks "average amount by region", "plot
amount over time" and "histogram of amount". Each step's wall time is measured, and the kernel's memory is read
by this process from /proc/<kernel pid>/status: VmHWM (peak resident memory; reset before each step through
/proc/<pid>/clear_refs, so each step has its own peak) and VmPeak (peak address space, what RLIMIT_AS bounds;
it cannot be reset, so it is the peak of everything up to that step). Every file it made is deleted at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from .common import data_dir, print_table, summary, write_csv_blocks

LIMIT_MIB = 4096
QUESTIONS = {"groupby": "average amount by region", "line": "plot amount over time", "hist": "histogram of amount"}
_REGIONS = ["North", "South", "East", "West", "Central", "Île-de-France", "Bavaria", "Ontario"]


def make_csv(path: Path, size: int, seed: int = 0) -> int:
    """Write an orders CSV of about `size` bytes in blocks of 500,000 rows; returns the number of data rows."""
    import numpy as np
    import pyarrow as pa

    regions, channels = pa.array(_REGIONS), pa.array(["web", "store", "phone"])

    def block(rng: Any, first: int, n: int) -> Any:
        seconds = rng.integers(0, 4 * 365 * 86400, n)
        return pa.table(
            {
                "id": pa.array(np.arange(first, first + n)),
                "when": pa.array(np.datetime64("2021-01-01T00:00:00", "s") + seconds.astype("timedelta64[s]")),
                "region": regions.take(rng.integers(0, len(_REGIONS), n)),
                "channel": channels.take(rng.integers(0, 3, n)),
                "amount": pa.array(np.round(rng.lognormal(3, 1, n), 2)),
                "quantity": pa.array(rng.integers(1, 10, n)),
            }
        )

    return write_csv_blocks(path, size, block, seed)


def _status(pid: int) -> dict[str, int]:
    """VmHWM and VmPeak of a process, in KiB."""
    with open(f"/proc/{pid}/status") as fh:
        return {
            key: int(rest.split()[0])
            for key, _, rest in (line.partition(":") for line in fh)
            if key in ("VmHWM", "VmPeak")
        }


def _reset_peak(pid: int) -> bool:
    """Start a new VmHWM for the process (5 → clear_refs resets the peak resident size); False if not allowed."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _mib(kib: int) -> float:
    return round(kib / 1024, 1)


async def _ask(session: Any, question: str) -> dict[str, Any]:
    from notebook_agent.agent.offline import RESULT_MIME

    events = [item async for item in session.ask(question)]
    done = [e for e in events if e["type"] == "code_done"]
    answer = next((e["text"] for e in events if e["type"] == "answer"), "")
    errors = [e.get("text") for e in events if e["type"] == "error"]
    outputs = done[-1]["outputs"] if done else []
    results = [o["data"][RESULT_MIME] for o in outputs if RESULT_MIME in o.get("data", {})]
    return {
        "ok": bool(done) and done[-1]["status"] == "ok" and not errors,
        "attempts": len(done),
        "image": any("image/png" in o.get("data", {}) for o in outputs),
        "result": results[-1] if results else {},
        "answer": answer,
        "errors": errors,
    }


async def _measure(path: Path, rows: int) -> dict[str, Any]:
    from notebook_agent.agent.brains import OfflineBrain
    from notebook_agent.agent.session import Session
    from notebook_agent.ui.handlers import _preview

    with data_dir(NOTEBOOK_AGENT_MODEL="offline") as settings:
        session = await Session.open(settings=settings, brain=OfflineBrain())
        try:
            assert session.kernel is not None and session.kernel.pid is not None
            pid = session.kernel.pid
            figures: dict[str, Any] = {}
            resettable = _reset_peak(pid)
            t0 = time.perf_counter()
            prepared, profile = await session.add_file(path)
            preview = _preview(prepared, profile)
            took = time.perf_counter() - t0
            mem = _status(pid)
            if f"{rows:,} rows" not in preview:
                raise RuntimeError(f"no preview of the big file: {preview[:2000]}")
            figures["preview_1gb"] = {
                **summary([took]),
                "target": "checked, loaded, converted and previewed within the default limits",
                "met": mem["VmPeak"] < LIMIT_MIB * 1024,
                "note": "prepare_upload (confined check, copy) + load + compact types + profile, through Session",
            }
            memory = {"preview": mem}
            answers = {}
            for key, question in QUESTIONS.items():
                _reset_peak(pid)
                t0 = time.perf_counter()
                out = await _ask(session, question)
                took = time.perf_counter() - t0
                memory[key] = mem = _status(pid)
                answers[key] = out
                met = out["ok"] and out["image"] and mem["VmPeak"] < LIMIT_MIB * 1024
                fig = {
                    **summary([took]),
                    "target": f'"{question}" answered with a chart under the default limits',
                    "met": met,
                    "attempts": out["attempts"],
                }
                if key == "line":
                    points = out["result"].get("points")
                    fig["points"], fig["period"] = points, out["result"].get("period")
                    fig["met"] = met and isinstance(points, int) and points <= 1000
                    fig["note"] = f"{points} points ({fig['period']}) drawn for {rows:,} rows"
                if not out["ok"]:
                    fig["note"] = f"failed: {out['errors'] or out['answer'][:300]}"
                figures[f"{key}: {question}"] = fig
            for step, mem in memory.items():
                figures[f"kernel VmHWM during {step}"] = {
                    "p50_mib": _mib(mem["VmHWM"]),
                    "p95_mib": _mib(mem["VmHWM"]),
                    "n": 1,
                    "target": f"below the default profile's {LIMIT_MIB:,} MiB",
                    "met": mem["VmHWM"] < LIMIT_MIB * 1024,
                    "note": "peak resident memory of the kernel in this step"
                    if resettable
                    else "peak resident memory of the kernel so far (clear_refs not allowed here)",
                }
            peak = max(mem["VmPeak"] for mem in memory.values())
            figures["kernel VmPeak (address space)"] = {
                "p50_mib": _mib(peak),
                "p95_mib": _mib(peak),
                "n": 1,
                "target": f"below RLIMIT_AS, {LIMIT_MIB:,} MiB",
                "met": peak < LIMIT_MIB * 1024,
                "note": "the most address space the kernel ever held; RLIMIT_AS refuses allocations beyond the limit",
            }
            figures["load_code"] = prepared.load_code
            figures["preview"] = preview[:1500]
            figures["answers"] = "\n\n".join(f"{QUESTIONS[k]}:\n{v['answer'][:800]}" for k, v in answers.items())
            return figures
        finally:
            await session.close()


def run(size: int = 10**9) -> dict[str, Any]:
    """Measure; returns the figures as a dict."""
    work = Path(tempfile.mkdtemp(prefix="na-bench-", dir="/tmp"))
    work.chmod(0o711)
    try:
        path = work / "orders.csv"
        t0 = time.perf_counter()
        rows = make_csv(path, size)
        generated = time.perf_counter() - t0
        figures = asyncio.run(_measure(path, rows))
        file_mb = round(path.stat().st_size / 10**6)
        return {**figures, "rows": rows, "file_mb": file_mb, "generate_s": round(generated, 1)}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1000, help="CSV size in MB (10^6 bytes)")
    args = parser.parse_args(argv)
    results = run(args.size_mb * 10**6)
    print_table({"big_questions": results})
    for key in ("load_code", "preview", "answers"):
        print(f"\n{key}:\n{results[key]}")
    out = Path(__file__).with_name("results.json")
    stored = json.loads(out.read_text()) if out.is_file() else {}
    out.write_text(json.dumps({**stored, "big_questions": results}, indent=2, default=str))
    print(f"\nwritten {out} (key big_questions)")


if __name__ == "__main__":
    main()
