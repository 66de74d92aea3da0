"""The Gradio app: `python app.py` or `notebook-agent serve` (127.0.0.1:7860 by default).

Each browser keeps an unguessable chat id in its local storage, so a reload resumes the conversation, the notebook
and the kernel's state; My chats lists the chats of the signed-in user (in `none` mode, of this browser). Kernels
live in a registry, never in gr.State. Programs use `/chat`, `/notebook`, `/sessions` and `/delete_session`.

The parts: `ui/layout.py` (the page), `ui/handlers.py` (what its events do), `web/server.py` (the HTTP server with
sign-in, file ownership, health and metrics).
"""

from __future__ import annotations

import argparse
import sys

import gradio as gr

from .errors import NotebookAgentError
from .settings import Settings
from .ui.bundle import write_bundle
from .web.server import App, create, serve

__all__ = ["App", "build", "create", "main", "serve", "write_bundle"]


def build(settings: Settings) -> gr.Blocks:
    """The page and its API, for tests that call its handlers (`demo.handlers`, `demo.registry`)."""
    app = create(settings)
    demo = app.demo
    # Kept on the Blocks for tests; Blocks declares no such attributes.
    demo.app_parts = app  # type: ignore[attr-defined]
    demo.handlers = app.handlers  # type: ignore[attr-defined]
    demo.registry = app.handlers.registry  # type: ignore[attr-defined]
    return demo


def main(argv: list[str] | None = None) -> None:
    """`python app.py [--host H] [--port P]`: serve the app with the environment's settings."""
    parser = argparse.ArgumentParser(description="notebook-agent app")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=7860)
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except NotebookAgentError as exc:  # a setting is wrong: say which, and what to do
        print(f"notebook-agent: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    serve(settings, args.host, args.port)


if __name__ == "__main__":
    main()
