"""The head-office HTTP API branches sync with (FastAPI).

Every `/api/v1/sync/*` call is authenticated by its HMAC signature before its body is even
parsed, so unauthenticated callers learn nothing from validation errors. Database work runs
in FastAPI's thread pool (sync endpoints) because SQLAlchemy sessions here are synchronous.
"""

# No `from __future__ import annotations`: FastAPI must see the dependency types declared
# inside create_app at definition time.
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, TypeVar

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel
from pydantic import ValidationError as PydanticError
from sqlalchemy import update
from sqlalchemy.exc import SQLAlchemyError

from dealer_app import __version__
from dealer_app import sync_protocol as proto
from dealer_app.clock import utcnow
from dealer_app.headoffice import feed, ingest
from dealer_app.headoffice.auth import AuthenticatedBranch, AuthError, NoncePruner, authenticate
from dealer_app.headoffice.db import HeadOfficeDB
from dealer_app.headoffice.models import Branch

M = TypeVar("M", bound=BaseModel)

# 500 entries of a few KB each fit comfortably; anything bigger is not a branch.
MAX_BODY_BYTES = 16 * 1024 * 1024


def _parse(model: type[M], body: bytes) -> M:
    try:
        return model.model_validate_json(body or b"{}")
    except PydanticError as exc:
        raise RequestValidationError(exc.errors(include_url=False)) from None


def create_app(db_url: str) -> FastAPI:
    db = HeadOfficeDB(db_url)
    pruner = NoncePruner(db)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        db.close()

    app = FastAPI(title="Dealer Club head office", version=__version__, lifespan=lifespan)
    app.state.db = db

    async def signed_body(request: Request) -> bytes:
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_BODY_BYTES:
            raise HTTPException(413, f"request body over {MAX_BODY_BYTES} bytes; send smaller batches")
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            raise HTTPException(413, f"request body over {MAX_BODY_BYTES} bytes; send smaller batches")
        return body

    def branch_auth(request: Request, body: Annotated[bytes, Depends(signed_body)]) -> AuthenticatedBranch:
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        query = request.scope.get("query_string") or b""
        target = (raw_path + (b"?" + query if query else b"")).decode("latin-1")
        try:
            branch = authenticate(db, request.method, target, body, request.headers)
        except AuthError as exc:
            headers = {"WWW-Authenticate": "DealerClub-HMAC"} if exc.status_code == 401 else None
            raise HTTPException(exc.status_code, exc.detail, headers=headers) from None
        pruner.maybe_prune()
        return branch

    Branch_ = Annotated[AuthenticatedBranch, Depends(branch_auth)]
    Body_ = Annotated[bytes, Depends(signed_body)]

    @app.get(f"{proto.API_PREFIX}/health")
    def health() -> proto.HealthResponse:
        try:
            reachable = db.ping()
        except SQLAlchemyError:
            reachable = False
        if not reachable:
            raise HTTPException(503, "head-office database unreachable")
        return proto.HealthResponse(status="ok", version=__version__)

    @app.post(f"{proto.API_PREFIX}/sync/push")
    def push(branch: Branch_, body: Body_) -> proto.PushResponse:
        batch = _parse(proto.PushRequest, body)
        outcome = db.run(lambda s: ingest.push(s, branch, batch.entries, utcnow()))
        return proto.PushResponse(held=outcome.held)

    @app.get(f"{proto.API_PREFIX}/sync/pull")
    def pull(
        branch: Branch_,
        cursor: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=proto.MAX_PULL_LIMIT)] = 100,
    ) -> proto.PullResponse:
        with db.read() as s:
            answer = feed.pull(s, branch.id, cursor, limit)
        with db.write() as s:
            s.execute(update(Branch).where(Branch.id == branch.id).values(last_sync_at=utcnow()))
        return answer

    @app.post(f"{proto.API_PREFIX}/sync/reconcile")
    def reconcile(branch: Branch_, body: Body_) -> proto.ReconcileResponse:
        request = _parse(proto.ReconcileRequest, body)
        with db.read() as s:
            return ingest.reconcile(s, branch.id, request)

    @app.get(f"{proto.API_PREFIX}/sync/held")
    def held(
        branch: Branch_,
        after: uuid.UUID | None = None,
        limit: Annotated[int, Query(ge=1, le=proto.MAX_HELD_LIMIT)] = 1000,
    ) -> proto.HeldResponse:
        with db.read() as s:
            ids = ingest.held_ids(s, branch.id, str(after) if after else None, limit)
        return proto.HeldResponse(ids=ids, next_after=ids[-1] if len(ids) == limit else None)

    from dealer_app.headoffice.web import mount as mount_console

    mount_console(app, db)
    return app
