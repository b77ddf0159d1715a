"""Offline case files: office -> laptop -> office, three-way merge, refused files, concurrency, CLI.

The office is the ``db`` fixture (SQLite, and PostgreSQL where the server is available); the laptop is
always its own embedded SQLite database, as on a real laptop.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select, text

from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.catalogue import Catalogue
from rpl_desktop.domain.errors import ImportFileError, RplError
from rpl_desktop.domain.ids import IdType
from rpl_desktop.domain.mapping import EvidenceKindRef, Judgement, Method
from rpl_desktop.domain.register import Candidate, Course, EvidenceKind, HistoryPeriod, PeriodKind
from rpl_desktop.paths import app_paths
from rpl_desktop.services import cases as case_service
from rpl_desktop.services import offline
from rpl_desktop.services.candidates import ConflictError, get_candidate, save_candidate
from rpl_desktop.services.catalogue import _store
from rpl_desktop.services.catalogue_io import standard_from_json
from rpl_desktop.services.demo import synthetic_fnr
from rpl_desktop.services.evidence import attach_evidence, list_evidence
from rpl_desktop.services.history import delete_course, list_courses, list_periods, save_course, save_period
from rpl_desktop.services.mapping import link_evidence, set_judgement
from rpl_desktop.store.all_records import Base
from rpl_desktop.store.crypto import CryptoError, TamperedFile, WrongPassphrase, seal_with_passphrase
from rpl_desktop.store.database import Database, open_database
from rpl_desktop.store.records import JudgementRecord
from rpl_desktop.store.sync_records import SyncBaseRecord, SyncImportRecord

REPO = Path(__file__).resolve().parents[3]
PASS = "correct horse battery"
K = [f"urn:rpl:outcome:HEL-EO10:{n}" for n in range(1, 12)]


@pytest.fixture(autouse=True)
def _cheaper_scrypt(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at a lower cost (stored in each file's header, so the same code reads it), except in the
    round-trip test, which runs at the real cost. Each derivation costs 0.1-0.3 s otherwise."""
    if "round_trip" not in request.node.name:
        from rpl_desktop.store import crypto

        monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)
        monkeypatch.setattr(crypto.derive_key, "__defaults__", (2**10, crypto.SCRYPT_R, crypto.SCRYPT_P))


# -- the world --------------------------------------------------------------------------------------


def _standard(db: Database) -> str:
    data = json.loads((REPO / "resources" / "catalogue" / "sample-catalogue.json").read_text("utf-8"))
    entry = next(s for s in data["standards"] if s["code"] == "HEL-EO10")
    std = standard_from_json(entry, "sample")
    _store(db, Catalogue([std]), "test")
    return std.uid


@dataclasses.dataclass
class World:
    case_a: int
    case_b: int
    cand_a: int
    cand_b: int
    std: str


def _office(db: Database, tmp_path: Path) -> World:
    std = _standard(db)
    born = date(1984, 3, 15)
    a = save_candidate(
        db,
        Candidate(
            "Kari",
            "Nordmann",
            born,
            IdType.NO_FNR,
            synthetic_fnr(born, 123),
            phone="+47 912 34 567",
            city="Bergen",
        ),
    )
    b = save_candidate(db, Candidate("Olena", "Шевченко", date(1990, 1, 2), country="UA", city="Oslo"))
    assert a.id is not None and b.id is not None
    save_period(
        db,
        HistoryPeriod(
            PeriodKind.EMPLOYMENT,
            "Fyllingsdalen sykehjem",
            date(2015, 1, 1),
            None,
            role="helsefagarbeider",
            tasks="stell og omsorg",
            candidate_id=a.id,
        ),
    )
    save_course(db, Course("Kommunen", "Demensomsorgens ABC", 40.0, date(2019, 6, 1), candidate_id=a.id))
    save_period(
        db, HistoryPeriod(PeriodKind.EMPLOYMENT, "Oslo kommune", date(2018, 5, 1), None, candidate_id=b.id)
    )
    pdf = tmp_path / "attest.pdf"
    pdf.write_bytes(b"%PDF-1.4 attest fra Fyllingsdalen\n" + bytes(range(256)) * 40)
    attach_evidence(db, a.id, pdf, EvidenceKind.ATTEST)
    ca = case_service.create_case(db, Case(a.id, std, Purpose.FRITAK, caseworker="Per Hansen"))
    cb = case_service.create_case(db, Case(b.id, std, Purpose.FRITAK, caseworker="Per Hansen"))
    assert ca.id is not None and cb.id is not None
    period = list_periods(db, a.id)[0]
    for uid in K[:3]:
        set_judgement(db, ca.id, uid, Judgement.MET, "Attest og samtale viser dette.", {Method.DIALOGUE})
        link_evidence(db, ca.id, uid, EvidenceKindRef.PERIOD, period.id)  # type: ignore[arg-type]
    set_judgement(db, cb.id, K[0], Judgement.PARTLY, "Delvis vist i samtalen.", {Method.DIALOGUE})
    return World(ca.id, cb.id, a.id, b.id, std)


def _open(path: Path) -> Database:
    p = app_paths(path).ensure()
    return open_database(p.default_database_url(), p.evidence_dir, p.backup_dir)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Database]:
    database = _open(tmp_path / "laptop")
    yield database
    database.close()


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (to prove that a refused import changed nothing)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*order))]
    return out


def _judgement(db: Database, case_id: int, outcome: str) -> JudgementRecord:
    with db.read() as s:
        found = s.scalar(
            select(JudgementRecord).where(
                JudgementRecord.case_id == case_id, JudgementRecord.outcome_uid == outcome
            )
        )
        assert found is not None
        return found


def _laptop_case(laptop: Database, office: Database, case_id: int) -> int:
    number = case_service.get_case(office, case_id).number
    return offline.find_cases(laptop, [number])[0]


# -- the Done-when: the whole round trip ------------------------------------------------------------------


def test_round_trip_merges_one_sided_changes_and_reports_the_conflict(
    db: Database, laptop: Database, tmp_path: Path
) -> None:
    office = db
    w = _office(office, tmp_path)
    out = tmp_path / "out.rplcases"
    sent = offline.export_cases(office, [w.case_a, w.case_b], out, PASS, taken_to="Kari, opptaksdag Arendal")
    assert sent.home and sent.files == 1 and len(sent.case_numbers) == 2
    assert set(offline.checkouts(office)) == {w.case_a, w.case_b}
    assert offline.checkout_text(office, w.case_a).startswith("Checked out to Kari, opptaksdag Arendal by ")
    assert (
        b"Nordmann" not in out.read_bytes()
        and synthetic_fnr(date(1984, 3, 15), 123).encode() not in out.read_bytes()
    )

    # -- the laptop takes the cases
    got = offline.import_offline_file(laptop, out, PASS)
    assert got.added > 10 and not got.home
    la, lb = _laptop_case(laptop, office, w.case_a), _laptop_case(laptop, office, w.case_b)
    cand_l = case_service.get_case(laptop, la).candidate_id
    with office.read() as s, laptop.read() as t:  # the same global ids on both sides
        assert s.scalar(text("SELECT uid FROM rpl_case WHERE id = :i"), {"i": w.case_a}) == t.scalar(
            text("SELECT uid FROM rpl_case WHERE id = :i"), {"i": la}
        )
        assert t.scalar(select(SyncBaseRecord.id).limit(1)) is not None
    files = list_evidence(laptop, cand_l)
    assert len(files) == 1 and laptop.evidence.verify(files[0].sha256)
    assert _judgement(laptop, la, K[0]).reason == "Attest og samtale viser dette."

    # -- work on the laptop: a judgement's reason, a new period and a new evidence file, the candidate's city
    set_judgement(laptop, la, K[0], Judgement.MET, "Vist i fagsamtale på opptaksdagen.", {Method.DIALOGUE})
    save_period(
        laptop,
        HistoryPeriod(
            PeriodKind.VOLUNTARY,
            "Røde Kors",
            date(2012, 1, 1),
            date(2014, 12, 31),
            candidate_id=cand_l,
            fte_percent=20.0,
        ),
    )
    photo = tmp_path / "kursbevis.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"kursbevis" * 500)
    attach_evidence(laptop, cand_l, photo, EvidenceKind.KURSBEVIS)
    cand = get_candidate(laptop, cand_l)
    save_candidate(laptop, dataclasses.replace(cand, city="Arendal"))
    set_judgement(laptop, lb, K[1], Judgement.MET, "Vist i praksis.", {Method.PRACTICAL_TEST})

    # -- meanwhile in the office: the same judgement differently, and another field of the candidate
    set_judgement(
        office, w.case_a, K[0], Judgement.MET, "Bekreftet av arbeidsgiver på telefon.", {Method.DIALOGUE}
    )
    ocand = get_candidate(office, w.cand_a)
    save_candidate(office, dataclasses.replace(ocand, phone="+47 400 00 000"))
    case = case_service.get_case(office, w.case_a)
    case_service.save_case(office, dataclasses.replace(case, due_on=date(2031, 6, 30)))

    back = tmp_path / "back.rplcases"
    returned = offline.export_cases(laptop, [la, lb], back, PASS)
    assert not returned.home and returned.files == 2
    assert set(offline.checkouts(office)) == {w.case_a, w.case_b}  # still out until the import

    # -- refused files: tampered, truncated, wrong passphrase, a backup passed as a case file
    before = dump(office)
    raw = back.read_bytes()
    tampered = tmp_path / "tampered.rplcases"
    middle = len(raw) // 2
    tampered.write_bytes(raw[:middle] + bytes([raw[middle] ^ 0x01]) + raw[middle + 1 :])
    truncated = tmp_path / "truncated.rplcases"
    truncated.write_bytes(raw[: len(raw) - 100])
    backup = tmp_path / "backup.rplbak"
    backup.write_bytes(seal_with_passphrase(PASS, b"backup", b"SQLite format 3\x00..."))
    with pytest.raises(TamperedFile, match="changed or damaged"):
        offline.import_offline_file(office, tampered, PASS)
    with pytest.raises(TamperedFile, match="cut off|changed or damaged"):
        offline.import_offline_file(office, truncated, PASS)
    with pytest.raises(WrongPassphrase, match="passphrase does not open"):
        offline.import_offline_file(office, back, "not the passphrase")
    with pytest.raises(CryptoError, match="is a backup file, not a casefile file"):
        offline.import_offline_file(office, backup, PASS)
    assert dump(office) == before

    # -- the import stops at the conflict and writes nothing
    with pytest.raises(offline.ConflictsPending) as pending:
        offline.import_offline_file(office, back, PASS)
    assert dump(office) == before
    plan = pending.value.plan
    assert plan.home
    [decision] = plan.decisions()
    assert (
        decision.change.kind == "judgement" and decision.field is not None and decision.field.name == "reason"
    )
    assert (decision.field.base, decision.field.here, decision.field.file) == (
        "Attest og samtale viser dette.",
        "Bekreftet av arbeidsgiver på telefon.",
        "Vist i fagsamtale på opptaksdagen.",
    )
    actions = {(c.kind, c.action) for c in plan.changes if c.action != offline.Action.KEEP}
    assert {
        ("period", offline.Action.ADD),
        ("evidence", offline.Action.ADD),
        ("candidate", offline.Action.UPDATE),
        ("judgement", offline.Action.UPDATE),
        ("judgement", offline.Action.ADD),
    } <= actions
    cand_change = next(c for c in plan.changes if c.kind == "candidate" and c.action == offline.Action.UPDATE)
    assert {f.name: f.change.value for f in cand_change.fields} == {
        "city": "only_mine",
        "phone": "only_theirs",
    }

    # -- resolved: keep both texts of the reason
    result = offline.apply_import(office, plan, {decision.id: offline.Side.BOTH})
    assert result.conflicts_resolved == 1 and result.added >= 3

    # -- the final state, field by field: nothing overwritten blindly
    cand = get_candidate(office, w.cand_a)
    assert (cand.city, cand.phone, cand.family_name) == ("Arendal", "+47 400 00 000", "Nordmann")
    assert case_service.get_case(office, w.case_a).due_on == date(2031, 6, 30)
    j = _judgement(office, w.case_a, K[0])
    assert j.reason == "Bekreftet av arbeidsgiver på telefon.\n\nVist i fagsamtale på opptaksdagen."
    assert (j.judgement, j.methods) == ("met", "dialogue")
    assert _judgement(office, w.case_a, K[1]).reason == "Attest og samtale viser dette."
    nb = _judgement(office, w.case_b, K[1])
    assert (nb.judgement, nb.reason, nb.methods) == ("met", "Vist i praksis.", "practical_test")
    employers = sorted(p.employer for p in list_periods(office, w.cand_a))
    assert employers == ["Fyllingsdalen sykehjem", "Røde Kors"]
    files = {f.filename: f for f in list_evidence(office, w.cand_a)}
    assert set(files) == {"attest.pdf", "kursbevis.png"}
    assert office.evidence.verify(files["kursbevis.png"].sha256)
    assert offline.checkouts(office) == {}
    with office.read() as s:
        imports = list(s.scalars(select(SyncImportRecord)))
        assert {i.case_id for i in imports} == {w.case_a, w.case_b}
        summary = json.loads(next(i.summary for i in imports if i.case_id == w.case_a))
        assert list(summary["decisions"].values()) == ["both"]

    # -- the same file is not imported twice
    with pytest.raises(RplError, match="already imported"):
        offline.import_offline_file(office, back, PASS)


# -- concurrency -------------------------------------------------------------------------------------------


def test_an_office_edit_during_the_import_stops_it_and_nothing_is_half_applied(
    db: Database, laptop: Database, tmp_path: Path
) -> None:
    w = _office(db, tmp_path)
    offline.export_cases(db, [w.case_a], tmp_path / "a.rplcases", PASS)
    offline.import_offline_file(laptop, tmp_path / "a.rplcases", PASS)
    la = _laptop_case(laptop, db, w.case_a)
    set_judgement(laptop, la, K[2], Judgement.NOT_MET, "Ikke vist.", {Method.DIALOGUE})
    save_course(
        laptop,
        Course(
            "Fagskolen",
            "Lindrende behandling",
            20.0,
            date(2022, 1, 1),
            candidate_id=case_service.get_case(laptop, la).candidate_id,
        ),
    )
    offline.export_cases(laptop, [la], tmp_path / "b.rplcases", PASS)
    plan = offline.plan_import(db, offline.read_offline_file(tmp_path / "b.rplcases", PASS))
    assert not plan.decisions()
    # another caseworker saves the judgement the plan wants to change
    set_judgement(
        db, w.case_a, K[2], Judgement.MET, "Vist i praksis, sett av veileder.", {Method.THIRD_PARTY}
    )
    before = dump(db)
    with pytest.raises(ConflictError, match="Start the import again"):
        offline.apply_import(db, plan)
    assert dump(db) == before
    # a fresh plan shows the conflict
    plan = offline.plan_import(db, offline.read_offline_file(tmp_path / "b.rplcases", PASS))
    assert {d.field.name for d in plan.decisions() if d.field} == {"judgement", "reason", "methods"}
    offline.apply_import(db, plan, offline.resolve_all(plan, offline.Side.HERE))
    j = _judgement(db, w.case_a, K[2])
    assert (j.judgement, j.reason) == ("met", "Vist i praksis, sett av veileder.")
    assert "Lindrende behandling" in {c.title for c in list_courses(db, w.cand_a)}


# -- deletions and additions on both sides ----------------------------------------------------------------


def test_deletions_are_shown_and_applied_only_when_chosen(
    db: Database, laptop: Database, tmp_path: Path
) -> None:
    w = _office(db, tmp_path)
    offline.export_cases(db, [w.case_a], tmp_path / "a.rplcases", PASS)
    offline.import_offline_file(laptop, tmp_path / "a.rplcases", PASS)
    la = _laptop_case(laptop, db, w.case_a)
    lcand = case_service.get_case(laptop, la).candidate_id
    # the laptop deletes the course; the office deletes the period the laptop changed
    delete_course(laptop, list_courses(laptop, lcand)[0].id)  # type: ignore[arg-type]
    lperiod = list_periods(laptop, lcand)[0]
    save_period(laptop, dataclasses.replace(lperiod, tasks="stell, omsorg og medisinering"))
    from rpl_desktop.services.history import delete_period

    delete_period(db, list_periods(db, w.cand_a)[0].id)  # type: ignore[arg-type]
    # both judge an outcome that had no judgement, differently
    set_judgement(laptop, la, K[5], Judgement.MET, "Vist.", {Method.DIALOGUE})
    set_judgement(db, w.case_a, K[5], Judgement.NOT_MET, "Ikke dokumentert.", {Method.DOCUMENTS})
    offline.export_cases(laptop, [la], tmp_path / "b.rplcases", PASS)

    plan = offline.plan_import(db, offline.read_offline_file(tmp_path / "b.rplcases", PASS))
    by = {(d.change.kind, d.field.name if d.field else None): d for d in plan.decisions()}
    assert by[("course", None)].change.action == offline.Action.DELETED_IN_FILE
    assert by[("period", None)].change.action == offline.Action.DELETED_HERE
    assert {("judgement", "judgement"), ("judgement", "reason"), ("judgement", "methods")} <= set(by)
    with pytest.raises(offline.ConflictsPending):
        offline.apply_import(db, plan)

    # keep the office's side everywhere: the course stays, the period stays deleted
    before = dump(db)
    choices = offline.resolve_all(plan, offline.Side.HERE)
    offline.apply_import(db, plan, choices)
    assert [c.title for c in list_courses(db, w.cand_a)] == ["Demensomsorgens ABC"]
    assert list_periods(db, w.cand_a) == []
    assert _judgement(db, w.case_a, K[5]).judgement == "not_met"
    assert dump(db) != before


def test_following_the_laptop_deletes_and_restores(db: Database, laptop: Database, tmp_path: Path) -> None:
    w = _office(db, tmp_path)
    offline.export_cases(db, [w.case_a], tmp_path / "a.rplcases", PASS)
    offline.import_offline_file(laptop, tmp_path / "a.rplcases", PASS)
    la = _laptop_case(laptop, db, w.case_a)
    lcand = case_service.get_case(laptop, la).candidate_id
    delete_course(laptop, list_courses(laptop, lcand)[0].id)  # type: ignore[arg-type]
    lperiod = list_periods(laptop, lcand)[0]
    save_period(laptop, dataclasses.replace(lperiod, tasks="stell, omsorg og medisinering"))
    from rpl_desktop.services.history import delete_period

    delete_period(db, list_periods(db, w.cand_a)[0].id)  # type: ignore[arg-type]
    offline.export_cases(laptop, [la], tmp_path / "b.rplcases", PASS)
    result = offline.import_offline_file(db, tmp_path / "b.rplcases", PASS, prefer=offline.Side.FILE)
    assert (result.deleted, result.restored) == (1, 1)
    assert list_courses(db, w.cand_a) == []
    [period] = list_periods(db, w.cand_a)
    assert period.tasks == "stell, omsorg og medisinering"


def test_a_case_opened_on_the_laptop_gets_an_office_number_when_its_own_is_taken(
    db: Database, laptop: Database, tmp_path: Path
) -> None:
    w = _office(db, tmp_path)
    offline.export_cases(db, [w.case_a], tmp_path / "a.rplcases", PASS)
    offline.import_offline_file(laptop, tmp_path / "a.rplcases", PASS)
    la = _laptop_case(laptop, db, w.case_a)
    lcand = case_service.get_case(laptop, la).candidate_id
    new = case_service.create_case(laptop, Case(lcand, w.std, Purpose.OPPTAK, caseworker="Kari"))
    assert new.id is not None
    set_judgement(laptop, new.id, K[0], Judgement.MET, "Vist.", {Method.DIALOGUE})
    taken = {r.number for r in case_service.list_cases(db)}
    assert new.number in taken  # the laptop's counter started again from 1
    offline.export_cases(laptop, [la, new.id], tmp_path / "b.rplcases", PASS)
    result = offline.import_offline_file(db, tmp_path / "b.rplcases", PASS)
    assert any("was given the number" in n for n in result.notes)
    numbers = [r.number for r in case_service.list_cases(db)]
    assert len(numbers) == len(set(numbers)) == 3
    opened = next(r for r in case_service.list_cases(db) if r.purpose == Purpose.OPPTAK)
    assert _judgement(db, opened.id, K[0]).reason == "Vist."


def test_a_fresh_file_on_the_laptop_takes_office_changes_and_keeps_its_own(
    db: Database, laptop: Database, tmp_path: Path
) -> None:
    w = _office(db, tmp_path)
    offline.export_cases(db, [w.case_a], tmp_path / "a.rplcases", PASS)
    offline.import_offline_file(laptop, tmp_path / "a.rplcases", PASS)
    la = _laptop_case(laptop, db, w.case_a)
    lcand = case_service.get_case(laptop, la).candidate_id
    save_candidate(laptop, dataclasses.replace(get_candidate(laptop, lcand), city="Arendal"))
    save_candidate(db, dataclasses.replace(get_candidate(db, w.cand_a), phone="+47 400 00 000"))
    offline.export_cases(db, [w.case_a], tmp_path / "a2.rplcases", PASS)  # the office sends a fresh copy
    offline.import_offline_file(laptop, tmp_path / "a2.rplcases", PASS)
    cand = get_candidate(laptop, lcand)
    assert (cand.city, cand.phone) == ("Arendal", "+47 400 00 000")
    offline.export_cases(laptop, [la], tmp_path / "b.rplcases", PASS)
    offline.import_offline_file(db, tmp_path / "b.rplcases", PASS)
    cand = get_candidate(db, w.cand_a)
    assert (cand.city, cand.phone) == ("Arendal", "+47 400 00 000")


def test_merged_values_that_break_a_rule_are_refused_whole(
    db: Database, laptop: Database, tmp_path: Path
) -> None:
    w = _office(db, tmp_path)
    offline.export_cases(db, [w.case_a], tmp_path / "a.rplcases", PASS)
    offline.import_offline_file(laptop, tmp_path / "a.rplcases", PASS)
    la = _laptop_case(laptop, db, w.case_a)
    lperiod = list_periods(laptop, case_service.get_case(laptop, la).candidate_id)[0]
    save_period(laptop, dataclasses.replace(lperiod, start=date(2020, 1, 1)))  # laptop: started later
    operiod = list_periods(db, w.cand_a)[0]
    save_period(db, dataclasses.replace(operiod, end=date(2017, 12, 31)))  # office: ended earlier
    set_judgement(laptop, la, K[4], Judgement.MET, "Vist.", {Method.DIALOGUE})
    offline.export_cases(laptop, [la], tmp_path / "b.rplcases", PASS)
    before = dump(db)
    with pytest.raises(RplError, match="Nothing was imported"):
        offline.import_offline_file(db, tmp_path / "b.rplcases", PASS)
    assert dump(db) == before


# -- the file format -------------------------------------------------------------------------------------


def _payload(db: Database, w: World, tmp_path: Path) -> bytes:
    from rpl_desktop.store.crypto import unseal_with_passphrase

    offline.export_cases(db, [w.case_a], tmp_path / "a.rplcases", PASS)
    return unseal_with_passphrase(PASS, b"casefile", (tmp_path / "a.rplcases").read_bytes())


def test_an_evidence_file_that_does_not_match_its_checksum_is_refused(db: Database, tmp_path: Path) -> None:
    import io
    import zipfile

    w = _office(db, tmp_path)
    plain = _payload(db, w, tmp_path)
    src = zipfile.ZipFile(io.BytesIO(plain))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            data = src.read(info.filename)
            z.writestr(info.filename, data[:-1] + b"!" if info.filename.startswith("files/") else data)
    with pytest.raises(ImportFileError, match="SHA-256"):
        offline.parse_payload(out.getvalue())


def test_a_malformed_payload_gives_a_clear_error(db: Database, tmp_path: Path) -> None:
    import io
    import zipfile

    w = _office(db, tmp_path)
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(_payload(db, w, tmp_path))).read("offline.json"))

    def zipped(m: Any) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as z:
            z.writestr("offline.json", json.dumps(m))
        return out.getvalue()

    period = next(e for e in manifest["entities"] if e["kind"] == "period")
    period["values"]["start"] = "yesterday"
    with pytest.raises(ImportFileError, match=r"values\.start.*not a valid date"):
        offline.parse_payload(zipped(manifest))
    manifest["format_version"] = 99
    with pytest.raises(ImportFileError, match="newer program"):
        offline.parse_payload(zipped(manifest))
    with pytest.raises(ImportFileError, match="not a case archive"):
        offline.parse_payload(b"PK\x03\x04 not really a zip")


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_fuzzed_payloads_never_crash(data: st.DataObject) -> None:
    """Random changes anywhere in a valid manifest: parsed, or refused with ImportFileError; never a crash."""
    import io
    import zipfile

    manifest = json.loads(_SAMPLE_MANIFEST)
    for _ in range(data.draw(st.integers(1, 4))):
        path = data.draw(st.sampled_from(list(_leaves(manifest))))
        value = data.draw(
            st.one_of(
                st.none(),
                st.booleans(),
                st.integers(-(2**40), 2**40),
                st.floats(),
                st.text(max_size=40),
                st.lists(st.integers(), max_size=2),
                st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
            )
        )
        target = manifest
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("offline.json", json.dumps(manifest))
    with contextlib.suppress(ImportFileError):
        offline.parse_payload(out.getvalue())


def _leaves(obj: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield path + (k,)
            yield from _leaves(v, path + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield path + (i,)
            yield from _leaves(v, path + (i,))


_SAMPLE_MANIFEST = json.dumps(
    {
        "format": "rpl-desktop-offline",
        "format_version": 1,
        "file_id": "f" * 8,
        "installation": "i" * 8,
        "origin": "o" * 8,
        "exported_at": "2026-01-02T03:04:05",
        "exported_by": "Kari",
        "taken_to": "",
        "cases": [{"uid": "c1", "number": "26/00001"}],
        "standards": [],
        "documents": {},
        "audit": {},
        "files": {},
        "entities": [
            {
                "kind": "candidate",
                "ident": {"uid": "p1"},
                "scope": "p1",
                "parent": "",
                "base": None,
                "values": {
                    "given_name": "A",
                    "family_name": "B",
                    "birth_date": None,
                    "id_type": "none",
                    "national_id": "",
                    "email": "",
                    "phone": "",
                    "address": "",
                    "postcode": "",
                    "city": "",
                    "country": "NO",
                    "language": "nb",
                    "created_at": "2026-01-01T00:00:00",
                },
            },
            {
                "kind": "judgement",
                "ident": {"case": "c1", "outcome": "o1"},
                "scope": "c1",
                "parent": "c1",
                "values": {"judgement": "met", "methods": "dialogue", "reason": "r", "notes": ""},
                "base": {"judgement": "not_assessed", "methods": "", "reason": "", "notes": ""},
            },
            {
                "kind": "bransch_result",
                "ident": {"case": "c1", "component": "T1", "attempt": 1},
                "scope": "c1",
                "parent": "c1",
                "base": None,
                "values": {
                    "date": "2026-01-01",
                    "score": "72.5",
                    "assessor_id": "",
                    "provider": "",
                    "accreditation_id": "",
                    "note": "",
                    "created_at": "2026-01-01T00:00:00",
                },
            },
        ],
    }
)


def test_the_sample_manifest_parses() -> None:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("offline.json", _SAMPLE_MANIFEST)
    parsed = offline.parse_payload(out.getvalue())
    assert [e.kind for e in parsed.entities] == ["candidate", "judgement", "bransch_result"]


# -- the schema --------------------------------------------------------------------------------------------


def test_migration_gives_existing_rows_a_uid_and_keeps_their_children(tmp_path: Path) -> None:
    from alembic import command

    from rpl_desktop.store.migrate import alembic_config, upgrade_database

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")

    @__import__("sqlalchemy").event.listens_for(engine, "connect")
    def _fk(conn: Any, _record: Any) -> None:
        conn.execute("PRAGMA foreign_keys=ON")

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0008")
        for n in (1, 2):
            conn.execute(
                text(
                    "INSERT INTO candidate (id, given_name, family_name, sort_key, id_type, national_id, "
                    "email, "
                    "phone, "
                    "address, postcode, city, country, language, created_at, updated_at, version) VALUES "
                    f"({n}, 'A', 'B', 'b a', 'none', '', '', '', '', '', '', 'NO', 'nb', '2026-01-01', "
                    "'2026-01-01', 1)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO history_period (candidate_id, kind, employer, country, role, tasks, start, "
                    "third_party_confirmed, attest_issued_by, attest_signer_name, attest_signer_title, "
                    f"attest_letterhead) VALUES ({n}, 'employment', 'X', 'NO', '', '', '2020-01-01', 0, '', "
                    "'', "
                    "'', 0)"
                )
            )
    upgrade_database(engine, tmp_path / "backups")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM history_period").fetchone() == (2,)
        uids = [
            r[0] for r in conn.execute("SELECT uid FROM candidate UNION ALL SELECT uid FROM history_period")
        ]
        assert len(uids) == 4 and all(u and len(u) == 36 for u in uids) and len(set(uids)) == 4
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE candidate SET uid = (SELECT uid FROM candidate WHERE id = 1) WHERE id = 2")


# -- the command line ----------------------------------------------------------------------------------


def test_cli_export_import_stops_at_conflicts_then_applies_the_preference(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from rpl_desktop.app import main

    monkeypatch.setenv("RPL_CASEFILE_PASSPHRASE", PASS)
    office_dir, laptop_dir = tmp_path / "office", tmp_path / "laptop"
    office = _open(office_dir)
    w = _office(office, tmp_path)
    number = case_service.get_case(office, w.case_a).number
    office.close()
    out = tmp_path / "out.rplcases"
    assert (
        main(["--basedir", str(office_dir), "offline", "export", number, "--out", str(out), "--to", "Kari"])
        == 0
    )
    assert main(["--basedir", str(office_dir), "offline", "status"]) == 0
    assert f"{number}  checked out to Kari" in capsys.readouterr().out
    assert main(["--basedir", str(laptop_dir), "offline", "import", str(out)]) == 0
    laptop = _open(laptop_dir)
    la = offline.find_cases(laptop, [number])[0]
    set_judgement(laptop, la, K[0], Judgement.MET, "Laptop.", {Method.DIALOGUE})
    laptop.close()
    office = _open(office_dir)
    set_judgement(office, w.case_a, K[0], Judgement.MET, "Office.", {Method.DIALOGUE})
    office.close()
    back = tmp_path / "back.rplcases"
    assert main(["--basedir", str(laptop_dir), "offline", "export", number, "--out", str(back)]) == 0
    capsys.readouterr()
    template = tmp_path / "decide.json"
    assert (
        main(
            ["--basedir", str(office_dir), "offline", "import", str(back), "--write-template", str(template)]
        )
        == offline_cli_exit()
    )
    shown = capsys.readouterr().out
    assert "reason changed on both sides" in shown and "'Office.'" in shown and "'Laptop.'" in shown
    decisions = json.loads(template.read_text("utf-8"))
    assert list(decisions.values()) == [None]
    decisions = {k: "laptop" for k in decisions}
    template.write_text(json.dumps(decisions), "utf-8")
    assert (
        main(["--basedir", str(office_dir), "offline", "import", str(back), "--resolutions", str(template)])
        == 0
    )
    office = _open(office_dir)
    assert _judgement(office, w.case_a, K[0]).reason == "Laptop."
    assert offline.checkouts(office) == {}
    office.close()
    monkeypatch.setenv("RPL_CASEFILE_PASSPHRASE", "wrong passphrase here")
    assert main(["--basedir", str(office_dir), "offline", "import", str(back), "--prefer", "office"]) == 2
    assert "passphrase does not open" in capsys.readouterr().err


def offline_cli_exit() -> int:
    from rpl_desktop.cli_office import EXIT_DECISIONS_NEEDED

    return EXIT_DECISIONS_NEEDED


# -- a Swedish branschvalidering case -------------------------------------------------------------------


def test_branschvalidering_rows_travel_and_come_back(db: Database, laptop: Database, tmp_path: Path) -> None:
    from decimal import Decimal

    from rpl_desktop.domain.bransch import ComponentResult, PhaseRecord, ProcessPhase
    from rpl_desktop.services import bransch_cases as bc
    from rpl_desktop.services.bransch_io import load_sample_models

    models = load_sample_models()
    bc.load_sample_models_into_catalogue(db)
    cand = save_candidate(db, Candidate("Linnea", "Sjöström", date(1986, 1, 9), language="sv"))
    assert cand.id is not None
    period = save_period(
        db,
        HistoryPeriod(
            PeriodKind.EMPLOYMENT,
            "Restaurang Fjällsippan AB",
            date(2024, 1, 1),
            date(2024, 1, 31),
            country="SE",
            candidate_id=cand.id,
        ),
    )
    iob = case_service.create_case(
        db, Case(cand.id, models["IOB"].uid, Purpose.BRANSJEVALIDERING, opened_on=date(2025, 1, 10))
    )
    kock = case_service.create_case(
        db, Case(cand.id, models["KOCK"].uid, Purpose.BRANSJEVALIDERING, opened_on=date(2025, 1, 10))
    )
    assert iob.id is not None and kock.id is not None
    centre = {"assessor_id": "YB-2231", "provider": "Testcentret i Åre", "accreditation_id": "ACK-017"}
    bc.book_component_result(db, iob.id, ComponentResult("T04", date(2025, 3, 3), 0, "62.5", **centre))
    bc.record_phase(db, iob.id, PhaseRecord(ProcessPhase.VAGLEDNING, date(2025, 1, 14), "studievägledare"))
    bc.sign_bedomning(db, iob.id, "YB-2231", date(2025, 3, 21))
    bc.tag_period(db, kock.id, period.id, "kock", "120")  # type: ignore[arg-type]
    offline.export_cases(db, [iob.id, kock.id], tmp_path / "a.rplcases", PASS)
    offline.import_offline_file(laptop, tmp_path / "a.rplcases", PASS)
    li, lk = offline.find_cases(laptop, [iob.number, kock.number])
    assert [(r.result.component_id, r.result.score) for r in bc.list_results(laptop, li)] == [
        ("T04", Decimal("62.5"))
    ]
    assert bc.get_signature(laptop, li) == bc.BedomningSignature("YB-2231", date(2025, 3, 21))
    assert [t.stated_hours for t in bc.list_period_tags(laptop, lk)] == [Decimal("120")]
    # the assessor's second attempt is booked on the laptop
    bc.book_component_result(
        laptop, li, ComponentResult("T04", date(2025, 3, 20), 0, "71.5", **centre), today=date(2025, 3, 20)
    )
    offline.export_cases(laptop, [li, lk], tmp_path / "b.rplcases", PASS)
    result = offline.import_offline_file(db, tmp_path / "b.rplcases", PASS)
    assert result.added == 1 and not result.notes
    assert [(r.result.attempt, r.result.score) for r in bc.list_results(db, iob.id)] == [
        (1, Decimal("62.5")),
        (2, Decimal("71.5")),
    ]


def test_documents_issued_on_the_laptop_are_named_in_the_comparison(
    db: Database, laptop: Database, tmp_path: Path
) -> None:
    from datetime import datetime

    from rpl_desktop.store.document_records import IssuedDocumentRecord

    w = _office(db, tmp_path)
    offline.export_cases(db, [w.case_a], tmp_path / "a.rplcases", PASS)
    offline.import_offline_file(laptop, tmp_path / "a.rplcases", PASS)
    la = _laptop_case(laptop, db, w.case_a)
    with laptop.transaction() as s:
        s.add(
            IssuedDocumentRecord(
                case_id=la,
                kind="vedtak",
                language="nb",
                version=1,
                sha256="ab" * 32,
                size=3,
                pdf=b"%PD",
                sidecar="{}",
                filename="vedtak.pdf",
                reason="",
                issued_by="Kari",
                issued_at=datetime(2026, 1, 2),
            )
        )
    offline.export_cases(laptop, [la], tmp_path / "b.rplcases", PASS)
    plan = offline.plan_import(db, offline.read_offline_file(tmp_path / "b.rplcases", PASS))
    assert plan.is_empty
    [note] = plan.notes
    assert "1 document(s) were issued on the laptop (vedtak v1)" in note
