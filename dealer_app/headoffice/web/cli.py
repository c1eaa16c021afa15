"""`dealer-hq user ...`: head-office users of the review console.

    dealer-hq user add USERNAME --role regional_manager|admin [--region R ...] [--name NAME] --password-stdin
    dealer-hq user list [--json]

`register(subparsers)` adds the commands to `dealer-hq`'s parser. Errors are reported here
(exit status 1) because `dealer-hq`'s `main` only knows its own error types.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from dealer_app.clock import utcnow
from dealer_app.headoffice.db import HeadOfficeDB, default_db_url
from dealer_app.headoffice.web import users
from dealer_app.headoffice.web.models import ROLES


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        # One line: what `echo "$PW" | dealer-hq user add ...` or a secrets manager pipes in.
        line = sys.stdin.readline()
        return line[:-1] if line.endswith("\n") else line
    if not sys.stdin.isatty():
        raise users.UserError("no terminal to ask for the password: pass it on standard input with --password-stdin")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat the password: ") != first:
        raise users.UserError("the two passwords differ")
    return first


def cmd_user_add(args: argparse.Namespace) -> int:
    password = _read_password(args)
    db = HeadOfficeDB(args.db)
    try:
        user = db.run(
            lambda s: users.create_user(
                s, args.username, args.name or args.username, args.role, args.region or [], password,
                f"cli:{getpass.getuser()}", utcnow(),
            )
        )
        scope = "every region" if args.role == "admin" else ", ".join(args.region or [])
        print(f"User {user.username} added as {args.role} ({scope}); they sign in at /console.")
    finally:
        db.close()
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    db = HeadOfficeDB(args.db)
    try:
        with db.read() as s:
            people = users.list_users(s)
            now = utcnow()
            rows: list[dict[str, Any]] = [
                {
                    "username": u.username,
                    "display_name": u.display_name,
                    "role": u.role,
                    "regions": list(u.region_names),
                    "disabled": u.disabled_at is not None,
                    "locked_until": (lock.isoformat() if (lock := users.locked_until(s, u.username, now)) else None),
                    "last_login_at": u.last_login_at.isoformat() if u.last_login_at else None,
                }
                for u in people
            ]
    finally:
        db.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No head-office users yet: add one with `dealer-hq user add USERNAME --role admin --password-stdin`.")
    for r in rows:
        scope = "all regions" if r["role"] == "admin" else ", ".join(r["regions"])
        state = "disabled" if r["disabled"] else "active"
        if r["locked_until"]:
            state += f", locked until {r['locked_until']} UTC"
        print(f"{r['username']}\t{r['display_name']}\t{r['role']}\t{scope}\t{state}\t"
              f"last sign-in {r['last_login_at'] or 'never'}")
    return 0


def _guarded(func: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        try:
            return int(func(args))
        except users.UserError as exc:
            print(f"dealer-hq: {exc}", file=sys.stderr)
            return 1

    return run


def register(subparsers: Any) -> None:
    """Adds `user add` and `user list` to `dealer-hq`'s top-level subparsers."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", default=default_db_url(), metavar="URL",
        help="database URL (default: %(default)s; production: postgresql+psycopg://user@host/dbname)",
    )
    user = subparsers.add_parser("user", help="head-office users of the review console")
    actions = user.add_subparsers(dest="action", required=True)

    p = actions.add_parser("add", parents=[common], help="add a regional sales manager or an administrator")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--region", action="append", metavar="REGION",
                   help="a region the manager answers for, as branches list it (repeat for several)")
    p.add_argument("--name", help="the person's full name, shown to branches with their decisions")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.set_defaults(func=_guarded(cmd_user_add))

    p = actions.add_parser("list", parents=[common], help="head-office users, their roles and regions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_guarded(cmd_user_list))
