"""The `notebook-agent` command: exec, doctor, ask, serve, gateway.

Contracts (other tools call these; see DESIGN.md):
  serve [--host H] [--port P]                                 the app, as `python app.py`
  ask DATA... -q QUESTION [-q FOLLOW-UP ...] [--session ID] [--model M] [--notebook OUT] [--json]
  exec (-c CODE | FILE) [--profile P] [--timeout S] [--json]   exit 0 ok, 1 the code raised, 2 died/timeout/unconfined
  doctor [--json]                                             layers this host supports and the profile would use
  gateway [--host H] [--port P] [--token T]                   a kernel gateway host serving our confined kernels
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import TYPE_CHECKING, Any

from .errors import NotebookAgentError
from .output_text import output_text
from .sandbox.report import doctor_report
from .text_safety import terminal_text

if TYPE_CHECKING:
    from .settings import Settings

__all__ = ["command_settings", "doctor_report", "main"]

# One kernel in a short-lived process: the fork server's imports (~3 s) only pay off in a process that starts many
# kernels (the app, Jupyter). NOTEBOOK_AGENT_KERNEL_START still decides when it is set.
_ONE_SHOT = frozenset({"exec", "ask"})


def command_settings(args: argparse.Namespace) -> Settings:
    """The settings a command runs with: the environment's, with the command's own flags as explicit values."""
    from .settings import Settings

    settings = Settings.from_env(kernel_start_default="spawn" if args.command in _ONE_SHOT else "fork")
    flags = {"profile": getattr(args, "profile", None), "model": getattr(args, "model", None)}
    return settings.with_(**{name: value for name, value in flags.items() if value is not None})


def _output_json(output: Any) -> dict[str, Any]:
    out = dict(output)
    if output.output_type in ("display_data", "execute_result"):
        out["mime_types"] = sorted(output.get("data", {}))
    elif output.output_type == "stream":
        out["mime_types"] = ["text/plain"]
    else:
        out["mime_types"] = []
    return out


async def _exec(code: str, settings: Settings, timeout: float | None) -> dict[str, Any]:
    from .kernel.session_kernel import SessionKernel

    kernel = SessionKernel(settings=settings)
    try:
        await kernel.start()  # a refusal propagates to the caller, which reports it as "died"
        result = await kernel.execute(code, timeout=timeout)
        conf = kernel.confinement
        sandbox = conf.as_dict() if conf else None
        if sandbox is not None:
            sandbox["profile"] = kernel.profile.name
            sandbox["uid_mode"] = kernel.settings.uid_mode
            sandbox["start"] = getattr(kernel.km.provisioner if kernel.km else None, "start_mode", "")
        return {
            "status": "error" if result.status == "interrupted" else result.status,
            "stdout": result.stdout,
            "stderr": result.stderr,
            "outputs": [_output_json(o) for o in result.outputs],
            "error": {"ename": result.error["ename"], "evalue": result.error["evalue"]} if result.error else None,
            "notes": result.notes,
            "duration_s": round(result.duration_s, 4),
            "sandbox": sandbox,
        }
    finally:
        await kernel.shutdown()


def _print_exec(res: dict[str, Any]) -> None:
    """The cell's outputs for a terminal.

    What the code printed goes through `terminal_text`: no escape sequences, so no cursor moves, hyperlinks or
    clipboard writes (tracebacks lose their colours).
    """
    t = terminal_text
    for out in res["outputs"]:
        channel, text = output_text(out, traceback=True)
        if not text:
            continue
        stream = sys.stderr if channel == "stderr" else sys.stdout
        stream.write(t(text) if out["output_type"] == "stream" else t(text) + "\n")
    if res["status"] == "died" and res["error"] and not res["outputs"]:
        print(t(f"{res['error']['ename']}: {res['error']['evalue']}"), file=sys.stderr)


def cmd_exec(args: argparse.Namespace) -> int:
    """Run code in a fresh sandboxed kernel."""
    if args.code is None and args.file is None:
        print("notebook-agent exec: give code with -c CODE or a FILE to run", file=sys.stderr)
        return 2
    if args.code is not None:
        code = args.code
    else:
        try:
            with open(args.file, encoding="utf-8") as fh:
                code = fh.read()
        except OSError as exc:
            print(f"notebook-agent exec: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 2
    try:
        res = asyncio.run(_exec(code, command_settings(args), args.timeout))
    except NotebookAgentError as exc:
        res = {
            "status": "died",
            "stdout": "",
            "stderr": "",
            "outputs": [],
            "error": {"ename": type(exc).__name__, "evalue": str(exc)},
            "sandbox": None,
        }
    if args.json:
        print(json.dumps(res))
    else:
        _print_exec(res)
    return {"ok": 0, "error": 1}.get(res["status"], 2)


def cmd_doctor(args: argparse.Namespace) -> int:
    """Print the isolation this host supports and what the profile would use."""
    try:
        rep = doctor_report(command_settings(args))
    except NotebookAgentError as exc:
        print(f"notebook-agent doctor: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(rep, indent=2))
        return 0 if rep["ok"] else 2
    print(f"uid mode: {rep['uid_mode']}   Landlock ABI: {rep['landlock_abi']}   data: {rep['data_dir']}")
    print(f"profile: {rep['profile']['name']} — {rep['profile']['description']}\n")
    for layer, info in rep["host"].items():
        if layer in rep["in_force"]:
            mark = "in force"
        elif layer in rep["missing"]:
            mark = "MISSING"
        else:
            mark = "available" if info["supported"] else "unused"
        print(f"  {layer:15} {mark:10} {info['detail']}")
    print("\nlimits: " + ", ".join(f"{k}={v}" for k, v in rep["profile"]["limits"].items()))
    verdict = "OK: kernels will be confined as the profile requires." if rep["ok"] else f"PROBLEM: {rep['problem']}"
    print("\n" + verdict)
    return 0 if rep["ok"] else 2


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the Gradio app."""
    from .app import serve

    serve(command_settings(args), args.host, args.port)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and docs)."""
    parser = argparse.ArgumentParser(prog="notebook-agent", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_exec = sub.add_parser("exec", help="run code in a fresh sandboxed kernel")
    p_exec.add_argument("file", nargs="?", help="a Python file to run")
    p_exec.add_argument("-c", dest="code", help="code to run")
    p_exec.add_argument("--profile", help="sandbox profile name or path")
    p_exec.add_argument("--timeout", type=float, help="seconds before the cell is interrupted")
    p_exec.add_argument("--json", action="store_true", help="print one JSON object")
    p_exec.set_defaults(func=cmd_exec)
    p_doc = sub.add_parser("doctor", help="show the isolation layers this host supports")
    p_doc.add_argument("--profile", help="sandbox profile name or path")
    p_doc.add_argument("--json", action="store_true", help="print JSON")
    p_doc.set_defaults(func=cmd_doctor)
    from .ask import add_parser as add_ask

    add_ask(sub)
    p_serve = sub.add_parser("serve", help="serve the app (same as python app.py)")
    p_serve.add_argument("--host", default="127.0.0.1")
    p_serve.add_argument("--port", type=int, default=7860)
    p_serve.set_defaults(func=cmd_serve)
    from .accounts.cli import add_parsers as add_accounts

    add_accounts(sub)  # users, tokens, db
    from .kernel.gateway_host import add_parser as add_gateway

    add_gateway(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except NotebookAgentError as exc:
        print(terminal_text(f"notebook-agent: {exc}"), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
