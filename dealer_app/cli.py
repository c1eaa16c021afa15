"""`dealer-app`: with no command it starts the counter application; commands run headless.

Exit codes: 0 success, 1 a failure worth a look (e.g. sync error), 2 bad input or usage.
Errors print one line naming the field and the fix.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dealer_app import __version__

if TYPE_CHECKING:
    from dealer_app.club_profile import ClubProfile
    from dealer_app.db.database import Database

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """Bad input from the command line: printed as one line, exit code 2."""


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (set, frozenset, tuple)):
        return sorted(value) if isinstance(value, (set, frozenset)) else list(value)
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=_json_default))


# ---- opening the branch ---------------------------------------------------------------------


def open_database(args: argparse.Namespace) -> Database:
    """The branch database in the chosen data folder, migrated."""
    from dealer_app.db.database import Database
    from dealer_app.paths import data_dir, database_path

    return Database(database_path(data_dir(args.data_dir)))


def open_branch(args: argparse.Namespace) -> tuple[Database, ClubProfile]:
    """The set-up branch's database and the club profile it runs."""
    from dealer_app.services import settings
    from dealer_app.services.profiles import active_profile

    db = open_database(args)
    if not settings.is_initialised(db):
        raise settings.BranchNotInitialised()
    return db, active_profile(db)


# ---- commands -----------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from dealer_app.club_profile import load_profile
    from dealer_app.services import settings

    code = args.branch_code.strip().upper()
    if not code or not code.replace("-", "").isalnum() or len(code) > 12:
        raise UsageError("--branch-code: use 1 to 12 letters or digits, e.g. TH01.")
    if not args.branch_name.strip():
        raise UsageError("--branch-name: give the branch's name as customers know it.")
    profile = load_profile(args.club)
    db = open_database(args)
    with db.write() as s:
        existing = settings.get_value(s, "branch_code")
        if existing and existing != code:
            raise UsageError(
                f"--branch-code: this data folder already belongs to branch {existing}; "
                "use another --data-dir for another branch."
            )
        settings.initialise(s, code, args.branch_name.strip(), profile.code)
    print(f"Branch {code} ({args.branch_name.strip()}) ready with club profile {profile.code}.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from dealer_app import demo
    from dealer_app.services import settings, staff

    if args.members < 0:
        raise UsageError("--members: give a number of members, 0 or more.")
    db = open_database(args)
    if not settings.is_initialised(db):
        from dealer_app.club_profile import load_profile

        with db.write() as s:
            settings.initialise(s, "DEMO", "Demo branch", load_profile(args.club).code)
    db, profile = open_branch(args)
    staff.ensure_demo_accounts(db)
    last_shown = -1

    def show(done: int, total: int) -> None:
        nonlocal last_shown
        pct = done * 100 // max(total, 1)
        if pct // 10 != last_shown // 10 and sys.stderr.isatty():
            print(f"  {done:,} / {total:,} members", file=sys.stderr)
        last_shown = pct

    started = datetime.now()
    result = demo.generate(db, profile, args.members, seed=args.seed, progress=show)
    made_requests = 0
    if args.requests:
        from dealer_app.demo_requests import generate_requests

        made_requests = generate_requests(db, profile, args.requests, seed=args.seed)
    seconds = (datetime.now() - started).total_seconds()
    print(
        f"Demo data: {result.members:,} members, {result.vehicles:,} vehicles, "
        f"{made_requests:,} requests in {seconds:.1f} s."
    )
    return EXIT_OK


def cmd_standing(args: argparse.Namespace) -> int:
    from dealer_app.standing_io import evaluate_json

    raw = sys.stdin.read() if args.input == "-" else Path(args.input).read_text(encoding="utf-8")
    print_json(evaluate_json(raw))
    return EXIT_OK


def cmd_member_find(args: argparse.Namespace) -> int:
    from dealer_app import search

    db, profile = open_branch(args)
    hits = search.find(db, profile, args.query, limit=args.limit)
    if args.json:
        print_json([asdict(h) for h in hits])
    elif not hits:
        print("No member found.")
    else:
        for h in hits:
            print(f"{h.member_number}  {h.full_name}  {h.tier or '-'}  {', '.join(h.plates)}  {h.phone_masked}")
    return EXIT_OK


def cmd_member_show(args: argparse.Namespace) -> int:
    from dealer_app.services import members

    db, profile = open_branch(args)
    view = members.get(db, profile, members.member_id_for(db, profile, args.ref))
    from dealer_app.standing_io import member_json

    data = member_json(view)
    if args.json:
        print_json(data)
    else:
        st = view.standing
        print(f"{view.member_number}  {view.full_name}")
        print(
            f"Tier: {st.tier or '-'}  Points: {st.points}"
            + (f"  ({st.points_to_next_tier} more to {st.next_tier})" if st.next_tier else "")
        )
        print(
            f"Membership: {view.membership_state}, joined {view.joined_on}"
            + (f", valid until {view.valid_until}" if view.valid_until else "")
        )
        for v in view.vehicles:
            card = v.active_card
            print(
                f"  {v.plate_display}  {v.model}  bought {v.purchased_on} ({v.source})"
                + (f"  card {card.card_number}" if card else "")
            )
        for line in st.breakdown:
            print(f"  - {line.text}")
    return EXIT_OK


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", help="branch data folder (default: per-user data folder; env DEALER_APP_DATA_DIR)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dealer-app", description="Dealer Club counter application")
    parser.add_argument("--version", action="version", version=f"dealer-app {__version__}")
    _add_common(parser)
    parser.add_argument("--demo", action="store_true", help="open the app on a demo branch with demo data")
    parser.add_argument("--lang", help="user interface language (en, fa, zh_CN, tr)")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("init", help="set up this branch")
    _add_common(p)
    p.add_argument("--branch-code", required=True)
    p.add_argument("--branch-name", required=True)
    p.add_argument("--club", default="kerman_motor", help="club profile (default kerman_motor)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="add deterministic demo data")
    _add_common(p)
    p.add_argument("--members", type=int, required=True)
    p.add_argument("--requests", type=int, default=0)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--club", default="kerman_motor", help="club profile if the branch is new")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("standing", help="evaluate a member history given as JSON")
    p.add_argument("--input", required=True, help="JSON file, or - for standard input")
    p.set_defaults(func=cmd_standing)

    member = sub.add_parser("member", help="find and show members").add_subparsers(dest="member_command")
    p = member.add_parser("find")
    _add_common(p)
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_member_find)
    p = member.add_parser("show")
    _add_common(p)
    p.add_argument("ref", help="member id, member number or plate")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_member_show)

    from dealer_app.cli_cards import register as register_cards
    from dealer_app.cli_ops import register as register_ops
    from dealer_app.cli_requests import register as register_requests
    from dealer_app.sync.commands import register as register_sync

    register_cards(sub)
    register_ops(sub)
    register_requests(sub)
    register_sync(sub, _add_common)
    return parser


def main(argv: Sequence[str] | None = None, gui: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run a command; with none, start the GUI that `ui.main` passes in (the core knows no Qt)."""
    from dealer_app.club_profile import ProfileError
    from dealer_app.paths import DataDirError
    from dealer_app.roles import PermissionDenied
    from dealer_app.services.members import NotFound
    from dealer_app.services.settings import BranchNotInitialised
    from dealer_app.validation import ValidationError

    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        if args.command is not None or gui is None:
            parser.print_help()
            return EXIT_BAD_INPUT
        try:
            return gui(args)
        except DataDirError as exc:
            print(f"dealer-app: {exc}", file=sys.stderr)
            return EXIT_FAILURE
    try:
        return int(args.func(args))
    except RuntimeError as exc:
        # NotConnected, SchemaTooNew and friends: plain sentences meant for the operator.
        if type(exc).__module__.startswith("dealer_app"):
            print(f"dealer-app: {exc}", file=sys.stderr)
            return EXIT_FAILURE
        raise
    except (ValidationError, UsageError, ProfileError, NotFound, PermissionDenied) as exc:
        print(f"dealer-app: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (BranchNotInitialised, DataDirError) as exc:
        print(f"dealer-app: {exc}", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
