"""The app through gradio_client: each client is its own session with its own confined kernel."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO, make_data_dir
from gradio_client import Client


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def app_url() -> Iterator[str]:
    port = _free_port()
    data = make_data_dir()
    proc = subprocess.Popen([sys.executable, str(REPO / "app.py"), "--port", str(port)],
                            env={"PATH": "/usr/bin:/bin", "HOME": str(data), "NOTEBOOK_AGENT_DATA_DIR": str(data)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "app exited"
            time.sleep(0.3)
    yield url
    proc.terminate()
    proc.wait(timeout=30)


def test_sessions_are_separate_kernels(app_url: str) -> None:
    a, b = Client(app_url, verbose=False), Client(app_url, verbose=False)
    text_a, _ = a.predict("import os\nsecret = 'alpha'\nprint(os.getuid())", api_name="/run")
    text_b, _ = b.predict("import os\nprint(os.getuid())\nprint(globals().get('secret'))", api_name="/run")
    uid_a, uid_b = int(text_a.split()[0]), int(text_b.split()[0])
    assert uid_a != uid_b and uid_a >= 1000 and uid_b >= 1000
    assert "None" in text_b
    text_a2, _ = a.predict("print(secret)", api_name="/run")
    assert text_a2.startswith("alpha")


def test_plot_comes_back_as_image(app_url: str) -> None:
    client = Client(app_url, verbose=False)
    text, images = client.predict("import matplotlib.pyplot as plt\nplt.plot([1, 3, 2]); plt.show()", api_name="/run")
    assert "[ok" in text
    assert len(images) == 1
    assert Path(images[0]["image"]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
