"""The HTTP server: the Gradio app mounted in a FastAPI app with sign-in, file ownership, health and metrics.

Routes of our own, beside Gradio's:

- `GET /healthz`, `GET /readyz` (fork template up, database reachable), `GET /metrics` (Prometheus).
- `GET/POST /signin`, `/signout` in `password` mode (`web/signin.py`).

In `password` and `header` modes Gradio asks `Identity.username` who is calling on every request (its
`auth_dependency`), so a request without a valid sign-in — cookie, bearer token, or trusted proxy header — is refused
before any handler runs, and a browser that opens the page unsigned is sent to the sign-in page. In `hf` mode the page
loads unsigned (it shows Gradio's sign-in button) and each handler refuses a caller it cannot identify. Files served
from a chat's folder are checked against the chat's owner by `FileGuard`, in every mode.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import signal
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import gradio as gr
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse, RedirectResponse, Response
from sqlalchemy.engine import Engine

from .. import store
from ..accounts import passwords
from ..accounts import sessions as chats
from ..accounts.limiter import LoginLimiter
from ..errors import ConfigError, NotebookAgentError
from ..kernel.forking import fork_server, template_up
from ..kernel.provisioner import kernel_python
from ..ops import logs
from ..ops.metrics import install
from ..sandbox.profiles import load_profile
from ..settings import Settings
from ..ui.handlers import Handlers
from ..ui.layout import CSS, layout
from . import signin
from .files import FileGuard, ServedFiles
from .identity import Identity

__all__ = ["App", "create", "serve"]

log = logging.getLogger(__name__)


@dataclass
class App:
    """The parts of a running app (tests and the runner use them)."""

    http: FastAPI
    demo: gr.Blocks
    handlers: Handlers
    engine: Engine
    identity: Identity
    files: ServedFiles


def _check_mode(settings: Settings) -> None:
    if settings.auth != "hf":
        return
    if not _on_space():
        raise ConfigError(
            "NOTEBOOK_AGENT_AUTH=hf signs people in with Hugging Face, which only works on a Space",
            "Run it on a Hugging Face Space (the README shows how), or use password or header here.",
            setting="NOTEBOOK_AGENT_AUTH",
            value="hf",
        )
    # On a Space, Gradio's login routes need the OAuth settings the Space injects, and authlib (gradio[oauth]).
    import importlib.util

    from gradio import oauth

    unset = [
        name
        for name, value in (
            ("OAUTH_CLIENT_ID", oauth.OAUTH_CLIENT_ID),
            ("OAUTH_CLIENT_SECRET", oauth.OAUTH_CLIENT_SECRET),
            ("OAUTH_SCOPES", oauth.OAUTH_SCOPES),
            ("OPENID_PROVIDER_URL", oauth.OPENID_PROVIDER_URL),
        )
        if not value
    ]
    if unset:
        raise ConfigError(
            f"NOTEBOOK_AGENT_AUTH=hf needs the Space's OAuth settings, and these are not set: {', '.join(unset)}",
            "Add `hf_oauth: true` to the front matter of the Space's README.md, then restart the Space.",
            setting="NOTEBOOK_AGENT_AUTH",
            value="hf",
        )
    if importlib.util.find_spec("authlib") is None:
        raise ConfigError(
            "NOTEBOOK_AGENT_AUTH=hf needs Gradio's OAuth extra (authlib), which is not installed",
            "Install notebook-agent with its dependencies (they include gradio[oauth]).",
            setting="NOTEBOOK_AGENT_AUTH",
            value="hf",
        )


def _on_space() -> bool:
    from gradio.utils import get_space

    return get_space() is not None


def create(settings: Settings) -> App:
    """Build the app (database prepared, Gradio mounted); nothing is listening yet."""
    _check_mode(settings)
    engine = store.open_engine(store.url_for(settings))
    store.prepare(engine)
    identity = Identity(engine, settings.auth, header=settings.auth_header, trusted_proxies=settings.trusted_proxies)
    files = ServedFiles()
    atexit.register(files.remove_all)  # plots and downloads served to browsers, gone with the app
    handlers = Handlers(settings, engine, identity, files)
    demo = layout(handlers)
    demo.queue(default_concurrency_limit=8)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        handlers.registry.warm()  # the pool starts with the server
        if settings.kernel_start == "fork":  # and the fork template, for /readyz and the first chat
            asyncio.get_running_loop().run_in_executor(None, _start_template, settings)
        yield
        await handlers.registry.leave_all()

    http = FastAPI(docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)

    def ready() -> dict[str, bool]:
        # A failed template is not "not ready": kernels are spawned instead (slower, as safe).
        up = template_up(settings)
        return {
            "database": store.is_ready(engine),
            "fork_template": settings.kernel_start != "fork" or up is not None,
        }

    install(http, ready)
    if settings.auth == "password":
        passwords.warm_up()
        signin.install(http, identity, LoginLimiter(engine))

    @http.middleware("http")
    async def page_needs_signin(request: Request, call_next: Any) -> Response:
        # The page itself: an unsigned browser goes to the sign-in page (Gradio alone would answer 401 JSON).
        page = identity.signs_in and identity.mode != "hf" and request.method == "GET" and request.url.path == "/"
        if page and await asyncio.to_thread(identity.user, request) is None:
            if identity.mode == "password":
                return RedirectResponse("/signin", status_code=303)
            return PlainTextResponse("Sign in through this site's sign-in proxy.", status_code=401)
        response: Response = await call_next(request)
        return response

    async def may_fetch(request: Request, session_id: str) -> bool:
        if not identity.signs_in:
            return True  # one person: the chat id in the path is the key
        user = await asyncio.to_thread(identity.user, request)
        owner = await asyncio.to_thread(chats.owner_of, engine, session_id)
        return user is not None and owner == user.id

    http.add_middleware(FileGuard, files=files, allowed=may_fetch)
    gr.mount_gradio_app(
        http,
        demo,
        path="/",
        auth_dependency=identity.username if settings.auth in ("password", "header") else None,
        max_file_size=settings.max_upload_bytes,
        footer_links=["api"],
        css=CSS,
    )
    return App(http, demo, handlers, engine, identity, files)


def _start_template(settings: Settings) -> None:
    # A failure is remembered by forking: kernels are spawned instead, and /readyz still answers
    with contextlib.suppress(NotebookAgentError):
        fork_server(settings, load_profile(settings.profile), kernel_python())


class _Stop:
    """The SIGTERM handler: exit at once while starting; once serving, leave the stop to uvicorn."""

    serving = False

    def __call__(self, signum: int, frame: object) -> None:
        # uvicorn swaps in its own handler while it serves, shuts down gracefully on SIGTERM and then raises the
        # signal again for this handler. Exiting here then raised SystemExit inside the still-running event loop,
        # whose async generators (the chats' checkpointers) could no longer close and logged an error each.
        if not self.serving:
            sys.exit(0)


def serve(settings: Settings, host: str, port: int) -> None:
    """Serve the app on host:port until stopped (`notebook-agent serve` and `python app.py`)."""
    logs.configure()
    try:
        app = create(settings)
    except NotebookAgentError as exc:  # a profile is wrong, or the host cannot confine kernels as it asks
        log.error("notebook-agent cannot start: %s", exc, extra={"error": type(exc).__name__})
        raise SystemExit(2) from None
    registry = app.handlers.registry
    # SIGTERM (docker stop) ends the app through its exit handlers, as Ctrl-C does: the served files go, and so do
    # the never-used pooled sandboxes; live sessions stay for a resume (their kernels end with the fork server,
    # which ends with this process).
    stop = _Stop()
    signal.signal(signal.SIGTERM, stop)
    if registry.pool is not None:
        atexit.register(registry.pool.discard_now)
    log.info("serving on http://%s:%d (sign-in: %s)", host, port, settings.auth)
    # log_config=None: uvicorn's records go through the JSON handler `logs.configure` installed (at WARNING).
    stop.serving = True
    uvicorn.run(app.http, host=host, port=port, log_level="warning", log_config=None, timeout_graceful_shutdown=5)
