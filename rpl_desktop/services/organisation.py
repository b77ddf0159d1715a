"""The issuing organisation's profile (one per data store)."""

from __future__ import annotations

from sqlalchemy import select

from rpl_desktop.domain import security
from rpl_desktop.domain.register import Organisation, OrgKind, Signer, validate_organisation
from rpl_desktop.services import users
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import OrganisationRecord, SignerRecord


def get_organisation(db: Database) -> Organisation | None:
    with db.read() as s:
        r = s.scalar(select(OrganisationRecord).order_by(OrganisationRecord.id).limit(1))
        if r is None:
            return None
        return Organisation(
            id=r.id, name=r.name, org_number=r.org_number, kind=OrgKind(r.kind), country=r.country,
            region=r.region, default_language=r.default_language, address=r.address,
            signers=[Signer(name=x.name, title=x.title) for x in r.signers],
        )


def save_organisation(db: Database, org: Organisation) -> Organisation:
    users.require(db, security.CHANGE_SETTINGS)
    validate_organisation(org)
    with db.transaction() as s:
        r = s.scalar(select(OrganisationRecord).order_by(OrganisationRecord.id).limit(1))
        if r is None:
            r = OrganisationRecord()
            s.add(r)
        r.name, r.org_number, r.kind, r.country = org.name, org.org_number, org.kind.value, org.country
        r.region, r.default_language, r.address = org.region, org.default_language, org.address
        r.signers = [SignerRecord(position=i, name=x.name, title=x.title) for i, x in enumerate(org.signers)]
        s.flush()
        org.id = r.id
    return org
