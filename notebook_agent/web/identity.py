"""Who is calling: the signed-in user behind an HTTP request, by the configured sign-in mode.

Modes (`NOTEBOOK_AGENT_AUTH`):

- `none` — one person on localhost: no sign-in; each browser is an anonymous owner of its own chats
  (`browser_owner`), and a program is the owner of its client session (`api_owner`).
- `password` — local accounts: the sign-in page (`web/signin.py`) gives the browser a cookie holding a sign-in
  token (a token row named ``sign-in: …``, so sign-out revokes it on every replica).
- `header` — a trusted reverse proxy (oauth2-proxy and the like) names the user in a header; the header is believed
  only from the proxy addresses configured, and a request with the header from elsewhere is refused.
- `hf` — Hugging Face OAuth on a Space: Gradio's own login route stores the account in the request's session (a
  cookie signed by Starlette's SessionMiddleware); the user key is the account's stable id (`sub`), never its display
  name, which is only shown. A session past its `expires_at` (the Space's `hf_oauth_expiration_minutes`) is signed out.

In every mode but `none`, `Authorization: Bearer <token>` (a personal access token) identifies a program; a bearer
header that does not resolve is refused outright, never read as "no header".
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Literal

from itsdangerous import BadSignature, TimestampSigner
from sqlalchemy.engine import Engine
from starlette.requests import HTTPConnection

from .. import store
from ..accounts import tokens as token_store
from ..accounts import users as user_store
from ..accounts.errors import InvalidInputError
from ..accounts.users import User

__all__ = [
    "AUTH_MODES",
    "SIGNIN_COOKIE",
    "SIGNIN_PREFIX",
    "AuthMode",
    "Identity",
    "api_owner",
    "browser_owner",
]

AuthMode = Literal["none", "password", "hf", "header"]
AUTH_MODES: tuple[AuthMode, ...] = ("none", "password", "hf", "header")
SIGNIN_COOKIE = "na_signin"
SIGNIN_PREFIX = "sign-in: "  # the name of the token a browser holds after signing in
SIGNIN_LIFETIME = timedelta(days=14)
# A resolved token is remembered this long: every page request (queue, heartbeats, files) asks who is calling, and
# a database read each time would cost more than the request. Sign-out on this replica forgets it at once.
_CACHE_S = 30.0
# Gradio's OAuth session (gradio/oauth.py `attach_oauth`): Starlette's SessionMiddleware with its default cookie
# name and age, signed with sha256(OAUTH_CLIENT_SECRET + "-v4"). tests/test_hf_mode.py checks these against the
# middleware Gradio really installs.
_HF_COOKIE = "session"
_HF_COOKIE_AGE = 14 * 24 * 60 * 60
_HF_SECRET_VERSION = "-v4"


@dataclass(frozen=True)
class _Cached:
    user: User | None
    until: float


def _networks(entries: Iterable[str]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(e.strip(), strict=False) for e in entries if e.strip())


class Identity:
    """Resolves requests to users for one app (one mode, one database)."""

    def __init__(
        self,
        engine: Engine,
        mode: AuthMode,
        *,
        header: str = "X-Forwarded-User",
        trusted_proxies: Iterable[str] = (),
    ) -> None:
        self.engine = engine
        self.mode = mode
        self.header = header
        self.trusted = _networks(trusted_proxies)
        self._tokens: dict[str, _Cached] = {}

    @property
    def signs_in(self) -> bool:
        """Whether requests must carry a user (every mode but `none`)."""
        return self.mode != "none"

    # -- Gradio's auth_dependency: the user's name, or None (refused) -------------------------------------------
    def username(self, request: HTTPConnection) -> str | None:
        """The signed-in user's name for this request, or None."""
        user = self.user(request)
        return user.name if user is not None else None

    def user(self, request: HTTPConnection) -> User | None:
        """The signed-in user for this request, or None (no sign-in, a bad token, an untrusted header)."""
        if self.mode == "none":
            return None
        bearer = request.headers.get("authorization", "")
        if bearer:
            scheme, _, token = bearer.partition(" ")
            return self._token_user(token.strip()) if scheme.lower() == "bearer" else None
        if self.mode == "password":
            cookie = request.cookies.get(SIGNIN_COOKIE, "")
            return self._token_user(cookie, signin=True) if cookie else None
        if self.mode == "header":
            return self._header_user(request)
        if self.mode == "hf":
            return self._hf_user(request)
        return None

    def _token_user(self, token: str, signin: bool = False) -> User | None:
        now = time.monotonic()
        hit = self._tokens.get(token)
        if hit is not None and hit.until > now:
            return hit.user
        user = token_store.resolve_token(self.engine, token)
        if user is not None and signin and not self._fresh_signin(token):
            user = None
        if len(self._tokens) > 10_000:  # bounded: a flood of made-up tokens cannot grow it without end
            self._tokens.clear()
        self._tokens[token] = _Cached(user, now + _CACHE_S)
        return user

    def _fresh_signin(self, token: str) -> bool:
        """A browser's sign-in token: named as one, and younger than the sign-in lifetime."""
        digest = token_store.hash_token(token)
        for info in token_store.list_tokens_by_hash(self.engine, digest):
            return info.name.startswith(SIGNIN_PREFIX) and store.utcnow() - info.created < SIGNIN_LIFETIME
        return False

    def forget(self, token: str) -> None:
        """Drop a token from the cache (after sign-out or revocation on this replica)."""
        self._tokens.pop(token, None)

    def _header_user(self, request: HTTPConnection) -> User | None:
        name = request.headers.get(self.header, "").strip()
        if not name or not self._from_proxy(request):
            return None
        try:
            return user_store.ensure_user(self.engine, name)
        except InvalidInputError:
            return None

    def _from_proxy(self, request: HTTPConnection) -> bool:
        host = request.client.host if request.client else ""
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return False
        return any(address in net for net in self.trusted)

    def _hf_user(self, request: HTTPConnection) -> User | None:
        sub = _hf_sub(_hf_userinfo(request))
        if sub is None:
            return None
        try:
            return user_store.ensure_user(self.engine, f"hf-{sub}")
        except InvalidInputError:  # longer than a user name may be: no Hugging Face id is
            return None

    def display_name(self, request: HTTPConnection) -> str | None:
        """The Hugging Face account's name to show (`preferred_username`, else `name`); None in other modes.

        Display only: two accounts may show the same name, and a name may change; the user key is the `sub`.
        """
        info = _hf_userinfo(request) if self.mode == "hf" else {}
        if _hf_sub(info) is None:
            return None
        name = str(info.get("preferred_username") or info.get("name") or "").strip()
        return name[:64] or None


def _hf_sub(userinfo: dict[str, Any]) -> str | None:
    """The account's stable id (ASCII letters and digits), or None."""
    sub = str(userinfo.get("sub") or "").strip()
    return sub if sub.isascii() and sub.isalnum() else None


def _hf_userinfo(request: HTTPConnection) -> dict[str, Any]:
    """The signed-in account's OpenID userinfo from Gradio's OAuth session, or {} (none, or expired)."""
    info = _hf_session(request).get("oauth_info")
    if not isinstance(info, dict):
        return {}
    expires = info.get("expires_at")
    if isinstance(expires, int | float) and expires < time.time():  # as Gradio's own check reads it
        return {}
    userinfo = info.get("userinfo")
    return userinfo if isinstance(userinfo, dict) else {}


def _hf_session(request: HTTPConnection) -> dict[str, Any]:
    """Gradio's OAuth session of this request.

    Inside Gradio's app its SessionMiddleware has decoded it into the scope. Our own middleware (the file guard)
    runs before that, so there the cookie is decoded here, exactly as the middleware decodes it — and only with a
    client secret: a session signed with the empty secret is anyone's to forge.
    """
    if "session" in request.scope:
        session = request.scope["session"]
        return session if isinstance(session, dict) else {}
    from gradio import oauth  # the secret as Gradio read it at import

    cookie = request.cookies.get(_HF_COOKIE, "")
    if not cookie or not oauth.OAUTH_CLIENT_SECRET:
        return {}
    secret = hashlib.sha256((oauth.OAUTH_CLIENT_SECRET + _HF_SECRET_VERSION).encode()).hexdigest()
    try:
        data = TimestampSigner(secret).unsign(cookie.encode("utf-8"), max_age=_HF_COOKIE_AGE)
        session = json.loads(base64.b64decode(data))
    except (BadSignature, ValueError):
        return {}
    return session if isinstance(session, dict) else {}


def browser_owner(engine: Engine, browser_id: str) -> User:
    """The anonymous owner of one browser's chats in `none` mode (a user row without a password)."""
    return user_store.ensure_user(engine, f"browser-{browser_id}")


def api_owner(engine: Engine, client_id: str) -> User:
    """The anonymous owner of one program client's chats in `none` mode."""
    return user_store.ensure_user(engine, f"api-{client_id}")
