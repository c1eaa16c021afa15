"""Staff roles and what each may do. Checked by services, so the CLI and UI cannot bypass it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    FRONT_DESK = "front_desk"
    SERVICE_ADVISOR = "service_advisor"
    BRANCH_MANAGER = "branch_manager"


class Permission(StrEnum):
    FIND = "find"
    ENROLL = "enroll"
    EDIT_MEMBER = "edit_member"
    CAPTURE_REQUEST = "capture_request"
    INFORM_CUSTOMER = "inform_customer"
    DISCOUNT = "discount"
    RENEW_WITHDRAW = "renew_withdraw"
    PRINT_CARDS = "print_cards"
    MANAGE_STAFF = "manage_staff"
    SETTINGS = "settings"
    REPORTS = "reports"
    SYNC = "sync"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.FRONT_DESK: frozenset(
        {
            Permission.FIND,
            Permission.ENROLL,
            Permission.EDIT_MEMBER,
            Permission.CAPTURE_REQUEST,
            Permission.INFORM_CUSTOMER,
            Permission.RENEW_WITHDRAW,
            Permission.SYNC,
        }
    ),
    Role.SERVICE_ADVISOR: frozenset(
        {Permission.FIND, Permission.DISCOUNT, Permission.CAPTURE_REQUEST, Permission.SYNC}
    ),
    Role.BRANCH_MANAGER: frozenset(Permission),
}


class PermissionDenied(PermissionError):
    def __init__(self, actor: str, permission: Permission) -> None:
        super().__init__(f"{actor} may not {permission.value.replace('_', ' ')}; ask a branch manager.")
        self.permission = permission


@dataclass(frozen=True)
class Actor:
    """Who is doing something: a signed-in staff user, or a named system process."""

    username: str
    roles: frozenset[Role]
    full_name: str = ""
    language: str | None = None

    def can(self, permission: Permission) -> bool:
        return any(permission in ROLE_PERMISSIONS[r] for r in self.roles)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(self.username, permission)


# Used by command-line tools run by whoever operates the branch PC, and by demo data.
SYSTEM = Actor("system", frozenset({Role.BRANCH_MANAGER}), "System")
