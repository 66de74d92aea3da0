"""In Chromium: a chat exported as a bundle, dropped in the message box of a new chat (which continues from it), and
a code step edited and run again from the Steps panel.

One offline app runs as a subprocess (started as `tests/test_browser.py` starts its apps); Debian's Chromium drives
the page.
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_browser import CHROMIUM, CHROMIUM_ARGS, EXAMPLE, SLOW, App, _bots, _open, _send, _session_key, _users

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app() -> Iterator[App]:
    offline = App()
    try:
        offline.start()
        offline.wait_ready()
        yield offline
    finally:
        offline.terminate()
        offline.remove_data()


@pytest.fixture(scope="module")
def page(app: App) -> Iterator[Any]:
    with playwright_sync.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        ctx = chromium.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
        ctx.set_default_timeout(SLOW)
        try:
            yield ctx.new_page()
        finally:
            ctx.close()
            chromium.close()


def _y_sum() -> float:
    with EXAMPLE.open() as fh:
        return sum(float(row["y"]) for row in csv.DictReader(fh))


def test_a_bundle_dropped_in_the_box_starts_a_new_chat_that_continues(app: App, page: Any, tmp_path: Path) -> None:
    _open(page, app.url)
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


def test_a_step_edited_and_run_again(app: App, page: Any) -> None:
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
