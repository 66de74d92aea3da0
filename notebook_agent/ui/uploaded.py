"""Files named in an API request: only files uploaded to this app, never any other file of the host.

An API call names its files as Gradio FileData (``{"path": ...}``). `gradio_client` uploads a file first and sends
the path Gradio stored it under, but a request written by hand can send any path, and Gradio passes a path inside a
plain JSON argument through unchecked (tried: `/chat` then read a host file as an upload). So a path is taken only
when it is a regular file, reached through no link, inside Gradio's upload folder and outside the app's own served
files (other chats' plots and notebooks live there).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gradio.utils import get_upload_folder

from ..errors import UploadError

__all__ = ["checked_upload"]


def checked_upload(f: Any, served_root: Path) -> tuple[Path, str]:
    """The uploaded file `f` (a path, or a FileData dict) and the name it was given; refused unless uploaded.

    Raises:
        UploadError: the path is not a file uploaded to this app.
    """
    raw = str(f if isinstance(f, str) else (f or {}).get("path", ""))
    name = None if isinstance(f, str) else (f or {}).get("orig_name")
    path = Path(raw)
    shown = "".join(c for c in str(name or path.name) if c.isprintable())[:120] or "The file"
    refused = UploadError(
        f"{shown} is not a file uploaded to this app.",
        "Send the file with the request (gradio_client's handle_file uploads it first).",
        name=shown,
    )
    if not raw or not path.is_absolute():
        raise refused
    try:
        real = path.resolve(strict=True)
        linked = path.is_symlink()
    except (OSError, RuntimeError):
        raise refused from None
    uploads = Path(get_upload_folder()).resolve()
    if linked or not real.is_relative_to(uploads) or real.is_relative_to(served_root.resolve()) or not real.is_file():
        raise refused
    return real, str(name or path.name)
