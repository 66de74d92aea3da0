"""Runs questions in a session and prints every event as a JSON line (a process for a test to kill mid-turn).

    python turn_worker.py DATA_DIR DATABASE_URL|- SESSION_ID|- QUESTION...

The brain is tests/scripted_brain.py's; the first line printed is {"type": "session", "id": ...}.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

from scripted_brain import ScriptedBrain

from notebook_agent.agent.session import Session
from notebook_agent.settings import Settings


def _print(item: dict[str, Any]) -> None:
    print(json.dumps(item, default=str), flush=True)


async def main(data_dir: str, url: str, session_id: str, questions: list[str]) -> None:
    env = {"NOTEBOOK_AGENT_DATA_DIR": data_dir, "NOTEBOOK_AGENT_POOL_SIZE": "0", "NOTEBOOK_AGENT_KERNEL_START": "spawn"}
    if url != "-":
        env["NOTEBOOK_AGENT_DATABASE_URL"] = url
    settings = Settings.from_env(env)
    session = await Session.open(None if session_id == "-" else session_id, settings=settings, brain=ScriptedBrain())
    try:
        _print({"type": "session", "id": session.id})
        for question in questions:
            async for item in session.ask(question):
                _print(item)
    finally:
        await session.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]))
