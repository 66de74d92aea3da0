"""Kernel-side display: what Plotly figures, Altair charts and DataFrames emit in a chat's kernel.

The page draws interactive charts and live tables from these mime bundles; the model reads `text/plain` and sees
`image/png`:

* a Plotly figure → `application/vnd.plotly.v1+json` (`{"data": [...], "layout": {...}}`, JupyterLab's mime) and a
  `text/plain` saying no image of it could be made (kaleido needs a Chrome process, and the sandbox starts none).
  Never plotly's `text/html`, which inlines the whole plotly.js.
* an Altair chart → `application/vnd.vegalite.vN+json` (N: the installed Altair's Vega-Lite major) and `text/plain`,
  plus an `image/png` drawn by vl-convert when the kernel has room for its JavaScript engine (V8 reserves about
  64 GiB of address space when it starts; under a smaller RLIMIT_AS it aborts the whole process, so it is not tried).
* a DataFrame → its usual `text/html` and `text/plain`, and `application/vnd.notebook-agent.table+json` (see
  :func:`table_payload`).

`install()` registers IPython display formatters by type NAME, so nothing is imported until the person's code
imports plotly or altair; `fig.show()`, which bypasses IPython's formatters, gets the same bundle from a plotly
renderer set as the default once `plotly.io` is imported. vl-convert's converters are wrapped at import to refuse,
with a clear error, what would otherwise end the kernel.

The kernel cannot import this package (an editable checkout is outside its Landlock read list), so the host sends
this file's text: `kernel_setup_code()` is the only function here that runs on the host. Everything else runs in
the kernel and imports what it needs inside its functions.
"""

from __future__ import annotations

from typing import Any

TABLE_MIME = "application/vnd.notebook-agent.table+json"
PLOTLY_MIME = "application/vnd.plotly.v1+json"
TABLE_ROWS = 500
"""Rows a table carries at most (`total_rows` says how many there are)."""
TABLE_BYTES = 128 * 1024
"""Fewer rows when their JSON would pass this: the bundle counts against the cell's output cap, and a bundle over
the cap is dropped whole, HTML and text included."""
TABLE_COLUMNS = 1000
"""A wider frame gets no table mime (its HTML and text stay)."""
TEXT_CHARS = 1000
"""Longer text in a cell is cut, with "…"."""
V8_ADDRESS_SPACE = 72 << 30
"""Address space vl-convert needs free when its engine starts: V8's garbage-collected heap cage reserves ~64 GiB
(measured: at 64 GiB of RLIMIT_AS the process aborts with SIGTRAP, at 66 GiB a chart renders)."""
PNG_SCALE = 2

_ALTAIR_MAJORS = (5, 6, 7)
# Altair renderers whose output this module replaces (the HTML ones load vega from a CDN, which the page does not
# need); any other renderer the person enables (png, svg, json, jupyter, ...) keeps its own output.
_ALTAIR_OURS = frozenset({"default", "html", "mimetype", "jupyterlab", "nteract", "colab", "kaggle", "zeppelin"})
# vl-convert functions that never start its JavaScript engine.
_VL_CONVERT_SAFE = frozenset(
    {
        "svg_to_png",
        "svg_to_jpeg",
        "svg_to_pdf",
        "register_font_directory",
        "get_local_tz",
        "get_vega_version",
        "get_vegalite_versions",
        "get_vega_embed_version",
        "get_vega_themes_version",
    }
)
_state: dict[str, Any] = {"v8_started": False}


# -- tables --------------------------------------------------------------------------------------------------------
def table_payload(
    frame: Any, max_rows: int = TABLE_ROWS, max_bytes: int = TABLE_BYTES, max_columns: int = TABLE_COLUMNS
) -> dict[str, Any] | None:
    """The first rows of `frame` as JSON-safe data, or None when even one row does not fit the limits.

    `{"columns": [str], "rows": [[cell]], "total_rows": N, "index": [str] | None}`. Cells are numbers, strings,
    booleans or null: NaN, NaT and NA are null, dates and times ISO 8601 strings, ±inf "inf"/"-inf", integers past
    2**53 (which JavaScript cannot hold) strings, anything else its `str()`. `index` is null for a default
    RangeIndex (0, 1, 2, ...), else the row labels as strings. `rows` may hold fewer than `max_rows` rows when
    their JSON would pass `max_bytes`.
    """
    import json

    import pandas as pd

    columns = frame.columns
    if len(columns) > max_columns:
        return None
    total = len(frame)
    head = frame.iloc[: min(total, max_rows)]
    names = [_label(c) for c in columns]
    default_index = (
        isinstance(frame.index, pd.RangeIndex)
        and frame.index.start == 0
        and frame.index.step == 1
        and frame.index.name is None
    )
    labels = None if default_index else _dates_only([_label(v) for v in head.index], head.index.dtype)
    by_column = [
        _dates_only([_cell(v) for v in head.iloc[:, j].tolist()], head.iloc[:, j].dtype) for j in range(len(columns))
    ]
    # Bytes as json.dumps writes the payload (", " between items), counted as the rows are taken.
    used = len(json.dumps({"columns": names, "rows": [], "total_rows": total, "index": [] if labels else None}))
    rows: list[list[Any]] = []
    for i in range(len(head)):
        row = [values[i] for values in by_column]
        used += len(json.dumps(row)) + 2 + (len(json.dumps(labels[i])) + 2 if labels is not None else 0)
        if used > max_bytes:
            break
        rows.append(row)
    if total and not rows:
        return None
    return {
        "columns": names,
        "rows": rows,
        "total_rows": total,
        "index": labels[: len(rows)] if labels is not None else None,
    }


def _dates_only(values: list[Any], dtype: Any) -> list[Any]:
    """A datetime column whose shown values are all at midnight reads as dates: "2024-01-05", not "…T00:00:00"."""
    if getattr(dtype, "kind", "") != "M":
        return values
    shown = [v for v in values if v is not None]
    if not shown or not all(isinstance(v, str) and len(v) == 19 and v.endswith("T00:00:00") for v in shown):
        return values
    return [v[:10] if isinstance(v, str) else v for v in values]


def _cut(text: str) -> str:
    return text if len(text) <= TEXT_CHARS else text[: TEXT_CHARS - 1] + "…"


def _label(value: Any) -> str:
    """A column name or row label as text (the parts of a MultiIndex label joined with " / ")."""
    if isinstance(value, tuple):
        return " / ".join(_label(v) for v in value)
    cell = _cell(value)
    return "" if cell is None else _cut(str(cell))


def _cell(value: Any) -> Any:
    """One value as JSON-safe data (see `table_payload`)."""
    import datetime
    import decimal
    import math

    import numpy as np
    import pandas as pd

    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        if isinstance(value, np.datetime64 | np.timedelta64):
            if np.isnat(value):
                return None
            value = pd.Timestamp(value) if isinstance(value, np.datetime64) else pd.Timedelta(value)
        else:
            value = value.item()  # numpy numbers and booleans to Python's
    if isinstance(value, bool | str):
        return _cut(value) if isinstance(value, str) else value
    if isinstance(value, int):
        return value if -(2**53) <= value <= 2**53 else str(value)
    if isinstance(value, float | decimal.Decimal):
        number = float(value)
        if math.isnan(number):
            return None
        if math.isinf(number):
            return "inf" if number > 0 else "-inf"
        return number
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    return _cut(str(value))


def _frame_bundle(frame: Any) -> dict[str, Any] | None:
    payload = table_payload(frame)
    return {TABLE_MIME: payload} if payload is not None else None


# -- Plotly --------------------------------------------------------------------------------------------------------
def plotly_bundle(figure: Any) -> dict[str, Any]:
    """A Plotly figure (or its dict) as the plotly mime and a `text/plain` saying no image of it exists."""
    import importlib
    import json

    pio = importlib.import_module("plotly.io")
    fig_dict = figure if isinstance(figure, dict) else figure.to_dict()
    data = json.loads(pio.to_json(fig_dict, validate=False, remove_uids=False))
    return {PLOTLY_MIME: data, "text/plain": _plotly_text(data)}


def _plotly_text(data: dict[str, Any]) -> str:
    traces = data.get("data") or []
    kinds = sorted({str(t.get("type") or "scatter") for t in traces if isinstance(t, dict)})
    title = (data.get("layout") or {}).get("title")
    title = title.get("text") if isinstance(title, dict) else title
    what = f"{len(traces)} trace{'s' if len(traces) != 1 else ''}" + (f" ({', '.join(kinds)})" if kinds else "")
    if title:
        what += f', title "{_cut(str(title))[:100]}"'
    return (
        f"<Plotly figure, {what}: shown interactively; no image of it could be made in the sandbox, so it cannot"
        " be seen here — draw with matplotlib or seaborn to see a chart>"
    )


def _use_mime_bundle(figure: Any) -> None:
    """Display hook for Plotly figures: declines, so IPython asks the mime-bundle formatter.

    A figure's `_ipython_display_` would otherwise win over every formatter and show it through plotly's renderer
    as display data; declining (NotImplementedError, which IPython takes as "no output", silently) makes a figure
    on a cell's last line an execute_result with the bundle above, whose text the model reads.
    """
    raise NotImplementedError


def _no_html(figure: Any) -> None:
    """No `text/html` for Plotly figures (their `_repr_html_` writes the figure again, with a script tag)."""
    return None


def _plotly_renderer(module: Any) -> None:
    """Once plotly.io's renderers exist: make `fig.show()` emit the same bundle as displaying the figure."""
    import importlib

    base = importlib.import_module("plotly.io._base_renderers").MimetypeRenderer

    def __init__(self: Any) -> None:  # BaseRenderer's repr lists the __init__ arguments
        pass

    def to_mimebundle(self: Any, fig_dict: dict[str, Any]) -> dict[str, Any]:
        return plotly_bundle(fig_dict)

    renderer = type("NotebookAgentRenderer", (base,), {"__init__": __init__, "to_mimebundle": to_mimebundle})
    module.renderers["notebook_agent"] = renderer()
    module.renderers.default = "notebook_agent"


# -- Altair --------------------------------------------------------------------------------------------------------
def altair_bundle(chart: Any) -> Any:
    """An Altair chart as Vega-Lite, with a PNG when one can be drawn here, and a `text/plain` saying which."""
    import base64
    import importlib

    alt = importlib.import_module("altair")
    if alt.renderers.active not in _ALTAIR_OURS or alt.data_transformers.active == "vegafusion":
        return chart._repr_mimebundle_()  # the person chose another output: theirs
    spec = chart.to_dict(context={"pre_transform": False})  # what the chart's own display sends
    version = str(alt.SCHEMA_VERSION).lstrip("v").split(".")
    bundle: dict[str, Any] = {f"application/vnd.vegalite.v{version[0]}+json": spec}
    metadata: dict[str, Any] = {}
    png = vegalite_png(spec, f"v{version[0]}_{version[1]}")
    if isinstance(png, bytes):
        bundle["image/png"] = base64.b64encode(png).decode("ascii")
        size = _png_size(png)
        if size:
            metadata["image/png"] = {"width": size[0] // PNG_SCALE, "height": size[1] // PNG_SCALE}
        bundle["text/plain"] = "<Altair chart: shown interactively; its image is attached>"
    else:
        bundle["text/plain"] = (
            f"<Altair chart: shown interactively; no image of it could be made in the sandbox ({png}), so it cannot"
            " be seen here — draw with matplotlib or seaborn to see a chart>"
        )
    return bundle, metadata


def vegalite_png(spec: dict[str, Any], vl_version: str) -> bytes | str:
    """The chart drawn by vl-convert, or why it could not be."""
    import importlib

    try:
        vlc = importlib.import_module("vl_convert")
    except ImportError:
        return "vl-convert is not installed"
    refusal = _v8_refusal()
    if refusal is not None:
        return refusal
    try:
        png = vlc.vegalite_to_png(spec, vl_version=vl_version, scale=PNG_SCALE)
    except Exception as exc:
        lines = str(exc).strip().splitlines()
        return lines[-1][:200] if lines else type(exc).__name__
    return _recompressed(png) if isinstance(png, bytes) else "the renderer returned no image"


def _recompressed(png: bytes) -> bytes:
    """The same pixels, compressed again (zlib level 6), or the PNG as it came when that is not smaller.

    vl-convert writes PNGs several times larger (measured: a 200-point line chart at scale 2, 571 kB → 87 kB in
    ~60 ms), and every byte counts against the cell's output cap.
    """
    import importlib
    import io

    try:
        image = importlib.import_module("PIL.Image").open(io.BytesIO(png))
        out = io.BytesIO()
        image.save(out, "PNG", compress_level=6)
    except Exception:  # no Pillow (matplotlib brings it), or a PNG it cannot read: the original
        return png
    return out.getvalue() if out.tell() < len(png) else png


def _png_size(png: bytes) -> tuple[int, int] | None:
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        return None
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def _v8_refusal() -> str | None:
    """Why vl-convert's engine must not start in this process (it would abort it), or None."""
    import resource

    if _state["v8_started"]:
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY:
        return None
    try:
        with open("/proc/self/statm") as fh:
            used = int(fh.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        used = soft  # unknown: assume no room
    if soft - used >= V8_ADDRESS_SPACE:
        return None
    return f"vl-convert's JavaScript engine reserves ~64 GiB of address space; this kernel may use {soft >> 30} GiB"


def _guard_vl_convert(module: Any) -> None:
    """Wrap vl-convert's converters: a clear MemoryError instead of an engine that aborts the kernel."""
    import functools

    def guarded(func: Any) -> Any:
        @functools.wraps(func)
        def call(*args: Any, **kwargs: Any) -> Any:
            refusal = _v8_refusal()
            if refusal is not None:
                raise MemoryError(f"{refusal}: starting it would end the kernel")
            result = func(*args, **kwargs)
            _state["v8_started"] = True
            return result

        return call

    for name in dir(module):
        func = getattr(module, name)
        if name.startswith("_") or name in _VL_CONVERT_SAFE or not callable(func) or isinstance(func, type):
            continue
        if not getattr(func, "_notebook_agent_guarded", False):
            wrapped = guarded(func)
            wrapped._notebook_agent_guarded = True
            setattr(module, name, wrapped)


# -- installing ----------------------------------------------------------------------------------------------------
class _AfterImport:
    """A meta-path finder that calls `callback(module)` once the module `name` has been executed, then leaves."""

    notebook_agent_after_import = True

    def __init__(self, name: str, callback: Any) -> None:
        self.name = name
        self.callback = callback

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        import sys

        if fullname != self.name or self not in sys.meta_path:
            return None
        finders = sys.meta_path[sys.meta_path.index(self) + 1 :]
        for finder in finders:
            find = getattr(finder, "find_spec", None)
            spec = find(fullname, path, target) if find is not None else None
            if spec is not None:
                break
        else:
            return None
        loader = spec.loader
        if loader is None or not hasattr(loader, "exec_module"):
            return spec
        sys.meta_path.remove(self)
        run = loader.exec_module

        def exec_module(module: Any) -> None:
            run(module)
            _call(self.callback, module)

        loader.exec_module = exec_module
        return spec


def _call(callback: Any, module: Any) -> None:
    import warnings

    try:
        callback(module)
    except Exception as exc:  # the person's import goes on; only the richer display is lost
        warnings.warn(f"notebook-agent display set-up for {module.__name__} failed: {exc!r}", stacklevel=2)


def _after_import(name: str, callback: Any) -> None:
    import sys

    if name in sys.modules:
        _call(callback, sys.modules[name])
        return
    sys.meta_path.insert(0, _AfterImport(name, callback))


def install(shell: Any = None) -> None:
    """Register the display formatters and import hooks in this kernel (again after a restart: idempotent)."""
    import sys

    if shell is None:
        from IPython import get_ipython

        shell = get_ipython()
    if shell is None:
        return
    formatter = shell.display_formatter
    bundles = formatter.mimebundle_formatter
    for module in ("pandas", "pandas.core.frame"):  # pandas >= 3 names its classes' module "pandas"
        bundles.for_type_by_name(module, "DataFrame", _frame_bundle)
    bundles.for_type_by_name("plotly.basedatatypes", "BaseFigure", plotly_bundle)
    formatter.ipython_display_formatter.for_type_by_name("plotly.basedatatypes", "BaseFigure", _use_mime_bundle)
    formatter.formatters["text/html"].for_type_by_name("plotly.basedatatypes", "BaseFigure", _no_html)
    for major in _ALTAIR_MAJORS:
        bundles.for_type_by_name(f"altair.vegalite.v{major}.api", "TopLevelMixin", altair_bundle)
    sys.meta_path[:] = [f for f in sys.meta_path if not getattr(f, "notebook_agent_after_import", False)]
    _after_import("plotly.io._renderers", _plotly_renderer)
    _after_import("vl_convert", _guard_vl_convert)


def kernel_setup_code() -> str:
    """Host side: a cell that runs this file in the kernel, in a namespace of its own, and calls `install()`."""
    from pathlib import Path

    source = Path(__file__).read_text(encoding="utf-8")
    return (
        "def _notebook_agent_display(source):\n"
        "    namespace = {'__name__': 'notebook_agent_display'}\n"
        "    exec(compile(source, '<notebook-agent display>', 'exec'), namespace)\n"
        "    namespace['install']()\n"
        "try:\n"
        f"    _notebook_agent_display({source!r})\n"
        "finally:\n"
        "    del _notebook_agent_display\n"
    )
