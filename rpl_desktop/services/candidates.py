"""Register candidates; search and page through them at any scale."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, delete, func, or_, select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rpl_desktop.domain.errors import RplError
from rpl_desktop.domain.ids import IdType, NationalId, mask_national_id
from rpl_desktop.domain.register import Candidate, fold, search_tokens, validate_candidate
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import CandidateRecord, CaseRecord, SearchTokenRecord

PAGE_SIZE = 200


class ConflictError(RplError):
    """Someone else saved the same record after it was opened here."""


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
        s.add(SearchTokenRecord(candidate_id=record.id, token=token))


def save_candidate(db: Database, candidate: Candidate) -> Candidate:
    """Validate and save (insert or update) in one transaction. Returns the saved candidate.

    Raises ValidationErrors for bad input and ConflictError if the record changed since it was read.
    """
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
                    raise ConflictError(
                        "Someone else changed this candidate after you opened it. Reopen the candidate "
                        "to see their changes, then make yours again."
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
    except StaleDataError as exc:
        raise ConflictError(
            "Someone else changed this candidate while you were saving. Reopen it and try again."
        ) from exc
    return saved


def get_candidate(db: Database, candidate_id: int) -> Candidate:
    with db.read() as s:
        record = s.get(CandidateRecord, candidate_id)
        if record is None:
            raise RplError(f"Candidate {candidate_id} does not exist (it may have been deleted).")
        return _to_domain(record)


def delete_candidate(db: Database, candidate_id: int) -> None:
    """Delete a candidate with their whole history and evidence records."""
    with db.transaction() as s:
        record = s.get(CandidateRecord, candidate_id)
        if record is None:
            return
        s.delete(record)


def _filter(query: str):  # type: ignore[no-untyped-def]
    """SQL conditions for a search text: words match name prefixes; digits match ID numbers."""
    words = [w for w in query.replace(",", " ").split() if w]
    conditions = []
    for word in words:
        digits = word.replace("-", "").replace("+", "")
        if digits.isdigit() and len(digits) >= 4:
            conditions.append(
                and_(CandidateRecord.national_id >= digits, CandidateRecord.national_id < digits + "\uffff")
            )
            continue
        folded = fold(word)[:60]
        plain = word.lower()[:60]
        token_match = select(SearchTokenRecord.candidate_id).where(
            or_(
                and_(SearchTokenRecord.token >= folded, SearchTokenRecord.token < folded + "\uffff"),
                and_(SearchTokenRecord.token >= plain, SearchTokenRecord.token < plain + "\uffff"),
            )
        )
        by_case = select(CaseRecord.candidate_id).where(
            CaseRecord.number >= word, CaseRecord.number < word + "\uffff")
        if any(ch.isdigit() for ch in word):
            conditions.append(or_(CandidateRecord.id.in_(token_match), CandidateRecord.id.in_(by_case)))
        else:
            conditions.append(CandidateRecord.id.in_(token_match))
    return conditions


def search_candidates(
    db: Database, query: str = "", *, after: tuple[str, int] | None = None, limit: int = PAGE_SIZE
) -> list[CandidateRow]:
    """One page of candidates matching ``query``, ordered by family name; ``after`` continues a list.

    Keyset paging (``after`` = the last row's (sort_key, id)) keeps every page as fast as the first,
    however many candidates the register holds.
    """
    stmt = select(CandidateRecord).where(*_filter(query))
    if after is not None:
        stmt = stmt.where(tuple_(CandidateRecord.sort_key, CandidateRecord.id) > tuple_(*after))
    stmt = stmt.order_by(CandidateRecord.sort_key, CandidateRecord.id).limit(limit)
    with db.read() as s:
        return [_row(r) for r in s.scalars(stmt)]


def count_candidates(db: Database, query: str = "") -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(CandidateRecord).where(*_filter(query))) or 0)
