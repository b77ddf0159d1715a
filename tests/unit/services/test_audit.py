"""The audit log: recorded by itself on every write, hash-chained, tamper-evident, in plain words."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from rpl_desktop.app import main
from rpl_desktop.domain.actors import SYSTEM
from rpl_desktop.domain.cases import CaseStatus
from rpl_desktop.domain.errors import RplError
from rpl_desktop.domain.mapping import EvidenceKindRef, Judgement, Method
from rpl_desktop.domain.register import Candidate
from rpl_desktop.services import audit, users
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.candidates import save_candidate
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.store.audit_chain import MASK, entry_hash
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import CandidateRecord
from rpl_desktop.store.security_records import AuditEntryRecord, AuditHeadRecord
from tests.security_world import REASON, act_as, add_office, ready_case, world


def _entries(db: Database, **where: object) -> list[AuditEntryRecord]:
    with db.read() as s:
        stmt = select(AuditEntryRecord).order_by(AuditEntryRecord.seq)
        for key, value in where.items():
            stmt = stmt.where(getattr(AuditEntryRecord, key) == value)
        return list(s.scalars(stmt))


def _raw(db: Database, sql: str, **params: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(sql), params)


# -- recorded by itself ---------------------------------------------------------------------------


def test_every_write_is_recorded_with_who_and_what(db: Database) -> None:
    world(db)
    team = add_office(db)
    kari = team["kari"]
    case_id = ready_case(db, caseworker="kari")
    act_as(db, kari)
    uid = ms.load_matrix(db, case_id, with_suggestions=False).rows[2].assessment.outcome.uid
    ms.set_judgement(db, case_id, uid, Judgement.PARTLY, "Bare delvis vist i samtalen.", {Method.DIALOGUE})
    last = _entries(db, case_id=case_id)[-1]
    assert (last.action, last.entity, last.actor_id, last.actor_name) == (
        "update",
        "judgement",
        kari.id,
        "Kari Saksbehandler",
    )
    changes = {c["field"]: c for c in json.loads(last.changes)}
    assert changes["judgement"]["before"] == "met" and changes["judgement"]["after"] == "partly_met"
    assert changes["reason"]["before"] == REASON
    assert "version" not in changes and "updated_at" not in changes
    history = audit.case_history(db, case_id)
    assert history[-1].summary == (
        "Kari Saksbehandler changed the judgement of outcome K3 from 'met' to 'partly met' and the reason to "
        "'Bare delvis vist i samtalen.'"
    )
    first_judgement = next(h for h in history if "judgement of outcome K1" in h.summary)
    assert first_judgement.summary.startswith(
        "rpl-desktop changed the judgement of outcome K1 from 'not assessed' to 'met'"
    )
    assert history[0].summary.startswith("rpl-desktop opened the case ")
    assert any(
        h.summary == "rpl-desktop changed the status from 'draft' to 'under assessment'" for h in history
    )
    assert all(h.at.tzinfo is not None for h in history)


def test_bulk_deletes_and_overrides_are_recorded_with_their_reason(db: Database) -> None:
    world(db)
    case_id = ready_case(db)
    matrix = ms.load_matrix(db, case_id, with_suggestions=False)
    row = matrix.rows[0]
    item = row.assessment.evidence[0]
    ms.unlink_evidence(db, case_id, row.assessment.outcome.uid, item.kind, item.ref_id)  # an ORM bulk delete
    unlinked = _entries(db, entity="evidence_link", action="delete")
    assert len(unlinked) == 1 and unlinked[0].case_id == case_id
    assert "unlinked a work period from outcome K1" in audit.case_history(db, case_id)[-1].summary
    because = "Fagansvarlig kjenner arbeidsstedet og har bekreftet oppgavene skriftlig."
    ms.set_document_only_override(db, case_id, because)
    override = _entries(db, action="override")[-1]
    assert override.reason == because
    assert audit.case_history(db, case_id)[-1].summary == "rpl-desktop accepted a decision on documents alone"


def test_personal_fields_are_recorded_as_changed_without_their_values(db: Database) -> None:
    load_demo_data(db, with_cases=False)
    person = save_candidate(
        db, Candidate("Ingeborg", "Særmerket", national_id="", email="i@example.no", city="Tromsø")
    )
    assert person.id is not None
    person.email = "ny@example.no"
    save_candidate(db, person)
    with db.read() as s:
        names = [
            (g, f, n)
            for g, f, n in s.execute(
                select(CandidateRecord.given_name, CandidateRecord.family_name, CandidateRecord.national_id)
            )
        ]
    dump = json.dumps([(e.changes, e.reason) for e in _entries(db)], ensure_ascii=False)
    for given_name, family_name, national_id in names:
        assert given_name not in dump and family_name not in dump
        if national_id:
            assert national_id not in dump
    assert "example.no" not in dump and "Tromsø" not in dump
    update = _entries(db, entity="candidate", action="update")[-1]
    assert json.loads(update.changes) == [{"field": "email", "before": MASK, "after": MASK}]


def test_a_rolled_back_transaction_leaves_no_entry(db: Database) -> None:
    before = audit.entry_count(db)
    with pytest.raises(RplError), db.transaction() as s:
        s.add(
            CandidateRecord(
                given_name="A", family_name="B", sort_key="b a", created_at=func.now(), updated_at=func.now()
            )
        )
        s.flush()
        raise RplError("changed my mind")
    assert audit.entry_count(db) == before
    assert audit.verify_chain(db).ok


def test_record_event_and_raw_entries_carry_checkable_hashes(db: Database) -> None:
    world(db)
    case_id = ready_case(db)
    with db.transaction(reason="sendt til klageinstansen") as s:
        audit.record_event(
            s, "export", "rpl_case", case_id, case_id=case_id, changes={"documents": 2, "evidence_files": 3}
        )
    raw = audit.case_entries(db, case_id)
    json.dumps(raw)  # JSON-serialisable as it is
    assert raw[-1]["action"] == "export" and raw[-1]["reason"] == "sendt til klageinstansen"
    assert raw[-1]["changes"] == {"documents": 2, "evidence_files": 3}
    for entry in raw:  # a reader checks every hash with the documented recipe
        from datetime import datetime

        row = dict(entry, at=datetime.fromisoformat(entry["at"]), changes=entry["changes_text"])
        assert entry_hash(row) == entry["hash"]
    assert audit.case_history(db, case_id)[-1].summary.startswith("rpl-desktop exported the case")


# -- tamper evidence ------------------------------------------------------------------------------


def test_an_edited_entry_is_named(db: Database) -> None:
    world(db)
    ready_case(db)
    check = audit.verify_chain(db)
    assert check.ok and check.first_broken_seq is None and check.entries_checked == audit.entry_count(db)
    _raw(db, "UPDATE audit_entry SET reason = :r WHERE seq = 7", r="ingen grunn")
    check = audit.verify_chain(db)
    assert not check.ok and check.first_broken_seq == 7 and check.entries_checked == 6
    assert "broken at entry 7" in check.message and "its content does not match its hash" in check.message


def test_a_deleted_entry_is_detected_in_the_middle_and_at_the_end(db: Database) -> None:
    world(db)
    ready_case(db)
    total = audit.entry_count(db)
    _raw(db, "DELETE FROM audit_entry WHERE seq = :seq", seq=total)
    check = audit.verify_chain(db)
    assert not check.ok and check.first_broken_seq == total and "missing" in check.message
    _raw(db, "DELETE FROM audit_entry WHERE seq = 3")
    check = audit.verify_chain(db)
    assert not check.ok and check.first_broken_seq == 3
    assert check.message == "The chain is broken at entry 3: it is missing (deleted); the next entry is 4."


def test_a_rewritten_entry_with_a_fresh_hash_breaks_the_next_link(db: Database) -> None:
    world(db)
    ready_case(db)
    with db.read() as s:
        victim = s.scalar(select(AuditEntryRecord).where(AuditEntryRecord.seq == 5))
        row = {c.name: getattr(victim, c.name) for c in AuditEntryRecord.__table__.columns}
    row["reason"] = "skrevet om i etterkant"
    forged = entry_hash(row)
    _raw(db, "UPDATE audit_entry SET reason = :r, hash = :h WHERE seq = 5", r=row["reason"], h=forged)
    check = audit.verify_chain(db)
    assert not check.ok and check.first_broken_seq == 6 and "does not link to entry 5" in check.message


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    seq=st.integers(min_value=1, max_value=12),
    column=st.sampled_from(
        ["actor_name", "action", "entity", "entity_id", "changes", "reason", "case_id", "actor_id"]
    ),
)
def test_any_changed_column_of_any_entry_is_found(db: Database, seq: int, column: str) -> None:
    if audit.entry_count(db) == 0:
        for n in range(12):
            with db.transaction() as s:
                audit.record_event(
                    s, "print", "rpl_case", n, case_id=n, changes=[{"field": "n", "after": n}], reason=f"r{n}"
                )
    with db.read() as s:
        original = s.scalar(select(getattr(AuditEntryRecord, column)).where(AuditEntryRecord.seq == seq))
    changed = (original or 0) + 1 if column in ("case_id", "actor_id") else f"{original}x"
    _raw(db, f"UPDATE audit_entry SET {column} = :v WHERE seq = :seq", v=changed, seq=seq)
    try:
        check = audit.verify_chain(db)
        assert not check.ok and check.first_broken_seq == seq
    finally:
        _raw(db, f"UPDATE audit_entry SET {column} = :v WHERE seq = :seq", v=original, seq=seq)
    assert audit.verify_chain(db).ok


def test_concurrent_writers_never_fork_the_chain(db: Database) -> None:
    load_demo_data(db, with_cases=False)
    start = audit.entry_count(db)
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for k in range(8):
                save_candidate(db, Candidate(f"Tråd{n}", f"Skriver{k}"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    check = audit.verify_chain(db)
    assert check.ok and check.entries_checked == start + 32
    with db.read() as s:
        head = s.get(AuditHeadRecord, 1)
        assert head is not None and head.last_seq == start + 32


# -- the commands ---------------------------------------------------------------------------------


def _store(base: Path) -> Path:
    assert main(["--basedir", str(base), "demo"]) == 0
    return base / "data" / "rpl_desktop.sqlite"


def test_audit_verify_command_names_an_edited_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _store(tmp_path)
    assert main(["--basedir", str(tmp_path), "audit", "verify"]) == 0
    assert "the audit log is intact" in capsys.readouterr().out
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE audit_entry SET changes = '[]' WHERE seq = 12")
    assert main(["--basedir", str(tmp_path), "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert "the chain is broken at entry 12 (" in err and "its content does not match its hash" in err
    assert "11 entries before it are intact" in err


def test_audit_verify_command_detects_a_deleted_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _store(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM audit_entry WHERE seq = 20")
    assert main(["--basedir", str(tmp_path), "audit", "verify"]) == 1
    assert "the chain is broken at entry 20: it is missing" in capsys.readouterr().err


def test_audit_show_and_users_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RPL_USER", raising=False)
    monkeypatch.delenv("RPL_PASSWORD", raising=False)
    base = ["--basedir", str(tmp_path)]
    _store(tmp_path)
    capsys.readouterr()
    assert main([*base, "audit", "show", "--case", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "rpl-desktop opened the case" in out[0]
    assert any("changed the judgement of outcome" in line for line in out)
    assert (
        main([*base, "users", "add", "boss", "--name", "Bo Sjef", "--roles", "administrator,approver"]) == 0
    )
    # one user: headless commands act as them
    assert (
        main([*base, "users", "add", "kari", "--name", "Kari Saksbehandler", "--roles", "saksbehandler"]) == 0
    )
    assert main([*base, "users", "add", "vera", "--roles", "counsellor"]) == 2  # several users, none named
    assert "--user NAME" in capsys.readouterr().err
    assert main([*base, "--user", "kari", "users", "add", "vera", "--roles", "counsellor"]) == 2
    assert "needs the administrator role (your roles: caseworker)" in capsys.readouterr().err
    assert main([*base, "--user", "boss", "users", "roles", "kari", "caseworker,approver"]) == 0
    assert main([*base, "users", "list"]) == 0
    listing = capsys.readouterr().out
    assert "Kari Saksbehandler" in listing and "caseworker, approver" in listing
    monkeypatch.setenv("RPL_USER", "kari")
    assert main([*base, "users", "deactivate", "boss"]) == 2
    with sqlite3.connect(tmp_path / "data" / "rpl_desktop.sqlite") as conn:
        actors = {
            row[0] for row in conn.execute("SELECT actor_name FROM audit_entry WHERE entity = 'app_user'")
        }
    assert actors == {"rpl-desktop", "Bo Sjef"}


def test_history_of_an_unknown_case_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _store(tmp_path)
    assert main(["--basedir", str(tmp_path), "audit", "show", "--case", "99/99999"]) == 2
    err = capsys.readouterr().err
    assert "There is no case" in err and "99/99999" in err


def test_sign_in_is_an_event_and_system_writes_are_named(db: Database) -> None:
    boss = users.ensure_first_user(db, "boss", "Bo Sjef")
    assert boss is not None
    users.sign_in(db, "boss")
    entries = _entries(db)
    assert [(e.action, e.entity, e.actor_name) for e in entries] == [
        ("create", "app_user", SYSTEM.display_name),
        ("sign_in", "app_user", "Bo Sjef"),
    ]
    assert json.loads(entries[0].changes)[0] == {"field": "username", "before": None, "after": "boss"}
    assert CaseStatus.APPROVED.value == "approved"  # the words the history uses come from these values
    assert EvidenceKindRef.PERIOD.value == "period"


def test_secret_settings_are_recorded_without_their_values(db: Database) -> None:
    """A key or passphrase kept as a setting never reaches the audit log in the clear."""
    db.set_setting("evidence_key", "c2VjcmV0LWtleS1ieXRlcw==")
    db.set_setting("praksis_profile", "national")
    with db.read() as s:
        rows = s.scalars(select(AuditEntryRecord).where(AuditEntryRecord.entity == "setting")).all()
    text_of = {r.entity_id: r.changes for r in rows}
    assert "c2VjcmV0LWtleS1ieXRlcw==" not in text_of["evidence_key"] and MASK in text_of["evidence_key"]
    assert "national" in text_of["praksis_profile"]
