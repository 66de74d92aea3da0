"""The Gradio app: `python app.py` or `notebook-agent serve` (127.0.0.1:7860 by default).

Each browser keeps an unguessable session id in its local storage, so a reload resumes the conversation, the
notebook and the kernel's state. Kernels live in a registry, never in gr.State. Programs use two endpoints:
`/chat` (a message `{"text", "files"}` → the turn's chat messages, plots as files) and `/notebook` (the .ipynb);
one gradio_client Client is one session.
"""

from __future__ import annotations

import argparse
import atexit
import html
import json
import shutil
import signal
import sys
import tempfile
import uuid
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import gradio as gr
import nbformat
from gradio.events import api as gradio_api  # gr.api itself, which gradio leaves out of its __all__

from .agent.brains import GeminiBrain
from .agent.gemini import GeminiModel
from .agent.session import stored_sandbox_id
from .cli import doctor_report
from .errors import ModelError, NotebookAgentError, UnsafeFileError
from .resources import examples_dir
from .sandbox.safe_files import open_beneath
from .settings import Settings, get_settings
from .text_safety import md_cell, md_inert
from .ui.render import Turn, fence, safe_markdown
from .ui.sessions import SessionRegistry

__all__ = ["build", "main", "serve", "write_bundle"]

FILE_TYPES = [".csv", ".tsv", ".json", ".xlsx", ".parquet"]
# Events after which the model's streamed text is shown by the turn's own messages (see agent/events.py).
_LIVE_TEXT_ENDS = frozenset({"answer", "status", "code", "error"})


def greeting(settings: Settings) -> str:
    """The first message: what the app does and which model answers."""
    if settings.model_kind == "gemini":
        model = f"**Gemini** (`{settings.gemini_model}`) writes and runs the code, and looks at the plots."
    else:
        model = (
            "The **offline analyst** is answering (no API key set): overviews, charts, fits, correlations, "
            "group-bys and filters, computed for real. Set `GEMINI_API_KEY` to enable Gemini for open "
            "questions."
        )
    return (
        "Hi! I'm notebook-agent. Upload a data file (CSV, TSV, JSON, Excel or Parquet) and ask me about it "
        "in plain words — I'll write Python, run it in a sandboxed kernel of your own, and summarise what I "
        f"find. {model} You can download the whole session as a notebook."
    )


def _sandbox_panel(settings: Settings) -> str:
    rep = doctor_report(settings)
    rows = "\n".join(
        f"| {html.escape(layer)} | {'in force' if layer in rep['in_force'] else '—'} |"
        for layer in rep["host"]
        if layer != "cgroup"
    )
    model = f"Gemini (default {settings.gemini_model})" if settings.model_kind == "gemini" else "offline analyst"
    return (
        f"**Model:** {model}\n\n**Sandbox** — profile `{rep['profile']['name']}`, uid mode "
        f"`{rep['uid_mode']}`\n\n| layer | |\n|---|---|\n{rows}"
    )


def _preview(prepared: Any, profile: dict[str, Any]) -> str:
    """The message that shows an upload: names, kinds and the first rows, all of it data made inert markdown."""
    rows, cols = profile.get("shape", [0, 0])
    names = [c.get("name") for c in profile.get("columns", [])]
    head = "| " + " | ".join(md_cell(n, 40) for n in names) + " |\n|" + "---|" * len(names)
    body = "\n".join("| " + " | ".join(md_cell(v, 40) for v in row) + " |" for row in profile.get("sample", [])[:5])
    types = ", ".join(
        f"{md_cell(c.get('name'), 60)} ({md_inert(c.get('kind'))})" for c in profile.get("columns", [])[:30]
    )
    warn = "".join(f"\n\n> **Note:** {md_cell(w)}" for w in prepared.warnings)
    return (
        f"**{md_inert(prepared.path.name)}** loaded as `{prepared.variable}`: {rows:,} rows × {cols} "
        f"columns.\n\nColumns: {types}\n\n{head}\n{body}{warn}"
    )


def _live_text(text: str) -> list[dict[str, Any]]:
    """The model's text so far, as the bubble that its answer (or its step's status) will take the place of."""
    return [{"role": "assistant", "content": safe_markdown(text)}] if text.strip() else []


def _history(notebook: Any, image_dir: Path, max_attempts: int) -> list[dict[str, Any]]:
    """Chat messages rebuilt from the session notebook (after a reload)."""
    messages: list[dict[str, Any]] = []
    for cell in notebook.cells:
        role = cell.metadata.get("notebook_agent", {}).get("role")
        if role == "user":
            messages.append({"role": "user", "content": cell.source.removeprefix("**You:** ")})
        elif role == "assistant":
            messages.append({"role": "assistant", "content": safe_markdown(cell.source)})
        elif role == "setup" and "read_" in cell.source:  # an uploaded file being loaded
            messages.append({"role": "assistant", "content": "Data loaded:\n\n" + fence(cell.source, "python")})
        elif role == "code":
            turn = Turn(image_dir)
            failed = "raises-exception" in cell.metadata.get("tags", [])
            turn.apply({"type": "code", "code": cell.source, "attempt": 1, "max_attempts": max_attempts})
            for out in cell.outputs:
                turn.apply({"type": "output", "output": out})
            turn.apply({"type": "code_done", "status": "error" if failed else "ok", "duration_s": None})
            for msg in turn.messages:
                msg.get("metadata", {}).pop("duration", None)
                if "metadata" in msg:
                    msg["metadata"]["title"] = msg["metadata"]["title"].replace(f" — attempt 1 of {max_attempts}", "")
            messages.extend(turn.messages)
    return messages


def build(settings: Settings | None = None) -> gr.Blocks:
    """The page and its API."""
    settings = settings or get_settings()
    registry = SessionRegistry(settings)
    image_dir = Path(tempfile.mkdtemp(prefix="na-app-"))
    atexit.register(shutil.rmtree, image_dir, True)  # plots and downloads served to browsers, gone with the app
    hello = {"role": "assistant", "content": greeting(settings)}
    # Lists the models for the model menu (the list is kept for ten minutes); None without a Gemini key.
    lister = (
        GeminiModel.from_settings(settings, timeout_s=15, max_attempts=2) if settings.model_kind == "gemini" else None
    )

    async def turn_events(
        session_id: str, message: dict[str, Any], model: str | None = None
    ) -> AsyncIterator[list[dict[str, Any]]]:
        """One turn: uploads (with previews), then the question; yields the turn's messages as they grow.

        `model` (from the model menu) answers this turn and the session's next ones. The model's text is shown
        as it is written, in a bubble that the step's answer or status then takes the place of.
        """
        out: list[dict[str, Any]] = []
        try:
            async with registry.using(session_id) as session:
                if model and isinstance(session.brain, GeminiBrain) and model != session.brain.model_name:
                    session.brain.use_model(model)
                for f in message.get("files") or []:
                    path = Path(f if isinstance(f, str) else f.get("path", ""))
                    name = None if isinstance(f, str) else f.get("orig_name")
                    try:
                        prepared, profile = await session.add_file(path, original_name=name or path.name)
                        out.append({"role": "assistant", "content": _preview(prepared, profile)})
                    except NotebookAgentError as exc:
                        out.append({"role": "assistant", "content": f"**Refused:** {md_inert(exc)}"})
                    yield out
                text = (message.get("text") or "").strip()
                if text:
                    turn = Turn(image_dir)
                    live = ""
                    async for item in session.ask(text):
                        if item["type"] == "user":
                            continue
                        if item["type"] == "text_delta":
                            live += item["text"]
                            yield out + turn.messages + _live_text(live)
                            continue
                        if item["type"] in _LIVE_TEXT_ENDS:
                            live = ""
                        turn.apply(item)
                        yield out + turn.messages + _live_text(live)
        except NotebookAgentError as exc:
            yield [*out, {"role": "assistant", "content": f"**Refused:** {md_inert(exc)}"}]

    async def on_load(stored: str, request: gr.Request) -> tuple[Any, ...]:
        registry.warm()  # the first page load starts the kernel pool, while the person reads and picks a file
        session_id = stored if stored and registry.exists(stored) else SessionRegistry.new_id()
        history = [hello]
        if registry.exists(session_id):
            path = settings.sessions_dir / session_id / "notebook.ipynb"
            history += _history(nbformat.read(path, as_version=4), image_dir, settings.max_attempts)
        return session_id, session_id, history, notebook_file(session_id), gr.File(value=None, visible=False)

    async def on_message(
        message: dict[str, Any], history: list[dict[str, Any]], session_id: str, model: str | None = None
    ) -> AsyncIterator[tuple[Any, ...]]:
        files = message.get("files") or []
        user = [{"role": "user", "content": message.get("text") or ""}] if (message.get("text") or "").strip() else []
        user += [{"role": "user", "content": {"path": f if isinstance(f, str) else f["path"]}} for f in files]
        base = [*history, *user]
        yield base, gr.MultimodalTextbox(value=None, interactive=False), gr.skip()
        async for msgs in turn_events(session_id, message, model):
            yield base + msgs, gr.MultimodalTextbox(value=None, interactive=False), gr.skip()
        # The download button holds the notebook, so one click downloads the current one. The bundle (which may
        # carry large data files) is only zipped when asked for.
        yield gr.skip(), gr.MultimodalTextbox(value=None, interactive=True), notebook_file(session_id)

    async def on_models(session_id: str) -> Any:
        """The model menu: the chat models the API lists for this key, the session's current one selected."""
        if lister is None:
            return gr.skip()
        live = registry.live(session_id)
        current = (
            live.brain.model_name if live is not None and isinstance(live.brain, GeminiBrain) else settings.gemini_model
        )
        try:
            names = await lister.chat_model_names()
            info = "Answers the next questions. Listed by the Gemini API for this key."
        except ModelError as exc:
            # The menu's info is rendered as markdown: the API's words are shown inert.
            names, info = [], f"Only the default is offered: the model list could not be fetched ({md_inert(exc)})."
        choices = names if current in names else [current, *names]
        return gr.Dropdown(choices=choices, value=current, info=info, interactive=True)

    async def on_stop(session_id: str) -> None:
        session = registry.live(session_id)
        if session is not None and session.kernel is not None:
            await session.kernel.interrupt()

    async def on_new(session_id: str) -> tuple[Any, ...]:
        await registry.release(session_id)
        new_id = SessionRegistry.new_id()
        return new_id, new_id, [hello], None, gr.File(value=None, visible=False)

    downloads: dict[str, Path] = {}

    def download_dir(session_id: str) -> Path:
        """One unguessable folder per session for its downloads, overwritten rather than multiplied."""
        if session_id not in downloads:
            downloads[session_id] = image_dir / uuid.uuid4().hex
            downloads[session_id].mkdir(mode=0o700)
        return downloads[session_id]

    def notebook_file(session_id: str) -> str | None:
        path = settings.sessions_dir / session_id / "notebook.ipynb"
        if not path.is_file():
            return None
        out = download_dir(session_id) / "notebook.ipynb"
        shutil.copyfile(path, out)
        return str(out)

    def bundle_file(session_id: str) -> tuple[str | None, list[str]]:
        nb = notebook_file(session_id)
        if nb is None:
            return None, []
        out = Path(nb).with_name("notebook-bundle.zip")
        return str(out), write_bundle(settings, session_id, Path(nb), out)

    def on_bundle(session_id: str) -> Any:
        path, notes = bundle_file(session_id)
        for note in notes:
            gr.Warning(f"Left out of the bundle: {note}")
        return gr.File(value=path, visible=path is not None)

    def sent_to_model(session_id: str) -> Any:
        path = settings.sessions_dir / session_id / "model_requests.jsonl"
        if not path.is_file():
            return {"note": "Nothing sent yet."}
        records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        if not records:
            return {}
        turn = records[-1].get("turn")
        return {"turn": turn, "steps": [r for r in records if r.get("turn") == turn]}

    # -- API for programs: a gradio_client Client is one session (its session hash) ------------------------------
    async def api_chat(message: dict[str, Any], request: gr.Request) -> list[dict[str, Any]]:
        session_id = _api_id(request)
        final: list[dict[str, Any]] = []
        async for msgs in turn_events(session_id, message):
            final = msgs
        return [_plain(m) for m in final]

    async def api_notebook(request: gr.Request) -> str:
        registry.warm()  # a program's first call readies the pool, as a browser's page load does
        path = settings.sessions_dir / _api_id(request) / "notebook.ipynb"
        return path.read_text(encoding="utf-8") if path.is_file() else ""

    demo = gr.Blocks(title="notebook-agent")  # Blocks.__enter__ (returns the Blocks) is unannotated
    with demo:
        stored = gr.BrowserState("", storage_key="notebook-agent-session")
        session_id = gr.State("")
        gr.Markdown("## notebook-agent — chat with your data, in a sandbox")
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    # The same greeting, written where Chatbot's TypedDict for messages can check it.
                    value=[{"role": "assistant", "content": hello["content"]}],
                    height=620,
                    label="Chat",
                    sanitize_html=True,
                    layout="panel",
                    group_consecutive_messages=False,
                )
                box = gr.MultimodalTextbox(
                    file_types=FILE_TYPES,
                    file_count="multiple",
                    interactive=True,
                    placeholder="Upload a data file and ask a question…",
                    show_label=False,
                )
                with gr.Row():
                    stop = gr.Button("Stop", variant="stop", size="sm")
                    new = gr.Button("New chat", size="sm")
                    dl_nb = gr.DownloadButton("Download notebook (.ipynb)", size="sm")
                    zip_button = gr.Button("Download bundle (.zip)", size="sm")
                bundle = gr.File(label="Bundle: the notebook and its data files", visible=False)
                try:
                    example = examples_dir() / "experiment.csv"
                except FileNotFoundError:
                    example = Path("/nonexistent")
                if example.is_file():
                    gr.Examples(
                        examples=[[{"text": "plot y against x and fit a line", "files": [str(example)]}]],
                        inputs=[box],
                        label="Try an example",
                    )
            with gr.Column(scale=1):
                model_choice = gr.Dropdown(
                    choices=[settings.gemini_model],
                    value=settings.gemini_model,
                    label="Gemini model",
                    visible=lister is not None,
                    interactive=True,
                    elem_id="model-choice",
                )
                gr.Markdown(_sandbox_panel(settings))
                with gr.Accordion("What was sent to the model (last turn)", open=False):
                    sent = gr.JSON(label=None)
                    refresh = gr.Button("Refresh", size="sm")
        demo.load(on_load, [stored], [session_id, stored, chatbot, dl_nb, bundle], api_visibility="private").then(
            on_models, [session_id], [model_choice], api_visibility="private"
        )
        box.submit(
            on_message, [box, chatbot, session_id, model_choice], [chatbot, box, dl_nb], api_visibility="private"
        )
        zip_button.click(on_bundle, [session_id], [bundle], api_visibility="private")
        stop.click(on_stop, [session_id], None, api_visibility="private", queue=False)
        new.click(on_new, [session_id], [session_id, stored, chatbot, dl_nb, bundle], api_visibility="private")
        # The chat's own clear icon means the same as New chat (otherwise a reload would bring the turns back).
        chatbot.clear(on_new, [session_id], [session_id, stored, chatbot, dl_nb, bundle], api_visibility="private")
        refresh.click(sent_to_model, [session_id], [sent], api_visibility="private")
        gradio_api(api_chat, api_name="chat")
        gradio_api(api_notebook, api_name="notebook")
    # Kept on the Blocks for the app's runner and tests; Blocks declares no such attributes.
    demo.registry = registry  # type: ignore[attr-defined]
    demo.image_dir = image_dir  # type: ignore[attr-defined]
    return demo


def write_bundle(settings: Settings, session_id: str, notebook: Path, out: Path) -> list[str]:
    """Zip the notebook and the session's uploaded files into `out`; returns a note per file left out.

    The files live in the sandbox, which the kernel controls: each is opened through the safe opener (no links
    at any level, regular single-linked files of bounded size, never a blocking open), so the bundle can hold
    nothing but what the kernel could read itself. A refused file is named in BUNDLE-NOTES.txt in the zip.
    """
    meta = settings.sessions_dir / session_id / "session.json"  # host-private: the kernel cannot touch it
    names = [str(f["name"]) for f in json.loads(meta.read_text()).get("files", [])] if meta.is_file() else []
    sandbox_id = stored_sandbox_id(settings, session_id)
    notes: list[str] = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(notebook, "notebook.ipynb")
        for name in names:
            try:
                src = open_beneath(settings.sandboxes_dir, f"{sandbox_id}/work/{name}", settings.max_upload_bytes)
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


def _api_id(request: gr.Request) -> str:
    return "api-" + "".join(ch for ch in (request.session_hash or "anonymous") if ch.isalnum())[:48]


def _plain(message: dict[str, Any]) -> dict[str, Any]:
    content = message["content"]
    if isinstance(content, dict):  # a plot: shaped as gradio FileData, so the server serves it and clients fetch it
        content = {"path": content["path"], "mime_type": "image/png", "meta": {"_type": "gradio.FileData"}}
    return {"role": message["role"], "content": content, "metadata": message.get("metadata")}


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


def serve(settings: Settings, host: str, port: int) -> None:
    """Serve the app on host:port until stopped (`notebook-agent serve` and `python app.py`)."""
    try:
        demo = build(settings)
    except NotebookAgentError as exc:  # a profile is wrong, or the host cannot confine kernels as it asks
        print(f"notebook-agent: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    registry: SessionRegistry = demo.registry  # type: ignore[attr-defined]
    # SIGTERM (docker stop) ends the app through its exit handlers, as Ctrl-C does: the image dir goes, and so do
    # the never-used pooled sandboxes; live sessions stay for a resume (their kernels end with the fork server,
    # which ends with this process).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    if registry.pool is not None:
        atexit.register(registry.pool.discard_now)
    demo.queue(default_concurrency_limit=8).launch(
        server_name=host,
        server_port=port,
        allowed_paths=[str(demo.image_dir)],  # type: ignore[attr-defined]
        max_file_size=settings.max_upload_bytes,
        footer_links=["api"],
    )


if __name__ == "__main__":
    main()
