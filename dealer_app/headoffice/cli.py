"""`dealer-hq`: the head-office command line (branches, decisions, profiles, the server).

Every command takes `--db URL` (default: an SQLite file in the user data directory;
production: `postgresql+psycopg://user@host/dbname`). Exit status 0 on success, 1 when the
command was refused (the message says why), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dealer_app.clock import utcnow
from dealer_app.club_profile import ProfileError
from dealer_app.headoffice import auth, decisions, profiles
from dealer_app.headoffice.db import HeadOfficeDB, default_db_url
from dealer_app.headoffice.schemas import DECISION_OF_VERB, REQUEST_STATUSES
from dealer_app.headoffice.web import cli as web_cli


def _db(args: argparse.Namespace) -> HeadOfficeDB:
    return HeadOfficeDB(args.db)


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _show_secret(code: str, secret: str, verb: str) -> None:
    # The secret is the last line printed, so scripts can take the last word of the output.
    print(f"Branch {code} {verb}.")
    print("Enter this secret in the branch's sync settings. It is shown only now: head office keeps")
    print("only a hash of it. If it is lost, run `dealer-hq branch rotate`.")
    print()
    print(secret)


def cmd_branch_add(args: argparse.Namespace) -> int:
    db = _db(args)
    with db.write() as s:
        secret = auth.add_branch(s, args.code, args.name, args.region, getpass.getuser())
    _show_secret(args.code.upper(), secret, "added")
    return 0


def cmd_branch_rotate(args: argparse.Namespace) -> int:
    db = _db(args)
    with db.write() as s:
        secret = auth.rotate_branch(s, args.code, getpass.getuser())
    _show_secret(args.code.upper(), secret, "has a new secret; the old one no longer works")
    return 0


def cmd_branch_revoke(args: argparse.Namespace) -> int:
    db = _db(args)
    with db.write() as s:
        auth.revoke_branch(s, args.code, getpass.getuser())
    print(f"Branch {args.code.upper()} revoked: head office refuses its requests from now on.")
    return 0


def cmd_branch_list(args: argparse.Namespace) -> int:
    db = _db(args)
    with db.read() as s:
        branches = auth.list_branches(s)
    if args.json:
        _print_json([b.model_dump(mode="json") for b in branches])
        return 0
    if not branches:
        print("No branches yet: add one with `dealer-hq branch add CODE --name NAME`.")
    for b in branches:
        state = f"revoked {b.revoked_at:%Y-%m-%d}" if b.revoked_at else "active"
        synced = f"{b.last_sync_at:%Y-%m-%d %H:%M} UTC" if b.last_sync_at else "never"
        print(f"{b.code}\t{b.name}\t{b.region or '-'}\t{state}\tlast sync {synced}")
        if b.last_error:
            print(f"\tlast error: {b.last_error}")
    return 0


def cmd_requests_list(args: argparse.Namespace) -> int:
    db = _db(args)
    with db.read() as s:
        views = decisions.list_requests(s, args.status)
    if args.json:
        _print_json([v.model_dump(mode="json") for v in views])
        return 0
    if not views:
        print("No requests" + (f" with status {args.status}." if args.status else "."))
    for v in views:
        due = f"due {v.due_at:%Y-%m-%d %H:%M}" if v.due_at else "no deadline"
        print(f"{v.id}\t{v.status}\t{v.branch}\t{v.type}\t{v.member_number} {v.full_name}\t"
              f"tier at capture {v.tier_at_capture or '-'}\t{due}")
    return 0


def cmd_requests_decide(args: argparse.Namespace) -> int:
    db = _db(args)
    view = db.run(lambda s: decisions.decide(s, args.id, args.decision, args.note, args.by, utcnow()))
    print(f"Request {view.id} {view.status} by {view.decided_by}; branch {view.branch} gets it on its next sync.")
    return 0


def cmd_profile_publish(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise profiles.PublishError(f"cannot read {path}: {exc.strerror}") from None
    db = _db(args)
    profile, published = db.run(lambda s: profiles.publish(s, text, str(path), getpass.getuser(), utcnow()))
    if published:
        print(f"Published {profile.code} version {profile.version}; branches get it on their next sync.")
    else:
        print(f"{profile.code} version {profile.version} was already published with this content.")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from dealer_app.headoffice.app import create_app

    uvicorn.run(create_app(args.db), host=args.host, port=args.port, log_level="info")
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", default=default_db_url(), metavar="URL",
        help="database URL (default: %(default)s; production: postgresql+psycopg://user@host/dbname)",
    )
    parser = argparse.ArgumentParser(prog="dealer-hq", description="Dealer Club head office.")
    commands = parser.add_subparsers(dest="command", required=True)

    branch = commands.add_parser("branch", help="branch credentials").add_subparsers(dest="action", required=True)
    p = branch.add_parser("add", parents=[common], help="register a branch and show its secret once")
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--region")
    p.set_defaults(func=cmd_branch_add)
    p = branch.add_parser("rotate", parents=[common], help="give a branch a new secret")
    p.add_argument("code")
    p.set_defaults(func=cmd_branch_rotate)
    p = branch.add_parser("revoke", parents=[common], help="refuse a branch's requests from now on")
    p.add_argument("code")
    p.set_defaults(func=cmd_branch_revoke)
    p = branch.add_parser("list", parents=[common], help="branches and their last sync")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_branch_list)

    requests = commands.add_parser("requests", help="benefit requests").add_subparsers(dest="action", required=True)
    p = requests.add_parser("list", parents=[common], help="requests (all statuses unless --status)")
    p.add_argument("--status", choices=REQUEST_STATUSES)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_requests_list)
    p = requests.add_parser("decide", parents=[common], help="approve, reject or ask for more information")
    p.add_argument("id", help="the request id (the same UUID as at the branch)")
    p.add_argument("decision", choices=list(DECISION_OF_VERB))
    p.add_argument("--note", required=True, help="what the branch tells the customer")
    p.add_argument("--by", default=getpass.getuser(), help="who decides (default: %(default)s)")
    p.set_defaults(func=cmd_requests_decide)

    profile = commands.add_parser("profile", help="club profiles").add_subparsers(dest="action", required=True)
    p = profile.add_parser("publish", parents=[common], help="validate a profile TOML and send it to every branch")
    p.add_argument("file")
    p.set_defaults(func=cmd_profile_publish)

    p = commands.add_parser("serve", parents=[common], help="run the HTTP API branches sync with")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.set_defaults(func=cmd_serve)
    web_cli.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (auth.BranchError, decisions.DecisionError, profiles.PublishError, ProfileError) as exc:
        print(f"dealer-hq: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
