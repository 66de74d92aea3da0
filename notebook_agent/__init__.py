"""notebook-agent: chat with your data; the code runs in a sandboxed IPython kernel per chat.

The public API, for programs that use it as a library (see `examples/library_use.py`)::

    from notebook_agent import Session, Settings
    session = await Session.open(settings=Settings.from_env())
    await session.add_file(path)
    async for event in session.ask("plot y against x"):   # events: notebook_agent.Event
        ...
    await session.close()

Names are imported on first use (PEP 562): the kernel's launcher imports parts of this package inside the
sandbox, and must not pull in the agent, the UI or the model SDK to do so.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# name → module that defines it
_EXPORTS = {
    "Session": "notebook_agent.agent.session",
    "Settings": "notebook_agent.settings",
    "get_settings": "notebook_agent.settings",
    "DEFAULT_GEMINI_MODEL": "notebook_agent.settings",
    "Brain": "notebook_agent.agent.brains",
    "GeminiBrain": "notebook_agent.agent.brains",
    "OfflineBrain": "notebook_agent.agent.brains",
    "Event": "notebook_agent.agent.events",
    "EVENT_KINDS": "notebook_agent.agent.events",
    "SessionKernel": "notebook_agent.kernel.session_kernel",
    "Sandbox": "notebook_agent.sandbox.sandbox",
    "load_profile": "notebook_agent.sandbox.profiles",
    "doctor_report": "notebook_agent.sandbox.report",
    "NotebookAgentError": "notebook_agent.errors",
    "ConfigError": "notebook_agent.errors",
    "SessionNotFound": "notebook_agent.errors",
}

__all__ = ["__version__", *sorted(_EXPORTS)]

if TYPE_CHECKING:
    from .agent.brains import Brain, GeminiBrain, OfflineBrain  # noqa: F401  (re-exported, for type checkers)
    from .agent.events import EVENT_KINDS, Event  # noqa: F401  (re-exported, for type checkers)
    from .agent.session import Session  # noqa: F401  (re-exported, for type checkers)
    from .errors import ConfigError, NotebookAgentError, SessionNotFound  # noqa: F401  (re-exported, for type checkers)
    from .kernel.session_kernel import SessionKernel  # noqa: F401  (re-exported, for type checkers)
    from .sandbox.profiles import load_profile  # noqa: F401  (re-exported, for type checkers)
    from .sandbox.report import doctor_report  # noqa: F401  (re-exported, for type checkers)
    from .sandbox.sandbox import Sandbox  # noqa: F401  (re-exported, for type checkers)
    from .settings import DEFAULT_GEMINI_MODEL, Settings, get_settings  # noqa: F401  (re-exported, for type checkers)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'notebook_agent' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
