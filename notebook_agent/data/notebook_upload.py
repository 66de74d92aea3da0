"""An uploaded notebook, or an exported bundle (.zip), checked and unpacked for a new chat to start from.

Both are untrusted input. A notebook is read only as JSON and validated with nbformat (format 4), under a size
cap and a cell-count cap; nothing in it runs here (its code cells run later, in the new chat's sandboxed kernel).
A bundle is read with the zip directory's declared sizes checked first (each file, the whole, the ratio that
marks a zip bomb), and refused outright when an entry is a link, a folder or a path (``../x``, ``a/b``, ``/x``):
a bundle as the app writes it (`ui.bundle`) holds ``notebook.ipynb`` and the data files side by side. Each file is
copied out under a name of our own into a host-private folder; the name the bundle gave it travels beside it, and
goes through the upload path's own checks (`data.uploads.prepare_upload`: safe names, formats, limits) when the
new chat takes it.

    source = read_upload(Path(tmp), "analysis.zip", workdir, max_file_bytes=settings.max_upload_bytes)
    source.notebook, source.files, source.ours
"""

from __future__ import annotations

import json
import shutil
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import nbformat
from nbformat import NotebookNode

from ..errors import UploadError, UploadFormatError, UploadTooBig
from .limits import MIB, ZIP_RATIO_GRACE, ZIP_RATIO_LIMIT, size_text

__all__ = [
    "MAX_BUNDLE_ENTRIES",
    "MAX_CELLS",
    "MAX_NOTEBOOK_BYTES",
    "ImportSource",
    "is_import",
    "read_notebook",
    "read_upload",
]

MAX_NOTEBOOK_BYTES = 32 * MIB  # plots make notebooks big; 32 MiB is far past a chat's worth of them
MAX_CELLS = 500  # every code cell runs again in the new chat: a bound on the work one upload can ask for
MAX_BUNDLE_ENTRIES = 64  # the notebook, its data files, the bundle's notes
NOTEBOOK_SUFFIX, BUNDLE_SUFFIX = ".ipynb", ".zip"
_BUNDLE_NOTES = "BUNDLE-NOTES.txt"  # written by `ui.bundle` when a file was left out; not data


@dataclass
class ImportSource:
    """What a new chat starts from: the notebook, the data files beside it, and whether it is one of ours."""

    name: str  # the notebook's name as the person gave it (printable, no folders)
    notebook: NotebookNode
    files: list[tuple[Path, str]] = field(default_factory=list)  # (unpacked copy, name given in the upload)
    notes: list[str] = field(default_factory=list)  # what was left out, in words

    @property
    def ours(self) -> bool:
        """Whether the cells carry this app's metadata (the conversation can be rebuilt from them)."""
        return any(isinstance(c.get("metadata", {}).get("notebook_agent"), dict) for c in self.notebook.cells)


def display_name(name: str) -> str:
    """A name fit to show: its last part only, printable characters only."""
    return "".join(c for c in PurePosixPath(str(name).replace("\\", "/")).name if c.isprintable())[:120] or "notebook"


def is_import(name: str) -> bool:
    """Whether an uploaded file's name says it is a notebook or a bundle (rather than a data file)."""
    return str(name).lower().endswith((NOTEBOOK_SUFFIX, BUNDLE_SUFFIX))


def read_notebook(data: bytes, name: str) -> NotebookNode:
    """The notebook in `data` (.ipynb JSON), validated; refused with a message that says why.

    Raises:
        UploadTooBig: over `MAX_NOTEBOOK_BYTES` or `MAX_CELLS`.
        UploadFormatError: not UTF-8 JSON, not a notebook, or not valid as nbformat 4.
    """
    shown = display_name(name)
    if len(data) > MAX_NOTEBOOK_BYTES:
        raise UploadTooBig(
            f"{shown} is {size_text(len(data))}; a notebook to start a chat from may be {size_text(MAX_NOTEBOOK_BYTES)}"
            " at most.",
            "Clear its outputs in Jupyter (Edit → Clear outputs of all cells), save, and upload it again.",
            name=shown,
            size=len(data),
            limit=MAX_NOTEBOOK_BYTES,
        )
    try:
        text = data.decode("utf-8")
        raw = json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise UploadFormatError(
            f"{shown} is not a notebook: it is not JSON text ({type(exc).__name__}).",
            "Upload the .ipynb file Jupyter saved (or the bundle .zip this app exports).",
            name=shown,
            expected="ipynb",
        ) from None
    if not isinstance(raw, dict) or not isinstance(raw.get("cells"), list):
        raise UploadFormatError(
            f"{shown} is JSON but not a notebook (no list of cells).",
            "Upload the .ipynb file Jupyter saved.",
            name=shown,
            expected="ipynb",
        )
    if len(raw["cells"]) > MAX_CELLS:
        raise UploadTooBig(
            f"{shown} has {len(raw['cells']):,} cells; a notebook to start a chat from may have {MAX_CELLS} at most.",
            "Split it, or keep the cells that build the state you need.",
            name=shown,
            size=len(raw["cells"]),
            limit=MAX_CELLS,
        )
    try:
        notebook: NotebookNode = nbformat.reads(text, as_version=4)
        nbformat.validate(notebook)
    except Exception as exc:  # nbformat raises many kinds for bad input; each is a refusal of that input
        reason = str(getattr(exc, "message", "") or exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise UploadFormatError(
            f"{shown} is not a valid notebook (nbformat 4): {reason}",
            "Open it in Jupyter and save it again, then upload it.",
            name=shown,
            expected="ipynb",
        ) from None
    return notebook


def _refuse_entry(bundle: str, entry: str, why: str) -> UploadError:
    shown = "".join(c for c in entry if c.isprintable())[:80]
    return UploadError(
        f"{bundle} was refused: its entry {shown!r} {why}.",
        "Upload the bundle as this app exports it (the notebook and its data files side by side), or the .ipynb "
        "and its data files themselves.",
        name=bundle,
    )


def _check_entries(infos: list[zipfile.ZipInfo], shown: str, max_file_bytes: int) -> zipfile.ZipInfo:
    """Refuse links, folders, paths, encrypted entries and bombs by the zip directory; returns the notebook."""
    if len(infos) > MAX_BUNDLE_ENTRIES:
        raise UploadError(
            f"{shown} holds {len(infos):,} entries; a bundle may hold {MAX_BUNDLE_ENTRIES} at most.",
            "Upload the notebook and the data files it reads, nothing else.",
            name=shown,
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        entry = info.filename
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise _refuse_entry(shown, entry, "is a link")
        if info.is_dir() or stat.S_ISDIR(mode):
            raise _refuse_entry(shown, entry, "is a folder")
        if (
            not entry
            or any(c in entry for c in "/\\\x00:")
            or entry in (".", "..")
            or entry.startswith(".")
            or not entry.isprintable()
        ):
            raise _refuse_entry(shown, entry, "names a path or a hidden file, not a plain file name")
        if stat.S_IFMT(mode) and not stat.S_ISREG(mode):  # a type of 0 is a plain file (zipfile writes that)
            raise _refuse_entry(shown, entry, "is not a regular file")
        if info.flag_bits & 0x1:
            raise _refuse_entry(shown, entry, "is encrypted")
        if entry.lower() in seen:
            raise _refuse_entry(shown, entry, "appears twice")
        seen.add(entry.lower())
        if info.file_size > max_file_bytes:
            raise UploadTooBig(
                f"{shown}: {display_name(entry)} unpacks to {size_text(info.file_size)}, over the "
                f"{size_text(max_file_bytes)} upload limit.",
                name=shown,
                size=info.file_size,
                limit=max_file_bytes,
            )
        if info.file_size > ZIP_RATIO_GRACE and info.file_size > ZIP_RATIO_LIMIT * max(info.compress_size, 1):
            raise UploadTooBig(
                f"{shown}: {display_name(entry)} would expand {info.file_size // max(info.compress_size, 1):,} "
                f"times (to {size_text(info.file_size)}): refused as a possible zip bomb.",
                "Zip the files with ordinary compression, or upload them unzipped.",
                name=shown,
                size=info.file_size,
            )
        total += info.file_size
    if total > 2 * max_file_bytes:
        raise UploadTooBig(
            f"{shown} unpacks to {size_text(total)} in all, over {size_text(2 * max_file_bytes)}.",
            name=shown,
            size=total,
            limit=2 * max_file_bytes,
        )
    notebooks = [i for i in infos if i.filename.lower().endswith(NOTEBOOK_SUFFIX)]
    if len(notebooks) != 1:
        raise UploadError(
            f"{shown} holds {len(notebooks)} notebooks (.ipynb); a bundle to start a chat from holds exactly one.",
            "Upload a bundle with one notebook, or the .ipynb and its data files themselves.",
            name=shown,
        )
    if notebooks[0].file_size > MAX_NOTEBOOK_BYTES:
        raise UploadTooBig(
            f"{shown}: its notebook unpacks to {size_text(notebooks[0].file_size)}, over "
            f"{size_text(MAX_NOTEBOOK_BYTES)}.",
            "Clear the notebook's outputs in Jupyter, save, and bundle it again.",
            name=shown,
            size=notebooks[0].file_size,
            limit=MAX_NOTEBOOK_BYTES,
        )
    return notebooks[0]


def _read_bundle(path: Path, shown: str, workdir: Path, max_file_bytes: int) -> ImportSource:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise UploadFormatError(
            f"{shown} is not a zip file ({type(exc).__name__}).",
            "Upload the bundle .zip the app exported, or the .ipynb itself.",
            name=shown,
            expected="zip",
        ) from None
    with zf:
        infos = zf.infolist()
        nb_info = _check_entries(infos, shown, max_file_bytes)
        source: ImportSource | None = None
        files: list[tuple[Path, str]] = []
        notes: list[str] = []
        try:
            for number, info in enumerate(infos):
                if info is nb_info:
                    # Read through the entry's declared size only: zipfile stops there and checks the CRC.
                    with zf.open(info) as fh:
                        data = fh.read(MAX_NOTEBOOK_BYTES + 1)
                    source = ImportSource(display_name(info.filename), read_notebook(data, info.filename))
                elif info.filename == _BUNDLE_NOTES:
                    notes.append("the bundle says some of the chat's files were left out of it when it was made")
                else:
                    dest = workdir / f"file-{number:03d}"
                    with zf.open(info) as src, open(dest, "xb") as out:
                        copied = _copy_bounded(src, out, info.file_size)
                    if copied != info.file_size:
                        raise UploadFormatError(
                            f"{shown}: {display_name(info.filename)} is damaged (its size does not match).",
                            name=shown,
                            expected="zip",
                        )
                    files.append((dest, info.filename))
        except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
            raise UploadFormatError(
                f"{shown} is damaged or uses an unsupported compression ({type(exc).__name__}).",
                "Zip it again with ordinary (deflate) compression.",
                name=shown,
                expected="zip",
            ) from None
    assert source is not None
    source.files, source.notes = files, notes
    return source


def _copy_bounded(src: Any, out: Any, limit: int) -> int:
    """Copy at most `limit` bytes (the entry's declared size); returns what was copied (more means refused)."""
    copied = 0
    while True:
        chunk = src.read(min(1 << 20, limit + 1 - copied))
        if not chunk:
            return copied
        copied += len(chunk)
        if copied > limit:
            return copied
        out.write(chunk)


def read_upload(path: Path, name: str, workdir: Path, *, max_file_bytes: int) -> ImportSource:
    """The notebook (and, for a bundle, its data files unpacked into `workdir`, a host-private folder).

    Raises:
        UploadError (and its kinds): the upload was refused; the message says why and what to do.
    """
    shown = display_name(name)
    try:
        st = path.stat()
    except OSError as exc:
        raise UploadError(f"{shown} could not be read ({exc.strerror}).", "Upload it again.", name=shown) from None
    if not stat.S_ISREG(st.st_mode):
        raise UploadError(f"{shown} is not a regular file.", "Upload the file itself.", name=shown)
    if shown.lower().endswith(BUNDLE_SUFFIX):
        if st.st_size > 2 * max_file_bytes:
            raise UploadTooBig(f"{shown} is {size_text(st.st_size)}.", name=shown, size=st.st_size)
        return _read_bundle(path, shown, workdir, max_file_bytes)
    if not shown.lower().endswith(NOTEBOOK_SUFFIX):
        raise UploadFormatError(
            f"{shown} is neither a notebook (.ipynb) nor a bundle (.zip).", name=shown, expected="ipynb"
        )
    if st.st_size > MAX_NOTEBOOK_BYTES:
        raise UploadTooBig(
            f"{shown} is {size_text(st.st_size)}; a notebook to start a chat from may be "
            f"{size_text(MAX_NOTEBOOK_BYTES)} at most.",
            "Clear its outputs in Jupyter (Edit → Clear outputs of all cells), save, and upload it again.",
            name=shown,
            size=st.st_size,
            limit=MAX_NOTEBOOK_BYTES,
        )
    with open(path, "rb") as fh:
        data = fh.read(MAX_NOTEBOOK_BYTES + 1)
    return ImportSource(shown, read_notebook(data, shown))


def remove_workdir(workdir: Path) -> None:
    """Remove the unpacked copies (the chat keeps its own, made by the upload path)."""
    shutil.rmtree(workdir, ignore_errors=True)
