"""The app through gradio_client: uploads, answers with the right numbers, plots as files, notebook download,
and sessions that see only their own data — eight at once."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, make_data_dir
from gradio_client import Client, handle_file
from nbclient import NotebookClient

# gradio_client waits 5 s per request by default; a loaded CI machine (every test on 2 cores) can take longer
_SLOW_OK = {"timeout": 60}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def app_url() -> Iterator[str]:
    port = _free_port()
    data = make_data_dir()
    # The log goes to a file: a pipe nobody reads fills at 64 KB and then blocks the app (its shutdown logs a
    # traceback per open client connection, and this module leaves more than ten)
    log = (data / "app.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "app.py"), "--port", str(port)],
        env={"PATH": "/usr/bin:/bin", "HOME": str(data), "NOTEBOOK_AGENT_DATA_DIR": str(data)},
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    log.close()  # the app has its own copy
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            # ready, not only listening: a loaded machine accepted the port seconds before the first request was
            # answered, and that request timed out
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=5) as ready:
                if ready.status == 200:
                    break
        except OSError:
            assert proc.poll() is None, (data / "app.log").read_text()
            time.sleep(0.3)
    yield f"http://127.0.0.1:{port}/"
    proc.terminate()
    proc.wait(timeout=30)


def _line_csv(folder: Path, slope: int, name: str = "line.csv") -> Path:
    path = folder / name
    path.write_text("x,y\n" + "\n".join(f"{i},{slope * i + 1}" for i in range(40)) + "\n")
    return path


def test_upload_plot_fit_and_notebook(app_url: str, tmp_path: Path) -> None:
    client = Client(app_url, verbose=False, httpx_kwargs=_SLOW_OK)
    data = _line_csv(tmp_path, 3)
    messages = client.predict(
        {"text": "plot y against x and fit a line", "files": [handle_file(str(data))]}, api_name="/chat"
    )
    texts = [m["content"] for m in messages if isinstance(m["content"], str) and not m["content"].endswith(".png")]
    assert "loaded as `df`" in texts[0] and "40 rows" in texts[0]
    images = [m["content"] for m in messages if isinstance(m["content"], str) and m["content"].endswith(".png")]
    assert len(images) == 1 and Path(images[0]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    answer = texts[-1]
    assert re.search(r"y = 3(\.0+)?·x \+ 1", answer), answer
    steps = [m for m in messages if (m.get("metadata") or {}).get("title", "").startswith("Running code")]
    assert steps and steps[0]["metadata"]["status"] == "done"
    nb = nbformat.reads(client.predict(api_name="/notebook"), as_version=4)
    nbformat.validate(nb)
    folder = tmp_path / "rerun"
    folder.mkdir()
    (folder / "line.csv").write_bytes(data.read_bytes())
    asyncio.run(
        NotebookClient(
            nb, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(folder)}}
        ).async_execute()
    )
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 1


def test_eight_sessions_at_once_see_only_their_own_data(app_url: str, tmp_path: Path) -> None:
    def one(k: int) -> tuple[int, str, str]:
        client = Client(app_url, verbose=False, httpx_kwargs=_SLOW_OK)
        data = _line_csv(tmp_path, k, f"data{k}.csv")
        msgs = client.predict(
            {"text": "fit a line of y against x", "files": [handle_file(str(data))]}, api_name="/chat"
        )
        notebook = client.predict(api_name="/notebook")
        return k, msgs[-1]["content"], notebook

    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(one, range(2, 10)))
    for k, answer, notebook in results:
        assert re.search(rf"y = {k}(\.0+)?·x \+ 1", answer), (k, answer)
        cells = json.loads(notebook)["cells"]
        sources = "".join("".join(c["source"]) for c in cells)
        assert f"data{k}.csv" in sources
        assert not [j for j in range(2, 10) if j != k and f"data{j}.csv" in sources]


def test_bad_upload_is_refused_and_session_survives(app_url: str, tmp_path: Path) -> None:
    client = Client(app_url, verbose=False, httpx_kwargs=_SLOW_OK)
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    msgs = client.predict({"text": "", "files": [handle_file(str(empty))]}, api_name="/chat")
    assert msgs[0]["content"].startswith("**Refused:**") and "empty" in msgs[0]["content"].lower()
    good = _line_csv(tmp_path, 5, "good.csv")
    msgs = client.predict({"text": "fit a line", "files": [handle_file(str(good))]}, api_name="/chat")
    assert re.search(r"y = 5(\.0+)?·x \+ 1", msgs[-1]["content"])
