"""Data in: check an uploaded file, store it in the session directory, and say how the kernel loads it.

    prepared = prepare_upload(Path(tmp), session_dir, original_name="Sales 2024.csv", first=True)
    prepared.load_code      # 'df = pd.read_csv("Sales_2024.csv", encoding="utf-8", sep=",")'
    profile_code("df")      # run in the kernel after load_code; prints one line of JSON
    format_profile(parse_profile(stdout))

Refusals raise UploadError with a message that says what was wrong and what to do.

This process never parses an upload: `_inspect` hands the open file to a short-lived confined process
(`notebook_agent.data.inspector`) under a wall-clock limit, reads a bounded answer back, and turns a crash, an
exhausted memory limit or a timeout into a refusal. Only the copy into the session directory happens here.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import math
import os
import secrets
import selectors
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Set
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, BinaryIO

from ..errors import UnsafeFileError, UploadError, UploadFormatError, UploadTooBig
from ..sandbox.safe_files import open_dir_beneath
from .encoding import CHUNK
from .limits import (
    GIB,
    INSPECTOR_BASE_SECONDS,
    INSPECTOR_MEMORY,
    INSPECTOR_OPEN_FILES,
    INSPECTOR_OUTPUT_LIMIT,
    INSPECTOR_SECONDS_PER_GIB,
    INSPECTOR_STDERR_LIMIT,
    INSPECTOR_UID,
    size_text,
)
from .names import safe_filename, split_extension, variable_name
from .profile import format_profile, parse_profile, profile_code
from .reading import Inspection, Kind, render_load_code

if TYPE_CHECKING:
    from ..settings import Settings

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_EXTENSIONS",
    "PreparedUpload",
    "format_profile",
    "parse_profile",
    "prepare_upload",
    "profile_code",
]

# 1 GB, NOTEBOOK_AGENT_MAX_UPLOAD_MB's default (the app passes the setting); the default profile's disk cap is 2x
DEFAULT_MAX_BYTES = 2**30
SUPPORTED_EXTENSIONS: dict[str, Kind] = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".json": "json",
    ".jsonl": "json",
    ".ndjson": "json",
    ".xlsx": "excel",
    ".parquet": "parquet",
    ".pq": "parquet",
}
_SUPPORTED_TEXT = (
    "CSV (.csv), TSV (.tsv, .tab), JSON (.json, or .jsonl/.ndjson for JSON Lines), Excel (.xlsx) "
    "and Parquet (.parquet, .pq)"
)
_ADVICE = {
    ".xls": "Old Excel files (.xls) cannot be read here: open it in Excel and save it as .xlsx, or export CSV.",
    ".xlsm": "Save the workbook as .xlsx (without macros), or export the sheet as CSV.",
    ".ods": "Save the spreadsheet as .xlsx or CSV.",
    ".txt": "If it is delimited text, rename it to .csv (or .tsv for tabs).",
    ".zip": "Unzip it and upload the data file inside.",
    ".gz": "Decompress it and upload the file inside.",
}
_MAX_COPIES = 1000
_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.EXDEV}
_NO_COPY_RANGE = {errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EPERM, errno.EBADF}
_RANGE_CHUNK = 64 << 20
_INSPECTOR = "notebook_agent.data.inspector"
# The checker's whole environment. glibc's allocator for pyarrow (its default, mimalloc, reserves address space in
# large arenas: a poor fit for RLIMIT_AS); one compute thread, since it reads samples.
_INSPECTOR_ENV = {
    "PATH": "/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "ARROW_DEFAULT_MEMORY_POOL": "system",
    "MALLOC_ARENA_MAX": "2",
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}
_STDIN_CHUNK = 65536

log = logging.getLogger(__name__)


@dataclass
class PreparedUpload:
    """An accepted upload, stored in the session directory, and how the kernel loads it."""

    path: Path
    """Where the file now is, inside the destination directory."""
    original_name: str
    kind: Kind
    encoding: str | None
    """Python codec name for text formats (csv, tsv, json), else None."""
    delimiter: str | None
    """Field separator for csv/tsv, else None."""
    header: bool
    variable: str
    """The Python identifier the kernel loads it as."""
    load_code: str
    """Exact Python (`pd` is pandas) that loads the file by its relative name, from the destination directory."""
    warnings: list[str] = field(default_factory=list)


def _too_big(display: str, size: int, limit: int) -> UploadError:
    shown, shown_limit = size_text(size), size_text(limit)
    if shown == shown_limit:  # 200.0001 MB would read as "200 MB, over 200 MB"
        shown, shown_limit = f"{size:,} bytes", f"{shown_limit} ({limit:,} bytes)"
    return UploadTooBig(
        f"{display} is {shown}, over the upload limit of {shown_limit}.",
        "Upload a smaller file: filter or sample the data first, or save it as Parquet, which is much smaller "
        "than CSV.",
        name=display,
        size=size,
        limit=limit,
    )


def _kind(ext: str, display: str) -> Kind:
    if ext in SUPPORTED_EXTENSIONS:
        return SUPPORTED_EXTENSIONS[ext]
    what = f"its type ({ext})" if ext else "it has no file extension, so its type"
    advice = _ADVICE.get(ext, "")
    raise UploadFormatError(
        f"{display} cannot be used: {what} is not supported. Supported are {_SUPPORTED_TEXT}.",
        advice or "Save the data in one of these formats and upload it again.",
        name=display,
    )


def _inspector_python() -> str:
    # By its real path: a venv symlinked into a 0700 directory is only reachable there once the checker drops root.
    return str(Path(sys.prefix).resolve() / "bin" / Path(sys.executable).name)


def _confinement(settings: Settings | None) -> dict[str, Any]:
    """The request's confinement part: limits, and Landlock and seccomp as the sandbox profile has them."""
    from ..errors import MissingLayerError
    from ..sandbox import host
    from ..sandbox.profiles import load_profile
    from ..settings import get_settings

    settings = settings or get_settings()
    profile = load_profile(settings.profile)
    try:
        waived = host.check_requirements(profile, settings)
    except MissingLayerError as err:
        raise UploadError(f"Uploads cannot be checked safely on this server: {err.problem}", err.todo) from None

    def expand(paths: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        for path in paths:
            if path == "{prefix}":
                out.extend(host.python_paths())
            elif path != "{session}":  # the checker has no session: nothing writable, nothing of a sandbox
                out.append(path)
        return out

    package = os.path.realpath(Path(__file__).resolve().parent.parent)
    return {
        "landlock": {
            "read_exec": [*expand(profile.filesystem.read_exec), package],
            "read": expand(profile.filesystem.read),
        },
        "seccomp": profile.seccomp_policy,
        "required": [layer for layer in profile.required_layers if layer not in waived],
    }


def _time_limit(size: int) -> float:
    return INSPECTOR_BASE_SECONDS + INSPECTOR_SECONDS_PER_GIB * size / GIB


def _request(
    fd: int, kind: Kind, ext: str, display: str, seconds: float, settings: Settings | None = None
) -> dict[str, Any]:
    """What the checker is told (see `inspector`): the file's descriptor, what to check, and how to confine itself."""
    return {
        "fd": fd,
        "kind": kind,
        "ext": ext,
        "display": display,
        "parent": os.getpid(),
        "limits": {
            "memory": INSPECTOR_MEMORY,
            "cpu_seconds": math.ceil(seconds),
            "open_files": INSPECTOR_OPEN_FILES,
            "uid": INSPECTOR_UID,
        },
        **_confinement(settings),
    }


def _exchange(proc: subprocess.Popen[bytes], data: bytes, deadline: float) -> tuple[bytes, bytes, str | None]:
    """Write `data` to the process's stdin and read its stdout and stderr, each up to its limit, until `deadline`.

    Returns (stdout, stderr, problem): problem is "timeout" or "output" when the process was killed for it.
    """
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    out, err = bytearray(), bytearray()
    pending = memoryview(data)
    os.set_blocking(proc.stdin.fileno(), False)
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdin, selectors.EVENT_WRITE)
        selector.register(proc.stdout, selectors.EVENT_READ)
        selector.register(proc.stderr, selectors.EVENT_READ)
        while selector.get_map():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return bytes(out), bytes(err), "timeout"
            for key, _ in selector.select(remaining):
                stream = key.fileobj
                if stream is proc.stdin:
                    try:
                        pending = pending[os.write(proc.stdin.fileno(), pending[:_STDIN_CHUNK]) :]
                    except BlockingIOError:
                        continue
                    except BrokenPipeError:
                        pending = pending[:0]  # it stopped reading; its answer (or its exit) says why
                    if not pending:
                        selector.unregister(proc.stdin)
                        proc.stdin.close()
                    continue
                chunk = os.read(stream.fileno(), 65536)  # type: ignore[union-attr]
                if not chunk:
                    selector.unregister(stream)
                elif stream is proc.stdout:
                    out += chunk
                    if len(out) > INSPECTOR_OUTPUT_LIMIT:
                        return bytes(out), bytes(err), "output"
                elif len(err) < INSPECTOR_STDERR_LIMIT:
                    err += chunk[: INSPECTOR_STDERR_LIMIT - len(err)]
    return bytes(out), bytes(err), None


def _run_inspector(request: dict[str, Any], fd: int, seconds: float) -> tuple[int | None, bytes, bytes, str | None]:
    """Run the checker on `fd`; (exit status, stdout, stderr, problem). It is always gone when this returns."""
    return run_helper(_INSPECTOR, request, seconds, env=_INSPECTOR_ENV, pass_fds=(fd,))


def run_helper(
    module: str, request: dict[str, Any], seconds: float, *, env: dict[str, str], pass_fds: tuple[int, ...] = ()
) -> tuple[int | None, bytes, bytes, str | None]:
    """Run a confined helper module with `request` on its stdin; (exit status, stdout, stderr, problem).

    Its answer and stderr are read up to the checker's limits, within `seconds`; it is always gone on return.
    """
    deadline = time.monotonic() + seconds
    proc = subprocess.Popen(
        [_inspector_python(), "-I", "-B", "-m", module],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        pass_fds=pass_fds,
        env=env,
        cwd="/",
        start_new_session=True,
    )
    try:
        out, err, problem = _exchange(proc, json.dumps(request).encode(), deadline)
        if problem is None:
            try:  # its pipes are closed: it is exiting
                proc.wait(max(1.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                problem = "timeout"
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    return proc.returncode, out, err, problem


# The refusals the checker may name (by class name); any other name is read as a plain UploadError.
_REFUSALS: dict[str, type[UploadError]] = {cls.__name__: cls for cls in (UploadFormatError, UploadTooBig)}
_DAMAGED = "It may be damaged: save it again with the program that made it, or export the data as CSV."


def _inspect(src: Path, kind: Kind, ext: str, display: str, settings: Settings | None = None) -> Inspection:
    """Inspect the upload in a short-lived confined process (see `inspector`): this process never parses it."""
    from .inspector import inspection_from_json  # not at import: the checker runs that module as __main__

    try:
        fd = os.open(src, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as exc:
        raise UploadError(f"{display} could not be read ({exc.strerror}).", "Upload it again.", name=display) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UploadError(f"{display} is not a regular file.", "Upload the data file itself.", name=display)
        seconds = _time_limit(info.st_size)
        request = _request(fd, kind, ext, display, seconds, settings)
        try:
            status, out, err, problem = _run_inspector(request, fd, seconds)
        except OSError as exc:
            raise UploadError(
                f"{display} could not be checked: the checker did not start ({exc.strerror or exc}).",
                "Try again in a moment.",
                name=display,
            ) from exc
    finally:
        os.close(fd)
    if problem == "timeout":
        raise UploadFormatError(
            f"{display} could not be checked within {seconds:.3g} s, so it was refused: reading it takes "
            f"far longer than a file of {size_text(info.st_size)} should.",
            _DAMAGED,
            name=display,
        )
    if problem == "output":
        raise UploadTooBig(
            f"{display} could not be checked: the checker's answer was over "
            f"{size_text(INSPECTOR_OUTPUT_LIMIT)} (a table with very many columns?).",
            "Upload fewer columns, or export the data as Parquet.",
            name=display,
        )
    try:
        answer = json.loads(out)
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise _died(display, status, err, seconds)
    if "inspection" in answer:
        try:
            return inspection_from_json(answer["inspection"], kind)
        except (ValueError, TypeError, LookupError) as exc:  # never from our own inspectors: a subverted checker
            log.warning("upload check of %s answered something no inspector writes: %s", display, exc)
            raise UploadError(
                f"{display} could not be checked: the checker's answer was not valid, so the file was refused.",
                _DAMAGED,
                name=display,
            ) from None
    if "refused" in answer:
        refusal = _REFUSALS.get(str(answer.get("error")), UploadError)
        raise refusal(str(answer["refused"]), str(answer.get("todo") or "") or None, name=display)
    failed, detail = answer.get("failed"), str(answer.get("detail", ""))
    log.warning("upload check of %s failed: %s %s; stderr: %s", display, failed, detail, err[-2000:])
    if failed == "memory":
        raise _out_of_memory(display)
    if failed == "recursion":
        raise UploadFormatError(
            f"{display} nests its data too deeply to be read, so it was refused.",
            "Flatten it (one record per row) and upload it again.",
            name=display,
        )
    if failed == "confinement":
        raise UploadError(
            f"{display} could not be checked: the checker could not be confined on this server ({detail}).",
            "The file is not at fault; `notebook-agent doctor` shows what the host lacks.",
            name=display,
        )
    raise UploadFormatError(f"{display} could not be read ({detail}).", _DAMAGED, name=display)


def _out_of_memory(display: str) -> UploadError:
    return UploadTooBig(
        f"{display} needs more than {size_text(INSPECTOR_MEMORY)} of memory just to be checked, so it "
        "was refused: it expands far beyond its size when read.",
        "Save it again with the program that made it, upload a smaller part of the data, or export it as CSV.",
        name=display,
        limit=INSPECTOR_MEMORY,
    )


def _died(display: str, status: int | None, err: bytes, seconds: float) -> UploadError:
    """The refusal for a checker that ended without an answer."""
    text = err.decode("utf-8", "replace")
    log.warning("upload check of %s ended with status %s without an answer; stderr: %s", display, status, text[-2000:])
    if "MemoryError" in text or "bad_alloc" in text or "Cannot allocate memory" in text:
        return _out_of_memory(display)
    if status is not None and -status in (signal.SIGXCPU, signal.SIGKILL):
        return UploadFormatError(
            f"{display} used up the {math.ceil(seconds)} s of processor time its check may take, so it was refused.",
            _DAMAGED,
            name=display,
        )
    why = f"status {status}"
    if status is not None and status < 0:
        with contextlib.suppress(ValueError):
            why = f"signal {signal.Signals(-status).name}"
    return UploadFormatError(
        f"{display} could not be checked: the reader stopped ({why}), so it was refused.", _DAMAGED, name=display
    )


def _publish(dir_fd: int, temp: str, name: str) -> str:
    """Give the finished temp file its final name, deduplicated (data.csv, data-2.csv, ...); never replaces."""
    stem, ext = split_extension(name)
    for n in range(1, _MAX_COPIES + 1):
        candidate = name if n == 1 else f"{stem}-{n}{ext}"
        try:
            # link() fails on any existing entry, symlinks included: no check-then-write race with the kernel.
            os.link(temp, candidate, src_dir_fd=dir_fd, dst_dir_fd=dir_fd, follow_symlinks=False)
            return candidate
        except FileExistsError:
            continue
        except OSError as err:
            if err.errno not in _NO_HARD_LINKS:
                raise
        # No hard links on this filesystem: check, then rename (which replaces an entry, never follows it).
        try:
            os.lstat(candidate, dir_fd=dir_fd)
            continue
        except FileNotFoundError:
            os.rename(temp, candidate, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
            return candidate
    raise UploadError(
        f"There are already {_MAX_COPIES:,} files named like {name} in this chat.",
        "Rename the file and upload it again.",
        name=name,
    )


def _copy(source: BinaryIO, out: BinaryIO, max_bytes: int) -> int:
    """Copy up to max_bytes + 1 bytes in chunks, inside the OS where it can (no buffer here); the bytes copied."""
    copied = 0
    while copied <= max_bytes:
        try:
            n = os.copy_file_range(source.fileno(), out.fileno(), min(_RANGE_CHUNK, max_bytes + 1 - copied))
        except OSError as err:
            if copied or err.errno not in _NO_COPY_RANGE:
                raise
            break  # not between these files: copy through a buffer below
        if not n:
            return copied
        copied += n
    while copied <= max_bytes and (chunk := source.read(min(CHUNK, max_bytes + 1 - copied))):
        out.write(chunk)
        copied += len(chunk)
    return copied


def _store(src: Path, dest_dir: Path, name: str, max_bytes: int, display: str, within: Path | None = None) -> Path:
    """Copy `src` into `dest_dir` as `name` (deduplicated) via a temp file, never following symlinks there.

    `within` is a trusted folder above `dest_dir` (default: its parent); every folder from there down is opened
    without following a link, since the kernel may have replaced any of them by one.
    """
    anchor = dest_dir.parent if within is None else within
    try:
        dir_fd = open_dir_beneath(anchor, dest_dir.relative_to(anchor).as_posix())
    except (UnsafeFileError, ValueError) as err:
        why = err.reason if isinstance(err, UnsafeFileError) else f"not inside {anchor}"
        raise UploadError(
            f"{display} could not be stored: the session folder is not usable ({why}).",
            "Start a new chat and upload it again.",
            name=display,
        ) from err
    temp = f".upload-{secrets.token_hex(8)}.part"
    try:
        owner = os.fstat(dir_fd)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600, dir_fd=dir_fd)
        with os.fdopen(fd, "wb") as out, src.open("rb") as source:
            copied = _copy(source, out, max_bytes)
            if copied > max_bytes:  # it grew since it was checked
                raise _too_big(display, copied, max_bytes)
            os.fchmod(out.fileno(), 0o644)
            # As root, hand the file to the directory's owner (the session uid) so its kernel can read it.
            if os.geteuid() == 0 and owner.st_uid != 0:
                os.fchown(out.fileno(), owner.st_uid, owner.st_gid)
        return dest_dir / _publish(dir_fd, temp, name)
    except OSError as err:
        raise UploadError(
            f"{display} could not be stored ({err.strerror or err}).",
            "Try again; if it keeps failing, the disk may be full: start a new chat.",
            name=display,
        ) from err
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp, dir_fd=dir_fd)
        os.close(dir_fd)


def prepare_upload(
    src: Path,
    dest_dir: Path,
    *,
    original_name: str | None = None,
    existing_variables: Set[str] = frozenset(),
    first: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    within: Path | None = None,
    settings: Settings | None = None,
) -> PreparedUpload:
    """Check an uploaded file, copy it into `dest_dir` under a safe name, and build its load code.

    Args:
        src: the uploaded file (e.g. the web framework's temp file).
        dest_dir: the session directory the kernel works in; must exist.
        original_name: the name the person gave the file; defaults to `src.name`.
        existing_variables: names already used in the kernel; the new variable avoids them.
        first: the session's first file is loaded as `df`; later ones get a name from the file name.
        max_bytes: the size limit.
        within: a trusted folder above `dest_dir` (e.g. the sandboxes dir): no folder below it is followed as a
            link (default: only `dest_dir` itself is checked).
        settings: whose sandbox profile confines the checker (default: `get_settings()`).

    Raises:
        UploadError: the file was refused; the message says why and what to do.
    """
    src, dest_dir = Path(src), Path(dest_dir)
    original = src.name if original_name is None else original_name
    display = "".join(c for c in PurePosixPath(original.replace("\\", "/")).name if c.isprintable()) or "The file"
    name = safe_filename(original)
    ext = split_extension(name)[1]
    kind = _kind(ext, display)
    try:
        info = src.stat()
    except OSError as err:
        raise UploadError(f"{display} could not be read ({err.strerror}).", "Upload it again.", name=display) from err
    if not stat.S_ISREG(info.st_mode):
        raise UploadError(f"{display} is not a regular file.", "Upload the data file itself.", name=display)
    if info.st_size == 0:
        raise UploadFormatError(f"{display} is empty (0 bytes).", "Upload a file that contains data.", name=display)
    if info.st_size > max_bytes:
        raise _too_big(display, info.st_size, max_bytes)

    inspection = _inspect(src, kind, ext, display, settings)
    path = _store(src, dest_dir, name, max_bytes, display, within)
    variable = variable_name(name, existing_variables, first=first)
    return PreparedUpload(
        path=path,
        original_name=original,
        kind=kind,
        encoding=inspection.encoding,
        delimiter=inspection.delimiter,
        header=inspection.header,
        variable=variable,
        load_code=render_load_code(inspection, variable, path.name),
        warnings=inspection.warnings,
    )
