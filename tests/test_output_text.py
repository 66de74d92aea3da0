"""The one output-to-text rule the CLI, `ask` and the chat share."""

from __future__ import annotations

import base64

from notebook_agent.output_text import output_text


def test_each_output_kind_as_text() -> None:
    assert output_text({"output_type": "stream", "name": "stderr", "text": "warn\n"}) == ("stderr", "warn\n")
    assert output_text({"output_type": "stream", "name": "stdout", "text": "hi"}) == ("stdout", "hi")
    error = {"output_type": "error", "ename": "KeyError", "evalue": "'x'", "traceback": ["Traceback", "KeyError: 'x'"]}
    assert output_text(error) == ("stderr", "KeyError: 'x'")
    assert output_text(error, traceback=True) == ("stderr", "Traceback\nKeyError: 'x'")
    png = base64.b64encode(b"\x89PNG" + b"0" * 296).decode()
    plot = {"output_type": "display_data", "data": {"image/png": png, "text/plain": "<Figure>"}}
    assert output_text(plot) == ("stdout", "[plot: image/png, 300 bytes]")
    value = {"output_type": "execute_result", "data": {"text/plain": "42"}, "execution_count": 1}
    assert output_text(value) == ("stdout", "42")
    assert output_text({"output_type": "display_data", "data": {"application/json": {}}}) == ("stdout", "")
