"""Chart specs and table bundles from the kernel, rebuilt and cleaned before the page draws them (no kernel, no
browser: the charts tests of `tests/test_browser.py` prove the same in Chromium)."""

from __future__ import annotations

import base64
import json
import math
from pathlib import Path
from typing import Any

import altair as alt
import nbformat
import pandas as pd
import plotly.express as px
import pytest

from notebook_agent.ui.charts import PLOTLY_MIME, chart_mime, chart_plot, plotly_spec, vegalite_spec
from notebook_agent.ui.handlers import _plain
from notebook_agent.ui.history import history
from notebook_agent.ui.render import Turn
from notebook_agent.ui.tables import MAX_ROWS, TABLE_MIME, read_table, table_frame

VL5 = "application/vnd.vegalite.v5+json"
PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 32).decode()
EVIL = "http://evil.invalid"


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *_strings(v)]]
    return []


# -- Plotly ------------------------------------------------------------------------------------------------------------
def _hostile_plotly() -> dict[str, Any]:
    return {
        "data": [
            {
                "type": "scatter",
                "x": [1, 2, 3],
                "y": [4.5, 5.5, 6.5],
                "text": ["<img src=x onerror=window.__pwned=1>", "<b>bold</b>", "a & b"],
                "hovertemplate": "<a href='javascript:window.__pwned=2'>%{y}</a><br><i>%{text}</i><extra></extra>",
                "texttemplate": "<span style='background:url(http://evil.invalid/t.png)'>%{y}</span>",
                "name": "<script>window.__pwned=3</script>series",
                "customdata": ["<a href='http://evil.invalid/c'>c</a>"] * 3,
                "not_a_plotly_property": "<script>window.__pwned=4</script>",
            },
            {"type": "image", "source": f"{EVIL}/img.png"},
            {"type": "image", "source": "data:image/png;base64," + PNG},
        ],
        "layout": {
            "title": {"text": "<a href='http://evil.invalid/title'>Sales</a> <b>2024</b>"},
            "images": [{"source": f"{EVIL}/logo.png", "xref": "paper", "yref": "paper", "x": 0, "y": 1}],
            "annotations": [{"text": "<a href='javascript:window.__pwned=5'>click</a>", "x": 1, "y": 1}],
            "updatemenus": [{"buttons": [{"method": "relayout", "args": [{"images": [{"source": f"{EVIL}/m"}]}]}]}],
            "sliders": [{"steps": [{"method": "animate", "args": [["f1"]]}]}],
            "template": {"layout": {"images": [{"source": f"{EVIL}/template.png"}]}},
            "xaxis": {"title": {"text": "x <sup>2</sup>"}},
        },
        "frames": [{"name": "f1", "layout": {"images": [{"source": f"{EVIL}/frame.png"}]}}],
        "config": {"plotlyServerURL": EVIL, "showLink": True, "linkText": "<a href='http://evil.invalid'>x</a>"},
    }


def test_plotly_spec_keeps_the_chart_and_drops_what_loads_links_or_runs() -> None:
    safe = plotly_spec(_hostile_plotly())
    assert safe is not None
    text = json.dumps(safe)
    assert "evil.invalid" not in text and "javascript" not in text and "__pwned" not in text, text
    assert not any(t in text for t in ("<a", "<img", "<script", "<span", "<sup", "href", "onerror", "style=")), text
    assert "images" not in safe["layout"] and "updatemenus" not in safe["layout"] and "sliders" not in safe["layout"]
    assert "frames" not in safe and safe["config"] == {
        "displaylogo": False,
        "showLink": False,
        "showEditInChartStudio": False,
        "showSendToCloud": False,
    }
    scatter, remote, inline = safe["data"]
    assert "source" not in remote and inline["source"].startswith("data:image/png;base64,")
    assert "not_a_plotly_property" not in scatter  # Plotly's validators dropped it
    assert scatter["text"][1] == "<b>bold</b>" and scatter["text"][2] == "a & b"  # plain text untouched
    assert scatter["hovertemplate"] == "%{y}<br><i>%{text}</i><extra></extra>"
    assert scatter["name"] == "series" and scatter["texttemplate"] == "%{y}"
    assert safe["layout"]["title"]["text"] == "Sales <b>2024</b>"
    assert safe["layout"]["annotations"][0]["text"] == "click"


def test_a_real_plotly_express_figure_survives_whole() -> None:
    df = pd.DataFrame({"month": [1, 2, 3], "sales": [120.5, 98.25, 143.75], "city": ["Oslo", "Rome", "Lima"]})
    fig = px.scatter(df, x="month", y="sales", hover_name="city", title="Sales")
    safe = plotly_spec(json.loads(fig.to_json()))
    assert safe is not None
    assert safe["data"][0]["hovertext"] == ["Oslo", "Rome", "Lima"]
    assert safe["data"][0]["hovertemplate"] == fig.data[0].hovertemplate  # <b>, <br>, <extra> are kept
    assert safe["layout"]["title"]["text"] == "Sales" and "template" in safe["layout"]


@pytest.mark.parametrize(
    "spec",
    [
        {"data": [{"type": "scattergeo", "lat": [1], "lon": [2]}]},  # outlines come from a CDN
        {"data": [{"type": "scattermapbox", "lat": [1], "lon": [2]}]},  # map tiles
        {"data": [{"type": "choropleth", "locations": ["NOR"], "z": [1]}]},
        {"data": "not a list"},
        ["not", "a", "figure"],
        "{not json",
    ],
)
def test_plotly_specs_that_cannot_be_made_safe_are_refused(spec: Any) -> None:
    assert plotly_spec(spec) is None


# -- Vega-Lite ---------------------------------------------------------------------------------------------------------
def _points(**extra: Any) -> dict[str, Any]:
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {"values": [{"x": 1, "y": 2, "link": "javascript:window.__pwned=1"}, {"x": 2, "y": 3, "link": "x"}]},
        "mark": "point",
        "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}},
        **extra,
    }


def test_vegalite_spec_drops_links_embed_options_and_bound_inputs() -> None:
    spec = _points(
        usermeta={"embedOptions": {"loader": {"baseURL": EVIL}, "editorUrl": EVIL}},
        params=[
            {"name": "grid", "select": "interval", "bind": "scales"},
            {"name": "pick", "select": {"type": "point", "on": "mouseover[event.view.__pwned=1]"}},
            {"name": "level", "value": 3, "bind": {"input": "range", "element": "body"}},
        ],
    )
    spec["encoding"]["href"] = {"field": "link"}
    spec["mark"] = {"type": "point", "href": "javascript:window.__pwned=2", "tooltip": True}
    safe = vegalite_spec(spec)
    assert safe is not None
    assert safe["$schema"] == "https://vega.github.io/schema/vega-lite/v5.json"
    assert safe["usermeta"] == {"embedOptions": {"actions": False}}  # the app's own: no menu of links
    assert "href" not in safe["encoding"] and "href" not in safe["mark"]
    grid, pick, level = safe["params"]
    assert grid["bind"] == "scales" and "on" not in pick["select"] and "bind" not in level
    assert "evil.invalid" not in json.dumps(safe)


def test_vegalite_is_always_marked_as_vega_lite() -> None:
    spec = _points()
    spec["$schema"] = "https://vega.github.io/schema/vega/v5.json"  # full Vega: signals, handlers, loaders
    assert vegalite_spec(spec)["$schema"].startswith("https://vega.github.io/schema/vega-lite/")  # type: ignore[index]


def test_real_altair_charts_survive() -> None:
    df = pd.DataFrame({"x": range(30), "y": [i * i for i in range(30)], "c": ["a", "b", "c"] * 10})
    brush = alt.selection_interval(encodings=["x"])
    charts = [
        alt.Chart(df).mark_point().encode(x="x", y="y", color="c", tooltip=["x", "y"]).interactive(),
        alt.Chart(df)
        .transform_filter(alt.datum.x > 3)
        .transform_calculate(z="datum.x * 2 + sqrt(datum.y)")
        .mark_line()
        .encode(x="x", y="z:Q"),
        alt.Chart(df)
        .mark_bar()
        .encode(x="x", y="y", color=alt.condition(brush, alt.value("red"), alt.value("gray")))
        .add_params(brush),
        alt.layer(alt.Chart(df).mark_line().encode(x="x", y="y"), alt.Chart(df).mark_rule().encode(y="mean(y)")),
        alt.Chart(df).mark_bar().encode(x="c", y="count()").properties(width=200) | alt.Chart(df).mark_point(),
    ]
    for chart in charts:
        spec = chart.to_dict()
        safe = vegalite_spec(spec)
        assert safe is not None, spec
        assert safe["datasets"] == spec["datasets"]  # Altair puts the rows in top-level datasets


@pytest.mark.parametrize(
    "change",
    [
        {"data": {"url": "/sessions?pwned=1"}},
        {"data": {"url": "data.csv", "values": []}},
        {"datasets": {"rows": {"url": f"{EVIL}/rows.json"}}},
        {"transform": [{"lookup": "x", "from": {"data": {"url": f"{EVIL}/l.json"}, "key": "x"}}]},
        {"mark": "image"},
        {"mark": {"type": "image", "url": f"{EVIL}/i.png"}},
        {"transform": [{"calculate": "window.location = 'http://evil.invalid'", "as": "z"}]},
        {"transform": [{"filter": "datum.constructor.constructor('window.__pwned=1')()"}]},
        {"transform": [{"filter": "datum['__proto__']"}]},
        {"transform": [{"calculate": "event.view.__pwned", "as": "z"}]},
        {"transform": [{"calculate": "data('x')", "as": "z"}]},
        {"transform": [{"calculate": "datum.x.toString()", "as": "z"}]},
        {"params": [{"name": "window", "value": 1}]},
        {"signals": [{"name": "s", "on": [{"events": "click", "update": "1"}]}]},  # full Vega, not Vega-Lite
        {"encoding": {"x": {"field": "x", "type": "quantitative", "unknown": "<script>"}}},  # not in the schema
        {"mark": None},
    ],
)
def test_vegalite_specs_that_cannot_be_made_safe_are_refused(change: dict[str, Any]) -> None:
    spec = _points()
    spec.update(change)
    if change.get("mark", "") is None:
        del spec["mark"]
    assert vegalite_spec(spec) is None


def test_expressions_from_the_allow_list_pass() -> None:
    spec = _points(
        transform=[
            {"calculate": "round(datum.y * 100) / 100 + length(toString(datum['x']))", "as": "z"},
            {"filter": "datum.x > 1 && (isValid(datum.y) || datum.y === null) ? true : false"},
        ],
        params=[{"name": "cutoff", "value": 2}],
    )
    spec["encoding"]["color"] = {"condition": {"test": "datum.y > cutoff", "value": "red"}, "value": "gray"}
    assert vegalite_spec(spec) is not None


def test_chart_mime_and_plot() -> None:
    assert chart_mime({"text/plain": "", PLOTLY_MIME: {}}) == PLOTLY_MIME
    assert chart_mime({"application/vnd.vegalite.v6+json": {}, "image/png": PNG}) == "application/vnd.vegalite.v6+json"
    assert chart_mime({"application/vnd.vegalite.v5+json.evil": {}, "image/png": PNG}) is None
    plot = chart_plot(PLOTLY_MIME, {"data": [{"type": "bar", "x": [1], "y": [math.nan]}]})
    assert plot is not None and plot.get_config()["value"]["type"] == "plotly"
    assert chart_plot(VL5, _points())
    with_gaps = _points()
    with_gaps["data"]["values"].append({"x": 3, "y": math.nan, "link": ""})  # a missing value in the rows
    plot = chart_plot(VL5, with_gaps)
    assert plot is not None and '"y": null' in plot.get_config()["value"]["plot"]


# -- tables ------------------------------------------------------------------------------------------------------------
def test_table_bundle_becomes_plain_cells_with_a_caption() -> None:
    table = read_table(
        {
            "columns": ["n", "<b>name</b>", "mixed"],
            "rows": [[1, "<img src=x onerror=alert(1)>", 1], [2.5, "[l](http://evil.invalid)", "a"], [None, 3, None]],
            "total_rows": 12345,
            "index": ["r1", "r2", "r3"],
        }
    )
    assert table is not None
    assert table.caption == "first 3 of 12,345 rows"
    assert table.headers == ["", "n", "<b>name</b>", "mixed"]
    assert table.numeric == [False, True, False, False]
    assert table.rows[0] == ["r1", 1, "<img src=x onerror=alert(1)>", "1"]
    assert table.rows[2] == ["r3", None, "3", None]
    config = table_frame(table)["props"]
    assert config["datatype"] == ["str", "number", "str", "str"]  # never "markdown" or "html"
    assert config["interactive"] is False and config["label"] == "first 3 of 12,345 rows"
    assert config["props"]["value"]["data"][0][2] == "<img src=x onerror=alert(1)>"  # shown as its characters


def test_table_message_is_built_inside_an_event_handler_too() -> None:
    """Gradio skips the set-up of a component made in an event handler unless it is told otherwise."""
    from gradio.context import LocalContext

    table = read_table({"columns": ["a"], "rows": [[1]], "total_rows": 1, "index": None})
    assert table is not None
    inside = LocalContext.in_event_listener.set(True)
    try:
        content = table_frame(table)
    finally:
        LocalContext.in_event_listener.reset(inside)
    assert content["props"]["label"] == "1 row" and content["props"]["props"]["value"]["data"] == [[1]]


def test_table_bundle_is_bounded() -> None:
    rows = [[i, math.nan, math.inf] for i in range(MAX_ROWS + 50)]
    table = read_table({"columns": [f"c{i}" for i in range(300)], "rows": rows, "total_rows": 7, "index": None})
    assert table is not None and len(table.rows) == MAX_ROWS and len(table.headers) == 200
    assert table.rows[0][:3] == [0, None, "inf"] and table.total_rows == MAX_ROWS
    assert table.caption == f"{MAX_ROWS} rows (first 200 columns; 100 more not shown)"
    for bad in (
        [],
        {"columns": "x", "rows": []},
        {"columns": [], "rows": [1]},
        {"columns": [], "rows": [], "index": 3},
    ):
        assert read_table(bad) is None


# -- the chat: live and rebuilt ----------------------------------------------------------------------------------------
def _outputs() -> list[dict[str, Any]]:
    df = pd.DataFrame({"x": [1, 2], "y": [3.5, 1.0]})
    table = {"columns": ["x", "y"], "rows": [[1, 3.5], [2, 1.0]], "total_rows": 2, "index": [0, 1]}
    unsafe = _points(data={"url": "/sessions"})
    return [
        nbformat.v4.new_output(
            "display_data", data={PLOTLY_MIME: json.loads(px.bar(df, x="x", y="y").to_json()), "text/plain": "Fig"}
        ),
        nbformat.v4.new_output("display_data", data={VL5: _points(), "image/png": PNG, "text/plain": "Chart"}),
        nbformat.v4.new_output("display_data", data={VL5: unsafe, "image/png": PNG, "text/plain": "Chart"}),
        nbformat.v4.new_output("display_data", data={VL5: unsafe, "text/plain": "Chart"}),
        nbformat.v4.new_output(
            "execute_result",
            data={"text/html": df.to_html(), "text/plain": repr(df), TABLE_MIME: table},
            execution_count=1,
        ),
        nbformat.v4.new_output(
            "execute_result",
            data={"text/html": df.to_html(), "text/plain": repr(df), TABLE_MIME: {"rows": "bad"}},
            execution_count=2,
        ),
    ]


def _kinds(messages: list[dict[str, Any]]) -> list[str]:
    return [
        m["content"].get("component", "file") if isinstance(m["content"], dict) else type(m["content"]).__name__
        for m in messages
    ]


def test_turn_shows_charts_tables_and_fallbacks(tmp_path: Path) -> None:
    turn = Turn(tmp_path)
    turn.apply({"type": "code", "code": "charts()", "attempt": 1, "max_attempts": 3})
    for out in _outputs():
        turn.apply({"type": "output", "output": out})
    turn.apply({"type": "code_done", "status": "ok", "duration_s": 0.5})
    assert _kinds(turn.messages) == ["str", "Plot", "Plot", "file", "dataframe"]
    step, plotly_chart, vl_chart, png, frame = turn.messages
    assert "could not draw safely" in step["content"]  # the unsafe chart without a picture
    assert "<table" in step["content"]  # the malformed table bundle: the HTML table, cleaned
    assert plotly_chart["plain"] == "Fig" and vl_chart["plain"]["path"] == png["content"]["path"]
    assert frame["plain"].startswith("2 rows\n\tx\ty\n0\t1\t3.5")
    # What programs get from /chat: the PNG as a file, the text, the table as text; never a component.
    plain = [_plain(m) for m in turn.messages]
    assert plain[1]["content"] == "Fig" and plain[2]["content"]["meta"] == {"_type": "gradio.FileData"}
    assert plain[4]["content"] == frame["plain"]
    json.dumps(plain)


def test_history_rebuilds_the_same_components(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("charts()", outputs=_outputs())
    cell.metadata["notebook_agent"] = {"role": "code", "turn": 1}
    nb.cells.append(cell)
    messages = history(nb, tmp_path)
    assert _kinds(messages) == ["str", "Plot", "Plot", "file", "dataframe"]
    assert messages[0]["metadata"]["title"] == "Ran code"


def test_a_wide_vegalite_view_is_drawn_bubble_wide_on_the_page_only() -> None:
    chart = alt.Chart(pd.DataFrame({"x": [1, 2], "y": [3, 4]})).mark_line().encode(x="x", y="y")
    wide = chart.properties(width=900).to_dict()
    plot = chart_plot("application/vnd.vegalite.v6+json", wide)
    assert plot is not None
    assert json.loads(plot.value["plot"])["width"] == 460  # fits the chat bubble
    assert wide["width"] == 900  # the spec the notebook keeps is untouched
    narrow = chart_plot("application/vnd.vegalite.v6+json", chart.properties(width=300).to_dict())
    assert narrow is not None and json.loads(narrow.value["plot"])["width"] == 300
