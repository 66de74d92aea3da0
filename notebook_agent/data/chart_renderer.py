"""Pictures of Altair charts, drawn on the app's side in a short-lived confined process.

The kernel cannot draw them: vl-convert's V8 reserves ~64 GiB of address space when it starts, and the kernel's
RLIMIT_AS is a few GiB (and must stay so: code in the kernel is the attacker). So the kernel sends the Vega-Lite
spec alone, and the app draws it here, the way it checks uploads (see `inspector`):
``python -I -B -m notebook_agent.data.chart_renderer``, one JSON request on stdin, one JSON answer on stdout.

App side, :func:`attach_chart_images` (called by `Session.execute` on every cell's result, so the picture reaches
the model's input, the notebook and whatever is rebuilt from it): each display output with a Vega-Lite spec and no
``image/png`` (at most :data:`CHARTS_PER_CELL` per cell, each spec at most :data:`MAX_SPEC_BYTES` of JSON) has its
spec cleaned by `ui.charts.vegalite_spec` (inline data only, no URL, no loader, vetted expressions), drawn here, and
the PNG added to the app's copy of the output, whose `text/plain` then says the image is attached. A chart that
cannot be cleaned or drawn keeps the kernel's note. Drawing runs in a thread: the event loop is never blocked.

Renderer side, in order, before the spec is read as a chart: rlimits (RLIMIT_AS large enough for V8's reservation
but RLIMIT_DATA bounding the memory it can really use, CPU seconds, no file writes, few descriptors, no core dumps)
→ as root: uid/gid ``nobody``, no supplementary groups → not dumpable, killed with its parent → Landlock
(read/execute the Python and system libraries, read fonts; nothing writable, no TCP, scoped signals and abstract
sockets) with no_new_privs → the kernel's seccomp policy (no process creation, no ``socket()``) with one change:
``sched_getaffinity`` on a pid not its own answers ENOSYS (see `seccomp.build_filter`) → import vl-convert → draw.

RLIMIT_DATA does not count MAP_SHARED mappings, so it is no bound against code written to get around it; nothing
here runs such code: the only input is a spec already reduced to inline data, and vl-convert never fetches (its
loaders would need a socket, which seccomp and Landlock refuse).

Request: ``{"spec", "major", "scale", "parent", "limits": {"address_space", "data", "cpu_seconds", "open_files",
"uid"}, "landlock": {"read_exec", "read"}, "seccomp": policy, "required": [layer, ...]}``.
Answer: ``{"png": base64, "width", "height", "seconds", "confined"}`` or ``{"failed": "request" | "confinement" |
"render" | "memory", "detail": text}`` (with ``"confined"`` once confinement is in force).

Measured here (2 cores at load 5-10, scale 2, process and V8 start included: each chart gets a fresh process, so
the first and later charts cost the same): a 300-point line chart 1.2-1.4 s (1.8-3 s at load 10), a 5,000-point
scatter 2.7 s (a 600 KB PNG); the renderer's peak RSS ~170 MB.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import re
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..settings import Settings

__all__ = ["CHARTS_PER_CELL", "MAX_SPEC_BYTES", "attach_chart_images", "render_png", "renderer_request"]

GIB = 1 << 30
ADDRESS_SPACE = 80 * GIB
"""RLIMIT_AS: V8 reserves ~64 GiB (its pointer cage) when it starts; the rest is Python and vl-convert."""
DATA = 1 * GIB
"""RLIMIT_DATA: the private writable memory the renderer may use (measured: ~100 MB for a chart of 5,000 rows)."""
CPU_SECONDS = 20
"""RLIMIT_CPU (SIGXCPU, then SIGKILL a second later)."""
WALL_SECONDS = 30.0
"""The app kills a renderer that has not answered by then."""
OPEN_FILES = 64
"""RLIMIT_NOFILE: stdin/stdout/stderr, module files, font files; V8 and tokio's eventfds and epoll."""
UID = 65534
"""As root, the renderer drops to `nobody`."""
SCALE = 2
CHARTS_PER_CELL = 4
"""Charts drawn per cell; past that, the kernel's note stays."""
MAX_SPEC_BYTES = 2 * 1024 * 1024
"""A spec whose JSON is larger is not drawn (Altair's own limit is 5,000 rows)."""
ATTACHED = "<Altair chart: shown interactively; its image is attached>"

_MODULE = "notebook_agent.data.chart_renderer"
_VEGALITE_MIME = re.compile(r"application/vnd\.vegalite\.v(\d+)\+json")
_ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": "/nonexistent"}
EXIT_REQUEST = 2
EXIT_CONFINEMENT = 3

log = logging.getLogger(__name__)


# -- app side ----------------------------------------------------------------------------------------------------------
def renderer_request(spec: dict[str, Any], major: int, settings: Settings | None = None) -> dict[str, Any]:
    """What the renderer is told: the (already cleaned) spec and how to confine itself.

    Raises UploadError when the profile's layers cannot be applied on this host (as for uploads).
    """
    from .uploads import _confinement

    return {
        "spec": spec,
        "major": major,
        "scale": SCALE,
        "parent": os.getpid(),
        "limits": {
            "address_space": ADDRESS_SPACE,
            "data": DATA,
            "cpu_seconds": CPU_SECONDS,
            "open_files": OPEN_FILES,
            "uid": UID,
        },
        **_confinement(settings),
    }


def run_renderer(request: dict[str, Any], seconds: float = WALL_SECONDS) -> dict[str, Any]:
    """Run one renderer on `request` (blocking); its answer, or ``{"failed": ...}``. It is gone when this returns.

    Its answer and stderr are read up to the upload checker's limits (4 MiB, 16 KiB): a PNG is ~0.1-1 MB.
    """
    from .uploads import run_helper

    returncode, out, err, problem = run_helper(_MODULE, request, seconds, env=_ENV)
    if problem is not None:
        return {"failed": problem, "detail": err.decode("utf-8", "replace")[-2000:]}
    try:
        answer = json.loads(out)
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        tail = err.decode("utf-8", "replace")[-2000:]
        return {"failed": "crash", "detail": f"status {returncode}: {tail}"}
    return answer


def render_png(spec: Any, major: int, settings: Settings | None = None) -> bytes | str:
    """The chart as PNG bytes, drawn confined; or why not. The spec is cleaned here first, whatever it came as."""
    from ..errors import UploadError
    from ..ui.charts import vegalite_spec

    safe = vegalite_spec(spec)
    if safe is None:
        return "the chart's spec could not be made safe"
    try:
        request = renderer_request(safe, major, settings)
    except UploadError as err:
        return str(err)
    answer = run_renderer(request)
    png = answer.get("png")
    if not isinstance(png, str):
        return f"{answer.get('failed', 'no answer')}: {str(answer.get('detail', ''))[:300]}"
    try:
        data = base64.b64decode(png, validate=True)
    except ValueError:
        return "the renderer's answer was not base64"
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return "the renderer's answer was not a PNG"
    return data


def _chart_major(data: dict[str, Any]) -> tuple[str, int] | None:
    for mime in data:
        match = _VEGALITE_MIME.fullmatch(str(mime))
        if match:
            return mime, int(match.group(1))
    return None


def _wanted(outputs: Sequence[Any]) -> list[tuple[Any, str, int]]:
    found = []
    for out in outputs:
        if out.get("output_type") not in ("display_data", "execute_result"):
            continue
        data = out.get("data") or {}
        chart = _chart_major(data)
        if chart is None or "image/png" in data:
            continue
        found.append((out, *chart))
    return found


def _draw(out: Any, mime: str, major: int, settings: Settings | None) -> None:
    """Draw one output's chart and add the picture to it (blocking)."""
    spec = out["data"][mime]
    try:
        size = len(json.dumps(spec)) if not isinstance(spec, str) else len(spec)
    except (TypeError, ValueError):
        return
    if size > MAX_SPEC_BYTES:
        return
    started = time.monotonic()
    png = render_png(spec, major, settings)
    if isinstance(png, str):
        log.warning("chart not drawn: %s", png[:300])
        return
    log.info("chart drawn", extra={"seconds": round(time.monotonic() - started, 2), "bytes": len(png)})
    out["data"]["image/png"] = base64.b64encode(png).decode("ascii")
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    metadata = out.setdefault("metadata", {})
    metadata["image/png"] = {"width": width // SCALE, "height": height // SCALE}
    out["data"]["text/plain"] = ATTACHED


async def attach_chart_images(outputs: Sequence[Any], settings: Settings | None = None) -> int:
    """Add a confined renderer's PNG to each Vega-Lite output that has none (in place); returns how many.

    The charts of a cell are drawn one after another in a worker thread (each a process of its own).
    """
    wanted = _wanted(outputs)[:CHARTS_PER_CELL]
    drawn = 0
    for out, mime, major in wanted:
        await asyncio.to_thread(_draw, out, mime, major, settings)
        drawn += "image/png" in out["data"]
    return drawn


# -- renderer side -----------------------------------------------------------------------------------------------------
def confine(request: dict[str, Any]) -> dict[str, Any]:
    """Apply every layer the request names (see `sandbox.helper.confine`), V8's thread queries answered ENOSYS."""
    from ..sandbox import helper

    return helper.confine(request, what="chart", foreign_affinity_enosys=True)


def _version(vlc: Any, major: int) -> str:
    """vl-convert's newest Vega-Lite version of this major, as its `vl_version` argument ("6.4" → "v6_4")."""
    versions = [str(v) for v in vlc.get_vegalite_versions() if str(v).split(".")[0] == str(major)]
    if not versions:
        raise ValueError(f"vl-convert has no Vega-Lite {major}")
    best = max(versions, key=lambda v: tuple(int(p) for p in v.split(".")))
    return "v" + best.replace(".", "_")


def _recompressed(png: bytes) -> bytes:
    """The same pixels at zlib level 6 (vl-convert writes PNGs several times larger), when that is smaller."""
    import io

    try:
        from PIL import Image

        image = Image.open(io.BytesIO(png))
        out = io.BytesIO()
        image.save(out, "PNG", compress_level=6)
    except Exception:
        return png
    return out.getvalue() if out.tell() < len(png) else png


def draw(request: dict[str, Any]) -> dict[str, Any]:
    """Draw the request's spec; the answer's body."""
    started = time.monotonic()
    try:
        import vl_convert as vlc

        png = vlc.vegalite_to_png(
            request["spec"], vl_version=_version(vlc, int(request["major"])), scale=float(request["scale"])
        )
    except MemoryError:
        return {"failed": "memory"}
    except Exception as exc:
        lines = str(exc).strip().splitlines()
        return {"failed": "render", "detail": (lines[-1] if lines else type(exc).__name__)[:500]}
    if not isinstance(png, bytes) or png[:8] != b"\x89PNG\r\n\x1a\n":
        return {"failed": "render", "detail": "no PNG came back"}
    png = _recompressed(png)
    return {"png": base64.b64encode(png).decode("ascii"), "seconds": round(time.monotonic() - started, 3)}


def _answer(body: dict[str, Any], code: int) -> None:
    data = json.dumps(body).encode()
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(1, view) :]
    finally:
        os._exit(code)  # no teardown: V8's threads need none


def main() -> None:
    """Read the request, confine, draw, answer."""
    try:
        request = json.loads(sys.stdin.buffer.read())
        # stdin becomes /dev/null rather than closed: the engine's runtime sets up a stdin stream at start and fails
        # to bootstrap when descriptor 0 is whatever file was opened next.
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        if not isinstance(request.get("spec"), dict):
            raise ValueError("no spec")
    except Exception as exc:
        _answer({"failed": "request", "detail": f"{type(exc).__name__}: {exc}"}, EXIT_REQUEST)
        return
    try:
        confined = confine(request)
    except Exception as exc:
        _answer({"failed": "confinement", "detail": f"{type(exc).__name__}: {exc}"[:2000]}, EXIT_CONFINEMENT)
        return
    _answer({**draw(request), "confined": confined}, 0)


if __name__ == "__main__":
    main()
