"""Interactive charts from the kernel's display bundles, rebuilt by the app before the page draws them.

A chart spec comes from the kernel, so whoever wrote the code (or the data) wrote it: it is data. The page hands a
spec to Plotly.js or to vega-embed, both of which can load URLs, follow links and (Vega) evaluate expressions, so
each spec is rebuilt here and keeps only what draws the chart:

- **Plotly** (`application/vnd.plotly.v1+json`): rebuilt through `plotly.graph_objects.Figure` (its validators drop
  every property Plotly does not know), then: only trace types that draw from inline data (no maps, no geo: those
  fetch tiles and outlines from elsewhere); no layout images, menus, sliders, geo or map subplots; a `source` only as
  an inline PNG/JPEG/WebP; every string with markup keeps only ``<b>``, ``<i>``, ``<br>`` (and Plotly's own
  ``<extra>``), without attributes, so no link, style or script survives in titles, labels, hover or text
  templates, or data values shown through them; no `frames`; the app's own `config` (no links, no cloud buttons).
- **Vega-Lite** (`application/vnd.vegalite.vN+json`): data only inline (`values`, `datasets` of rows, generators);
  no `url` anywhere, no `href`, no image marks, no `usermeta` (vega-embed reads embed options from it), no
  `customFormatTypes`; expressions (`expr`, `calculate`, string `filter`/`test`, `labelExpr`) only from an
  allow-list of words (``datum``, its fields, declared params, pure functions); params bound only to scales or the
  legend, their event streams plain event names. The result must then validate against the Vega-Lite schema Altair
  carries, whose definitions admit no unknown key, and it is always marked as Vega-Lite (a spec marked as full
  Vega would be read with Vega's signals, handlers and loaders). The app adds its own `usermeta`: no actions menu
  (its links open the spec elsewhere, or send it to the online editor).

A spec that cannot be made safe is refused (`None`): the chat then shows the bundle's PNG, or a note.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any, Literal

import nh3

__all__ = [
    "PLOTLY_MIME",
    "chart_mime",
    "chart_plot",
    "plotly_spec",
    "vegalite_spec",
]

PLOTLY_MIME = "application/vnd.plotly.v1+json"
_VEGALITE_MIME = re.compile(r"application/vnd\.vegalite\.v\d+\+json")
# The page's vega-embed picks its mode from `$schema`; Gradio bundles Vega-Lite 5.
_VEGALITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
MAX_SPEC_CHARS = 8_000_000  # a spec's JSON; larger ones are shown as their picture


class _Refused(Exception):
    """A spec that cannot be made safe (internal: the public functions return None)."""


def chart_mime(data: Mapping[str, Any]) -> str | None:
    """The chart mime type of a display bundle (Plotly first, then any Vega-Lite version), or None."""
    if PLOTLY_MIME in data:
        return PLOTLY_MIME
    return next((m for m in data if _VEGALITE_MIME.fullmatch(str(m))), None)


def _as_dict(spec: Any) -> dict[str, Any]:
    if isinstance(spec, str):
        if len(spec) > MAX_SPEC_CHARS:
            raise _Refused("too large")
        try:
            spec = json.loads(spec)
        except ValueError as exc:
            raise _Refused("not JSON") from exc
    if not isinstance(spec, dict):
        raise _Refused("not an object")
    return spec


# -- Plotly ------------------------------------------------------------------------------------------------------------
# Trace types that draw only from the figure's own data. Left out: scattergeo, choropleth (fetch outlines from a
# CDN), scattermap(box), choroplethmap(box), densitymap(box) (fetch map tiles).
_PLOTLY_TRACES = frozenset(
    {
        "bar",
        "barpolar",
        "box",
        "candlestick",
        "carpet",
        "cone",
        "contour",
        "contourcarpet",
        "funnel",
        "funnelarea",
        "heatmap",
        "histogram",
        "histogram2d",
        "histogram2dcontour",
        "icicle",
        "image",
        "indicator",
        "isosurface",
        "mesh3d",
        "ohlc",
        "parcats",
        "parcoords",
        "pie",
        "sankey",
        "scatter",
        "scatter3d",
        "scattercarpet",
        "scattergl",
        "scatterpolar",
        "scatterpolargl",
        "scattersmith",
        "scatterternary",
        "splom",
        "streamtube",
        "sunburst",
        "surface",
        "table",
        "treemap",
        "violin",
        "volume",
        "waterfall",
    }
)
# Layout keys that load from elsewhere or change the figure on a click (a menu button's args are free-form).
_PLOTLY_LAYOUT_DROP = re.compile(r"images|updatemenus|sliders|(geo|mapbox|map)\d*")
_INLINE_IMAGE = re.compile(r"data:image/(png|jpeg|webp);base64,[A-Za-z0-9+/=\s]*")
_PLOTLY_TAGS = {"b", "i", "br", "extra"}
# The app's own Plotly config: no "edit in Chart Studio", no link out, no logo link.
PLOTLY_CONFIG = {"displaylogo": False, "showLink": False, "showEditInChartStudio": False, "showSendToCloud": False}


def _plotly_text(text: str) -> str:
    """A string Plotly.js may read as its pseudo-HTML: only bold, italic, line breaks and `<extra>` kept."""
    if "<" not in text:
        return text  # entities are shown as the characters they stand for, never parsed as tags
    return nh3.clean(text, tags=_PLOTLY_TAGS, attributes={}, url_schemes=set(), strip_comments=True)


def _plotly_walk(value: Any) -> Any:
    """Every string cleaned; `source` kept only as an inline image."""
    if isinstance(value, str):
        return _plotly_text(value)
    if isinstance(value, list):
        return [_plotly_walk(v) for v in value]
    if isinstance(value, dict):
        out = {}
        for key, v in value.items():
            if key == "source" and isinstance(v, str) and not _INLINE_IMAGE.fullmatch(v):
                continue
            out[key] = _plotly_walk(v)
        return out
    return value


def _plotly_layout(layout: Any) -> dict[str, Any]:
    if not isinstance(layout, dict):
        return {}
    out = {k: v for k, v in layout.items() if not _PLOTLY_LAYOUT_DROP.fullmatch(str(k))}
    template = out.get("template")
    if isinstance(template, dict):
        traces = template.get("data")
        out["template"] = {
            "layout": _plotly_layout(template.get("layout")),
            "data": {k: v for k, v in traces.items() if k in _PLOTLY_TRACES} if isinstance(traces, dict) else {},
        }
    return out


def _plotly(spec: Any) -> dict[str, Any]:
    import plotly.graph_objects as go  # type: ignore[import-untyped]  # a second to import: only when a chart comes

    spec = _as_dict(spec)
    data = spec.get("data") or []
    if not isinstance(data, list) or not all(isinstance(t, dict) for t in data):
        raise _Refused("data is not a list of traces")
    if any(t.get("type", "scatter") not in _PLOTLY_TRACES for t in data):
        raise _Refused("a trace type that loads from elsewhere")
    # Cleaned before validation too: the validators coerce values, and the output is walked again after.
    before = {"data": _plotly_walk(data), "layout": _plotly_walk(_plotly_layout(spec.get("layout")))}
    try:
        figure = go.Figure(before, skip_invalid=True)
        rebuilt = json.loads(figure.to_json())
    except (ValueError, TypeError) as exc:
        raise _Refused(f"not a figure: {exc}") from exc
    traces = rebuilt.get("data") or []
    if any(t.get("type", "scatter") not in _PLOTLY_TRACES for t in traces):
        raise _Refused("a trace type that loads from elsewhere")
    out = {"data": _plotly_walk(traces), "layout": _plotly_walk(_plotly_layout(rebuilt.get("layout")))}
    out["config"] = dict(PLOTLY_CONFIG)
    return out


def plotly_spec(spec: Any) -> dict[str, Any] | None:
    """The Plotly figure rebuilt and cleaned (`data`, `layout`, the app's `config`), or None when it cannot be."""
    try:
        return _plotly(spec)
    except _Refused:
        return None


# -- Vega-Lite ---------------------------------------------------------------------------------------------------------
# Keys dropped wherever they are: links, loaders, embed options, custom format functions.
_VL_DROP = frozenset({"href", "url", "usermeta", "loader", "customFormatTypes"})
# Keys whose string value is a Vega expression.
_VL_EXPR = frozenset({"expr", "calculate", "labelExpr", "test", "filter", "toggle"})
_VL_DATA = frozenset({"values", "name", "format", "sequence", "sphere", "graticule"})
_VL_FORMAT = frozenset({"type", "parse", "property", "delimiter"})
_VL_PARAM = frozenset({"name", "value", "select", "bind", "expr", "views"})
_VL_SELECT = frozenset(
    {"type", "encodings", "fields", "on", "clear", "mark", "resolve", "nearest", "toggle", "translate", "zoom"}
)
_EVENTS = re.compile(r"[a-z]+(\s*,\s*[a-z]+)*")
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
# Pure functions of the Vega expression language: no data access, no scales, no view, no regular expressions.
_VL_FUNCTIONS = frozenset(
    """
    isArray isBoolean isDate isDefined isNumber isObject isString isValid isNaN isFinite toBoolean toDate toNumber
    toString if abs acos asin atan atan2 ceil clamp cos exp floor hypot log max min pow round sin sqrt tan
    now datetime date day dayofyear year quarter month week hours minutes seconds milliseconds time
    timezoneoffset utc utcdate utcday utcdayofyear utcyear utcquarter utcmonth utcweek utchours utcminutes
    utcseconds utcmilliseconds indexof lastindexof join length lower upper pad parseFloat parseInt reverse slice
    split substring trim truncate replace format dayFormat dayAbbrevFormat monthFormat monthAbbrevFormat
    timeFormat timeParse utcFormat utcParse inrange extent span peek
    """.split()  # noqa: SIM905 — a word list reads best as words
)
_VL_CONSTANTS = frozenset({"datum", "true", "false", "null", "NaN", "PI", "E", "LN2", "LN10", "LOG2E", "LOG10E"})
_VL_CONSTANTS |= {"SQRT1_2", "SQRT2", "MIN_VALUE", "MAX_VALUE"}
_FORBIDDEN_WORDS = frozenset({"constructor", "prototype", "__proto__", "window", "document", "event", "item", "this"})
_TOKEN = re.compile(
    r"""\s+|(?P<num>\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+)|(?P<str>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")"""
    r"""|(?P<word>[A-Za-z_$][A-Za-z0-9_$]*)|(?P<op>===|!==|==|!=|<=|>=|&&|\|\||[-+*/%<>!?:,.()\[\]])"""
)


def _vet_expression(text: str, params: frozenset[str]) -> None:
    """Refuses an expression with any word outside the allow-list (a member after `.` may be any plain field)."""
    if len(text) > 2000:
        raise _Refused("expression too long")
    pos, previous = 0, ""
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise _Refused(f"expression character {text[pos]!r}")
        pos = match.end()
        if match.group("str") is not None:
            inner = match.group("str")[1:-1]
            if inner in _FORBIDDEN_WORDS or inner.startswith("_"):
                raise _Refused("expression names an internal member")
        word = match.group("word")
        if word is not None:
            if word in _FORBIDDEN_WORDS or word.startswith("_") or "$" in word:
                raise _Refused(f"expression word {word!r}")
            member = previous == "."
            following = text[pos:].lstrip()[:1]
            if not member and not (
                word in _VL_CONSTANTS or word in params or (word in _VL_FUNCTIONS and following == "(")
            ):
                raise _Refused(f"expression word {word!r}")
            if member and following == "(":
                raise _Refused("expression calls a method")
        if match.group().strip():
            previous = match.group("op") or "x"


def _vl_data(data: Any) -> Any:
    if data is None:
        return None
    if not isinstance(data, dict) or not set(data) <= _VL_DATA:
        raise _Refused("data that is not inline")
    fmt = data.get("format")
    if fmt is not None and (not isinstance(fmt, dict) or not set(fmt) <= _VL_FORMAT):
        raise _Refused("data format")
    return data


def _vl_param(param: Any) -> dict[str, Any]:
    if not isinstance(param, dict) or not isinstance(param.get("name"), str) or not _NAME.fullmatch(param["name"]):
        raise _Refused("a param without a plain name")
    if param["name"] in _FORBIDDEN_WORDS or param["name"] in _VL_FUNCTIONS or param["name"] in _VL_CONSTANTS:
        raise _Refused("a param named like a built-in")
    out = {k: v for k, v in param.items() if k in _VL_PARAM}
    bind = out.get("bind")
    if bind is not None and bind not in ("scales", "legend"):
        if isinstance(bind, dict) and set(bind) == {"legend"} and _EVENTS.fullmatch(str(bind["legend"])):
            pass
        else:
            del out["bind"]  # an input bound into the page (or anywhere a CSS selector points)
    select = out.get("select")
    if isinstance(select, dict):
        select = {k: v for k, v in select.items() if k in _VL_SELECT}
        for key in ("on", "clear", "translate", "zoom"):
            if isinstance(select.get(key), str) and not _EVENTS.fullmatch(select[key]):
                del select[key]  # event streams may carry filter expressions: plain event names only
        out["select"] = select
    elif select is not None and select not in ("interval", "point"):
        raise _Refused("selection type")
    return out


def _vl_walk(value: Any, params: frozenset[str]) -> Any:
    if isinstance(value, list):
        return [_vl_walk(v, params) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, v in value.items():
        if key == "data":
            out[key] = _vl_data(v)
        elif key in _VL_DROP:
            continue
        elif key == "mark" and (v == "image" or (isinstance(v, dict) and v.get("type") == "image")):
            raise _Refused("image mark")
        elif key in _VL_EXPR and isinstance(v, str):
            _vet_expression(v, params)
            out[key] = v
        elif key == "params" and isinstance(v, list):
            out[key] = [_vl_walk(_vl_param(p), params) for p in v]
        else:
            out[key] = _vl_walk(v, params)
    return out


def _param_names(value: Any) -> frozenset[str]:
    """Names declared in `params` anywhere in the spec (expressions may refer to them)."""
    names: set[str] = set()
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            declared = node.get("params")
            for param in declared if isinstance(declared, list) else []:
                if isinstance(param, dict) and isinstance(param.get("name"), str) and _NAME.fullmatch(param["name"]):
                    names.add(param["name"])
            stack.extend(node.values())
    return frozenset(names - _FORBIDDEN_WORDS)


def _without_rows(value: Any) -> Any:
    """The spec with every inline row list emptied (schema validation of 5,000 rows takes half a second)."""
    if isinstance(value, list):
        return [_without_rows(v) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, v in value.items():
        if key == "values" and isinstance(v, list):
            out[key] = []
        elif key == "datasets" and isinstance(v, dict):
            out[key] = {name: [] for name in v}
        else:
            out[key] = _without_rows(v)
    return out


def _vegalite(spec: Any) -> dict[str, Any]:
    from altair.utils.schemapi import SchemaValidationError
    from altair.vegalite.v6.schema.core import TopLevelSpec

    spec = _as_dict(spec)
    datasets = spec.get("datasets")
    if datasets is not None and (
        not isinstance(datasets, dict) or not all(isinstance(rows, list) for rows in datasets.values())
    ):
        raise _Refused("datasets that are not inline rows")
    out = _vl_walk({k: v for k, v in spec.items() if k not in ("$schema", "datasets")}, _param_names(spec))
    if datasets is not None:
        out["datasets"] = datasets
    if not any(k in out for k in ("mark", "layer", "hconcat", "vconcat", "concat", "facet", "repeat", "spec")):
        raise _Refused("nothing to draw")
    try:
        TopLevelSpec.validate(_without_rows(out))  # rows are data of any shape: the structure is what is checked
    except (SchemaValidationError, ValueError) as exc:  # jsonschema's ValidationError is a ValueError too
        raise _Refused("not valid Vega-Lite") from exc
    # The app's own embed options (vega-embed reads them from `usermeta`): no actions menu, whose links open the
    # spec in another window or send it to the online Vega editor.
    return {"$schema": _VEGALITE_SCHEMA, **out, "usermeta": {"embedOptions": {"actions": False}}}


def vegalite_spec(spec: Any) -> dict[str, Any] | None:
    """The Vega-Lite spec with only inline data and vetted expressions, schema-checked; None when it cannot be."""
    try:
        return _vegalite(spec)
    except _Refused:
        return None
    except Exception:  # the schema validator can fail in its own ways on hostile input
        return None


def chart_plot(mime: str, spec: Any) -> Any | None:
    """A `gr.Plot` drawing the cleaned spec, or None when the spec cannot be made safe (the caller falls back)."""
    import gradio as gr
    from gradio.components.plot import PlotData

    kind: Literal["plotly", "altair"]
    if mime == PLOTLY_MIME:
        safe, kind = plotly_spec(spec), "plotly"
    else:
        safe, kind = vegalite_spec(spec), "altair"
        if safe is not None:
            safe = _fit_width(safe)
    if safe is None:
        return None
    try:
        text = json.dumps(_finite(safe), allow_nan=False)
    except (ValueError, TypeError):
        return None
    if len(text) > MAX_SPEC_CHARS:
        return None
    return gr.Plot(value=PlotData(type=kind, plot=text), show_label=False, label="Chart", elem_classes=["na-chart"])


# Plot width (pixels, axes aside) that fits a chat bubble on a laptop screen; wider views are cut off at the sides.
# (Vega's "container" width measures the bubble before it is laid out, and draws nothing.)
_BUBBLE_WIDTH = 460


def _fit_width(spec: dict[str, Any]) -> dict[str, Any]:
    """A single or layered view no wider than a chat bubble; the notebook keeps the width the code asked for."""
    width = spec.get("width")
    if ("mark" in spec or "layer" in spec) and isinstance(width, int | float) and width > _BUBBLE_WIDTH:
        return {**spec, "width": _BUBBLE_WIDTH}
    return spec


def _finite(value: Any) -> Any:
    """NaN and infinities as null (missing values in the rows): the page's JSON.parse refuses them."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, list):
        return [_finite(v) for v in value]
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    return value
