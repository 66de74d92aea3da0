"""Interactive charts and live tables in a real headless Chromium: a turn whose code (run in the real sandboxed kernel)
shows a Plotly chart, a Vega-Lite chart, a table, and specs written to attack the page.

The model is a FakeGemini scripted to ask for that code. Checked: hovering a Plotly point shows its value, a table
column sorts from its header menu, and nothing the hostile specs carry runs or loads (a `window.__pwned` flag stays
unset; Playwright's request log shows no request to an injected URL or to any other host), also after a reload, when
the chat is rebuilt from the notebook. The page weight of one chart of each kind is measured against a turn that
shows only text (`test_page_weight_of_one_chart`; the figures are printed, and quoted in the README).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from fake_gemini import FakeGemini, function_call_reply, text_reply
from test_browser import CHROMIUM, CHROMIUM_ARGS, KEY, SLOW, App, _bots, _open, _script, _send

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect

pytestmark = pytest.mark.slow

TABLE_MIME = "application/vnd.notebook-agent.table+json"

# The data, the two honest charts and the table: real code in the real kernel, whose display formatters turn a Plotly
# figure, an Altair chart and a DataFrame into the bundles the chat draws from.
HONEST = """\
import json
import pandas as pd
import plotly.express as px
import altair as alt
from IPython.display import display
df = pd.DataFrame({"month": [1, 2, 3, 4, 5, 6], "sales": [120.5, 98.25, 143.75, 87.0, 160.125, 111.5],
                   "city": ["Oslo", "Rome", "Lima", "Pune", "Kyiv", "Bonn"]})
"""
PLOTLY_CELL = """\
fig = px.scatter(df, x="month", y="sales", hover_name="city", title="Sales by month")
display(fig)
"""
VEGA_CELL = """\
chart = alt.Chart(df).mark_point(size=200).encode(x="month", y="sales", tooltip=["city", "sales"])
display(chart)
"""
# 12,345 rows: the chat holds the first 500, sales 0.5 first and 999.5 the largest among them.
TABLE_CELL = """\
rows = range(12345)
big = pd.DataFrame({"month": [i % 12 + 1 for i in rows], "sales": [(i * 37) % 1000 + 0.5 for i in rows]})
display(big)
"""
TEXT_CELL = "print(df.sales.sum())\n"
# Specs written to attack the page: script, javascript: links, event handlers, an href encoding, a data URL at the
# app's own API, a layout image from another host, embed options that point the loader elsewhere.
HOSTILE = """\
import base64, io
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
evil = "http://evil.invalid"
bad_plotly = json.loads(fig.to_json())  # then made hostile, and displayed as a raw bundle
bad_plotly["layout"]["title"] = {
    "text": "<a href='javascript:window.__pwned=1'>Hostile</a><script>window.__pwned=2</script>"
}
bad_plotly["layout"]["images"] = [{"source": evil + "/logo.png", "xref": "paper", "yref": "paper", "x": 0, "y": 1,
                                   "sizex": 0.5, "sizey": 0.5}]
bad_plotly["layout"]["annotations"] = [{"text": "<img src=x onerror='window.__pwned=3'>note", "x": 2, "y": 100}]
bad_plotly["data"][0]["hovertemplate"] = (
    "<a href='javascript:window.__pwned=4'>%{y}</a><img src=x onerror='window.__pwned=5'>"
)
bad_plotly["data"][0]["hovertext"] = ["<img src=" + evil + "/h.png onerror='window.__pwned=6'>"] * 6
bad_plotly["config"] = {"plotlyServerURL": evil, "showLink": True}
display({"application/vnd.plotly.v1+json": bad_plotly, "text/plain": "Figure"}, raw=True)
bad_vl = chart.to_dict()
name = next(iter(bad_vl["datasets"]))
bad_vl["datasets"][name][0]["city"] = "<img src=x onerror='window.__pwned=7'><script>window.__pwned=8</script>"
bad_vl["datasets"][name][1]["city"] = "javascript:window.__pwned=9"
bad_vl["encoding"]["href"] = {"field": "city"}
bad_vl["usermeta"] = {"embedOptions": {"loader": {"baseURL": evil + "/"}, "editorUrl": evil + "/editor"}}
bad_vl["title"] = "<script>window.__pwned=10</script>Hostile VL"
display({"application/vnd.vegalite.v5+json": bad_vl, "text/plain": "Chart"}, raw=True)
cells = ["<img src=" + evil + "/c.png onerror='window.__pwned=12'>", "![i](" + evil + "/md.png) [l](" + evil + "/l)"]
display(pd.DataFrame({"<img src=x onerror='window.__pwned=11'>": cells}))
fallback, ax = plt.subplots(figsize=(3, 2))
ax.plot(df.month, df.sales)
buffer = io.BytesIO()
fallback.savefig(buffer, format="png")
plt.close(fallback)
fetching = chart.to_dict()
fetching.pop("datasets")
fetching["data"] = {"url": "/gradio_api/call/sessions?pwned=vl"}
display({"application/vnd.vegalite.v5+json": fetching, "image/png": base64.b64encode(buffer.getvalue()).decode(),
         "text/plain": "Chart"}, raw=True)
"""


@pytest.fixture(scope="module")
def app() -> Iterator[tuple[App, FakeGemini]]:
    with FakeGemini(api_key=KEY) as fake:
        gemini = App({"GEMINI_API_KEY": KEY, "GOOGLE_GEMINI_BASE_URL": fake.base_url})
        try:
            gemini.start()
            gemini.wait_ready()
            yield gemini, fake
        finally:
            gemini.terminate()
            gemini.remove_data()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_sync.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _context(browser: Any) -> Any:
    ctx = browser.new_context(viewport={"width": 1280, "height": 1000})
    ctx.set_default_timeout(SLOW)
    return ctx


def _turn(page: Any, fake: FakeGemini, code: str, answer: str) -> None:
    _script(fake, function_call_reply({"code": code}), text_reply(answer))
    _send(page, "show me")
    expect(_bots(page).filter(has_text=answer)).to_have_count(1, timeout=SLOW)
    expect(page.locator(".multimodal-textbox textarea")).to_be_editable(timeout=SLOW)


_FIRST_ROW_SALES = """table => {
    const col = table.querySelector("th[title='sales']").dataset.heading;
    const cells = [...table.querySelectorAll(`[role=gridcell][data-col='${col}']`)];
    cells.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    return cells.length ? cells[0].innerText.trim() : null;
}"""


def _hover_shows_value(page: Any, chart: Any) -> None:
    """Hovering the third point (March, 143.75) shows a hover label with its number."""
    point = chart.locator(".scatterlayer .point").nth(2)
    point.scroll_into_view_if_needed()
    box = point.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(chart.locator(".hoverlayer .hovertext")).to_contain_text("143.75", timeout=10_000)
    page.mouse.move(5, 5)


def _sorts_from_the_header(page: Any, table: Any) -> None:
    """Sorting `sales` descending from its header menu puts the largest (999.5) first."""
    table.scroll_into_view_if_needed()
    assert table.evaluate(_FIRST_ROW_SALES) == "0.5"
    header = table.locator("th").filter(has_text="sales")
    header.click()
    header.get_by_role("button", name="Open cell menu").click()
    page.get_by_role("menuitem").filter(has_text=re.compile("desc", re.I)).first.click()
    page.wait_for_function(f"t => ({_FIRST_ROW_SALES})(t) === '999.5'", arg=table.element_handle(), timeout=10_000)


def _nothing_ran_or_loaded(page: Any, requests: list[str], app_url: str) -> None:
    page.wait_for_timeout(1000)  # time for an injected handler, a remote image or a data URL to fire
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.evaluate("() => [...document.scripts].filter(s => s.textContent.includes('__pwned')).length") == 0
    assert page.locator("a[href^='javascript'], [onerror], image[href*='evil'], img[src*='evil']").count() == 0
    bad = [u for u in requests if "evil.invalid" in u or "pwned" in u]
    assert not bad, bad
    outside = [
        u
        for u in requests
        if urlsplit(u).scheme in ("http", "https", "ws", "wss") and urlsplit(u).netloc != urlsplit(app_url).netloc
    ]
    assert not outside, f"the page loaded something from outside the app: {outside}"


def _check_chat(page: Any) -> None:
    """What the turn shows: three interactive charts, the refused chart's picture, the table."""
    bots = _bots(page)
    plotly = bots.locator("[data-testid=plotly]")
    expect(plotly).to_have_count(2, timeout=SLOW)
    expect(bots.locator("[data-testid=altair]")).to_have_count(2, timeout=SLOW)
    expect(bots.locator("img[src*='/file=']")).to_have_count(1, timeout=SLOW)  # data.url refused: the PNG
    expect(bots.locator(".vega-embed details, .vega-actions")).to_have_count(0)  # no menu of links out
    expect(plotly.nth(1)).to_contain_text("Hostile")  # the hostile title, as plain text
    tables = bots.locator(".na-table")
    expect(tables).to_have_count(2)
    expect(tables.first).to_contain_text("first 500 of 12,345 rows")
    hostile = tables.nth(1)  # markup in a header and in cells is shown as its characters
    expect(hostile).to_contain_text("onerror='window.__pwned=12'")
    expect(hostile).to_contain_text("![i](http://evil.invalid/md.png)")
    assert hostile.locator("img, a, script").count() == 0


def test_chart_and_table_are_live_and_injections_do_nothing(app: tuple[App, FakeGemini], browser: Any) -> None:
    server, fake = app
    ctx = _context(browser)
    try:
        page = ctx.new_page()
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        _open(page, server.url)
        _turn(page, fake, HONEST + PLOTLY_CELL + VEGA_CELL + TABLE_CELL + HOSTILE, "Charts are above.")
        _check_chat(page)
        bots = _bots(page)
        _hover_shows_value(page, bots.locator("[data-testid=plotly]").first)
        _sorts_from_the_header(page, bots.locator(".na-table").first)
        # Hover and click the hostile charts where their handlers or links would fire.
        _hover_shows_value(page, bots.locator("[data-testid=plotly]").nth(1))
        hostile_vl = bots.locator("[data-testid=altair]").nth(1)
        hostile_vl.scroll_into_view_if_needed()
        for mark in hostile_vl.locator("path[role=graphics-symbol], .mark-symbol path").all()[:3]:
            mark.click(force=True)
        _nothing_ran_or_loaded(page, requests, server.url)

        # Reopened (a reload): the same components, rebuilt from the notebook, just as inert.
        page.reload()
        expect(_bots(page).first).to_contain_text("Hi! I'm notebook-agent", timeout=SLOW)
        _check_chat(page)
        _hover_shows_value(page, _bots(page).locator("[data-testid=plotly]").first)
        _nothing_ran_or_loaded(page, requests, server.url)

        # The next turn: the page sends the chat (charts and tables included) back with the message; all stay.
        _turn(page, fake, TEXT_CELL, "The total is printed.")
        _check_chat(page)
        _nothing_ran_or_loaded(page, requests, server.url)
    finally:
        ctx.close()


def _turn_bytes(browser: Any, server: App, fake: FakeGemini, code: str) -> tuple[int, dict[str, int]]:
    """Bytes the browser received for one turn (response bodies as sent, headers included), on a fresh profile."""
    ctx = _context(browser)
    try:
        page = ctx.new_page()
        _open(page, server.url)
        page.wait_for_timeout(1500)  # the page's own lazy chunks settle first
        sizes: dict[str, int] = {}

        def done(request: Any) -> None:
            s = request.sizes()
            sizes[request.url] = sizes.get(request.url, 0) + s["responseBodySize"] + s["responseHeadersSize"]

        page.on("requestfinished", done)
        _turn(page, fake, HONEST + code, "Done.")
        page.wait_for_timeout(2500)  # the queue's event stream closes once the turn is over
        return sum(sizes.values()), sizes
    finally:
        ctx.close()


def test_page_weight_of_one_chart(app: tuple[App, FakeGemini], browser: Any) -> None:
    server, fake = app
    base, _ = _turn_bytes(browser, server, fake, TEXT_CELL)
    plotly, plotly_sizes = _turn_bytes(browser, server, fake, PLOTLY_CELL)
    vega, vega_sizes = _turn_bytes(browser, server, fake, VEGA_CELL)
    table, _ = _turn_bytes(browser, server, fake, TABLE_CELL)
    figures = {
        "text_turn_bytes": base,
        "plotly_extra_bytes": plotly - base,
        "vegalite_extra_bytes": vega - base,
        "table_extra_bytes": table - base,
        "plotly_assets": {urlsplit(u).path: n for u, n in plotly_sizes.items() if "/assets/" in u},
        "vegalite_assets": {urlsplit(u).path: n for u, n in vega_sizes.items() if "/assets/" in u},
    }
    print("\npage weight:", json.dumps(figures, indent=1))
    assert plotly - base > 100_000  # Plotly.js is loaded for the first chart
    assert vega - base > 100_000  # vega-embed, Vega and Vega-Lite
