"""Publishing a club profile version to every branch."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealer_app import sync_protocol as proto
from dealer_app.club_profile import ClubProfile, parse_profile
from dealer_app.headoffice.feed import FeedBuffer
from dealer_app.headoffice.models import ProfileVersion
from dealer_app.headoffice.ops import audit


class PublishError(ValueError):
    """The profile cannot be published (message says why)."""


def publish(
    session: Session, toml_text: str, source: str, published_by: str, now: datetime
) -> tuple[ClubProfile, bool]:
    """Validates and publishes; returns (profile, False) when this exact version was already out.

    Raises `dealer_app.club_profile.ProfileError` for an invalid profile.
    """
    profile = parse_profile(toml_text, source)
    existing = session.scalar(
        select(ProfileVersion).where(ProfileVersion.code == profile.code, ProfileVersion.version == profile.version)
    )
    if existing is not None:
        if existing.toml == toml_text:
            return profile, False
        raise PublishError(
            f"{profile.code} version {profile.version} was already published with different content; "
            "raise `version` in the file"
        )
    newest = session.scalar(
        select(ProfileVersion.version)
        .where(ProfileVersion.code == profile.code)
        .order_by(ProfileVersion.version.desc())
        .limit(1)
    )
    if newest is not None and profile.version < newest:
        raise PublishError(
            f"{profile.code} version {newest} is already published; a branch ignores older versions, "
            f"so publish it as version {newest + 1} or higher"
        )
    session.add(
        ProfileVersion(
            code=profile.code, version=profile.version, toml=toml_text, published_at=now, published_by=published_by
        )
    )
    entity_id = f"{profile.code}@{profile.version}"
    audit(session, published_by, "profile.published", "profile", entity_id, {"source": source})
    feed = FeedBuffer()
    feed.add(
        None,
        "profile.published",
        proto.ProfilePublishedItem(
            code=profile.code, version=profile.version, toml=toml_text, published_at=now
        ).model_dump(mode="json"),
    )
    feed.flush(session)
    return profile, True
