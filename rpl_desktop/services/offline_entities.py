"""The entities an offline case file carries, and their field values as plain JSON.

An *entity* is one record that travels with a case: the candidate and their register data (history
periods, schooling, exams, courses, evidence files), the case, its judgements and evidence links, and
the branschvalidering rows of a Swedish case. Each has

* a ``kind`` (``"period"``) and an ``ident``: its uid, or for records identified by what they are about
  the natural key (a judgement: case uid + outcome; an evidence link: case, outcome and the uid of the
  linked item), so the same entity is recognised in every installation;
* ``values``: its field values as JSON (dates as ISO text; references to other records as their uid),
  which is what the three-way comparison compares field by field;
* its ``scope`` (the candidate uid for register data, the case uid for case data) and its ``parent``.

Reading and writing go straight to the ORM records, so one import is one transaction. Values coming in
are checked against the column types and then by the same domain validators the forms use.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text, select
from sqlalchemy.orm import Session

from rpl_desktop.domain.errors import ImportFileError, RplError, ValidationErrors
from rpl_desktop.store.bransch_records import (
    BedomningSignatureRecord,
    BranschPeriodTagRecord,
    BranschPhaseRecord,
    BranschResultRecord,
    BranschSignoffRecord,
)
from rpl_desktop.store.records import (
    CandidateRecord,
    CaseRecord,
    CourseRecord,
    EvidenceLinkRecord,
    EvidenceRecord,
    ExamRecord,
    JudgementRecord,
    PeriodRecord,
    SchoolingRecord,
)

MAX_TEXT = 100_000


@dataclass(frozen=True)
class Kind:
    name: str
    record: Any
    fields: tuple[str, ...]  # compared and merged field by field
    extra: tuple[str, ...] = ()  # carried for creating the record, never merged (timestamps, checksums)
    ident: tuple[str, ...] = ("uid",)
    parent: str = "candidate"  # the kind of the parent: candidate or case ("" for a candidate)


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(
            "candidate",
            CandidateRecord,
            (
                "given_name",
                "family_name",
                "birth_date",
                "id_type",
                "national_id",
                "email",
                "phone",
                "address",
                "postcode",
                "city",
                "country",
                "language",
            ),
            ("created_at",),
            parent="",
        ),
        Kind(
            "period",
            PeriodRecord,
            (
                "kind",
                "employer",
                "country",
                "role",
                "tasks",
                "start",
                "end",
                "fte_percent",
                "hours_per_week",
                "third_party_confirmed",
                "attest_issued_by",
                "attest_signer_name",
                "attest_signer_title",
                "attest_date",
                "attest_letterhead",
            ),
        ),
        Kind(
            "schooling",
            SchoolingRecord,
            ("level", "programme", "passed", "year", "in_school", "yff_relevant"),
        ),
        Kind("exam", ExamRecord, ("code", "exam_date", "result", "passed")),
        Kind("course", CourseRecord, ("provider", "title", "hours", "completed_on")),
        Kind(
            "evidence",
            EvidenceRecord,
            ("filename", "kind", "verified", "translated", "period"),
            ("sha256", "size", "media_type", "added_at"),
        ),
        Kind(
            "case",
            CaseRecord,
            (
                "standard_uid",
                "purpose",
                "status",
                "caseworker",
                "opened_on",
                "due_on",
                "their_reference",
                "language",
                "rule_profile_id",
                "document_only_override",
                "veiledning_on",
                "kartlegging_on",
                "vurdering_on",
                "dokumentasjon_on",
            ),
            ("number", "created_at"),
        ),
        Kind(
            "judgement",
            JudgementRecord,
            ("judgement", "methods", "reason", "notes"),
            (),
            ("case", "outcome"),
            "case",
        ),
        Kind("link", EvidenceLinkRecord, (), (), ("case", "outcome", "ref_kind", "ref"), "case"),
        Kind(
            "bransch_result",
            BranschResultRecord,
            ("date", "score", "assessor_id", "provider", "accreditation_id", "note"),
            ("created_at",),
            ("case", "component", "attempt"),
            "case",
        ),
        Kind(
            "bransch_phase",
            BranschPhaseRecord,
            ("date", "actor_role", "evidence_note"),
            (),
            ("case", "phase"),
            "case",
        ),
        Kind("bransch_signoff", BranschSignoffRecord, ("date", "signed_by"), (), ("case", "signoff"), "case"),
        Kind(
            "bransch_signature",
            BedomningSignatureRecord,
            ("assessor_id", "date"),
            ("signed_at",),
            ("case",),
            "case",
        ),
        Kind("bransch_tag", BranschPeriodTagRecord, ("hours",), (), ("case", "period", "trade"), "case"),
    )
}
ORDER = tuple(KINDS)
"""Parents before children: the order in which entities are created."""

# What an evidence link's ``kind`` names, and the record kind its ``ref_id`` points at.
REF_KINDS = {"period": "period", "file": "evidence", "exam": "exam", "course": "course"}
UID_KINDS = ("candidate", "period", "schooling", "exam", "course", "evidence", "case")
EMPTY_JUDGEMENT = {"judgement": "not_assessed", "methods": "", "reason": "", "notes": ""}
"""A judgement row that does not exist yet reads as this (the matrix shows it as not assessed)."""


@dataclass
class Entity:
    kind: str
    ident: dict[str, Any]
    scope: str  # the candidate uid (register data) or the case uid (case data)
    parent: str  # the parent's uid ("" for a candidate)
    values: dict[str, Any] | None  # None: the entity was deleted where this copy comes from
    base: dict[str, Any] | None = None
    local_id: int | None = field(default=None, compare=False)

    @property
    def key(self) -> str:
        return entity_key(self.kind, self.ident)


def entity_key(kind: str, ident: dict[str, Any]) -> str:
    if KINDS[kind].ident == ("uid",):
        return str(ident["uid"])
    return json.dumps([ident[k] for k in KINDS[kind].ident], ensure_ascii=False, separators=(",", ":"))


# -- values <-> JSON -----------------------------------------------------------------------------------


def to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _column(kind: Kind, name: str) -> Any:
    return kind.record.__table__.c[name]


def decode_value(kind: Kind, name: str, value: Any, where: str) -> Any:
    """A JSON value from a file as the Python value of ``kind``'s column ``name``; raises ImportFileError."""
    if name == "period":  # evidence -> period: a uid (resolved by the caller)
        if value is None or (isinstance(value, str) and len(value) <= 36):
            return value
        raise ImportFileError("offline file", where, "is not a period uid.")
    column = _column(kind, name)
    if value is None:
        if column.nullable:
            return None
        raise ImportFileError("offline file", where, "is missing.")
    ctype = column.type
    try:
        if isinstance(ctype, DateTime):
            if not isinstance(value, str):
                raise ValueError
            return datetime.fromisoformat(value).replace(tzinfo=None)
        if isinstance(ctype, Date):
            if not isinstance(value, str):
                raise ValueError
            return date.fromisoformat(value)
        if isinstance(ctype, Boolean):
            if not isinstance(value, bool):
                raise ValueError
            return value
        if isinstance(ctype, Integer):
            if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**31:
                raise ValueError
            return value
        if isinstance(ctype, Float):
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
                raise ValueError
            return float(value)
        if isinstance(ctype, String | Text):
            if not isinstance(value, str):
                raise ValueError
            limit = ctype.length or MAX_TEXT
            if len(value) > limit:
                raise ImportFileError("offline file", where, f"is longer than {limit} characters.")
            return value
    except (ValueError, TypeError, OverflowError):
        raise ImportFileError(
            "offline file", where, f"is not a valid {ctype.__class__.__name__.lower()} value."
        ) from None
    raise ImportFileError("offline file", where, "has an unknown type.")  # pragma: no cover - schema changed


# -- reading the local records --------------------------------------------------------------------------


@dataclass
class Snapshot:
    """The local entities of some cases and candidates, with maps from uid to row id."""

    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    ids: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, uid) -> id
    uids: dict[tuple[str, int], str] = field(default_factory=dict)  # (kind, id) -> uid

    def add(self, entity: Entity) -> None:
        self.entities[(entity.kind, entity.key)] = entity


def _values(kind: Kind, record: Any) -> dict[str, Any]:
    return {name: to_json(getattr(record, name)) for name in kind.fields + kind.extra if name != "period"}


def _ensure_uid(record: Any) -> str:
    # Rows are given a uid by migration 0009 and by the column default; a row written by raw SQL without
    # one gets it here, so it can travel.
    if not record.uid:
        from rpl_desktop.store.records import new_uid

        record.uid = new_uid()
    return str(record.uid)


def read_local(
    s: Session, case_ids: Iterable[int], candidate_ids: Iterable[int] = (), *, lock: bool = False
) -> Snapshot:
    """Every entity of the given cases and of their candidates (all their register data).

    ``lock`` reads with ``SELECT ... FOR UPDATE`` (PostgreSQL; SQLite's writer lock serialises anyway),
    so nobody can change what was read before the transaction ends.
    """

    def rows(stmt: Any) -> Any:
        return s.scalars(stmt.with_for_update() if lock else stmt)

    snap = Snapshot()
    cases = list(rows(select(CaseRecord).where(CaseRecord.id.in_(list(case_ids))).order_by(CaseRecord.id)))
    cand_ids = sorted({c.candidate_id for c in cases} | set(candidate_ids))
    for cand in rows(
        select(CandidateRecord).where(CandidateRecord.id.in_(cand_ids)).order_by(CandidateRecord.id)
    ):
        uid = _ensure_uid(cand)
        snap.ids[("candidate", uid)], snap.uids[("candidate", cand.id)] = cand.id, uid
        snap.add(
            Entity("candidate", {"uid": uid}, uid, "", _values(KINDS["candidate"], cand), local_id=cand.id)
        )
    for kind_name in ("period", "schooling", "exam", "course", "evidence"):  # periods before evidence
        kind = KINDS[kind_name]
        for r in rows(
            select(kind.record).where(kind.record.candidate_id.in_(cand_ids)).order_by(kind.record.id)
        ):
            uid = _ensure_uid(r)
            snap.ids[(kind_name, uid)], snap.uids[(kind_name, r.id)] = r.id, uid
            values = _values(kind, r)
            if kind_name == "evidence":
                values["period"] = snap.uids.get(("period", r.period_id)) if r.period_id is not None else None
            cand_uid = snap.uids[("candidate", r.candidate_id)]
            snap.add(Entity(kind_name, {"uid": r.uid}, cand_uid, cand_uid, values, local_id=r.id))
    case_uid: dict[int, str] = {}
    for c in cases:
        uid = _ensure_uid(c)
        case_uid[c.id] = uid
        snap.ids[("case", uid)], snap.uids[("case", c.id)] = c.id, uid
        cand_uid = snap.uids[("candidate", c.candidate_id)]
        snap.add(Entity("case", {"uid": uid}, uid, cand_uid, _values(KINDS["case"], c), local_id=c.id))
    ids = list(case_uid)
    for j in rows(
        select(JudgementRecord).where(JudgementRecord.case_id.in_(ids)).order_by(JudgementRecord.id)
    ):
        _ensure_uid(j)
        cu = case_uid[j.case_id]
        snap.add(
            Entity(
                "judgement",
                {"case": cu, "outcome": j.outcome_uid},
                cu,
                cu,
                _values(KINDS["judgement"], j),
                local_id=j.id,
            )
        )
    for link in rows(
        select(EvidenceLinkRecord).where(EvidenceLinkRecord.case_id.in_(ids)).order_by(EvidenceLinkRecord.id)
    ):
        _ensure_uid(link)
        ref_kind = REF_KINDS.get(link.kind)
        ref = snap.uids.get((ref_kind, link.ref_id)) if ref_kind else None
        if ref is None:
            continue  # points at something deleted (or a kind that does not travel): nothing to carry
        cu = case_uid[link.case_id]
        snap.add(
            Entity(
                "link",
                {"case": cu, "outcome": link.outcome_uid, "ref_kind": link.kind, "ref": ref},
                cu,
                cu,
                {},
                local_id=link.id,
            )
        )
    _read_bransch(rows, snap, case_uid)
    return snap


def _read_bransch(rows: Any, snap: Snapshot, case_uid: dict[int, str]) -> None:
    ids = list(case_uid)
    naturals: dict[str, Callable[[Any], dict[str, Any]]] = {
        "bransch_result": lambda r: {"component": r.component_id, "attempt": r.attempt},
        "bransch_phase": lambda r: {"phase": r.phase},
        "bransch_signoff": lambda r: {"signoff": r.signoff},
        "bransch_signature": lambda r: {},
    }
    for kind_name, natural in naturals.items():
        kind = KINDS[kind_name]
        for r in rows(select(kind.record).where(kind.record.case_id.in_(ids)).order_by(kind.record.id)):
            cu = case_uid[r.case_id]
            snap.add(Entity(kind_name, {"case": cu, **natural(r)}, cu, cu, _values(kind, r), local_id=r.id))
    kind = KINDS["bransch_tag"]
    for r in rows(select(kind.record).where(kind.record.case_id.in_(ids)).order_by(kind.record.id)):
        period = snap.uids.get(("period", r.period_id))
        if period is None:
            continue
        cu = case_uid[r.case_id]
        snap.add(
            Entity(
                "bransch_tag",
                {"case": cu, "period": period, "trade": r.trade},
                cu,
                cu,
                _values(kind, r),
                local_id=r.id,
            )
        )


def merged_fields(kind: str) -> tuple[str, ...]:
    return KINDS[kind].fields


# -- writing ---------------------------------------------------------------------------------------------


def decode_values(kind_name: str, values: dict[str, Any], where: str) -> dict[str, Any]:
    kind = KINDS[kind_name]
    out: dict[str, Any] = {}
    for name in kind.fields + kind.extra:
        if name not in values:
            raise ImportFileError("offline file", f"{where}.{name}", "is missing.")
        out[name] = decode_value(kind, name, values[name], f"{where}.{name}")
    return out


def validate(kind_name: str, values: dict[str, Any], where: str) -> dict[str, Any]:
    """Run the domain validators the forms use on the merged values; returns them normalised."""
    from rpl_desktop.domain import register as reg
    from rpl_desktop.domain.cases import CaseStatus, Purpose
    from rpl_desktop.domain.ids import IdType
    from rpl_desktop.domain.mapping import Judgement, Method

    v = dict(values)
    try:
        if kind_name == "candidate":
            c = reg.Candidate(
                **{k: v[k] for k in KINDS["candidate"].fields if k != "id_type"}, id_type=IdType(v["id_type"])
            )
            reg.validate_candidate(c)
            v |= {k: getattr(c, k) for k in KINDS["candidate"].fields if k != "id_type"}
            v["id_type"] = c.id_type.value
        elif kind_name == "period":
            p = reg.HistoryPeriod(
                **{k: v[k] for k in KINDS["period"].fields if k != "kind"}, kind=reg.PeriodKind(v["kind"])
            )
            reg.validate_period(p)
            v |= {k: getattr(p, k) for k in KINDS["period"].fields if k != "kind"}
        elif kind_name == "schooling":
            sc = reg.Schooling(
                **{k: v[k] for k in KINDS["schooling"].fields if k != "level"},
                level=reg.SchoolLevel(v["level"]),
            )
            reg.validate_schooling(sc)
            v |= {k: getattr(sc, k) for k in KINDS["schooling"].fields if k != "level"}
        elif kind_name == "exam":
            e = reg.Exam(**{k: v[k] for k in KINDS["exam"].fields})
            reg.validate_exam(e)
            v |= {k: getattr(e, k) for k in KINDS["exam"].fields}
        elif kind_name == "course":
            co = reg.Course(**{k: v[k] for k in KINDS["course"].fields})
            reg.validate_course(co)
            v |= {k: getattr(co, k) for k in KINDS["course"].fields}
        elif kind_name == "evidence":
            reg.EvidenceKind(v["kind"])
        elif kind_name == "case":
            Purpose(v["purpose"])
            CaseStatus(v["status"])
            if v["language"] not in ("", *reg.LANGUAGES):
                raise ValueError("language")
            if v["due_on"] is not None and v["due_on"] < v["opened_on"]:
                raise RplError(f"{where}: the due date is before the case was opened.")
        elif kind_name == "judgement":
            Judgement(v["judgement"])
            for m in filter(None, v["methods"].split(",")):
                Method(m)
    except ValidationErrors as exc:
        raise RplError(f"{where}: {exc.message}. Nothing was imported.") from exc
    except ValueError as exc:
        raise ImportFileError(
            "offline file", where, f"holds a value this program does not know ({exc})."
        ) from None
    return v


def describe(entity: Entity, names: dict[str, str]) -> str:
    """A short English description for lists and messages (no national ID, no contact data)."""
    v = entity.values or entity.base or {}
    k = entity.kind
    if k == "candidate":
        return f"{v.get('given_name', '')} {v.get('family_name', '')}".strip()
    if k == "period":
        return f"{v.get('employer', '')} {str(v.get('start', ''))[:7]}".strip()
    if k == "schooling":
        return f"{str(v.get('level', '')).upper()} {v.get('programme', '')}".strip()
    if k == "exam":
        return str(v.get("code", ""))
    if k == "course":
        return str(v.get("title", ""))
    if k == "evidence":
        return str(v.get("filename", ""))
    if k == "case":
        return str(v.get("number", ""))
    outcome = names.get(str(entity.ident.get("outcome", "")), str(entity.ident.get("outcome", "")))
    if k == "judgement":
        return outcome
    if k == "link":
        return f"{outcome} ← {names.get(str(entity.ident.get('ref', '')), entity.ident.get('ref_kind', ''))}"
    if k == "bransch_result":
        return f"{entity.ident.get('component')} #{entity.ident.get('attempt')}"
    if k in ("bransch_phase", "bransch_signoff"):
        return str(entity.ident.get("phase") or entity.ident.get("signoff"))
    if k == "bransch_tag":
        return str(entity.ident.get("trade"))
    return ""


def by_kind(entities: Sequence[Entity]) -> list[Entity]:
    rank = {name: i for i, name in enumerate(ORDER)}
    return sorted(entities, key=lambda e: rank[e.kind])
