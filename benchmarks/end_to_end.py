"""Through the real app: a new chat's first answer with the offline analyst, fork + pool vs spawn.

Each run starts the app as a server (as `python app.py` does), makes one warm-up call, lets the pool fill, then
opens new chats one after another with `gradio_client` (one Client = one session): upload a CSV and ask for a
plot with a fitted line. The time counted is the person's: from sending the message until the answer is back.
New chats arrive a little apart, as people do, so the pool has time to refill between them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from notebook_agent.resources import examples_dir

from .common import data_dir, descendants, figure, free_port, summary

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "plot y against x and fit a line"


def _serve(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    with open(log, "wb") as fh:
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--port", str(port)], cwd=ROOT, env=env,
                                stdout=fh, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).close()
            return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"the app exited: {log.read_text()[-2000:]}") from None
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("the app did not come up")


def first_answers(mode: str, chats: int, pool_size: int, gap_s: float) -> list[float]:
    """Seconds from message to answer for `chats` new chats against an app in `mode` (fork or spawn)."""
    from gradio_client import Client, handle_file

    data = examples_dir() / "experiment.csv"
    with data_dir() as settings:
        env = {**os.environ, "NOTEBOOK_AGENT_DATA_DIR": str(settings.data_dir), "NOTEBOOK_AGENT_MODEL": "offline",
               "NOTEBOOK_AGENT_KERNEL_START": mode, "NOTEBOOK_AGENT_POOL_SIZE": str(pool_size),
               "GRADIO_ANALYTICS_ENABLED": "False"}
        env.pop("GEMINI_API_KEY", None)
        env.pop("GOOGLE_API_KEY", None)
        port = free_port()
        app = _serve(env, port, settings.data_dir / "app.log")
        url = f"http://127.0.0.1:{port}/"
        try:
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
            app.terminate()
            try:
                app.wait(timeout=20)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()


def run(chats: int = 6, gap_s: float = 1.5) -> dict[str, Any]:
    """Fork + pool against spawn without a pool, same questions, same machine, one run."""
    fast = summary(first_answers("fork", chats, pool_size=2, gap_s=gap_s))
    slow = summary(first_answers("spawn", chats, pool_size=0, gap_s=gap_s))
    ratio = slow["p50"] / fast["p50"]
    return {"first answer of a new chat (fork + pool)": figure(
        fast, "≥ 3× faster than spawn", ratio >= 3, baseline=slow,
        note=f"{ratio:.1f}× faster; offline analyst, upload + '{QUESTION}' through /chat")}


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
