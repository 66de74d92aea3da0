"""Interactive versions of the offline analyst's charts, drawn with Altair (hover for values, drag and zoom).

The kernel shows an Altair chart interactively in the chat (a Vega-Lite bundle and a PNG, see
`data/_kernel_display.py`). The analyst's charts are matplotlib; an interactive one is the SAME cell with its
matplotlib lines (from `fig, ax = plt.subplots` to `plt.show()`, or a kind's `.plot.bar(...)`) replaced by a few
Altair lines over the variables the cell already computed (`table`, `data`, `values`, `stats`, `x`/`y`/`curve`,
`by_group`), so the data, its preparation and the result the answer reads are those of the matplotlib chart.
Altair draws at most 5,000 rows: a histogram is drawn from its 30 bins, bars and boxes from their groups, and a
scatter or a long line is sampled (the cell counts what it drew, and the answer says so).

* "make it interactive", "interactive version", "show that as an interactive chart", "can I zoom in on it" redraw
  the LAST chart the analyst drew (`memory["chart_last"]`: the request or the kind's request behind it);
* "an interactive chart of revenue by month" draws the chart with Altair directly (`upfront` strips the word and
  the analyst reads the rest as usual);
* after a chart it can redraw, the answer offers it in one line (`OFFER`).
"""

from __future__ import annotations

import re
from typing import Any

from .code import lit
from .columns import Catalog
from .request import Request, default_agg

__all__ = ["OFFER", "asks_redraw", "convert", "redraw_answer", "remember", "upfront"]

OFFER = 'Say "make it interactive" for a version you can hover and zoom.'
HOW = "It is interactive: hover over it for the values, drag to pan, scroll to zoom, double-click to reset."
STATIC = (
    "This kind of chart has no interactive version yet, so it is drawn as a static image; I can make bar charts, "
    "line charts, scatter plots, histograms, box plots and curve fits interactive."
)
MAX_ROWS = 5000  # Altair's default limit on the rows of a chart's data
_MAX_BARS = 30
_CALENDAR = ("Y", "Q", "M", "D")

_THAT = (
    r"\b(?:it|that|this|these|them|the\s+(?:last\s+|same\s+|previous\s+)?(?:chart|plot|graph|figure|one|bars?|line))\b"
)
_REDRAW = re.compile(
    r"\b(?:make|turn|render|redraw|show|draw|give|plot|display|see|do|want|have|get)\b[^.?!]*?"
    + _THAT
    + r"[^.?!]*\b(?:interactive(?:ly)?|zoomable|hoverable)\b"
    r"|\b(?:interactive|zoomable|hoverable)\s+(?:version|one|copy|variant|edition)\b"
    r"|\b(?:zoom(?:\s+in)?|hover|pan)\b[^.?!]*" + _THAT + r"|^\W*(?:make\s+it\s+|go\s+)?interactive(?:ly)?\W*$"
)
_UPFRONT = re.compile(r"\b(?:(an?)\s+)?(?:interactive(?:ly)?|zoomable|hoverable)\b\s*")

_REDRAWN_KINDS = ("best_group", "money", "group_lines")


def asks_redraw(question: str) -> bool:
    """Whether the question asks for the last chart again, interactive ("make it interactive")."""
    return bool(_REDRAW.search(question.lower()))


def upfront(question: str) -> str | None:
    """The question without its "interactive" words when it asks for an interactive chart of its own, else None."""
    if not _UPFRONT.search(question.lower()):
        return None
    out = _UPFRONT.sub(lambda m: "a " if m.group(1) else "", question.lower())
    return re.sub(r"\s+", " ", out).strip()


# -- what was drawn -------------------------------------------------------------------------------------------------
def _draw(req: Request, catalog: Catalog) -> str | None:
    """Which of the chart writers drew `req` (as `charts.chart_code` and friends choose), or None."""
    x, y = catalog.get(req.frame, req.x), catalog.get(req.frame, req.y)
    if req.intent == "chart":
        kind = req.chart or "bar"
        if kind in ("hist", "box"):
            return kind
        if kind == "scatter":
            return "scatter" if req.x and req.y else None
        if kind == "line" and (x is None or x.time or x.numeric):
            return "line"
        if x is not None and y is not None and y.categorical:
            return "crosstab"
        if kind == "heatmap":
            return None
        return "grouped_line" if kind == "line" else "bars"
    if req.intent == "groupby":
        kind = req.chart if req.chart in ("bar", "line") else ("line" if x is not None and x.time else "bar")
        return "grouped_line" if kind == "line" else "bars"
    if req.intent == "top" and req.x:
        return "top"
    if req.intent == "extreme" and req.x:
        return "extreme"
    if req.intent == "fit":
        return "fit"
    return None


def remember(memory: dict[str, Any], *, request: Request | None = None, kind: dict[str, Any] | None = None) -> str:
    """Keep the chart just drawn for a later "make it interactive"; the line that offers it ("" when none).

    Any other answer forgets the chart before it: "make it interactive" is about the last answer's chart.
    """
    if request is not None and request.intent in ("chart", "groupby", "top", "extreme", "fit"):
        memory["chart_last"] = {"request": request.to_dict()}
        return OFFER
    if kind is not None and kind.get("kind") in _REDRAWN_KINDS and kind.get("group"):
        memory["chart_last"] = {"kind": kind}
        return OFFER
    memory.pop("chart_last", None)
    return ""


# -- the Altair lines -----------------------------------------------------------------------------------------------
def _field(name: str) -> str:
    """A column name Vega-Lite reads as one field (dots, brackets and colons would be read as paths and types)."""
    return re.sub(r"[.\[\]:\\\"]", "_", name)


def _title(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sample_lines() -> list[str]:
    return [
        "available = len(points)",
        f"if available > {MAX_ROWS}:  # Altair draws at most {MAX_ROWS:,} rows: a random sample of them",
        f"    points = points.sample({MAX_ROWS}, random_state=0).sort_index()",
    ]


def _y(field: str, title: str, log: bool) -> str:
    scale = ', scale=alt.Scale(type="log")' if log else ""
    return f"y=alt.Y({lit(field + ':Q')}, title={lit(title)}{scale})"


def _series_points(series: str, x: str, y: str, *, head: bool, as_text: bool, periods: bool) -> list[str]:
    lines = [
        f"points = {series}{f'.head({_MAX_BARS})' if head else ''}.rename_axis({lit(x)}).reset_index(name={lit(y)})"
    ]
    if periods:
        lines.append(f"points[{lit(x)}] = points[{lit(x)}].dt.to_timestamp()  # periods as dates")
    if as_text:
        lines.append(f"points[{lit(x)}] = points[{lit(x)}].astype(str)")
    return lines


def _bars(x: str, y: str, ytitle: str, xtitle: str, log: bool, color: bool = False) -> list[str]:
    return [
        "chart = alt.Chart(points).mark_bar().encode(",
        f"    x=alt.X({lit(x + ':N')}, sort=None, title={lit(xtitle)}),",
        f"    {_y(y, ytitle, log)},",
        *(['    color=alt.Color("color:N", scale=None),'] if color else []),
        f"    tooltip=[{lit(x)}, {lit(y)}],",
        ")",
    ]


def _line(x: str, xtype: str, y: str, xtitle: str, ytitle: str, log: bool, color: str | None = None) -> list[str]:
    return [
        "chart = alt.Chart(points).mark_line(point=len(points) <= 40).encode(",
        f"    x=alt.X({lit(x + ':' + xtype)}{', sort=None' if xtype == 'N' else ''}, title={lit(xtitle)}),",
        f"    {_y(y, ytitle, log)},",
        *([f"    color={lit(color + ':N')},"] if color else []),
        f"    tooltip=[{', '.join(lit(v) for v in (x, color, y) if v)}],",
        ")",
    ]


def _x_type(req: Request, catalog: Catalog) -> tuple[str, bool]:
    """The Vega-Lite type of a line's x (T, Q or N) and whether its values are periods to turn into dates."""
    x = catalog.get(req.frame, req.x)
    if x is None:
        return "Q", False
    if x.is_date:
        if req.period in ("DOW", "WE", "MOY"):
            return "N", False
        if req.period in ("H", "DEC"):
            return "Q", False
        return "T", req.period in _CALENDAR
    return ("Q", False) if x.numeric else ("N", False)


def _request_block(req: Request, catalog: Catalog, draw: str) -> tuple[list[str], str, bool]:
    """The Altair lines for a chart of the general reader, its title, and whether they sample."""
    from .charts import _agg_label  # the axis words of the matplotlib chart
    from .code import PERIOD_NAMES

    y_col = catalog.get(req.frame, req.y)
    xname = PERIOD_NAMES[req.period] if req.period in PERIOD_NAMES and req.x else (req.x or "row")
    xf = _field(xname)
    xtitle = f"{req.x} ({xname})" if req.period in PERIOD_NAMES and req.x else xname
    log = req.log_y
    if draw in ("bars", "grouped_line", "top", "extreme"):
        agg = req.agg or default_agg(y_col)
        ylabel = _agg_label(agg, req.y)
        yf = _field(ylabel)
        if draw == "bars":
            lines = _series_points("table", xf, yf, head=not _ordered(req, catalog), as_text=True, periods=False)
            return [*lines, *_bars(xf, yf, ylabel, xtitle, log)], f"{ylabel} by {xtitle}", False
        if draw == "grouped_line":
            xtype, periods = _x_type(req, catalog)
            lines = _series_points("table", xf, yf, head=False, as_text=xtype == "N", periods=periods)
            return [*lines, *_line(xf, xtype, yf, xtitle, ylabel, log)], f"{ylabel} over {xtitle}", False
        if draw == "top":
            lines = _series_points("top", xf, yf, head=False, as_text=True, periods=False)
            return (
                [
                    *lines,
                    "chart = alt.Chart(points).mark_bar().encode(",
                    f"    y=alt.Y({lit(xf + ':N')}, sort=None, title={lit(xtitle)}),",
                    f"    x=alt.X({lit(yf + ':Q')}, title={lit(ylabel)}),",
                    f"    tooltip=[{lit(xf)}, {lit(yf)}],",
                    ")",
                ],
                f"{'Bottom' if req.order == 'min' else 'Top'} {xtitle} by {ylabel}",
                False,
            )
        lines = _series_points("shown", xf, yf, head=False, as_text=True, periods=False)
        lines.append(f'points["color"] = np.where(points[{lit(xf)}] == str(ranked.index[0]), "crimson", "steelblue")')
        return [*lines, *_bars(xf, yf, ylabel, xtitle, log, color=True)], f"{ylabel} by {xtitle}", False
    if draw == "line":
        agg = req.agg or default_agg(y_col)
        ylabel = _agg_label(agg, req.y) if req.x else (req.y or "")
        yf = _field(ylabel)
        xtype, periods = _x_type(req, catalog)
        lines = _series_points("table", xf, yf, head=False, as_text=xtype == "N", periods=periods)
        return [*lines, *_sample_lines(), *_line(xf, xtype, yf, xtitle, ylabel, log)], f"{ylabel} over {xtitle}", True
    y = req.y or ""
    yf = _field(y)
    if draw == "scatter":
        x_col = catalog.get(req.frame, req.x)
        xtype = "Q" if x_col is not None and x_col.numeric else "T" if x_col is not None and x_col.is_date else "N"
        xf = _field(req.x or "")
        names = {req.x: xf, req.y: yf}
        rename = f".rename(columns={{{', '.join(f'{lit(k)}: {lit(v)}' for k, v in names.items() if k != v)}}})"
        lines = [f"points = data[{lit([req.x, req.y])}]{rename if any(k != v for k, v in names.items()) else ''}"]
        return (
            [
                *lines,
                *_sample_lines(),
                "chart = alt.Chart(points).mark_circle(size=40, opacity=0.7).encode(",
                f"    x=alt.X({lit(xf + ':' + xtype)}, title={lit(req.x)}),",
                f"    {_y(yf, y, log)},",
                f"    tooltip=[{lit(xf)}, {lit(yf)}],",
                ")",
            ],
            f"{y} against {req.x}",
            True,
        )
    if draw == "hist":
        return (
            [
                "# The 30 bins of the histogram, each bar's range and count in its tooltip",
                "counts, edges = np.histogram(values, bins=30)",
                'points = pd.DataFrame({"from": edges[:-1], "to": edges[1:], "rows": counts})',
                'marks = pd.DataFrame({"statistic": ["mean", "median"], "value": [values.mean(), values.median()]})',
                "bars = alt.Chart(points).mark_bar().encode(",
                f'    x=alt.X("from:Q", title={lit(y)}), x2="to", {_y("rows", "number of rows", log)},',
                '    tooltip=["from", "to", "rows"],',
                ")",
                "rules = alt.Chart(marks).mark_rule(strokeDash=[4, 4], size=2).encode(",
                '    x="value:Q", color="statistic:N", tooltip=["statistic", "value"]',
                ")",
                "chart = bars + rules",
            ],
            f"Distribution of {y}",
            False,
        )
    if draw == "box":
        group = _field(req.x) if req.x else "column"
        return (
            [
                "# One box per group from its quartiles: whiskers from the minimum to the maximum",
                'points = stats.rename(columns={"25%": "q1", "50%": "median", "75%": "q3"})',
                f"points = points.rename_axis({lit(group)}).reset_index()",
                f"points[{lit(group)}] = points[{lit(group)}].astype(str)",
                "base = alt.Chart(points).encode(",
                f"    x=alt.X({lit(group + ':N')}, sort=None, title={lit(req.x or '')}),",
                f'    tooltip=[{lit(group)}, "count", "min", "q1", "median", "q3", "max"],',
                ")",
                "chart = (",
                f'    base.mark_rule().encode({_y("min", y, log)}, y2="max")',
                '    + base.mark_bar(size=24).encode(y="q1:Q", y2="q3")',
                '    + base.mark_tick(color="white", size=24, thickness=2).encode(y="median:Q")',
                ")",
            ],
            f"{y} by {req.x}" if req.x else y,
            False,
        )
    if draw == "crosstab":
        xf = _field(req.x or "")
        return (
            [
                f'points = table.rename_axis(index={lit(xf)}, columns={lit(yf)}).stack().reset_index(name="rows")',
                "chart = alt.Chart(points).mark_bar().encode(",
                f"    x=alt.X({lit(xf + ':N')}, title={lit(req.x)}),",
                f"    xOffset={lit(yf + ':N')},",
                f"    color={lit(yf + ':N')},",
                f"    {_y('rows', 'number of rows', log)},",
                f'    tooltip=[{lit(xf)}, {lit(yf)}, "rows"],',
                ")",
            ],
            f"{y} within each {req.x}",
            False,
        )
    # a curve fit: the points and the fitted curve
    x_col = catalog.get(req.frame, req.x)
    is_date = x_col is not None and x_col.is_date
    xf = _field(req.x or "")
    axis, grid = (
        ('start + pd.to_timedelta(x, unit="D")', 'start + pd.to_timedelta(grid, unit="D")')
        if is_date
        else (
            "x",
            "grid",
        )
    )
    xtype = "T" if is_date else "Q"
    return (
        [
            f"points = pd.DataFrame({{{lit(xf)}: {axis}, {lit(yf)}: y}})",
            *_sample_lines(),
            "grid = np.linspace(x.min(), x.max(), 300)",
            f"curve_points = pd.DataFrame({{{lit(xf)}: {grid}, {lit(yf)}: curve(grid)}})",
            "dots = alt.Chart(points).mark_circle(size=30, opacity=0.6).encode(",
            f"    x=alt.X({lit(xf + ':' + xtype)}, title={lit(req.x)}), {_y(yf, y, log)},",
            f"    tooltip=[{lit(xf)}, {lit(yf)}],",
            ")",
            'line = alt.Chart(curve_points).mark_line(color="crimson", size=2).encode(',
            f"    x={lit(xf + ':' + xtype)}, y={lit(yf + ':Q')}, tooltip=[{lit(xf)}, {lit(yf)}]",
            ")",
            "chart = dots + line",
        ],
        f"{y} against {req.x}",
        True,
    )


def _ordered(req: Request, catalog: Catalog) -> bool:
    """Whether the bars' groups keep their own order (periods, bins, a time column) rather than largest first."""
    x = catalog.get(req.frame, req.x)
    if x is None:
        return False
    return bool(req.period or x.time or (x.numeric and not x.ordered))


def _kind_block(kind: dict[str, Any], catalog: Catalog) -> tuple[list[str], str, bool]:
    """The Altair lines for a kind's chart, its title, and whether they sample."""
    group = str(kind.get("group") or "")
    gf = _field(group)
    if kind.get("kind") == "group_lines":
        time, y, agg = str(kind.get("column") or ""), str(kind.get("y") or ""), str(kind.get("agg") or "mean")
        t_col = catalog.get(str(kind.get("frame")), time)
        xtype = "T" if t_col is not None and t_col.is_date else "Q" if t_col is not None and t_col.numeric else "N"
        label = f"{agg} of {y}"
        tf, yf = _field(time), _field(label)
        lines = [
            f"points = table.iloc[:, :12].rename_axis(index={lit(tf)}, columns={lit(gf)}).stack()"
            f".reset_index(name={lit(yf)})",
            *_sample_lines(),
            *_line(tf, xtype, yf, time, label, False, color=gf),
        ]
        return lines, f"{label} over {time}, one line per {group}", True
    if kind.get("kind") == "money":
        label = "total"
    elif kind.get("agg") == "count":
        label = "rows"
    else:
        label = f"{kind.get('agg')} of {kind.get('y')}"
    yf = _field(label)
    lines = _series_points("by_group", gf, yf, head=True, as_text=True, periods=False)
    return [*lines, *_bars(gf, yf, label, group, False)], f"{label} by {group}", False


_PLOT_LINE = re.compile(
    r"^(?:fig\b|ax\.|ax = |plt\.|grid = |shown = |groups = \[|for model in models:|    width = |    ax\.|# At most )"
)


def convert(cell: str, chart: dict[str, Any], catalog: Catalog) -> str | None:
    """`cell` (the analyst's matplotlib chart cell for `chart`) with Altair in place of matplotlib; None if it can't.

    `chart` is what `remember` keeps: {"request": <Request dict>} or {"kind": <KindRequest dict>}.
    """
    if "request" in chart:
        req = Request.from_dict(chart["request"])
        draw = _draw(req, catalog)
        if draw is None:
            return None
        block, title, samples = _request_block(req, catalog, draw)
    elif "kind" in chart and chart["kind"].get("kind") in _REDRAWN_KINDS:
        block, title, samples = _kind_block(chart["kind"], catalog)
    else:
        return None
    lines = cell.rstrip("\n").splitlines()
    starts = [
        i
        for i, ln in enumerate(lines)
        if ln.startswith(("fig, ax = plt.subplots", "ax = table.")) or ".plot.bar(" in ln
    ]
    ends = [i for i, ln in enumerate(lines) if ln.strip() == "plt.show()"]
    if not starts or not ends or ends[0] < starts[0]:
        return None
    start, end = starts[0], ends[0]
    kept = [ln for ln in lines[start : end + 1] if ln.strip() and not _PLOT_LINE.match(ln)]
    note = "# The same numbers drawn with Altair: hover for the values, drag to pan, scroll to zoom"
    after = lines[end + 1 :]
    out = [*lines[:start], *kept, note, *block, *([""] if after and after[0].strip() else []), *after]
    counts = '"drawn": len(points), ' + ('"available": available, ' if samples else "")
    for i, ln in enumerate(out):
        if ln == "result = {":
            out[i + 1 : i + 1] = [f"    {c}," for c in counts.rstrip(", ").split(", ")]
            break
        if ln.startswith("result = {"):
            out[i] = ln.replace("result = {", "result = {" + counts, 1)
            break
    else:
        return None
    imports = next((i for i, ln in enumerate(out) if ln == "import json"), None)
    if imports is None:
        return None
    out.insert(imports + 1, "import altair as alt")
    out.append(f"chart.properties(title={lit(_title(title))}, width=600, height=320).interactive()")
    return "\n".join(out) + "\n"


# -- the answers ----------------------------------------------------------------------------------------------------
def sample_note(result: dict[str, Any]) -> str:
    """A line when the chart draws a sample of its points (the numbers come from the cell)."""
    drawn, available = result.get("drawn"), result.get("available")
    if isinstance(drawn, int) and isinstance(available, int) and drawn < available:
        return (
            f"Altair draws a limited number of rows, so the chart shows a random sample of {drawn:,} of the "
            f"{available:,} points; the numbers in the answer use them all."
        )
    return ""


def closing(result: dict[str, Any], live: dict[str, Any] | None = None) -> str:
    """What an answer with an interactive chart ends with: how to use it, and the sample it drew.

    `live` is what the analyst noted when the chart was asked for interactive up front; {"upfront": False} when
    this kind of chart has no interactive version (the answer says it is a static image).
    """
    if live is not None and not live.get("upfront", True):
        return "\n\n" + STATIC
    note = sample_note(result)
    return "\n\n" + HOW + (f"\n{note}" if note else "")


def redraw_answer(headline: str, result: dict[str, Any] | None, error: dict[str, Any] | None) -> str:
    """The answer to "make it interactive": what was redrawn, how to use it, the sample it drew."""
    if result is None:
        error = error or {}
        said = f"{error.get('ename', 'NoResult')}: {error.get('evalue', '')}".strip(": ")
        return f"The interactive version failed; the kernel said: {said}. The chart above it still stands."
    return f"Interactive version of the last chart: {headline}" + closing(result)


def nothing_to_redraw() -> str:
    """The answer when the last answer has no chart of the analyst's that it can redraw."""
    return (
        "The last answer has no chart I can make interactive: I can redraw bar charts, line charts, scatter plots, "
        'histograms, box plots and curve fits. Ask for one, e.g. "an interactive chart of revenue by month" with '
        "your own columns."
    )
