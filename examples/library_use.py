"""Use notebook-agent as a library: one session, a file, two questions, the notebook saved next to the data.

Run from the repository root:  .venv/bin/python examples/library_use.py
"""

import asyncio
from pathlib import Path

from notebook_agent import Session


async def main() -> None:
    """Open a session, ask, save the notebook."""
    here = Path(__file__).parent
    session = await Session.open()  # offline analyst unless GEMINI_API_KEY is set
    try:
        await session.add_file(here / "experiment.csv")
        for question in ["plot y against x and fit a line", "now a quadratic"]:
            async for event in session.ask(question):
                if event["type"] == "answer":
                    print(event["text"], "\n")
        (here / "experiment-session.ipynb").write_text(session.notebook.to_json())
    finally:
        await session.close()


if __name__ == "__main__":
    asyncio.run(main())
