"""What every screen needs to talk to the core: the branch database, the active club profile,
the branch settings, who is signed in, the interface language and the background runner."""

from __future__ import annotations

from dataclasses import dataclass, field

from dealer_app.club_profile import ClubProfile
from dealer_app.db.database import Database
from dealer_app.roles import Actor, Permission
from dealer_app.services import settings as branch_settings
from dealer_app.services.profiles import active_profile
from ui import core_messages
from ui.tasks import TaskRunner


@dataclass
class AppContext:
    db: Database
    profile: ClubProfile
    branch: branch_settings.BranchSettings
    runner: TaskRunner
    lang: str = "en"
    actor: Actor | None = None
    demo: bool = False
    demo_accounts: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def open(cls, db: Database, runner: TaskRunner, lang: str | None = None, *, demo: bool = False) -> AppContext:
        """Context for an initialised branch; the language defaults to the club's."""
        profile = active_profile(db)
        with db.read() as s:
            branch = branch_settings.load(s)
        ctx = cls(db=db, profile=profile, branch=branch, runner=runner,
                  lang=lang or profile.default_language, demo=demo)
        ctx.set_language(ctx.lang)
        return ctx

    def set_language(self, lang: str) -> None:
        """Show the screens built from now on in ``lang`` (the translator is installed by
        :func:`ui.appsetup.apply_language`)."""
        self.lang = lang
        core_messages.configure(self.profile.calendar, lang)

    def reload(self) -> None:
        """Pick up changed settings or a changed club profile (after the settings dialog)."""
        self.profile = active_profile(self.db)
        with self.db.read() as s:
            self.branch = branch_settings.load(s)
        core_messages.configure(self.profile.calendar, self.lang)

    def can(self, permission: Permission) -> bool:
        return self.actor is not None and self.actor.can(permission)

    def require_actor(self) -> Actor:
        if self.actor is None:
            raise RuntimeError("no one is signed in")
        return self.actor
