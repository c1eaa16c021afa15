"""Screenshots of the counter's main screens, for the docs and for review.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--lang fa en]

Builds a throw-away demo branch (Kerman Motor, Persian data), renders each screen offscreen and
saves it as PNG: sign-in, search with results, member page, enrolment form, settings.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
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


def build_branch(path: Path) -> tuple[Database, str]:
    db = Database(path)
    with db.write() as s:
        branch_settings.initialise(s, "TH01", "نمایندگی تهران غرب", "kerman_motor")
    profile = active_profile(db)
    demo.generate(db, profile, 400, seed=7)
    staff.create_first_manager(db, "sara", "سارا کریمی", "counter-pass-1")
    manager = staff.authenticate(db, "sara", "counter-pass-1")
    staff.create_user(db, manager, "reza", "رضا نوری", "desk-pass-12", frozenset({Role.FRONT_DESK}))
    staff.create_user(db, manager, "mina", "مینا احمدی", "advisor-pass-1", frozenset({Role.SERVICE_ADVISOR}))
    view = members.enroll(
        db, profile, manager,
        members.EnrollmentForm(
            full_name="رضا کریمی‌نژاد", national_id="1234567891", phone="0912 345 6789",
            vehicle=members.VehicleForm(plate="12 ب 345 ایران 67", model="KMC J7", purchased_on=date(2019, 5, 1)),
            joined_on=date(2019, 5, 1), profile_complete=True,
        ),
    )
    for plate, model, day in (("22 ج 456 ایران 11", "KMC T8", date(2021, 8, 20)),
                              ("33 د 567 ایران 22", "KMC X5", date(2023, 11, 2))):
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


def shoot(app: QApplication, db: Database, member_id: str, lang: str, out: Path) -> None:
    apply_language(lang)
    ctx = AppContext.open(db, TaskRunner(synchronous=True), lang)
    ctx.actor = staff.authenticate(db, "sara", "counter-pass-1")

    sign_in = SignInDialog(ctx)
    sign_in.username.setText("reza")
    sign_in.show()
    save(sign_in, out, f"{lang}-sign-in", app)
    sign_in.close()

    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    window.search.box.setText("رضا")
    window.search._run_query()
    save(window, out, f"{lang}-search", app)

    window.open_member(member_id)
    save(window, out, f"{lang}-member", app)

    window.show_enroll()
    form = window.enroll_form
    form.form.fields["full_name"].edit.setText("مریم صادقی")
    national_id = form.form.fields["national_id"].edit
    national_id.setText("0012345678")
    form.form.check("national_id")
    form.form.fields["phone"].edit.setText("0935 111 2233")
    form.vehicle.plate.setText("45 ق 789 ایران 44")
    form.vehicle.model.setText("KMC K7")
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
    parser.add_argument("--lang", nargs="+", default=["fa", "en"])
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_fonts(app, register_fonts())
    with tempfile.TemporaryDirectory() as tmp:
        db, member_id = build_branch(Path(tmp) / "branch.sqlite3")
        try:
            for lang in args.lang:
                shoot(app, db, member_id, lang, args.out)
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
