"""The console's pages: sign-in, queue, request review and decision, branches, users, club profile.

Plain server-rendered forms, no JavaScript. Every POST carries the session's CSRF token and
is refused with 403 without it; every state change is followed by a redirect (so reloading a
page never repeats a decision) except where a secret is shown once, which is rendered
directly with `Cache-Control: no-store`. Endpoints are plain `def`: FastAPI runs them in its
thread pool, as the head-office API does, because the database sessions are synchronous.
"""

# No `from __future__ import annotations`: FastAPI must see the dependency types declared
# inside build_router when the endpoints are defined.
import difflib
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from dealer_app.clock import utcnow
from dealer_app.club_profile import ClubProfile, ProfileError, clubs_dir, parse_profile
from dealer_app.headoffice import auth, decisions, profiles
from dealer_app.headoffice.db import HeadOfficeDB
from dealer_app.headoffice.models import BenefitRequest, ProfileVersion
from dealer_app.headoffice.ops import audit
from dealer_app.headoffice.schemas import DECISION_OF_VERB, FINAL_STATUSES
from dealer_app.headoffice.standing import active_profile
from dealer_app.headoffice.web import queries, security, users
from dealer_app.headoffice.web.i18n import Ui, negotiate
from dealer_app.headoffice.web.models import ROLES
from dealer_app.resources import resource_path

PREFIX = "/console"
HERE = Path(__file__).resolve().parent
TEMPLATES_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"
LANG_COOKIE = "dc_lang"
# Fonts are served from the shipped resources so Persian and Chinese render the same on
# every workstation, without anything fetched from the internet.
FONT_FILES = frozenset({"Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf", "DealerClubKaiGB-Regular.ttf"})
MAX_PROFILE_BYTES = 512 * 1024
# Flash messages travel as a catalogue key in the redirect URL, never as free text.
FLASH_KEYS = frozenset({
    "decision_recorded", "branch_revoked", "user_added", "user_changed", "password_changed",
    "profile_published", "profile_already", "signed_out",
})
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


class LoginRequired(Exception):
    def __init__(self, next_url: str) -> None:
        super().__init__(next_url)
        self.next_url = next_url


class ConsoleError(Exception):
    """Shown as the console's error page with `status`; `key` is a catalogue message."""

    def __init__(self, status: int, key: str) -> None:
        super().__init__(key)
        self.status = status
        self.key = key


@dataclass
class Visit:
    """One request's session, user, language and clock."""

    state: security.SessionState | None
    principal: users.Principal | None
    ui: Ui
    now: Any
    new_token: str | None = None

    @property
    def csrf_token(self) -> str:
        return self.state.csrf_token if self.state else ""

    @property
    def user(self) -> users.Principal:
        assert self.principal is not None  # only called behind `signed_in`
        return self.principal


def safe_next(target: str | None) -> str:
    """Only console paths: an open redirect would let a phishing link borrow our sign-in page."""
    if not target or not target.startswith(PREFIX + "/") or "//" in target or "\\" in target:
        return f"{PREFIX}/queue"
    return target


def client_of(request: Request) -> str | None:
    return request.client.host if request.client else None


class Console:
    def __init__(self, db: HeadOfficeDB, cookie_secure: security.CookieSecure) -> None:
        self.db = db
        self.cookie_secure = cookie_secure
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.globals["PREFIX"] = PREFIX

    # -- sessions -------------------------------------------------------------------------

    def profile(self) -> ClubProfile:
        with self.db.read() as s:
            return active_profile(s)

    def visit(self, request: Request, *, create: bool = False) -> Visit:
        now = utcnow()
        token = request.cookies.get(security.COOKIE_NAME)
        with self.db.read() as s:
            loaded = security.load_session(s, token, now)
            profile = active_profile(s)
        ui = Ui(negotiate(request.cookies.get(LANG_COOKIE), profile.default_language), profile)
        if loaded is not None:
            state, user = loaded
            if user is not None and now - state.last_seen_at >= security.TOUCH_EVERY:
                with self.db.write() as s:
                    security.touch(s, state, now)
            return Visit(state, users.principal_of(user) if user else None, ui, now)
        if not create:
            return Visit(None, None, ui, now)
        with self.db.write() as s:
            # Anonymous sessions come and go with every sign-in page view; sweep the dead ones here.
            security.prune_expired(s, now)
            new_token, state = security.new_session(s, None, now, client_of(request), request.headers.get("user-agent"))
        return Visit(state, None, ui, now, new_token)

    def set_session_cookie(self, request: Request, response: Response, token: str) -> None:
        response.set_cookie(
            security.COOKIE_NAME, token, path=security.COOKIE_PATH, httponly=True, samesite="lax",
            secure=security.cookie_secure(self.cookie_secure, request.url.scheme),
            max_age=int(security.ABSOLUTE_TIMEOUT.total_seconds()),
        )

    # -- responses ------------------------------------------------------------------------

    def render(self, request: Request, visit: Visit, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        flash = request.query_params.get("done")
        context.setdefault("flash", visit.ui.t(flash, **self._flash_values(request)) if flash in FLASH_KEYS else None)
        context.setdefault("error", None)
        html = self.env.get_template(name).render(
            request=request, ui=visit.ui, t=visit.ui.t, user=visit.principal, csrf_token=visit.csrf_token,
            now=visit.now, path=request.url.path,
            here=request.url.path + (f"?{request.url.query}" if request.url.query else ""), **context,
        )
        response = HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)
        if visit.new_token:
            self.set_session_cookie(request, response, visit.new_token)
        return response

    @staticmethod
    def _flash_values(request: Request) -> dict[str, str]:
        return {k: request.query_params.get(k, "")[:64] for k in ("code", "version", "username")}

    def error_page(self, request: Request, status: int, key: str) -> HTMLResponse:
        visit = self.visit(request)
        return self.render(request, visit, "error.html", status=status, message=visit.ui.t(key))

    # -- dependencies ---------------------------------------------------------------------

    def signed_in(self, request: Request) -> Visit:
        visit = self.visit(request)
        if visit.principal is None:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise LoginRequired(target if request.method == "GET" else f"{PREFIX}/queue")
        return visit

    def checked(self, visit: Visit, csrf_token: str) -> Visit:
        if not security.csrf_valid(visit.state, csrf_token):
            raise ConsoleError(403, "err_csrf")
        return visit


def redirect(url: str, **params: str) -> RedirectResponse:
    query = urlencode({k: v for k, v in params.items() if v})
    return RedirectResponse(f"{url}?{query}" if query else url, status_code=303)


def build_router(console: Console) -> APIRouter:
    router = APIRouter(prefix=PREFIX, include_in_schema=False)
    db = console.db

    def signed_in(request: Request) -> Visit:
        return console.signed_in(request)

    def admin(visit: Annotated[Visit, Depends(signed_in)]) -> Visit:
        if not visit.user.is_admin:
            raise ConsoleError(403, "err_admin_only")
        return visit

    def posted(visit: Annotated[Visit, Depends(signed_in)], csrf_token: Annotated[str, Form()] = "") -> Visit:
        return console.checked(visit, csrf_token)

    def admin_posted(visit: Annotated[Visit, Depends(admin)], csrf_token: Annotated[str, Form()] = "") -> Visit:
        return console.checked(visit, csrf_token)

    SignedIn = Annotated[Visit, Depends(signed_in)]
    Admin = Annotated[Visit, Depends(admin)]
    Posted = Annotated[Visit, Depends(posted)]
    AdminPosted = Annotated[Visit, Depends(admin_posted)]

    # -- frame ----------------------------------------------------------------------------

    @router.get("")
    @router.get("/")
    def home() -> RedirectResponse:
        return redirect(f"{PREFIX}/queue")

    @router.get("/lang/{code}")
    def choose_language(code: str, next: str = "") -> RedirectResponse:
        response = redirect(safe_next(next))
        if code in {"en", "fa", "zh_CN", "tr"}:
            response.set_cookie(LANG_COOKIE, code, path=PREFIX, samesite="lax", max_age=365 * 24 * 3600)
        return response

    @router.get("/tiers.css")
    def tier_colours() -> Response:
        # Tier colours come from the club profile; a stylesheet keeps them out of inline
        # styles, which the Content-Security-Policy forbids.
        profile = console.profile()
        css = "".join(f".tier-{t.code}{{--tier:{t.colour}}}\n" for t in profile.tiers)
        return Response(css, media_type="text/css", headers={"Cache-Control": "no-cache"})

    @router.get("/fonts/{name}")
    def font(name: str) -> FileResponse:
        if name not in FONT_FILES:
            raise ConsoleError(404, "err_not_found")
        return FileResponse(resource_path("fonts", name), media_type="font/ttf",
                            headers={"Cache-Control": "public, max-age=86400"})

    # -- sign-in --------------------------------------------------------------------------

    @router.get("/login")
    def login_page(request: Request, next: str = "") -> Response:
        visit = console.visit(request, create=True)
        if visit.principal is not None:
            return redirect(safe_next(next))
        return console.render(request, visit, "login.html", next=safe_next(next), username="")

    @router.post("/login")
    def login(
        request: Request,
        username: Annotated[str, Form()] = "",
        password: Annotated[str, Form()] = "",
        next: Annotated[str, Form()] = "",
        csrf_token: Annotated[str, Form()] = "",
    ) -> Response:
        visit = console.visit(request)
        if not security.csrf_valid(visit.state, csrf_token):
            fresh = console.visit(request, create=True) if visit.state is None else visit
            return console.render(request, fresh, "login.html", status=403, next=safe_next(next),
                                  username=username[:64], error=fresh.ui.t("err_csrf"))
        assert visit.state is not None
        now = utcnow()
        result = db.run(lambda s: users.sign_in(s, username, password, now, client_of(request)))
        if result.outcome != "ok" or result.principal is None:
            if result.outcome == "locked" and result.locked_until is not None:
                message = visit.ui.t("signin_locked", until=visit.ui.dt(result.locked_until))
                status = 429
            else:
                message, status = visit.ui.t("signin_failed"), 401
            return console.render(request, visit, "login.html", status=status, next=safe_next(next),
                                  username=username[:64], error=message)
        principal = result.principal
        state = visit.state

        def start(s: Session) -> str:
            security.end_session(s, state.id)
            token, _ = security.new_session(s, principal.id, now, client_of(request), request.headers.get("user-agent"))
            return token

        token = db.run(start)
        response = redirect(safe_next(next))
        console.set_session_cookie(request, response, token)
        return response

    @router.post("/logout")
    def logout(request: Request, visit: Posted) -> Response:
        assert visit.state is not None
        state, user = visit.state, visit.user

        def end(s: Session) -> None:
            security.end_session(s, state.id)
            audit(s, user.username, "hq.signout", "hq_user", user.username, {"client": client_of(request)})

        db.run(end)
        response = redirect(f"{PREFIX}/login", done="signed_out")
        response.delete_cookie(security.COOKIE_NAME, path=security.COOKIE_PATH)
        return response

    # -- queue ----------------------------------------------------------------------------

    @router.get("/queue")
    def queue(
        request: Request, visit: SignedIn, region: str = "", branch: str = "", type: str = "", overdue: str = ""
    ) -> Response:
        filters = queries.QueueFilters(region=region or None, branch=branch or None, type=type or None,
                                       overdue=overdue in ("1", "on", "true"))
        with db.read() as s:
            view = queries.queue(s, visit.user, filters, visit.now)
        return console.render(request, visit, "queue.html", view=view, filters=filters)

    # -- request --------------------------------------------------------------------------

    def request_page(request: Request, visit: Visit, request_id: str, status: int = 200, **extra: Any) -> Response:
        with db.read() as s:
            detail = queries.request_detail(s, visit.user, request_id, visit.ui.local(visit.now).date())
        if detail is None:
            raise ConsoleError(404, "err_not_found")
        extra.setdefault("verb", "")
        extra.setdefault("note", "")
        return console.render(request, visit, "request.html", status=status, d=detail,
                              final=detail.request.status in FINAL_STATUSES, **extra)

    @router.get("/requests/{request_id}")
    def show_request(request: Request, request_id: str, visit: SignedIn) -> Response:
        return request_page(request, visit, request_id)

    @router.post("/requests/{request_id}/decide")
    def decide(
        request: Request,
        request_id: str,
        visit: Posted,
        verb: Annotated[str, Form()] = "",
        note: Annotated[str, Form()] = "",
    ) -> Response:
        user = visit.user
        with db.read() as s:
            if not queries.request_in_scope(s, user, request_id):
                # Outside the manager's regions is answered exactly like a request that does not exist.
                raise ConsoleError(404, "err_not_found")
        if verb not in DECISION_OF_VERB:
            return request_page(request, visit, request_id, 400, error=visit.ui.t("choose_decision"), note=note)
        if not note.strip():
            return request_page(request, visit, request_id, 400, error=visit.ui.t("note_required"), verb=verb)

        def work(s: Session) -> str | None:
            # Scope again inside the deciding transaction: a branch may have moved region meanwhile.
            if not queries.request_in_scope(s, user, request_id):
                raise ConsoleError(404, "err_not_found")
            current = s.scalar(select(BenefitRequest.status).where(BenefitRequest.id == queries.canonical(request_id)))
            if current in FINAL_STATUSES:
                return visit.ui.t("already_decided")
            try:
                decisions.decide(s, request_id, verb, note, user.decided_by, utcnow())
            except decisions.DecisionError as exc:
                return str(exc)
            return None

        problem = db.run(work)
        if problem is not None:
            return request_page(request, visit, request_id, 409, error=problem)
        return redirect(f"{PREFIX}/requests/{queries.canonical(request_id)}", done="decision_recorded")

    # -- branches -------------------------------------------------------------------------

    def branches_page(request: Request, visit: Visit, status: int = 200, **extra: Any) -> Response:
        with db.read() as s:
            rows = queries.branch_rows(s)
        extra.setdefault("form", {"code": "", "name": "", "region": ""})
        return console.render(request, visit, "branches.html", status=status, rows=rows, **extra)

    def secret_page(request: Request, visit: Visit, code: str, secret: str, key: str) -> Response:
        return console.render(request, visit, "secret.html", code=code, secret=secret,
                              message=visit.ui.t(key, code=code))

    @router.get("/branches")
    def branches(request: Request, visit: Admin) -> Response:
        return branches_page(request, visit)

    @router.post("/branches")
    def add_branch(
        request: Request,
        visit: AdminPosted,
        code: Annotated[str, Form()] = "",
        name: Annotated[str, Form()] = "",
        region: Annotated[str, Form()] = "",
    ) -> Response:
        code = auth.normalise_code(code)
        try:
            secret = db.run(lambda s: auth.add_branch(s, code, name, region, visit.user.actor))
        except auth.BranchError as exc:
            return branches_page(request, visit, 400, error=str(exc),
                                 form={"code": code, "name": name, "region": region})
        return secret_page(request, visit, code, secret, "branch_added")

    @router.post("/branches/{code}/rotate")
    def rotate_branch(
        request: Request, code: str, visit: AdminPosted, confirm: Annotated[str, Form()] = ""
    ) -> Response:
        if confirm != "yes":
            return branches_page(request, visit, 400, error=visit.ui.t("confirm_required"))
        try:
            secret = db.run(lambda s: auth.rotate_branch(s, code, visit.user.actor))
        except auth.BranchError as exc:
            return branches_page(request, visit, 400, error=str(exc))
        return secret_page(request, visit, auth.normalise_code(code), secret, "branch_rotated")

    @router.post("/branches/{code}/revoke")
    def revoke_branch(
        request: Request, code: str, visit: AdminPosted, confirm: Annotated[str, Form()] = ""
    ) -> Response:
        if confirm != "yes":
            return branches_page(request, visit, 400, error=visit.ui.t("confirm_required"))
        try:
            db.run(lambda s: auth.revoke_branch(s, code, visit.user.actor))
        except auth.BranchError as exc:
            return branches_page(request, visit, 400, error=str(exc))
        return redirect(f"{PREFIX}/branches", done="branch_revoked", code=auth.normalise_code(code))

    # -- users ----------------------------------------------------------------------------

    def users_page(request: Request, visit: Visit, status: int = 200, **extra: Any) -> Response:
        with db.read() as s:
            people = users.list_users(s)
            locks = {u.username: users.locked_until(s, u.username, visit.now) for u in people}
            regions = users.known_regions(s)
        extra.setdefault("form", {"username": "", "display_name": "", "role": "regional_manager", "regions": ""})
        return console.render(request, visit, "users.html", status=status, people=people, locks=locks,
                              known_regions=regions, roles=ROLES, **extra)

    @router.get("/users")
    def user_list(request: Request, visit: Admin) -> Response:
        return users_page(request, visit)

    @router.post("/users")
    def add_user(
        request: Request,
        visit: AdminPosted,
        username: Annotated[str, Form()] = "",
        display_name: Annotated[str, Form()] = "",
        role: Annotated[str, Form()] = "",
        regions: Annotated[str, Form()] = "",
        password: Annotated[str, Form()] = "",
        password2: Annotated[str, Form()] = "",
    ) -> Response:
        form = {"username": username, "display_name": display_name, "role": role, "regions": regions}
        if password != password2:
            return users_page(request, visit, 400, error=visit.ui.t("passwords_differ"), form=form)
        try:
            db.run(lambda s: users.create_user(s, username, display_name, role, regions.split(","), password,
                                               visit.user.actor, utcnow()))
        except users.UserError as exc:
            return users_page(request, visit, 400, error=str(exc), form=form)
        return redirect(f"{PREFIX}/users", done="user_added", username=users.normalize_username(username))

    def user_action(request: Request, visit: Visit, username: str, action: Callable[[Session], None]) -> Response:
        try:
            db.run(action)
        except users.UserError as exc:
            return users_page(request, visit, 400, error=str(exc))
        return redirect(f"{PREFIX}/users", done="user_changed", username=username)

    @router.post("/users/{username}/disable")
    def disable_user(request: Request, username: str, visit: AdminPosted) -> Response:
        if users.normalize_username(username) == visit.user.username:
            return users_page(request, visit, 400, error=visit.ui.t("self_disable"))
        return user_action(request, visit, username,
                           lambda s: users.set_disabled(s, username, True, visit.user.actor, utcnow()))

    @router.post("/users/{username}/enable")
    def enable_user(request: Request, username: str, visit: AdminPosted) -> Response:
        return user_action(request, visit, username,
                           lambda s: users.set_disabled(s, username, False, visit.user.actor, utcnow()))

    @router.post("/users/{username}/unlock")
    def unlock_user(request: Request, username: str, visit: AdminPosted) -> Response:
        return user_action(request, visit, username, lambda s: users.unlock(s, username, visit.user.actor))

    @router.post("/users/{username}/password")
    def set_password(
        request: Request,
        username: str,
        visit: AdminPosted,
        password: Annotated[str, Form()] = "",
        password2: Annotated[str, Form()] = "",
    ) -> Response:
        if password != password2:
            return users_page(request, visit, 400, error=visit.ui.t("passwords_differ"))
        try:
            db.run(lambda s: users.set_password(s, username, password, visit.user.actor))
        except users.UserError as exc:
            return users_page(request, visit, 400, error=str(exc))
        if users.normalize_username(username) == visit.user.username:
            # Setting one's own password ended this session too: sign in again with the new one.
            response = redirect(f"{PREFIX}/login")
            response.delete_cookie(security.COOKIE_NAME, path=security.COOKIE_PATH)
            return response
        return redirect(f"{PREFIX}/users", done="password_changed", username=username)

    # -- club profile ---------------------------------------------------------------------

    def profile_page(request: Request, visit: Visit, status: int = 200, **extra: Any) -> Response:
        with db.read() as s:
            versions = list(s.scalars(select(ProfileVersion).order_by(ProfileVersion.published_at.desc(),
                                                                      ProfileVersion.id.desc())))
            in_force = active_profile(s)
        return console.render(request, visit, "profile.html", status=status, versions=versions,
                              in_force=in_force, published=bool(versions), **extra)

    @router.get("/profile")
    def profile(request: Request, visit: Admin) -> Response:
        return profile_page(request, visit)

    @router.post("/profile/preview")
    def preview_profile(
        request: Request, visit: AdminPosted, file: Annotated[UploadFile | None, File()] = None
    ) -> Response:
        ui = visit.ui
        if file is None or not file.filename:
            return profile_page(request, visit, 400, error=ui.t("upload_empty"))
        raw = file.file.read(MAX_PROFILE_BYTES + 1)
        if len(raw) > MAX_PROFILE_BYTES:
            return profile_page(request, visit, 400, error=ui.t("upload_too_big", kb=MAX_PROFILE_BYTES // 1024))
        try:
            # Browsers send a textarea's line breaks as CRLF: normalise now so the text previewed,
            # the digest and the text published are the same.
            text = raw.decode("utf-8-sig").replace("\r\n", "\n")
        except UnicodeDecodeError:
            return profile_page(request, visit, 400, error=ui.t("upload_not_text"))
        name = Path(file.filename).name[:100]
        try:
            candidate = parse_profile(text, name)
        except ProfileError as exc:
            return profile_page(request, visit, 400, error=f"{ui.t('profile_invalid')} {exc.key}: {exc.reason}")
        with db.read() as s:
            base = base_version(s, candidate.code)
        if base is not None:
            old_text, heading = base.toml, ui.t("diff_against_version", code=base.code, version=base.version)
        else:
            shipped = clubs_dir() / f"{candidate.code}.toml"
            if shipped.is_file():
                old_text = shipped.read_text(encoding="utf-8")
                heading = ui.t("diff_against_shipped", code=candidate.code)
            else:
                old_text, heading = "", ui.t("diff_new_club", code=candidate.code)
        diff = list(difflib.unified_diff(old_text.splitlines(), text.splitlines(), "current", name, lineterm="", n=3))
        return console.render(
            request, visit, "profile_preview.html", candidate=candidate, heading=heading, diff=diff[2:],
            toml_text=text, source=name, base_marker=marker(base), digest=hashlib.sha256(text.encode()).hexdigest(),
        )

    @router.post("/profile/publish")
    def publish_profile(
        request: Request,
        visit: AdminPosted,
        toml_text: Annotated[str, Form()] = "",
        source: Annotated[str, Form()] = "",
        base_marker: Annotated[str, Form()] = "",
        digest: Annotated[str, Form()] = "",
    ) -> Response:
        ui = visit.ui
        text = toml_text.replace("\r\n", "\n")
        if not hmac.compare_digest(hashlib.sha256(text.encode()).hexdigest(), digest):
            # Not the text that was previewed: publish only what the administrator saw.
            return profile_page(request, visit, 409, error=ui.t("preview_stale"))
        try:
            code = parse_profile(text, source or "upload").code
        except ProfileError as exc:
            return profile_page(request, visit, 400, error=f"{ui.t('profile_invalid')} {exc.key}: {exc.reason}")

        def work(s: Session) -> tuple[ClubProfile, bool] | None:
            if marker(base_version(s, code)) != base_marker:
                return None
            return profiles.publish(s, text, f"console upload {source or 'profile.toml'}", visit.user.actor, utcnow())

        try:
            outcome = db.run(work)
        except (ProfileError, profiles.PublishError) as exc:
            return profile_page(request, visit, 400, error=str(exc))
        if outcome is None:
            return profile_page(request, visit, 409, error=ui.t("preview_stale"))
        published, fresh = outcome
        return redirect(f"{PREFIX}/profile", done="profile_published" if fresh else "profile_already",
                        code=published.code, version=str(published.version))

    return router


def base_version(session: Session, code: str) -> ProfileVersion | None:
    """The newest published version of `code`: what a new upload replaces."""
    return session.scalar(
        select(ProfileVersion).where(ProfileVersion.code == code).order_by(ProfileVersion.version.desc()).limit(1)
    )


def marker(version: ProfileVersion | None) -> str:
    return "none" if version is None else f"{version.id}"

