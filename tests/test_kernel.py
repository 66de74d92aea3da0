"""Functional tests on real confined kernels: data science works, cells are bounded, the sandbox holds."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import json
import os
import stat
import struct
import subprocess
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from notebook_agent.errors import KernelError, MissingLayerError, SandboxError
from notebook_agent.kernel.session_kernel import CellResult, SessionKernel
from notebook_agent.sandbox import host
from notebook_agent.sandbox.identity import allocate_uid, processes_of_uid
from notebook_agent.sandbox.profiles import LAYERS, load_profile
from notebook_agent.sandbox.sandbox import Sandbox
from notebook_agent.sandbox.verify import read_status, verify_confinement
from notebook_agent.settings import Settings

IS_ROOT = os.geteuid() == 0
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk; asserts it is a PNG."""
    assert data[:8] == PNG_MAGIC, f"not a PNG: {data[:16]!r}"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ok(result: CellResult) -> CellResult:
    assert result.status == "ok", f"cell failed: {result.status} {result.error} {result.notes}"
    return result


@pytest.fixture(scope="module")
async def shared_kernel(settings: Settings) -> AsyncIterator[SessionKernel]:
    """One kernel for the tests that neither break nor restart it."""
    async with SessionKernel(settings=settings) as k:
        yield k


# -- data science in the sandbox ------------------------------------------------------------------------------


async def test_pandas_dataframe_ops(shared_kernel: SessionKernel) -> None:
    code = (
        "import pandas as pd\n"
        "df = pd.DataFrame({'city': ['a', 'b', 'a', 'c', 'b'], 'sales': [10, 20, 30, 40, 50]})\n"
        "g = df.groupby('city')['sales'].sum().sort_index()\n"
        "print(g.to_dict())\n"
        "print(df.sales.mean(), len(df[df.sales > 15]))\n"
        "df.describe()"
    )
    res = ok(await shared_kernel.execute(code))
    lines = res.stdout.splitlines()
    assert lines[0] == "{'a': 40, 'b': 70, 'c': 40}"
    assert lines[1] == "30.0 4"
    rich = [o for o in res.outputs if o.output_type == "execute_result"]
    assert rich and "text/html" in rich[0].data and "sales" in rich[0].data["text/plain"]


async def test_numpy(shared_kernel: SessionKernel) -> None:
    code = (
        "import numpy as np\n"
        "a = np.array([[3.0, 1.0], [1.0, 2.0]])\n"
        "x = np.linalg.solve(a, np.array([9.0, 8.0]))\n"
        "print(np.round(x, 6).tolist(), np.arange(10).reshape(2, 5).sum(axis=1).tolist())\n"
        "m = np.random.default_rng(0).standard_normal((300, 300)); print((m @ m.T).shape)"
    )
    res = ok(await shared_kernel.execute(code))
    assert res.stdout.splitlines() == ["[2.0, 3.0] [10, 35]", "(300, 300)"]


async def test_scipy_curve_fit(shared_kernel: SessionKernel) -> None:
    code = (
        "import numpy as np\n"
        "from scipy.optimize import curve_fit\n"
        "rng = np.random.default_rng(1)\n"
        "x = np.linspace(0, 10, 50)\n"
        "y = 3 * x + 2 + rng.normal(0, 0.2, x.size)\n"
        "(slope, intercept), _ = curve_fit(lambda x, a, b: a * x + b, x, y)\n"
        "print(slope, intercept)"
    )
    res = ok(await shared_kernel.execute(code))
    slope, intercept = (float(v) for v in res.stdout.split())
    assert slope == pytest.approx(3, abs=0.05)
    assert intercept == pytest.approx(2, abs=0.3)


async def test_matplotlib_inline_png(shared_kernel: SessionKernel) -> None:
    code = (
        "import matplotlib.pyplot as plt\n"
        "fig, ax = plt.subplots()\n"
        "ax.plot([1, 2, 3], [1, 4, 9]); ax.set_title('squares')\n"
        "plt.show()"
    )
    res = ok(await shared_kernel.execute(code))
    images = [o for o in res.outputs if o.output_type == "display_data" and "image/png" in o.data]
    assert len(images) == 1, res.outputs
    png = base64.b64decode(images[0].data["image/png"])
    width, height = png_size(png)
    assert 200 <= width <= 3000 and 150 <= height <= 3000, (width, height)
    assert width > height  # the default figure is landscape
    assert len(png) > 5000  # a real drawing, not an empty canvas


async def test_state_kept_across_cells(shared_kernel: SessionKernel) -> None:
    ok(await shared_kernel.execute("total = 0\ndef add(n):\n    global total\n    total += n\n    return total"))
    ok(await shared_kernel.execute("add(5); add(7)"))
    res = ok(await shared_kernel.execute("total * 2"))
    assert res.outputs[0].data["text/plain"] == "24"
    assert res.execution_count is not None and res.execution_count >= 3


async def test_error_reported(shared_kernel: SessionKernel) -> None:
    res = await shared_kernel.execute("1 / 0")
    assert res.status == "error"
    assert res.error is not None and res.error["ename"] == "ZeroDivisionError"
    assert any(o.output_type == "error" for o in res.outputs)
    ok(await shared_kernel.execute("print('still here')"))


async def test_outputs_stream_live_in_order(shared_kernel: SessionKernel) -> None:
    seen: list[tuple[float, str, str]] = []

    async def on_output(kind: str, output: object) -> None:
        text = getattr(output, "text", "") if output is not None else ""
        seen.append((time.monotonic(), kind, text))

    start = time.monotonic()
    res = ok(
        await shared_kernel.execute(
            "import time\nfor i in range(4):\n    print(f'line {i}', flush=True)\n    time.sleep(0.4)",
            on_output=on_output,
        )
    )
    end = time.monotonic()
    texts = "".join(text for _, kind, text in seen if kind == "output")
    assert texts == "line 0\nline 1\nline 2\nline 3\n"
    assert res.stdout == texts
    times = [t for t, kind, _ in seen if kind == "output"]
    assert len(times) >= 3, seen
    # Streamed as they were printed, not delivered in one lump when the cell ended.
    assert times[0] - start < res.duration_s - 0.8, (times[0] - start, res.duration_s)
    assert times[-1] - times[0] > 0.8, times
    assert end - times[0] > 1.0


async def test_sync_callback_and_clear_output(shared_kernel: SessionKernel) -> None:
    events: list[str] = []

    def on_output(kind: str, output: object) -> None:
        events.append(kind)

    res = ok(
        await shared_kernel.execute(
            "from IPython.display import clear_output\nprint('old')\nclear_output()\nprint('new')", on_output=on_output
        )
    )
    assert res.stdout == "new\n"
    assert events == ["output", "clear", "output"]
    res = ok(
        await shared_kernel.execute(
            "from IPython.display import clear_output, display\ndisplay('first')\nclear_output(wait=True)\n"
            "display('second')"
        )
    )
    shown = [o.data["text/plain"] for o in res.outputs if o.output_type == "display_data"]
    assert shown == ["'second'"]


async def test_output_cap_truncates_with_note(shared_kernel: SessionKernel) -> None:
    cap = shared_kernel.profile.limits.output_cap_kb * 1024
    res = ok(await shared_kernel.execute(f"print('x' * {cap + 1024 * 1024})"))
    assert res.truncated_bytes >= 1024 * 1024
    assert len(res.stdout.encode()) <= cap
    assert res.stdout.startswith("xxxx")
    assert any("Output truncated" in n and f"{cap // 1024} KiB" in n for n in res.notes), res.notes
    # The note is visible in the outputs too (what a notebook or a model sees).
    assert "Output truncated" in res.stderr


# -- the environment and the sandbox directory ----------------------------------------------------------------


async def test_environment_is_minimal(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = "na-secret-" + os.urandom(6).hex()
    monkeypatch.setenv("NA_TEST_SECRET_KEY", marker)
    monkeypatch.setenv("GEMINI_API_KEY", marker)
    async with SessionKernel(settings=settings) as k:
        res = ok(await k.execute("import os, json\nprint(json.dumps(dict(os.environ)))"))
        root = str(k.sandbox.root)
    env = json.loads(res.stdout)
    assert marker not in res.stdout
    assert "NA_TEST_SECRET_KEY" not in env and "GEMINI_API_KEY" not in env
    for var in ("HOME", "TMPDIR", "MPLCONFIGDIR"):
        assert env[var].startswith(root + "/"), (var, env[var], root)
    assert env["OMP_NUM_THREADS"] == str(k.profile.limits.compute_threads)


async def test_sandbox_dir_private_to_session(shared_kernel: SessionKernel) -> None:
    root = shared_kernel.sandbox.root
    st = os.stat(root)
    assert stat.S_IMODE(st.st_mode) == 0o700
    conf = shared_kernel.confinement
    assert conf is not None
    assert st.st_uid == conf.uid == shared_kernel.sandbox.uid
    res = ok(await shared_kernel.execute("import os; print(os.getuid(), os.getgid(), os.getgroups(), os.getcwd())"))
    uid, gid, groups, cwd = res.stdout.split(" ", 3)
    assert int(uid) == conf.uid and int(gid) == conf.gid
    assert cwd.strip() == str(shared_kernel.sandbox.work_dir)
    if IS_ROOT:
        first, last = shared_kernel.settings.uid_range
        assert conf.uid != 0 and first <= conf.uid <= last
        assert groups == "[]"


@pytest.mark.skipif(not IS_ROOT, reason="per-session uids need root")
async def test_two_sessions_get_different_uids(shared_kernel: SessionKernel, kernel: SessionKernel) -> None:
    assert shared_kernel.sandbox.uid != kernel.sandbox.uid
    assert shared_kernel.sandbox.root != kernel.sandbox.root
    res = ok(
        await kernel.execute(
            f"import os\ntry:\n    os.listdir({str(shared_kernel.sandbox.root)!r})\n"
            "except OSError as e:\n    print(type(e).__name__)"
        )
    )
    assert res.stdout.strip() == "PermissionError"


async def test_shutdown_removes_sandbox_and_releases_uid(settings: Settings) -> None:
    k = SessionKernel(settings=settings)
    await k.start()
    root, host_dir, uid, pid = k.sandbox.root, k.sandbox.host_dir, k.sandbox.uid, k.pid
    assert root.is_dir() and host_dir.is_dir() and pid is not None
    ok(await k.execute("open('left-behind.txt', 'w').write('data')"))
    assert (root / "work" / "left-behind.txt").is_file()
    if IS_ROOT:
        assert pid in processes_of_uid(uid)
        with pytest.raises(SandboxError, match="no free uid"):
            allocate_uid((uid, uid), settings.runtime_dir / "uids")  # held while the session lives
    await k.shutdown()
    assert not root.exists() and not host_dir.exists()
    assert not Path(f"/proc/{pid}").exists() or read_status(pid).get("State", "").startswith("Z")
    if IS_ROOT:
        assert processes_of_uid(uid) == []
        lease = allocate_uid((uid, uid), settings.runtime_dir / "uids")  # free again
        assert lease.uid == uid
        lease.release()


# -- confinement and verification ----------------------------------------------------------------------------


async def test_confinement_reported_and_real(shared_kernel: SessionKernel) -> None:
    conf = shared_kernel.confinement
    assert conf is not None and conf.pid == shared_kernel.pid
    expected = {"landlock-fs", "landlock-net", "landlock-scope", "seccomp", "no-new-privs", "rlimits"}
    if IS_ROOT:
        expected.add("uid")
    assert expected <= set(conf.layers), conf.layers
    assert conf.no_new_privs and conf.seccomp_mode == 2 and conf.seccomp_filters >= 1
    assert conf.cap_eff == 0 and conf.landlock_abi >= 6
    # Checked again from the outside, not only as reported.
    st = read_status(conf.pid)
    assert st["NoNewPrivs"] == "1" and st["Seccomp"] == "2" and int(st["Seccomp_filters"]) >= 1
    assert int(st["CapEff"], 16) == 0
    assert st["Uid"].split() == [str(conf.uid)] * 4
    # And from the inside.
    res = ok(
        await shared_kernel.execute(
            "print([l.split()[1] for l in open('/proc/self/status') if l.startswith(('NoNewPrivs', 'Seccomp:'))])"
        )
    )
    assert res.stdout.strip() == "['1', '2']"


async def test_verify_accepts_confined_and_refuses_more(shared_kernel: SessionKernel) -> None:
    conf = shared_kernel.confinement
    assert conf is not None
    report = {"layers": list(conf.layers), "pid": conf.pid, "landlock_abi": conf.landlock_abi}
    required = list(conf.layers)
    again = verify_confinement(conf.pid, conf.uid, conf.gid, report, required)
    assert again.layers == conf.layers
    with pytest.raises(SandboxError, match="layer cgroup not in force"):
        verify_confinement(conf.pid, conf.uid, conf.gid, report, [*required, "cgroup"])
    with pytest.raises(SandboxError, match=r"report came from pid"):
        verify_confinement(conf.pid, conf.uid, conf.gid, {**report, "pid": conf.pid + 1}, required)


def test_verify_refuses_unconfined_process() -> None:
    proc = subprocess.Popen(["sleep", "30"])
    try:
        report = {"layers": ["landlock-fs", "seccomp"], "pid": proc.pid}
        with pytest.raises(SandboxError) as info:
            verify_confinement(proc.pid, 4242, 4242, report, ["landlock-fs", "landlock-net", "seccomp"])
        msg = str(info.value)
        for problem in (
            "runs as uid",
            "runs as gid",
            "NoNewPrivs is not set",
            "no seccomp filter",
            "layer landlock-net not in force",
            "stopped before running any code",
        ):
            assert problem in msg, (problem, msg)
        with pytest.raises(SandboxError, match="NoNewPrivs is not set"):
            verify_confinement(proc.pid, os.geteuid(), os.getegid(), report, ["landlock-fs"])
    finally:
        proc.kill()
        proc.wait()
    with pytest.raises(SandboxError, match="vanished"):
        verify_confinement(proc.pid, 4242, 4242, {"pid": proc.pid}, [])


@pytest.mark.skipif(not IS_ROOT, reason="the uid layer exists only as root")
async def test_provisioner_refuses_kernel_that_kept_root(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """A launcher that failed to drop the uid is caught by the check of /proc, and nothing runs."""
    real_spec = Sandbox.launch_spec

    def no_drop(self: Sandbox, *args: object, **kwargs: object) -> dict[str, object]:
        spec = real_spec(self, *args, **kwargs)  # type: ignore[arg-type]
        spec["uid"] = spec["gid"] = None
        return spec

    monkeypatch.setattr(Sandbox, "launch_spec", no_drop)
    before = set(os.listdir(settings.sandboxes_dir)) if settings.sandboxes_dir.exists() else set()
    k = SessionKernel(settings=settings)
    with pytest.raises(SandboxError) as info:
        await k.start()
    msg = str(info.value)
    assert "runs as uid" in msg and "layer uid not in force" in msg and "before running any code" in msg
    assert k.km is None and k.kc is None
    assert set(os.listdir(settings.sandboxes_dir)) == before  # the refused session's directory is gone


async def test_waived_layer_is_not_required_at_verification(settings: Settings, tmp_path: Path) -> None:
    """NOTEBOOK_AGENT_ALLOW_MISSING_LAYERS=cgroup with a profile that requires cgroup: the kernel starts."""
    text = Path(load_profile("default").path).read_text()
    text = text.replace('required_layers = ["no-new-privs"', 'required_layers = ["cgroup", "no-new-privs"')
    assert '"cgroup"' in text
    (tmp_path / "seccomp").mkdir()
    (tmp_path / "seccomp" / "kernel.json").write_text(json.dumps(load_profile("default").seccomp_policy))
    (tmp_path / "wants-cgroup.toml").write_text(text)
    profile = load_profile(str(tmp_path / "wants-cgroup.toml"))
    with pytest.raises(MissingLayerError, match="NOTEBOOK_AGENT_ALLOW_MISSING_LAYERS=cgroup"):
        await SessionKernel(settings=settings, profile=profile).start()
    waiving = dataclasses.replace(settings, allow_missing_layers=frozenset({"cgroup"}))
    async with SessionKernel(settings=waiving, profile=profile) as k:
        assert k.sandbox.waived_layers == ["cgroup"]
        assert k.confinement is not None and "seccomp" in k.confinement.layers
        assert ok(await k.execute("print(6 * 7)")).stdout == "42\n"


def test_missing_layer_error_names_layer_and_setting(settings: Settings) -> None:
    profile = load_profile("default")
    layers = dict.fromkeys(LAYERS, True)
    layers["landlock-net"] = False
    details = {layer: "ok" for layer in LAYERS}
    details["landlock-net"] = "needs Landlock ABI >= 4, have 3"
    support = host.HostSupport(layers=layers, details=details, landlock_abi=3)
    with pytest.raises(MissingLayerError) as info:
        host.check_requirements(profile, settings, support)
    msg = str(info.value)
    assert info.value.layers == ["landlock-net"]
    assert "landlock-net" in msg and "needs Landlock ABI >= 4, have 3" in msg and "'default'" in msg
    assert "NOTEBOOK_AGENT_ALLOW_MISSING_LAYERS=landlock-net" in msg
    waiving = dataclasses.replace(settings, allow_missing_layers=frozenset({"landlock-net"}))
    assert host.check_requirements(profile, waiving, support) == ["landlock-net"]
    # Per-session mode needs the uid layer on top of the profile's.
    per_session = dataclasses.replace(settings, uid_mode_setting="per-session")
    no_uid = host.HostSupport(layers={**dict.fromkeys(LAYERS, True), "uid": False}, details=details, landlock_abi=7)
    with pytest.raises(MissingLayerError, match=r"cannot provide uid\b"):
        host.check_requirements(profile, per_session, no_uid)
    shared = dataclasses.replace(settings, uid_mode_setting="shared")
    assert host.check_requirements(profile, shared, no_uid) == []


def test_host_probe_matches_this_host() -> None:
    support = host.probe()
    assert set(support.layers) == set(LAYERS)
    assert support.landlock_abi >= 6
    for layer in ("no-new-privs", "landlock-fs", "landlock-net", "landlock-scope", "seccomp", "rlimits"):
        assert support.layers[layer], (layer, support.details[layer])
    assert support.layers["uid"] == IS_ROOT


# -- bounded cells: interrupt, timeout, restart, death --------------------------------------------------------


async def test_interrupt_keeps_state(kernel: SessionKernel) -> None:
    ok(await kernel.execute("kept = 'before'"))
    task = asyncio.create_task(
        kernel.execute("import time\nprint('looping', flush=True)\nwhile True:\n    time.sleep(0.05)")
    )
    await asyncio.sleep(0.8)
    assert not task.done()
    await kernel.interrupt()
    res = await asyncio.wait_for(task, 10)
    assert res.status == "interrupted", (res.status, res.error, res.notes)
    assert res.error is not None and res.error["ename"] == "KeyboardInterrupt"
    assert not res.restarted and res.stdout == "looping\n"
    assert ok(await kernel.execute("print(kept)")).stdout == "before\n"


async def test_timeout_interrupts_and_keeps_state(kernel: SessionKernel) -> None:
    pid = kernel.pid
    ok(await kernel.execute("survivor = 123"))
    start = time.monotonic()
    res = await kernel.execute("import time\nwhile True:\n    time.sleep(0.05)", timeout=1)
    assert res.status == "timeout" and not res.restarted
    assert 0.9 <= time.monotonic() - start < 10
    assert any("1 s time limit" in n and "kept" in n for n in res.notes), res.notes
    assert kernel.pid == pid
    assert ok(await kernel.execute("print(survivor + 1)")).stdout == "124\n"


@pytest.mark.slow
async def test_sigint_ignoring_cell_restarts_kernel(kernel: SessionKernel) -> None:
    old_pid = kernel.pid
    ok(await kernel.execute("lost = 1\nopen('kept-file.txt', 'w').write('x')"))
    res = await kernel.execute(
        "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    time.sleep(0.05)",
        timeout=1,
    )
    assert res.status == "timeout"
    assert res.restarted
    assert any("restarted" in n for n in res.notes), res.notes
    assert kernel.restarts == 1 and kernel.pid != old_pid
    res = await kernel.execute("import os\nprint(os.path.exists('kept-file.txt'))\nlost")
    assert res.stdout == "True\n"
    assert res.error is not None and res.error["ename"] == "NameError"
    conf = kernel.confinement
    assert conf is not None and conf.pid == kernel.pid and "seccomp" in conf.layers


@pytest.mark.slow
async def test_segfault_reported_and_recovered(kernel: SessionKernel) -> None:
    old_pid = kernel.pid
    res = await kernel.execute("import ctypes\nctypes.string_at(0)")
    assert res.status == "died"
    assert res.restarted
    assert any("segmentation fault" in n for n in res.notes), res.notes
    assert res.error is not None and res.error["ename"] == "KernelDied"
    assert kernel.pid != old_pid
    assert ok(await kernel.execute("print('alive')")).stdout == "alive\n"


@pytest.mark.slow
async def test_sigkill_from_inside_reported(kernel: SessionKernel) -> None:
    old_pid = kernel.pid
    res = await kernel.execute("import os\nos.kill(os.getpid(), 9)")
    assert res.status == "died" and res.restarted
    assert any("SIGKILL" in n and "restarted" in n for n in res.notes), res.notes
    assert kernel.pid != old_pid and kernel.restarts == 1
    assert ok(await kernel.execute("print(2 + 2)")).stdout == "4\n"


async def test_disk_cap_note_strict_profile(settings: Settings) -> None:
    async with SessionKernel(settings=settings, profile="strict") as k:
        cap = k.profile.limits.disk_cap_files
        assert cap == 2000
        res = await k.execute(
            f"import os\nos.makedirs('many', exist_ok=True)\nfor i in range({cap + 100}):\n"
            "    open(f'many/f{i}', 'w').close()"
        )
        assert res.status in ("ok", "error"), res.status
        assert any("Disk limit reached" in n and f"{cap} files" in n for n in res.notes), res.notes
        assert "Disk limit reached" in res.stderr
        ok(await k.execute("import shutil; shutil.rmtree('many')"))
        res = ok(await k.execute("print('room again')"))
        assert not res.notes


# -- the lean execute path and the ready-wait -----------------------------------------------------------------


async def test_output_printed_as_a_cell_ends_is_never_lost(shared_kernel: SessionKernel) -> None:
    """The cell ends when both its reply and its idle status are in: output just before the end is in too."""
    for i in range(200):
        res = ok(await shared_kernel.execute(f"import sys\nprint({i})\nsys.stderr.write('e{i}')\n{i} * 2"))
        assert res.stdout == f"{i}\n" and res.stderr == f"e{i}", (i, res.outputs)
        assert res.outputs[-1].data["text/plain"] == str(i * 2)
        assert res.execution_count is not None


async def test_first_cell_after_start_and_restart_gets_all_output(kernel: SessionKernel) -> None:
    """The ready-wait proves the iopub subscription, so the first cell's output is not dropped."""
    res = ok(await kernel.execute("print('first', flush=True)\n'result'"))
    assert res.stdout == "first\n" and res.outputs[-1].data["text/plain"] == "'result'"
    await kernel.restart()
    res = ok(await kernel.execute("print('again')"))
    assert res.stdout == "again\n" and res.execution_count == 1


async def test_printing_cell_past_short_timeout_keeps_output_and_state(kernel: SessionKernel) -> None:
    pid = kernel.pid
    ok(await kernel.execute("kept = 41"))
    res = await kernel.execute("import time\nprint('before', flush=True)\ntime.sleep(30)", timeout=0.5)
    assert res.status == "timeout" and not res.restarted, (res.status, res.notes)
    assert res.stdout == "before\n"
    assert kernel.pid == pid
    assert ok(await kernel.execute("print(kept + 1)")).stdout == "42\n"


async def test_output_of_an_earlier_cell_is_not_taken_for_the_next(shared_kernel: SessionKernel) -> None:
    """A thread that prints after its cell ended: the next cell keeps only its own output."""
    ok(
        await shared_kernel.execute(
            "import threading, time\n"
            "threading.Thread(target=lambda: (time.sleep(0.3), print('late', flush=True)), daemon=True).start()"
        )
    )
    await asyncio.sleep(0.6)
    res = ok(await shared_kernel.execute("print('mine')"))
    assert res.stdout == "mine\n", res.outputs


async def test_jupyter_client_alongside(shared_kernel: SessionKernel) -> None:
    """`kc` is a plain jupyter_client client on the same kernel; both can be used in turn."""
    kc = shared_kernel.kc
    assert kc is not None
    kc.start_channels()
    try:
        await kc.wait_for_ready(timeout=30)
        reply = await kc.execute_interactive("from_kc = 7", timeout=30)
        assert reply["content"]["status"] == "ok"
    finally:
        kc.stop_channels()
    assert ok(await shared_kernel.execute("print(from_kc * 6)")).stdout == "42\n"


async def test_ready_wait_reports_a_kernel_that_is_gone(kernel: SessionKernel) -> None:
    pid = kernel.pid
    assert pid is not None
    os.kill(pid, 9)
    for _ in range(200):
        if not await kernel.is_alive():
            break
        await asyncio.sleep(0.01)
    with pytest.raises(KernelError, match="did not become ready"):
        await kernel._connect("the kernel")
