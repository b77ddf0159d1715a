"""Who may do what: permissions per role, the checks the services make, and the two-person rule.

The roles (a user may hold several; see :mod:`rpl_desktop.domain.actors`):

* **caseworker** (saksbehandler): the register (candidates, history, evidence), cases, the mapping
  matrix and judgements, proposing a decision, previews (drafts) of every document, competence maps.
* **approver** (leder/godkjenner): everything a caseworker may, and approving a decision (status
  *approved* and *issued*) and issuing decision documents (vedtak, kompetansebevis, yrkesbevis, intyg,
  kartläggningsutlåtande).
* **counsellor** (veileder): the register, cases and their mapping (kartlegging, interview notes), the
  case history and competence maps (which a counsellor may also issue). Never a decision: a counsellor
  cannot move a case to *proposed*, *approved* or *issued* and cannot issue a decision document.
* **administrator**: the catalogue (imports, the sample), rule profiles, users and the settings kept
  with the data. An administrator who also works cases holds the caseworker or approver role as well.

``SYSTEM`` (the program itself: migrations, demo data, tests, and headless commands on a data store
that has no users yet) may do everything. :data:`READ_ONLY` is the actor of a headless command on a
data store with users when no user was named: it may read, and every change is refused with a message
that says how to name the user.

Standard library only.
"""

from __future__ import annotations

from collections.abc import Iterable

from rpl_desktop.domain.actors import ADMINISTRATOR, APPROVER, CASEWORKER, COUNSELLOR, ROLES, SYSTEM, Actor
from rpl_desktop.domain.errors import PermissionDenied, ValidationError

# -- permissions ----------------------------------------------------------------------------------

EDIT_REGISTER = "edit_register"
"""Candidates, their work and learning history, schooling, exams, courses and evidence files."""
EDIT_CASES = "edit_cases"
"""Open cases, edit their details and phases, the mapping matrix, judgements, links and notes."""
PROPOSE_DECISION = "propose_decision"
"""Move a case to *proposed*."""
APPROVE_DECISION = "approve_decision"
"""Move a case to *approved* or *issued*."""
ISSUE_DECISION = "issue_decision"
"""Issue a decision document (vedtak, kompetansebevis, yrkesbevis, intyg, kartläggningsutlåtande)."""
ISSUE_COMPETENCE_MAP = "issue_competence_map"
"""Issue (print and keep) a competence map, which decides nothing."""
MANAGE_CATALOGUE = "manage_catalogue"
"""Import standards and branschmodeller, load the sample catalogue."""
MANAGE_RULE_PROFILES = "manage_rule_profiles"
MANAGE_USERS = "manage_users"
CHANGE_SETTINGS = "change_settings"
"""The settings kept with the data: organisation profile, number patterns, currency, two-person rule."""

PERMISSIONS = (
    EDIT_REGISTER,
    EDIT_CASES,
    PROPOSE_DECISION,
    APPROVE_DECISION,
    ISSUE_DECISION,
    ISSUE_COMPETENCE_MAP,
    MANAGE_CATALOGUE,
    MANAGE_RULE_PROFILES,
    MANAGE_USERS,
    CHANGE_SETTINGS,
)

_CASEWORK = frozenset({EDIT_REGISTER, EDIT_CASES, PROPOSE_DECISION, ISSUE_COMPETENCE_MAP})
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    CASEWORKER: _CASEWORK,
    APPROVER: _CASEWORK | {APPROVE_DECISION, ISSUE_DECISION},
    COUNSELLOR: frozenset({EDIT_REGISTER, EDIT_CASES, ISSUE_COMPETENCE_MAP}),
    ADMINISTRATOR: frozenset({MANAGE_CATALOGUE, MANAGE_RULE_PROFILES, MANAGE_USERS, CHANGE_SETTINGS}),
}

ROLE_LABELS = {
    CASEWORKER: "caseworker",
    APPROVER: "approver",
    COUNSELLOR: "counsellor",
    ADMINISTRATOR: "administrator",
}

# What each permission lets a user do, in words for the refusal ("Approving a decision needs ...").
_DOING = {
    EDIT_REGISTER: "Changing the register (candidates, history, evidence)",
    EDIT_CASES: "Changing a case",
    PROPOSE_DECISION: "Proposing a decision",
    APPROVE_DECISION: "Approving or issuing a decision",
    ISSUE_DECISION: "Issuing a decision document",
    ISSUE_COMPETENCE_MAP: "Issuing a competence map",
    MANAGE_CATALOGUE: "Importing into the catalogue",
    MANAGE_RULE_PROFILES: "Choosing the rule profile",
    MANAGE_USERS: "Managing users and roles",
    CHANGE_SETTINGS: "Changing the settings",
}

DECISION_DOCUMENTS = frozenset({"vedtak", "kompetansebevis", "yrkesbevis", "intyg", "kartlaggningsutlatande"})
"""Document kinds that state a decision; ``competence_map`` is the one that does not."""

TWO_PERSON_DOCUMENTS = frozenset({"vedtak"})
"""Documents whose issuer the two-person rule checks (besides approving the case)."""

READ_ONLY = Actor(
    user_id=None, username="system", display_name="rpl-desktop (no user named)", roles=frozenset()
)
"""A headless command on a data store with users, no user named: reading only."""


def is_system(actor: Actor) -> bool:
    return actor.has_role("system")


def permissions(actor: Actor) -> frozenset[str]:
    """Everything ``actor`` may do (SYSTEM: all of it)."""
    if is_system(actor):
        return frozenset(PERMISSIONS)
    granted: set[str] = set()
    for role in actor.roles:
        granted |= ROLE_PERMISSIONS.get(role, frozenset())
    return frozenset(granted)


def allows(actor: Actor, permission: str) -> bool:
    return permission in permissions(actor)


def roles_with(permission: str) -> tuple[str, ...]:
    """The roles that grant ``permission``, in the order of :data:`ROLES`."""
    return tuple(r for r in ROLES if permission in ROLE_PERMISSIONS[r])


def _or_list(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " or " + words[-1]


def refusal(actor: Actor, permission: str) -> str:
    """Why ``actor`` may not do it and what to do, in one or two sentences (no personal data)."""
    doing = _DOING.get(permission, "This")
    needed = _or_list([ROLE_LABELS[r] for r in roles_with(permission)])
    if actor.user_id is None and not is_system(actor):
        return (
            f"{doing} needs a signed-in user. This data store has users: name yours with --user NAME "
            "(or the environment variable RPL_USER) and run the command again."
        )
    held = ", ".join(ROLE_LABELS.get(r, r) for r in sorted(actor.roles)) or "none"
    article = "an" if needed[:1] in "aeiou" else "a"
    if needed == ROLE_LABELS[ADMINISTRATOR]:
        return f"{doing} needs the administrator role (your roles: {held}). Ask an administrator."
    return (
        f"{doing} needs the {needed} role (your roles: {held}). Ask {article} {needed} to do it, "
        "or an administrator to give you the role."
    )


def require(actor: Actor, permission: str) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may do ``permission``."""
    if not allows(actor, permission):
        raise PermissionDenied(refusal(actor, permission))


def permission_for_status(target: str) -> str:
    """The permission a move of a case to status ``target`` (a CaseStatus value) needs."""
    if target == "proposed":
        return PROPOSE_DECISION
    if target in ("approved", "issued"):
        return APPROVE_DECISION
    return EDIT_CASES


def permission_for_document(kind: str) -> str:
    """The permission issuing a document of ``kind`` needs."""
    return ISSUE_DECISION if kind in DECISION_DOCUMENTS else ISSUE_COMPETENCE_MAP


def check_two_person(actor: Actor, worked_by: Iterable[int], doing: str = "approve this decision") -> None:
    """The two-person rule: whoever decides must not be one who worked the case.

    ``worked_by`` holds the user ids that worked the case (its assigned caseworker and the last user who
    changed its judgements). SYSTEM and users not in it pass.
    """
    if is_system(actor) or actor.user_id is None:
        return
    if actor.user_id in set(worked_by):
        raise PermissionDenied(
            f"The two-person rule is on: you worked this case as its caseworker, so another user with the "
            f"approver role must {doing}. Ask an approver who has not worked the case."
        )


# -- users ----------------------------------------------------------------------------------------

USERNAME_MAX = 100
DISPLAY_NAME_MAX = 200
PASSWORD_MIN = 8


def normalise_roles(roles: Iterable[str]) -> frozenset[str]:
    """Check role names; at least one is needed."""
    chosen = frozenset(r.strip() for r in roles if r and r.strip())
    unknown = sorted(chosen - set(ROLES))
    if unknown:
        raise ValidationError("roles", f"Unknown role {unknown[0]!r}: choose from {', '.join(ROLES)}.")
    if not chosen:
        raise ValidationError("roles", "Give the user at least one role.")
    return chosen


def validate_username(username: str) -> str:
    name = username.strip()
    if not name:
        raise ValidationError("username", "Give a user name (e.g. the login name).")
    if len(name) > USERNAME_MAX:
        raise ValidationError("username", f"A user name has at most {USERNAME_MAX} characters.")
    if any(ch.isspace() or not ch.isprintable() for ch in name):
        raise ValidationError("username", "A user name has no spaces or control characters.")
    return name


def validate_display_name(display_name: str, username: str) -> str:
    name = " ".join(display_name.split()) or username
    if len(name) > DISPLAY_NAME_MAX:
        raise ValidationError("display_name", f"A name has at most {DISPLAY_NAME_MAX} characters.")
    if any(not ch.isprintable() for ch in name):
        raise ValidationError("display_name", "The name must not contain control characters.")
    return name


def validate_password(password: str) -> str:
    if password and len(password) < PASSWORD_MIN:
        raise ValidationError("password", f"A password has at least {PASSWORD_MIN} characters (or none).")
    return password


__all__ = [
    "ADMINISTRATOR",
    "APPROVER",
    "CASEWORKER",
    "COUNSELLOR",
    "READ_ONLY",
    "SYSTEM",
    "Actor",
    "allows",
    "check_two_person",
    "permissions",
    "require",
]
