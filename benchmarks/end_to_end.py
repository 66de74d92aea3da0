"""Through the real app: a new chat's first answer with the offline analyst, fork + pool vs spawn.

Each run starts the app as a server (as `python app.py` does), makes one warm-up call, lets the pool fill, then
opens new chats one after another with `gradio_client` (one Client = one session): upload a CSV and ask for a
plot with a fitted line. The time counted is the person's: from sending the message until the answer is back.
New chats arrive a little apart, as people do, so the pool has time to refill between them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from notebook_agent.resources import examples_dir

from .common import descendants, figure, start_app, stop_app, summary

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "plot y against x and fit a line"


def first_answers(mode: str, chats: int, pool_size: int, gap_s: float) -> list[float]:
    """Seconds from message to answer for `chats` new chats against an app in `mode` (fork or spawn)."""
    from gradio_client import Client, handle_file

    data = examples_dir() / "experiment.csv"
    work = Path(tempfile.mkdtemp(prefix="na-bench-", dir="/tmp"))
    work.chmod(0o711)
    app = None
    try:
        # The app keeps this shell's environment (HOME, caches) as a person's `python app.py` would; never a key.
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("GEMINI_API_KEY", "GOOGLE_API_KEY") and not k.startswith("NOTEBOOK_AGENT_")
        }
        app, url = start_app(
            work, **{**env, "NOTEBOOK_AGENT_KERNEL_START": mode, "NOTEBOOK_AGENT_POOL_SIZE": str(pool_size)}
        )
        Client(url, verbose=False).predict(api_name="/notebook")  # what a first page load does: warm up
        deadline = time.monotonic() + 120
        # Ready when the template and the pooled kernels run (kernels are the template's children).
        while pool_size and len(descendants(app.pid)) < 1 + pool_size and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.0)
        times = []
        for _ in range(chats):
            client = Client(url, verbose=False)
            t0 = time.perf_counter()
            msgs = client.predict({"text": QUESTION, "files": [handle_file(str(data))]}, api_name="/chat")
            times.append(time.perf_counter() - t0)
            text = " ".join(str(m.get("content")) for m in msgs)
            assert "R²" in text or "R^2" in text, f"no fit in the answer: {text[:500]}"
            time.sleep(gap_s)
        return times
    finally:
        if app is not None:
            stop_app(app)
        shutil.rmtree(work, ignore_errors=True)


def run(chats: int = 6, gap_s: float = 1.5) -> dict[str, Any]:
    """Fork + pool against spawn without a pool, same questions, same machine, one run."""
    fast = summary(first_answers("fork", chats, pool_size=2, gap_s=gap_s))
    slow = summary(first_answers("spawn", chats, pool_size=0, gap_s=gap_s))
    ratio = slow["p50_ms"] / fast["p50_ms"]
    return {
        "first answer of a new chat (fork + pool)": figure(
            fast,
            "≥ 3× faster than spawn",
            ratio >= 3,
            baseline=slow,
            note=f"{ratio:.1f}× faster; offline analyst, upload + '{QUESTION}' through /chat",
        )
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
