"""`notebook-agent ask`: a headless chat. One turn per -q, one session, events streamed as they happen."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

from .errors import NotebookAgentError
from .output_text import output_text
from .text_safety import md_plain, terminal_text

__all__ = ["add_parser", "run_ask"]


def add_parser(sub: Any) -> None:
    """Register the `ask` subcommand."""
    p = sub.add_parser("ask", help="ask questions about data files, headless")
    p.add_argument("data", nargs="*", help="data files (csv, tsv, json, xlsx, parquet)")
    p.add_argument("-q", dest="questions", action="append", required=True, help="a question; repeat for follow-ups")
    p.add_argument("--session", help="resume a stored session by id")
    p.add_argument("--model", choices=["auto", "offline", "gemini"], default=None)
    p.add_argument("--notebook", help="write the session notebook here at the end")
    p.add_argument("--json", action="store_true", help="one JSON object per event, per line")
    p.set_defaults(func=cmd_ask)


def _jsonable(item: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(json.dumps(item, default=lambda o: dict(o) if hasattr(o, "keys") else str(o)))
    return out


def _print_human(item: dict[str, Any]) -> None:
    """One event for a person at a terminal.

    Text from the data, the kernel or the model can hold terminal control sequences (cursor moves, hyperlinks,
    clipboard writes): every such string is printed through `terminal_text`.
    """
    kind = item["type"]
    t = terminal_text
    if kind == "user":
        print(f"\n>>> {t(item['text'])}")
    elif kind == "status":
        print(f"… {t(md_plain(item['text']))}")
    elif kind == "code":
        print(f"\n▶ Running code — attempt {item['attempt']} of {item['max_attempts']}")
        print("    " + t(item["code"]).replace("\n", "\n    "))
    elif kind == "output":
        out = item["output"]
        _, text = output_text(out)
        if out.get("output_type") == "stream":
            sys.stdout.write(t(text))
        elif text:
            print(t(text))
    elif kind == "code_done":
        print(f"■ {t(str(item['status']))} in {item['duration_s']:.2f} s")
    elif kind == "answer":
        print(f"\n{t(md_plain(item['text']))}\n")
    elif kind == "error":
        print(f"\nError: {t(item['text'])}\n", file=sys.stderr)


# The end of a text that may be the start of an escape md_plain undoes ("\\[", "&lt;"): held back until the next piece.
_PARTIAL_ESCAPE = re.compile(r"&(?:l|lt|g|gt|a|am|amp)?$")


class _HumanStream:
    """`_print_human`, with the model's streamed text (text_delta events) printed as it arrives.

    A step's text is then not printed again by its answer or status event: those only end its line.
    """

    def __init__(self) -> None:
        self.streaming = False
        self._held = ""

    def __call__(self, item: dict[str, Any]) -> None:
        kind = item["type"]
        if kind == "text_delta":
            if not self.streaming:
                self.streaming = True
                sys.stdout.write("\n")
            sys.stdout.write(self._piece(str(item.get("text", ""))))
            sys.stdout.flush()
            return
        if self.streaming and kind != "model_request":
            self.streaming = False
            rest, self._held = self._held, ""
            sys.stdout.write(terminal_text(md_plain(rest)) + "\n")
            if kind in ("answer", "status"):  # the same text, already shown
                if kind == "answer":
                    print()
                return
        _print_human(item)

    def _piece(self, delta: str) -> str:
        """The printable part of the text so far: an escape cut in two waits for its other half."""
        text = self._held + delta
        cut = len(text)
        backslashes = len(text) - len(text.rstrip("\\"))
        if backslashes % 2:  # an odd run ends in a backslash that escapes the next piece's first character
            cut -= 1
        elif (partial := _PARTIAL_ESCAPE.search(text)) is not None:
            cut = partial.start()
        self._held = text[cut:]
        return terminal_text(md_plain(text[:cut]))


async def run_ask(args: argparse.Namespace) -> int:
    """Open or resume the session, load the files, run each question, write the notebook."""
    from .agent.session import Session, make_brain
    from .cli import command_settings

    settings = command_settings(args)  # --model is a value in it
    session = await Session.open(args.session, settings=settings, brain=make_brain(settings))
    emit = (lambda item: print(json.dumps(_jsonable(item)), flush=True)) if args.json else _HumanStream()
    failed = False
    try:
        emit({"type": "session", "id": session.id, "model": session.brain.name})
        for path in args.data:
            try:
                prepared, _ = await session.add_file(Path(path))
            except NotebookAgentError as exc:
                emit({"type": "error", "text": str(exc)})
                return 2
            emit(
                {
                    "type": "file",
                    "name": prepared.path.name,
                    "variable": prepared.variable,
                    "warnings": prepared.warnings,
                }
            )
        for question in args.questions:
            async for item in session.ask(question):
                emit(item)
                failed = failed or item["type"] == "error"
        if args.notebook:
            shutil.copyfile(session.notebook.path, args.notebook)
            emit({"type": "notebook", "path": str(Path(args.notebook).resolve())})
    finally:
        await session.close()
    return 1 if failed else 0


def cmd_ask(args: argparse.Namespace) -> int:
    """Entry for argparse."""
    import asyncio

    return asyncio.run(run_ask(args))
