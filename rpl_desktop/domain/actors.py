"""Who is acting: the signed-in user, carried by the open Database into every unit of work.

The audit log records the actor of each change; the services check the actor's roles.
``SYSTEM`` acts for the program itself (migrations, demo data, headless commands run without a user).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    display_name: str
    roles: frozenset[str] = field(default_factory=frozenset)

    def has_role(self, role: str) -> bool:
        return role in self.roles


SYSTEM = Actor(user_id=None, username="system", display_name="rpl-desktop", roles=frozenset({"system"}))


# The roles (a user may hold several). Permissions per role live in rpl_desktop/domain/security.py.
CASEWORKER = "caseworker"  # saksbehandler: records and assesses cases, drafts decisions
APPROVER = "approver"  # leder/godkjenner: approves and issues decisions
COUNSELLOR = "counsellor"  # veileder: competence maps, no decisions
ADMINISTRATOR = "admin"  # catalogue, rule profiles, users, settings
ROLES = (CASEWORKER, APPROVER, COUNSELLOR, ADMINISTRATOR)
