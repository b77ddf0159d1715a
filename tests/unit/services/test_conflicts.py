"""Optimistic locking: candidates, cases and judgements carry the version the user opened.

A stale save raises ConflictError with original / theirs / mine and changes nothing; merging and saving
on top of their version works; saving on a version that moved again conflicts again. Runs on SQLite
and PostgreSQL (the ``db`` fixture).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from sqlalchemy import event, update
from sqlalchemy.orm import Session

from rpl_desktop.domain.actors import CASEWORKER, Actor
from rpl_desktop.domain.cases import Case, CaseStatus, Phase, Purpose
from rpl_desktop.domain.errors import ConflictError, RplError, ValidationError
from rpl_desktop.domain.ids import IdType
from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.domain.merge import Change, Choice
from rpl_desktop.domain.register import Candidate
from rpl_desktop.services import candidates as cands
from rpl_desktop.services import cases as cs
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.services.demo import synthetic_fnr
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import CandidateRecord, CaseRecord, JudgementRecord

FNR = synthetic_fnr(date(1984, 3, 15), 123)


def _person(db: Database) -> Candidate:
    return cands.save_candidate(db, Candidate(
        given_name="Áŋŋá", family_name="Gaup", birth_date=date(1984, 3, 15), id_type=IdType.NO_FNR,
        national_id=FNR, city="Kárášjohka", phone="+47 900 00 001", email="anna@example.no"))


@pytest.fixture
def case(db: Database) -> Case:
    load_sample(db)
    uid = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
    person = _person(db)
    assert person.id is not None
    return cs.create_case(db, Case(person.id, uid, Purpose.FRITAK, caseworker="Kari"))


Race = Callable[[Callable[[], None]], None]


@pytest.fixture
def race() -> Iterator[Race]:
    """``race(job)``: ``job`` (someone else saving) runs once, at the start of our next flush: after our
    version check, before our UPDATE (and before any lock the flush takes)."""
    jobs: list[Callable[[], None]] = []

    def before_flush(_session: Session, _context: object, _instances: object) -> None:
        if jobs:
            jobs.pop()()

    event.listen(Session, "before_flush", before_flush, insert=True)
    yield jobs.append
    event.remove(Session, "before_flush", before_flush)


# -- candidates -------------------------------------------------------------------------------------


def test_candidate_conflict_carries_original_theirs_and_mine(db: Database) -> None:
    opened = _person(db)
    assert opened.id is not None
    cands.save_candidate(db, dataclasses.replace(opened, city="Alta", phone="+47 900 00 002"))  # someone else
    mine = dataclasses.replace(opened, city="Vadsø", email="gaup@example.no")
    with pytest.raises(ConflictError) as info:
        cands.save_candidate(db, mine, opened=opened)
    exc = info.value
    assert (exc.kind, exc.entity_id, exc.their_version) == ("candidate", opened.id, opened.version + 1)
    assert (exc.original["city"], exc.theirs["city"], exc.mine["city"]) == ("Kárášjohka", "Alta", "Vadsø")
    assert exc.original["birth_date"] == exc.theirs["birth_date"] == "1984-03-15"
    assert exc.saved_at is not None and "Someone else changed this candidate" in exc.message
    assert set(exc.theirs) == set(cands.CANDIDATE_FIELDS) == set(exc.mine) == set(exc.original)
    stored = cands.get_candidate(db, opened.id)
    assert (stored.city, stored.phone, stored.email) == ("Alta", "+47 900 00 002", "anna@example.no")

    merge = exc.merge()
    assert merge["city"].change == Change.CONFLICT
    assert merge["phone"].change == Change.ONLY_THEIRS and merge["email"].change == Change.ONLY_MINE
    merged = merge.result({"city": Choice.MINE})
    their = exc.their_version or 0
    saved = cands.save_candidate(
        db, cands.candidate_from_values(merged, candidate_id=opened.id, version=their),
        opened=cands.candidate_from_values(exc.theirs, candidate_id=opened.id, version=their))
    assert (saved.city, saved.phone, saved.email) == ("Vadsø", "+47 900 00 002", "gaup@example.no")
    assert saved.national_id == FNR and saved.birth_date == date(1984, 3, 15)
    assert saved.version == opened.version + 2


def test_without_the_opened_record_every_difference_is_a_conflict(db: Database) -> None:
    opened = _person(db)
    cands.save_candidate(db, dataclasses.replace(opened, city="Alta"))
    with pytest.raises(ConflictError) as info:
        cands.save_candidate(db, dataclasses.replace(opened, phone="+47 900 00 009"))
    assert info.value.original == {}
    assert set(info.value.merge().conflicts) == {"city", "phone"}


def test_a_merge_saved_on_a_version_that_moved_again_conflicts_again(db: Database) -> None:
    opened = _person(db)
    assert opened.id is not None
    cands.save_candidate(db, dataclasses.replace(opened, city="Alta"))
    with pytest.raises(ConflictError) as first:
        cands.save_candidate(db, dataclasses.replace(opened, city="Vadsø"), opened=opened)
    their = first.value.their_version or 0
    cands.save_candidate(db, dataclasses.replace(cands.get_candidate(db, opened.id), phone="+47 900 00 009"))
    merged = first.value.merge().result({"city": Choice.MINE})
    with pytest.raises(ConflictError) as second:
        cands.save_candidate(db, cands.candidate_from_values(merged, candidate_id=opened.id, version=their),
                             opened=cands.candidate_from_values(first.value.theirs, candidate_id=opened.id,
                                                                version=their))
    assert second.value.their_version == their + 1
    assert second.value.original["city"] == "Alta" and second.value.mine["city"] == "Vadsø"
    assert second.value.merge().conflicts == () and second.value.merge()["phone"].change == Change.ONLY_THEIRS
    assert cands.get_candidate(db, opened.id).city == "Alta"


def test_a_save_between_check_and_write_is_a_conflict_too(db: Database, race: Race) -> None:
    opened = _person(db)
    assert opened.id is not None

    def someone_else() -> None:  # commits on its own connection while our save is under way
        with db.engine.begin() as conn:
            conn.execute(update(CandidateRecord).where(CandidateRecord.id == opened.id)
                         .values(city="Alta", version=CandidateRecord.version + 1))

    race(someone_else)
    with pytest.raises(ConflictError) as info:
        cands.save_candidate(db, dataclasses.replace(opened, city="Vadsø"), opened=opened)
    assert "while you were saving" in info.value.message
    assert info.value.theirs["city"] == "Alta" and info.value.their_version == opened.version + 1
    assert cands.get_candidate(db, opened.id).city == "Alta"


def test_the_conflict_names_who_saved_theirs_and_when(db: Database) -> None:
    opened = _person(db)
    db.actor = Actor(7, "per", "Per Leder", frozenset({CASEWORKER}))
    cands.save_candidate(db, dataclasses.replace(opened, city="Alta"))
    db.actor = Actor(8, "kari", "Kari Saksbehandler", frozenset({CASEWORKER}))
    with pytest.raises(ConflictError) as info:
        cands.save_candidate(db, dataclasses.replace(opened, city="Vadsø"), opened=opened)
    exc = info.value
    assert (exc.saved_by, exc.saved_by_id) == ("Per Leder", 7)
    assert exc.saved_by_same_user(7) and not exc.saved_by_same_user(8)
    assert exc.saved_at is not None and abs((datetime.now() - exc.saved_at).total_seconds()) < 120


def test_conflicts_log_ids_and_versions_only(db: Database, caplog: pytest.LogCaptureFixture) -> None:
    opened = _person(db)
    cands.save_candidate(db, dataclasses.replace(opened, city="Alta"))
    with caplog.at_level(logging.DEBUG), pytest.raises(ConflictError) as info:
        cands.save_candidate(db, dataclasses.replace(opened, given_name="Ánne", city="Vadsø"), opened=opened)
    text = caplog.text + info.value.message
    assert "conflict on candidate" in caplog.text
    for secret in ("Áŋŋá", "Ánne", "Gaup", FNR, "Vadsø", "Alta", "anna@example.no"):
        assert secret not in text


def test_a_deleted_candidate_is_no_conflict_but_a_clear_refusal(db: Database) -> None:
    opened = _person(db)
    assert opened.id is not None
    cands.delete_candidate(db, opened.id)
    with pytest.raises(RplError, match="deleted"):
        cands.save_candidate(db, dataclasses.replace(opened, city="Alta"), opened=opened)


# -- cases ------------------------------------------------------------------------------------------


def test_case_conflict_and_merge(db: Database, case: Case) -> None:
    assert case.id is not None
    opened = cs.get_case(db, case.id)
    next_year = date.today().replace(year=date.today().year + 1)
    theirs = dataclasses.replace(opened, caseworker="Per Leder", due_on=next_year)
    cs.save_case(db, theirs)
    mine = dataclasses.replace(opened, caseworker="Kari Saksbehandler", their_reference="24/77",
                               phase_dates={Phase.VEILEDNING: date.today()})
    with pytest.raises(ConflictError) as info:
        cs.save_case(db, mine, opened=opened)
    exc = info.value
    assert exc.kind == "case" and exc.context["number"] == case.number
    assert exc.original["caseworker"] == "Kari" and exc.theirs["caseworker"] == "Per Leder"
    assert exc.mine["caseworker"] == "Kari Saksbehandler"
    assert exc.mine["veiledning"] == date.today().isoformat()
    assert exc.text_fields == cs.CASE_TEXT_FIELDS
    merge = exc.merge()
    assert merge.conflicts == ("caseworker",)
    assert set(merge.changed) == {"caseworker", "due_on", "their_reference", "veiledning"}
    merged = merge.result({"caseworker": Choice.THEIRS})
    saved = cs.save_case(db, cs.case_with_values(opened, merged, version=exc.their_version or 0),
                         opened=cs.case_with_values(opened, exc.theirs, version=exc.their_version or 0))
    assert saved.caseworker == "Per Leder" and saved.due_on == theirs.due_on
    assert saved.their_reference == "24/77" and saved.phase_dates == {Phase.VEILEDNING: date.today()}
    assert saved.status == CaseStatus.DRAFT and saved.number == case.number


def test_case_race_between_check_and_write(db: Database, case: Case, race: Race) -> None:
    opened = cs.get_case(db, case.id)  # type: ignore[arg-type]

    def someone_else() -> None:
        with db.engine.begin() as conn:
            conn.execute(update(CaseRecord).where(CaseRecord.id == case.id)
                         .values(caseworker="Per Leder", version=CaseRecord.version + 1))

    race(someone_else)
    with pytest.raises(ConflictError) as info:
        cs.save_case(db, dataclasses.replace(opened, their_reference="x"), opened=opened)
    assert info.value.theirs["caseworker"] == "Per Leder"
    assert cs.get_case(db, case.id).their_reference == ""  # type: ignore[arg-type]


def test_a_status_moved_by_someone_else_is_not_moved_again_blindly(db: Database, case: Case) -> None:
    assert case.id is not None
    ms.change_status(db, case.id, CaseStatus.UNDER_ASSESSMENT)  # someone else started the assessment
    with pytest.raises(ConflictError, match="status of this case"):
        ms.change_status(db, case.id, CaseStatus.CLOSED, expected_status=CaseStatus.DRAFT)
    assert cs.get_case(db, case.id).status == CaseStatus.UNDER_ASSESSMENT
    moved = ms.change_status(db, case.id, CaseStatus.DRAFT, expected_status=CaseStatus.UNDER_ASSESSMENT)
    assert moved.status == CaseStatus.DRAFT


def test_a_document_only_reason_recorded_meanwhile_is_kept(db: Database, case: Case) -> None:
    assert case.id is not None
    theirs = "Fagansvarlig kjenner arbeidsstedet godt."
    ms.set_document_only_override(db, case.id, theirs, expected="")
    with pytest.raises(ConflictError, match="recorded why documents alone"):
        ms.set_document_only_override(db, case.id, "Attestene er svært grundige.", expected="")
    assert cs.get_case(db, case.id).document_only_override == theirs


# -- judgements -------------------------------------------------------------------------------------


def _row(db: Database, case_id: int, n: int = 0) -> ms.MatrixRow:
    return ms.load_matrix(db, case_id, with_suggestions=False).rows[n]


def test_judgement_conflict_original_theirs_mine_and_combined_reason(db: Database, case: Case) -> None:
    assert case.id is not None
    first = _row(db, case.id)
    uid = first.assessment.outcome.uid
    assert first.version == 0
    ms.set_judgement(db, case.id, uid, Judgement.PARTLY, "Attest viser noe.", {Method.DOCUMENTS}, notes="",
                     version=0, opened=ms.row_values(first))
    opened = _row(db, case.id)
    assert opened.version == 1 and opened.assessment.judgement == Judgement.PARTLY
    # Per saves his judgement; Kari, still with version 1, saves hers
    ms.set_judgement(db, case.id, uid, Judgement.MET, "Attest og samtale viser det.",
                     {Method.DOCUMENTS, Method.DIALOGUE}, notes="Fortalte om turnus.",
                     version=1, opened=ms.row_values(opened))
    with pytest.raises(ConflictError) as info:
        ms.set_judgement(db, case.id, uid, Judgement.MET, "Praktisk prøve bestått.", {Method.PRACTICAL_TEST},
                         notes="", version=1, opened=ms.row_values(opened))
    exc = info.value
    assert exc.kind == "judgement" and exc.their_version == 2
    assert exc.context == {"case_id": case.id, "outcome_uid": uid}
    assert exc.original == {"judgement": "partly_met", "methods": "documents", "reason": "Attest viser noe.",
                            "notes": ""}
    assert exc.theirs == {"judgement": "met", "methods": "dialogue,documents",
                          "reason": "Attest og samtale viser det.", "notes": "Fortalte om turnus."}
    assert exc.mine["reason"] == "Praktisk prøve bestått." and exc.mine["methods"] == "practical_test"
    merge = exc.merge()
    assert merge["judgement"].change == Change.BOTH_SAME and merge["notes"].change == Change.ONLY_THEIRS
    assert set(merge.conflicts) == {"methods", "reason"}
    assert "reason" in exc.text_fields and "methods" not in exc.text_fields
    merged = merge.result({"methods": Choice.MINE, "reason": Choice.BOTH})
    ms.set_judgement(db, case.id, uid, Judgement(merged["judgement"]), merged["reason"],
                     ms.methods_from_values(merged["methods"]), notes=merged["notes"],
                     version=exc.their_version, opened=exc.theirs)
    stored = _row(db, case.id)
    assert stored.version == 3 and stored.assessment.judgement == Judgement.MET
    assert stored.assessment.reason == "Attest og samtale viser det.\n\nPraktisk prøve bestått."
    assert stored.assessment.methods == {Method.PRACTICAL_TEST}
    assert stored.assessment.notes == "Fortalte om turnus."


def test_a_judgement_first_saved_by_someone_else_is_a_conflict(db: Database, case: Case) -> None:
    assert case.id is not None
    blank = _row(db, case.id, 1)
    uid = blank.assessment.outcome.uid
    ms.set_notes(db, case.id, uid, "Notater fra samtalen.")  # creates the record (version 1)
    with pytest.raises(ConflictError) as info:
        ms.set_judgement(db, case.id, uid, Judgement.NOT_MET, "Ingen dokumentasjon.", {Method.DIALOGUE},
                         notes="", version=0, opened=ms.row_values(blank))
    merge = info.value.merge()
    assert merge["notes"].change == Change.ONLY_THEIRS and merge.conflicts == ()
    assert _row(db, case.id, 1).assessment.judgement == Judgement.NOT_ASSESSED
    # without notes of its own, the save leaves the notes out of the comparison
    with pytest.raises(ConflictError) as again:
        ms.set_judgement(db, case.id, uid, Judgement.NOT_MET, "Ingen dokumentasjon.", {Method.DIALOGUE},
                         version=0, opened=ms.row_values(blank))
    assert again.value.mine["notes"] == "Notater fra samtalen."
    assert again.value.merge()["notes"].change == Change.UNCHANGED


def test_judgement_race_between_check_and_write(db: Database, case: Case, race: Race) -> None:
    assert case.id is not None
    first = _row(db, case.id)
    uid = first.assessment.outcome.uid
    ms.set_judgement(db, case.id, uid, Judgement.PARTLY, "Attest viser noe.", {Method.DOCUMENTS})
    opened = _row(db, case.id)

    def someone_else() -> None:
        with db.engine.begin() as conn:
            conn.execute(update(JudgementRecord).where(JudgementRecord.case_id == case.id,
                                                       JudgementRecord.outcome_uid == uid)
                         .values(reason="Per sin grunn.", version=JudgementRecord.version + 1))

    race(someone_else)
    with pytest.raises(ConflictError) as info:
        ms.set_judgement(db, case.id, uid, Judgement.MET, "Kari sin grunn.", {Method.DIALOGUE}, notes="",
                         version=opened.version, opened=ms.row_values(opened))
    assert info.value.theirs["reason"] == "Per sin grunn." and info.value.their_version == opened.version + 1
    assert _row(db, case.id).assessment.reason == "Per sin grunn."


def test_interview_notes_saved_meanwhile_are_not_overwritten(db: Database, case: Case) -> None:
    assert case.id is not None
    uid = _row(db, case.id).assessment.outcome.uid
    ms.set_notes(db, case.id, uid, "Kari: turnus.", expected="")
    ms.set_notes(db, case.id, uid, "Kari: turnus. Medisiner.", expected="Kari: turnus.")  # her own, again
    with pytest.raises(ConflictError) as info:  # Per, who saw the notes empty
        ms.set_notes(db, case.id, uid, "Per: demens.", expected="")
    merged = info.value.merge().result({"notes": Choice.BOTH})
    assert merged == {"notes": "Kari: turnus. Medisiner.\n\nPer: demens."}
    assert _row(db, case.id).assessment.notes == "Kari: turnus. Medisiner."


def test_judgement_without_a_version_is_written_as_given(db: Database, case: Case) -> None:
    """Imports and demo data write judgements without an opened version (no one is editing them)."""
    assert case.id is not None
    uid = _row(db, case.id).assessment.outcome.uid
    for reason in ("Først.", "Så."):
        ms.set_judgement(db, case.id, uid, Judgement.MET, reason, {Method.DIALOGUE})
    assert _row(db, case.id).assessment.reason == "Så." and _row(db, case.id).version == 2


def test_a_merge_that_breaks_a_rule_is_refused_like_any_save(db: Database, case: Case) -> None:
    assert case.id is not None
    opened = _row(db, case.id)
    uid = opened.assessment.outcome.uid
    ms.set_judgement(db, case.id, uid, Judgement.MET, "Vist i samtale.", {Method.DIALOGUE}, version=0,
                     opened=ms.row_values(opened))
    with pytest.raises(ConflictError) as info:
        ms.set_judgement(db, case.id, uid, Judgement.NOT_ASSESSED, "", set(), version=0,
                         opened=ms.row_values(opened))
    merged = info.value.merge().result({"judgement": Choice.THEIRS, "reason": Choice.MINE,
                                        "methods": Choice.THEIRS})
    with pytest.raises(ValidationError, match="reason"):
        ms.set_judgement(db, case.id, uid, Judgement(merged["judgement"]), merged["reason"],
                         ms.methods_from_values(merged["methods"]), version=info.value.their_version,
                         opened=info.value.theirs)
    assert _row(db, case.id).assessment.reason == "Vist i samtale."
