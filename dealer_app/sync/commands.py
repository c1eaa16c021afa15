"""`dealer-app connect` and `dealer-app sync [--once]` (for a branch PC without the GUI open)."""

from __future__ import annotations

import argparse
import logging
import time
from typing import Any

log = logging.getLogger(__name__)


def cmd_connect(args: argparse.Namespace) -> int:
    from dealer_app.cli import open_branch
    from dealer_app.sync.client import connect

    db, _ = open_branch(args)
    config = connect(db, args.url, args.branch_code, args.secret)
    print(f"Branch {config.branch_code} will sync with {config.url}.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from dealer_app.cli import open_branch
    from dealer_app.sync.client import SyncClient, SyncError, backoff_delay, load_config

    db, _ = open_branch(args)
    config = load_config(db)
    attempt = 0
    with SyncClient(db, config) as client:
        while True:
            try:
                report = client.sync_once()
            except SyncError as exc:
                print(f"dealer-app sync: {exc}")
                if args.once:
                    return 1
                delay = backoff_delay(attempt)
                attempt += 1
            else:
                attempt = 0
                print(
                    f"Sent {report.pushed}, received {report.pulled} changes "
                    f"({len(report.decisions)} decisions); {report.pending} waiting."
                )
                if args.once:
                    return 0
                delay = args.interval
            time.sleep(delay)


def register(sub: Any, add_common: Any) -> None:
    p = sub.add_parser("connect", help="connect this branch to head office")
    add_common(p)
    p.add_argument("--url", required=True)
    p.add_argument("--branch-code", required=True)
    p.add_argument("--secret", required=True, help="the secret head office issued for this branch")
    p.set_defaults(func=cmd_connect)
    p = sub.add_parser("sync", help="send captured work to head office and fetch decisions")
    add_common(p)
    p.add_argument("--once", action="store_true", help="one sync, then exit (exit 1 on failure)")
    p.add_argument("--interval", type=float, default=120.0, help="seconds between syncs (default 120)")
    p.set_defaults(func=cmd_sync)
