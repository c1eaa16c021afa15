"""`dealer-app cards print`: membership cards to a PDF for the card printer, without the counter UI.

Wired into `dealer_app.cli.build_parser` by `register(subparsers)`. Writing the PDF counts as
printing: the cards are recorded as printed by the operator of the branch PC (the system actor),
so they leave the "not yet printed" list. Bad input prints one line naming the option, exit 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dealer_app.cli import EXIT_OK, UsageError, _add_common, open_branch


def cmd_cards_print(args: argparse.Namespace) -> int:
    from dealer_app.plates import normalize_plate
    from dealer_app.roles import SYSTEM
    from dealer_app.services import card_printing, members

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"--out: {args.out!r} must be a .pdf file, e.g. cards.pdf.")
    if not out.parent.is_dir():
        raise UsageError(f"--out: the folder {str(out.parent)!r} does not exist; create it or choose another.")
    db, profile = open_branch(args)
    if args.pending:
        numbers = card_printing.pending_cards(db)
        if not numbers:
            raise UsageError("--pending: every card has been printed already; nothing to print.")
    elif args.member:
        numbers = card_printing.cards_for_members(db, [members.member_id_for(db, profile, args.member)])
        if not numbers:
            raise UsageError(f"--member: {args.member} has no valid card to print.")
    else:
        numbers = [card_printing.card_for_plate(db, normalize_plate(profile.country, args.plate, field="plate"))]
    result = card_printing.print_cards(db, profile, SYSTEM, numbers, out, args.layout)
    print(
        f"Printed {len(result.card_numbers)} card(s) on {result.pages} page(s) ({result.layout}) "
        f"to {out}; recorded as printed."
    )
    return EXIT_OK


def register(sub: Any) -> None:
    """Add the `cards` command to the parser's subcommands."""
    cards = sub.add_parser("cards", help="print membership cards").add_subparsers(dest="cards_command")
    p = cards.add_parser("print", help="render cards to a PDF and record them as printed")
    _add_common(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--plate", help="the card of the car with this plate")
    which.add_argument("--member", help="the cards of this member (id, member number or plate)")
    which.add_argument("--pending", action="store_true", help="every valid card not yet printed")
    p.add_argument("--layout", choices=("cr80", "a4"), default="cr80",
                   help="cr80: one card per page for a card printer; a4: ten cards per sheet")
    p.add_argument("--out", required=True, help="the PDF file to write, e.g. cards.pdf")
    p.set_defaults(func=cmd_cards_print)
