"""The safe opener refuses what a hostile kernel can plant in its sandbox, promptly; and the app's bundle download,
attacked by a real confined kernel, holds only the chat's own files."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import make_data_dir

from notebook_agent.agent.session import Session, stored_sandbox_id
from notebook_agent.errors import SandboxError, UnsafeFileError
from notebook_agent.sandbox.safe_files import open_beneath, open_dir_beneath, read_beneath
from notebook_agent.settings import Settings

F_SETLEASE = getattr(fcntl, "F_SETLEASE", 1024)  # Python < 3.12 lacks the name; the value is Linux's


def _promptly(fn: Callable[[], Any], timeout: float = 5.0) -> Any:
    """Run fn in a thread; fail if it does not return within `timeout` (then return its result or raise its error)."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the test thread
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), f"still blocked after {timeout} s"
    box["elapsed"] = time.monotonic() - started
    if "error" in box:
        raise box["error"]
    return box["value"]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """root/box/work/data.csv: a normal file two folders below the trusted root."""
    (tmp_path / "box" / "work").mkdir(parents=True)
    (tmp_path / "box" / "work" / "data.csv").write_bytes(b"x,y\n1,2\n")
    return tmp_path


def _hold_lease(path: Path) -> subprocess.Popen[str]:
    """A child process that holds a write lease on `path` until killed (returns once the lease is held)."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, signal, sys, time\n"
            "signal.signal(signal.SIGIO, signal.SIG_IGN)\n"  # the lease-break signal would end the holder
            f"fd = os.open(sys.argv[1], os.O_RDONLY)\nfcntl.fcntl(fd, {F_SETLEASE}, fcntl.F_WRLCK)\n"
            "print('held', flush=True)\ntime.sleep(120)\n",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def test_normal_file_reads(tree: Path) -> None:
    assert read_beneath(tree, "box/work/data.csv", 100) == b"x,y\n1,2\n"
    with open_beneath(tree, "box/work/data.csv", 100) as fh:
        assert fh.read(3) == b"x,y" and fh.read() == b"\n1,2\n"
    fd = open_dir_beneath(tree, "box/work")
    try:
        assert sorted(os.listdir(fd)) == ["data.csv"]
    finally:
        os.close(fd)


def test_symlinked_intermediate_dir_is_refused(tree: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    secret = tmp_path_factory.mktemp("host")
    (secret / "data.csv").write_bytes(b"HOST SECRET")
    shutil.rmtree(tree / "box" / "work")
    (tree / "box" / "work").symlink_to(secret)
    with pytest.raises(UnsafeFileError) as err:
        read_beneath(tree, "box/work/data.csv", 100)
    assert "symbolic link" in err.value.reason and "HOST SECRET" not in str(err.value)
    with pytest.raises(UnsafeFileError):
        os.close(open_dir_beneath(tree, "box/work"))
    # A link higher up is refused the same way.
    (tree / "box2").symlink_to(tree / "box")
    with pytest.raises(UnsafeFileError):
        read_beneath(tree, "box2/work/data.csv", 100)


def test_symlinked_final_file_is_refused(tree: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    secret = tmp_path_factory.mktemp("host") / "secret.txt"
    secret.write_bytes(b"HOST SECRET")
    (tree / "box" / "work" / "data.csv").unlink()
    (tree / "box" / "work" / "data.csv").symlink_to(secret)
    with pytest.raises(UnsafeFileError) as err:
        read_beneath(tree, "box/work/data.csv", 100)
    assert "symbolic link" in err.value.reason


def test_hard_link_is_refused(tree: Path) -> None:
    # Same filesystem as the tree, as a kernel's hard link would be.
    host = tree / "host-secret.txt"
    host.write_bytes(b"HOST SECRET")
    (tree / "box" / "work" / "data.csv").unlink()
    os.link(host, tree / "box" / "work" / "data.csv")
    with pytest.raises(UnsafeFileError) as err:
        read_beneath(tree, "box/work/data.csv", 100)
    assert "hard-linked" in err.value.reason


def test_paths_that_climb_are_refused(tree: Path) -> None:
    for bad in (
        "../box/work/data.csv",
        "box/../box/work/data.csv",
        "/etc/passwd",
        "",
        "box//work/data.csv",
        "box/./work/data.csv",
    ):
        with pytest.raises(UnsafeFileError):
            read_beneath(tree / "box", bad, 100)


def test_fifo_returns_promptly(tree: Path) -> None:
    fifo = tree / "box" / "work" / "data.csv"
    fifo.unlink()
    os.mkfifo(fifo)
    try:
        with pytest.raises(UnsafeFileError) as err:
            _promptly(lambda: read_beneath(tree, "box/work/data.csv", 100))
        assert "not a regular file" in err.value.reason
    finally:
        # Should the opener ever block in its open(), a writer lets its thread go.
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


def test_leased_file_is_refused_promptly(tree: Path) -> None:
    """A child process holds a write lease: a plain open() would wait lease-break-time (45 s); ours must not."""
    holder = _hold_lease(tree / "box" / "work" / "data.csv")
    try:
        started = time.monotonic()
        with pytest.raises(UnsafeFileError) as err:
            _promptly(lambda: read_beneath(tree, "box/work/data.csv", 100))
        assert time.monotonic() - started < 5
        assert "lease" in err.value.reason
        # The lease is what refused it: the same file reads once its holder is gone.
        holder.kill()
        holder.wait(timeout=10)
        assert _promptly(lambda: read_beneath(tree, "box/work/data.csv", 100)) == b"x,y\n1,2\n"
    finally:
        holder.kill()
        holder.wait(timeout=10)


def test_sparse_giant_is_refused(tree: Path) -> None:
    path = tree / "box" / "work" / "data.csv"
    with open(path, "r+b") as fh:
        fh.truncate(600 << 20)  # 600 MB of holes, under a 1 GB limit
    assert os.stat(path).st_blocks * 512 < 1 << 20
    with pytest.raises(UnsafeFileError) as err:
        _promptly(lambda: read_beneath(tree, "box/work/data.csv", 1 << 30))
    assert "sparse" in err.value.reason
    # Bigger than the limit: refused by size before anything is read.
    with open(path, "r+b") as fh:
        fh.truncate(2 << 30)
    with pytest.raises(UnsafeFileError) as err:
        read_beneath(tree, "box/work/data.csv", 1 << 30, sparse_min_bytes=None)
    assert "over the limit" in err.value.reason


def test_oversized_file_is_refused(tree: Path) -> None:
    with pytest.raises(UnsafeFileError) as err:
        read_beneath(tree, "box/work/data.csv", 4)
    assert "over the limit of 4" in err.value.reason


def test_growth_after_the_check_is_not_read(tree: Path) -> None:
    path = tree / "box" / "work" / "data.csv"
    with open_beneath(tree, "box/work/data.csv", 100) as fh:
        with open(path, "ab") as more:
            more.write(b"9" * 1000)  # the kernel appends after the check: the reader stops at the checked size
        assert fh.read() == b"x,y\n1,2\n"


def test_error_is_in_the_project_tree() -> None:
    assert issubclass(UnsafeFileError, SandboxError)
    msg = str(UnsafeFileError("work/a.csv", "it is a symbolic link"))
    assert "work/a.csv" in msg and "symbolic link" in msg and "try again" in msg


# -- the bundle download, attacked by a real confined kernel ---------------------------------------------------------
@pytest.fixture(scope="module")
def bundle_settings() -> Iterator[Settings]:
    yield Settings.from_env(
        {"NOTEBOOK_AGENT_DATA_DIR": str(make_data_dir("na-bundle-")), "NOTEBOOK_AGENT_POOL_SIZE": "0"}
    )


def _bundle_handler(settings: Settings) -> Callable[[str], Any]:
    """What the app's "Download bundle (.zip)" click makes, once it has checked the chat is the caller's."""
    from notebook_agent.app import build

    demo = build(settings)
    return lambda session_id: demo.handlers.bundle_file(session_id)[0]  # type: ignore[attr-defined]


def _zip(path: Any) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def test_bundle_survives_a_hostile_kernel(bundle_settings: Settings, tmp_path: Path) -> None:
    """Uploads bundle as they are; then the kernel plants a FIFO, then replaces `work` by a link to a host folder
    that holds a file named like the upload: the bundle never blocks and never holds the host's file."""
    settings = bundle_settings
    host = make_data_dir("na-host-")  # the "host secret": a folder the kernel's uid cannot even enter
    host.chmod(0o700)
    (host / "a.csv").write_bytes(b"HOST SECRET\n")
    (host / "b.csv").write_bytes(b"HOST SECRET\n")
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_bytes(b"x,y\n1,2\n3,4\n")
    b.write_bytes(b"u,v\n5,6\n7,8\n")
    on_bundle = _bundle_handler(settings)

    async def scenario() -> str:
        session = await Session.open(settings=settings)
        try:
            await session.add_file(a)
            await session.add_file(b)
            work = settings.sandboxes_dir / stored_sandbox_id(settings, session.id) / "work"
            first = _zip(await asyncio.to_thread(_promptly, lambda: on_bundle(session.id)))
            assert first["a.csv"] == a.read_bytes() and first["b.csv"] == b.read_bytes()
            assert "notebook.ipynb" in first and "BUNDLE-NOTES.txt" not in first

            # The kernel holds a write lease on a.csv: a plain open() by the app would wait 45 s for it.
            res = await session.execute(
                "import fcntl, os, signal\nsignal.signal(signal.SIGIO, signal.SIG_IGN)\n"
                "lease_fd = os.open('a.csv', os.O_RDONLY)\n"
                f"try:\n    fcntl.fcntl(lease_fd, {F_SETLEASE}, fcntl.F_WRLCK)\n    print('leased')\n"
                "except OSError as e:\n    print('no lease', e)"
            )
            assert res.status == "ok", res
            holder = None
            if "leased" not in res.stdout:  # the sandbox refuses leases: the host holds one the same way
                holder = _hold_lease(work / "a.csv")
            try:
                second = _zip(await asyncio.to_thread(_promptly, lambda: on_bundle(session.id)))
            finally:
                if holder is not None:
                    holder.kill()
                    holder.wait(timeout=10)
            assert second["b.csv"] == b.read_bytes() and "a.csv" not in second
            assert "a.csv" in second["BUNDLE-NOTES.txt"].decode() and "lease" in second["BUNDLE-NOTES.txt"].decode()
            await session.execute("os.close(lease_fd)")

            # b.csv becomes a FIFO. seccomp may deny the kernel mknod: the host plants it in its place then.
            res = await session.execute(
                "os.remove('b.csv')\ntry:\n    os.mkfifo('b.csv')\nexcept OSError as e:\n    print('no fifo', e)"
            )
            assert res.status == "ok", res
            if "no fifo" in res.stdout:
                os.mkfifo(work / "b.csv")
            third = _zip(await asyncio.to_thread(_promptly, lambda: on_bundle(session.id)))
            assert third["a.csv"] == a.read_bytes() and "b.csv" not in third
            assert "b.csv" in third["BUNDLE-NOTES.txt"].decode()

            # `work` becomes a link to the host folder.
            res = await session.execute(
                f"os.rename('../work', '../old')\nos.symlink({str(host)!r}, '../work')\nprint(os.readlink('../work'))"
            )
            assert res.status == "ok" and res.stdout.strip() == str(host), res
            return session.id
        finally:
            await session.close()

    session_id = asyncio.run(scenario())
    sandbox = settings.sandboxes_dir / stored_sandbox_id(settings, session_id)
    assert (sandbox / "work").is_symlink()  # the attack is in place
    last = _zip(_promptly(lambda: on_bundle(session_id)))
    assert not any(b"HOST SECRET" in data for data in last.values()), "the bundle followed the kernel's link"
    notes = last["BUNDLE-NOTES.txt"].decode()
    assert "a.csv" in notes and "b.csv" in notes and "symbolic link" in notes
    assert "notebook.ipynb" in last


def test_upload_refuses_a_linked_work_folder(bundle_settings: Settings, tmp_path: Path) -> None:
    """An upload into a sandbox whose `work` the kernel replaced by a link writes nothing into the link's target."""
    settings = bundle_settings
    target = make_data_dir("na-target-")
    data = tmp_path / "c.csv"
    data.write_bytes(b"p,q\n1,2\n")

    async def scenario() -> None:
        session = await Session.open(settings=settings)
        try:
            res = await session.execute(
                f"import os\nos.rename('../work', '../old')\nos.symlink({str(target)!r}, '../work')"
            )
            assert res.status == "ok", res
            from notebook_agent.errors import UploadError

            with pytest.raises(UploadError) as err:
                await session.add_file(data)
            assert "symbolic link" in str(err.value)
        finally:
            await session.close()

    asyncio.run(scenario())
    assert os.listdir(target) == []
