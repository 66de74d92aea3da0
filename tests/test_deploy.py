"""The Docker image for Hugging Face Spaces, checked without a Docker engine.

The image's run time reproduced here (the image itself is built and run with podman by
`../shared/tools/container.sh`, too slow for every test run): the Dockerfile's own ENV, font-cache step,
ENTRYPOINT, CMD and HEALTHCHECK, run as uid 1000 (what a Space does) with a clean environment, the image's paths
mapped onto this checkout's venv (or NOTEBOOK_AGENT_TEST_IMAGE_ROOT) and a temporary home. One chat turn through
`/chat`, with a GEMINI_API_KEY "secret" and the fake Gemini server scripting a `run_python` call, shows where the
code ran: uid 1000, confined, in the image's venv, seeded with the image's font cache, without the key.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import IS_ROOT, REPO, SHARED_UID, VENV_BIN, make_data_dir

pytestmark = pytest.mark.slow

DOCKERFILE = REPO / "Dockerfile"
IMAGE_PORT = "7860"
# PATH in debian:bookworm-slim, what `ENV PATH=...:$PATH` extends.
BASE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
# Optional: a directory holding the image's venv and app dir at their image paths (e.g. <root>/opt/notebook-agent/
# venv made by the Dockerfile's own steps: a non-editable install), to run the run-time half against it.
IMAGE_ROOT = os.environ.get("NOTEBOOK_AGENT_TEST_IMAGE_ROOT", "").rstrip("/")
REQUIRED_LAYERS = {"landlock-fs", "landlock-net", "landlock-scope", "no-new-privs", "seccomp", "rlimits"}


# ---------------------------------------------------------------------------------------------------------------
# Reading the Dockerfile


@dataclass
class Image:
    """What the Dockerfile says, instruction by instruction, with ENV tracked the way `docker build` does."""

    instructions: list[tuple[str, str]]
    env: dict[str, str] = field(default_factory=dict)
    # ENV in force when each instruction runs (same index as `instructions`).
    env_at: list[dict[str, str]] = field(default_factory=list)

    def all(self, keyword: str) -> list[str]:
        return [rest for kw, rest in self.instructions if kw == keyword]

    def last(self, keyword: str) -> str:
        found = self.all(keyword)
        assert found, f"the Dockerfile has no {keyword}"
        return found[-1]

    def index(self, predicate) -> int:
        for i, (kw, rest) in enumerate(self.instructions):
            if predicate(kw, rest):
                return i
        raise AssertionError("no such instruction")


def _expand(value: str, env: dict[str, str]) -> str:
    return re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: env.get(m.group(1) or m.group(2), ""), value)


def parse_dockerfile(text: str) -> Image:
    """Instructions with continuations joined and comments dropped (also inside a continued instruction)."""
    instructions: list[tuple[str, str]] = []
    buf = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("#") or (not line and not buf):
            continue
        if line.endswith("\\"):
            buf += line[:-1].rstrip() + " "
            continue
        buf += line
        keyword, _, rest = buf.strip().partition(" ")
        instructions.append((keyword.upper(), rest.strip()))
        buf = ""
    image = Image(instructions, env={"PATH": BASE_PATH})
    for keyword, rest in instructions:
        image.env_at.append(dict(image.env))
        if keyword == "ENV":
            words = shlex.split(rest)
            if all("=" in w for w in words):
                pairs = [w.split("=", 1) for w in words]
            else:  # the legacy `ENV KEY value` form
                pairs = [[words[0], " ".join(words[1:])]]
            image.env.update({k: _expand(v, image.env) for k, v in pairs})
    return image


def json_form(rest: str) -> list[str]:
    """An exec-form argument list (`["a", "b"]`); the shell form is refused: signals and PATH differ."""
    assert rest.startswith("["), f"use the exec (JSON) form: {rest}"
    argv = json.loads(rest)
    assert isinstance(argv, list) and all(isinstance(a, str) for a in argv)
    return argv


def healthcheck_argv(image: Image) -> list[str]:
    options, sep, cmd = image.last("HEALTHCHECK").partition("CMD ")
    assert sep, "HEALTHCHECK has no CMD"
    assert "--timeout" in options and "--start-period" in options
    return json_form(cmd.strip())


def start_argv(image: Image) -> list[str]:
    """ENTRYPOINT + CMD, as the container's PID 1 receives them."""
    entry = json_form(image.last("ENTRYPOINT")) if image.all("ENTRYPOINT") else []
    return [*entry, *json_form(image.last("CMD"))]


@pytest.fixture(scope="module")
def image() -> Image:
    return parse_dockerfile(DOCKERFILE.read_text())


# ---------------------------------------------------------------------------------------------------------------
# The contract


def test_readme_declares_a_docker_space(image: Image) -> None:
    text = (REPO / "README.md").read_text()
    assert text.startswith("---\n")
    front = text[4 : text.index("\n---\n", 4)]
    meta = dict(line.split(":", 1) for line in front.splitlines())
    meta = {k.strip(): v.strip() for k, v in meta.items()}
    assert meta["sdk"] == "docker" and meta["app_port"] == IMAGE_PORT
    assert {"title", "emoji", "colorFrom", "colorTo", "short_description"} <= set(meta)
    assert len(meta["short_description"]) <= 60


def _venv_path(image: Image) -> str:
    runs = " ".join(image.all("RUN"))
    match = re.search(r"-m venv\s+(\S+)", runs)
    assert match, "no `python3 -m venv`"
    return match.group(1)


def _font_cache_step(image: Image) -> int:
    return image.index(lambda kw, rest: kw == "RUN" and "matplotlib.font_manager" in rest)


# ---------------------------------------------------------------------------------------------------------------
# The run time, as uid 1000


@dataclass
class Runtime:
    """The image's environment with its paths mapped onto this host."""

    image: Image
    home: Path
    paths: dict[str, str]

    def map(self, value: str) -> str:
        for image_path, local in sorted(self.paths.items(), key=lambda kv: -len(kv[0])):
            value = re.sub(rf"(?<![\w/]){re.escape(image_path)}(?=/|:|$|\s|')", local, value)
        return value

    def env(self, at: int | None = None) -> dict[str, str]:
        env = self.image.env if at is None else self.image.env_at[at]
        return {k: self.map(v) for k, v in env.items()}

    @property
    def data_dir(self) -> Path:
        return Path(self.env()["NOTEBOOK_AGENT_DATA_DIR"])

    def argv(self, argv: list[str], port: str) -> list[str]:
        out = [self.map(a).replace(f":{IMAGE_PORT}/", f":{port}/") for a in argv]
        return [port if a == IMAGE_PORT else a for a in out]


def as_uid_1000(argv: list[str]) -> list[str]:
    return ["setpriv", f"--reuid={SHARED_UID}", f"--regid={SHARED_UID}", "--clear-groups", "--", *argv]


def _drop_tini(argv: list[str]) -> list[str]:
    """tini (PID 1 in the container) only forwards signals; it is not installed here."""
    if argv and argv[0].endswith("tini"):
        return argv[argv.index("--") + 1 :] if "--" in argv else argv[1:]
    return argv


@pytest.fixture(scope="module")
def runtime(image: Image) -> Iterator[Runtime]:
    """A home for uid 1000 (traversable path chain), with the Dockerfile's font-cache step already run in it."""
    if not IS_ROOT:
        pytest.skip("switching to uid 1000 needs root")
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is needed")
    home = make_data_dir("na-img-")
    os.chown(home, SHARED_UID, SHARED_UID)
    venv, workdir = _venv_path(image), image.last("WORKDIR")
    if IMAGE_ROOT:  # the image's own venv and app dir, built by its steps under this directory
        paths = {image.env["HOME"]: str(home), venv: IMAGE_ROOT + venv, workdir: IMAGE_ROOT + workdir}
    else:  # this checkout's venv, and a copy of what the image's COPY brings as the app dir: the checkout itself
        # may sit in a 0700 directory (a fresh clone under /root) that uid 1000 cannot enter.
        appdir = make_data_dir("na-img-app-")
        appdir.chmod(0o755)
        shutil.copy2(REPO / "app.py", appdir / "app.py")
        shutil.copytree(REPO / "examples", appdir / "examples")
        paths = {image.env["HOME"]: str(home), venv: str(VENV_BIN.parent), workdir: str(appdir)}
    rt = Runtime(image, home, paths)
    try:
        i = _font_cache_step(image)
        step = image.instructions[i][1]
        proc = subprocess.run(
            as_uid_1000(["/bin/sh", "-c", step]),
            env=rt.env(at=i),
            cwd=home,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0, f"the font-cache step failed as uid 1000:\n{proc.stdout}\n{proc.stderr}"
        yield rt
    finally:
        shutil.rmtree(home, ignore_errors=True)
        if not IMAGE_ROOT:
            shutil.rmtree(paths[workdir], ignore_errors=True)


def test_font_cache_step_fills_the_cache_the_app_seeds_from(runtime: Runtime) -> None:
    from notebook_agent.settings import Settings

    settings = Settings.from_env({"NOTEBOOK_AGENT_DATA_DIR": str(runtime.data_dir)})
    built = list((settings.data_dir / "cache" / "matplotlib").glob("fontlist-*.json"))
    assert len(built) == 1, "sandbox.py seeds every sandbox from <data dir>/cache/matplotlib/fontlist-*.json"
    app_copy = Path(runtime.env()["MPLCONFIGDIR"]) / built[0].name
    assert app_copy.read_bytes() == built[0].read_bytes()
    for path in (built[0], app_copy, runtime.data_dir):
        assert path.stat().st_uid == SHARED_UID
    fonts = [f["fname"] for f in json.loads(built[0].read_text())["ttflist"]]
    assert any("DejaVu" in name for name in fonts)
    if Path("/usr/share/fonts/truetype/dejavu").is_dir():  # fonts-dejavu-core, as in the image
        assert any(name.startswith("/usr/share/fonts/") for name in fonts)


def test_doctor_as_uid_1000_reports_shared_mode_fully_confined(runtime: Runtime) -> None:
    proc = subprocess.run(
        as_uid_1000(["notebook-agent", "doctor", "--json"]),
        env=runtime.env(),
        cwd="/",
        capture_output=True,
        text=True,
        timeout=60,
    )
    report = json.loads(proc.stdout)
    assert proc.returncode == 0 and report["ok"], report.get("problem") or proc.stderr
    assert report["uid_mode"] == "shared"
    assert report["data_dir"] == str(runtime.data_dir)
    assert set(report["in_force"]) >= REQUIRED_LAYERS
    assert "uid" not in report["in_force"]


def _proc_start(pid: int) -> str | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def _proc_status(pid: int) -> dict[str, str]:
    lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    return {k: v.strip() for k, _, v in (line.partition(":") for line in lines)}


def _descendants(root: int) -> dict[int, str]:
    """pid -> start time of every live descendant of `root`."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found: dict[int, str] = {}
    stack = [root]
    while stack:
        for child in children.get(stack.pop(), []):
            start = _proc_start(child)
            if start is not None:
                found[child] = start
                stack.append(child)
    return found


def _alive(tracked: dict[int, str]) -> list[int]:
    """Tracked pids that still run (the same process: pid and start time both match)."""
    return [pid for pid, start in tracked.items() if _proc_start(pid) == start]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_app_starts_as_uid_1000_answers_the_health_check_and_runs_confined_code(runtime: Runtime) -> None:
    """The container's start, health check, a chat turn whose code runs in a confined kernel, and an upload plotted
    in that chat and downloaded as a notebook (the app as uid 1000 reads what its kernel wrote)."""
    import nbformat
    from fake_gemini import FakeGemini, function_call_reply, text_reply
    from gradio_client import Client, handle_file

    port = str(_free_port())
    argv = runtime.argv(_drop_tini(start_argv(runtime.image)), port)
    fontlist = next((runtime.data_dir / "cache" / "matplotlib").glob("fontlist-*.json"))
    font_mtime = fontlist.stat().st_mtime_ns
    log = runtime.home / "app.log"
    code = (
        "import os, socket, sys\n"
        "print('ID', os.getuid(), os.getgid(), os.getpid())\n"
        "print('PREFIX', sys.prefix)\n"
        "print('MPL', *sorted(os.listdir(os.environ['MPLCONFIGDIR'])))\n"
        "print('ENV', *sorted(os.environ))\n"
        "try:\n    socket.socket()\nexcept OSError as exc:\n    print('SOCKET', exc.errno)\n"
        "else:\n    print('SOCKET', 'allowed')\n"
    )
    with FakeGemini(api_key="space-secret") as fake:
        fake.reply(function_call_reply({"code": code}))
        fake.reply(text_reply("Ran it."))
        # The Space's secret and a model endpoint, on top of the image's ENV.
        env = {**runtime.env(), "GEMINI_API_KEY": "space-secret", "GOOGLE_GEMINI_BASE_URL": fake.base_url}
        with log.open("wb") as out:
            app = subprocess.Popen(
                as_uid_1000(argv),
                env=env,
                cwd=runtime.map(runtime.image.last("WORKDIR")),
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        tracked: dict[int, str] = {app.pid: _proc_start(app.pid) or ""}
        try:
            # The image's own HEALTHCHECK, as the container runs it (setpriv finds `python` on the image's PATH,
            # mapped onto this venv), until it passes.
            probe = as_uid_1000(runtime.argv(healthcheck_argv(runtime.image), port))
            deadline = time.monotonic() + 90  # a loaded machine (three test workers on two cores) starts it slowly
            while True:
                tracked.update(_descendants(app.pid))
                assert app.poll() is None, f"the app exited ({app.returncode}):\n{log.read_text()}"
                if subprocess.run(probe, env=env, cwd="/", capture_output=True, timeout=15).returncode == 0:
                    break
                assert time.monotonic() < deadline, f"the health check never passed:\n{log.read_text()}"
                time.sleep(0.5)
            assert _proc_status(app.pid)["Uid"].split() == [str(SHARED_UID)] * 4, "the app runs as uid 1000"

            client = Client(f"http://127.0.0.1:{port}/", verbose=False, httpx_kwargs={"timeout": 60})
            messages = client.predict({"text": "Show me who runs the code.", "files": []}, api_name="/chat")
            tracked.update(_descendants(app.pid))
            # A file uploaded to the same chat loads in that kernel, the plot arrives as a PNG, and the notebook
            # downloads (the app as uid 1000 reads what its uid-1000 kernel wrote).
            fake.reply(function_call_reply({"code": "ax = df.plot(x='x', y='y')\nplt.show()"}, call_id="call-2"))
            fake.reply(text_reply("Plotted."))
            data = runtime.home / "line.csv"
            data.write_text("x,y\n" + "".join(f"{i},{3 * i + 1}\n" for i in range(40)))
            plotted = client.predict({"text": "plot y against x", "files": [handle_file(str(data))]}, api_name="/chat")
            texts = [m["content"] for m in plotted if isinstance(m.get("content"), str)]
            assert any("loaded as `df`" in t and "40 rows" in t for t in texts), texts
            pngs = [t for t in texts if t.endswith(".png")]
            assert len(pngs) == 1 and Path(pngs[0]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", texts
            assert "Plotted." in texts[-1], texts
            notebook = nbformat.reads(client.predict(api_name="/notebook"), as_version=4)
            nbformat.validate(notebook)
            assert "line.csv" in "".join(c.source for c in notebook.cells), notebook
            client.close()
            shown = "\n".join(m["content"] for m in messages if isinstance(m.get("content"), str))
            assert fake.pending == 0 and "Ran it." in shown, shown
            found = dict(re.findall(r"^(ID|PREFIX|MPL|ENV|SOCKET) (.*)$", shown, re.M))
            assert set(found) == {"ID", "PREFIX", "MPL", "ENV", "SOCKET"}, shown
            uid, gid, kernel_pid = (int(x) for x in found["ID"].split())
            assert (uid, gid) == (SHARED_UID, SHARED_UID), "the kernel runs as uid 1000 (shared mode)"
            assert kernel_pid != app.pid and kernel_pid in tracked, "the kernel is the app's own child"
            status = _proc_status(kernel_pid)
            assert status["NoNewPrivs"] == "1" and status["Seccomp"] == "2", status
            venv = runtime.map(_venv_path(runtime.image))
            assert os.path.realpath(found["PREFIX"]) == os.path.realpath(venv), "the kernel runs the image's venv"
            assert fontlist.name in found["MPL"].split(), "the sandbox was seeded with the image's font cache"
            assert fontlist.stat().st_mtime_ns == font_mtime, "the app rebuilt the font cache the image carries"
            assert not {"GEMINI_API_KEY", "GOOGLE_GEMINI_BASE_URL"} & set(found["ENV"].split()), "secret leaked"
            assert found["SOCKET"] != "allowed", "socket() must be refused in the kernel"

            logs = log.read_text()
            assert "uid mode: shared" in logs, f"the entrypoint prints the doctor report:\n{logs}"
            for layer in REQUIRED_LAYERS:
                assert re.search(rf"^\s*{re.escape(layer)}\s+in force", logs, re.M), f"{layer} not in force:\n{logs}"
            assert "space-secret" not in logs
        finally:
            tracked.update(_descendants(app.pid))
            # What tini does on `docker stop`: SIGTERM to the app.
            if app.poll() is None:
                app.send_signal(signal.SIGTERM)
            try:
                app.wait(timeout=15)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait(timeout=10)
            # Kernels notice their parent is gone (ipykernel's parent poller, once a second).
            deadline = time.monotonic() + 10
            while _alive(tracked) and time.monotonic() < deadline:
                time.sleep(0.2)
            left = _alive(tracked)
            for pid in left:  # only what this test started, by pid
                os.kill(pid, signal.SIGKILL)
    assert not left, f"processes of uid 1000 outlived the app: {left}"
