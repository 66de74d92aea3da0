"""A new chat from a notebook, and steps edited and run again: through the app's handlers, real sandboxed kernels.

Gemini is the real SDK against the fake server, so what the model received is read from the requests it got: the
old turns and the import note after an import, the edit note after a step was run again. The offline app is used
where no model answers (a plain notebook's failing cell, "fix it" without Gemini).
"""

from __future__ import annotations

import json
import secrets
import shutil
import time
import zipfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import gradio as gr
import nbformat
import pytest
from conftest import make_data_dir
from fake_gemini import FakeGemini, function_call_reply
from gradio.utils import get_upload_folder

from notebook_agent.agent.session import stored_notebook
from notebook_agent.agent.session_steps import OFFLINE_CANNOT_FIX
from notebook_agent.app import build
from notebook_agent.settings import Settings
from notebook_agent.ui.sessions import SessionRegistry

KEY = "import-test-key-7a2b"
BROWSER = "fedcba9876543210" * 2


@pytest.fixture
def fake() -> Iterator[FakeGemini]:
    with FakeGemini(api_key=KEY) as server:
        yield server


@pytest.fixture
async def apps() -> AsyncIterator[list[gr.Blocks]]:
    made: list[gr.Blocks] = []
    yield made
    for demo in made:
        await demo.registry.close()  # type: ignore[attr-defined]


def _build(apps: list[gr.Blocks], fake: FakeGemini | None = None) -> gr.Blocks:
    env = {"NOTEBOOK_AGENT_DATA_DIR": str(make_data_dir()), "NOTEBOOK_AGENT_POOL_SIZE": "0"}
    if fake is not None:
        env |= {"GEMINI_API_KEY": KEY, "GOOGLE_GEMINI_BASE_URL": fake.base_url}
    demo = build(Settings.from_env(env))
    apps.append(demo)
    return demo


def _fn(demo: gr.Blocks, name: str) -> Any:
    return next(f.fn for f in demo.fns.values() if f.name == name)


def _api(demo: gr.Blocks, name: str) -> Any:
    return next(f.fn for f in demo.fns.values() if f.api_name == name)


async def _message(demo: gr.Blocks, session_id: str, text: str, files: list[Any] | None = None) -> tuple[Any, ...]:
    """Send one message from the page: the last update (box, notebook, chats, session id, stored id), the chat shown
    last in its first place."""
    last: tuple[Any, ...] = ()
    chat: list[dict[str, Any]] = []
    async for update in _fn(demo, "on_message")(
        {"text": text, "files": files or []}, [], session_id, None, BROWSER, None
    ):
        last = update
        chat = update[0] if isinstance(update[0], list) else chat
    return (chat, *last[1:])


def _uploaded(path: Path, name: str | None = None) -> dict[str, str]:
    """A file as Gradio hands an upload over: copied into its upload folder, with the name it was given."""
    folder = Path(get_upload_folder()) / secrets.token_hex(12)
    folder.mkdir(parents=True)
    copy = folder / path.name
    shutil.copyfile(path, copy)
    return {"path": str(copy), "orig_name": name or path.name}


def _texts(chat: list[dict[str, Any]]) -> str:
    return "\n".join(m["content"] for m in chat if isinstance(m.get("content"), str))


def _csv(folder: Path) -> Path:
    path = folder / "line.csv"
    path.write_text("x,y\n" + "\n".join(f"{i},{3 * i + 1}" for i in range(30)) + "\n")
    return path


def _notebook(tmp: Path, sources: list[str], name: str = "plain.ipynb") -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# An analysis from elsewhere")]
    nb.cells += [nbformat.v4.new_code_cell(src) for src in sources]
    path = tmp / name
    nbformat.write(nb, path)
    return path


def _stored(demo: gr.Blocks, session_id: str) -> Any:
    """The chat's notebook as the database holds it."""
    settings = demo.registry.settings  # type: ignore[attr-defined]
    return nbformat.reads(stored_notebook(settings, session_id) or "", 4)


def _sent_text(request: Any) -> str:
    return json.dumps(request.body.get("contents", []))


async def test_round_trip_export_import_continue(fake: FakeGemini, apps: list[gr.Blocks], tmp_path: Path) -> None:
    demo = _build(apps, fake)
    first = SessionRegistry.new_id()
    fake.reply(function_call_reply({"code": "k = 41\nprint(df.y.sum())"}, call_id="c1"))
    fake.reply_text("The sum of y is 1335.")
    out = await _message(demo, first, "what is the sum of y? keep k = 41", [str(_csv(tmp_path))])
    assert "1335" in _texts(out[0])
    fake.reply(function_call_reply({"code": "ratio = k / 41\nprint(ratio)"}, call_id="c2"))
    fake.reply_text("The ratio is 1.0.")
    await _message(demo, first, "and the ratio?")
    bundle = await _fn(demo, "on_bundle")(first, BROWSER)
    assert bundle.value, "the bundle was written"
    zipped = Path(bundle.value["path"] if isinstance(bundle.value, dict) else bundle.value)
    assert sorted(zipfile.ZipFile(zipped).namelist()) == ["line.csv", "notebook.ipynb"]

    # The bundle dropped in the message box: a new chat, its id now the page's.
    upload = tmp_path / "exported.zip"
    upload.write_bytes(zipped.read_bytes())
    started = time.monotonic()
    out = await _message(demo, first, "", [_uploaded(upload)])
    new_id = out[4]
    assert new_id != first and out[5] == new_id
    shown = _texts(out[0])
    assert "Started from notebook **notebook.ipynb**: 2 of 2 code cells ran, 2 earlier turns restored." in shown
    assert "what is the sum of y? keep k = 41" in shown and "The ratio is 1.0." in shown  # the old turns show
    print(f"\nbundle import (2 turns, 1 file): {time.monotonic() - started:.2f} s")
    assert any(label.startswith("From notebook.ipynb") for label, _ in out[3].choices)  # in My chats, the caller's

    # The follow-up uses a variable of the old cells, and the model has the old turns and the note.
    fake.reply(function_call_reply({"code": "print(k + 1, ratio, len(df))"}, call_id="c3"))
    fake.reply_text("k + 1 is 42.")
    out = await _message(demo, new_id, "what is k + 1?")
    assert "k + 1 is 42." in _texts(out[0])
    sent = _sent_text(fake.requests[-1])
    assert '"42 1.0 30\\n"' in sent  # the kernel's answer, from the old cells' variables
    asked = _sent_text(fake.requests[-2])
    assert "what is the sum of y? keep k = 41" in asked and "The ratio is 1.0." in asked
    assert "This chat was started from the notebook 'notebook.ipynb'" in asked and "k (int)" in asked
    nb = _stored(demo, new_id)
    nbformat.validate(nb)
    roles = [c.metadata["notebook_agent"]["role"] for c in nb.cells]
    assert roles[:2] == ["setup", "setup"] and roles.count("user") == 3  # imports, the file's load; 2 + 1 turns


async def test_a_failing_cell_stops_the_import_and_is_named(apps: list[gr.Blocks], tmp_path: Path) -> None:
    demo = _build(apps)
    path = _notebook(
        tmp_path,
        ["a = 1", "raise ValueError('expected')", "b = a + 1\nprint(b)", "c = undefined_name * 2\n# more", "d = 4"],
    )
    nb = nbformat.read(path, 4)
    nb.cells[2].metadata["tags"] = ["raises-exception"]  # expected to fail: the import goes on past it
    nbformat.write(nb, path)
    new_id = await _api(demo, "import")(_uploaded(path, "broken.ipynb"))
    nb = _stored(demo, new_id)
    summary = nb.cells[-1].source
    assert "4 of 5 code cells ran" in summary and "**Stopped at cell 5** (`c = undefined" in summary, summary
    assert "NameError" in summary
    assert "The cells after it were not run." in summary
    assert not any(c.source == "d = 4" for c in nb.cells)  # nothing after the failure ran
    assert "b (int)" in summary and "d (int)" not in summary


async def test_a_plain_notebook_is_context_for_the_model(
    fake: FakeGemini, apps: list[gr.Blocks], tmp_path: Path
) -> None:
    demo = _build(apps, fake)
    data = _csv(tmp_path)
    path = _notebook(
        tmp_path,
        [
            "import pandas as pd\nsales = pd.read_csv('line.csv')",
            "total = int(sales.y.sum())\nprint(total)",
            "def double(v):\n    return 2 * v",
        ],
    )
    files = [_uploaded(path, "sales.ipynb"), _uploaded(data)]
    new_id = await _api(demo, "import")(files[0], files[1:])
    fake.reply_text("Yes: total is 1335.")
    messages = await _api(demo, "chat")({"text": "what do we have so far?", "files": []}, new_id)  # the new chat's id
    assert "total is 1335" in _texts(messages)
    sent = _sent_text(fake.requests[-1])
    assert "This chat was started from the notebook 'sales.ipynb' (a notebook from elsewhere)" in sent
    assert "3 of 3 code cells ran" in sent and "total (int)" in sent and "sales (DataFrame 30x2)" in sent
    assert "double (function)" in sent and "df (DataFrame 30x2)" in sent  # the file went through the upload path
    assert "total = int(sales.y.sum())" in sent  # the code that ran is told


async def test_hostile_uploads_are_refused_with_a_message(apps: list[gr.Blocks], tmp_path: Path) -> None:
    demo = _build(apps)
    bad = tmp_path / "bad.ipynb"
    bad.write_text('{"cells": [}')
    with pytest.raises(gr.Error, match="not a notebook: it is not JSON"):
        await _api(demo, "import")(_uploaded(bad))
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("notebook.ipynb", nbformat.writes(nbformat.v4.new_notebook()))
        zf.writestr("../escape.csv", "x\n1\n")
    out = await _message(demo, SessionRegistry.new_id(), "", [_uploaded(evil)])
    assert "**Refused:**" in _texts(out[0]) and "names a path" in _texts(out[0])
    assert not (tmp_path.parent / "escape.csv").exists()
    # A hand-written request naming a file of the host (not uploaded) is refused, by /import and by /chat.
    host = _notebook(tmp_path, ["secret = 1"], "host.ipynb")
    with pytest.raises(gr.Error, match="is not a file uploaded to this app"):
        await _api(demo, "import")({"path": str(host), "orig_name": "host.ipynb"})
    with pytest.raises(gr.Error, match="is not a file uploaded to this app"):
        await _api(demo, "chat")({"text": "hi", "files": [{"path": str(host), "orig_name": "host.csv"}]})


async def test_twenty_cells_import_time(apps: list[gr.Blocks], tmp_path: Path) -> None:
    demo = _build(apps)
    sources = ["import numpy as np\nvalues = np.arange(1000)"] + [
        f"v{i} = float(values[{i}:].mean())\nprint(v{i})" for i in range(19)
    ]
    path = _notebook(tmp_path, sources, "twenty.ipynb")
    await _api(demo, "import")(_uploaded(_notebook(tmp_path, ["x = 1"], "warm.ipynb")))
    upload = _uploaded(path)
    started = time.monotonic()
    new_id = await _api(demo, "import")(upload)
    seconds = time.monotonic() - started
    print(f"\n20-cell notebook imported in {seconds:.2f} s (a new chat's kernel start included)")
    nb = _stored(demo, new_id)
    assert "20 of 20 code cells ran" in nb.cells[-1].source
    assert seconds < 30


# -- edit and run again ---------------------------------------------------------------------------------------------
def _meta(cell: Any) -> dict[str, Any]:
    return dict(cell.metadata["notebook_agent"])


async def test_edit_a_step_run_it_and_the_model_hears_of_it(fake: FakeGemini, apps: list[gr.Blocks]) -> None:
    demo = _build(apps, fake)
    sid = SessionRegistry.new_id()
    fake.reply(function_call_reply({"code": "rate = 0.05\nprint(rate * 100)"}, call_id="r1"))
    fake.reply_text("5.0 percent.")
    await _message(demo, sid, "what is 5 percent?")
    menu, editor, fix_button, _ = await _fn(demo, "on_list")(sid, BROWSER)
    step_id = menu.value
    assert editor.value == "rate = 0.05\nprint(rate * 100)" and fix_button.visible is False
    chat, menu, _, _, said, _ = await _fn(demo, "on_run")(step_id, "rate = 0.07\nprint(rate * 100)", [], sid, BROWSER)
    assert "Step 1, edited, ran again:" in _texts(chat) and "7.000000000000001" in _texts(chat)
    assert "Ran as a new cell (ok)" in said and menu.value != step_id
    nb = _stored(demo, sid)
    code = [c for c in nb.cells if _meta(c)["role"] == "code"]
    assert [c.source for c in code] == ["rate = 0.05\nprint(rate * 100)", "rate = 0.07\nprint(rate * 100)"]
    assert _meta(code[0])["replaced_by"] == code[1].id and _meta(code[1])["rerun_of"] == code[0].id
    assert code[1].outputs[0]["text"].startswith("7.0")
    fake.reply_text("It is 7 percent now.")
    await _message(demo, sid, "what is the rate now?")
    sent = _sent_text(fake.requests[-1])
    assert "Step 1 was edited by the person and run again" in sent and "rate = 0.07" in sent
    # The API: another client cannot run a step of this chat; its own chats it can.
    with pytest.raises(gr.Error, match="no stored session"):
        await _api(demo, "rerun")(sid, code[1].id, "print(1)")


async def test_rerun_api_and_fix_it_with_gemini(fake: FakeGemini, apps: list[gr.Blocks]) -> None:
    demo = _build(apps, fake)
    fake.reply(function_call_reply({"code": "total = missing_value + 1"}, call_id="f1"))
    fake.reply_text("That failed: missing_value is not defined.")
    await _api(demo, "chat")({"text": "add one to the missing value", "files": []})
    sid = next(r["id"] for r in await _api(demo, "sessions")())
    nb = nbformat.reads(await _api(demo, "notebook")(sid), 4)
    failed = next(i for i, c in enumerate(nb.cells) if _meta(c)["role"] == "code")
    # A program runs a cell again by its index; the outputs come back as text.
    text = await _api(demo, "rerun")(sid, str(failed), "total = missing_value + 1")
    assert "NameError" in text
    # "Fix it" on the failed step: the model is asked with the cell and its error, and its cell runs in its place.
    fake.reply(function_call_reply({"code": "missing_value = 41\ntotal = missing_value + 1\nprint(total)"}))
    live = demo.registry.live(sid)  # type: ignore[attr-defined]
    assert live is not None
    from notebook_agent.agent.session_steps import fix, steps

    last_failed = [s for s in steps(live.notebook) if s.failed][-1]
    result = await fix(live, last_failed.id)
    assert result.run is not None and result.run.status == "ok" and result.run.text.strip() == "42"
    asked = _sent_text(fake.requests[-1])
    assert "This cell of our analysis failed" in asked and "NameError" in asked
    nb = nbformat.reads(await _api(demo, "notebook")(sid), 4)
    fixed = nb.cells[-1]
    assert _meta(fixed)["rerun_of"] == last_failed.id and "raises-exception" not in fixed.metadata.get("tags", [])
    # What was sent to the model for the fix is kept with the chat's requests.
    assert any(r.get("purpose") == "fix step 2" for r in json.loads(json.dumps(await _requests(demo, sid))))


async def _requests(demo: gr.Blocks, sid: str) -> list[dict[str, Any]]:
    from notebook_agent.agent.session import stored_model_requests

    return stored_model_requests(demo.registry.settings, sid)  # type: ignore[attr-defined]


async def test_fix_it_offline_says_it_cannot(apps: list[gr.Blocks], tmp_path: Path) -> None:
    demo = _build(apps)
    sid = SessionRegistry.new_id()
    await _message(demo, sid, "plot y against x", [str(_csv(tmp_path))])
    menu, _, _, _ = await _fn(demo, "on_list")(sid, BROWSER)
    chat, menu, _, fix_button, said, _ = await _fn(demo, "on_run")(menu.value, "1 / 0", [], sid, BROWSER)
    assert "ZeroDivisionError" in _texts(chat) and fix_button.visible is True
    chat, *_, said, _ = await _fn(demo, "on_fix")(menu.value, [], sid, BROWSER)
    assert said == md(OFFLINE_CANNOT_FIX)


def md(text: str) -> str:
    from notebook_agent.text_safety import md_inert

    return md_inert(text)


async def test_fix_it_from_the_steps_panel_with_gemini(fake: FakeGemini, apps: list[gr.Blocks]) -> None:
    demo = _build(apps, fake)
    sid = SessionRegistry.new_id()
    fake.reply(function_call_reply({"code": "print(undefined_thing * 2)"}, call_id="x1"))
    fake.reply_text("It failed.")
    await _message(demo, sid, "double the thing")
    menu, _, fix_button, _ = await _fn(demo, "on_list")(sid, BROWSER)
    assert fix_button.visible is True  # the step failed: "Fix it" is offered
    fake.reply(function_call_reply({"code": "undefined_thing = 21\nprint(undefined_thing * 2)"}, call_id="x2"))
    chat, menu, editor, fix_button, said, _ = await _fn(demo, "on_fix")(menu.value, [], sid, BROWSER)
    assert "Step 1, fixed by the model, ran again:" in _texts(chat) and "42" in _texts(chat)
    assert said.startswith("The model's fixed cell ran.") and fix_button.visible is False
    assert editor.value == "undefined_thing = 21\nprint(undefined_thing * 2)"
    assert "print(undefined_thing * 2)" in _sent_text(fake.requests[-1]) and "NameError" in _sent_text(
        fake.requests[-1]
    )
