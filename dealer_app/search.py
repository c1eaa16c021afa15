"""Finding a member from whatever the clerk types: plate, phone, national ID, member or card
number, VIN, or any part of a name.

Exact keys are tried first (each is one indexed lookup), then the name: FTS5 trigram for
three characters or more, and word/character prefixes (`name_tokens`) for shorter queries,
which trigram cannot answer. The same `search_key` normalisation is applied to stored names
and to the query, so Persian letter variants, digits, ZWNJ and Turkish case all match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload

from dealer_app import rules
from dealer_app.club_profile import ClubProfile
from dealer_app.db.database import Database
from dealer_app.db.models import Card, Member, NameToken, Vehicle
from dealer_app.plates import format_plate, plate_search_key
from dealer_app.services.members import facts_of
from dealer_app.text import digits_only, search_key, to_ascii_digits
from dealer_app.validation import ValidationError, mask_phone, validate_phone

_VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
_MAX_CODEPOINT = "\U0010ffff"


@dataclass(frozen=True)
class SearchHit:
    member_id: str
    member_number: str
    full_name: str
    tier: str | None
    points: int
    plates: tuple[str, ...]
    phone_masked: str
    matched_by: str  # member_number | card | plate | phone | national_id | vin | name


def _exact_ids(s: Session, profile: ClubProfile, query: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    ascii_q = to_ascii_digits(query).strip()
    upper = ascii_q.upper().replace(" ", "")

    def add(member_id: str | None, how: str) -> None:
        if member_id and all(member_id != m for m, _ in found):
            found.append((member_id, how))

    add(s.scalar(select(Member.id).where(Member.member_number == upper)), "member_number")
    add(
        s.scalar(select(Vehicle.member_id).join(Card, Card.vehicle_id == Vehicle.id).where(Card.card_number == upper)),
        "card",
    )
    plate_key = plate_search_key(query, profile.country)
    if plate_key:
        add(s.scalar(select(Vehicle.member_id).where(Vehicle.plate_key == plate_key)), "plate")
    digits = digits_only(ascii_q)
    if len(digits) >= 7:
        add(s.scalar(select(Member.id).where(Member.national_id == digits)), "national_id")
        add(s.scalar(select(Member.id).where(Member.national_id == upper)), "national_id")
        try:
            phone = validate_phone(profile.country, ascii_q)
        except ValidationError:
            phone = None
        if phone:
            for member_id in s.scalars(select(Member.id).where(Member.phone == phone).limit(20)):
                add(member_id, "phone")
    if _VIN.match(upper):
        add(s.scalar(select(Vehicle.member_id).where(Vehicle.vin == upper)), "vin")
    return found


def _name_ids(s: Session, key: str, limit: int) -> list[str]:
    if len(key) >= 3:
        phrase = '"' + key.replace('"', '""') + '"'
        rows = s.execute(
            text(
                "SELECT m.id FROM member_name_fts f JOIN members m ON m.rowid = f.rowid "
                "WHERE member_name_fts MATCH :q LIMIT :n"
            ),
            {"q": phrase, "n": limit},
        )
        return [r[0] for r in rows]
    stmt = (
        select(NameToken.member_id)
        .where(NameToken.token >= key, NameToken.token < key + _MAX_CODEPOINT)
        .distinct()
        .limit(limit)
    )
    return list(s.scalars(stmt))


def find(db: Database, profile: ClubProfile, query: str, limit: int = 20, as_of: date | None = None) -> list[SearchHit]:
    query = query.strip()
    if not query:
        return []
    with db.read() as s:
        matched = _exact_ids(s, profile, query)
        key = search_key(query)
        if key and len(matched) < limit:
            known = {m for m, _ in matched}
            for member_id in _name_ids(s, key, limit):
                if member_id not in known:
                    matched.append((member_id, "name"))
                    known.add(member_id)
        matched = matched[:limit]
        if not matched:
            return []
        members = {
            m.id: m
            for m in s.scalars(
                select(Member)
                .where(Member.id.in_([m for m, _ in matched]))
                .options(selectinload(Member.membership), selectinload(Member.vehicles))
            )
        }
        as_of = as_of or date.today()
        hits = []
        for member_id, how in matched:
            m = members[member_id]
            standing = rules.evaluate(profile, facts_of(m), as_of)
            hits.append(
                SearchHit(
                    member_id=m.id,
                    member_number=m.member_number,
                    full_name=m.full_name,
                    tier=standing.tier,
                    points=standing.points,
                    plates=tuple(format_plate(v.plate_key) for v in m.vehicles),
                    phone_masked=mask_phone(m.phone),
                    matched_by=how,
                )
            )
        return hits
