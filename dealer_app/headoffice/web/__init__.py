"""The head-office review console for regional sales managers and administrators (web, /console).

`mount(app, db)` adds the pages to the `dealer-hq` FastAPI app. Server-rendered Jinja2
pages with plain forms; sessions and CSRF in `security.py`, users and lockout in `users.py`.

Cookies are marked Secure when the request came over https ("auto"); behind a TLS-terminating
proxy run uvicorn with --proxy-headers, or set DEALER_HQ_COOKIE_SECURE=always.
"""

from __future__ import annotations

import os
from typing import cast

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from dealer_app.headoffice.db import HeadOfficeDB
from dealer_app.headoffice.web import models as _models  # noqa: F401  (registers the console tables on Base)
from dealer_app.headoffice.web.routes import (
    PREFIX,
    STATIC_DIR,
    Console,
    ConsoleError,
    LoginRequired,
    build_router,
    redirect,
)
from dealer_app.headoffice.web.security import CookieSecure

COOKIE_SECURE_ENV = "DEALER_HQ_COOKIE_SECURE"


def _cookie_secure_setting(explicit: CookieSecure | None) -> CookieSecure:
    if explicit is not None:
        return explicit
    value = os.environ.get(COOKIE_SECURE_ENV, "auto").strip().lower()
    if value not in ("auto", "always", "never"):
        raise ValueError(f"{COOKIE_SECURE_ENV} must be auto, always or never, not {value!r}")
    return cast(CookieSecure, value)


def mount(app: FastAPI, db: HeadOfficeDB, *, cookie_secure: CookieSecure | None = None) -> None:
    """Adds the console under /console. Mounting twice is a no-op, so a test that mounts it
    on an app whose `create_app` already did is harmless."""
    if getattr(app.state, "console", None) is not None:
        return
    console = Console(db, _cookie_secure_setting(cookie_secure))
    app.state.console = console
    app.include_router(build_router(console))
    app.mount(f"{PREFIX}/static", StaticFiles(directory=STATIC_DIR), name="console-static")

    # Both exception types are raised only by console routes, so these handlers change
    # nothing for the sync API.
    async def login_required(request: Request, exc: Exception) -> RedirectResponse:
        assert isinstance(exc, LoginRequired)
        return redirect(f"{PREFIX}/login", next=exc.next_url)

    def console_error(request: Request, exc: Exception) -> HTMLResponse:
        assert isinstance(exc, ConsoleError)
        return console.error_page(request, exc.status, exc.key)

    app.add_exception_handler(LoginRequired, login_required)
    app.add_exception_handler(ConsoleError, console_error)


__all__ = ["mount"]
