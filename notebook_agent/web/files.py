"""Files the app serves to browsers (plots, notebooks, bundles), each in its chat's folder, and who may fetch them.

Gradio serves a file named in an output from its cache folder (`GRADIO_TEMP_DIR`), copying it there unless it is
already inside: so the app writes its files inside that folder, one sub-folder per chat
(``<cache>/notebook-agent-XXXX/<session id>/…``), and Gradio serves them in place. Every request for a file under
it is checked by `FileGuard` against the chat's owner before Gradio sees it; another user's file — or one that does
not exist — gets the same 404.

Uploads stay where Gradio puts them (a folder named by a hash of the content), readable only by whoever has that
name, which is the person who uploaded the file.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from gradio.utils import get_upload_folder
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

__all__ = ["FileGuard", "ServedFiles"]

_FILE_ROUTES = ("/gradio_api/file=", "/file=")


class ServedFiles:
    """The folder of files served to browsers, a sub-folder per chat."""

    def __init__(self, root: Path | None = None) -> None:
        base = Path(get_upload_folder())
        base.mkdir(parents=True, exist_ok=True)
        self.root = root or Path(tempfile.mkdtemp(prefix="notebook-agent-", dir=base))
        self.root.chmod(0o700)

    def for_session(self, session_id: str) -> Path:
        """The chat's folder (made on first use)."""
        path = self.root / session_id
        path.mkdir(mode=0o700, exist_ok=True)
        return path

    def session_of(self, path: str) -> str | None:
        """The chat a served path belongs to, or None when the path is not one of ours."""
        absolute = Path(os.path.abspath(path))
        try:
            rel = absolute.relative_to(self.root)
        except ValueError:
            return None
        return rel.parts[0] if rel.parts else ""

    def remove_session(self, session_id: str) -> None:
        """Forget a deleted chat's served files."""
        if session_id and "/" not in session_id and session_id not in (".", ".."):
            shutil.rmtree(self.root / session_id, ignore_errors=True)

    def remove_all(self) -> None:
        """Everything (at exit)."""
        shutil.rmtree(self.root, ignore_errors=True)


class FileGuard:
    """ASGI middleware: a request for a served chat file passes only when `allowed(request, session_id)` says so."""

    def __init__(self, app: ASGIApp, files: ServedFiles, allowed: Callable[[Request, str], Awaitable[bool]]) -> None:
        self.app, self.files, self.allowed = app, files, allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer 404 for a chat file the caller may not fetch; pass everything else on."""
        if scope["type"] == "http":
            path = scope.get("path", "")
            for prefix in _FILE_ROUTES:
                if path.startswith(prefix):
                    target = path[len(prefix) :]  # decoded once by the server, as Gradio's route sees it
                    session_id = self.files.session_of(target)
                    if session_id is not None and not (
                        session_id and await self.allowed(Request(scope, receive), session_id)
                    ):
                        response: Response = PlainTextResponse("Not found.", status_code=404)
                        await response(scope, receive, send)
                        return
                    break
        await self.app(scope, receive, send)
