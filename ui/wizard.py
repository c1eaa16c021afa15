"""First run: name the branch, choose the club profile, create the first manager account."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from dealer_app.club_profile import ClubProfile, ProfileError, available_profiles, load_profile
from dealer_app.db.database import Database
from dealer_app.roles import Actor
from dealer_app.services import settings as branch_settings
from dealer_app.services import staff
from dealer_app.validation import ValidationError
from ui.core_messages import core_text
from ui.formatting import plain_error
from ui.widgets import FieldMessage


def check_branch_code(code: str) -> str:
    """The same rule as `dealer-app init`: 1 to 12 letters, digits or dashes."""
    code = code.strip().upper()
    if not code or not code.replace("-", "").isalnum() or not code.isascii() or len(code) > 12:
        raise ValidationError("branch_code", "Use 1 to 12 Latin letters or digits, e.g. TH01.")
    return code


class BranchPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("This branch"))
        self.setSubTitle(self.tr("The code head office knows this branch by, and its name as customers know it."))
        form = QFormLayout(self)
        self.code = QLineEdit(self)
        self.code.setObjectName("branchCode")
        self.code.setMaxLength(12)
        self.code.setPlaceholderText(self.tr("e.g. TH01"))
        self.code_message = FieldMessage(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("branchName")
        self.name_message = FieldMessage(self)
        form.addRow(self.tr("Branch code"), self.code)
        form.addRow("", self.code_message)
        form.addRow(self.tr("Branch name"), self.name)
        form.addRow("", self.name_message)

    def validatePage(self) -> bool:
        ok = True
        try:
            check_branch_code(self.code.text())
            self.code_message.clear_message()
        except ValidationError as exc:
            self.code_message.show_message(self.tr("Use 1 to 12 Latin letters or digits, e.g. TH01.")
                                           if exc.field == "branch_code" else core_text(exc.message))
            ok = False
        if not self.name.text().strip():
            self.name_message.show_message(self.tr("Type the branch's name as customers know it."))
            ok = False
        else:
            self.name_message.clear_message()
        return ok


class ProfilePage(QWizardPage):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setTitle(self.tr("Club profile"))
        self.setSubTitle(self.tr("The manufacturer's club rules this branch runs: points, tiers, benefits and cards."))
        layout = QVBoxLayout(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("clubProfile")
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.message = FieldMessage(self)
        layout.addWidget(self.combo)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.profiles: list[ClubProfile] = []
        for code in available_profiles():
            try:
                profile = load_profile(code)
            except ProfileError as exc:
                # A broken shipped profile must not stop the other ones from being offered.
                self.message.show_message(str(exc))
                continue
            self.profiles.append(profile)
            self.combo.addItem(f"{profile.text('club_name', lang)} ({profile.code})", profile.code)
        self.combo.currentIndexChanged.connect(self._describe)
        self._describe()

    def selected(self) -> ClubProfile | None:
        index = self.combo.currentIndex()
        return self.profiles[index] if 0 <= index < len(self.profiles) else None

    def _describe(self) -> None:
        p = self.selected()
        if p is None:
            self.details.setText(self.tr("No club profile is installed; reinstall Dealer Club."))
            return
        calendar = self.tr("Jalali (Persian) calendar") if p.calendar == "jalali" else self.tr("Gregorian calendar")
        self.details.setText(
            self.tr("Country: %1 · Currency: %2 · %3 · %n tiers", "", len(p.tiers))
            .replace("%1", p.country)
            .replace("%2", p.currency)
            .replace("%3", calendar)
        )

    def isComplete(self) -> bool:
        return self.selected() is not None


class ManagerPage(QWizardPage):
    def __init__(self, finish: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._finish = finish
        self.setTitle(self.tr("First manager account"))
        self.setSubTitle(self.tr("The branch manager signs in with this account and creates the other staff accounts."))
        form = QFormLayout(self)
        self.username = QLineEdit(self)
        self.username.setObjectName("managerUsername")
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("managerFullName")
        self.password = QLineEdit(self)
        self.password.setObjectName("managerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("managerRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = FieldMessage(self)
        self.message.setObjectName("managerMessage")
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        form.addRow("", self.message)

    def local_problem(self) -> str:
        if not self.username.text().strip():
            return self.tr("Choose a user name, e.g. the manager's first name.")
        if not self.full_name.text().strip():
            return self.tr("Type the manager's full name.")
        if len(self.password.text()) < staff.MIN_PASSWORD_LENGTH:
            return self.tr("Use at least %n characters for the password.", "", staff.MIN_PASSWORD_LENGTH)
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ; type the same password twice.")
        return ""

    def validatePage(self) -> bool:
        # The last page's "Finish" writes the branch; a failure keeps the wizard open.
        return self._finish()


class FirstRunWizard(QWizard):
    """Sets the branch up; ``actor`` is the new manager, signed in, once accepted."""

    def __init__(self, db: Database, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setObjectName("FirstRunWizard")
        self.setWindowTitle(self.tr("Dealer Club – set up this branch"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(560, 420)
        self.branch_page = BranchPage(self)
        self.profile_page = ProfilePage(lang, self)
        self.manager_page = ManagerPage(self._finish, self)
        for page in (self.branch_page, self.profile_page, self.manager_page):
            self.addPage(page)

    def _finish(self) -> bool:
        page = self.manager_page
        problem = page.local_problem()
        if problem:
            page.message.show_message(problem)
            return False
        profile = self.profile_page.selected()
        if profile is None:
            return False
        username = page.username.text().strip()
        password = page.password.text()
        try:
            staff.create_first_manager(self.db, username, page.full_name.text().strip(), password)
        except ValidationError as exc:
            # A set-up interrupted after the account was made: the same person may carry on.
            if not self._is_returning_manager(username, password):
                page.message.show_message(core_text(exc.message))
                return False
        try:
            with self.db.write() as s:
                branch_settings.initialise(
                    s, check_branch_code(self.branch_page.code.text()),
                    self.branch_page.name.text().strip(), profile.code,
                )
            self.actor = staff.authenticate(self.db, username, password)
        except Exception as exc:
            page.message.show_message(plain_error(exc))
            return False
        return True

    def _is_returning_manager(self, username: str, password: str) -> bool:
        try:
            actor = staff.authenticate(self.db, username, password)
        except staff.SignInFailed:
            return False
        return any(r.value == "branch_manager" for r in actor.roles)
