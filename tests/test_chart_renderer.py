"""Altair charts drawn on the app's side, in a short-lived confined process (`notebook_agent/data/chart_renderer.py`).

The renderer runs as the app would start it: it must draw, with every layer in force (as root: as nobody), never
fetch anything (a local HTTP server the test starts is the sentinel; unconfined, vl-convert does fetch from it),
and the app side must add the picture to a cell's outputs, at most a few per cell. The seccomp change it needs
(ENOSYS for sched_getaffinity on another pid) is checked in a real process, and the kernel's own filter is not
changed by it. Through a real confined kernel and `Session`: tests/test_confined_libraries.py and
tests/test_offline_interactive.py.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import IS_ROOT

from notebook_agent.data import chart_renderer
from notebook_agent.data.chart_renderer import (
    ADDRESS_SPACE,
    ATTACHED,
    CHARTS_PER_CELL,
    DATA,
    UID,
    attach_chart_images,
    render_png,
    renderer_request,
    run_renderer,
)
from notebook_agent.ui.charts import vegalite_spec

VL6 = "application/vnd.vegalite.v6+json"


def _spec(rows: int = 3) -> dict[str, Any]:
    values = [{"city": f"c{i}", "amount": i + 0.5} for i in range(rows)]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.4.1.json",
        "data": {"values": values},
        "mark": {"type": "bar"},
        "encoding": {
            "x": {"field": "city", "type": "nominal"},
            "y": {"field": "amount", "type": "quantitative"},
        },
    }


def _png(answer: dict[str, Any]) -> bytes:
    assert isinstance(answer.get("png"), str), {k: v for k, v in answer.items() if k != "png"}
    data = base64.b64decode(answer["png"])
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return data


def test_renderer_draws_with_every_layer_in_force() -> None:
    safe = vegalite_spec(_spec())
    assert safe is not None
    times = []
    for _ in range(2):  # first and second: each chart is a fresh process
        started = time.monotonic()
        answer = run_renderer(renderer_request(safe, 6))
        times.append(time.monotonic() - started)
        png = _png(answer)
    print(f"render seconds: first {times[0]:.2f}, second {times[1]:.2f}")
    assert int.from_bytes(png[16:20], "big") > 100
    confined = answer["confined"]
    layers = set(confined["layers"])
    assert {"rlimits", "landlock-fs", "landlock-net", "landlock-scope", "no-new-privs", "seccomp"} <= layers
    if IS_ROOT:
        assert "uid" in layers and confined["uid"] == confined["gid"] == UID and confined["groups"] == []
    assert confined["NoNewPrivs"] == 1 and confined["Seccomp"] == 2 and confined["Seccomp_filters"] == 1
    assert confined["dumpable"] == 0
    limits = confined["rlimits"]
    assert limits["as"] == ADDRESS_SPACE and limits["data"] == DATA
    assert limits["fsize"] == 0 and limits["core"] == 0 and limits["nofile"] <= 64 and limits["cpu"] <= 21


def test_renderer_fails_closed_on_a_broken_request() -> None:
    answer = run_renderer({"spec": "not a spec"})
    assert answer["failed"] == "request"
    request = renderer_request(_spec(), 6)
    request["parent"] = 1  # not its parent: it refuses before drawing
    assert run_renderer(request)["failed"] == "confinement"


@pytest.fixture
def sentinel() -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """A local HTTP server in its own process that prints one line per request it gets; its base URL."""
    code = (
        "import http.server\n"
        "class H(http.server.BaseHTTPRequestHandler):\n"
        "    def do_GET(self):\n"
        "        print('HIT', self.path, flush=True)\n"
        "        body = b'city,amount\\nA,1\\n'\n"
        "        self.send_response(200); self.send_header('Content-Length', str(len(body))); self.end_headers()\n"
        "        self.wfile.write(body)\n"
        "    def log_message(self, *a): pass\n"
        "s = http.server.HTTPServer(('127.0.0.1', 0), H)\n"
        "print(s.server_port, flush=True)\n"
        "s.serve_forever()\n"
    )
    server = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    port = int(server.stdout.readline())
    try:
        yield f"http://127.0.0.1:{port}", server
    finally:
        server.kill()
        server.wait()


def _hits(server: subprocess.Popen[str]) -> list[str]:
    server.kill()
    assert server.stdout is not None
    out = server.stdout.read()
    return [line for line in out.splitlines() if line.startswith("HIT")]


def _url_spec(base: str) -> dict[str, Any]:
    spec = _spec()
    spec["data"] = {"url": f"{base}/data.csv"}
    return spec


def test_unconfined_vl_convert_does_fetch_from_the_sentinel(sentinel: tuple[str, subprocess.Popen[str]]) -> None:
    """The control: the sentinel would see a fetch."""
    base, server = sentinel
    code = "import json, sys, vl_convert as v\nv.vegalite_to_png(json.loads(sys.stdin.read()))\n"
    subprocess.run(
        [sys.executable, "-c", code], input=json.dumps(_url_spec(base)), text=True, timeout=60, capture_output=True
    )
    assert _hits(server) == ["HIT /data.csv"]


def test_a_data_url_never_causes_a_fetch(sentinel: tuple[str, subprocess.Popen[str]]) -> None:
    base, server = sentinel
    spec = _url_spec(base)
    assert vegalite_spec(spec) is None  # the sanitiser refuses data that is not inline
    assert isinstance(render_png(spec, 6), str)  # so the app never starts a renderer for it
    # The renderer given such a spec directly (past the sanitiser): its loader cannot reach anything (no socket()
    # under seccomp, no TCP under Landlock), so Vega draws the chart without data, and the server sees nothing.
    spec["data"]["format"] = {"type": "csv"}
    answer = run_renderer(renderer_request(spec, 6))
    assert "seccomp" in answer["confined"]["layers"] and "landlock-net" in answer["confined"]["layers"], answer
    assert _hits(server) == []


@pytest.mark.skipif(sys.platform != "linux", reason="seccomp")
def test_only_the_renderer_filter_answers_enosys_for_other_pids() -> None:
    code = r"""
import json, os, sys, threading
from notebook_agent.sandbox import seccomp
from notebook_agent.sandbox.profiles import load_profile
from notebook_agent.settings import get_settings
seccomp.apply(load_profile(get_settings().profile).seccomp_policy, shared_uid=True,
              foreign_affinity_enosys=sys.argv[1] == "renderer")
def ask(pid):
    try:
        os.sched_getaffinity(pid)
        return 0
    except OSError as exc:
        return exc.errno
out = {"zero": ask(0), "self": ask(os.getpid()), "init": ask(1)}
def thread():
    out["thread"] = ask(threading.get_native_id())
t = threading.Thread(target=thread); t.start(); t.join()
print(json.dumps(out))
"""
    answers = {}
    for which in ("renderer", "kernel"):
        proc = subprocess.run([sys.executable, "-c", code, which], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        answers[which] = json.loads(proc.stdout)
    assert answers["renderer"] == {"zero": 0, "self": 0, "init": 38, "thread": 38}
    assert answers["kernel"] == {"zero": 0, "self": 0, "init": 1, "thread": 1}  # the kernel's policy: EPERM


def test_kernel_programs_are_unchanged_by_the_renderer_option() -> None:
    from notebook_agent.sandbox import seccomp
    from notebook_agent.sandbox.profiles import load_profile
    from notebook_agent.settings import get_settings

    policy = load_profile(get_settings().profile).seccomp_policy
    kernel = seccomp.export(seccomp.build_filter(policy, self_pid=4242, shared_uid=True))
    assert seccomp.expected_programs(policy, 4242, shared_uid=True)[1] == kernel
    renderer = seccomp.export(
        seccomp.build_filter(policy, self_pid=4242, shared_uid=True, foreign_affinity_enosys=True)
    )
    assert renderer != kernel


def _output(spec: Any, note: str = "<Altair chart: ... no image of it could be made ...>") -> dict[str, Any]:
    return {"output_type": "display_data", "data": {VL6: spec, "text/plain": note}, "metadata": {}}


def test_attach_adds_the_picture_and_fixes_the_note() -> None:
    outputs = [
        {"output_type": "stream", "name": "stdout", "text": "hi\n"},
        _output(_spec(5)),
        {"output_type": "display_data", "data": {VL6: _spec(), "image/png": "AAAA", "text/plain": "x"}},
    ]
    assert asyncio.run(attach_chart_images(outputs)) == 1
    data = outputs[1]["data"]
    png = base64.b64decode(data["image/png"])
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and data["text/plain"] == ATTACHED
    assert outputs[1]["metadata"]["image/png"]["width"] == int.from_bytes(png[16:20], "big") // 2
    assert data[VL6] == _spec(5)  # the kernel's spec stays as it came (the page cleans it again)
    assert outputs[2]["data"]["image/png"] == "AAAA"  # one it already had is left alone


def test_attach_caps_charts_per_cell_and_spec_size(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[Any] = []

    def fake(spec: Any, major: int, settings: Any = None) -> bytes:
        drawn.append(spec)
        return b"\x89PNG\r\n\x1a\n" + b"\0\0\0\rIHDR" + (200).to_bytes(4, "big") * 2

    monkeypatch.setattr(chart_renderer, "render_png", fake)
    outputs = [_output(_spec()) for _ in range(CHARTS_PER_CELL + 2)]
    assert asyncio.run(attach_chart_images(outputs)) == CHARTS_PER_CELL
    assert [("image/png" in o["data"]) for o in outputs] == [True] * CHARTS_PER_CELL + [False, False]
    assert "no image" in outputs[-1]["data"]["text/plain"]  # past the cap the kernel's note stays
    drawn.clear()
    big = _output(_spec(60_000))
    assert asyncio.run(attach_chart_images([big])) == 0 and drawn == []


def test_a_spec_that_cannot_be_cleaned_keeps_its_note() -> None:
    out = _output({"mark": "bar", "data": {"url": "https://example.com/x.csv"}})
    assert asyncio.run(attach_chart_images([out])) == 0
    assert "image/png" not in out["data"] and "no image" in out["data"]["text/plain"]


@pytest.mark.skipif(not IS_ROOT, reason="the renderer drops to nobody only as root")
def test_renderer_process_runs_as_nobody_while_drawing() -> None:
    """Seen from outside: /proc/<pid>/status of the running renderer."""
    from notebook_agent.data.uploads import _inspector_python

    request = renderer_request(vegalite_spec(_spec(2000)) or {}, 6)
    proc = subprocess.Popen(
        [_inspector_python(), "-I", "-B", "-m", "notebook_agent.data.chart_renderer"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd="/",
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    assert proc.stdin is not None
    request["parent"] = os.getpid()
    proc.stdin.write(json.dumps(request).encode())
    proc.stdin.close()
    seen: dict[str, str] = {}
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with open(f"/proc/{proc.pid}/status") as fh:
                status = dict(line.rstrip("\n").split(":\t", 1) for line in fh if ":\t" in line)
        except OSError:
            break
        if status.get("Seccomp") == "2":
            seen = status
            break
        time.sleep(0.01)
    assert proc.stdout is not None
    out = proc.stdout.read()
    proc.wait(timeout=60)
    assert seen, "the renderer was never seen under its filter"
    assert seen["Uid"].split() == [str(UID)] * 4 and seen["Gid"].split() == [str(UID)] * 4
    assert seen["NoNewPrivs"] == "1" and seen["Groups"].strip() == ""
    assert seen["CapEff"] == "0000000000000000"
    _png(json.loads(out))
