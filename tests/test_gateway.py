"""Kernels on a Jupyter kernel gateway: a real `notebook-agent gateway` process on localhost, driven by GatewayKernel.

The gateway runs the engine (jupyter-kernel-gateway) with our kernelspec, so every kernel in these tests was
launched by the sandbox launcher and verified by the provisioner on the gateway's side; the tests check that from
the host's report and from inside the kernel, and drive the kernel's whole life through REST and the WebSocket
protocol: start, cells, interrupt, timeout, death, restart, re-attach, uploads, shutdown, and the token.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import secrets
import signal
import socket
import statistics
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from conftest import IS_ROOT, PYTHON, VENV_BIN, make_data_dir
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from notebook_agent.errors import ConfigError, KernelNotRunning, KernelStartError, UploadError
from notebook_agent.kernel.cell import CellResult
from notebook_agent.kernel.gateway import GatewayConfig, GatewayKernel
from notebook_agent.settings import Settings

pytestmark = pytest.mark.timeout(120)


@dataclass
class Gateway:
    url: str
    token: str
    process: subprocess.Popen[str]
    data_dir: Path
    ca_file: str | None = None

    def config(self, token: str | None = None) -> GatewayConfig:
        return GatewayConfig(self.url, token=self.token if token is None else token, ca_file=self.ca_file)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_gateway(
    extra_args: tuple[str, ...] = (), env: dict[str, str] | None = None, scheme: str = "http"
) -> Gateway:
    """`notebook-agent gateway` on a free localhost port, with a token; returns once it answers."""
    data_dir = make_data_dir("na-gw-")
    port, token = _free_port(), secrets.token_urlsafe(24)
    # a file, not a pipe: a pipe read only at the end fills at 64 KB and then blocks the gateway
    log = (data_dir / "gateway.log").open("w")
    proc = subprocess.Popen(
        [PYTHON, "-m", "notebook_agent", "gateway", "--port", str(port), f"--token={token}", *extra_args],
        env={
            "PATH": f"{VENV_BIN}:/usr/bin:/bin",
            "HOME": str(data_dir),
            "LANG": "C.UTF-8",
            "NOTEBOOK_AGENT_DATA_DIR": str(data_dir / "data"),
            **(env or {}),
        },
        stdout=subprocess.DEVNULL,
        stderr=log,
        cwd="/",
    )
    log.close()  # the gateway has its own copy
    url = f"{scheme}://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            raise AssertionError(f"the gateway exited ({proc.returncode}): {(data_dir / 'gateway.log').read_text()}")
        try:
            if httpx.get(f"{url}/api", headers={"Authorization": f"token {token}"}, verify=False).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "the gateway did not answer within 60 s"
        time.sleep(0.1)
    return Gateway(url, token, proc, data_dir)


def _stop_gateway(gw: Gateway) -> str:
    """SIGTERM (the engine shuts its kernels down), then whatever it printed."""
    gw.process.send_signal(signal.SIGTERM)
    try:
        gw.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        gw.process.kill()
        gw.process.wait()
    return (gw.data_dir / "gateway.log").read_text()


@pytest.fixture(scope="module")
def gateway() -> Iterator[Gateway]:
    gw = _start_gateway()
    yield gw
    log = _stop_gateway(gw)
    assert "jupyter kernelgateway" in log and gw.token not in log  # the equivalent command, without the token


@pytest.fixture
async def remote(gateway: Gateway, settings: Settings) -> AsyncIterator[GatewayKernel]:
    async with GatewayKernel(gateway.config(), settings=settings) as k:
        yield k


def ok(result: CellResult) -> CellResult:
    assert result.status == "ok", f"cell failed: {result.status} {result.error} {result.notes}"
    return result


# -- the command ----------------------------------------------------------------------------------------------------
def test_command_is_the_engines_own_with_our_kernelspec_only(tmp_path: Path) -> None:
    proc = subprocess.run(
        [PYTHON, "-m", "notebook_agent", "gateway", "--port", "9999", "--token", "s3cret", "--print-command"],
        env={"PATH": f"{VENV_BIN}:/usr/bin:/bin", "NOTEBOOK_AGENT_DATA_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    )
    line = proc.stdout.strip()
    assert "jupyter kernelgateway" in line and "s3cret" not in line
    for option in (
        "--KernelGatewayApp.port=9999",
        "--KernelGatewayApp.force_kernel_name=notebook-agent",
        "--KernelSpecManager.allowed_kernelspecs=notebook-agent",
        "--KernelGatewayApp.api=notebook_agent.kernel.gateway_host",
    ):
        assert option in line


# -- a kernel's life ------------------------------------------------------------------------------------------------
async def test_cells_keep_state_and_stream_outputs(remote: GatewayKernel) -> None:
    seen: list[str] = []

    async def on_output(kind: str, output: object) -> None:
        seen.append(kind)

    ok(await remote.execute("x = 41\nprint('hello from the gateway')", on_output=on_output))
    res = ok(await remote.execute("x + 1"))
    assert res.outputs[0]["data"]["text/plain"] == "42"
    assert res.execution_count == 2
    assert seen == ["output"]
    err = await remote.execute("1 / 0")
    assert err.status == "error" and err.error is not None and err.error["ename"] == "ZeroDivisionError"
    # Nagle is off on the gateway's kernel WebSocket: a trivial cell takes a few ms, not a 40 ms delayed ACK.
    times = []
    for _ in range(10):
        t0 = time.perf_counter()
        ok(await remote.execute("pass"))
        times.append(time.perf_counter() - t0)
    assert statistics.median(times) < 0.03, times


async def test_host_reports_the_layers_it_verified(remote: GatewayKernel) -> None:
    info = remote.sandbox_info
    assert info is not None and remote.confinement is not None
    for layer in ("landlock-fs", "landlock-net", "landlock-scope", "seccomp", "no-new-privs", "rlimits"):
        assert layer in info["layers"]
    assert info["no_new_privs"] and info["seccomp_mode"] == 2 and info["seccomp_filters"] >= 2
    assert info["start"] == "fork" and info["profile"] == "default"
    if IS_ROOT:  # per-session uid; the filter programs themselves were compared with what the host compiled
        assert info["uid"] != 0 and "uid" in info["layers"] and info["filters_checked"] == "programs"
    assert remote.confinement.layers == tuple(info["layers"])
    await remote.reverify()  # the host checks it again
    assert remote.sandbox_info is not None and remote.sandbox_info["pid"] == info["pid"]
    assert await remote.disk_over_cap() is None


async def test_remote_kernel_is_confined_from_inside(remote: GatewayKernel) -> None:
    code = (
        "import os, socket\n"
        "st = dict(l.split(':', 1) for l in open('/proc/self/status') if ':' in l)\n"
        "print('status', st['NoNewPrivs'].strip(), st['Seccomp'].strip(), st['Seccomp_filters'].strip(), os.getuid())\n"
        "def attempt(label, fn):\n"
        "    try:\n"
        "        fn()\n"
        "        print('ALLOWED', label)\n"
        "    except OSError as exc:\n"
        "        print('DENIED', label, exc.errno)\n"
        "attempt('read /etc/passwd', lambda: open('/etc/passwd').read())\n"  # Landlock
        "attempt('socket', lambda: socket.socket())\n"  # seccomp: no sockets after start
        "attempt('fork', os.fork)\n"  # seccomp: no new processes
        "attempt('write outside', lambda: open('/tmp/escaped', 'w'))\n"
    )
    out = ok(await remote.execute(code)).stdout
    status = next(line for line in out.splitlines() if line.startswith("status")).split()
    assert status[1:4] == ["1", "2", "2"], out
    if IS_ROOT:
        assert int(status[4]) != 0
    assert "ALLOWED" not in out and out.count("DENIED") == 4, out


async def test_interrupt_timeout_and_death(remote: GatewayKernel) -> None:
    ok(await remote.execute("y = 'kept'\nopen('note.txt', 'w').write('files stay')"))
    started = asyncio.Event()

    def on_output(kind: str, output: object) -> None:
        started.set()

    task = asyncio.create_task(
        remote.execute("import time\nprint('sleeping', flush=True)\ntime.sleep(60)", on_output=on_output)
    )
    await asyncio.wait_for(started.wait(), 30)
    t0 = time.monotonic()
    await remote.interrupt()
    res = await task
    assert res.status == "interrupted" and time.monotonic() - t0 < 5
    assert ok(await remote.execute("y")).outputs[0]["data"]["text/plain"] == "'kept'"

    res = await remote.execute("import time\ntime.sleep(60)", timeout=0.5)  # the deadline interrupts it
    assert res.status == "timeout" and not res.restarted

    res = await remote.execute("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)")
    assert res.status == "died" and res.restarted, res.notes
    res = await remote.execute("print(open('note.txt').read())\ny")
    assert "files stay" in res.stdout and res.error is not None and res.error["ename"] == "NameError"

    # Death between cells: the gateway restarts it on its own; the next cell says so instead of running.
    ok(await remote.execute("import os, signal, threading\nthreading.Timer(0.2, os.kill, (os.getpid(), 9)).start()"))
    deadline = time.monotonic() + 20
    while await remote.is_alive():
        assert time.monotonic() < deadline, "the gateway did not report the death"
        await asyncio.sleep(0.1)
    res = await remote.execute("'not run'")
    assert res.status == "died" and res.restarted and "restarted" in res.stderr
    ok(await remote.execute("'runs again'"))


async def test_a_forged_restart_notice_is_checked_with_the_host(remote: GatewayKernel) -> None:
    """The kernel sends the gateway's "restarting" status itself, then keeps running: it is restarted for real."""
    pid = remote.sandbox_info["pid"] if remote.sandbox_info else None
    forge = (
        "k = get_ipython().kernel\n"
        "k.session.send(k.iopub_socket, 'status', {'execution_state': 'restarting'})\n"
        "import time\ntime.sleep(30)"
    )
    res = await remote.execute(forge)
    assert res.status == "died" and res.restarted
    assert remote.sandbox_info is not None and remote.sandbox_info["pid"] != pid
    ok(await remote.execute("'a fresh kernel'"))


async def test_restart_keeps_files_and_loses_variables(remote: GatewayKernel) -> None:
    ok(await remote.execute("z = 1\nopen('data.txt', 'w').write('on disk')"))
    pid = remote.sandbox_info["pid"] if remote.sandbox_info else None
    await remote.restart()
    assert remote.restarts == 1 and remote.sandbox_info is not None and remote.sandbox_info["pid"] != pid
    res = await remote.execute("print(open('data.txt').read())\nz")
    assert res.stdout == "on disk\n" and res.error is not None and res.error["ename"] == "NameError"
    assert ok(await remote.execute("1 + 1")).outputs[0]["data"]["text/plain"] == "2"


async def test_reattach_by_kernel_id_from_a_second_client(gateway: Gateway, settings: Settings) -> None:
    first = await GatewayKernel(gateway.config(), settings=settings).start()
    kernel_id = first.kernel_id
    assert kernel_id is not None
    try:
        ok(await first.execute("shared = [1, 2, 3]"))
        await first.detach()  # the app goes away; the kernel stays on the gateway
        second = await GatewayKernel.attach(gateway.config(), kernel_id, settings=settings)
        assert second.sandbox_info is not None
        res = ok(await second.execute("shared.append(4); shared"))
        assert res.outputs[0]["data"]["text/plain"] == "[1, 2, 3, 4]"
        third = await GatewayKernel.attach(gateway.config(), kernel_id, settings=settings)  # two clients at once
        ok(await third.execute("shared.append(5)"))
        res = ok(await second.execute("len(shared)"))
        assert res.outputs[0]["data"]["text/plain"] == "5"
        await third.detach()
        await second.shutdown()
        assert not await second.is_alive()
        with pytest.raises(KernelNotRunning):
            await GatewayKernel.attach(gateway.config(), kernel_id, settings=settings)
    finally:
        async with httpx.AsyncClient(headers={"Authorization": f"token {gateway.token}"}) as client:
            await client.delete(f"{gateway.url}/api/kernels/{kernel_id}")


async def test_token_is_required(gateway: Gateway, settings: Settings, remote: GatewayKernel) -> None:
    assert httpx.get(f"{gateway.url}/api/kernels/{remote.kernel_id}").status_code == 401
    bad = {"Authorization": "token not-the-token"}
    assert httpx.post(f"{gateway.url}/api/kernels", headers=bad, json={}).status_code == 401
    assert httpx.get(f"{gateway.url}/api/kernels/{remote.kernel_id}/sandbox", headers=bad).status_code == 401
    for token in ("", "not-the-token"):
        with pytest.raises(ConfigError, match="refused the app's token"):
            await GatewayKernel(gateway.config(token=token), settings=settings).start()
        with pytest.raises(ConfigError):
            await GatewayKernel.attach(gateway.config(token=token), str(remote.kernel_id), settings=settings)
    ws_url = gateway.url.replace("http", "ws") + f"/api/kernels/{remote.kernel_id}/channels"
    with pytest.raises(InvalidStatus) as refused:
        await connect(ws_url, additional_headers=bad)
    assert refused.value.response.status_code == 401
    ok(await remote.execute("'still fine'"))


async def test_upload_streams_into_the_kernels_work_dir(remote: GatewayKernel, tmp_path: Path) -> None:
    src = tmp_path / "upload.bin"
    with src.open("wb") as fh:
        for _ in range(24):
            fh.write(os.urandom(2**20))
    progress: list[int] = []
    result = await remote.upload(src, "data.bin", on_progress=lambda done, total: progress.append(done))
    assert result.bytes == src.stat().st_size and result.mb_per_s > 0
    assert progress and progress == sorted(progress) and progress[-1] == result.bytes
    code = (
        "import hashlib, os\nprint(hashlib.sha256(open('data.bin', 'rb').read()).hexdigest(), sorted(os.listdir('.')))"
    )
    out = ok(await remote.execute(code)).stdout
    assert out.split()[0] == hashlib.sha256(src.read_bytes()).hexdigest()
    assert ".part" not in out  # the temporary name is gone
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert (await remote.upload(empty, "empty.csv")).bytes == 0
    for name in ("../escape.bin", "a/b", ""):
        with pytest.raises(UploadError):
            await remote.upload(src, name)
    ok(await remote.execute("import os\nassert os.path.getsize('empty.csv') == 0"))


async def test_tls_gateway_with_its_ca(settings: Settings) -> None:
    tmp = make_data_dir("na-tls-")
    cert, key = tmp / "cert.pem", tmp / "key.pem"
    subject = ["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]
    files = ["-keyout", str(key), "-out", str(cert)]
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", *subject, *files],
        check=True,
        capture_output=True,
    )
    gw = _start_gateway(
        ("--certfile", str(cert), "--keyfile", str(key)), env={"NOTEBOOK_AGENT_KERNEL_START": "spawn"}, scheme="https"
    )
    gw.ca_file = str(cert)
    try:
        with pytest.raises(KernelStartError, match=r"CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
            await GatewayKernel(GatewayConfig(gw.url, token=gw.token), settings=settings).start()
        async with GatewayKernel(gw.config(), settings=settings) as k:
            res = ok(await k.execute("print('over TLS')"))
            assert res.stdout == "over TLS\n"
            assert k.sandbox_info is not None and k.sandbox_info["start"] == "spawn"
    finally:
        _stop_gateway(gw)
