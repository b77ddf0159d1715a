"""Swedish branschvalidering cases: models in the catalogue, results, process, sign-offs and evaluation.

A *branschmodell* is stored in the catalogue table as a standard of kind ``branschmodell`` whose
``payload`` is the model's own file format (:func:`rpl_desktop.services.bransch_io.dump_model`), so
nothing of its rules is lost; :func:`branschmodell_as_standard` gives the catalogue's view of it (its
outcomes, typed kunskap / färdighet / ansvar och självständighet). A case whose target is such a
standard keeps, in :mod:`rpl_desktop.store.bransch_records`:

* **component results**, one per attempt. :func:`book_component_result` asks the domain first
  (:func:`rpl_desktop.domain.bransch.book_attempt`): a retake before the waiting time, beyond the
  maximum attempts, of a component already passed, or behind a closed prerequisite gate is refused with
  the domain's message (which says when the next attempt is allowed) and nothing is saved;
* the **Swedish process phases**, one record per phase with date, actor role and evidence note;
* the **workplace sign-offs** the model's gates name, and the assessor's **signature** of the formal
  assessment (signing also records the *formell bedömning* phase when it is not recorded yet);
* **period tags**: the history periods the caseworker counts as work in a trade. The documented hours
  per trade (:func:`documented_hours_by_trade`) are summed from them only, at 40 hours a full-time week,
  or from the hours an employer's statement gives when the tag carries them. Nothing is guessed from
  role or task texts: which job counts as which trade is the caseworker's call, recorded per case.

:func:`evaluate_case` runs the domain's rule engine on all of it; phases dated out of order are added
to the domain's issue blockers. No Qt here; the UI (:mod:`rpl_desktop.ui.bransch_panel`) and the tests
call these functions.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from rpl_desktop.domain.bransch import (
    BedomningSignature,
    Branschmodell,
    ComponentResult,
    Evaluation,
    HoursGate,
    Line,
    PhaseRecord,
    ProcessPhase,
    SignoffGate,
    book_attempt,
    evaluate,
    next_attempt_date,
    phase_problems,
    sum_documented_hours,
    text_in,
    to_fraction,
)
from rpl_desktop.domain.bransch import HoursPeriod as _HoursPeriod
from rpl_desktop.domain.catalogue import LANGUAGES as CATALOGUE_LANGUAGES
from rpl_desktop.domain.catalogue import LocalText, Standard, StandardKind
from rpl_desktop.domain.catalogue import Outcome as CatalogueOutcome
from rpl_desktop.domain.errors import ImportFileError, RplError, ValidationError
from rpl_desktop.domain.register import HistoryPeriod
from rpl_desktop.domain.text import clean_text
from rpl_desktop.services.bransch_io import FORMAT, dump_model, load_model, load_sample_models, parse_model
from rpl_desktop.services.history import list_periods
from rpl_desktop.store.bransch_records import (
    BedomningSignatureRecord,
    BranschPeriodTagRecord,
    BranschPhaseRecord,
    BranschResultRecord,
    BranschSignoffRecord,
)
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import CaseRecord, PeriodRecord, StandardRecord

KIND = StandardKind.BRANSCHMODELL
FULL_TIME_HOURS_PER_WEEK = 40
"""A Swedish full-time week, used to turn a position percentage into hours."""

ImportOutcome = Literal["added", "updated", "unchanged"]


# ----------------------------------------------------------------------------------------------------
# results of the service


@dataclass(frozen=True)
class StoredResult:
    """A saved component result and its row id (for deleting it)."""

    id: int
    result: ComponentResult
    created_at: datetime


@dataclass(frozen=True)
class Signoff:
    """A workplace sign-off: ``signoff`` is the name the model's gate uses."""

    signoff: str
    date: date
    signed_by: str = ""


@dataclass(frozen=True)
class PeriodTag:
    """A history period counted as work in ``trade`` for this case, with the hours it gives."""

    id: int
    period: HistoryPeriod
    trade: str
    stated_hours: Decimal | None
    """Hours from an employer's statement; None: computed from the dates and position percentage."""
    counted_hours: Decimal
    problem: str = ""
    """Why the period gives no hours (e.g. it has neither a percentage nor hours per week)."""


@dataclass(frozen=True)
class ModelSummary:
    uid: str
    code: str
    version: str
    title: str
    sample: bool


@dataclass(frozen=True)
class BranschCaseState:
    """Everything the branschvalidering panel shows for one case, read in one go."""

    case_id: int
    candidate_id: int
    model: Branschmodell
    results: tuple[StoredResult, ...]
    phases: tuple[PhaseRecord, ...]
    phase_problems: tuple[Line, ...]
    signoffs: tuple[Signoff, ...]
    signature: BedomningSignature | None
    period_tags: tuple[PeriodTag, ...]
    documented_hours: dict[str, Decimal]
    evaluation: Evaluation
    reference_date: date

    def next_attempt(self, component_id: str) -> int:
        return _next_attempt([r.result for r in self.results], component_id)

    def next_attempt_from(self, component_id: str) -> date | None:
        """Earliest date the retake rule allows for the next attempt (None: any time or none left)."""
        return next_attempt_date(self.model, [r.result for r in self.results], component_id)


# ----------------------------------------------------------------------------------------------------
# the catalogue's view of a model


def is_model_payload(data: object) -> bool:
    """True when a decoded StandardRecord payload is a branschmodell file (not catalogue JSON)."""
    return isinstance(data, Mapping) and data.get("format") == FORMAT


def _local(texts: Mapping[str, str], fallback: str) -> LocalText:
    usable = {k: v for k, v in texts.items() if k in CATALOGUE_LANGUAGES and isinstance(v, str) and v.strip()}
    return LocalText(usable or {"sv": fallback})


def branschmodell_as_standard(model: Branschmodell) -> Standard:
    """The model as a catalogue :class:`Standard` of kind ``branschmodell``.

    Its outcomes are the modules' outcomes in module order, with ``category`` the SeQF type (``kunskap``,
    ``fardighet``, ``ansvar_och_sjalvstandighet``), the outcome's code, and its text in sv/en. The
    title is the model's title (else its role).
    """
    outcomes = []
    order = 0
    for module in model.modules:
        for o in module.outcomes:
            order += 1
            outcomes.append(
                CatalogueOutcome(
                    uid=o.uid,
                    text=_local(o.text, o.code or o.uid),
                    category=o.type.value,
                    code=o.code,
                    order=order,
                )
            )
    return Standard(
        uid=model.uid,
        kind=KIND,
        code=model.code,
        version=model.version,
        title=_local(model.title or model.role, model.code),
        valid_from=model.valid_from,
        owner=model.owner,
        source=model.placement_decision,
        sample=model.sample,
        outcomes=tuple(outcomes),
    )


def standard_from_model_payload(data: Mapping[str, Any], name: str = "database") -> Standard:
    """The catalogue view of a decoded branschmodell payload (see :func:`is_model_payload`)."""
    return branschmodell_as_standard(parse_model(data, name))


# ----------------------------------------------------------------------------------------------------
# models in the catalogue


def _payload(model: Branschmodell) -> str:
    return json.dumps(dump_model(model), ensure_ascii=False, sort_keys=True)


@lru_cache(maxsize=32)
def _model_from_payload(payload: str) -> Branschmodell:
    data = json.loads(payload, parse_float=Decimal)
    if not is_model_payload(data):
        raise RplError("This standard is not a branschmodell.")
    return parse_model(data, "database")


def import_model(db: Database, model: Branschmodell, source: str = "branschmodell") -> ImportOutcome:
    """Put one model into the catalogue (uid = the model's uid); all or nothing.

    A model that a case already uses cannot be changed: a changed model must come as a new version with
    its own uid. Raises :class:`ImportFileError` naming ``source`` and the uid.
    """
    limit = StandardRecord.uid.type.length
    if limit is not None and len(model.uid) > limit:  # PostgreSQL refuses a longer one; SQLite would not
        raise ImportFileError(source, model.uid[:80], f"the uid is {len(model.uid)} characters long; the "
                              f"limit is {limit}. Shorten it; nothing was imported.")
    payload = _payload(model)
    with db.transaction() as s:
        record = s.scalar(select(StandardRecord).where(StandardRecord.uid == model.uid))
        if record is not None and record.payload == payload:
            return "unchanged"
        outcome: ImportOutcome = "added"
        if record is not None:
            if record.kind != KIND.value:
                raise ImportFileError(
                    source,
                    model.uid,
                    f"is already in the catalogue as a {record.kind}; give the model its own uid.",
                )
            used = (
                s.scalar(
                    select(func.count()).select_from(CaseRecord).where(CaseRecord.standard_uid == model.uid)
                )
                or 0
            )
            if used:
                raise ImportFileError(
                    source,
                    model.uid,
                    f"changes {model.code} version {model.version}, which {used} case(s) already use. "
                    "Give the changed model a new version (and uid); nothing was imported.",
                )
            outcome = "updated"
        else:
            record = StandardRecord(uid=model.uid)
            s.add(record)
        record.kind, record.code, record.version = KIND.value, model.code[:60], model.version[:30]
        record.title = text_in(model.title, "sv", text_in(model.role, "sv", model.code))[:300]
        record.sample, record.payload, record.imported_at = model.sample, payload, datetime.now()
    return outcome


def import_model_file(db: Database, path: Path) -> ImportOutcome:
    """Check and import a branschmodell file; a broken file raises ImportFileError and imports nothing."""
    return import_model(db, load_model(path), str(path))


def load_sample_models_into_catalogue(db: Database) -> int:
    """The bundled sample models; returns how many were added (an unchanged one is left as it is)."""
    added = 0
    for model in load_sample_models().values():
        if import_model(db, model, f"sample {model.code}") == "added":
            added += 1
    return added


def list_models(db: Database) -> list[ModelSummary]:
    with db.read() as s:
        rows = s.execute(
            select(
                StandardRecord.uid,
                StandardRecord.code,
                StandardRecord.version,
                StandardRecord.title,
                StandardRecord.sample,
            )
            .where(StandardRecord.kind == KIND.value)
            .order_by(StandardRecord.code, StandardRecord.version)
        ).all()
    return [ModelSummary(r.uid, r.code, r.version, r.title, r.sample) for r in rows]


def get_model(db: Database, uid: str) -> Branschmodell:
    with db.read() as s:
        payload = s.scalar(select(StandardRecord.payload).where(StandardRecord.uid == uid))
    if payload is None:
        raise RplError(f"The branschmodell {uid} is not in the catalogue. Import it first.")
    return _model_from_payload(payload)


# ----------------------------------------------------------------------------------------------------
# the case and its model


def _case_target(db: Database, case_id: int) -> tuple[int, str, str]:
    """(candidate id, standard kind, payload) of a case."""
    with db.read() as s:
        row = s.execute(
            select(CaseRecord.candidate_id, StandardRecord.kind, StandardRecord.payload)
            .join(StandardRecord, StandardRecord.uid == CaseRecord.standard_uid)
            .where(CaseRecord.id == case_id)
        ).first()
    if row is None:
        raise RplError(f"Case {case_id} does not exist.")
    return int(row.candidate_id), str(row.kind), str(row.payload)


def is_branschmodell_case(db: Database, case_id: int) -> bool:
    _candidate, kind, _payload = _case_target(db, case_id)
    return kind == KIND.value


def load_model_for_case(db: Database, case_id: int) -> Branschmodell:
    """The branschmodell a case is assessed against; RplError if its target is another kind."""
    _candidate, kind, payload = _case_target(db, case_id)
    if kind != KIND.value:
        raise RplError(f"The target of case {case_id} is a {kind}, not a branschmodell.")
    return _model_from_payload(payload)


# ----------------------------------------------------------------------------------------------------
# component results


def _decimal(value: object, field: str) -> Decimal:
    if isinstance(value, bool):
        raise ValidationError(field, f"must be a number, not {value!r}")
    try:
        if isinstance(value, Decimal):
            result = value
        elif isinstance(value, int | str):
            result = Decimal(str(value).strip().replace(",", "."))
        elif isinstance(value, float):
            result = Decimal(repr(value))
        elif isinstance(value, Fraction):
            result = Decimal(value.numerator) / Decimal(value.denominator)
        else:
            raise ValidationError(field, f"must be a number, not {type(value).__name__}")
    except InvalidOperation:
        raise ValidationError(field, f"must be a number, not {value!r}") from None
    if not result.is_finite():
        raise ValidationError(field, f"must be a finite number, not {value!r}")
    return result


def _next_attempt(results: Sequence[ComponentResult], component_id: str) -> int:
    return max((r.attempt for r in results if r.component_id == component_id), default=0) + 1


def _result(r: BranschResultRecord) -> StoredResult:
    return StoredResult(
        id=r.id,
        result=ComponentResult(
            component_id=r.component_id,
            date=r.date,
            attempt=r.attempt,
            score=Decimal(r.score),
            assessor_id=r.assessor_id,
            provider=r.provider,
            accreditation_id=r.accreditation_id,
            note=r.note,
        ),
        created_at=r.created_at,
    )


def list_results(db: Database, case_id: int) -> list[StoredResult]:
    """The case's component results by date, then the model's component order, then attempt."""
    order = {c.id: i for i, c in enumerate(load_model_for_case(db, case_id).components)}
    with db.read() as s:
        rows = s.scalars(select(BranschResultRecord).where(BranschResultRecord.case_id == case_id))
        results = [_result(r) for r in rows]
    return sorted(
        results,
        key=lambda r: (r.result.date, order.get(r.result.component_id, len(order)), r.result.attempt),
    )


def next_attempt_number(db: Database, case_id: int, component_id: str) -> int:
    return _next_attempt([r.result for r in list_results(db, case_id)], component_id)


def book_component_result(
    db: Database, case_id: int, result: ComponentResult, *, today: date | None = None
) -> StoredResult:
    """Check a component result against the model's rules, then save it.

    ``result.attempt`` 0 means "the next attempt" (numbered automatically); any other number must be
    the next one. The score must lie in the component's scale. Then the domain decides whether the
    attempt may be taken at all (:func:`~rpl_desktop.domain.bransch.book_attempt`): it raises
    :class:`~rpl_desktop.domain.bransch.RetakeRefused` (before the waiting time, with the date of the
    earliest allowed attempt; all attempts used; already passed) or
    :class:`~rpl_desktop.domain.bransch.GateClosed`, and nothing is saved. Gates are judged as on the
    day of the attempt: hours documented up to that day, sign-offs dated on or before it.
    """
    model = load_model_for_case(db, case_id)
    comp = model.component(result.component_id)
    score = _decimal(result.score, "score")
    if not comp.scoring.score_ok(to_fraction(score)):
        raise ValidationError(
            "score",
            f"{score} is outside the scale of {text_in(comp.title, 'en', comp.id)} "
            f"({comp.scoring.range_text()})",
        )
    today = today or date.today()
    if result.date > today:
        raise ValidationError(
            "date", f"{result.date} is in the future; enter a result once the attempt is taken."
        )
    earlier = [r.result for r in list_results(db, case_id)]
    expected = _next_attempt(earlier, comp.id)
    attempt = result.attempt or expected
    if attempt != expected:
        raise ValidationError(
            "attempt", f"the next attempt of {comp.id} is number {expected}, not {attempt}."
        )
    previous = [r for r in earlier if r.component_id == comp.id]
    if previous and result.date < max(r.date for r in previous):
        raise ValidationError(
            "date",
            f"{result.date} is before the previous attempt ({max(r.date for r in previous)}).",
        )
    hours = documented_hours_by_trade(db, case_id, reference_date=result.date)
    signoffs = [s.signoff for s in list_signoffs(db, case_id) if s.date <= result.date]
    book_attempt(model, earlier, comp.id, result.date, hours, signoffs)
    saved = dataclasses.replace(
        result,
        attempt=attempt,
        score=score,
        assessor_id=_clean(result.assessor_id, "assessor_id", 100),
        provider=_clean(result.provider, "provider", 200),
        accreditation_id=_clean(result.accreditation_id, "accreditation_id", 100),
        note=_clean(result.note, "note", 10_000, multiline=True),
    )
    try:
        with db.transaction() as s:
            record = BranschResultRecord(
                case_id=case_id,
                component_id=comp.id,
                date=saved.date,
                attempt=attempt,
                score=str(score),
                assessor_id=saved.assessor_id,
                provider=saved.provider,
                accreditation_id=saved.accreditation_id,
                note=saved.note,
                created_at=datetime.now(),
            )
            s.add(record)
            s.flush()
            return StoredResult(record.id, saved, record.created_at)
    except IntegrityError:
        raise RplError(
            f"Attempt {attempt} of {comp.id} was saved by someone else in the meantime; reopen the case."
        ) from None


def delete_result(db: Database, result_id: int) -> ComponentResult | None:
    """Delete a result entered by mistake; only the latest attempt of its component may go.

    Returns what was deleted (None if it was already gone).
    """
    with db.transaction() as s:
        record = s.get(BranschResultRecord, result_id)
        if record is None:
            return None
        later = (
            s.scalar(
                select(func.count())
                .select_from(BranschResultRecord)
                .where(
                    BranschResultRecord.case_id == record.case_id,
                    BranschResultRecord.component_id == record.component_id,
                    BranschResultRecord.attempt > record.attempt,
                )
            )
            or 0
        )
        if later:
            raise RplError(
                f"Attempt {record.attempt} of {record.component_id} has later attempts; delete those first."
            )
        gone = _result(record).result
        s.delete(record)
        return gone


# ----------------------------------------------------------------------------------------------------
# process phases


def _clean(text: str, field: str, limit: int, *, required: bool = False, multiline: bool = False) -> str:
    value = clean_text(text, field=field, max_length=limit, multiline=multiline)
    if not multiline:
        value = " ".join(value.split())
    if required and not value:
        raise ValidationError(field, "must not be empty.")
    return value


def record_phase(db: Database, case_id: int, record: PhaseRecord) -> PhaseRecord:
    """Record (or correct) one phase of the Swedish process: date, actor role, evidence note."""
    load_model_for_case(db, case_id)
    phase = ProcessPhase(record.phase)
    actor = _clean(record.actor_role, "actor_role", 200, required=True)
    note = _clean(record.evidence_note, "evidence_note", 10_000, multiline=True)
    with db.transaction() as s:
        row = s.scalar(
            select(BranschPhaseRecord).where(
                BranschPhaseRecord.case_id == case_id, BranschPhaseRecord.phase == phase.value
            )
        )
        if row is None:
            row = BranschPhaseRecord(case_id=case_id, phase=phase.value)
            s.add(row)
        row.date, row.actor_role, row.evidence_note = record.date, actor, note
    return PhaseRecord(phase, record.date, actor, note)


def list_phases(db: Database, case_id: int) -> list[PhaseRecord]:
    """The recorded phases in process order."""
    with db.read() as s:
        rows = list(s.scalars(select(BranschPhaseRecord).where(BranschPhaseRecord.case_id == case_id)))
    records = [PhaseRecord(ProcessPhase(r.phase), r.date, r.actor_role, r.evidence_note) for r in rows]
    return sorted(records, key=lambda r: r.phase.order)


def delete_phase(db: Database, case_id: int, phase: ProcessPhase) -> None:
    with db.transaction() as s:
        row = s.scalar(
            select(BranschPhaseRecord).where(
                BranschPhaseRecord.case_id == case_id, BranschPhaseRecord.phase == ProcessPhase(phase).value
            )
        )
        if row is not None:
            s.delete(row)


# ----------------------------------------------------------------------------------------------------
# workplace sign-offs and the assessor's signature


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def model_signoffs(model: Branschmodell) -> tuple[str, ...]:
    """The sign-offs the model's gates ask for, in rule order, each once."""
    names: dict[str, str] = {}
    for rule in model.rules:
        if isinstance(rule, SignoffGate):
            for name in rule.signoffs:
                if name.strip():
                    names.setdefault(_norm(name), name)
    return tuple(names.values())


def record_signoff(db: Database, case_id: int, signoff: str, date: date, signed_by: str = "") -> Signoff:
    """Record that the workplace signed off ``signoff`` (one of :func:`model_signoffs`)."""
    model = load_model_for_case(db, case_id)
    known = {_norm(n): n for n in model_signoffs(model)}
    name = known.get(_norm(signoff))
    if name is None:
        listed = ", ".join(known.values()) or "none"
        raise ValidationError(
            "signoff", f"{signoff!r} is not a sign-off of {model.code} (it asks for: {listed})."
        )
    by = _clean(signed_by, "signed_by", 200)
    with db.transaction() as s:
        row = s.scalar(
            select(BranschSignoffRecord).where(
                BranschSignoffRecord.case_id == case_id, BranschSignoffRecord.signoff == name
            )
        )
        if row is None:
            row = BranschSignoffRecord(case_id=case_id, signoff=name)
            s.add(row)
        row.date, row.signed_by = date, by
    return Signoff(name, date, by)


def list_signoffs(db: Database, case_id: int) -> list[Signoff]:
    with db.read() as s:
        rows = s.scalars(
            select(BranschSignoffRecord)
            .where(BranschSignoffRecord.case_id == case_id)
            .order_by(BranschSignoffRecord.date, BranschSignoffRecord.id)
        )
        return [Signoff(r.signoff, r.date, r.signed_by) for r in rows]


def delete_signoff(db: Database, case_id: int, signoff: str) -> None:
    with db.transaction() as s:
        for row in s.scalars(select(BranschSignoffRecord).where(BranschSignoffRecord.case_id == case_id)):
            if _norm(row.signoff) == _norm(signoff):
                s.delete(row)


def sign_bedomning(
    db: Database, case_id: int, assessor_id: str, date: date, *, today: date | None = None
) -> BedomningSignature:
    """The certified assessor signs the formal assessment (replacing an earlier signature).

    When no *formell bedömning* phase is recorded yet, it is recorded with the signature's date. Whether
    anything may be issued is still decided by :func:`evaluate_case` (e.g. a signature dated before
    the last result does not count).
    """
    load_model_for_case(db, case_id)
    assessor = _clean(assessor_id, "assessor_id", 100, required=True)
    if date > (today or datetime.now().date()):
        raise ValidationError("date", f"{date} is in the future; sign on the day of the assessment or later.")
    with db.transaction() as s:
        row = s.scalar(select(BedomningSignatureRecord).where(BedomningSignatureRecord.case_id == case_id))
        if row is None:
            row = BedomningSignatureRecord(case_id=case_id)
            s.add(row)
        row.assessor_id, row.date, row.signed_at = assessor, date, datetime.now()
        phase = s.scalar(
            select(BranschPhaseRecord).where(
                BranschPhaseRecord.case_id == case_id,
                BranschPhaseRecord.phase == ProcessPhase.FORMELL_BEDOMNING.value,
            )
        )
        if phase is None:
            s.add(
                BranschPhaseRecord(
                    case_id=case_id,
                    phase=ProcessPhase.FORMELL_BEDOMNING.value,
                    date=date,
                    actor_role="yrkesbedömare",
                    evidence_note=f"Bedömningen signerad av {assessor}",
                )
            )
    return BedomningSignature(assessor, date)


def get_signature(db: Database, case_id: int) -> BedomningSignature | None:
    with db.read() as s:
        row = s.scalar(select(BedomningSignatureRecord).where(BedomningSignatureRecord.case_id == case_id))
        return None if row is None else BedomningSignature(row.assessor_id, row.date)


def remove_signature(db: Database, case_id: int) -> None:
    with db.transaction() as s:
        row = s.scalar(select(BedomningSignatureRecord).where(BedomningSignatureRecord.case_id == case_id))
        if row is not None:
            s.delete(row)


# ----------------------------------------------------------------------------------------------------
# documented hours per trade


def model_trades(model: Branschmodell) -> tuple[str, ...]:
    """The trades the model's hours gates count, in rule order, each once."""
    names: dict[str, str] = {}
    for rule in model.rules:
        if isinstance(rule, HoursGate):
            names.setdefault(_norm(rule.trade), rule.trade)
    return tuple(names.values())


def _hours_of(
    period: HistoryPeriod, trade: str, stated: Decimal | None, reference: date
) -> tuple[Decimal, str]:
    if stated is not None:
        hp = _HoursPeriod(period.start, period.end, trade, hours=stated)
    elif period.fte_percent is not None:
        hp = _HoursPeriod(period.start, period.end, trade, fte_percent=period.fte_percent)
    else:
        hp = _HoursPeriod(period.start, period.end, trade, hours_per_week=period.hours_per_week)
    try:
        hours = sum_documented_hours(
            [hp], trade, reference_date=reference, full_time_hours_per_week=FULL_TIME_HOURS_PER_WEEK
        )
    except ValidationError as e:
        return Decimal(0), e.detail
    return hours, ""


def tag_period(
    db: Database, case_id: int, period_id: int, trade: str, hours: Decimal | int | str | None = None
) -> PeriodTag:
    """Count a history period of the case's candidate as work in ``trade`` (a trade of the model's gates).

    ``hours``: the documented total from an employer's statement, if the statement gives one.
    """
    model = load_model_for_case(db, case_id)
    candidate_id, _kind, _payload = _case_target(db, case_id)
    trades = {_norm(t): t for t in model_trades(model)}
    name = trades.get(_norm(trade))
    if name is None:
        listed = ", ".join(trades.values()) or "none"
        raise ValidationError("trade", f"{trade!r} is not a trade {model.code} counts hours in ({listed}).")
    stated = None
    if hours is not None and str(hours).strip():
        stated = _decimal(hours, "hours")
        if stated < 0:
            raise ValidationError("hours", "must not be negative.")
    try:
        with db.transaction() as s:
            period = s.get(PeriodRecord, period_id)
            if period is None or period.candidate_id != candidate_id:
                raise RplError("The period is not part of this candidate's history.")
            row = BranschPeriodTagRecord(
                case_id=case_id, period_id=period_id, trade=name, hours="" if stated is None else str(stated)
            )
            s.add(row)
            s.flush()
            tag_id = row.id
    except IntegrityError:
        raise RplError(f"This period already counts as {name} in this case.") from None
    return next(t for t in list_period_tags(db, case_id) if t.id == tag_id)


def untag_period(db: Database, tag_id: int) -> None:
    with db.transaction() as s:
        row = s.get(BranschPeriodTagRecord, tag_id)
        if row is not None:
            s.delete(row)


def list_period_tags(db: Database, case_id: int, reference_date: date | None = None) -> list[PeriodTag]:
    """The tagged periods with the hours each gives (ongoing periods run to ``reference_date``/today)."""
    reference = reference_date or date.today()
    candidate_id, _kind, _payload = _case_target(db, case_id)
    with db.read() as s:
        rows = list(
            s.scalars(
                select(BranschPeriodTagRecord)
                .where(BranschPeriodTagRecord.case_id == case_id)
                .order_by(BranschPeriodTagRecord.id)
            )
        )
        tags = [(r.id, r.period_id, r.trade, r.hours) for r in rows]
    periods = {p.id: p for p in list_periods(db, candidate_id)}
    out = []
    for tag_id, period_id, trade, stated_text in tags:
        period = periods.get(period_id)
        if period is None:
            continue
        stated = Decimal(stated_text) if stated_text else None
        hours, problem = _hours_of(period, trade, stated, reference)
        out.append(PeriodTag(tag_id, period, trade, stated, hours, problem))
    out.sort(key=lambda t: (t.period.start, t.id))
    return out


def documented_hours_by_trade(
    db: Database, case_id: int, reference_date: date | None = None
) -> dict[str, Decimal]:
    """Documented hours per trade from the tagged periods; every trade of the model's gates is present."""
    return _sum_tags(load_model_for_case(db, case_id), list_period_tags(db, case_id, reference_date))


def _sum_tags(model: Branschmodell, tags: Sequence[PeriodTag]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {t: Decimal(0) for t in model_trades(model)}
    for tag in tags:
        key = next((t for t in totals if _norm(t) == _norm(tag.trade)), tag.trade)
        totals[key] = totals.get(key, Decimal(0)) + tag.counted_hours
    return totals


# ----------------------------------------------------------------------------------------------------
# evaluation


def _evaluate(
    model: Branschmodell,
    results: Sequence[ComponentResult],
    hours: Mapping[str, Decimal],
    signoffs: Collection[str],
    signature: BedomningSignature | None,
    phases: Sequence[PhaseRecord],
) -> tuple[Evaluation, tuple[Line, ...]]:
    ev = evaluate(model, results, hours, signoffs, signature)
    problems = phase_problems(phases)
    if problems:
        ev = dataclasses.replace(ev, can_issue=False, issue_blockers=ev.issue_blockers + problems)
    return ev, problems


def evaluate_case(db: Database, case_id: int, reference_date: date | None = None) -> Evaluation:
    """The rule engine's verdict on the case: outcome class, explanation lines, what remains, blockers."""
    return load_case_state(db, case_id, reference_date).evaluation


def load_case_state(db: Database, case_id: int, reference_date: date | None = None) -> BranschCaseState:
    reference = reference_date or date.today()
    candidate_id, _kind, _payload = _case_target(db, case_id)
    model = load_model_for_case(db, case_id)
    results = tuple(list_results(db, case_id))
    phases = tuple(list_phases(db, case_id))
    signoffs = tuple(list_signoffs(db, case_id))
    signature = get_signature(db, case_id)
    tags = tuple(list_period_tags(db, case_id, reference))
    hours = _sum_tags(model, tags)
    ev, problems = _evaluate(
        model, [r.result for r in results], hours, [s.signoff for s in signoffs], signature, phases
    )
    return BranschCaseState(
        case_id=case_id,
        candidate_id=candidate_id,
        model=model,
        results=results,
        phases=phases,
        phase_problems=problems,
        signoffs=signoffs,
        signature=signature,
        period_tags=tags,
        documented_hours=hours,
        evaluation=ev,
        reference_date=reference,
    )
