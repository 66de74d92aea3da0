"""Data in: check an uploaded file, store it in the session directory, and say how the kernel loads it.

    prepared = prepare_upload(Path(tmp), session_dir, original_name="Sales 2024.csv", first=True)
    prepared.load_code      # 'df = pd.read_csv("Sales_2024.csv", encoding="utf-8", sep=",")'
    profile_code("df")      # run in the kernel after load_code; prints one line of JSON
    format_profile(parse_profile(stdout))

Refusals raise UploadError with a message that says what was wrong and what to do.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Set
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from ..errors import UnsafeFileError, UploadError
from ..sandbox.safe_files import open_dir_beneath
from .delimited import inspect_delimited
from .encoding import CHUNK
from .formats import inspect_excel, inspect_json, inspect_parquet
from .names import safe_filename, split_extension, variable_name
from .profile import format_profile, parse_profile, profile_code
from .reading import Inspection, Kind, render_load_code

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_EXTENSIONS", "PreparedUpload", "format_profile", "parse_profile",
           "prepare_upload", "profile_code"]

DEFAULT_MAX_BYTES = 2**30  # 1 GB; the default sandbox profile's disk cap is twice that
SUPPORTED_EXTENSIONS: dict[str, Kind] = {
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".json": "json", ".jsonl": "json", ".ndjson": "json",
    ".xlsx": "excel", ".parquet": "parquet", ".pq": "parquet",
}
_SUPPORTED_TEXT = ("CSV (.csv), TSV (.tsv, .tab), JSON (.json, or .jsonl/.ndjson for JSON Lines), Excel (.xlsx) "
                   "and Parquet (.parquet, .pq)")
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
_NO_COPY_RANGE = {errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EPERM,
                  errno.EBADF}
_RANGE_CHUNK = 64 << 20


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


def _size(n: int) -> str:
    if n >= 2**30:
        return f"{n / 2**30:.1f}".removesuffix(".0") + " GB"
    if n >= 2**20:
        return f"{n / 2**20:.1f}".removesuffix(".0") + " MB"
    if n >= 2**10:
        return f"{n / 2**10:.1f}".removesuffix(".0") + " KB"
    return f"{n:,} bytes"


def _too_big(display: str, size: int, limit: int) -> UploadError:
    shown, shown_limit = _size(size), _size(limit)
    if shown == shown_limit:  # 200.0001 MB would read as "200 MB, over 200 MB"
        shown, shown_limit = f"{size:,} bytes", f"{shown_limit} ({limit:,} bytes)"
    return UploadError(f"{display} is {shown}, over the upload limit of {shown_limit}. Upload a smaller file: filter "
                       "or sample the data first, or save it as Parquet, which is much smaller than CSV.")


def _kind(ext: str, display: str) -> Kind:
    if ext in SUPPORTED_EXTENSIONS:
        return SUPPORTED_EXTENSIONS[ext]
    what = f"its type ({ext})" if ext else "it has no file extension, so its type"
    advice = _ADVICE.get(ext, "")
    raise UploadError(f"{display} cannot be used: {what} is not supported. Supported are {_SUPPORTED_TEXT}."
                      + (f" {advice}" if advice else ""))


def _inspect(path: Path, kind: Kind, ext: str, display: str) -> Inspection:
    if kind in ("csv", "tsv"):
        return inspect_delimited(path, kind, display)
    if kind == "json":
        return inspect_json(path, display, lines_expected=ext in (".jsonl", ".ndjson"))
    if kind == "excel":
        return inspect_excel(path, display)
    return inspect_parquet(path, display)


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
    raise UploadError(f"There are already {_MAX_COPIES:,} files named like {name} in this chat. "
                      "Rename the file and upload it again.")


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
        raise UploadError(f"{display} could not be stored: the session folder is not usable ({why}). "
                          "Start a new chat and upload it again.") from err
    temp = f".upload-{secrets.token_hex(8)}.part"
    try:
        owner = os.fstat(dir_fd)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600,
                     dir_fd=dir_fd)
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
        raise UploadError(f"{display} could not be stored ({err.strerror or err}). Try again; if it keeps failing, "
                          "the disk may be full: start a new chat.") from err
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp, dir_fd=dir_fd)
        os.close(dir_fd)


def prepare_upload(src: Path, dest_dir: Path, *, original_name: str | None = None,
                   existing_variables: Set[str] = frozenset(), first: bool = True,
                   max_bytes: int = DEFAULT_MAX_BYTES, within: Path | None = None) -> PreparedUpload:
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
        raise UploadError(f"{display} could not be read ({err.strerror}). Upload it again.") from err
    if not stat.S_ISREG(info.st_mode):
        raise UploadError(f"{display} is not a regular file. Upload the data file itself.")
    if info.st_size == 0:
        raise UploadError(f"{display} is empty (0 bytes). Upload a file that contains data.")
    if info.st_size > max_bytes:
        raise _too_big(display, info.st_size, max_bytes)

    inspection = _inspect(src, kind, ext, display)
    path = _store(src, dest_dir, name, max_bytes, display, within)
    variable = variable_name(name, existing_variables, first=first)
    return PreparedUpload(path=path, original_name=original, kind=kind, encoding=inspection.encoding,
                          delimiter=inspection.delimiter, header=inspection.header, variable=variable,
                          load_code=render_load_code(inspection, variable, path.name),
                          warnings=inspection.warnings)
