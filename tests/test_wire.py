"""The wire under attack: a kernel that sends forged, replayed and malformed messages on its own iopub socket.

A sandboxed kernel holds the connection key and its own sockets, so it can put anything on iopub, parented to
the running cell. Each bad message must be dropped while the cell's real output and its end still come through.
"""

from __future__ import annotations

from notebook_agent.kernel.session_kernel import SessionKernel

# Runs inside the kernel: builds each message from the kernel's own session, then spoils it.
ATTACK = """
k = get_ipython().kernel
session, sock, parent = k.session, k.iopub_socket, k.get_parent()

def frames(text):
    return session.serialize(session.msg("stream", {"name": "stdout", "text": text}, parent=parent))

def resigned(f):
    f[1] = session.sign(f[2:6])
    return f

forged = frames("FORGED-SIGNATURE\\n")
forged[1] = b"0" * len(forged[1])
missing = frames("MISSING-SIGNATURE\\n")
missing[1] = b""
once = frames("SIGNED-ONCE\\n")
not_json = frames("x")
not_json[5] = b"{not json"
list_content = frames("x")
list_content[5] = session.pack(["LIST-CONTENT"])
bad_header = frames("BAD-HEADER\\n")
bad_header[2] = session.pack(["not", "a", "header"])
bad_parent = frames("BAD-PARENT\\n")
bad_parent[3] = session.pack("not a parent")
for f in (
    forged,
    missing,
    once,
    once,  # replayed: same frames, same signature
    [b"<IDS|MSG>"],  # too few frames
    [b"<IDS|MSG>", b"", b"", b"", b"", b""],
    [b"\\xff" * 40] * 6,
    resigned(not_json),
    resigned(list_content),
    resigned(bad_header),
    resigned(bad_parent),
):
    sock.send_multipart(f)
print("REAL")
"""


async def test_forged_replayed_and_malformed_messages_are_dropped(kernel: SessionKernel) -> None:
    res = await kernel.execute(ATTACK, timeout=30)
    assert res.status == "ok", (res.error, res.notes)
    assert res.stdout == "SIGNED-ONCE\nREAL\n", res.outputs
    assert not res.stderr, res.stderr
    assert len(res.outputs) == 1, res.outputs
    after = await kernel.execute("print(6 * 7)")
    assert after.status == "ok" and after.stdout == "42\n", after.outputs


async def test_a_forged_idle_status_does_not_end_the_cell(kernel: SessionKernel) -> None:
    """Only a correctly signed idle status ends a cell: output after a forged one is still collected."""
    code = """
k = get_ipython().kernel
msg = k.session.msg("status", {"execution_state": "idle"}, parent=k.get_parent())
f = k.session.serialize(msg)
f[1] = b"0" * len(f[1])
k.iopub_socket.send_multipart(f)
import time
time.sleep(0.3)
print("AFTER-FORGED-IDLE")
"""
    res = await kernel.execute(code, timeout=30)
    assert res.status == "ok", (res.error, res.notes)
    assert res.stdout == "AFTER-FORGED-IDLE\n", res.outputs
