"""Tables of the head-office review console, on the head-office `Base`.

Created by the `web_0001` Alembic revision; the column types here and there must agree.
Session tokens and passwords are never stored: a session row is keyed by SHA-256 of its
token, and a password by its argon2id hash.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dealer_app.headoffice.models import Base

ROLE_REGIONAL_MANAGER = "regional_manager"
ROLE_ADMIN = "admin"
ROLES = (ROLE_REGIONAL_MANAGER, ROLE_ADMIN)


class HqUser(Base):
    """A head-office user: a regional sales manager (scoped to regions) or an administrator."""

    __tablename__ = "hq_users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(24))
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime]
    disabled_at: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]

    regions: Mapped[list[HqUserRegion]] = relationship(
        back_populates="user", cascade="all, delete-orphan", order_by="HqUserRegion.region"
    )

    @property
    def region_names(self) -> tuple[str, ...]:
        return tuple(r.region for r in self.regions)


class HqUserRegion(Base):
    """One region a regional sales manager answers for (matched against `Branch.region`)."""

    __tablename__ = "hq_user_regions"
    user_id: Mapped[int] = mapped_column(ForeignKey("hq_users.id", ondelete="CASCADE"), primary_key=True)
    region: Mapped[str] = mapped_column(String(100), primary_key=True)

    user: Mapped[HqUser] = relationship(back_populates="regions")


class HqSession(Base):
    """A browser session. `user_id` is NULL before sign-in: the sign-in form needs a CSRF
    token too, and a pre-sign-in session is what ties it to one browser."""

    __tablename__ = "hq_sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 hex of the cookie token
    user_id: Mapped[int | None] = mapped_column(ForeignKey("hq_users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    expires_at: Mapped[datetime] = mapped_column(index=True)
    client: Mapped[str | None] = mapped_column(String(64))
    user_agent: Mapped[str | None] = mapped_column(Text)


class HqLoginThrottle(Base):
    """Failed sign-ins per username (known or not, so lockout reveals nothing about accounts)."""

    __tablename__ = "hq_login_throttle"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None]
    locked_until: Mapped[datetime | None]
