"""Helpers shared by the counter UI tests (no tests here): a signed-in context with a
synchronous task runner, and members enrolled through the core."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from dealer_app.db.database import Database
from dealer_app.roles import Actor
from dealer_app.services import members
from dealer_app.services.profiles import active_profile
from tests.helpers import ir_id
from ui.context import AppContext
from ui.tasks import TaskRunner

PLATES = ("12 ب 345 ایران 67", "22 ج 456 ایران 11", "33 د 567 ایران 22", "44 س 678 ایران 33")


def iran_national_id(n: int) -> str:
    """A valid Iranian national ID (code melli) derived from n."""
    return ir_id(n)


def make_ctx(db: Database, actor: Actor | None, lang: str = "en", *, synchronous: bool = True) -> AppContext:
    ctx = AppContext.open(db, TaskRunner(synchronous=synchronous), lang)
    ctx.actor = actor
    return ctx


def enroll(
    db: Database,
    actor: Actor,
    name: str,
    n: int,
    *,
    phone: str | None = None,
    plates: tuple[str, ...] = (),
    bought: tuple[date, ...] = (date(2020, 1, 10),),
    complete: bool = True,
) -> members.MemberView:
    """A member with one car per purchase date; plates default to a distinct one per n."""
    profile = active_profile(db)
    plates = plates or tuple(f"{10 + n % 89:02d} ب {100 + i * 111 + n % 100:03d} ایران {10 + n % 80:02d}"
                             for i in range(len(bought)))
    view = members.enroll(
        db, profile, actor,
        members.EnrollmentForm(
            full_name=name, national_id=iran_national_id(n), phone=phone or f"0912{1000000 + n:07d}",
            vehicle=members.VehicleForm(plate=plates[0], model="KMC J7", purchased_on=bought[0]),
            joined_on=date(2021, 3, 1), profile_complete=complete,
        ),
    )
    for plate, day in zip(plates[1:], bought[1:], strict=True):
        view = members.add_vehicle(db, profile, actor, view.id,
                                   members.VehicleForm(plate=plate, model="KMC T8", purchased_on=day))
    return view


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character (keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
