"""The error tree: one base, every class in errors.py, a drawing that matches, messages that say what to do."""

from __future__ import annotations

import importlib
import inspect
import pickle
import re
from pathlib import Path

import pytest

from notebook_agent import errors
from notebook_agent.errors import (
    AuthError,
    AuthRateLimited,
    BadCredentials,
    ConfigError,
    ConfinementError,
    Forbidden,
    ForkUnavailable,
    KernelBusy,
    KernelDied,
    KernelError,
    KernelNotRunning,
    KernelStartError,
    KernelTimeout,
    LandlockError,
    MissingLayerError,
    ModelAuthError,
    ModelBlocked,
    ModelError,
    ModelNotFound,
    ModelRateLimited,
    ModelReplyError,
    ModelTimeout,
    ModelUnavailable,
    NotebookAgentError,
    NotSignedIn,
    ProfileError,
    QuotaExceeded,
    SandboxError,
    SchemaTooNewError,
    SchemaTooOldError,
    SchemaVersionError,
    SeccompError,
    ServerBusy,
    SessionNotFound,
    StoreError,
    UidRangeExhausted,
    UnsafeFileError,
    UploadError,
    UploadFormatError,
    UploadTooBig,
)

PACKAGE = Path(errors.__file__).resolve().parent
# Error modules of work in progress elsewhere: their classes derive from the base, and move into errors.py with it.
PENDING: set[str] = set()

# One of each, built the way its raisers build it but without advice of their own: the class's default shows.
EXAMPLES: list[NotebookAgentError] = [
    ConfigError("NOTEBOOK_AGENT_X='y' is not valid", setting="NOTEBOOK_AGENT_X", value="y"),
    ProfileError("/etc/p.toml", "limits.cpu", "must be a number"),
    ModelError("Gemini failed"),
    ModelAuthError("No Gemini API key given."),
    ModelUnavailable("Gemini kept failing after 4 attempts (HTTP 503).", status=503, attempts=4),
    ModelTimeout("Gemini gave no answer within the 90 s timeout after 4 attempts.", attempts=4, timeout_s=90),
    ModelRateLimited("Gemini kept refusing with a rate or quota limit after 4 attempts.", attempts=4),
    ModelBlocked("Gemini blocked the prompt (SAFETY).", reason="SAFETY"),
    ModelReplyError("Gemini returned an empty reply (no candidates).", finish_reason="STOP"),
    ModelNotFound("Gemini has no model 'gemini-0'.", model="gemini-0", available=["gemini-3.8-flash"]),
    KernelError("the kernel failed"),
    KernelStartError("Kernel failed to start: the sandbox could not be applied.", log="landlock: EPERM"),
    KernelDied("the kernel did not become ready: it exited before answering.", log="Segmentation fault"),
    KernelTimeout("the kernel did not become ready: no answer within 30 s.", timeout_s=30),
    KernelBusy(),
    KernelNotRunning(),
    ForkUnavailable("the kernel fork server did not start: it exited"),
    SandboxError("the kernel's Python cannot be reached by the session uid"),
    MissingLayerError(["landlock-net"], "default", {"landlock-net": "needs Landlock ABI 4"}),
    ConfinementError(4242, ["NoNewPrivs is not set"]),
    LandlockError(1, "Landlock is not available on this kernel"),
    SeccompError("policy.json: syscalls[3]: unknown key 'nmes'"),
    UidRangeExhausted(200000, 200009),
    UnsafeFileError("work/data.csv", "it is a symbolic link"),
    UploadError("sales.csv could not be stored (No space left on device).", name="sales.csv"),
    UploadTooBig("sales.csv is 2 GB, over the upload limit of 1 GB.", name="sales.csv", size=2 << 30, limit=1 << 30),
    UploadFormatError("sales.csv is named as CSV but is really a PDF document.", name="sales.csv", expected="CSV"),
    StoreError("The database /data/app.sqlite is locked."),
    SchemaVersionError("The database is at schema version 3, this app needs version 2.", found=3, expected=2),
    SchemaTooOldError(1, 2, "/data/app.sqlite"),
    SchemaTooNewError(3, 2, "/data/app.sqlite"),
    SessionNotFound("0123abcd", where="/var/lib/notebook-agent/sessions"),
    ServerBusy(16),
    AuthError("the sign-in could not be checked"),
    NotSignedIn(),
    BadCredentials("alice"),
    Forbidden("delete this session", user="alice"),
    AuthRateLimited(30),
    QuotaExceeded("kernel time", 3600, used=3600, unit="s"),
    errors.AccountsError("the accounts request was refused"),
    errors.InvalidInputError("'a b' is not a valid user name.", "Use letters, digits and . _ @ + -."),
    errors.UserExistsError("alice"),
    errors.UnknownUserError("mallory"),
    errors.UnknownTokenError(7),
    errors.SessionExistsError("abc"),
    errors.LoginFailedError(),
    errors.LoginThrottledError(12.2),
    errors.SessionNotFoundError("abc"),
    errors.QuotaExceededError("stored_sessions", 20, 20, "You have 20 saved chats.", "Delete one in My chats."),
]


def _classes() -> list[type]:
    """Every class defined in errors.py."""
    return [obj for _, obj in inspect.getmembers(errors, inspect.isclass) if obj.__module__ == errors.__name__]


def test_every_class_in_errors_py_is_under_the_one_base() -> None:
    classes = _classes()
    assert NotebookAgentError in classes and len(classes) > 30
    for cls in classes:
        assert issubclass(cls, NotebookAgentError), cls
    assert set(errors.__all__) == {cls.__name__ for cls in classes}


def test_the_drawing_in_the_docstring_is_the_tree() -> None:
    """Each name in the module docstring's drawing sits under its real base class, and every class is drawn."""
    doc = errors.__doc__ or ""
    drawn: dict[str, str | None] = {}
    parents: list[str] = []  # by depth
    for line in doc.splitlines():
        m = re.match(r"^([│├└─ ]*)([A-Z]\w+)(\s|$)", line)
        if not m or (not m.group(1) and m.group(2) != "NotebookAgentError"):
            continue
        depth = len(m.group(1)) // 4
        del parents[depth:]
        drawn[m.group(2)] = parents[-1] if parents else None
        parents.append(m.group(2))
    assert set(drawn) == {cls.__name__ for cls in _classes()}
    for cls in _classes():
        base = next((b.__name__ for b in cls.__bases__ if issubclass(b, NotebookAgentError)), None)
        assert drawn[cls.__name__] == base, (cls.__name__, drawn[cls.__name__], base)


def test_every_message_says_what_went_wrong_and_what_to_do() -> None:
    raised = set(_classes()) - {NotebookAgentError}  # never raised itself (see the last test)
    assert {type(e) for e in EXAMPLES} == raised, "give every error class an example here"
    for error in EXAMPLES:
        name = type(error).__name__
        assert error.problem and error.todo, name
        assert error.todo[0].isupper() and error.todo.endswith("."), (name, error.todo)
        assert len(error.todo.split()) >= 3, (name, error.todo)
        message = str(error)
        assert message.startswith(error.problem) and message.endswith(error.todo), (name, message)
        assert "\n" not in message, name


def test_advice_given_by_the_raiser_replaces_the_default() -> None:
    error = UploadFormatError("x.csv is empty (0 bytes).", "Upload a file that contains data.", name="x.csv")
    assert str(error) == "x.csv is empty (0 bytes). Upload a file that contains data."
    assert error.todo != UploadFormatError.default_todo
    assert str(ConfigError("NOTEBOOK_AGENT_MODEL='x' is not a model kind", "Use auto, offline or gemini.")) == (
        "NOTEBOOK_AGENT_MODEL='x' is not a model kind. Use auto, offline or gemini."
    )


def test_structured_fields() -> None:
    found = {type(e): e for e in EXAMPLES}
    missing = found[ModelNotFound]
    assert isinstance(missing, ModelNotFound)
    assert missing.model == "gemini-0" and missing.available == ["gemini-3.8-flash"] and missing.status == 404
    limited = found[ModelRateLimited]
    assert isinstance(limited, ModelRateLimited) and isinstance(limited, ModelUnavailable) and limited.status == 429
    gone = found[SessionNotFound]
    assert isinstance(gone, SessionNotFound) and gone.session_id == "0123abcd"
    busy = found[ServerBusy]
    assert isinstance(busy, ServerBusy) and busy.limit == 16 and str(busy).startswith("All 16 sessions")
    quota = found[QuotaExceeded]
    assert isinstance(quota, QuotaExceeded) and quota.limit == 3600 and quota.quota == "kernel time"
    big = found[UploadTooBig]
    assert isinstance(big, UploadTooBig) and big.size == 2 << 30 and big.limit == 1 << 30 and big.name == "sales.csv"
    layers = found[MissingLayerError]
    assert isinstance(layers, MissingLayerError) and "NOTEBOOK_AGENT_ALLOW_MISSING_LAYERS=landlock-net" in layers.todo
    assert isinstance(found[AuthRateLimited], AuthRateLimited) and "30 s" in str(found[AuthRateLimited])
    assert isinstance(found[Forbidden], Forbidden) and "alice may not delete this session" in str(found[Forbidden])


def test_groups() -> None:
    for cls in (ModelAuthError, ModelUnavailable, ModelTimeout, ModelRateLimited, ModelBlocked, ModelNotFound):
        assert issubclass(cls, ModelError)
    for cls in (KernelStartError, KernelDied, KernelTimeout, KernelBusy, KernelNotRunning, ForkUnavailable):
        assert issubclass(cls, KernelError)
    for cls in (MissingLayerError, ConfinementError, LandlockError, SeccompError, UidRangeExhausted, UnsafeFileError):
        assert issubclass(cls, SandboxError)
    for cls in (NotSignedIn, BadCredentials, Forbidden, AuthRateLimited):
        assert issubclass(cls, AuthError)
    assert issubclass(ProfileError, ConfigError) and issubclass(UploadTooBig, UploadError)


@pytest.mark.parametrize("error", EXAMPLES, ids=lambda e: type(e).__name__)
def test_errors_survive_pickling(error: NotebookAgentError) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error) and str(again) == str(error) and vars(again) == vars(error)


def test_no_bare_base_class_raise_in_the_package() -> None:
    """Raisers pick the class that says what went wrong; the base is only ever caught."""
    bare = re.compile(r"\bNotebookAgentError\(")
    found = [
        f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "errors.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bare.search(line)
    ]
    assert found == []


def test_no_error_class_is_defined_outside_errors_py() -> None:
    """Every error class of the app lives in errors.py (a private parser signal such as `_LongLine` may not)."""
    defined = re.compile(r"^class ([A-Za-z]\w*)\((\w*(Error|Exception|Unavailable|Busy)\w*)\b")
    found = [
        f"{path.relative_to(PACKAGE)}: class {m.group(1)}({m.group(2)})"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "errors.py" and path.relative_to(PACKAGE).as_posix() not in PENDING
        for line in path.read_text(encoding="utf-8").splitlines()
        if (m := defined.match(line))
    ]
    assert found == []
    for pending in sorted(PENDING):
        if (PACKAGE / pending).is_file():
            module = importlib.import_module(f"notebook_agent.{pending.removesuffix('.py').replace('/', '.')}")
            for _, cls in inspect.getmembers(module, inspect.isclass):
                if cls.__module__ == module.__name__:
                    assert issubclass(cls, NotebookAgentError), cls
