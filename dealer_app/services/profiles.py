"""Which club profile this branch runs: the newest version head office published, else the
shipped profile named in the branch settings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealer_app.club_profile import ClubProfile, load_profile, parse_profile
from dealer_app.db.database import Database
from dealer_app.db.models import ProfileVersion
from dealer_app.services.settings import load as load_settings


def active_profile_in(session: Session) -> ClubProfile:
    code = load_settings(session).club_code
    row = session.scalar(
        select(ProfileVersion).where(ProfileVersion.code == code).order_by(ProfileVersion.version.desc()).limit(1)
    )
    shipped = load_profile(code)
    if row is not None and row.version > shipped.version:
        return parse_profile(row.toml, f"head office {code} v{row.version}")
    return shipped


def active_profile(db: Database) -> ClubProfile:
    with db.read() as s:
        return active_profile_in(s)
