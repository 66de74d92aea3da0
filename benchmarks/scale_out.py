"""One process against two app replicas + a kernel gateway, side by side in one run, through the real app.

Single: `python app.py` as today (SQLite, local forked kernels, a pool of 2). Scaled out: a private PostgreSQL, one
`notebook-agent gateway` host, two `python app.py` replicas (separate data dirs, the same database and gateway), new
chats alternating between them. In both, each new chat uploads a CSV and asks for a plot with a fitted line (the
first answer, timed from sending to the answer back), then asks follow-ups (turn latency). The offline analyst
answers, so the figures are the service's own, not a model's. Per-session memory on the gateway host: the PSS of
every process under the gateway with the chats' kernels running, less what it was before the first chat, divided
by the chats.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from notebook_agent.resources import examples_dir

from .common import descendants, figure, free_port, memory_kib, start_app, stop_app, summary

QUESTION = "plot y against x and fit a line"
FOLLOW_UPS = ("what is the average y?", "what is the largest x?", "how many rows are there?")


def _postgres(home: Path) -> tuple[subprocess.Popen[bytes] | None, str]:
    """A private PostgreSQL (unix socket in `home`), or None and a shared SQLite file where there is none."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if not found:
        return None, f"sqlite:///{home}/shared.sqlite"
    bin_dir = found[-1].parent
    who: dict[str, Any] = {}
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        who = {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}
        os.chown(home, pw.pw_uid, pw.pw_gid)
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "LANG": "C.UTF-8"}
    subprocess.run(
        [bin_dir / "initdb", "-D", home / "pg", "-U", "na", "-A", "trust", "-E", "UTF8", "--no-sync"],
        env=env,
        capture_output=True,
        check=True,
        **who,
    )
    server = subprocess.Popen(
        [bin_dir / "postgres", "-D", home / "pg", "-k", home, "-c", "listen_addresses="],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        **who,
    )
    url = f"postgresql+psycopg://na@/postgres?host={home}"
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    deadline = time.monotonic() + 60
    while True:
        try:
            with engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
            break
        except sa.exc.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    engine.dispose()
    return server, url


def _gateway(work: Path, token: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "notebook_agent",
            "gateway",
            "--port",
            str(port),
            f"--token={token}",
        ],
        env={
            "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
            "HOME": str(work),
            "LANG": "C.UTF-8",
            "NOTEBOOK_AGENT_DATA_DIR": str(work / "data"),
        },
        stdout=subprocess.DEVNULL,
        stderr=(work / "gateway.log").open("wb"),
        cwd="/",
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(f"{url}/api", headers={"Authorization": f"token {token}"}).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("the gateway did not start: " + (work / "gateway.log").read_text()[-2000:])
        time.sleep(0.2)
    # Its fork template warms after it answers: ready once the template runs (a child of the engine).
    while not descendants(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(4.0)  # the template's imports
    return proc, url


def _pss_mib(pid: int) -> float:
    total = 0
    for p in [pid, *descendants(pid)]:
        with contextlib.suppress(OSError):
            total += memory_kib(p).get("pss_kib", 0)
    return total / 1024


def _drive(urls: list[str], chats: int, gap_s: float) -> tuple[list[float], list[float], list[Any]]:
    """New chats, alternating over `urls`: first-answer times, follow-up turn times, and the clients (kept open)."""
    from gradio_client import Client, handle_file

    data = examples_dir() / "experiment.csv"
    for url in urls:  # what a first page load does: warm up
        Client(url, verbose=False).predict(api_name="/notebook")
    time.sleep(2.0)
    firsts, turns, clients = [], [], []
    for i in range(chats):
        client = Client(urls[i % len(urls)], verbose=False)
        clients.append(client)
        t0 = time.perf_counter()
        msgs = client.predict({"text": QUESTION, "files": [handle_file(str(data))]}, api_name="/chat")
        firsts.append(time.perf_counter() - t0)
        text = " ".join(str(m.get("content")) for m in msgs)
        assert "R²" in text or "R^2" in text, f"no fit in the answer: {text[:500]}"
        for question in FOLLOW_UPS:
            t0 = time.perf_counter()
            client.predict({"text": question, "files": []}, api_name="/chat")
            turns.append(time.perf_counter() - t0)
        time.sleep(gap_s)
    return firsts, turns, clients


def _clean_env() -> dict[str, str]:
    return {
        k: v
        for k, v in os.environ.items()
        if k not in ("GEMINI_API_KEY", "GOOGLE_API_KEY") and not k.startswith("NOTEBOOK_AGENT_")
    }


def single(chats: int, gap_s: float) -> tuple[list[float], list[float]]:
    work = Path(tempfile.mkdtemp(prefix="na-bso-", dir="/tmp"))
    work.chmod(0o711)
    app = None
    try:
        app, url = start_app(work, **_clean_env())
        firsts, turns, _ = _drive([url], chats, gap_s)
        return firsts, turns
    finally:
        if app is not None:
            stop_app(app)
        shutil.rmtree(work, ignore_errors=True)


def scaled_out(chats: int, gap_s: float) -> tuple[list[float], list[float], float, str]:
    work = Path(tempfile.mkdtemp(prefix="na-bso-", dir="/tmp"))
    work.chmod(0o711)
    procs: list[subprocess.Popen[bytes]] = []
    pg = None
    try:
        (work / "db").mkdir(mode=0o700)
        pg, db_url = _postgres(work / "db")
        token = os.urandom(16).hex()
        (work / "gw").mkdir()
        gateway, gw_url = _gateway(work / "gw", token)
        procs.append(gateway)
        before = _pss_mib(gateway.pid)
        urls = []
        for name in ("r1", "r2"):
            (work / name).mkdir()
            env = {
                **_clean_env(),
                "NOTEBOOK_AGENT_DATABASE_URL": db_url,
                "NOTEBOOK_AGENT_GATEWAY_URL": gw_url,
                "NOTEBOOK_AGENT_GATEWAY_TOKEN": token,
                "NOTEBOOK_AGENT_UPLOADS_DIR": str(work / "uploads"),
            }
            app, url = start_app(work / name, **env)
            procs.append(app)
            urls.append(url)
        firsts, turns, _clients = _drive(urls, chats, gap_s)
        per_session = (_pss_mib(gateway.pid) - before) / chats
        return firsts, turns, per_session, "PostgreSQL" if pg is not None else "a shared SQLite file"
    finally:
        for proc in reversed(procs):
            stop_app(proc)
        if pg is not None:
            pg.terminate()
            pg.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


def run(chats: int = 6, gap_s: float = 1.0) -> dict[str, Any]:
    """Both set-ups, same questions, one run."""
    one_first, one_turns = single(chats, gap_s)
    out_first, out_turns, pss, db = scaled_out(chats, gap_s)
    one_first_s, out_first_s = summary(one_first), summary(out_first)
    one_turn_s, out_turn_s = summary(one_turns), summary(out_turns)
    note = f"{chats} new chats alternating over 2 replicas, 1 gateway, {db}; offline analyst through /chat"
    print(f"{'':34} {'first answer p50/p95 ms':>24} {'turn p50/p95 ms':>18}")
    for what, first, turn in (
        ("one process", one_first_s, one_turn_s),
        ("2 replicas + gateway", out_first_s, out_turn_s),
    ):
        print(
            f"{what:34} {first['p50_ms']:>11.0f} / {first['p95_ms']:<10.0f}"
            f" {turn['p50_ms']:>7.0f} / {turn['p95_ms']:<8.0f}"
        )
    print(f"memory per chat on the gateway host: {pss:.1f} MiB PSS")
    return {
        "first answer, 2 replicas + gateway": figure(
            out_first_s,
            "within 2× the single process",
            out_first_s["p50_ms"] <= 2 * one_first_s["p50_ms"],
            baseline={**one_first_s, "what": "one process, local kernels, pool of 2"},
            note=note,
        ),
        "turn latency, 2 replicas + gateway": figure(
            out_turn_s,
            "within 2× the single process",
            out_turn_s["p50_ms"] <= 2 * one_turn_s["p50_ms"],
            baseline={**one_turn_s, "what": "one process, local kernels"},
            note=f"follow-ups: {', '.join(FOLLOW_UPS)}",
        ),
        "memory per chat on the gateway host": figure(
            {"p50_mib": pss, "p95_mib": pss, "n": chats},
            "≤ 120 MiB PSS",
            pss <= 120,
            note="PSS of everything under the gateway with the chats' kernels running, less before, / chats",
        ),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
