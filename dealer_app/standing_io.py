"""JSON in and out for standing: `dealer-app standing` and `member show --json`.

Input errors name the field the way the JSON spells it (e.g. `vehicles[1].source`).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticError

from dealer_app import rules
from dealer_app.clock import today
from dealer_app.club_profile import ProfileError, available_profiles, load_profile
from dealer_app.services.members import MemberView
from dealer_app.validation import ValidationError

_FIXES = {
    "date_from_datetime_parsing": "give a date as YYYY-MM-DD",
    "date_parsing": "give a date as YYYY-MM-DD",
    "date_type": "give a date as YYYY-MM-DD",
    "bool_type": "use true or false",
    "bool_parsing": "use true or false",
    "literal_error": "use one of the allowed values",
    "missing": "this field is required",
    "extra_forbidden": "unknown field; remove it or check its spelling",
    "list_type": "give a list",
    "model_type": "give an object",
    "int_type": "give a whole number",
}


class _Vehicle(BaseModel):
    model_config = ConfigDict(extra="forbid")
    purchased_on: date
    source: Literal["direct", "used"] = "direct"


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid")
    club: str = "kerman_motor"
    as_of: date | None = None
    joined_on: date
    profile_complete: bool = False
    vehicles: list[_Vehicle] = Field(default_factory=list)
    phase: Literal[1, 2] | None = None


def _field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "input"


def standing_json(standing: rules.Standing) -> dict[str, Any]:
    return {
        "points": standing.points,
        "tier": standing.tier,
        "purchase_discount_percent": float(standing.purchase_discount_percent),
        "labour_discount_percent": float(standing.labour_discount_percent),
        "parts_discount_percent": float(standing.parts_discount_percent),
        "benefits": list(standing.benefits),
        "next_tier": standing.next_tier,
        "points_to_next_tier": standing.points_to_next_tier,
        "breakdown": [
            {
                "event": line.event,
                "on": line.on.isoformat() if line.on else None,
                "points": line.points,
                "position": line.position,
                "reason": line.reason,
                "text": line.text,
            }
            for line in standing.breakdown
        ],
    }


def evaluate_json(raw: str) -> dict[str, Any]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValidationError("input", f"not valid JSON ({exc.msg} at line {exc.lineno}); fix the syntax") from exc
    if not isinstance(data, dict):
        raise ValidationError("input", "give a JSON object with joined_on and vehicles")
    try:
        parsed = _Input.model_validate(data)
    except PydanticError as exc:
        err = exc.errors()[0]
        fix = _FIXES.get(err["type"], err["msg"])
        if err["type"] == "literal_error":
            fix = f"use one of: {err['ctx']['expected']}"
        raise ValidationError(_field_path(tuple(err["loc"])), fix) from exc
    try:
        profile = load_profile(parsed.club)
    except (ProfileError, FileNotFoundError) as exc:
        raise ValidationError(
            "club", f"unknown club profile {parsed.club!r}; use one of {', '.join(available_profiles())}"
        ) from exc
    as_of = parsed.as_of or today()
    if parsed.joined_on > as_of:
        raise ValidationError("joined_on", f"the join date is after as_of ({as_of}); check both dates")
    facts = rules.MemberFacts(
        joined_on=parsed.joined_on,
        profile_complete=parsed.profile_complete,
        vehicles=tuple(rules.VehicleFact(v.purchased_on, v.source) for v in parsed.vehicles),
    )
    result = standing_json(rules.evaluate(profile, facts, as_of, phase=parsed.phase))
    return {"club": profile.code, "as_of": as_of.isoformat(), **result}


def member_json(view: MemberView) -> dict[str, Any]:
    """A member for scripts: personal numbers masked, standing in full."""
    return {
        "id": view.id,
        "member_number": view.member_number,
        "full_name": view.full_name,
        "national_id": view.national_id_masked,
        "phone": view.phone_masked,
        "joined_on": view.joined_on.isoformat(),
        "valid_until": view.valid_until.isoformat() if view.valid_until else None,
        "membership_state": view.membership_state,
        "join_method": view.join_method,
        "profile_complete": view.profile_complete,
        "vehicles": [
            {
                "id": v.id,
                "plate": v.plate_display,
                "plate_key": v.plate_key,
                "model": v.model,
                "purchased_on": v.purchased_on.isoformat(),
                "source": v.source,
                "card_number": v.active_card.card_number if v.active_card else None,
            }
            for v in view.vehicles
        ],
        **standing_json(view.standing),
    }
