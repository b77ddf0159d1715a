"""The office's side of the external-assessor round trip (fagkonsulent, yrkesbedömare).

1. :func:`export_package` writes a sub-case for an external assessor: the outcomes still open (or the
   ones the caseworker chooses), only the evidence files the caseworker ticks, the interview guide for
   those outcomes, the candidate's name (to meet them), the case number and the office's name. Never the
   national ID number, contact data, the work history or other cases. The file is encrypted and
   integrity-protected with a passphrase the caseworker gives the assessor by another channel. The
   package is recorded (``assessor_package``) with the version of each outcome's judgement at export.
2. The assessor judges in their own copy of the program (:mod:`rpl_desktop.services.assessor_session`)
   and sends back ``<package>.response.rpl``.
3. :func:`review_response` opens and checks the response (it must answer a package this office sent, for
   the same case, with the same package SHA-256, finished, not imported before) and sets the assessor's
   judgements next to the current ones. A judgement the office changed since the export is a
   *conflict*: :func:`import_response` applies nothing over it unless the caseworker chose to.
   Importing is one transaction: the assessor's judgements (``external_judgement``, with the
   assessor's identity), the chosen judgements applied to the case (the identity recorded in the
   notes), the package marked returned, and an audit event.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rpl_desktop.domain import security
from rpl_desktop.domain.actors import SYSTEM
from rpl_desktop.domain.cases import CaseStatus
from rpl_desktop.domain.errors import ConflictError, RplError, ValidationError, ValidationErrors
from rpl_desktop.domain.interview import interview_guide
from rpl_desktop.domain.mapping import Judgement, Method, OutcomeAssessment
from rpl_desktop.domain.register import clean_text
from rpl_desktop.services import cases as case_service
from rpl_desktop.services import users
from rpl_desktop.services.assessor_files import (
    KIND_PACKAGE,
    KIND_RESPONSE,
    MAX_PACKAGE_EVIDENCE_BYTES,
    MAX_RESPONSE_FILE,
    PACKAGE_SUFFIX,
    AssessorIdentity,
    AssessorResponse,
    ExternalAssessment,
    PackageEvidence,
    PackageGuideItem,
    PackageManifest,
    PackageOutcome,
    check_passphrase,
    decode_response,
    encode_package,
    read_sealed,
    write_sealed,
)
from rpl_desktop.services.candidates import get_candidate
from rpl_desktop.services.catalogue import load_standard_view
from rpl_desktop.store.assessor_records import AssessorPackageRecord, ExternalJudgementRecord
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import EvidenceLinkRecord, EvidenceRecord, JudgementRecord, SettingRecord

log = logging.getLogger(__name__)

OFFICE_UID_SETTING = "assessor_office_uid"
SENT = "sent"
RETURNED = "returned"


# -- what the office knows about its packages ----------------------------------------------------------


@dataclass(frozen=True)
class SentPackage:
    id: int
    package_id: str
    case_id: int
    assessor_name: str
    filename: str
    sha256: str
    outcome_uids: tuple[str, ...]
    outcome_codes: tuple[str, ...]
    evidence_count: int
    state: str
    sent_at: datetime
    sent_by: str
    returned_at: datetime | None

    @property
    def returned(self) -> bool:
        return self.state == RETURNED


@dataclass(frozen=True)
class ExternalJudgementInfo:
    """An assessor's judgement as the case shows it: what, by whom, when, applied or not."""

    outcome_uid: str
    judgement: Judgement
    methods: frozenset[Method]
    reason: str
    assessor: AssessorIdentity
    assessed_at: datetime
    imported_at: datetime
    applied: bool
    package_id: str

    def describe(self) -> str:
        """'assessed by Ola Fagkonsulent (fagkonsulent), 2026-11-20'."""
        return f"assessed by {self.assessor.describe()}, {self.assessed_at.date().isoformat()}"


def _package(r: AssessorPackageRecord) -> SentPackage:
    outcomes = json.loads(r.outcomes)
    return SentPackage(
        id=r.id,
        package_id=r.package_uid,
        case_id=r.case_id,
        assessor_name=r.assessor_name,
        filename=r.filename,
        sha256=r.package_sha256,
        outcome_uids=tuple(o["uid"] for o in outcomes),
        outcome_codes=tuple(o.get("code") or o["uid"] for o in outcomes),
        evidence_count=len(json.loads(r.evidence)),
        state=r.state,
        sent_at=r.sent_at,
        sent_by=r.sent_by,
        returned_at=r.returned_at,
    )


def list_packages(db: Database, case_id: int) -> list[SentPackage]:
    """The packages sent for a case, newest first."""
    with db.read() as s:
        rows = s.scalars(
            select(AssessorPackageRecord)
            .where(AssessorPackageRecord.case_id == case_id)
            .order_by(AssessorPackageRecord.sent_at.desc(), AssessorPackageRecord.id.desc())
        )
        return [_package(r) for r in rows]


def external_judgements(db: Database, case_id: int) -> dict[str, ExternalJudgementInfo]:
    """The latest external judgement of each outcome of a case (for the matrix and the case view)."""
    out: dict[str, ExternalJudgementInfo] = {}
    with db.read() as s:
        rows = s.execute(
            select(ExternalJudgementRecord, AssessorPackageRecord.package_uid)
            .join(AssessorPackageRecord, AssessorPackageRecord.id == ExternalJudgementRecord.package_id)
            .where(ExternalJudgementRecord.case_id == case_id)
            .order_by(ExternalJudgementRecord.imported_at, ExternalJudgementRecord.id)
        )
        for r, package_uid in rows:
            out[r.outcome_uid] = ExternalJudgementInfo(
                outcome_uid=r.outcome_uid,
                judgement=Judgement(r.judgement),
                methods=frozenset(Method(m) for m in r.methods.split(",") if m),
                reason=r.reason,
                assessor=AssessorIdentity(r.assessor_name, r.assessor_role, r.assessor_organisation),
                assessed_at=r.assessed_at,
                imported_at=r.imported_at,
                applied=r.applied,
                package_id=package_uid,
            )
    return out


def office_uid(db: Database) -> str:
    """This office's random id (made once, kept with the data): a response must carry it back."""
    value = db.get_setting(OFFICE_UID_SETTING)
    if value:
        return value
    try:
        with db.transaction() as s:
            if s.get(SettingRecord, OFFICE_UID_SETTING) is None:
                s.add(SettingRecord(key=OFFICE_UID_SETTING, value=str(uuid.uuid4())))
    except IntegrityError:
        pass  # another desktop made it at the same moment: use theirs
    return db.get_setting(OFFICE_UID_SETTING)


# -- export -----------------------------------------------------------------------------------------------


def open_outcome_uids(db: Database, case_id: int) -> list[str]:
    """The outcomes of a case not judged yet, in the standard's order."""
    case = case_service.get_case(db, case_id)
    standard = load_standard_view(db, case.standard_uid)
    with db.read() as s:
        judged = set(
            s.scalars(
                select(JudgementRecord.outcome_uid).where(
                    JudgementRecord.case_id == case_id,
                    JudgementRecord.judgement != Judgement.NOT_ASSESSED.value,
                )
            )
        )
    return [o.uid for o in standard.outcomes if o.uid not in judged]


def resolve_outcomes(db: Database, case_id: int, tokens: Sequence[str]) -> list[str]:
    """Outcome codes (K1, F3 ...) or uids of the case's standard → uids; unknown or ambiguous: refused."""
    case = case_service.get_case(db, case_id)
    standard = load_standard_view(db, case.standard_uid)
    out: list[str] = []
    for token in (t.strip() for t in tokens):
        if not token:
            continue
        by_uid = [o for o in standard.outcomes if o.uid == token]
        by_code = [o for o in standard.outcomes if o.code.casefold() == token.casefold()]
        found = by_uid or by_code
        if not found:
            raise ValidationError(
                "outcomes",
                f"'{token}' is not an outcome of {standard.code}. Use the codes shown "
                "in the matrix (e.g. K1, F2).",
            )
        if len(found) > 1:
            raise ValidationError(
                "outcomes", f"'{token}' names several outcomes of {standard.code}; give their uids instead."
            )
        if found[0].uid not in out:
            out.append(found[0].uid)
    return out


def default_package_name(case_number: str) -> str:
    safe = re.sub(r"[^0-9A-Za-z_-]+", "-", case_number).strip("-") or "case"
    return f"{safe}-assessor{PACKAGE_SUFFIX}"


def export_package(
    db: Database,
    case_id: int,
    *,
    assessor_name: str,
    passphrase: str,
    out: Path,
    outcome_uids: Sequence[str] | None = None,
    evidence_ids: Sequence[int] = (),
    message: str = "",
) -> SentPackage:
    """Write the package for an external assessor to ``out`` (a file, or a folder for the default name)
    and record it. ``outcome_uids=None`` sends the outcomes not judged yet."""
    _require_casework(db)
    errors: list[ValidationError] = []
    assessor_name = clean_text(assessor_name)
    if not assessor_name:
        errors.append(
            ValidationError("assessor", "Enter the assessor's name: the package is addressed to them.")
        )
    elif len(assessor_name) > 200:
        errors.append(
            ValidationError("assessor", "The assessor's name is longer than 200 characters; shorten it.")
        )
    message = clean_text(message, multiline=True)
    if len(message) > 5000:
        errors.append(ValidationError("message", "The message is longer than 5000 characters; shorten it."))
    try:
        check_passphrase(passphrase)
    except ValidationError as exc:
        errors.append(exc)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ValidationErrors(errors)
    case = case_service.get_case(db, case_id)
    if case.status in (CaseStatus.ISSUED, CaseStatus.CLOSED):
        raise RplError(
            "The case is issued or closed; its judgements can no longer change, so there is nothing "
            "to send to an assessor. Reopen it by appeal first."
        )
    candidate = get_candidate(db, case.candidate_id)
    standard = load_standard_view(db, case.standard_uid)
    chosen = list(dict.fromkeys(outcome_uids)) if outcome_uids is not None else open_outcome_uids(db, case_id)
    by_uid = {o.uid: o for o in standard.outcomes}
    unknown = [u for u in chosen if u not in by_uid]
    if unknown:
        raise ValidationError("outcomes", f"'{unknown[0]}' is not an outcome of {standard.code}.")
    if not chosen and outcome_uids is not None:
        raise ValidationError("outcomes", "Tick at least one outcome for the assessor to judge.")
    if not chosen:
        raise ValidationError(
            "outcomes",
            "Every outcome of this case is judged already. Choose the outcomes the assessor should judge.",
        )
    outcomes = [o for o in standard.outcomes if o.uid in set(chosen)]  # in the standard's order
    evidence_ids = list(dict.fromkeys(int(i) for i in evidence_ids))
    with db.read() as s:
        versions = {
            j.outcome_uid: j.version
            for j in s.scalars(select(JudgementRecord).where(JudgementRecord.case_id == case_id))
        }
        files = {
            r.id: r for r in s.scalars(select(EvidenceRecord).where(EvidenceRecord.id.in_(evidence_ids)))
        }
        file_links: dict[int, list[str]] = {}
        for link in s.scalars(
            select(EvidenceLinkRecord).where(
                EvidenceLinkRecord.case_id == case_id, EvidenceLinkRecord.kind == "file"
            )
        ):
            if link.outcome_uid in by_uid and link.outcome_uid in chosen:
                file_links.setdefault(link.ref_id, []).append(link.outcome_uid)
        s.expunge_all()
    evidence: list[PackageEvidence] = []
    contents: dict[str, bytes] = {}
    total = 0
    for n, evidence_id in enumerate(evidence_ids, start=1):
        file_record = files.get(evidence_id)
        if file_record is None or file_record.candidate_id != case.candidate_id:
            raise ValidationError(
                "evidence", f"Evidence file {evidence_id} is not one of this candidate's files."
            )
        total += file_record.size
        if total > MAX_PACKAGE_EVIDENCE_BYTES:
            raise ValidationError(
                "evidence",
                f"The files you ticked add up to more than "
                f"{MAX_PACKAGE_EVIDENCE_BYTES // 1048576} MiB. Tick fewer files.",
            )
        if not db.evidence.verify(file_record.sha256):
            raise RplError(
                f"The stored copy of '{file_record.filename}' is missing or damaged. Restore the evidence "
                "folder from a backup, or leave the file out."
            )
        key = f"e{n}"
        contents[key] = db.evidence.read_bytes(file_record.sha256)
        evidence.append(
            PackageEvidence(
                key,
                file_record.filename,
                file_record.media_type,
                file_record.size,
                file_record.sha256,
                file_record.kind,
                tuple(file_links.get(evidence_id, ())),
            )
        )
    lang = case.language or candidate.language or "nb"
    guide = interview_guide([OutcomeAssessment(outcome=o) for o in outcomes], lang)
    from rpl_desktop.services.organisation import get_organisation

    organisation = get_organisation(db)
    now = datetime.now().replace(microsecond=0)
    manifest = PackageManifest(
        package_id=str(uuid.uuid4()),
        office_name=organisation.name if organisation else "",
        office_uid=office_uid(db),
        case_id=case_id,
        case_number=case.number,
        purpose=case.purpose.value,
        candidate_name=candidate.full_name,
        standard_code=standard.code,
        standard_title=standard.title,
        addressed_to=assessor_name,
        created_at=now,
        created_by=_who(db, case.caseworker),
        language=lang,
        outcomes=tuple(PackageOutcome(o.uid, o.code, o.text, o.category, o.group) for o in outcomes),
        evidence=tuple(evidence),
        guide=tuple(PackageGuideItem(g.outcome_uid, g.code, g.questions) for g in guide),
        message=message,
    )
    plaintext = encode_package(manifest, contents)
    target = out / default_package_name(case.number) if out.is_dir() else out
    written = False
    try:
        with db.transaction() as s:
            sha = write_sealed(target, passphrase, KIND_PACKAGE, plaintext)
            written = True
            record = AssessorPackageRecord(
                package_uid=manifest.package_id,
                case_id=case_id,
                assessor_name=assessor_name,
                office_name=manifest.office_name,
                outcomes=json.dumps(
                    [{"uid": o.uid, "code": o.code, "version": versions.get(o.uid, 0)} for o in outcomes],
                    ensure_ascii=False,
                ),
                evidence=json.dumps(
                    [
                        {"id": i, "sha256": files[i].sha256, "filename": files[i].filename}
                        for i in evidence_ids
                    ],
                    ensure_ascii=False,
                ),
                filename=target.name[:255],
                package_sha256=sha,
                state=SENT,
                sent_at=now,
                sent_by=manifest.created_by,
            )
            s.add(record)
            s.flush()
            _audit(
                s,
                "export",
                "assessor_package",
                record.id,
                case_id,
                [
                    {
                        "field": "outcomes",
                        "before": None,
                        "after": ", ".join(o.code or o.uid for o in outcomes),
                    },
                    {"field": "evidence_files", "before": None, "after": len(evidence)},
                ],
                f"Sent to external assessor {assessor_name}",
            )
            sent = _package(record)
    except BaseException:
        if written:
            target.unlink(missing_ok=True)
        raise
    log.info(
        "assessor package %s written for case %d: %d outcomes, %d files",
        sent.id,
        case_id,
        len(outcomes),
        len(evidence),
    )
    return sent


def _require_casework(db: Database) -> None:
    """Sending outcomes out and taking judgements in is casework (EDIT_CASES); an administrator may not."""
    users.require(db, security.EDIT_CASES)


def _who(db: Database, fallback: str) -> str:
    if db.actor != SYSTEM:
        return db.actor.display_name or db.actor.username
    if fallback:
        return fallback
    from rpl_desktop.services.documents import default_user

    return default_user()


def _audit(
    session: Session,
    action: str,
    entity: str,
    entity_id: int,
    case_id: int,
    changes: list[dict[str, Any]],
    reason: str,
) -> None:
    """An explicit audit event, when the audit log (services.audit) is there."""
    try:
        from rpl_desktop.services.audit import record_event  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return
    record_event(session, action, entity, entity_id, case_id=case_id, changes=changes, reason=reason)


# -- import -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewRow:
    """One outcome the assessor judged, next to the office's judgement of it now."""

    outcome_uid: str
    code: str
    text: str
    assessor: ExternalAssessment
    office_judgement: Judgement
    office_methods: frozenset[Method]
    office_reason: str
    office_version: int  # now (0: no judgement record)
    version_at_export: int

    @property
    def conflict(self) -> bool:
        """The office changed this judgement after the package was sent (to something else)."""
        return self.office_version != self.version_at_export and not self.same

    @property
    def same(self) -> bool:
        """The assessor's judgement is what the case has already."""
        a = self.assessor
        return (a.judgement, a.methods, a.reason) == (
            self.office_judgement,
            self.office_methods,
            self.office_reason,
        )


@dataclass(frozen=True)
class ResponseReview:
    path: Path
    response_sha256: str
    package: SentPackage
    response: AssessorResponse
    case_number: str
    rows: tuple[ReviewRow, ...]
    not_judged: tuple[str, ...]  # codes of the outcomes sent but left open by the assessor

    @property
    def assessor(self) -> AssessorIdentity:
        assert self.response.assessor is not None
        return self.response.assessor

    def conflicts(self) -> list[ReviewRow]:
        return [r for r in self.rows if r.conflict]


@dataclass(frozen=True)
class ImportResult:
    package_id: str
    recorded: int  # external judgements stored
    applied: tuple[str, ...]  # outcome codes applied to the case
    kept: tuple[str, ...]  # outcome codes where the office's judgement was kept


class AssessorConflict(RplError):
    """The office changed judgements after the package was sent; the caseworker must choose."""

    def __init__(self, codes: list[str]) -> None:
        super().__init__(
            "The office changed the judgement of "
            + ", ".join(codes)
            + " after the package was sent. Choose for "
            "each whether to keep the office's judgement or take the assessor's; nothing was imported."
        )
        self.codes = codes


def review_response(db: Database, path: Path, passphrase: str) -> ResponseReview:
    """Open and check a response file; nothing is written. Raises RplError with what is wrong."""
    raw, response_sha = read_sealed(path, passphrase, KIND_RESPONSE, "response file", MAX_RESPONSE_FILE)
    response = decode_response(raw, path.name)
    if response.office_uid != office_uid(db):
        raise RplError(
            "This response answers a package sent by another office, so it cannot be imported here. "
            "Send it to the office that sent the package."
        )
    with db.read() as s:
        record = s.scalar(
            select(AssessorPackageRecord).where(AssessorPackageRecord.package_uid == response.package_id)
        )
        if record is None:
            raise RplError(
                "This response answers a package this office has no record of (it was not sent from "
                "here, or its case was deleted). Nothing was imported."
            )
        package = _package(record)
        baseline = {o["uid"]: int(o.get("version", 0)) for o in json.loads(record.outcomes)}
        current = {
            j.outcome_uid: j
            for j in s.scalars(select(JudgementRecord).where(JudgementRecord.case_id == package.case_id))
        }
        s.expunge_all()
    case = case_service.get_case(db, package.case_id)
    if response.case_id != package.case_id or response.case_number != case.number:
        raise RplError(
            f"This response names case {response.case_number}, but its package was sent for case "
            f"{case.number}. The file has been altered or mixed up; it is refused."
        )
    if response.package_sha256 != package.sha256:
        raise RplError(
            "This response answers a different package file than the one this office sent (the SHA-256 "
            "does not match). It is refused; ask the assessor to answer the package you sent."
        )
    if package.returned:
        when = package.returned_at.strftime("%Y-%m-%d %H:%M") if package.returned_at else "earlier"
        raise RplError(
            f"The response to this package was imported already ({when}). It is not imported twice."
        )
    if not response.finished:
        saved = response.saved_at.strftime("%Y-%m-%d %H:%M")
        raise RplError(
            f"The assessor has not finished this response yet (last saved {saved}). Ask them to click "
            "'Finish and create the response file' and send the file again."
        )
    if response.assessor is None:
        raise RplError(
            "The response does not say who assessed. Ask the assessor to enter their name and role, "
            "finish again and send the new file."
        )
    if case.status in (CaseStatus.ISSUED, CaseStatus.CLOSED):
        raise RplError(
            "The case is issued or closed; its judgements can no longer change. Reopen it by appeal "
            "before importing the assessor's judgements."
        )
    standard = load_standard_view(db, case.standard_uid)
    outcomes = {o.uid: o for o in standard.outcomes}
    rows = []
    for a in response.judgements:
        if a.outcome_uid not in baseline or a.outcome_uid not in outcomes:
            raise RplError(
                f"The response judges an outcome that was not in the package ({a.outcome_uid[:60]}). "
                "It is refused."
            )
        if a.judgement == Judgement.NOT_ASSESSED:
            continue
        o = outcomes[a.outcome_uid]
        j = current.get(a.outcome_uid)
        rows.append(
            ReviewRow(
                outcome_uid=o.uid,
                code=o.code or o.uid,
                text=o.text,
                assessor=a,
                office_judgement=Judgement(j.judgement) if j else Judgement.NOT_ASSESSED,
                office_methods=frozenset(Method(m) for m in j.methods.split(",") if m) if j else frozenset(),
                office_reason=j.reason if j else "",
                office_version=j.version if j else 0,
                version_at_export=baseline[a.outcome_uid],
            )
        )
    if not rows:
        raise RplError(
            "The response holds no judgements. Ask the assessor to judge the outcomes and finish again."
        )
    judged = {r.outcome_uid for r in rows}
    not_judged = tuple(
        c for u, c in zip(package.outcome_uids, package.outcome_codes, strict=True) if u not in judged
    )
    return ResponseReview(path, response_sha, package, response, case.number, tuple(rows), not_judged)


def import_response(
    db: Database, review: ResponseReview, take: Mapping[str, bool] | None = None
) -> ImportResult:
    """Record the assessor's judgements and apply them to the case, all in one transaction.

    ``take[outcome_uid]``: True applies the assessor's judgement, False keeps the office's. Without an
    entry, a judgement is applied unless the office changed it since the export (a conflict), for which
    a choice is required (:class:`AssessorConflict` otherwise). A judgement changed again since the
    review raises ConflictError; nothing is written then.
    """
    _require_casework(db)
    take = dict(take or {})
    undecided = [r.code for r in review.conflicts() if r.outcome_uid not in take]
    if undecided:
        raise AssessorConflict(undecided)
    identity = review.assessor
    package = review.package
    now = datetime.now().replace(microsecond=0)
    applied: list[str] = []
    kept: list[str] = []
    changes: list[dict[str, Any]] = []
    case = case_service.get_case(db, package.case_id)
    if case.status in (CaseStatus.ISSUED, CaseStatus.CLOSED):
        raise RplError("The case is issued or closed; its judgements can no longer change.")
    with db.transaction(reason=f"External assessment by {identity.describe()}") as s:
        marked = s.execute(
            update(AssessorPackageRecord)
            .where(AssessorPackageRecord.id == package.id, AssessorPackageRecord.state == SENT)
            .values(state=RETURNED, returned_at=now, response_sha256=review.response_sha256)
        )
        if marked.rowcount != 1:  # type: ignore[attr-defined]
            raise RplError(
                "The response to this package was imported already (perhaps just now, by a colleague). "
                "It is not imported twice."
            )
        for row in review.rows:
            a = row.assessor
            apply = take.get(row.outcome_uid, not row.conflict)
            record = s.scalar(
                select(JudgementRecord).where(
                    JudgementRecord.case_id == package.case_id, JudgementRecord.outcome_uid == row.outcome_uid
                )
            )
            if (record.version if record else 0) != row.office_version:
                raise ConflictError(
                    f"The judgement of {row.code} was changed while you were reviewing the "
                    "assessor's response. Nothing was imported; import the response again.",
                    kind="judgement", entity_id=record.id if record else None,
                    context={"case_id": package.case_id, "outcome_uid": row.outcome_uid},
                )
            s.add(
                ExternalJudgementRecord(
                    package_id=package.id,
                    case_id=package.case_id,
                    outcome_uid=row.outcome_uid,
                    judgement=a.judgement.value,
                    methods=",".join(sorted(m.value for m in a.methods)),
                    reason=a.reason,
                    notes=a.notes,
                    assessor_name=identity.name,
                    assessor_role=identity.role,
                    assessor_organisation=identity.organisation,
                    assessed_at=a.assessed_at,
                    imported_at=now,
                    applied=apply,
                )
            )
            if not apply:
                kept.append(row.code)
                continue
            if record is None:
                record = JudgementRecord(case_id=package.case_id, outcome_uid=row.outcome_uid, notes="")
                s.add(record)
            line = f"External assessment: {identity.describe()}, {a.assessed_at.date().isoformat()}."
            if a.notes:
                line += f"\nAssessor's notes: {a.notes}"
            record.notes = f"{record.notes}\n\n{line}".strip() if record.notes else line
            record.judgement = a.judgement.value
            record.methods = ",".join(sorted(m.value for m in a.methods))
            record.reason = a.reason
            record.updated_at = now
            applied.append(row.code)
            changes.append(
                {
                    "field": f"judgement {row.code}",
                    "before": row.office_judgement.value,
                    "after": a.judgement.value,
                }
            )
        s.flush()
        _audit(
            s,
            "import",
            "assessor_package",
            package.id,
            package.case_id,
            changes,
            f"External assessment by {identity.describe()}; kept the office's judgement of "
            f"{', '.join(kept) or 'none'}",
        )
    log.info(
        "assessor response imported for case %d: %d applied, %d kept",
        package.case_id,
        len(applied),
        len(kept),
    )
    return ImportResult(package.package_id, len(review.rows), tuple(applied), tuple(kept))
