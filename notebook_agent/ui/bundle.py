"""The bundle a person downloads: the chat's notebook and its uploaded data files, in one zip."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from ..agent.session import data_files_root, stored_files
from ..errors import UnsafeFileError
from ..sandbox.safe_files import open_beneath
from ..settings import Settings

__all__ = ["write_bundle"]


def write_bundle(settings: Settings, session_id: str, notebook: Path, out: Path) -> list[str]:
    """Zip the notebook and the session's uploaded files into `out`; returns a note per file left out.

    Blocks (reads the database). The files live in the sandbox, which the kernel controls (with gateways, in the
    upload store, which it does not): each is opened through the safe opener (no links
    at any level, regular single-linked files of bounded size, never a blocking open), so the bundle can hold
    nothing but what the kernel could read itself. A refused file is named in BUNDLE-NOTES.txt in the zip.
    """
    names = [str(f["name"]) for f in stored_files(settings, session_id)]  # from the database: the app's record
    root, folder = data_files_root(settings, session_id)
    notes: list[str] = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(notebook, "notebook.ipynb")
        for name in names:
            try:
                src = open_beneath(root, f"{folder}/{name}", settings.max_upload_bytes)
            except UnsafeFileError as exc:
                notes.append(f"{name}: {exc.reason}")
                continue
            with src, zf.open(name, "w") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)  # streamed: data files may be large
        if notes:
            zf.writestr(
                "BUNDLE-NOTES.txt",
                "These files of the chat were left out of this bundle:\n" + "".join(f"- {note}\n" for note in notes),
            )
    return notes
