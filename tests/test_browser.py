"""The chat app in a real headless Chromium (Playwright): upload → step bubble → plot → answer, reload-resume,
New chat, the notebook download, the Stop button against a long cell, model HTML that stays inert, and a Gemini
answer that grows in its bubble as it streams, from the model picked in the menu.

Interactive charts and live tables: a turn whose code (run in the real sandboxed kernel) shows a Plotly chart, a
Vega-Lite chart, a table, and specs written to attack the page. Checked: hovering a Plotly point shows its value, a
table column sorts from its header menu, and nothing the hostile specs carry runs or loads (a `window.__pwned` flag
stays unset; Playwright's request log shows no request to an injected URL or to any other host), also after a
reload, when the chat is rebuilt from the notebook. The page weight of one chart of each kind is measured against a
turn that shows only text (`test_page_weight_of_one_chart`; the figures are printed, and quoted in the README).

Steps: a chat exported as a bundle, dropped in the message box of a new chat (which continues from it), and a code
step edited and run again from the Steps panel.

Two app instances run as subprocesses, shared by every test here (their start-up is the slow part; each test has a
browser profile of its own, so a chat of its own): one with the offline analyst, one talking to a FakeGemini server
in this process, scripted per test. Debian's Chromium is used (Playwright's own browser download is not needed).
The offline flow also writes docs/screenshot.png.
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import nbformat
import pytest
from conftest import REPO, make_data_dir
from fake_gemini import FakeGemini, candidate, function_call_reply, text_reply

from notebook_agent.settings import DEFAULT_GEMINI_MODEL

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
EXAMPLE = REPO / "examples" / "experiment.csv"
# The README's picture is refreshed only on request (NOTEBOOK_AGENT_SCREENSHOT=1), so test runs leave the tree clean.
SCREENSHOT = (
    REPO / "docs" / "screenshot.png"
    if os.environ.get("NOTEBOOK_AGENT_SCREENSHOT")
    else Path(tempfile.gettempdir()) / "notebook-agent-screenshot.png"
)
KEY = "test-key"
LONG_CELL = "import time\nfor i in range(600):\n    time.sleep(0.1)\nprint('finished')"
PAYLOAD = (
    'Here: <script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> and '
    "![x](http://example.invalid/a.png) done."
)
SLOW = 60_000  # ms: the longest any single wait may take (a slow, shared machine)

if not Path(CHROMIUM).is_file():
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)


# -- the two app instances ---------------------------------------------------------------------------------------------
@dataclass
class App:
    """One `python app.py` subprocess with its own data dir and port."""

    extra_env: dict[str, str] = field(default_factory=dict)
    port: int = 0
    data: Path | None = None
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def log(self) -> Path:
        assert self.data is not None
        return self.data / "app.log"

    def start(self) -> None:
        self.port = _free_port()
        self.data = make_data_dir()
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.data),
            "NOTEBOOK_AGENT_DATA_DIR": str(self.data),
            "GRADIO_ANALYTICS_ENABLED": "False",
            **self.extra_env,
        }
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, str(REPO / "app.py"), "--port", str(self.port)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=REPO,
            )

    def wait_ready(self, timeout: float = 90) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        while True:
            assert self.proc.poll() is None, f"the app exited ({self.proc.returncode}):\n{self.tail()}"
            try:
                with urllib.request.urlopen(self.url, timeout=5) as resp:
                    if resp.status == 200:
                        return
            except OSError:
                pass
            assert time.monotonic() < deadline, f"the app never answered on {self.url}:\n{self.tail()}"
            time.sleep(0.3)

    def tail(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def terminate(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def remove_data(self) -> None:
        if self.data is not None:
            # The app does not end its kernels on SIGTERM: they notice their parent is gone and exit by themselves
            # within seconds. Let them go before their data dir does.
            deadline = time.monotonic() + 20
            while _processes_using(self.data) and time.monotonic() < deadline:
                time.sleep(0.3)
            shutil.rmtree(self.data, ignore_errors=True)


def _processes_using(folder: Path) -> list[int]:
    """Pids whose command line names this folder (the kernels launched for it)."""
    pids = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and str(folder).encode() in (proc / "cmdline").read_bytes():
                pids.append(int(proc.name))
        except OSError:
            continue
    return pids


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Apps:
    offline: App
    gemini: App
    fake: FakeGemini


@pytest.fixture(scope="module")
def apps() -> Iterator[Apps]:
    """Both apps, started side by side (their start-up is the slow part)."""
    with FakeGemini(api_key=KEY) as fake:
        offline = App()
        gemini = App({"GEMINI_API_KEY": KEY, "GOOGLE_GEMINI_BASE_URL": fake.base_url})
        try:
            offline.start()
            gemini.start()
            offline.wait_ready()
            gemini.wait_ready()
            yield Apps(offline, gemini, fake)
        finally:
            offline.terminate()
            gemini.terminate()
            offline.remove_data()
            gemini.remove_data()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_sync.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    """A fresh browser profile (its own local storage, so its own chat session)."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    ctx.set_default_timeout(SLOW)
    try:
        yield ctx
    finally:
        ctx.close()


# -- page helpers ------------------------------------------------------------------------------------------------------
def _bots(page: Any) -> Any:
    return page.locator("[data-testid=bot]")


def _users(page: Any) -> Any:
    return page.locator("[data-testid=user]")


def _open(page: Any, url: str) -> None:
    page.goto(url)
    expect(_bots(page).first).to_contain_text("Hi! I'm notebook-agent", timeout=SLOW)


def _send(page: Any, text: str) -> None:
    box = page.locator(".multimodal-textbox textarea")
    expect(box).to_be_editable(timeout=SLOW)  # disabled while the previous turn runs
    box.fill(text)
    box.press("Enter")


def _session_key(page: Any) -> str:
    return str(page.evaluate("() => localStorage.getItem('notebook-agent-session') || ''"))


def _only_greeting(page: Any) -> None:
    expect(_users(page)).to_have_count(0, timeout=SLOW)
    expect(_bots(page)).to_have_count(1, timeout=SLOW)
    expect(_bots(page).first).to_contain_text("Hi! I'm notebook-agent")


def _plot_ok(page: Any, plot: Any) -> None:
    """The plot is an <img> served by the app, loaded, and a real PNG."""
    expect(plot).to_be_visible(timeout=SLOW)
    plot.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=plot.element_handle(), timeout=SLOW)
    src = plot.get_attribute("src") or ""
    assert src.startswith(page.url.split("?")[0].rstrip("/")) and "/file=" in src, src
    body = page.request.get(src).body()
    assert body[:8] == b"\x89PNG\r\n\x1a\n", src


_SHOW_PLOT_AND_ANSWER = """(img, answer) => {
    let panel = img.parentElement;  // the chat's scrolling panel: the nearest scrollable ancestor
    const scrolls = e => /(auto|scroll)/.test(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight;
    while (panel && !scrolls(panel)) panel = panel.parentElement;
    if (!panel) return null;
    const top = panel.getBoundingClientRect().top;
    panel.scrollTop += img.getBoundingClientRect().top - top - 12;  // the plot's top at the top of the chat
    const view = panel.getBoundingClientRect();
    if (answer.getBoundingClientRect().bottom > view.bottom)  // no room for both: end on the answer instead
        panel.scrollTop += answer.getBoundingClientRect().bottom - view.bottom + 8;
    const r = e => { const b = e.getBoundingClientRect(); return [b.top, b.bottom]; };
    return {panel: [view.top, view.bottom], img: r(img), answer: r(answer)};
}"""


# -- the offline flow --------------------------------------------------------------------------------------------------
def test_upload_plot_answer_reload_download_new_chat(apps: Apps, context: Any, tmp_path: Path) -> None:
    page = context.new_page()
    _open(page, apps.offline.url)
    expect(_bots(page).first).to_contain_text("offline analyst")
    _only_greeting(page)

    # Upload through the multimodal box's hidden file input, then ask.
    multimodal = page.locator(".multimodal-textbox")
    multimodal.locator("input[type=file]").set_input_files(EXAMPLE)
    expect(multimodal.locator("[aria-label='File thumbnail']")).to_have_count(1, timeout=SLOW)
    _send(page, "plot y against x and fit a line")

    bots = _bots(page)
    expect(_users(page).filter(has_text="plot y against x and fit a line")).to_be_visible(timeout=SLOW)
    expect(bots.filter(has_text=re.compile(r"experiment\.csv\s+loaded as\s+df: 60 rows"))).to_be_visible(timeout=SLOW)
    expect(page.get_by_text("Running code").first).to_be_visible(timeout=SLOW)
    answer = bots.filter(has_text="R²").filter(has_text=re.compile(r"y = 3\.0\d*·x"))
    expect(answer).to_have_count(1, timeout=SLOW)
    plot = bots.locator("img[src*='/file=']")
    expect(plot).to_have_count(1, timeout=SLOW)
    _plot_ok(page, plot)
    step_titles = page.get_by_text(re.compile(r"Running code")).all_inner_texts()
    assert step_titles and not [t for t in step_titles if re.search(r"\((error|timeout|interrupted)\)", t)], step_titles
    expect(page.locator(".multimodal-textbox textarea")).to_be_editable(timeout=SLOW)  # the turn has ended
    assert _session_key(page), "the session id is kept in the browser's local storage"

    # Reload: the conversation (question, code, plot, answer) comes back from the session id in local storage.
    page.reload()
    expect(_bots(page).first).to_contain_text("Hi! I'm notebook-agent", timeout=SLOW)
    expect(answer).to_have_count(1, timeout=SLOW)
    expect(_users(page).filter(has_text="plot y against x and fit a line")).to_have_count(1)
    expect(page.get_by_text("Ran code").first).to_be_attached()  # rebuilt from the notebook: no attempt counts
    expect(plot).to_have_count(1, timeout=SLOW)
    _plot_ok(page, plot)

    # The screenshot for the docs: the plot and the answer both in view.
    boxes = plot.evaluate(_SHOW_PLOT_AND_ANSWER, answer.element_handle())
    assert boxes is not None, "the chat panel does not scroll"
    page.wait_for_timeout(300)
    (top, bottom), img, ans = boxes["panel"], boxes["img"], boxes["answer"]
    assert img[0] < bottom and img[1] > top and ans[0] < bottom and ans[1] > top, boxes
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # The notebook download: valid nbformat, with the fit's code cell and its plot.
    with page.expect_download(timeout=SLOW) as download:
        page.get_by_role("button", name="Notebook (.ipynb)").click()
    saved = tmp_path / "downloaded.ipynb"
    download.value.save_as(saved)
    nb = nbformat.read(saved, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code" and c.metadata.get("notebook_agent", {}).get("role") == "code"]
    assert code and "np.polyfit(x, y, 1)" in code[0].source, [c.source[:80] for c in nb.cells]
    assert any("image/png" in o.get("data", {}) for o in code[0].outputs), code[0].outputs
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "plot y against x and fit a line" in text and "R²" in text and "experiment.csv" in json.dumps(nb)

    # New chat: back to the greeting alone, under a new session id, also after a reload.
    page.get_by_role("button", name="New chat").click()
    _only_greeting(page)
    expect(plot).to_have_count(0)
    page.reload()
    expect(_bots(page).first).to_contain_text("Hi! I'm notebook-agent", timeout=SLOW)
    page.wait_for_timeout(1000)  # give a (wrong) resume the time to show old messages
    _only_greeting(page)


# -- the Gemini app: Stop, and untrusted model text ----------------------------------------------------------------
def _script(fake: FakeGemini, *bodies: dict[str, Any]) -> int:
    """Replace whatever an earlier (failed) test left queued with these replies; the index of the next request."""
    with fake._lock:
        fake._steps.clear()
    for body in bodies:
        fake.reply(body)
    return len(fake.requests)


def _function_responses(fake: FakeGemini, index: int) -> list[dict[str, Any]]:
    """The function responses in the newest content of request `index` (what just came back from the kernel)."""
    last = (fake.requests[index].body or {}).get("contents", [{}])[-1]
    return [p["functionResponse"] for p in last.get("parts", []) if "functionResponse" in p]


def test_stop_interrupts_the_running_cell_and_the_kernel_survives(apps: Apps, context: Any) -> None:
    fake = apps.fake
    first = _script(
        fake,
        function_call_reply({"code": LONG_CELL}),
        text_reply("Stopped as you asked."),
        function_call_reply({"code": "print('kernel alive, i =', i)"}, call_id="call-2"),
        text_reply("The kernel is still there."),
    )

    page = context.new_page()
    _open(page, apps.gemini.url)
    expect(_bots(page).first).to_contain_text("Gemini")
    _send(page, "run something long")
    step = page.get_by_text(re.compile(r"Running code")).first
    expect(step).to_be_visible(timeout=SLOW)

    # Stop. The SIGINT must reach the cell, not an idle kernel: should it have come a moment too early, click again.
    interrupted = page.get_by_text(re.compile(r"Running code.*\(interrupted\)"))
    stop = page.get_by_role("button", name="Stop", exact=True)
    start = time.monotonic()
    for _ in range(3):
        stop.click()
        try:
            interrupted.wait_for(timeout=3_500)
            break
        except playwright_sync.TimeoutError:
            continue
    expect(interrupted).to_be_visible(timeout=1_000)
    elapsed = time.monotonic() - start
    assert elapsed < 12, f"Stop took {elapsed:.1f} s to end the cell"
    expect(_bots(page).filter(has_text="Stopped as you asked.")).to_have_count(1, timeout=SLOW)
    # The bubble may already be folded (its body then leaves the DOM text); its label always carries the message.
    expect(_bots(page).filter(has_text=re.compile(r"\(interrupted\)")).first).to_have_attribute(
        "aria-label", re.compile("KeyboardInterrupt")
    )

    # The model was told the run was interrupted...
    expect(page.locator(".multimodal-textbox textarea")).to_be_editable(timeout=SLOW)
    assert len(fake.requests) - first == 2, [r.path for r in fake.requests[first:]]
    (response,) = _function_responses(fake, first + 1)
    assert response["response"]["status"] == "interrupted", response
    assert response["response"]["error"]["ename"] == "KeyboardInterrupt", response
    assert "finished" not in response["response"]["stdout"], response

    # ...and the kernel kept its state: the loop variable is still defined in the next turn.
    _send(page, "is the kernel still there?")
    expect(_bots(page).filter(has_text="The kernel is still there.")).to_have_count(1, timeout=SLOW)
    assert len(fake.requests) - first == 4
    (alive,) = _function_responses(fake, first + 3)
    assert alive["response"]["status"] == "ok", alive
    match = re.search(r"kernel alive, i = (\d+)", alive["response"]["stdout"])
    assert match and 0 <= int(match.group(1)) < 599, alive
    assert all(r.api_key_matches for r in fake.requests[first:])


def test_model_html_and_remote_images_stay_inert(apps: Apps, context: Any) -> None:
    fake = apps.fake
    first = _script(fake, text_reply(PAYLOAD))

    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    _open(page, apps.gemini.url)
    _send(page, "say something")
    answer = _bots(page).filter(has_text="done.")
    expect(answer).to_have_count(1, timeout=SLOW)
    assert len(fake.requests) - first == 1

    def check() -> None:
        page.wait_for_timeout(1000)  # time for an injected handler or a remote image to fire
        assert page.evaluate("() => typeof window.__pwned") == "undefined"
        assert page.evaluate("() => [...document.scripts].filter(s => s.textContent.includes('__pwned')).length") == 0
        assert answer.locator("script, img, [onerror]").count() == 0
        expect(answer).to_contain_text("Here:")
        bad = [u for u in requests if "example.invalid" in u or urlsplit(u).path.rstrip("/").endswith("/x")]
        assert not bad, bad
        outside = [
            u
            for u in requests
            if urlsplit(u).scheme in ("http", "https", "ws", "wss")
            and urlsplit(u).netloc != urlsplit(apps.gemini.url).netloc
        ]
        assert not outside, f"the page loaded something from outside the app: {outside}"

    check()
    # The same after a reload, where the answer is rebuilt from the stored notebook.
    page.reload()
    expect(answer).to_have_count(1, timeout=SLOW)
    check()


def test_answer_grows_in_its_bubble_with_the_model_picked_in_the_menu(apps: Apps, context: Any) -> None:
    fake = apps.fake
    first = _script(fake)
    pieces = ["Streaming into ", "the bubble, ", "piece by piece, ", "until the end."]
    fake.stream(
        [{"candidates": [candidate([{"text": p}], finish_reason=None)]} for p in pieces[:-1]]
        + [{"candidates": [candidate([{"text": pieces[-1]}])]}],
        chunk_delay_s=1.2,
    )

    page = context.new_page()
    _open(page, apps.gemini.url)
    menu = page.get_by_label("Gemini model")
    expect(menu).to_have_value(DEFAULT_GEMINI_MODEL, timeout=SLOW)  # the default, preselected
    menu.click()
    options = page.get_by_role("option")
    expect(options.filter(has_text="gemini-3.7-flash")).to_have_count(1, timeout=SLOW)  # filled from the list
    assert not [t for t in options.all_inner_texts() if "tts" in t or "embedding" in t or "gemma" in t]
    options.filter(has_text="gemini-3.7-flash").click()
    expect(menu).to_have_value("gemini-3.7-flash")

    _send(page, "stream an answer")
    bubble = _bots(page).filter(has_text="Streaming into")
    expect(bubble).to_have_count(1, timeout=SLOW)
    states: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        text = " ".join(bubble.first.inner_text().split()) if bubble.count() else ""
        if text and (not states or states[-1] != text):
            states.append(text)
        if "until the end." in text:
            break
        page.wait_for_timeout(100)
    # Seen while the turn ran: the text grew in one bubble, each state the start of the next.
    assert len(states) >= 3, states
    assert all(b.startswith(a.rstrip(",")) for a, b in itertools.pairwise(states)), states
    assert states[-1] == "Streaming into the bubble, piece by piece, until the end.", states
    expect(page.locator(".multimodal-textbox textarea")).to_be_editable(timeout=SLOW)
    expect(_bots(page).filter(has_text="until the end.")).to_have_count(1)
    assert [(r.model, r.stream) for r in fake.requests[first:]] == [("gemini-3.7-flash", True)]


# -- interactive charts and live tables (the Gemini app) ---------------------------------------------------------------
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


def _context(browser: Any) -> Any:
    ctx = browser.new_context(viewport={"width": 1280, "height": 1000})
    ctx.set_default_timeout(SLOW)
    return ctx


def _chart_turn(page: Any, fake: FakeGemini, code: str, answer: str) -> None:
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


def test_chart_and_table_are_live_and_injections_do_nothing(apps: Apps, browser: Any) -> None:
    server, fake = apps.gemini, apps.fake
    ctx = _context(browser)
    try:
        page = ctx.new_page()
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        _open(page, server.url)
        _chart_turn(page, fake, HONEST + PLOTLY_CELL + VEGA_CELL + TABLE_CELL + HOSTILE, "Charts are above.")
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
        _chart_turn(page, fake, TEXT_CELL, "The total is printed.")
        _check_chat(page)
        _nothing_ran_or_loaded(page, requests, server.url)
    finally:
        ctx.close()


def _turn_bytes(page: Any, fake: FakeGemini, code: str, answer: str) -> tuple[int, dict[str, int]]:
    """Bytes the browser received for one turn on the page (response bodies as sent, headers included)."""
    sizes: dict[str, int] = {}
    finished = [0]

    def done(request: Any) -> None:
        s = request.sizes()
        sizes[request.url] = sizes.get(request.url, 0) + s["responseBodySize"] + s["responseHeadersSize"]
        finished[0] += 1

    page.on("requestfinished", done)
    try:
        _chart_turn(page, fake, HONEST + code, answer)
        # The queue's event stream closes once the turn is over, and a chart library may still be arriving on a
        # loaded machine (four test workers: Plotly.js landed after a fixed 2.5 s wait): wait for 3 s without a
        # finished request, at least 2.5 s in all.
        started, seen, quiet = time.monotonic(), -1, 0
        while time.monotonic() - started < 30 and (quiet < 6 or time.monotonic() - started < 2.5):
            page.wait_for_timeout(500)
            quiet, seen = (quiet + 1, seen) if finished[0] == seen else (0, finished[0])
    finally:
        page.remove_listener("requestfinished", done)
    return sum(sizes.values()), sizes


Sized = tuple[int, dict[str, int]]


def _two_turns_bytes(browser: Any, server: App, fake: FakeGemini, first: str, then: str) -> tuple[Sized, Sized]:
    """Bytes of two turns in one new chat on a fresh profile: each the first of its kind on the page."""
    ctx = _context(browser)
    try:
        page = ctx.new_page()
        _open(page, server.url)
        page.wait_for_timeout(1500)  # the page's own lazy chunks settle first
        return _turn_bytes(page, fake, first, "First turn done."), _turn_bytes(page, fake, then, "Second turn done.")
    finally:
        ctx.close()


def test_page_weight_of_one_chart(apps: Apps, browser: Any) -> None:
    # Two pages of two turns each: a text turn then a Plotly one, a Vega-Lite turn then a table. The second turn of a
    # page also receives the first turn back in the chat it renders: a text turn's few hundred bytes, a small
    # Vega-Lite spec's few KB (against the ~1.3 MB of Plotly.js and a table's ~70 KB).
    server, fake = apps.gemini, apps.fake
    (base, _), (plotly, plotly_sizes) = _two_turns_bytes(browser, server, fake, TEXT_CELL, PLOTLY_CELL)
    (vega, vega_sizes), (table, _) = _two_turns_bytes(browser, server, fake, VEGA_CELL, TABLE_CELL)
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
    assert not any("plotly" in u.lower() for u in vega_sizes)  # each page loads only the chart library it draws


# -- a bundle dropped in the box, and steps edited and run again (the offline app) -------------------------------------
@pytest.fixture(scope="module")
def steps_page(browser: Any) -> Iterator[Any]:
    """One page on the offline app for the two steps tests: the second goes on with the chat the first made."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    ctx.set_default_timeout(SLOW)
    try:
        yield ctx.new_page()
    finally:
        ctx.close()


def _y_sum() -> float:
    with EXAMPLE.open() as fh:
        return sum(float(row["y"]) for row in csv.DictReader(fh))


def test_a_bundle_dropped_in_the_box_starts_a_new_chat_that_continues(
    apps: Apps, steps_page: Any, tmp_path: Path
) -> None:
    page = steps_page
    _open(page, apps.offline.url)
    box = page.locator(".multimodal-textbox")
    box.locator("input[type=file]").set_input_files(EXAMPLE)
    expect(box.locator("[aria-label='File thumbnail']")).to_have_count(1, timeout=SLOW)
    _send(page, "plot y against x and fit a line")
    expect(_bots(page).filter(has_text=re.compile(r"y = 3\.0\d*·x"))).to_have_count(1, timeout=SLOW)
    expect(page.locator(".multimodal-textbox textarea")).to_be_editable(timeout=SLOW)
    first = _session_key(page)

    # The chat as a bundle, through the page's own download.
    page.get_by_role("button", name="Download bundle (.zip)").click()
    link = page.get_by_role("row", name=re.compile(r"notebook-bundle\.zip")).get_by_role("link")
    expect(link).to_be_visible(timeout=SLOW)
    with page.expect_download(timeout=SLOW) as download:
        link.click()
    saved = tmp_path / "analysis.zip"
    download.value.save_as(saved)
    assert sorted(zipfile.ZipFile(saved).namelist()) == ["experiment.csv", "notebook.ipynb"]

    # A new chat from it: dropped in the box with a follow-up question.
    page.get_by_role("button", name="New chat").click()
    expect(_users(page)).to_have_count(0, timeout=SLOW)
    box.locator("input[type=file]").set_input_files(saved)
    expect(box.locator("[aria-label='File thumbnail']")).to_have_count(1, timeout=SLOW)
    _send(page, "what is the mean of y?")
    expect(_bots(page).filter(has_text="Started from notebook notebook.ipynb")).to_have_count(1, timeout=SLOW)
    expect(_users(page).filter(has_text="plot y against x and fit a line")).to_have_count(1, timeout=SLOW)
    expect(_bots(page).filter(has_text=re.compile(r"y = 3\.0\d*·x"))).to_have_count(1)  # the old answer shows
    expect(_users(page).filter(has_text="what is the mean of y?")).to_have_count(1, timeout=SLOW)
    mean = _y_sum() / 60
    expect(_bots(page).filter(has_text=re.compile(rf"{int(mean)}\.\d"))).not_to_have_count(0, timeout=SLOW)
    expect(page.locator(".multimodal-textbox textarea")).to_be_editable(timeout=SLOW)
    assert _session_key(page) not in ("", first)  # the page is on the new chat now
    page.reload()
    expect(_bots(page).filter(has_text="Started from notebook notebook.ipynb")).to_have_count(1, timeout=SLOW)


def test_a_step_edited_and_run_again(apps: Apps, steps_page: Any) -> None:
    page = steps_page
    # The chat of the test above (the page is on it): open the Steps panel, edit the last step, run it.
    page.get_by_text("Steps: edit a code step and run it again").click()
    pick = page.locator("#step-pick input")
    expect(pick).to_have_value(re.compile(r"^Step \d+ \(turn \d+, ok\)"), timeout=SLOW)
    editor = page.locator("#step-code .cm-content")
    expect(editor).to_contain_text("df", timeout=SLOW)
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type("edited_total = df['y'].sum()\nprint('edited total', round(edited_total, 3))")
    page.locator("#step-run").click()
    expect(page.locator("#step-said")).to_contain_text("Ran as a new cell (ok)", timeout=SLOW)
    expect(_bots(page).filter(has_text=re.compile(r"Step \d+, edited, ran again:"))).to_have_count(1, timeout=SLOW)
    expect(_bots(page).filter(has_text=f"edited total {round(_y_sum(), 3)}")).to_have_count(1, timeout=SLOW)
    expect(pick).to_have_value(re.compile(r"re-run\): edited_total"), timeout=SLOW)
    # A failing edit offers "Fix it"; offline, it says plainly that it cannot.
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type("1 / 0")
    page.locator("#step-run").click()
    expect(page.locator("#step-said")).to_contain_text("Ran as a new cell (error)", timeout=SLOW)
    page.locator("#step-fix").click()
    expect(page.locator("#step-said")).to_contain_text("offline analyst cannot fix this cell", timeout=SLOW)
    # After a reload the chat still shows the runs (the notebook holds them as cells; the failed one says so).
    page.reload()
    expect(_bots(page).filter(has_text="Started from notebook")).to_have_count(1, timeout=SLOW)
    expect(page.get_by_text("Ran code (error)")).to_have_count(1, timeout=SLOW)
