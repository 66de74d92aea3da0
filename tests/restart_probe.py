"""Plant code wherever a kernel's start-up could read it, restart the kernel every way there is, report.

Run by tests/test_restart_attacks.py as the app would run: as root (per-session uids) or as uid 1000 (shared uid
mode), with NOTEBOOK_AGENT_KERNEL_START=spawn or fork. Usage::

    python restart_probe.py DATA_DIR PORT TOKEN

Every planted file carries the same payload: it records how many seccomp filters were on when it ran and tries a
TCP connection to the test's listener on PORT, writing both to ``work/PLANTED-TOKEN-<label>``. The test then checks
by effect: the listener accepted nothing and no marker shows fewer than the kernel's full set of filters. Prints one
JSON object: per trigger, the markers found, whether the restarted kernel answered and how it was verified.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import textwrap
from pathlib import Path
from typing import Any

from notebook_agent.kernel.pool import KernelPool
from notebook_agent.kernel.session_kernel import SessionKernel
from notebook_agent.sandbox.profiles import load_profile
from notebook_agent.sandbox.sandbox import Sandbox
from notebook_agent.settings import Settings

PAYLOAD = textwrap.dedent("""
    def _planted(label):
        import os, socket
        with open("/proc/self/status") as fh:
            n = [line.split()[1] for line in fh if line.startswith("Seccomp_filters")][0]
        try:
            s = socket.socket()
            s.settimeout(1)
            s.connect(("127.0.0.1", {port}))
            conn = "CONNECTED"
        except Exception as exc:
            conn = type(exc).__name__
        with open(os.path.join({work!r}, "PLANTED-{token}-" + label), "w") as fh:
            fh.write(n + " " + conn)
    try:
        _planted({label!r})
    except Exception:
        pass
""")

# Modules a kernel's initialisation imports (spawned kernels import them all during initialize()); any of them
# found first in a directory on sys.path during initialisation would run unfiltered.
SHADOWED = (
    "json",
    "ctypes",
    "jedi",
    "debugpy",
    "comm",
    "psutil",
    "decorator",
    "matplotlib_inline",
    "zmq",
    "tornado",
    "traitlets",
    "jupyter_client",
    "IPython",
    "ipykernel",
    "pickleshare",
    "prompt_toolkit",
    "pygments",
    "sitecustomize",
    "usercustomize",
    "notebook_agent",
    "pyseccomp",
    "encodings_extra",
)

PLANT = textwrap.dedent("""
    import os, stat
    _root = os.path.dirname(os.getcwd())
    _work = os.getcwd()
    _home = os.environ["HOME"]
    def _put(path, label, prefix=""):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write(prefix + _PAYLOADS[label])
        return path
    _planted_paths = []
    _ipdirs = [os.environ.get("IPYTHONDIR", ""), os.path.join(_home, ".ipython"),
               os.path.join(_home, ".config", "ipython"), os.path.join(_root, "tmp", ".ipython")]
    for _d in filter(None, _ipdirs):
        for _name in ("startup/00-planted.py", "startup/zz-planted.ipy"):
            _planted_paths.append(_put(os.path.join(_d, "profile_default", _name), "startup"))
        for _name in ("ipython_kernel_config.py", "ipython_config.py"):
            _planted_paths.append(_put(os.path.join(_d, "profile_default", _name), "config"))
        _planted_paths.append(_put(os.path.join(_d, "profile_default", "ipython_kernel_config.json"), "config_json",
                                   prefix=""))
    for _d in (os.path.join(_home, ".jupyter"), os.path.join(_home, ".config", "jupyter")):
        for _name in ("jupyter_config.py", "ipython_kernel_config.py", "jupyter_client_config.py"):
            _planted_paths.append(_put(os.path.join(_d, _name), "jupyter"))
    for _d in (_work, _home, os.path.join(_root, "tmp"), _root):
        for _mod in SHADOWED:
            _planted_paths.append(_put(os.path.join(_d, _mod + ".py"), "module"))
            _planted_paths.append(_put(os.path.join(_d, _mod, "__init__.py"), "package"))
    _site = os.path.join(_home, ".local", "lib", "python3.11", "site-packages")
    _planted_paths.append(_put(os.path.join(_site, "zz-planted.pth"), "pth"))
    _planted_paths.append(_put(os.path.join(_site, "usercustomize.py"), "module"))
    _mpl = os.environ.get("MPLCONFIGDIR", os.path.join(_home, ".config", "matplotlib"))
    os.makedirs(_mpl, exist_ok=True)
    with open(os.path.join(_mpl, "matplotlibrc"), "w") as fh:
        fh.write("backend: module://plantedbackend\\n")
    _planted_paths.append(_put(os.path.join(_work, "plantedbackend.py"), "mpl_backend"))
    _planted_paths.append(_put(os.path.join(_home, ".pythonrc.py"), "pythonstartup"))
    # The kernel's own copy of its connection file: replaced by a link to a host file and by a FIFO.
    _conn = os.path.join(_root, "kernel.json")
    try:
        os.unlink(_conn)
    except FileNotFoundError:
        pass
    os.symlink("{host_file}", _conn)
    # Its TMPDIR (where the launcher makes IPython's fresh directory) replaced by a link into planted config.
    os.rename(os.path.join(_root, "tmp"), os.path.join(_root, "tmp-old"))
    os.symlink(os.path.join(_home, ".ipython", "profile_default"), os.path.join(_root, "tmp"))
    print("PLANTED", len(_planted_paths))
""")


def _payloads(work: str, port: int, token: str) -> dict[str, str]:
    labels = ("startup", "config", "jupyter", "module", "package", "pth", "mpl_backend", "pythonstartup")
    out = {label: PAYLOAD.format(port=port, work=work, token=token, label=label) for label in labels}
    # A .pth file runs only lines that start with "import".
    out["pth"] = "import os; exec(" + repr(out["pth"]) + ")\n"
    out["config_json"] = '{"IPKernelApp": {"exec_lines": [' + json.dumps(out["startup"]) + "]}}"
    return out


async def _plant(k: SessionKernel, port: int, token: str, host_file: str) -> None:
    work = str(k.sandbox.work_dir)
    code = f"_PAYLOADS = {_payloads(work, port, token)!r}\nSHADOWED = {SHADOWED!r}\n" + PLANT.replace(
        "{host_file}", host_file
    )
    res = await k.execute(code, timeout=60)
    if res.status != "ok" or "PLANTED" not in res.stdout:
        raise RuntimeError(f"planting failed: {res.status} {res.error} {res.stdout[-500:]}")


PROBE_CELL = textwrap.dedent("""
    import os
    with open("/proc/self/status") as fh:
        print("FILTERS", [line.split()[1] for line in fh if line.startswith("Seccomp_filters")][0])
    print("CWD", os.getcwd())
    try:
        import matplotlib.pyplot as plt
        plt.plot([1, 2])
        plt.show()
    except Exception as exc:
        print("MPL", type(exc).__name__)
""")


def _markers(work: Path, token: str) -> dict[str, str]:
    out = {}
    for entry in os.scandir(work):
        if entry.name.startswith(f"PLANTED-{token}-") and entry.is_file(follow_symlinks=False):
            with open(entry.path) as fh:
                out[entry.name.removeprefix(f"PLANTED-{token}-")] = fh.read()
    return out


async def _after(k: SessionKernel, token: str, how: str) -> dict[str, Any]:
    res = await k.execute(PROBE_CELL, timeout=60)
    conf = k.confinement
    return {
        "trigger": how,
        "status": res.status,
        "stdout": res.stdout[-2000:],
        "restarts": k.restarts,
        "confinement": conf.as_dict() if conf else None,
        "markers": _markers(k.sandbox.work_dir, token),
        "sandbox_root": str(k.sandbox.root),
    }


async def main() -> None:
    data_dir, port, token = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    host_file = str(data_dir / "host-secret.txt")
    settings = Settings.from_env({**os.environ, "NOTEBOOK_AGENT_DATA_DIR": str(data_dir / "data")})
    profile = load_profile(settings.profile)
    results = []

    for how in ("restart", "crash", "timeout"):
        async with SessionKernel(settings=settings) as k:
            await _plant(k, port, token, host_file)
            if how == "restart":
                await k.restart()
            elif how == "crash":
                res = await k.execute("import ctypes; ctypes.string_at(0)", timeout=30)
                assert res.restarted, (res.status, res.notes)
            else:
                res = await k.execute(
                    "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"
                    "while True:\n    time.sleep(0.01)",
                    timeout=2,
                )
                assert res.restarted, (res.status, res.notes)
            results.append(await _after(k, token, how))

    # Resume: the kernel ends, the sandbox stays; a new kernel starts in it (as Session.open does for a stored chat).
    sandbox = Sandbox.create(settings, profile, Sandbox.new_id())
    k = SessionKernel(sandbox, settings=settings)
    await k.start()
    await _plant(k, port, token, host_file)
    await k.shutdown()
    sandbox.close(remove=False)
    sandbox = Sandbox.create(settings, profile, sandbox.id)
    async with SessionKernel(sandbox, settings=settings) as k:
        results.append(await _after(k, token, "resume"))
    sandbox.close()

    # A pooled kernel: checked again at hand-out, then planted and restarted.
    pool = KernelPool(settings, size=1)
    pool.start()
    for _ in range(600):
        if pool.ready:
            break
        await asyncio.sleep(0.1)
    k2 = await pool.acquire()
    if k2 is None:
        raise RuntimeError("the pool had no kernel ready")
    try:
        results.append({"trigger": "pool-handout", "confinement": k2.confinement.as_dict() if k2.confinement else None})
        await _plant(k2, port, token, host_file)
        await k2.restart()
        results.append(await _after(k2, token, "pool-restart"))
    finally:
        await k2.shutdown()
        await pool.close()
    print(json.dumps({"results": results, "uid_mode": settings.uid_mode, "start": settings.kernel_start}))


if __name__ == "__main__":
    asyncio.run(main())
