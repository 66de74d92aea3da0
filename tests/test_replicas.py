"""Stateless app replicas with kernels on gateways, with the real parts: a private PostgreSQL, two
`notebook-agent gateway` processes, two `python app.py` processes (separate data dirs, one database, password mode,
API tokens), driven through gradio_client.

The model is a stateless fake Gemini server: a question "run: CODE" is answered with a run_python call of CODE, and a
tool result with a text quoting its stdout, so any number of chats can talk to it at once without a script.

- a chat started through replica 1 (an upload, then x = 41) continues through replica 2 after replica 1 is
  SIGKILLed while a long cell runs: `x + 1` is 42 (the kernel re-attached, its state intact; the cut-short turn is
  interrupted and dropped); bob's token sees nothing of alice's chat through replica 2;
- the gateway holding the kernel is SIGKILLed: the next turn runs on the other gateway after a replay, the upload
  back too, and the answer says the chat was rebuilt;
- 50 chats spread over the two replicas, each setting a value of its own and reading it back (no cross-talk); one
  then moves to the other replica while its holder is alive (handed over, its state intact);
- the lease itself (one process drives a chat; taken over once it runs out, or when its holder gives it up).

Prints the failover timings.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from conftest import PYTHON, REPO, VENV_BIN, make_data_dir
from fake_gemini import function_call_reply, model_entry, text_reply
from pg_server import pg_socket_dir, pg_url

from notebook_agent import store
from notebook_agent.accounts import tokens as token_store
from notebook_agent.accounts import users as user_store
from notebook_agent.store import session_records

__all__ = ["pg_socket_dir"]

pytestmark = pytest.mark.timeout(240)

KEY = "fake-key-replicas"
PASSWORDS = {"alice": "alice-long-password", "bob": "bob-long-password"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, what: str, proc: subprocess.Popen[Any], timeout: float = 90, **kw: Any) -> None:
    deadline = time.monotonic() + timeout
    while True:
        assert proc.poll() is None, f"{what} exited ({proc.returncode})"
        try:
            if httpx.get(url, timeout=5, **kw).status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, f"{what} did not answer within {timeout} s"
        time.sleep(0.2)


# -- a stateless fake Gemini ------------------------------------------------------------------------------------------
class _Echo(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._send({"models": [model_entry("gemini-3.8-flash")]})

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        parts = (body.get("contents") or [{}])[-1].get("parts") or []
        done = next((p["functionResponse"] for p in parts if "functionResponse" in p), None)
        if done is not None:
            response = done.get("response") or {}
            error = response.get("error") or {}
            text = f"Output: {response.get('stdout', '')}{response.get('result', '')} {error.get('ename', '')}"
            reply = text_reply(text.strip())
        else:
            asked = re.search(r"run: (.*)", "".join(str(p.get("text", "")) for p in parts), re.S)
            reply = function_call_reply({"code": asked.group(1)}) if asked else text_reply("ok")
        if "streamGenerateContent" in self.path:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(f"data: {json.dumps(reply)}\n\n".encode())
            self.close_connection = True
        else:
            self._send(reply)

    def _send(self, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


# -- the parts --------------------------------------------------------------------------------------------------------
@dataclass
class Proc:
    url: str
    process: subprocess.Popen[Any]
    data: Path

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def _gateway(token: str, port: int | None = None) -> Proc:
    data = make_data_dir("na-gw-")
    port = port or _free_port()
    proc = subprocess.Popen(
        [PYTHON, "-m", "notebook_agent", "gateway", "--port", str(port), f"--token={token}"],
        env={
            "PATH": f"{VENV_BIN}:/usr/bin:/bin",
            "HOME": str(data),
            "LANG": "C.UTF-8",
            "NOTEBOOK_AGENT_DATA_DIR": str(data / "data"),
        },
        stdout=subprocess.DEVNULL,
        stderr=(data / "gateway.log").open("wb"),
        cwd="/",
    )
    return Proc(f"http://127.0.0.1:{port}", proc, data)


def _app(env: dict[str, str], data: Path | None = None) -> Proc:
    data = data or make_data_dir("na-rep-")
    port = _free_port()
    with (data / "app.log").open("ab") as log:
        proc = subprocess.Popen(
            [sys.executable, str(REPO / "app.py"), "--port", str(port)],
            env={
                "PATH": "/usr/bin:/bin",
                "HOME": str(data),
                "NOTEBOOK_AGENT_DATA_DIR": str(data),
                "GRADIO_ANALYTICS_ENABLED": "False",
                **env,
            },
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=REPO,
        )
    return Proc(f"http://127.0.0.1:{port}/", proc, data)


@dataclass
class Cluster:
    engine: sa.Engine
    gateways: list[Proc]
    replicas: list[Proc]
    env: dict[str, str]
    tokens: dict[str, str]
    token: str

    def client(self, replica: int, user: str) -> Any:
        from gradio_client import Client

        return Client(
            self.replicas[replica].url, verbose=False, headers={"Authorization": f"Bearer {self.tokens[user]}"}
        )

    def restart_replica(self, i: int) -> None:
        self.replicas[i].kill()
        self.replicas[i] = _app(self.env, self.replicas[i].data)
        _wait(self.replicas[i].url + "healthz", "the app", self.replicas[i].process)


@pytest.fixture(scope="module")
def cluster(pg_socket_dir: Path) -> Iterator[Cluster]:
    name = f"na_rep_{os.getpid()}"
    admin = sa.create_engine(pg_url(pg_socket_dir, "postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = pg_url(pg_socket_dir, name)
    engine = store.open_engine(url)
    store.prepare(engine)
    tokens = {}
    for user, password in PASSWORDS.items():
        user_store.add_user(engine, user, password)
        tokens[user] = token_store.create_token(engine, user_store.get_user(engine, user), "script")[1]  # type: ignore[arg-type]
    echo = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    echo.daemon_threads = True
    threading.Thread(target=echo.serve_forever, args=(0.05,), daemon=True).start()
    token = secrets.token_urlsafe(24)
    uploads = make_data_dir("na-up-")
    gateways = [_gateway(token), _gateway(token)]
    env = {
        "NOTEBOOK_AGENT_AUTH": "password",
        "NOTEBOOK_AGENT_DATABASE_URL": url,
        "NOTEBOOK_AGENT_GATEWAY_URL": ",".join(g.url for g in gateways),
        "NOTEBOOK_AGENT_GATEWAY_TOKEN": token,
        "NOTEBOOK_AGENT_UPLOADS_DIR": str(uploads),
        "GEMINI_API_KEY": KEY,
        "GOOGLE_GEMINI_BASE_URL": f"http://127.0.0.1:{echo.server_address[1]}/",
        "NOTEBOOK_AGENT_POOL_SIZE": "0",
        "NOTEBOOK_AGENT_MAX_SESSIONS": "60",
        "NOTEBOOK_AGENT_QUOTA_KERNELS": "0",
        "NOTEBOOK_AGENT_QUOTA_TURNS": "0",
    }
    replicas = [_app(env), _app(env)]
    c = Cluster(engine, gateways, replicas, env, tokens, token)
    try:
        for g in gateways:
            _wait(g.url + "/api", "a gateway", g.process, headers={"Authorization": f"token {token}"})
        for r in replicas:
            _wait(r.url + "healthz", "an app", r.process)
        yield c
    finally:
        for p in c.replicas:  # their state is in the database: nothing to wait for
            p.kill()
        for p in c.gateways:  # SIGTERM all at once: each shuts its kernels down
            if p.process.poll() is None:
                p.process.terminate()
        for p in c.gateways:
            p.stop()
        echo.shutdown()
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        for p in [*c.replicas, *c.gateways]:
            shutil.rmtree(p.data, ignore_errors=True)
        shutil.rmtree(uploads, ignore_errors=True)


def _answer(messages: list[dict[str, Any]]) -> str:
    return str(messages[-1]["content"])


def _chat(client: Any, text: str, sid: str | None = None, files: list[Any] | None = None) -> str:
    message = {"text": text, "files": files or []}
    return _answer(client.predict(message, sid, api_name="/chat") if sid else client.predict(message, api_name="/chat"))


# -- the tests --------------------------------------------------------------------------------------------------------
def test_the_lease(cluster: Cluster) -> None:
    """One process drives a chat: another is refused while the lease runs (and asks), takes it once it has run
    out; the old holder's renewal then fails; a release that keeps the location leaves it for the next one."""
    engine, sid = cluster.engine, "lease-" + secrets.token_hex(8)
    assert session_records.take_lease(engine, sid, "A", 0.8) == (True, None)
    taken, held = session_records.take_lease(engine, sid, "B", 0.8, ask=True)
    assert not taken and held is not None and held["holder"] == "A"
    where = {"kind": "gateway", "url": "http://g:1", "kernel_id": "k"}
    renewed = session_records.renew_lease(engine, sid, "A", 0.8, location=where)
    assert renewed is not None and renewed["wanted"] and renewed["kernel_id"] == "k"  # B asked for it
    time.sleep(0.9)
    taken, before = session_records.take_lease(engine, sid, "B", 0.8)
    assert taken and before is not None and before["kernel_id"] == "k"
    assert session_records.renew_lease(engine, sid, "A", 0.8) is None  # A has lost it
    assert not session_records.release_lease(engine, sid, "A", keep=True)
    assert session_records.release_lease(engine, sid, "B", keep=True)
    stored = session_records.load(engine, sid, notebook=False)
    assert stored is not None and stored.kernel_location == where
    assert session_records.take_lease(engine, sid, "C", 0.8)[0]  # nobody holds it: at once


def test_replica_and_gateway_loss(cluster: Cluster, tmp_path: Path) -> None:
    from gradio_client import handle_file

    data = tmp_path / "line.csv"
    data.write_text("x,y\n" + "\n".join(f"{i},{4 * i - 2}" for i in range(20)) + "\n")
    alice1 = cluster.client(0, "alice")
    assert "set 41" in _chat(alice1, "run: x = 41\nprint('set', x)", files=[handle_file(str(data))])
    sid = next(c["id"] for c in alice1.predict(api_name="/sessions") if c["files"] == ["line.csv"])
    first = session_records.load(cluster.engine, sid, notebook=False)
    assert first is not None and first.kernel_location and first.kernel_location["kind"] == "gateway"

    # Replica 1 dies while a long cell runs
    alice1.submit({"text": "run: import time\ntime.sleep(300)", "files": []}, sid, api_name="/chat")
    deadline = time.monotonic() + 30
    while "time.sleep(300)" not in (session_records.load(cluster.engine, sid).notebook or ""):  # type: ignore[union-attr]
        assert time.monotonic() < deadline, "the long cell never started"
        time.sleep(0.1)
    cluster.replicas[0].kill()
    killed = time.monotonic()

    # Replica 2 takes the chat over once the lease has run out, and re-attaches to the same kernel
    alice2 = cluster.client(1, "alice")
    answer = _chat(alice2, "run: print(x + 1, len(df))", sid)
    replica_failover = time.monotonic() - killed
    assert "42 20" in answer, answer
    after = session_records.load(cluster.engine, sid)
    assert after is not None and after.kernel_location is not None
    assert after.kernel_location["kernel_id"] == first.kernel_location["kernel_id"]  # re-attached, not rebuilt
    assert "time.sleep(300)" not in (after.notebook or "")  # the cut-short turn is not half-written
    assert "rebuilt" not in answer

    # Ownership holds across replicas: bob, through replica 2, sees nothing of alice's chat
    bob2 = cluster.client(1, "bob")
    assert sid not in str(bob2.predict(api_name="/sessions"))
    with pytest.raises(Exception, match="no stored session"):
        bob2.predict(sid, api_name="/notebook")
    with pytest.raises(Exception, match="no stored session"):
        bob2.predict({"text": "run: print(x)", "files": []}, sid, api_name="/chat")

    # The gateway host holding the kernel is lost: the next turn runs on the other one, after a replay
    lost = next(g for g in cluster.gateways if g.url == after.kernel_location["url"])
    lost.kill()
    killed = time.monotonic()
    try:
        answer = _chat(alice2, "run: print(x + 1, len(df))", sid)
        gateway_failover = time.monotonic() - killed
        assert "rebuilt" in answer and "42 20" in answer, answer
        # the new kernel's place is recorded when the turn is saved, which may follow the answer on a loaded host
        deadline = time.monotonic() + 30
        moved = session_records.load(cluster.engine, sid, notebook=False)
        while moved is not None and (moved.kernel_location or {}).get("url") == lost.url:
            assert time.monotonic() < deadline, "the rebuilt kernel's gateway was never recorded"
            time.sleep(0.2)
            moved = session_records.load(cluster.engine, sid, notebook=False)
        assert moved is not None and moved.kernel_location is not None
        assert moved.kernel_location["url"] != lost.url
        notebook = alice2.predict(sid, api_name="/notebook")
        assert "rebuilt" in notebook and "time.sleep(300)" not in notebook
        print(f"\nreplica SIGKILL -> next answer {replica_failover:.1f} s")
        print(f"gateway SIGKILL -> rebuilt answer {gateway_failover:.1f} s")
    finally:
        # Both back for the next test, whatever happened above (the gateway host comes back at its address)
        port = int(lost.url.rsplit(":", 1)[1])
        cluster.gateways[cluster.gateways.index(lost)] = fresh = _gateway(cluster.token, port)
        cluster.restart_replica(0)
        _wait(fresh.url + "/api", "a gateway", fresh.process, headers={"Authorization": f"token {cluster.token}"})


def test_fifty_chats_on_two_replicas(cluster: Cluster) -> None:
    """50 chats, half through each replica (alice and bob on both), each sets a value of its own and reads it back."""

    def one(i: int) -> tuple[int, str]:
        client = cluster.client(i % 2, "alice" if i % 4 < 2 else "bob")
        _chat(client, f"run: v = {1000 + i}")
        return i, _chat(client, "run: print('v is', v)")

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=12) as pool:
        results = list(pool.map(one, range(50)))
    took = time.monotonic() - started
    for i, answer in results:
        assert f"v is {1000 + i}" in answer, (i, answer)
    with cluster.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT kernel_location FROM session_state")).scalars().all()
    held = [loc for loc in rows if loc and str(loc.get("url")).startswith("http://127.0.0.1:")]
    assert len({loc["holder"] for loc in held}) == 2  # both replicas drive chats
    assert len({loc["url"] for loc in held}) == 2  # on both gateways
    print(f"\n50 chats × 2 turns on two replicas: {took:.1f} s")

    # A chat moves to the other replica while the one driving it is alive: handed over, its state intact
    alice1 = cluster.client(0, "alice")
    _chat(alice1, "run: w = 7")
    sid = next(c["id"] for c in alice1.predict(api_name="/sessions") if c["title"] == "run: w = 7")
    moved = time.monotonic()
    answer = _chat(cluster.client(1, "alice"), "run: print('w is', w)", sid)
    assert "w is 7" in answer, answer
    print(f"hand-over to the other replica: {time.monotonic() - moved:.1f} s")

    # Deleted through replica 1 while replica 2 drives it: the kernel goes from its gateway too
    where = session_records.load(cluster.engine, sid, notebook=False).kernel_location  # type: ignore[union-attr]
    assert where is not None
    assert alice1.predict(sid, api_name="/delete_session") == "deleted"
    gone = httpx.get(
        f"{where['url']}/api/kernels/{where['kernel_id']}", headers={"Authorization": f"token {cluster.token}"}
    )
    assert gone.status_code == 404
    assert session_records.load(cluster.engine, sid) is None


def test_quotas_hold_across_replicas(cluster: Cluster) -> None:
    """Two more replicas with quotas (2 running chats, 4 messages a minute) on the same database and gateways:
    carol's chats through both count as one set — her third running chat closes her oldest, even when the other
    replica holds it — and her messages through both count against one budget."""
    engine = cluster.engine
    user_store.add_user(engine, "carol", "carol-long-password")
    carol = user_store.get_user(engine, "carol")
    assert carol is not None
    cluster.tokens["carol"] = token_store.create_token(engine, carol, "script")[1]
    env = {**cluster.env, "NOTEBOOK_AGENT_QUOTA_KERNELS": "2", "NOTEBOOK_AGENT_QUOTA_TURNS": "4"}
    pair = [_app(env), _app(env)]
    try:
        for r in pair:
            _wait(r.url + "healthz", "an app", r.process)
        # A program's chat is its client's own (no session id given): one client per chat
        clients = [_client(pair[i], cluster.tokens["carol"]) for i in (0, 1, 0, 0)]

        def sid_of(title: str) -> str:
            return next(c["id"] for c in clients[0].predict(api_name="/sessions") if c["title"] == title)

        def running() -> dict[str, dict[str, Any]]:
            chats = [c["id"] for c in clients[0].predict(api_name="/sessions")]
            return session_records.gateway_kernels(engine, chats)

        def kernel_gone(where: dict[str, Any]) -> bool:
            url = f"{where['url']}/api/kernels/{where['kernel_id']}"
            return httpx.get(url, headers={"Authorization": f"token {cluster.token}"}).status_code == 404

        assert "c is 1" in _chat(clients[0], "run: c = 1; print('c is', c)")  # chat 1, through replica A
        assert "c is 2" in _chat(clients[1], "run: c = 2; print('c is', c)")  # chat 2, through replica B
        first, second = sid_of("run: c = 1; print('c is', c)"), sid_of("run: c = 2; print('c is', c)")
        assert set(running()) == {first, second}
        kernels = running()

        # Chat 3 through A: A alone runs one chat of hers, but she has two running: her oldest (A's) closes.
        assert "c is 3" in _chat(clients[2], "run: c = 3; print('c is', c)")
        third = sid_of("run: c = 3; print('c is', c)")
        assert set(running()) == {second, third}
        assert kernel_gone(kernels[first])

        # Chat 4 through A again: her oldest running one is held by replica B, which is asked and gives it up.
        answer = _chat(clients[3], "run: c = 4; print('c is', c)")
        assert "c is 4" in answer, answer
        assert set(running()) == {third, sid_of("run: c = 4; print('c is', c)")}
        assert kernel_gone(kernels[second])

        # Four quick messages of dave's went through two replicas: the fifth is refused on either, nothing is lost.
        # (dave's own burst: carol's four took kernel starts and closes, which on a loaded machine outlast the
        # minute the budget counts)
        user_store.add_user(engine, "dave", "dave-long-password")
        dave = user_store.get_user(engine, "dave")
        assert dave is not None
        dave_token = token_store.create_token(engine, dave, "script")[1]
        daves = [_client(pair[i], dave_token) for i in (0, 1)]
        for n in range(4):
            assert f"d is {n}" in _chat(daves[n % 2], f"run: d = {n}; print('d is', d)")
        for client in daves:
            refused = _chat(client, "run: print('five')")
            assert "4 messages in the last minute" in refused and "five" not in refused.replace("'five'", ""), refused
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT count(*) FROM turn_starts WHERE user_id = :u"), {"u": dave.id})
            assert rows.scalar_one() == 4
    finally:
        for r in pair:
            r.kill()
            shutil.rmtree(r.data, ignore_errors=True)


def _client(replica: Proc, token: str) -> Any:
    from gradio_client import Client

    return Client(replica.url, verbose=False, headers={"Authorization": f"Bearer {token}"})
