"""The `hf` sign-in mode, as far as it runs without a Hugging Face Space.

Outside a Space the app refuses to start in `hf` mode and says it needs one. "On a Space" is the environment Gradio
reads to decide it runs on one (SYSTEM=spaces, SPACE_ID, SPACE_HOST, the OAUTH_* variables a Space injects), with
OPENID_PROVIDER_URL pointing at a small OpenID provider served by this test on 127.0.0.1. Gradio reads those
variables when `gradio.oauth` is imported, so that part runs in a process of its own (`test_on_a_space` starts
`test_on_a_space_inside` under pytest with that environment).

Real parts: the app built as `serve` builds it, with Gradio's real OAuth routes and SessionMiddleware, driven through
Starlette's test client over https (the session cookie is https-only); session cookies made exactly as Starlette's
SessionMiddleware makes them (itsdangerous over base64 JSON, the secret derived as gradio/oauth.py derives it);
SQLite. Not here: Hugging Face's own sign-in pages and its token exchange (/login/callback).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import gradio as gr
import pytest
from conftest import make_data_dir
from itsdangerous import TimestampSigner
from starlette.requests import Request
from starlette.testclient import TestClient

from notebook_agent.accounts import tokens as token_store
from notebook_agent.accounts import users as user_store
from notebook_agent.app import build
from notebook_agent.errors import ConfigError
from notebook_agent.settings import Settings

CLIENT_ID = "00000000-test-client-id"
CLIENT_SECRET = "test-client-secret-of-this-space"
SPACE_ID = "owner/notebook-agent"
SPACE_HOST = "owner-notebook-agent.hf.space"
ALICE_SUB = "64f0c1a2b3c4d5e6f7a8b9c0"  # Hugging Face ids are 24 hex digits
BOB_SUB = "64f0c1a2b3c4d5e6f7a8b9c1"
INSIDE = os.environ.get("NA_TEST_FAKE_SPACE") == "1"


def _settings(data: Path) -> Settings:
    return Settings.from_env(
        {
            "NOTEBOOK_AGENT_DATA_DIR": str(data),
            "NOTEBOOK_AGENT_POOL_SIZE": "0",
            "NOTEBOOK_AGENT_KERNEL_START": "spawn",
            "NOTEBOOK_AGENT_AUTH": "hf",
        }
    )


# -- outside a Space ----------------------------------------------------------------------------------------------
@pytest.mark.skipif(INSIDE, reason="this process plays the Space")
@pytest.mark.parametrize("system", [None, "spaces"])  # "spaces": the Docker image run anywhere but on a Space
def test_outside_a_space_hf_is_refused_and_the_space_named(monkeypatch: pytest.MonkeyPatch, system: str | None) -> None:
    monkeypatch.delenv("SPACE_ID", raising=False)
    if system is None:
        monkeypatch.delenv("SYSTEM", raising=False)
    else:
        monkeypatch.setenv("SYSTEM", system)
    with pytest.raises(ConfigError) as caught:
        build(_settings(make_data_dir("na-hf-")))
    assert caught.value.setting == "NOTEBOOK_AGENT_AUTH" and caught.value.value == "hf"
    assert "only works on a Space" in str(caught.value) and "password or header" in str(caught.value)


@pytest.mark.skipif(INSIDE, reason="this process plays the Space")
def test_on_a_space_without_hf_oauth_the_front_matter_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    # This process imported gradio.oauth without the OAUTH_* variables: a Space whose README lacks `hf_oauth: true`
    monkeypatch.setenv("SYSTEM", "spaces")
    monkeypatch.setenv("SPACE_ID", SPACE_ID)
    with pytest.raises(ConfigError) as caught:
        build(_settings(make_data_dir("na-hf-")))
    assert "OAUTH_CLIENT_ID" in str(caught.value) and "hf_oauth: true" in str(caught.value)


# -- on a Space: a fake OpenID provider, and this module again in a process with the Space's environment ------------
class _Provider(BaseHTTPRequestHandler):
    """The OpenID configuration of a provider whose pages live on this same server."""

    seen: list[str]  # set per server

    def do_GET(self) -> None:
        self.seen.append(self.path)
        if self.path != "/.well-known/openid-configuration":
            self.send_error(404)
            return
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        body = json.dumps(
            {
                "issuer": base,
                "authorization_endpoint": f"{base}/oauth/authorize",
                "token_endpoint": f"{base}/oauth/token",
                "userinfo_endpoint": f"{base}/oauth/userinfo",
                "jwks_uri": f"{base}/oauth/jwks",
                "response_types_supported": ["code"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def provider() -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    handler = type("Provider", (_Provider,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.skipif(INSIDE, reason="this process plays the Space")
def test_on_a_space(provider: tuple[str, list[str]]) -> None:
    url, seen = provider
    env = {
        **os.environ,
        "NA_TEST_FAKE_SPACE": "1",
        "SYSTEM": "spaces",
        "SPACE_ID": SPACE_ID,
        "SPACE_HOST": SPACE_HOST,
        "OAUTH_CLIENT_ID": CLIENT_ID,
        "OAUTH_CLIENT_SECRET": CLIENT_SECRET,
        "OAUTH_SCOPES": "openid profile",
        "OPENID_PROVIDER_URL": url,
        "NO_PROXY": "127.0.0.1,localhost,testserver",
    }
    test = f"{Path(__file__).resolve()}::test_on_a_space_inside"
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0 and "1 passed" in proc.stdout, proc.stdout[-6000:] + proc.stderr[-3000:]
    assert "/.well-known/openid-configuration" in seen  # Gradio's login asked this provider, not huggingface.co


# -- inside the "Space" -----------------------------------------------------------------------------------------------
def _cookie(userinfo: dict[str, Any], *, expires_in: int = 8 * 3600, secret: str = CLIENT_SECRET) -> str:
    """Gradio's session cookie after a sign-in, made as Starlette's SessionMiddleware makes it."""
    session = {
        "oauth_info": {"access_token": "hf_oauth_x", "expires_at": int(time.time()) + expires_in, "userinfo": userinfo}
    }
    key = hashlib.sha256((secret + "-v4").encode()).hexdigest()
    return TimestampSigner(key).sign(base64.b64encode(json.dumps(session).encode())).decode()


def _account(sub: str, username: str) -> dict[str, Any]:
    return {"sub": sub, "preferred_username": username, "name": username.title(), "iss": "https://huggingface.co"}


def _request(cookie: str | None = None, bearer: str | None = None) -> Request:
    headers = [(b"cookie", f"session={cookie}".encode())] if cookie else []
    if bearer:
        headers.append((b"authorization", f"Bearer {bearer}".encode()))
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/gradio_api/queue/join",
        "headers": headers,
        "client": ("127.0.0.1", 40000),
        "query_string": b"",
        "scheme": "https",
        "server": ("testserver", 443),
    }
    return Request(scope)


def _call(http: TestClient, api: str, cookie: str | None) -> tuple[str, str]:
    """Call a named API endpoint through Gradio's own routes (and its SessionMiddleware): (event, data)."""
    headers = {"Cookie": f"session={cookie}"} if cookie else {}
    started = http.post(f"/gradio_api/call/{api}", json={"data": []}, headers=headers)
    assert started.status_code == 200, started.text
    stream = http.get(f"/gradio_api/call/{api}/{started.json()['event_id']}", headers=headers).text
    events = [line.split(":", 1)[1].strip() for line in stream.splitlines() if line.startswith("event:")]
    datas = [line.split(":", 1)[1].strip() for line in stream.splitlines() if line.startswith("data:")]
    return events[-1], datas[-1]


async def test_on_a_space_inside() -> None:
    """Runs in the process test_on_a_space starts, with a Space's environment (defined only there)."""
    from starlette.middleware.sessions import SessionMiddleware

    from notebook_agent.accounts import sessions as chats
    from notebook_agent.web.identity import _hf_session

    demo = build(_settings(make_data_dir("na-hf-")))
    parts, h = demo.app_parts, demo.handlers  # type: ignore[attr-defined]
    engine, identity = parts.engine, parts.identity

    # Gradio's session middleware is the one the identity reads cookies for: same secret, cookie name and age
    gradio_app = next(r.app for r in parts.http.routes if getattr(r, "path", None) == "")
    [session_mw] = [m for m in gradio_app.user_middleware if m.cls is SessionMiddleware]
    assert session_mw.kwargs["secret_key"] == hashlib.sha256((CLIENT_SECRET + "-v4").encode()).hexdigest()
    assert "session_cookie" not in session_mw.kwargs and "max_age" not in session_mw.kwargs

    alice_cookie = _cookie(_account(ALICE_SUB, "alice"))
    with TestClient(parts.http, base_url="https://testserver", client=("127.0.0.1", 50000)) as http:
        # the page loads unsigned (no auth_dependency), so the person sees the sign-in button
        page = http.get("/")
        assert page.status_code == 200 and "gradio" in page.text.lower()

        # Gradio's real login route: off to the provider's authorize page with this Space's client id
        login = http.get("/login/huggingface", follow_redirects=False)
        assert login.status_code in (302, 303, 307), login.text
        target = urllib.parse.urlsplit(login.headers["location"])
        query = urllib.parse.parse_qs(target.query)
        provider = urllib.parse.urlsplit(os.environ["OPENID_PROVIDER_URL"])
        assert (target.scheme, target.netloc, target.path) == (provider.scheme, provider.netloc, "/oauth/authorize")
        assert query["client_id"] == [CLIENT_ID] and query["response_type"] == ["code"] and query["state"]
        assert query["redirect_uri"][0].startswith(f"https://{SPACE_HOST}/login/callback")
        assert set(query["scope"][0].split()) == {"openid", "profile"}
        # the session cookie Gradio's middleware set (the login's state) reads back as the identity reads cookies
        state = _hf_session(_request(http.cookies["session"]))
        assert any(key.startswith("_state_huggingface") for key in state), state
        http.cookies.clear()

        # a signed-in session names the user by the account's stable id
        assert user_store.get_user(engine, f"hf-{ALICE_SUB}") is None
        alice = identity.user(_request(alice_cookie))
        assert alice is not None and alice.name == f"hf-{ALICE_SUB}" and not alice.has_password
        sid = h.registry.new_id()
        await h.owners.claim(alice, sid, title="alice's chat")
        plot = h.files.for_session(sid) / "plot.png"
        plot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
        url = f"/gradio_api/file={plot}"

        def fetch(cookie: str | None = None, headers: dict[str, str] | None = None) -> int:
            sent = {**(headers or {}), **({"Cookie": f"session={cookie}"} if cookie else {})}
            return http.get(url, headers=sent).status_code

        # a served chat file: its owner's session fetches it; another account's, or none, or a bad one, does not
        assert fetch(alice_cookie) == 200
        assert fetch(_cookie(_account(BOB_SUB, "bob"))) == 404
        assert fetch() == 404
        assert fetch(_cookie(_account(ALICE_SUB, "alice"), secret="not-this-space")) == 404  # forged
        assert fetch(_cookie(_account(ALICE_SUB, "alice"), expires_in=-60)) == 404  # past hf_oauth_expiration
        assert fetch(_cookie({"sub": "../hf-x", "preferred_username": "alice"})) == 404
        # a different display name for the same account: the same user (the name is display only)
        renamed = _cookie(_account(ALICE_SUB, "alice-renamed"))
        assert fetch(renamed) == 200
        again = identity.user(_request(renamed))
        assert again is not None and again.id == alice.id
        assert [u.name for u in user_store.list_users(engine)].count(f"hf-{ALICE_SUB}") == 1

        # through Gradio's own routes (its SessionMiddleware decodes the cookie): /sessions lists the owner's chat
        event, data = _call(http, "sessions", alice_cookie)
        assert event == "complete" and sid in data, (event, data)
        event, data = _call(http, "sessions", _cookie(_account(BOB_SUB, "bob")))
        assert event == "complete" and json.loads(data) == [[]], (event, data)
        event, data = _call(http, "sessions", None)
        assert event == "error" and sid not in data, (event, data)

        # the API also takes personal access tokens in hf mode
        _, token = token_store.create_token(engine, alice, "laptop")
        assert fetch(headers={"Authorization": f"Bearer {token}"}) == 200
        assert fetch(headers={"Authorization": "Bearer na_not_a_token"}) == 404
        assert [r["id"] for r in await h.api_sessions(gr.Request(request=_request(bearer=token)))] == [sid]

    # the page: who is signed in shows the account's name; unsigned, the chat says to sign in, and a message is refused
    loaded = await h.on_load(sid, "", gr.Request(request=_request(alice_cookie)))
    assert loaded[0] == sid and loaded[-2] == "Signed in as **alice**", loaded[-2]
    assert h.who(alice, _request(renamed)) == "Signed in as **alice-renamed**"
    unsigned = await h.on_load(sid, "", gr.Request(request=_request()))
    assert unsigned[0] != sid and "Not signed in" in unsigned[-2] and "Sign in with Hugging Face" in unsigned[-2]
    assert "Sign in with Hugging Face" in str(unsigned[3][-1]["content"])
    updates = [
        u
        async for u in h.on_message(
            {"text": "describe the data", "files": []}, [], "", None, "", gr.Request(request=_request())
        )
    ]
    refused = [m["content"] for u in updates if isinstance(u[0], list) for m in u[0] if m["role"] == "assistant"]
    assert any("not signed in" in c and "Sign in with Hugging Face" in c for c in refused), refused
    assert h.registry.live_ids() == set()  # nothing was started for it
    await h.registry.close()
    assert chats.owner_of(engine, sid) == alice.id


if not INSIDE:  # collected only in the process that plays the Space (test_on_a_space starts it)
    del test_on_a_space_inside
