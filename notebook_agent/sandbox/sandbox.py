"""One session's sandbox on the host side: its directory, its uid, its environment and its launch spec.

Layout (the kernel may write only under `root`, which belongs to its uid, mode 0700):

    <data>/sandboxes/<id>/        root: Landlock read-write
        work/                     the kernel's cwd: uploaded files, outputs
        home/                     HOME, MPLCONFIGDIR, caches
        tmp/                      TMPDIR
        kernel-<n>, kernel.json   ZMQ ipc sockets and the kernel's own copy of its connection file
    <data>/run/<id>/              host-private (0700, app uid): connection file, launch spec, kernel log
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import MissingLayerError, SandboxError
from ..ops.metrics import METRICS
from ..settings import Settings
from . import host
from .identity import UidLease, allocate_uid
from .profiles import Profile

__all__ = ["Sandbox", "kernel_environment", "matplotlib_cache", "template_environment"]

_MB = 1024 * 1024


def kernel_environment(root: Path, profile: Profile) -> dict[str, str]:
    """The kernel's whole environment: built from nothing, so no API key or host secret leaks in.

    IPYTHONDIR is set by the launcher itself: a directory it makes fresh at each start (see the launcher).
    """
    home = root / "home"
    env = {
        "PATH": os.pathsep.join([str(Path(sys.prefix).resolve() / "bin"), "/usr/local/bin", "/usr/bin", "/bin"]),
        "HOME": str(home),
        "TMPDIR": str(root / "tmp"),
        "MPLCONFIGDIR": str(home / ".config" / "matplotlib"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        # getpass.getuser() reads these first; the kernel cannot read /etc/passwd, its fallback.
        "USER": "kernel",
        "LOGNAME": "kernel",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONNOUSERSITE": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    }
    env.update(_compute_environment(profile))
    return env


def _compute_environment(profile: Profile) -> dict[str, str]:
    """Variables native libraries read once, at load: a forked kernel inherits the template's reading of them."""
    threads = str(profile.limits.compute_threads)
    env = {
        "MALLOC_ARENA_MAX": str(profile.limits.malloc_arenas),
        # pyarrow's jemalloc would otherwise start a background thread at import (the template must not).
        "JE_ARROW_MALLOC_CONF": "background_thread:false",
        # pyarrow's mimalloc otherwise reserves 1 GiB of address space at the first string column: a quarter
        # of the kernel's RLIMIT_AS, for nothing.
        "MIMALLOC_ARENA_RESERVE": "64M",
        # joblib (scikit-learn's n_jobs) would probe for POSIX semaphores in /dev/shm at import, fail in the
        # sandbox with a warning, and elsewhere (the template) pick loky, whose workers are processes. Off, it
        # uses its threading backend and runs n_jobs=-1 serially: no fork, no exec, no sem_open.
        "JOBLIB_MULTIPROCESSING": "0",
        # duckdb sizes itself from /proc/self/cgroup and /sys/fs/cgroup, which Landlock keeps closed (it fails
        # with "Permission denied" on connect). A Slurm allocation in the environment comes first in its checks:
        # threads = the compute threads (it starts about five OS threads per compute thread and database),
        # memory (in MB, of which it uses 80%) = half the address space, spilling beyond that to its temp dir
        # in the work dir.
        "SLURM_CPUS_ON_NODE": threads,
        "SLURM_MEM_PER_NODE": str(profile.limits.address_space_mb // 2),
    }
    for var in (
        "OMP_NUM_THREADS",
        "OPENBLAS_NUM_THREADS",
        "MKL_NUM_THREADS",
        "NUMEXPR_NUM_THREADS",
        "NUMEXPR_MAX_THREADS",
        "VECLIB_MAXIMUM_THREADS",
        "BLIS_NUM_THREADS",
    ):
        env[var] = threads
    return env


@dataclass
class Sandbox:
    """Directories and identity of one session's kernel. Create with :meth:`create`, end with :meth:`close`."""

    id: str
    root: Path
    host_dir: Path
    profile: Profile
    settings: Settings
    lease: UidLease | None = None
    waived_layers: list[str] = field(default_factory=list)

    @property
    def uid(self) -> int:
        """The uid the kernel runs as."""
        return self.lease.uid if self.lease else os.geteuid()

    @property
    def gid(self) -> int:
        """The gid the kernel runs as."""
        return self.lease.gid if self.lease else os.getegid()

    @property
    def work_dir(self) -> Path:
        """The kernel's working directory, where uploaded files go."""
        return self.root / "work"

    @staticmethod
    def new_id() -> str:
        """A fresh random sandbox id. The kernel sees it (its folder's name), so it is never a session id."""
        return secrets.token_hex(16)

    @classmethod
    def create(cls, settings: Settings, profile: Profile, sandbox_id: str | None = None) -> Sandbox:
        """Check the host, lease a uid (per-session mode), and make the directories.

        Without `sandbox_id` the sandbox gets a fresh one; with it, the stored sandbox of that id is reused.
        """
        try:
            waived = host.check_requirements(profile, settings)
        except MissingLayerError as exc:  # no kernel starts on this host as the profile asks
            METRICS.sandbox_refusals.inc()
            logging.getLogger(__name__).warning(
                "kernel refused: the host lacks a required layer",
                extra={"reason": "missing_layer", "layers": exc.layers},
            )
            raise
        if settings.uid_mode == "shared" and os.geteuid() == 0:
            raise SandboxError(
                "NOTEBOOK_AGENT_UID_MODE=shared as root would run kernels as root",
                "Use per-session (the default for root) or run the app as an unprivileged user.",
            )
        sandbox_id = sandbox_id or cls.new_id()
        if not sandbox_id.replace("-", "").isalnum() or len(sandbox_id) > 64:
            raise SandboxError(f"invalid sandbox id {sandbox_id!r}", "Use letters, digits and '-'.")
        _make_dir(settings.data_dir, 0o711)
        _make_dir(settings.sandboxes_dir, 0o711)
        _make_dir(settings.runtime_dir, 0o700)
        lease = None
        if settings.uid_mode == "per-session":
            lease = allocate_uid(settings.uid_range, settings.runtime_dir / "uids")
        try:
            if lease:
                host.require_reachable([*host.python_paths(), str(settings.sandboxes_dir)], lease.uid, lease.gid)
            root = settings.sandboxes_dir / sandbox_id
            host_dir = settings.runtime_dir / sandbox_id
            _make_dir(host_dir, 0o700)
            fresh = not os.path.lexists(root)
            root.mkdir(mode=0o700, exist_ok=True)
            if fresh:
                for sub in ("work", "home", "tmp", "home/.config", "home/.config/matplotlib"):
                    (root / sub).mkdir(mode=0o700)
                _seed_matplotlib_cache(settings, root / "home" / ".config" / "matplotlib")
            # A resumed sandbox was shaped by its kernel: the host writes nothing into it (a planted symlink
            # would redirect a root write), it only hands the tree to the new uid without following links.
            if lease:
                first, last = settings.uid_range
                for dirpath, dirnames, filenames in os.walk(root):
                    for name in [*dirnames, *filenames]:
                        path = os.path.join(dirpath, name)
                        # Only what a session uid made (or we just made): a hard link to a host file must
                        # never change owner.
                        if fresh or first <= os.lstat(path).st_uid <= last:
                            os.lchown(path, lease.uid, lease.gid)
                os.lchown(root, lease.uid, lease.gid)
            os.chmod(root, 0o700)
        except BaseException:
            if lease:
                lease.release()
            raise
        return cls(sandbox_id, root, host_dir, profile, settings, lease, waived)

    def environment(self) -> dict[str, str]:
        """The kernel's environment."""
        return kernel_environment(self.root, self.profile)

    def rlimits(self) -> dict[str, int]:
        """The rlimits the launcher sets."""
        lim = self.profile.limits
        limits = {
            "as": lim.address_space_mb * _MB,
            "fsize": lim.file_size_mb * _MB,
            "nofile": lim.open_files,
            "core": 0,
        }
        if self.lease:  # RLIMIT_NPROC counts every process of the uid: only meaningful for a uid of our own
            limits["nproc"] = lim.threads
        return limits

    def launch_spec(self, connection_file: str, report_fd: int, kernel_args: list[str]) -> dict[str, Any]:
        """What the launcher needs, as plain JSON (the launcher imports nothing of ours but the layers)."""
        fs = self.profile.filesystem

        def expand(paths: tuple[str, ...]) -> list[str]:
            out: list[str] = []
            for p in paths:
                if p == "{prefix}":
                    out.extend(host.python_paths())
                elif p == "{session}":
                    out.append(str(self.root))
                else:
                    out.append(p)
            return out

        init_dir = kernel_init_dir(self.settings.data_dir)
        return {
            "connection_file": connection_file,
            "sandbox_root": str(self.root),
            "work_dir": str(self.work_dir),
            "init_dir": str(init_dir),
            "tmp_dir": str(self.root / "tmp"),
            "kernel_connection_file": str(self.root / "kernel.json"),
            "report_fd": report_fd,
            "uid": self.lease.uid if self.lease else None,
            "gid": self.lease.gid if self.lease else None,
            "rlimits": self.rlimits(),
            "landlock": {
                "read_exec": expand(fs.read_exec),
                "read": [*expand(fs.read), str(init_dir)],
                "read_write": expand(fs.read_write),
                "deny_tcp": self.profile.network.deny_tcp,
                "scope_abstract_unix": self.profile.scope.abstract_unix_sockets,
                "scope_signals": self.profile.scope.signals,
            },
            "required_layers": [x for x in self.profile.required_layers if x not in self.waived_layers],
            "seccomp": self.profile.seccomp_policy,
            "kernel_args": kernel_args,
        }

    def write_spec(self, spec: dict[str, Any]) -> Path:
        """Write the launch spec where only the host can read it."""
        path = self.host_dir / "launch.json"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump(spec, fh)
        return path

    def disk_usage(self) -> tuple[int, int]:
        """(bytes, entries) under the sandbox, never following a link the kernel may have planted."""
        total, count = 0, 0
        stack = [str(self.root)]
        while stack:
            try:
                entries = list(os.scandir(stack.pop()))
            except OSError:
                continue
            for entry in entries:
                count += 1
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                total += st.st_blocks * 512
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
        return total, count

    def close(self, remove: bool = True) -> None:
        """End every process of the session and give back its uid and directories."""
        if self.lease:
            self.lease.release()
        if remove:
            shutil.rmtree(self.root, ignore_errors=True)
            shutil.rmtree(self.host_dir, ignore_errors=True)


def kernel_init_dir(data_dir: Path) -> Path:
    """An empty, host-owned directory a kernel initialises in (``<data>/kernel-init``), read-only for kernels.

    ipykernel puts ``""`` on ``sys.path``: during initialisation that must not be the kernel-writable work dir,
    where a planted module would shadow one that initialisation imports. Kernels get read access (Landlock), and
    no kernel can write here, not even one sharing the app's uid. Made (and its mode reset) with each sandbox.
    """
    path = data_dir / "kernel-init"
    path.mkdir(mode=0o755, exist_ok=True)
    st = path.lstat()
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.geteuid():
        raise SandboxError(f"{path} must be a directory owned by the app's uid", "Remove it and start again.")
    if stat.S_IMODE(st.st_mode) != 0o755:
        os.chmod(path, 0o755)
    return path


def template_environment(settings: Settings, profile: Profile) -> dict[str, str]:
    """The fork server's environment: nothing of the host's, the kernels' compute settings, the font cache."""
    cache = str(matplotlib_cache(settings))
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": cache,
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "MPLCONFIGDIR": cache,
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        "PYTHONDONTWRITEBYTECODE": "1",
        **_compute_environment(profile),
    }


def template_key(profile: Profile) -> tuple[int, int]:
    """Profiles with the same key can share one fork server (see `_compute_environment`)."""
    return profile.limits.compute_threads, profile.limits.malloc_arenas


def matplotlib_cache(settings: Settings) -> Path:
    """The host's matplotlib font cache, built once by a child of the app (trusted code, the app's uid).

    Never inside a sandbox: the fork server loads it before forking, spawned kernels get a copy.
    """
    cache = settings.data_dir / "cache" / "matplotlib"
    if not any(cache.glob("fontlist-*.json")):
        cache.mkdir(parents=True, exist_ok=True, mode=0o700)
        subprocess.run(
            [sys.executable, "-I", "-c", "import matplotlib.font_manager"],
            env={"MPLCONFIGDIR": str(cache), "PATH": "/usr/bin:/bin", "HOME": str(cache)},
            check=False,
            capture_output=True,
            timeout=120,
        )
    return cache


def _seed_matplotlib_cache(settings: Settings, dest: Path) -> None:
    """Give the kernel a ready font cache: without one, its first pyplot import scans every font (~0.3 s)."""
    for src in matplotlib_cache(settings).glob("fontlist-*.json"):
        shutil.copyfile(src, dest / src.name, follow_symlinks=False)


def _make_dir(path: Path, mode: int) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=mode)
    if path.stat().st_uid == os.geteuid():
        os.chmod(path, mode)
