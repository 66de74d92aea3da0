"""The error tree. Every message says what happened and what to do.

NotebookAgentError
├── ConfigError            a setting or profile is wrong
│   └── ProfileError       a sandbox profile failed validation (names file and key)
├── SandboxError           a kernel could not be confined as its profile says
│   ├── MissingLayerError  the host lacks a layer the profile requires
│   └── UnsafeFileError    a file in a sandbox was not a plain file the app may read
├── KernelError            the kernel failed to start, died, or did not answer
└── UploadError            an uploaded file was refused
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "KernelError",
    "MissingLayerError",
    "ModelError",
    "NotebookAgentError",
    "ProfileError",
    "SandboxError",
    "UnsafeFileError",
    "UploadError",
]


class NotebookAgentError(Exception):
    """Base of every error this package raises on purpose."""


class ConfigError(NotebookAgentError):
    """A setting is invalid."""


class ProfileError(ConfigError):
    """A sandbox profile is invalid."""

    def __init__(self, path: str, key: str, problem: str) -> None:
        self.path, self.key, self.problem = path, key, problem
        super().__init__(f"{path}: {key}: {problem}")


class SandboxError(NotebookAgentError):
    """A kernel is not confined as required."""


class MissingLayerError(SandboxError):
    """The host cannot provide an isolation layer that the profile requires."""

    def __init__(self, layers: list[str], profile: str, details: dict[str, str]) -> None:
        self.layers, self.profile = layers, profile
        why = "; ".join(f"{layer}: {details.get(layer, 'not available')}" for layer in layers)
        super().__init__(
            f"This host cannot provide {', '.join(layers)}, which sandbox profile {profile!r} requires ({why}). "
            f"Run on a host that has it, or accept less isolation with "
            f"NOTEBOOK_AGENT_ALLOW_MISSING_LAYERS={','.join(layers)}. "
            "`notebook-agent doctor` shows what this host supports."
        )


class UnsafeFileError(SandboxError):
    """A file or folder inside a sandbox was refused: a link, a FIFO, a hard link, too big, leased, or missing."""

    def __init__(self, path: str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(
            f"{path} was not read: {reason}. The app reads a sandbox's files only as plain files of a bounded "
            "size, never through links; have the code in the chat save it again as an ordinary file (or a "
            "smaller one), then try again."
        )


class KernelError(NotebookAgentError):
    """The kernel failed to start, died, or stopped answering."""


class ModelError(NotebookAgentError):
    """The model failed: unreachable, refused, blocked, or replied with something unusable."""


class UploadError(NotebookAgentError):
    """An uploaded file was refused."""
