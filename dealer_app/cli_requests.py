"""`dealer-app requests add|list`: capture and list benefit requests without the counter UI.

Wired into `dealer_app.cli.build_parser` by `register(subparsers)`. Errors follow the rest of
the command line: bad input (a bad field, a refused request, an unknown plate) prints one line
naming the field and exits 2.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from dealer_app.cli import EXIT_OK, UsageError, _add_common, open_branch, print_json

LIST_LIMIT_DEFAULT = 200


def _parse_fields(pairs: list[str] | None) -> dict[str, str]:
    fields: dict[str, str] = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError(f"--field: {pair!r} is not name=value, e.g. --field subject=Late delivery.")
        if name in fields:
            raise UsageError(f"--field: {name} is given twice; give each field once.")
        fields[name] = value
    return fields


def cmd_requests_add(args: argparse.Namespace) -> int:
    from dealer_app.plates import normalize_plate
    from dealer_app.roles import SYSTEM
    from dealer_app.services import members, requests

    db, profile = open_branch(args)
    fields = _parse_fields(args.field)
    member_id = members.member_id_for(db, profile, args.plate)
    plate_key = normalize_plate(profile.country, args.plate, field="plate")
    vehicle_id = next((v.id for v in members.get(db, profile, member_id).vehicles if v.plate_key == plate_key), None)
    view = requests.capture(
        db, profile, SYSTEM, member_id, args.type, fields,
        vehicle_id=vehicle_id, record_refused_as_enquiry=args.as_enquiry,
    )
    if args.json:
        print_json(_request_json(view))
        return EXIT_OK
    if view.refused_type:
        print(f"Not possible now, recorded as enquiry {view.id}: {view.fields.get('refusal_reason', '')}")
    else:
        print(f"Request {view.id} captured: {view.type} for {view.member_number}, {view.due_text}.")
    return EXIT_OK


def _request_json(view: Any) -> dict[str, Any]:
    data = asdict(view)
    data["events"] = [asdict(e) for e in view.events]
    return data


def cmd_requests_list(args: argparse.Namespace) -> int:
    from dealer_app.calendars import format_date
    from dealer_app.services import requests

    if args.limit < 1:
        raise UsageError("--limit: give a number of requests, 1 or more.")
    db, profile = open_branch(args)
    overdue = True if args.overdue else None
    views = requests.list_requests(
        db, status=args.status, type=args.type, overdue=overdue, limit=args.limit, profile=profile
    )
    if args.json:
        print_json([_request_json(v) for v in views])
        return EXIT_OK
    if not views:
        print("No request found.")
        return EXIT_OK
    for v in views:
        captured = format_date(requests.to_local(v.captured_at).date(), profile.calendar, "en")
        due = v.due_text or (v.decision or v.status)
        late = "  OVERDUE" if v.overdue else ""
        print(f"{v.id}  {captured}  {v.member_number}  {v.type}  {v.status}  {due}{late}")
    return EXIT_OK


def register(subparsers: Any) -> None:
    """Add `requests add` and `requests list` to the `dealer-app` sub-command parsers."""
    from dealer_app.services.requests import STATUSES

    group = subparsers.add_parser("requests", help="capture and list benefit requests")
    commands = group.add_subparsers(dest="requests_command")

    p = commands.add_parser("add", help="capture a request for the member who owns a plate")
    _add_common(p)
    p.add_argument("--plate", required=True, help="the car's plate, as printed or as typed at the counter")
    p.add_argument("--type", required=True, help="request type code of the club profile, e.g. complaint")
    p.add_argument("--field", action="append", metavar="NAME=VALUE",
                   help="a field of the request type; repeat for each field")
    p.add_argument("--as-enquiry", action="store_true",
                   help="if the member may not ask for this now, record it as an enquiry instead")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_requests_add)

    p = commands.add_parser("list", help="list requests, newest first")
    _add_common(p)
    p.add_argument("--status", choices=[*STATUSES, "open"])
    p.add_argument("--type", help="only this request type")
    p.add_argument("--overdue", action="store_true", help="only open requests past their deadline")
    p.add_argument("--limit", type=int, default=LIST_LIMIT_DEFAULT)
    p.add_argument("--json", action="store_true", help="a JSON array, one object per request")
    p.set_defaults(func=cmd_requests_list)
