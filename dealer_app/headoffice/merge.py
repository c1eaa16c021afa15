"""Merging one person enrolled at several branches into one canonical member (pure).

Two branches may enroll the same person while both are offline. Head office keys the
canonical member by (country, national ID) and merges every branch's enrollment and
updates into it with one rule per field. Each value carries a *stamp*: the branch's
`created_at` of the entry that set it, then the entry UUID as a tie-breaker, so the result
does not depend on which branch happened to sync first (except `member_number`, see below).

Conflict rules, per field:

* ``country``, ``national_id`` — the key. Never merged; a `member.updated` that corrects
  the national ID moves the branch's link to the canonical member of the new key.
* ``full_name``, ``phone``, ``email``, ``birth_date``, ``address`` — the latest stamp wins
  (the most recent thing a member told any branch). At enrollment an empty optional field
  means "not asked" and does not erase a value another branch recorded; in
  `member.updated` an empty value is a deliberate clearing and takes part like any value.
* ``joined_on`` — the earliest date wins: the member has been in the club since then.
* ``join_method`` — travels with ``joined_on``: it is the method of the earliest enrollment
  (ties on the date go to the earlier stamp).
* ``profile_complete`` — OR: once any branch has the full profile, the profile points are
  earned and are not taken back.
* ``valid_until`` — the latest date wins (a renewal at any branch extends the membership);
  an unknown date never replaces a known one.
* ``member_number`` — the first number head office received stays the canonical number,
  because it is printed on cards and told to branches; later numbers remain on each
  branch's link.

Whenever a value loses (either an incoming value or one already held), the loser is returned
as a `Conflict` and the caller records it in the audit log.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

LATEST_WINS = ("full_name", "phone", "email", "birth_date", "address")
OPTIONAL_AT_ENROLLMENT = frozenset({"email", "birth_date", "address"})
KEY_FIELDS = ("country", "national_id")


def stamp(created_at: datetime, entry_id: str) -> str:
    """Fixed-width so that comparing the strings compares the instants, then the entry ids."""
    return f"{created_at.strftime('%Y-%m-%dT%H:%M:%S.%f')}|{entry_id}"


@dataclass(frozen=True)
class Conflict:
    field: str
    kept: Any
    lost: Any
    kept_stamp: str | None
    lost_stamp: str | None

    def as_audit(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "kept": _jsonable(self.kept),
            "lost": _jsonable(self.lost),
            "kept_stamp": self.kept_stamp,
            "lost_stamp": self.lost_stamp,
        }


@dataclass(frozen=True)
class MemberState:
    """The mergeable facts of a canonical member, detached from the database."""

    member_number: str
    country: str
    national_id: str
    full_name: str
    phone: str
    joined_on: date
    join_method: str
    profile_complete: bool = False
    valid_until: date | None = None
    email: str | None = None
    birth_date: date | None = None
    address: str | None = None
    stamps: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Enrollment:
    member_number: str
    country: str
    national_id: str
    full_name: str
    phone: str
    joined_on: date
    join_method: str
    profile_complete: bool
    valid_until: date | None
    email: str | None = None
    birth_date: date | None = None
    address: str | None = None


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def new_state(enrollment: Enrollment, at: str) -> MemberState:
    # An optional field left empty gets no stamp, so any branch's value for it wins later.
    stamps = {
        name: at
        for name in (*LATEST_WINS, "joined_on")
        if not (name in OPTIONAL_AT_ENROLLMENT and getattr(enrollment, name) is None)
    }
    return MemberState(
        member_number=enrollment.member_number,
        country=enrollment.country,
        national_id=enrollment.national_id,
        full_name=enrollment.full_name,
        phone=enrollment.phone,
        joined_on=enrollment.joined_on,
        join_method=enrollment.join_method,
        profile_complete=enrollment.profile_complete,
        valid_until=enrollment.valid_until,
        email=enrollment.email,
        birth_date=enrollment.birth_date,
        address=enrollment.address,
        stamps=stamps,
    )


def _latest(
    name: str, current: Any, current_stamp: str | None, incoming: Any, incoming_stamp: str
) -> tuple[Any, str | None, Conflict | None]:
    if current_stamp is None or incoming_stamp > current_stamp:
        if current == incoming:
            return incoming, incoming_stamp, None
        return incoming, incoming_stamp, Conflict(name, incoming, current, incoming_stamp, current_stamp)
    if incoming_stamp == current_stamp or current == incoming:
        return current, current_stamp, None
    return current, current_stamp, Conflict(name, current, incoming, current_stamp, incoming_stamp)


def merge_enrollment(state: MemberState, incoming: Enrollment, at: str) -> tuple[MemberState, list[Conflict]]:
    """Fold another branch's enrollment of the same person into the canonical state."""
    if (incoming.country, incoming.national_id) != (state.country, state.national_id):
        raise ValueError("an enrollment merges only into the member with the same country and national ID")
    conflicts: list[Conflict] = []
    values: dict[str, Any] = {}
    stamps = dict(state.stamps)

    for name in LATEST_WINS:
        new_value = getattr(incoming, name)
        if name in OPTIONAL_AT_ENROLLMENT and new_value is None:
            continue
        value, value_stamp, conflict = _latest(name, getattr(state, name), stamps.get(name), new_value, at)
        values[name] = value
        if value_stamp is not None:
            stamps[name] = value_stamp
        if conflict:
            conflicts.append(conflict)

    held_join = (state.joined_on, stamps.get("joined_on") or "")
    held_pair = (state.joined_on, state.join_method)
    lost_stamp: str | None
    kept_stamp: str | None
    incoming_pair = (incoming.joined_on, incoming.join_method)
    if (incoming.joined_on, at) < held_join:
        values["joined_on"], values["join_method"] = incoming_pair
        stamps["joined_on"] = at
        lost_pair, kept_pair = held_pair, incoming_pair
        lost_stamp, kept_stamp = held_join[1] or None, at
    else:
        lost_pair, kept_pair = incoming_pair, held_pair
        lost_stamp, kept_stamp = at, held_join[1] or None
    for i, name in enumerate(("joined_on", "join_method")):
        if lost_pair[i] != kept_pair[i]:
            conflicts.append(Conflict(name, kept_pair[i], lost_pair[i], kept_stamp, lost_stamp))

    if incoming.profile_complete != state.profile_complete:
        values["profile_complete"] = True
        conflicts.append(Conflict("profile_complete", True, False, None, None))

    if incoming.valid_until is not None and incoming.valid_until != state.valid_until:
        if state.valid_until is None or incoming.valid_until > state.valid_until:
            values["valid_until"] = incoming.valid_until
            if state.valid_until is not None:
                conflicts.append(Conflict("valid_until", incoming.valid_until, state.valid_until, at, None))
        else:
            conflicts.append(Conflict("valid_until", state.valid_until, incoming.valid_until, None, at))

    if incoming.member_number != state.member_number:
        conflicts.append(Conflict("member_number", state.member_number, incoming.member_number, None, at))

    return replace(state, **values, stamps=stamps), conflicts


def merge_update(
    state: MemberState, changes: Mapping[str, Any], at: str
) -> tuple[MemberState, list[Conflict], list[str]]:
    """Apply a branch's `member.updated` changes; returns (state, conflicts, ignored field names).

    Key fields are not handled here: the caller re-links the branch member instead.
    """
    conflicts: list[Conflict] = []
    ignored: list[str] = []
    values: dict[str, Any] = {}
    stamps = dict(state.stamps)
    for name, new_value in changes.items():
        if name in LATEST_WINS:
            if name == "birth_date" and isinstance(new_value, str):
                new_value = date.fromisoformat(new_value)
            held, held_stamp = getattr(state, name), stamps.get(name)
            value, value_stamp, conflict = _latest(name, held, held_stamp, new_value, at)
            values[name] = value
            if value_stamp is not None:
                stamps[name] = value_stamp
            if conflict:
                conflicts.append(conflict)
        elif name == "profile_complete":
            incoming = bool(new_value)
            if incoming and not state.profile_complete:
                values[name] = True
            elif not incoming and state.profile_complete:
                conflicts.append(Conflict(name, True, False, None, at))
        elif name not in KEY_FIELDS:
            ignored.append(name)
    return replace(state, **values, stamps=stamps), conflicts, ignored


def renew(state: MemberState, valid_until: date | None, at: str) -> tuple[MemberState, list[Conflict]]:
    if valid_until is None or valid_until == state.valid_until:
        return state, []
    if state.valid_until is None or valid_until > state.valid_until:
        return replace(state, valid_until=valid_until), []
    return state, [Conflict("valid_until", state.valid_until, valid_until, None, at)]
