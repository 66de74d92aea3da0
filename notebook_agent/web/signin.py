"""The sign-in page for `password` mode: `GET/POST /signin`, and `/signout`.

A successful sign-in makes a token named ``sign-in: <when>`` for the user and gives it to the browser as an
HttpOnly cookie (SameSite=Lax, Secure over https). Signing out revokes that token in the database, so a copied
cookie stops working on every replica. Failed sign-ins are limited per name and per address (`LoginLimiter`) and
answered with one message for an unknown name and a wrong password alike.
"""

from __future__ import annotations

import asyncio
import html
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from .. import store
from ..accounts import tokens as token_store
from ..accounts import users as user_store
from ..accounts.errors import AccountsError, LoginFailedError, LoginThrottledError
from ..accounts.limiter import LoginLimiter
from ..ops.metrics import METRICS
from .identity import SIGNIN_COOKIE, SIGNIN_LIFETIME, SIGNIN_PREFIX, Identity

__all__ = ["install", "page"]

_STYLE = """
body{font-family:system-ui,sans-serif;background:#f6f7f9;margin:0;display:flex;min-height:100vh;
align-items:center;justify-content:center}
form{background:#fff;padding:2rem 2.2rem;border-radius:12px;box-shadow:0 2px 12px #0002;width:20rem}
h1{font-size:1.25rem;margin:0 0 1rem}label{display:block;margin:.8rem 0 .3rem;font-size:.9rem}
input{width:100%;box-sizing:border-box;padding:.55rem;border:1px solid #bbb;border-radius:6px;font-size:1rem}
button{margin-top:1.2rem;width:100%;padding:.6rem;border:0;border-radius:6px;background:#f97316;color:#fff;
font-size:1rem;cursor:pointer}.error{color:#b91c1c;font-size:.9rem;margin:.6rem 0 0}
.hint{color:#555;font-size:.8rem;margin-top:1rem}
"""


def page(message: str = "", name: str = "") -> str:
    """The sign-in form; `message` (an error) and `name` (kept after a failure) are escaped."""
    error = f'<p class="error" role="alert">{html.escape(message)}</p>' if message else ""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Sign in · notebook-agent</title>"
        f"<meta name='viewport' content='width=device-width,initial-scale=1'><style>{_STYLE}</style></head><body>"
        "<form method='post' action='/signin'><h1>notebook-agent</h1>"
        "<label for='username'>User name</label>"
        f"<input id='username' name='username' autocomplete='username' required value='{html.escape(name)}'>"
        "<label for='password'>Password</label>"
        "<input id='password' name='password' type='password' autocomplete='current-password' required>"
        f"{error}<button type='submit'>Sign in</button>"
        "<p class='hint'>No account? Ask whoever runs this app: <code>notebook-agent users add NAME</code>.</p>"
        "</form></body></html>"
    )


def _same_origin(request: Request) -> bool:
    """A form post from this site's own page (the Origin or Referer host is ours), not from another site."""
    origin = request.headers.get("origin") or request.headers.get("referer")
    if not origin:
        return True  # a non-browser client: there is no other site's page to forge from
    return urlsplit(origin).netloc == request.headers.get("host", "")


def install(app: FastAPI, identity: Identity, limiter: LoginLimiter) -> None:
    """Add the sign-in and sign-out routes to `app`."""
    engine = identity.engine

    @app.get("/signin", include_in_schema=False)
    def signin_form(request: Request) -> Response:
        if identity.user(request) is not None:
            return RedirectResponse("/", status_code=303)
        return HTMLResponse(page())

    @app.post("/signin", include_in_schema=False)
    async def signin(request: Request) -> Response:
        form = await request.form()
        name = str(form.get("username") or "").strip()
        password = str(form.get("password") or "")
        if not _same_origin(request):
            return HTMLResponse(page("This form was sent from another site; open the sign-in page here."), 403)
        address = request.client.host if request.client else None
        try:
            # argon2 is ~0.1 s of CPU: off the event loop, so other people's pages keep moving
            user = await asyncio.to_thread(user_store.login, engine, limiter, name, password, address)
        except LoginThrottledError as exc:
            METRICS.count_login_failure("throttled")
            return HTMLResponse(page(str(exc), name), 429, headers={"Retry-After": str(int(exc.retry_after) + 1)})
        except LoginFailedError as exc:
            METRICS.count_login_failure("credentials")
            return HTMLResponse(page(str(exc), name), 401)
        except AccountsError as exc:
            return HTMLResponse(page(str(exc), name), 400)
        stamp = store.utcnow().strftime("%Y-%m-%d %H:%M UTC")
        _, token = await asyncio.to_thread(token_store.create_token, engine, user, f"{SIGNIN_PREFIX}{stamp}")
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(
            SIGNIN_COOKIE,
            token,
            max_age=int(SIGNIN_LIFETIME.total_seconds()),
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
            path="/",
        )
        return response

    async def signout(request: Request) -> Response:
        token = request.cookies.get(SIGNIN_COOKIE, "")
        if token:
            await asyncio.to_thread(token_store.revoke_by_token, engine, token)
            identity.forget(token)
        response = RedirectResponse("/signin", status_code=303)
        response.delete_cookie(SIGNIN_COOKIE, path="/")
        return response

    app.add_api_route("/signout", signout, methods=["GET", "POST"], include_in_schema=False)
