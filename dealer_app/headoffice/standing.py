"""Points and tier as head office sees them: every branch's vehicles of the canonical member.

The rules themselves live in `dealer_app.rules`; this module only gathers the facts and
picks the club profile (the newest one head office published, else the shipped default).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealer_app import rules
from dealer_app.club_profile import ClubProfile, load_profile, parse_profile
from dealer_app.headoffice.models import Member, MemberLink, ProfileVersion, Vehicle

DEFAULT_CLUB = "kerman_motor"


@lru_cache(maxsize=16)
def _parsed(code: str, version: int, toml_text: str) -> ClubProfile:
    return parse_profile(toml_text, f"head office {code} v{version}")


def active_profile(session: Session) -> ClubProfile:
    row = session.scalar(select(ProfileVersion).order_by(ProfileVersion.published_at.desc(),
                                                         ProfileVersion.id.desc()).limit(1))
    if row is None:
        return load_profile(DEFAULT_CLUB)
    return _parsed(row.code, row.version, row.toml)


def member_facts(session: Session, member: Member) -> rules.MemberFacts:
    """One vehicle counts once even when two branches registered it (same VIN, else plate)."""
    vehicles = session.scalars(
        select(Vehicle)
        .join(MemberLink, Vehicle.link_id == MemberLink.id)
        .where(MemberLink.member_id == member.id)
        .order_by(Vehicle.purchased_on, Vehicle.id)
    ).all()
    seen: set[str] = set()
    facts: list[rules.VehicleFact] = []
    for v in vehicles:
        identity = f"vin:{v.vin}" if v.vin else f"plate:{v.plate_key}"
        if identity in seen:
            continue
        seen.add(identity)
        facts.append(rules.VehicleFact(purchased_on=v.purchased_on, source=v.source))  # type: ignore[arg-type]
    return rules.MemberFacts(
        joined_on=member.joined_on, profile_complete=member.profile_complete, vehicles=tuple(facts)
    )


def standing_of(session: Session, member: Member, as_of: date, profile: ClubProfile | None = None) -> rules.Standing:
    return rules.evaluate(profile or active_profile(session), member_facts(session, member), as_of)
