"""Register candidates; search and page through them at any scale."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, tuple_
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from rpl_desktop.domain import security
from rpl_desktop.domain.errors import ConflictError, RplError, ValidationError  # ConflictError lived here
from rpl_desktop.domain.ids import IdType, NationalId, mask_national_id
from rpl_desktop.domain.register import Candidate, fold, search_tokens, validate_candidate
from rpl_desktop.services import users
from rpl_desktop.services.conflicts import conflict, iso
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import (
    CandidateRecord,
    CaseRecord,
    CourseRecord,
    EvidenceRecord,
    ExamRecord,
    PeriodRecord,
    SchoolingRecord,
    SearchTokenRecord,
)

log = logging.getLogger(__name__)

PAGE_SIZE = 200

# What belongs to a candidate besides the evidence records, deleted with them (the audited tables by an
# ORM statement, so the audit log records each row; the database's cascades would cover anything else).
_CHILD_RECORDS = (PeriodRecord, SchoolingRecord, ExamRecord, CourseRecord, SearchTokenRecord)

# The fields a conflict view compares, in the order the form shows them.
CANDIDATE_FIELDS = ("given_name", "family_name", "birth_date", "id_type", "national_id", "email", "phone",
                    "address", "postcode", "city", "country", "language")


@dataclass(frozen=True)
class CandidateRow:
    """What a list shows of one candidate: never the full ID number."""

    id: int
    given_name: str
    family_name: str
    birth_date: date | None
    masked_id: str
    city: str
    sort_key: str

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


def _sort_key(c: Candidate) -> str:
    return f"{fold(c.family_name)}\x1f{fold(c.given_name)}"[:420]


def _to_domain(r: CandidateRecord) -> Candidate:
    return Candidate(
        id=r.id, given_name=r.given_name, family_name=r.family_name, birth_date=r.birth_date,
        id_type=IdType(r.id_type), national_id=r.national_id, email=r.email, phone=r.phone,
        address=r.address, postcode=r.postcode, city=r.city, country=r.country, language=r.language,
        version=r.version,
    )


def _row(r: CandidateRecord) -> CandidateRow:
    masked = ""
    if r.national_id and r.id_type in (t.value for t in (IdType.NO_FNR, IdType.NO_DNR, IdType.SE_PNR, IdType.SE_SAMNR)):
        masked = mask_national_id(NationalId(IdType(r.id_type), r.national_id))
    elif r.national_id:
        masked = r.national_id[:3] + "…"
    return CandidateRow(r.id, r.given_name, r.family_name, r.birth_date, masked, r.city, r.sort_key)


def _write_tokens(s: Session, record: CandidateRecord) -> None:
    s.execute(delete(SearchTokenRecord).where(SearchTokenRecord.candidate_id == record.id))
    for token in search_tokens(record.given_name, record.family_name):
        s.add(SearchTokenRecord(candidate_id=record.id, token=token, sort_key=record.sort_key))


def candidate_values(c: Candidate) -> dict[str, str]:
    """The candidate's editable fields as plain text (dates ISO, the ID type as its code)."""
    return {
        "given_name": c.given_name, "family_name": c.family_name, "birth_date": iso(c.birth_date),
        "id_type": c.id_type.value, "national_id": c.national_id, "email": c.email, "phone": c.phone,
        "address": c.address, "postcode": c.postcode, "city": c.city, "country": c.country,
        "language": c.language,
    }


def candidate_from_values(values: dict[str, str], *, candidate_id: int | None, version: int) -> Candidate:
    """The inverse of :func:`candidate_values` (a merged result becomes a candidate to save)."""
    born = values.get("birth_date", "")
    return Candidate(
        given_name=values.get("given_name", ""), family_name=values.get("family_name", ""),
        birth_date=date.fromisoformat(born) if born else None, id_type=IdType(values.get("id_type", "none")),
        national_id=values.get("national_id", ""), email=values.get("email", ""),
        phone=values.get("phone", ""), address=values.get("address", ""), postcode=values.get("postcode", ""),
        city=values.get("city", ""), country=values.get("country", ""), language=values.get("language", ""),
        id=candidate_id, version=version,
    )


def _record_values(r: CandidateRecord) -> dict[str, str]:
    return candidate_values(_to_domain(r))


def _conflict(s: Session, record: CandidateRecord, candidate: Candidate, opened: Candidate | None,
              message: str) -> ConflictError:
    return conflict(
        s, message, kind="candidate", entity="candidate", entity_id=record.id,
        original=candidate_values(opened) if opened is not None and opened.id == record.id else {},
        theirs=_record_values(record), mine=candidate_values(candidate), their_version=record.version,
        updated_at=record.updated_at, opened_version=candidate.version,
    )


def save_candidate(db: Database, candidate: Candidate, *, opened: Candidate | None = None) -> Candidate:
    """Validate and save (insert or update) in one transaction. Returns the saved candidate.

    ``candidate.version`` must be the version the user opened; ``opened`` is the candidate as it was
    opened (for the conflict view's "original" column). Raises ValidationErrors for bad input and
    ConflictError (with original / theirs / mine) if the record changed since it was read; nothing is
    saved then.
    """
    users.require(db, security.EDIT_REGISTER)
    validate_candidate(candidate)
    now = datetime.now()
    try:
        with db.transaction() as s:
            if candidate.id is None:
                record = CandidateRecord(created_at=now)
                s.add(record)
            else:
                record = s.get(CandidateRecord, candidate.id)
                if record is None:
                    raise RplError("This candidate has been deleted in the meantime; nothing was saved.")
                if record.version != candidate.version:
                    raise _conflict(
                        s, record, candidate, opened,
                        "Someone else changed this candidate after you opened it. Compare their changes "
                        "with yours, or reopen the candidate and make yours again.",
                    )
            for name in ("given_name", "family_name", "birth_date", "national_id", "email", "phone",
                         "address", "postcode", "city", "country", "language"):
                setattr(record, name, getattr(candidate, name))
            record.id_type = candidate.id_type.value
            record.sort_key = _sort_key(candidate)
            record.updated_at = now
            s.flush()
            _write_tokens(s, record)
            s.flush()
            saved = _to_domain(record)
    except StaleDataError:
        # Someone saved between our check and our write: report it as above, with their version.
        with db.read() as s:
            stored = s.get(CandidateRecord, candidate.id)
            if stored is None:
                raise RplError("This candidate has been deleted in the meantime; nothing was saved.") \
                    from None
            raise _conflict(
                s, stored, candidate, opened,
                "Someone else changed this candidate while you were saving. Compare their changes with "
                "yours, or reopen the candidate and make yours again.",
            ) from None
    return saved


def get_candidate(db: Database, candidate_id: int) -> Candidate:
    with db.read() as s:
        record = s.get(CandidateRecord, candidate_id)
        if record is None:
            raise RplError(f"Candidate {candidate_id} does not exist (it may have been deleted).")
        return _to_domain(record)


def delete_candidate(db: Database, candidate_id: int, reason: str = "") -> int:
    """Delete a candidate with their whole history and evidence records, in ONE transaction.

    Everything that belongs to the candidate (history, schooling, exams, courses, evidence records,
    search words, their autosaved drafts) goes with the candidate row, or nothing does. The stored
    evidence files are removed only after the commit, and only those no other evidence record still
    refers to (the same file attached to another candidate stays). Returns how many files went.

    A candidate with a case is refused (RplError): a case records the office's work and decisions;
    erasing or anonymising (Personal data) removes the person under the retention rules. A signed-in
    user must give ``reason`` (the audit log keeps it); the program itself (SYSTEM, on a data store
    without users, or undoing its own failed import) need not.
    """
    from rpl_desktop.services import drafts
    from rpl_desktop.services.privacy import _remove_files  # the files no record refers to any more
    from rpl_desktop.store.work_records import DraftRecord

    users.require(db, security.EDIT_REGISTER)
    reason = " ".join(reason.split())
    if not reason and db.actor.user_id is not None:
        raise ValidationError("reason", "Give the reason for deleting the candidate; the audit log keeps it.")
    with db.transaction(reason=reason) as s:
        record = s.get(CandidateRecord, candidate_id)
        if record is None:
            return 0
        cases = int(s.scalar(select(func.count()).select_from(CaseRecord)
                             .where(CaseRecord.candidate_id == candidate_id)) or 0)
        if cases:
            raise RplError(
                f"The candidate has {cases} case{'s' if cases != 1 else ''} and cannot be deleted: a case "
                "records the office's work and decisions. To remove the person, use Personal data → "
                "Erase or anonymise (it follows the retention rules). Nothing was deleted."
            )
        shas = list(s.scalars(
            select(EvidenceRecord.sha256).where(EvidenceRecord.candidate_id == candidate_id)))
        # Children first, in this transaction; evidence before the periods it may point at.
        for child in (EvidenceRecord, *_CHILD_RECORDS):
            s.execute(delete(child).where(child.candidate_id == candidate_id))
        s.execute(delete(DraftRecord).where(DraftRecord.form == drafts.CANDIDATE,
                                            DraftRecord.entity == drafts.entity_key(candidate_id)))
        s.delete(record)
    removed = _remove_files(db, shas)
    log.info("candidate %s deleted: %d evidence record(s), %d stored file(s) removed",
             candidate_id, len(shas), removed)
    return removed


def word_range(word: str, token: Any = SearchTokenRecord) -> Any:
    folded, plain = fold(word)[:60], word.lower()[:60]
    ranges = [and_(token.token >= folded, token.token < folded + "\uffff")]
    if plain != folded:
        ranges.append(and_(token.token >= plain, token.token < plain + "\uffff"))
    return or_(*ranges)


def _is_id_number(word: str) -> str | None:
    digits = word.replace("-", "").replace("+", "")
    return digits if digits.isdigit() and len(digits) >= 4 else None


def _matching(query: str) -> tuple[Any, Any, Any]:
    """A statement yielding (sort_key, candidate_id) of the candidates matching ``query``.

    The longest name word drives one range scan of the token index (which carries the sort key, so
    matches come out in list order); every other word costs one primary-key probe per candidate.
    Digits search ID numbers; words with digits also match case numbers.
    """
    words = [w for w in query.replace(",", " ").split() if w]
    name_words = [w for w in words if not any(ch.isdigit() for ch in w)]
    number_words = [w for w in words if any(ch.isdigit() for ch in w)]
    if name_words:
        driver = max(name_words, key=len)
        name_words.remove(driver)
        tok = SearchTokenRecord
        stmt = select(tok.sort_key, tok.candidate_id).where(word_range(driver)).distinct()
        sort_col, candidate_col = tok.sort_key, tok.candidate_id
        for word in name_words:
            probe = aliased(SearchTokenRecord)
            stmt = stmt.where(
                select(probe.token).where(probe.candidate_id == candidate_col, word_range(word, probe)).exists()
            )
    else:
        stmt = select(CandidateRecord.sort_key, CandidateRecord.id)
        sort_col, candidate_col = CandidateRecord.sort_key, CandidateRecord.id
    for word in number_words:
        by_case = select(CaseRecord.candidate_id).where(
            CaseRecord.number >= word, CaseRecord.number < word + "\uffff")
        digits = _is_id_number(word)
        if digits is None:
            stmt = stmt.where(candidate_col.in_(by_case))
            continue
        by_id = select(CandidateRecord.id).where(
            CandidateRecord.national_id >= digits, CandidateRecord.national_id < digits + "\uffff")
        stmt = stmt.where(or_(candidate_col.in_(by_id), candidate_col.in_(by_case)))
    return stmt, sort_col, candidate_col


def search_candidates(
    db: Database, query: str = "", *, after: tuple[str, int] | None = None, limit: int = PAGE_SIZE
) -> list[CandidateRow]:
    """One page of candidates matching ``query``, ordered by family name; ``after`` continues a list.

    Keyset paging (``after`` = the last row's (sort_key, id)) keeps every page as fast as the first,
    however many candidates the register holds.
    """
    stmt, sort_col, candidate_col = _matching(query)
    if after is not None:
        stmt = stmt.where(tuple_(sort_col, candidate_col) > tuple_(*after))
    page = stmt.order_by(sort_col, candidate_col).limit(limit).subquery()
    with db.read() as s:
        rows = s.scalars(
            select(CandidateRecord).join(page, CandidateRecord.id == page.c[candidate_col.key])
            .order_by(CandidateRecord.sort_key, CandidateRecord.id)
        )
        return [_row(r) for r in rows]


def count_candidates(db: Database, query: str = "", *, cap: int | None = None) -> int:
    """How many candidates match; with ``cap``, counting stops at cap + 1 (shown as "cap+")."""
    stmt, _sort, _candidate = _matching(query)
    if cap is not None:
        stmt = stmt.limit(cap + 1)
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
