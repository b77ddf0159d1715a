"""The interface follows the roles: what the signed-in user may not do is disabled, with a tooltip why.

The services check every permission again (:mod:`rpl_desktop.domain.security`); this only spares the
user a button that would be refused.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rpl_desktop.domain import security
from rpl_desktop.domain.actors import ADMINISTRATOR, APPROVER, CASEWORKER, COUNSELLOR, Actor
from rpl_desktop.ui.i18n import fill

_FREE_TIP = "rplToolTipWithoutRole"


def role_label(role: str) -> str:
    t = QCoreApplication.translate
    return {
        CASEWORKER: t("Roles", "caseworker"),
        APPROVER: t("Roles", "approver"),
        COUNSELLOR: t("Roles", "counsellor"),
        ADMINISTRATOR: t("Roles", "administrator"),
    }.get(role, role)


def roles_text(roles: frozenset[str] | set[str]) -> str:
    return ", ".join(role_label(r) for r in security.ROLE_LABELS if r in roles)


def refusal_tip(actor: Actor, permission: str) -> str:
    """Empty when ``actor`` may do it; else one sentence naming the role it needs."""
    if security.allows(actor, permission):
        return ""
    needed = " / ".join(role_label(r) for r in security.roles_with(permission))
    return fill(
        QCoreApplication.translate(
            "Roles",
            "Your role does not allow this: it needs the role %1. An administrator can give it to you.",
        ),
        needed,
    )


def gate(widget: QWidget, actor: Actor, permission: str, *, enabled: bool = True) -> bool:
    """Enable ``widget`` only if ``enabled`` and ``actor`` may do ``permission``; explain in the tooltip.

    The widget's own tooltip comes back when the permission is there again. Returns whether it is allowed.
    """
    if widget.property(_FREE_TIP) is None:
        widget.setProperty(_FREE_TIP, widget.toolTip())
    tip = refusal_tip(actor, permission)
    widget.setEnabled(enabled and not tip)
    widget.setToolTip(tip or str(widget.property(_FREE_TIP) or ""))
    return not tip


def issuer_name(actor: Actor, fallback: str) -> str:
    """Who issues a document: the signed-in user's name, else ``fallback`` (the OS login name)."""
    return actor.display_name if actor.user_id is not None else fallback


def gate_document_issue(tab: QWidget) -> None:
    """The documents tab's Issue button follows the kind chosen: a decision needs the approver role."""
    kind = str(tab.kind_combo.currentData() or "")  # type: ignore[attr-defined]
    db = tab._db  # type: ignore[attr-defined]
    gate(
        tab.issue_button,
        db.actor,
        security.permission_for_document(kind),  # type: ignore[attr-defined]
        enabled=tab.kind_combo.isEnabled(),
    )  # type: ignore[attr-defined]
