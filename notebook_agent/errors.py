"""The error tree: every error this package raises on purpose, in one place.

Each error says what went wrong (``problem``) and what to do about it (``todo``); ``str(error)`` is the two
together, and callers show exactly that. Each class has a default ``todo`` for raisers with no better advice, and
structured fields (``session_id``, ``limit``, ``model``, ``available``, …) for programs that act on it.

NotebookAgentError
├── ConfigError                 a setting is wrong (setting, value)
│   └── ProfileError            a sandbox profile failed validation (path, key)
├── ModelError                  the model failed
│   ├── ModelAuthError          no API key, or Gemini refused it
│   ├── ModelUnavailable        Gemini unreachable or failing (5xx) after the retries (status, attempts)
│   │   ├── ModelTimeout        no answer within the timeout (timeout_s)
│   │   └── ModelRateLimited    a rate or quota limit (429) after the retries
│   ├── ModelBlocked            prompt or answer withheld for safety (reason)
│   └── ModelReplyError         a refused request or an unusable reply (status, finish_reason)
│       └── ModelNotFound       no such model for this key (model, available)
├── KernelError                 the kernel failed
│   ├── KernelStartError        it could not be started (log)
│   ├── KernelDied              it exited (log)
│   ├── KernelTimeout           it did not answer in time (timeout_s)
│   ├── KernelBusy              it is running another cell
│   ├── KernelNotRunning        it was never started, or is shut down
│   └── ForkUnavailable         the fork server cannot serve (kernels are spawned instead)
├── SandboxError                a kernel could not be confined as its profile says
│   ├── MissingLayerError       the host lacks a layer the profile requires (layers, profile)
│   ├── ConfinementError        the running kernel failed verification (pid, problems)
│   ├── LandlockError           Landlock is missing or refused a rule (errno)
│   ├── SeccompError            a seccomp policy is malformed, or a filter was refused
│   ├── UidRangeExhausted       no free session uid (first, last)
│   └── UnsafeFileError         a sandbox file was not a plain file the app may read (path, reason)
├── UploadError                 an uploaded file was refused (name)
│   ├── UploadTooBig            over a size or memory limit (size, limit)
│   └── UploadFormatError       not readable as its format: damaged, mislabelled, empty (expected)
├── StoreError                  the app's database cannot be used
│   └── SchemaVersionError      its schema is not the one this app expects (found, expected)
│       ├── SchemaTooOldError   older: `notebook-agent db upgrade` brings it up to date
│       └── SchemaTooNewError   newer: a newer notebook-agent wrote it
├── SessionNotFound             no such session for this caller (session_id)
│   └── SessionNotFoundError    no such chat for this user (session_id): unknown, deleted, another's alike
├── ServerBusy                  every session slot on the server is taken (limit)
├── AuthError                   who is asking could not be established or may not do this
│   ├── NotSignedIn             no credentials given
│   ├── BadCredentials          wrong name, password or token (user)
│   │   └── LoginFailedError    wrong user name or password on the sign-in page: one message for both
│   ├── Forbidden               signed in, but not allowed (user, action)
│   └── AuthRateLimited         too many failed sign-ins (retry_after_s)
│       └── LoginThrottledError "try again in N s" (retry_after)
├── AccountsError               an accounts request was refused (users, tokens, chats)
│   ├── InvalidInputError       a user name, password, token name or chat title was refused (says why)
│   ├── UserExistsError         `users add` for a name that is taken (name)
│   ├── UnknownUserError        an operator named a user that does not exist (name)
│   ├── UnknownTokenError       no token with that id for that owner (token_id)
│   └── SessionExistsError      a chat id recorded twice (session_id)
└── QuotaExceeded               a usage quota is used up (quota, limit, used)
    └── QuotaExceededError      a per-user limit (kind, used, limit, retry_after)

This module imports nothing of the package: the upload checker and the kernel launcher use it too.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = [
    "AccountsError",
    "AuthError",
    "AuthRateLimited",
    "BadCredentials",
    "ConfigError",
    "ConfinementError",
    "Forbidden",
    "ForkUnavailable",
    "InvalidInputError",
    "KernelBusy",
    "KernelDied",
    "KernelError",
    "KernelNotRunning",
    "KernelStartError",
    "KernelTimeout",
    "LandlockError",
    "LoginFailedError",
    "LoginThrottledError",
    "MissingLayerError",
    "ModelAuthError",
    "ModelBlocked",
    "ModelError",
    "ModelNotFound",
    "ModelRateLimited",
    "ModelReplyError",
    "ModelTimeout",
    "ModelUnavailable",
    "NotSignedIn",
    "NotebookAgentError",
    "ProfileError",
    "QuotaExceeded",
    "QuotaExceededError",
    "SandboxError",
    "SchemaTooNewError",
    "SchemaTooOldError",
    "SchemaVersionError",
    "SeccompError",
    "ServerBusy",
    "SessionExistsError",
    "SessionNotFound",
    "SessionNotFoundError",
    "StoreError",
    "UidRangeExhausted",
    "UnknownTokenError",
    "UnknownUserError",
    "UnsafeFileError",
    "UploadError",
    "UploadFormatError",
    "UploadTooBig",
    "UserExistsError",
]


def _message(problem: str, todo: str) -> str:
    problem = problem.strip()
    if not todo:
        return problem
    if not problem:
        return todo
    return f"{problem}{' ' if problem.endswith(('.', '!', '?', ':', ';')) else '. '}{todo}"


def _rebuild(cls: type[NotebookAgentError], args: tuple[Any, ...], state: dict[str, Any]) -> NotebookAgentError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class NotebookAgentError(Exception):
    """Base of every error this package raises on purpose. Raise a subclass, never this class itself."""

    default_todo: ClassVar[str] = "Read the message above, fix what it names, and try again."

    def __init__(self, problem: str, todo: str | None = None) -> None:
        self.problem = problem.strip()
        self.todo = self.default_todo if todo is None else todo.strip()
        super().__init__(_message(self.problem, self.todo))

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take their own fields: rebuilt from the state, so an error survives pickling and copying.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


# --- configuration -----------------------------------------------------------------------------------------------
class ConfigError(NotebookAgentError):
    """A setting is invalid."""

    default_todo = "Fix the setting named above and start again."

    def __init__(
        self, problem: str, todo: str | None = None, *, setting: str | None = None, value: str | None = None
    ) -> None:
        self.setting, self.value = setting, value
        super().__init__(problem, todo)


class ProfileError(ConfigError):
    """A sandbox profile is invalid."""

    default_todo = "Fix the profile file, or choose another profile with NOTEBOOK_AGENT_SANDBOX_PROFILE."

    def __init__(self, path: str, key: str, problem: str) -> None:
        self.path, self.key, self.reason = path, key, problem
        super().__init__(f"{path}: {key}: {problem}", setting="NOTEBOOK_AGENT_SANDBOX_PROFILE", value=path)


# --- the model ---------------------------------------------------------------------------------------------------
class ModelError(NotebookAgentError):
    """The model failed: unreachable, refused, blocked, or replied with something unusable."""

    default_todo = "Try again, or use the offline model (--model offline)."


class ModelAuthError(ModelError):
    """No API key was given, or Gemini refused it."""

    default_todo = "Check GEMINI_API_KEY (or GOOGLE_API_KEY), or use the offline model (--model offline)."


class ModelUnavailable(ModelError):
    """Gemini could not be reached, or kept failing (5xx) until the retries ran out."""

    default_todo = "Try again in a minute."

    def __init__(self, problem: str, todo: str | None = None, *, status: int | None = None, attempts: int = 0) -> None:
        self.status, self.attempts = status, attempts
        super().__init__(problem, todo)


class ModelTimeout(ModelUnavailable):
    """Gemini did not answer within the timeout, on every attempt."""

    default_todo = "The service may be overloaded: try again, or raise NOTEBOOK_AGENT_GEMINI_TIMEOUT."

    def __init__(
        self, problem: str, todo: str | None = None, *, attempts: int = 0, timeout_s: float | None = None
    ) -> None:
        self.timeout_s = timeout_s
        super().__init__(problem, todo, status=None, attempts=attempts)


class ModelRateLimited(ModelUnavailable):
    """Gemini kept refusing with a rate or quota limit (429) until the retries ran out."""

    default_todo = "Wait a minute and try again, or check your quota at https://aistudio.google.com."

    def __init__(self, problem: str, todo: str | None = None, *, attempts: int = 0) -> None:
        super().__init__(problem, todo, status=429, attempts=attempts)


class ModelBlocked(ModelError):
    """Gemini withheld the prompt or the answer for safety (or recitation) reasons."""

    default_todo = "Rephrase the request."

    def __init__(self, problem: str, todo: str | None = None, *, reason: str) -> None:
        self.reason = reason
        super().__init__(problem, todo)


class ModelReplyError(ModelError):
    """Gemini answered with an error we do not retry (a bad request) or with an unusable reply."""

    default_todo = "Try again or rephrase the request."

    def __init__(
        self, problem: str, todo: str | None = None, *, status: int | None = None, finish_reason: str | None = None
    ) -> None:
        self.status, self.finish_reason = status, finish_reason
        super().__init__(problem, todo)


class ModelNotFound(ModelReplyError):
    """Gemini does not serve the model asked for (404 NOT_FOUND): retired, misspelt, or not open to this key."""

    default_todo = "Pick another model in the model menu, or set NOTEBOOK_AGENT_GEMINI_MODEL and restart."

    def __init__(
        self, problem: str, todo: str | None = None, *, model: str, available: list[str] | None = None
    ) -> None:
        self.model, self.available = model, list(available or [])
        super().__init__(problem, todo, status=404)


# --- the kernel --------------------------------------------------------------------------------------------------
class KernelError(NotebookAgentError):
    """The kernel failed to start, died, or stopped answering."""

    default_todo = "Try again; if it keeps failing, run `notebook-agent doctor` to check this host."


class KernelStartError(KernelError):
    """The kernel could not be started."""

    def __init__(self, problem: str, todo: str | None = None, *, log: str = "") -> None:
        self.log = log
        super().__init__(problem, todo)


class KernelDied(KernelError):
    """The kernel process exited."""

    default_todo = "Try again (a new kernel starts); if it keeps dying, run `notebook-agent doctor`."

    def __init__(self, problem: str, todo: str | None = None, *, log: str = "") -> None:
        self.log = log
        super().__init__(problem, todo)


class KernelTimeout(KernelError):
    """The kernel did not answer within its time limit."""

    default_todo = "Try again; the host may be overloaded (the sandbox profile sets startup_timeout_s)."

    def __init__(self, problem: str, todo: str | None = None, *, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        super().__init__(problem, todo)


class KernelBusy(KernelError):
    """The kernel is running another cell, and this caller may not wait for it."""

    default_todo = "Wait for the running cell to finish, or press Stop, then try again."

    def __init__(self, problem: str = "the kernel is running another cell", todo: str | None = None) -> None:
        super().__init__(problem, todo)


class KernelNotRunning(KernelError):
    """The kernel was never started, or is shut down."""

    default_todo = "Start a new chat (or reload the page) to get a running kernel."

    def __init__(self, problem: str = "the kernel is not running", todo: str | None = None) -> None:
        super().__init__(problem, todo)


class ForkUnavailable(KernelError):
    """The kernel fork server cannot serve: kernels are spawned instead."""

    default_todo = "Kernels are spawned instead (slower to start); NOTEBOOK_AGENT_KERNEL_START=spawn skips the attempt."


# --- the sandbox -------------------------------------------------------------------------------------------------
class SandboxError(NotebookAgentError):
    """A kernel is not confined as required."""

    default_todo = "Run `notebook-agent doctor` to see what this host supports."


class MissingLayerError(SandboxError):
    """The host cannot provide an isolation layer that the profile requires."""

    def __init__(self, layers: list[str], profile: str, details: dict[str, str]) -> None:
        self.layers, self.profile = layers, profile
        why = "; ".join(f"{layer}: {details.get(layer, 'not available')}" for layer in layers)
        super().__init__(
            f"This host cannot provide {', '.join(layers)}, which sandbox profile {profile!r} requires ({why}).",
            "Run on a host that has it, or accept less isolation with "
            f"NOTEBOOK_AGENT_ALLOW_MISSING_LAYERS={','.join(layers)}. "
            "`notebook-agent doctor` shows what this host supports.",
        )


class ConfinementError(SandboxError):
    """A running kernel failed the check against its profile (uid, no_new_privs, seccomp, layers, filters)."""

    default_todo = (
        "Nothing ran in it. Run `notebook-agent doctor`; if the host supports the profile, report this as a bug."
    )

    def __init__(self, pid: int, problems: list[str], todo: str | None = None) -> None:
        self.pid, self.problems = pid, list(problems)
        super().__init__(
            "kernel is not confined as its profile requires: "
            + "; ".join(problems)
            + ". It was stopped before running any code.",
            todo,
        )


class LandlockError(SandboxError):
    """Landlock is missing, or the kernel refused a rule."""

    default_todo = (
        "Run `notebook-agent doctor` to see the Landlock ABI this host offers; a profile that does not require "
        "Landlock runs without it."
    )

    def __init__(self, errno: int, problem: str) -> None:
        self.errno = errno
        super().__init__(problem)


class SeccompError(SandboxError):
    """A seccomp policy is malformed, or the kernel would not load a filter."""

    default_todo = "Fix the profile's seccomp policy at the place named, or run `notebook-agent doctor`."


class UidRangeExhausted(SandboxError):
    """Every uid of the configured range is leased to a live session."""

    default_todo = "Widen NOTEBOOK_AGENT_UID_RANGE, or end sessions."

    def __init__(self, first: int, last: int) -> None:
        self.first, self.last = first, last
        super().__init__(f"no free uid in NOTEBOOK_AGENT_UID_RANGE={first}-{last}")


class UnsafeFileError(SandboxError):
    """A file or folder inside a sandbox was refused: a link, a FIFO, a hard link, too big, leased, or missing."""

    default_todo = (
        "The app reads a sandbox's files only as plain files of a bounded size, never through links; have the "
        "code in the chat save it again as an ordinary file (or a smaller one), then try again."
    )

    def __init__(self, path: str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(f"{path} was not read: {reason}.")


# --- uploads -----------------------------------------------------------------------------------------------------
class UploadError(NotebookAgentError):
    """An uploaded file was refused."""

    default_todo = "Check the file and upload it again."

    def __init__(self, problem: str, todo: str | None = None, *, name: str | None = None) -> None:
        self.name = name
        super().__init__(problem, todo)


class UploadTooBig(UploadError):
    """An upload is over a limit: its size, what it declares it expands to, or the memory it needs."""

    default_todo = "Upload a smaller file: filter or sample the data first, or save it as Parquet."

    def __init__(
        self,
        problem: str,
        todo: str | None = None,
        *,
        name: str | None = None,
        size: int | None = None,
        limit: int | None = None,
    ) -> None:
        self.size, self.limit = size, limit
        super().__init__(problem, todo, name=name)


class UploadFormatError(UploadError):
    """An upload cannot be read as the format it claims: damaged, mislabelled, empty or not a table."""

    default_todo = "Save it again with the program that made it, or export the data as CSV."

    def __init__(
        self, problem: str, todo: str | None = None, *, name: str | None = None, expected: str | None = None
    ) -> None:
        self.expected = expected
        super().__init__(problem, todo, name=name)


# --- the store ---------------------------------------------------------------------------------------------------
class StoreError(NotebookAgentError):
    """The app's database cannot be used."""

    default_todo = "Check NOTEBOOK_AGENT_DATABASE_URL (or the data folder) and that the database is reachable."


class SchemaVersionError(StoreError):
    """The database's schema version is not the one this app expects."""

    def __init__(self, problem: str, todo: str | None = None, *, found: int, expected: int) -> None:
        self.found, self.expected = found, expected
        super().__init__(problem, todo)


class SchemaTooOldError(SchemaVersionError):
    """The database is at an older schema version than this app."""

    default_todo = "Run `notebook-agent db upgrade` (back the database up first), then start the app again."

    def __init__(self, found: int, expected: int, where: str) -> None:
        super().__init__(
            f"The database {where} is at schema version {found}, this app needs version {expected}.",
            found=found,
            expected=expected,
        )


class SchemaTooNewError(SchemaVersionError):
    """The database was written by a newer notebook-agent."""

    default_todo = (
        "Install the notebook-agent that upgraded it (or a newer one), or point NOTEBOOK_AGENT_DATA_DIR at "
        "another data folder."
    )

    def __init__(self, found: int, expected: int, where: str) -> None:
        super().__init__(
            f"This app is older than the database {where}: the database is at schema version {found}, this app "
            f"knows versions up to {expected}.",
            found=found,
            expected=expected,
        )


# --- sessions and the server -------------------------------------------------------------------------------------
class SessionNotFound(NotebookAgentError):
    """No stored session has this id for this caller (another person's session is answered the same way)."""

    default_todo = "Leave out --session to start a new one."

    def __init__(self, session_id: str, todo: str | None = None, *, where: str | None = None) -> None:
        self.session_id = session_id
        super().__init__(f"no stored session {session_id!r}" + (f" in {where}" if where else ""), todo)


class ServerBusy(NotebookAgentError):
    """Every live-session slot on this server is taken."""

    default_todo = "Try again in a minute."

    def __init__(self, limit: int, todo: str | None = None) -> None:
        self.limit = limit
        super().__init__(f"All {limit} sessions on this server are busy.", todo)


# --- accounts ----------------------------------------------------------------------------------------------------
class AuthError(NotebookAgentError):
    """Who is asking could not be established, or they may not do what they asked."""

    default_todo = "Sign in again; if that does not help, ask the server's administrator."


class NotSignedIn(AuthError):
    """The request carries no credentials, and this server requires them."""

    default_todo = "Sign in, or send a personal access token as `Authorization: Bearer <token>`."

    def __init__(self, problem: str = "you are not signed in", todo: str | None = None) -> None:
        super().__init__(problem, todo)


class BadCredentials(AuthError):
    """A name, password or token was wrong (which of them is never said)."""

    default_todo = "Check them and try again; an administrator can create a new token with `notebook-agent tokens`."

    def __init__(self, user: str | None = None, todo: str | None = None) -> None:
        self.user = user
        super().__init__("the name, password or token is not valid", todo)


class Forbidden(AuthError):
    """Signed in, but not allowed to do this."""

    default_todo = "Ask the server's administrator for access."

    def __init__(self, action: str, todo: str | None = None, *, user: str | None = None) -> None:
        self.action, self.user = action, user
        super().__init__(f"{user or 'this account'} may not {action}", todo)


class AuthRateLimited(AuthError):
    """Too many failed sign-ins from this client or for this account."""

    def __init__(self, retry_after_s: float, todo: str | None = None) -> None:
        self.retry_after_s = retry_after_s
        super().__init__("too many failed sign-in attempts", todo or f"Wait {retry_after_s:g} s, then try again.")


class QuotaExceeded(NotebookAgentError):
    """A usage quota (live kernels, stored sessions, disk, turns per minute, model tokens) is used up."""

    default_todo = "Wait until some of it is free again, or ask the server's administrator for a higher limit."

    def __init__(
        self,
        quota: str,
        limit: float,
        todo: str | None = None,
        *,
        used: float | None = None,
        unit: str = "",
        retry_after_s: float | None = None,
        problem: str | None = None,
    ) -> None:
        self.quota, self.limit, self.used, self.unit, self.retry_after_s = quota, limit, used, unit, retry_after_s
        amount = f"{limit:g}{f' {unit}' if unit else ''}"
        spent = f" ({used:g} used)" if used is not None else ""
        if todo is None and retry_after_s is not None:
            todo = f"Try again in {retry_after_s:g} s."
        super().__init__(problem or f"the {quota} quota of {amount} is used up{spent}", todo)


# --- accounts (users, tokens, chats, per-user limits) ------------------------------------------------------------
class AccountsError(NotebookAgentError):
    """Base of the accounts layer's errors: `problem` (what happened) and `todo` (what to do); str() is both."""


class InvalidInputError(AccountsError):
    """A name, password, title or label was refused; the message says what is accepted."""


class UserExistsError(AccountsError):
    """A user of that name exists already."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"A user named {name!r} exists already.", "Pick another name, or remove that user first.")


class UnknownUserError(AccountsError):
    """An operator named a user that does not exist. Never raised on sign-in paths (see LoginFailedError)."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"There is no user named {name!r}.", "See who there is with `notebook-agent users list`.")


class LoginFailedError(BadCredentials):
    """Wrong user name or password. The same words whichever it was."""

    def __init__(self) -> None:
        self.user = None
        NotebookAgentError.__init__(self, "Wrong user name or password.", "Check both and try again.")


class LoginThrottledError(AuthRateLimited):
    """Too many failed sign-ins for this name or from this address."""

    def __init__(self, retry_after: float) -> None:
        self.retry_after = max(1, int(retry_after + 0.999))
        self.retry_after_s = float(self.retry_after)
        NotebookAgentError.__init__(self, "Too many failed sign-ins.", f"Try again in {self.retry_after} s.")


class UnknownTokenError(AccountsError):
    """No token with that id (or none that this user owns)."""

    def __init__(self, token_id: int) -> None:
        self.token_id = token_id
        super().__init__(
            f"There is no token {token_id}.", "See the tokens and their ids with `notebook-agent tokens list`."
        )


class SessionExistsError(AccountsError):
    """A session id was recorded twice."""

    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        super().__init__(f"Session {session_id!r} is recorded already.", "Give a new chat a new id.")


class SessionNotFoundError(SessionNotFound):
    """No such chat for this user: unknown, deleted and another user's are answered alike."""

    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        NotebookAgentError.__init__(self, "There is no such chat.", "It may have been deleted; My chats lists yours.")


class QuotaExceededError(QuotaExceeded):
    """A per-user limit was reached. `kind` is live_kernels, stored_sessions, disk_bytes or turns_per_minute."""

    def __init__(self, kind: str, used: int, limit: int, problem: str, todo: str, retry_after: float | None = None):
        self.kind, self.used, self.limit, self.retry_after = kind, used, limit, retry_after
        self.quota, self.unit, self.retry_after_s = kind, "", retry_after
        NotebookAgentError.__init__(self, problem, todo)
