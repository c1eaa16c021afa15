"""Screenshots of the counter's main screens, for the docs and for review.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--lang fa en zh_CN tr]

Builds a throw-away demo branch per club (Kerman Motor with Persian data for the Persian, English
and Turkish screens; FAW Mazda with Chinese data for the Chinese ones), renders each screen
offscreen in each interface language and saves it as PNG: sign-in, search with results, member
page, enrolment form, settings.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QWidget

from dealer_app import demo
from dealer_app.db.database import Database
from dealer_app.roles import Role
from dealer_app.services import members, staff
from dealer_app.services import settings as branch_settings
from dealer_app.services.profiles import active_profile
from ui.appsetup import apply_fonts, apply_language, register_fonts
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.signin import SignInDialog
from ui.tasks import TaskRunner

SIZE = (1280, 820)
LANGUAGES = ("en", "fa", "zh_CN", "tr")


@dataclass(frozen=True)
class Sample:
    """What a branch of one club looks like: its staff, one member with three cars, a search."""

    club: str
    branch: tuple[str, str]
    staff: tuple[tuple[str, str], tuple[str, str], tuple[str, str]]
    member: tuple[str, str, str]
    cars: tuple[tuple[str, str, date], ...]
    query: str
    new_member: tuple[str, str, str]
    """Name, national ID with a wrong check digit (the enrolment screenshot shows its message), phone."""
    new_car: tuple[str, str]


IRAN = Sample(
    club="kerman_motor",
    branch=("TH01", "نمایندگی تهران غرب"),
    staff=(("sara", "سارا کریمی"), ("reza", "رضا نوری"), ("mina", "مینا احمدی")),
    member=("رضا کریمی‌نژاد", "1234567891", "0912 345 6789"),
    cars=(("12 ب 345 ایران 67", "KMC J7", date(2019, 5, 1)), ("22 ج 456 ایران 11", "KMC T8", date(2021, 8, 20)),
          ("33 د 567 ایران 22", "KMC X5", date(2023, 11, 2))),
    query="رضا",
    new_member=("مریم صادقی", "0012345678", "0935 111 2233"),
    new_car=("45 ق 789 ایران 44", "KMC K7"),
)
CHINA = Sample(
    club="faw_mazda",
    branch=("BJ01", "北京朝阳店"),
    staff=(("sara", "王丽"), ("reza", "张伟"), ("mina", "李娜")),
    member=("王建国", "11010519491231002X", "138 0013 8000"),
    cars=(("京Q7M29D", "Mazda6", date(2019, 5, 1)), ("京N5F88T", "CX-4", date(2021, 8, 20)),
          ("京AD73591", "Mazda3", date(2023, 11, 2))),
    query="王",
    new_member=("刘洋", "110105194912310025", "139 1234 5678"),
    new_car=("京L2K6P8", "CX-5"),
)
SAMPLES = {"en": IRAN, "fa": IRAN, "tr": IRAN, "zh_CN": CHINA}


def build_branch(path: Path, sample: Sample) -> tuple[Database, str]:
    db = Database(path)
    with db.write() as s:
        branch_settings.initialise(s, sample.branch[0], sample.branch[1], sample.club)
    profile = active_profile(db)
    demo.generate(db, profile, 400, seed=7)
    (manager_name, manager_full), (desk_name, desk_full), (advisor_name, advisor_full) = sample.staff
    staff.create_first_manager(db, manager_name, manager_full, "counter-pass-1")
    manager = staff.authenticate(db, manager_name, "counter-pass-1")
    staff.create_user(db, manager, desk_name, desk_full, "desk-pass-12", frozenset({Role.FRONT_DESK}))
    staff.create_user(db, manager, advisor_name, advisor_full, "advisor-pass-1", frozenset({Role.SERVICE_ADVISOR}))
    name, national_id, phone = sample.member
    (plate, model, day), *more = sample.cars
    view = members.enroll(
        db, profile, manager,
        members.EnrollmentForm(
            full_name=name, national_id=national_id, phone=phone,
            vehicle=members.VehicleForm(plate=plate, model=model, purchased_on=day),
            joined_on=day, profile_complete=True,
        ),
    )
    for plate, model, day in more:
        view = members.add_vehicle(db, profile, manager, view.id,
                                   members.VehicleForm(plate=plate, model=model, purchased_on=day))
    return db, view.id


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, out: Path, name: str, app: QApplication) -> Path:
    settle(app)
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)
    return path


def shoot(app: QApplication, db: Database, member_id: str, lang: str, sample: Sample, out: Path) -> None:
    apply_language(lang)
    ctx = AppContext.open(db, TaskRunner(synchronous=True), lang)
    ctx.actor = staff.authenticate(db, sample.staff[0][0], "counter-pass-1")

    sign_in = SignInDialog(ctx)
    sign_in.username.setText(sample.staff[1][0])
    sign_in.show()
    save(sign_in, out, f"{lang}-sign-in", app)
    sign_in.close()

    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    window.search.box.setText(sample.query)
    window.search._run_query()
    save(window, out, f"{lang}-search", app)

    window.open_member(member_id)
    save(window, out, f"{lang}-member", app)

    window.show_enroll()
    form = window.enroll_form
    name, national_id, phone = sample.new_member
    form.form.fields["full_name"].edit.setText(name)
    form.form.fields["national_id"].edit.setText(national_id)
    form.form.check("national_id")
    form.form.fields["phone"].edit.setText(phone)
    form.vehicle.plate.setText(sample.new_car[0])
    form.vehicle.model.setText(sample.new_car[1])
    save(window, out, f"{lang}-enroll", app)

    settings = SettingsDialog(ctx, window)
    settings.resize(760, 520)
    settings.show_staff()
    settings.show()
    save(settings, out, f"{lang}-settings", app)
    settings.close()
    window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", default=list(LANGUAGES), choices=LANGUAGES)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_fonts(app, register_fonts())
    with tempfile.TemporaryDirectory() as tmp:
        branches: dict[str, tuple[Database, str]] = {}
        try:
            for lang in args.lang:
                sample = SAMPLES[lang]
                if sample.club not in branches:
                    branches[sample.club] = build_branch(Path(tmp) / f"{sample.club}.sqlite3", sample)
                db, member_id = branches[sample.club]
                shoot(app, db, member_id, lang, sample, args.out)
        finally:
            for db, _member in branches.values():
                db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
