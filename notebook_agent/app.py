"""The Gradio app: `python app.py` or `notebook-agent serve` serves it (127.0.0.1:7860 by default).

For now it is the sandbox console: each browser session gets its own confined kernel, runs cells in it and sees
text and plots. The chat with the analyst agent builds on the same kernels.
"""

from __future__ import annotations

import argparse
import base64
import html
import tempfile
from pathlib import Path

import gradio as gr

from .cli import doctor_report
from .kernel.registry import KernelRegistry

REGISTRY = KernelRegistry()
_IMAGES = Path(tempfile.mkdtemp(prefix="na-app-images-"))
EXAMPLE = ("import numpy as np, pandas as pd, matplotlib.pyplot as plt\n"
           "df = pd.DataFrame({'x': np.arange(20)}); df['y'] = 3 * df.x + 2 + np.random.normal(0, 2, 20)\n"
           "slope, intercept = np.polyfit(df.x, df.y, 1)\nprint(f'slope {slope:.2f}, intercept {intercept:.2f}')\n"
           "df.plot.scatter(x='x', y='y'); plt.show()")


def _layers_markdown() -> str:
    rep = doctor_report()
    rows = "\n".join(f"| {html.escape(layer)} | {'in force' if layer in rep['in_force'] else 'not used'} |"
                     for layer in rep["host"])
    return f"**Sandbox** (uid mode: {rep['uid_mode']}, profile: {rep['profile']['name']})\n\n| layer | |\n|---|---|\n" \
           + rows


async def run_cell(code: str, request: gr.Request) -> tuple[str, list[str]]:
    """Run `code` in this browser session's kernel; text outputs as plain text, plots as image files."""
    try:
        kernel = await REGISTRY.get(request.session_hash or "anonymous")
    except RuntimeError as exc:
        return str(exc), []
    result = await kernel.execute(code)
    texts, images = [], []
    for out in result.outputs:
        if out.output_type == "stream":
            texts.append(out.text)
        elif out.output_type == "error":
            texts.append(f"{out.ename}: {out.evalue}\n")
        else:
            data = out.get("data", {})
            if "image/png" in data:
                path = _IMAGES / f"{request.session_hash}-{len(list(_IMAGES.iterdir()))}.png"
                path.write_bytes(base64.b64decode(data["image/png"]))
                images.append(str(path))
            elif "text/plain" in data:
                texts.append(data["text/plain"] + "\n")
    status = f"[{result.status}, {result.duration_s:.2f} s]"
    return "".join(texts) + status, images


async def end_session(request: gr.Request) -> None:
    """Free the kernel when the browser tab goes away."""
    await REGISTRY.release(request.session_hash or "anonymous")


def build() -> gr.Blocks:
    """The page."""
    with gr.Blocks(title="notebook-agent") as demo:
        gr.Markdown("# notebook-agent — sandboxed Python\nEach browser session gets its own confined kernel: "
                    "no network, no other files, no new processes. Variables persist between runs.")
        with gr.Row():
            with gr.Column(scale=3):
                code = gr.Code(value=EXAMPLE, language="python", label="Code")
                run = gr.Button("Run", variant="primary")
                text = gr.Textbox(label="Output", lines=8, max_lines=30)
                plots = gr.Gallery(label="Plots", columns=2)
            with gr.Column(scale=1):
                gr.Markdown(_layers_markdown())
        run.click(run_cell, [code], [text, plots], api_name="run")
        demo.unload(end_session)
    return demo


def main(argv: list[str] | None = None) -> None:
    """Serve the app."""
    parser = argparse.ArgumentParser(description="notebook-agent app")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=7860)
    args = parser.parse_args(argv)
    build().launch(server_name=args.host, server_port=args.port, allowed_paths=[str(_IMAGES)])


if __name__ == "__main__":
    main()
