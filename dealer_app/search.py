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

from sqlalchemy import Connection

from dealer_app import rules
from dealer_app.club_profile import ClubProfile
from dealer_app.db.database import Database
from dealer_app.plates import format_plate, plate_search_key
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


_MEMBER_NUMBER = re.compile(r"^[A-Z0-9]{1,12}-\d{1,9}$")
_CARD_NUMBER = re.compile(r"^[A-Z0-9]{1,12}-C\d{1,9}$")

# Plain SQL on one read connection: a counter lookup is one or two indexed statements, and the
# ORM's per-statement overhead would cost more than the lookups themselves.
_BY_MEMBER_NUMBER = "SELECT id FROM members WHERE member_number = ?"
_BY_CARD = "SELECT v.member_id FROM cards c JOIN vehicles v ON v.id = c.vehicle_id WHERE c.card_number = ?"
_BY_PLATE = "SELECT member_id FROM vehicles WHERE plate_key = ?"
_BY_NATIONAL_ID = "SELECT id FROM members WHERE national_id = ?"
_BY_PHONE = "SELECT id FROM members WHERE phone = ? LIMIT 20"
_BY_VIN = "SELECT member_id FROM vehicles WHERE vin = ?"
_BY_NAME_FTS = (
    "SELECT m.id FROM member_name_fts f JOIN members m ON m.rowid = f.rowid WHERE member_name_fts MATCH ? LIMIT ?"
)
_BY_NAME_PREFIX = "SELECT DISTINCT member_id FROM name_tokens WHERE token >= ? AND token < ? LIMIT ?"


def _exact_ids(conn: Connection, profile: ClubProfile, query: str) -> list[tuple[str, str]]:
    """Only the lookups the query's shape allows: a plate never runs the phone query."""
    found: list[tuple[str, str]] = []
    ascii_q = to_ascii_digits(query).strip()
    upper = ascii_q.upper().replace(" ", "")

    def add(sql: str, value: str, how: str) -> None:
        for (member_id,) in conn.exec_driver_sql(sql, (value,)):
            if all(member_id != m for m, _ in found):
                found.append((member_id, how))

    if _CARD_NUMBER.match(upper):
        add(_BY_CARD, upper, "card")
    elif _MEMBER_NUMBER.match(upper):
        add(_BY_MEMBER_NUMBER, upper, "member_number")
    plate_key = plate_search_key(query, profile.country)
    if plate_key:
        add(_BY_PLATE, plate_key, "plate")
    digits = digits_only(ascii_q)
    if len(digits) >= 7 and not found:
        add(_BY_NATIONAL_ID, upper if upper[:-1].isdigit() else digits, "national_id")
        try:
            phone = validate_phone(profile.country, ascii_q)
        except ValidationError:
            phone = None
        if phone:
            add(_BY_PHONE, phone, "phone")
    if _VIN.match(upper):
        add(_BY_VIN, upper, "vin")
    return found


def _name_ids(conn: Connection, key: str, limit: int) -> list[str]:
    if len(key) >= 3:
        phrase = '"' + key.replace('"', '""') + '"'
        return [r[0] for r in conn.exec_driver_sql(_BY_NAME_FTS, (phrase, limit))]
    return [r[0] for r in conn.exec_driver_sql(_BY_NAME_PREFIX, (key, key + _MAX_CODEPOINT, limit))]


def _hits(conn: Connection, profile: ClubProfile, matched: list[tuple[str, str]], as_of: date) -> list[SearchHit]:
    ids = [m for m, _ in matched]
    marks = ",".join("?" * len(ids))
    rows = {
        r[0]: r
        for r in conn.exec_driver_sql(
            "SELECT m.id, m.member_number, m.full_name, m.phone, m.profile_complete, ms.joined_on "
            f"FROM members m JOIN memberships ms ON ms.member_id = m.id WHERE m.id IN ({marks})",
            tuple(ids),
        )
    }
    cars: dict[str, list[tuple[str, str, str]]] = {i: [] for i in ids}
    for member_id, plate_key, purchased_on, source in conn.exec_driver_sql(
        f"SELECT member_id, plate_key, purchased_on, source FROM vehicles WHERE member_id IN ({marks}) "
        "ORDER BY purchased_on",
        tuple(ids),
    ):
        cars[member_id].append((plate_key, purchased_on, source))
    hits = []
    for member_id, how in matched:
        member_row = rows[member_id]
        facts = rules.MemberFacts(
            joined_on=date.fromisoformat(member_row[5]),
            profile_complete=bool(member_row[4]),
            vehicles=tuple(
                rules.VehicleFact(date.fromisoformat(bought), source)  # type: ignore[arg-type]
                for _, bought, source in cars[member_id]
            ),
        )
        standing = rules.evaluate(profile, facts, as_of)
        hits.append(
            SearchHit(
                member_id=member_id,
                member_number=member_row[1],
                full_name=member_row[2],
                tier=standing.tier,
                points=standing.points,
                plates=tuple(format_plate(plate) for plate, _, _ in cars[member_id]),
                phone_masked=mask_phone(member_row[3]),
                matched_by=how,
            )
        )
    return hits


def find(db: Database, profile: ClubProfile, query: str, limit: int = 20, as_of: date | None = None) -> list[SearchHit]:
    query = query.strip()
    if not query:
        return []
    with db.read_connection() as conn:
        matched = _exact_ids(conn, profile, query)
        key = search_key(query)
        # A query that is a plate, phone or ID is not also a name.
        if key and not matched:
            matched = [(member_id, "name") for member_id in _name_ids(conn, key, limit)]
        matched = matched[:limit]
        if not matched:
            return []
        return _hits(conn, profile, matched, as_of or date.today())
